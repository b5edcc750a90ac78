import type { Analysis, Quote } from './types';

/**
 * The quotes a person reads: a quote starting inside a duplicated copy of a paragraph is left
 * out, since the same quote in the first occurrence is already there. Linear in the number of
 * quotes and copies (both are sorted by offset).
 */
export function quotesOutsideCopies(analysis: Analysis): Quote[] {
  const copies = analysis.duplicates.copies.map((c) => analysis.paragraphs[c.paragraph]);
  let k = 0;
  return analysis.quotes.filter((q) => {
    while (k < copies.length && copies[k].end < q.start) k++;
    return !(k < copies.length && copies[k].start <= q.start && q.start <= copies[k].end);
  });
}
