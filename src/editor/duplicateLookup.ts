import type { CorrectedAnalysis, DuplicateBlock, DuplicateCopy, Paragraph } from '../analysis/types';
import * as l10n from '@vscode/l10n';

/** A copy with everything the views say about it. */
export interface CopyInfo {
  copy: DuplicateCopy;
  paragraph: Paragraph;
  original: Paragraph;
  block: DuplicateBlock;
}

/** Per paragraph index: its copy record and its block, built once per analysis. */
interface CopyIndex {
  copy: Map<number, DuplicateCopy>;
  block: Map<number, DuplicateBlock>;
}

const indexes = new WeakMap<CorrectedAnalysis, CopyIndex>();

function indexOf(analysis: CorrectedAnalysis): CopyIndex {
  let index = indexes.get(analysis);
  if (!index) {
    index = { copy: new Map(), block: new Map() };
    for (const c of analysis.duplicates.copies) index.copy.set(c.paragraph, c);
    for (const b of analysis.duplicates.blocks) for (const p of b.copies) index.block.set(p, b);
    indexes.set(analysis, index);
  }
  return index;
}

/** The copy record of a paragraph, if it repeats an earlier one. */
export function copyOfParagraph(analysis: CorrectedAnalysis, paragraph: number): DuplicateCopy | undefined {
  return indexOf(analysis).copy.get(paragraph);
}

/** Finds the duplicate copy containing an offset (binary search over the sorted copies). */
export function copyAt(analysis: CorrectedAnalysis, offset: number): CopyInfo | undefined {
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

function describe(analysis: CorrectedAnalysis, copy: DuplicateCopy): CopyInfo {
  const block = indexOf(analysis).block.get(copy.paragraph) as DuplicateBlock;
  return { copy, paragraph: analysis.paragraphs[copy.paragraph], original: analysis.paragraphs[copy.original], block };
}

/**
 * How many blocks start before `offset` (or at it too, when `atToo`), by binary search: blocks
 * come in document order. Navigation steps from block to block with it.
 */
export function blocksStartingBefore(blocks: DuplicateBlock[], offset: number, atToo: boolean): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = blocks[mid].span.start;
    if (start < offset || (atToo && start === offset)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "lines 21-37" or "line 21", one-based, for messages. */
export function linesLabel(first: Paragraph, last: Paragraph): string {
  const a = first.line + 1;
  const b = last.endLine + 1;
  return a === b ? l10n.t('line {0}', a) : l10n.t('lines {0}–{1}', a, b);
}

/**
 * One sentence describing a block: "Lines 21–37 repeat lines 4–20 (17 duplicated paragraphs).",
 * "Line 5 nearly repeats line 1 (1 duplicated paragraph).", or with some near copies in the
 * block "… (17 duplicated paragraphs, 2 of them near copies)."
 */
export function blockMessage(analysis: CorrectedAnalysis, block: DuplicateBlock): string {
  const ps = analysis.paragraphs;
  const copies = linesLabel(ps[block.copies[0]], ps[block.copies[block.copies.length - 1]]);
  const originals = linesLabel(ps[block.originals[0]], ps[block.originals[block.originals.length - 1]]);
  const near = block.copies.filter((p) => copyOfParagraph(analysis, p)?.kind === 'near').length;
  const count = block.copies.length;
  const nearNote = near && near !== count ? (near === 1 ? l10n.t('one of them a near copy') : l10n.t('{0} of them near copies', near)) : '';
  const counted = count === 1 ? l10n.t('{0} duplicated paragraph', count) : l10n.t('{0} duplicated paragraphs', count);
  const details = nearNote ? l10n.t('{0}, {1}', counted, nearNote) : counted;
  const oneLine = ps[block.copies[0]].line === ps[block.copies[block.copies.length - 1]].endLine;
  const sentence =
    near === count
      ? oneLine
        ? l10n.t('{0} nearly repeats {1} ({2}).', copies, originals, details)
        : l10n.t('{0} nearly repeat {1} ({2}).', copies, originals, details)
      : oneLine
        ? l10n.t('{0} repeats {1} ({2}).', copies, originals, details)
        : l10n.t('{0} repeat {1} ({2}).', copies, originals, details);
  return `${sentence[0].toUpperCase()}${sentence.slice(1)}`;
}
