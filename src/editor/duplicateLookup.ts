import type { Analysis, DuplicateBlock, DuplicateCopy, Paragraph } from '../analysis/types';

/** A copy with everything the views say about it. */
export interface CopyInfo {
  copy: DuplicateCopy;
  paragraph: Paragraph;
  original: Paragraph;
  block: DuplicateBlock;
}

/** Finds the duplicate copy containing an offset (binary search over the sorted copies). */
export function copyAt(analysis: Analysis, offset: number): CopyInfo | undefined {
  const copies = analysis.duplicates.copies;
  let lo = 0;
  let hi = copies.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = analysis.paragraphs[copies[mid].paragraph];
    if (offset < p.start) hi = mid - 1;
    else if (offset > p.end) lo = mid + 1;
    else return describe(analysis, copies[mid]);
  }
  return undefined;
}

function describe(analysis: Analysis, copy: DuplicateCopy): CopyInfo {
  const block = analysis.duplicates.blocks.find((b) => b.copies.includes(copy.paragraph)) as DuplicateBlock;
  return { copy, paragraph: analysis.paragraphs[copy.paragraph], original: analysis.paragraphs[copy.original], block };
}

/** "lines 21-37" or "line 21", one-based, for messages. */
export function linesLabel(first: Paragraph, last: Paragraph): string {
  const a = first.line + 1;
  const b = last.endLine + 1;
  return a === b ? `line ${a}` : `lines ${a}\u2013${b}`;
}

/** One sentence describing a block: "Lines 21–37 repeat lines 4–20 (17 paragraphs)." */
export function blockMessage(analysis: Analysis, block: DuplicateBlock): string {
  const ps = analysis.paragraphs;
  const copies = linesLabel(ps[block.copies[0]], ps[block.copies[block.copies.length - 1]]);
  const originals = linesLabel(ps[block.originals[0]], ps[block.originals[block.originals.length - 1]]);
  const near = analysis.duplicates.copies.filter((c) => block.copies.includes(c.paragraph) && c.kind === 'near').length;
  const count = block.copies.length;
  const verb = count === 1 ? (copies.startsWith('lines') ? 'repeat' : 'repeats') : 'repeat';
  const nearNote = near ? (near === count ? ' nearly' : ` (${near} of them nearly)`) : '';
  const sentence = `${copies[0].toUpperCase()}${copies.slice(1)} ${verb}${near === count ? nearNote : ''} ${originals}`;
  return `${sentence}${near && near !== count ? nearNote : ''} (${count} duplicated paragraph${count === 1 ? '' : 's'}).`;
}
