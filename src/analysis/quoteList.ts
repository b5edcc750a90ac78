import type { Analysis, EntityLabel, Quote } from './types';

/**
 * The quotes a person reads: a quote starting inside a duplicated copy of a paragraph is left
 * out, since the same quote in the first occurrence is already there. Linear in the number of
 * quotes and copies (both are sorted by offset).
 */
export function quotesOutsideCopies(analysis: Analysis<EntityLabel>): Quote[] {
  const copies = analysis.duplicates.copies.map((c) => analysis.paragraphs[c.paragraph]);
  let k = 0;
  return analysis.quotes.filter((q) => {
    while (k < copies.length && copies[k].end < q.start) k++;
    return !(k < copies.length && copies[k].start <= q.start && q.start <= copies[k].end);
  });
}

/** People quoted and only mentioned, counted by the gender the text states for them. */
export interface GenderCounts {
  quoted: { female: number; male: number; unknown: number };
  mentioned: { female: number; male: number; unknown: number };
}

/**
 * Counts the people of an analysis by stated gender (`statedGender`: pronouns, honorifics,
 * gendered role nouns; never first names), split into those quoted (the speaker of a quote
 * outside duplicated copies) and those only mentioned: the count newsrooms keep for source
 * diversity. Linear in the entities and quotes.
 */
export function genderCounts(analysis: Analysis<EntityLabel>): GenderCounts {
  const quotedIds = new Set<string>();
  for (const q of quotesOutsideCopies(analysis)) if (q.speakerEntity) quotedIds.add(q.speakerEntity);
  const counts: GenderCounts = { quoted: { female: 0, male: 0, unknown: 0 }, mentioned: { female: 0, male: 0, unknown: 0 } };
  const stated = analysis.statedGender ?? {};
  for (const e of analysis.entities) {
    if (e.type !== 'person') continue;
    const side = quotedIds.has(e.id) ? counts.quoted : counts.mentioned;
    side[Object.prototype.hasOwnProperty.call(stated, e.id) ? stated[e.id] : 'unknown']++;
  }
  return counts;
}

/** "2 women, 3 men, 1 unknown": one side of the counts in words. */
export function genderCountText(c: { female: number; male: number; unknown: number }): string {
  const part = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [part(c.female, 'woman', 'women'), part(c.male, 'man', 'men'), `${c.unknown} unknown`].join(', ');
}
