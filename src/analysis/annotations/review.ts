/**
 * Review: how much of an article a person has checked, and where the next unchecked annotation
 * is, for `News: Go to Next Unreviewed` and the "12 of 40 reviewed" counts. An annotation is an
 * entity mention or a quote; it is reviewed once its status is anything but `suggested`. As the
 * views count them, annotations in duplicated copies of a paragraph are left out (the first
 * occurrence stands for them), except the mentions of an entity named only in copies.
 */
import type { Analysis, AnnotationStatus, EntityLabel, ReviewProgress, Span } from '../types';
import { quotesOutsideCopies } from '../quoteList';

/** An annotation waiting for review: an entity's mention or a quote. */
export type Unreviewed = Span & ({ kind: 'mention'; entity: string } | { kind: 'quote' });

type Status = AnnotationStatus | undefined;

/** Whether `offset` lies in one of the copies (sorted, disjoint spans): binary search. */
function inCopy(copies: Span[], offset: number): boolean {
  let lo = 0;
  let hi = copies.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < copies[mid].start) hi = mid - 1;
    else if (offset > copies[mid].end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Calls `visit` for each annotation a person reviews (none in duplicated copies, as above). */
function eachReviewable(analysis: Analysis<EntityLabel>, visit: (annotation: Unreviewed, status: Status) => void): void {
  const copies: Span[] = analysis.duplicates.copies.map((c) => analysis.paragraphs[c.paragraph]);
  for (const e of analysis.entities) {
    const onlyInCopies = copies.length > 0 && e.mentions.every((m) => inCopy(copies, m.start));
    for (const m of e.mentions) {
      if (onlyInCopies || !inCopy(copies, m.start)) visit({ kind: 'mention', entity: e.id, start: m.start, end: m.end }, m.status);
    }
  }
  for (const q of quotesOutsideCopies(analysis)) visit({ kind: 'quote', start: q.start, end: q.end }, q.status);
}

/** Reviewed and total annotations (entity mentions and quotes) of an analysis. */
export function reviewProgress(analysis: Analysis<EntityLabel>): ReviewProgress {
  let reviewed = 0;
  let total = 0;
  eachReviewable(analysis, (_, status) => {
    total++;
    if (status !== undefined && status !== 'suggested') reviewed++;
  });
  return { reviewed, total };
}

/**
 * The first unreviewed annotation that starts after `offset` (or, `backward`, the last that
 * starts before it), wrapping around the text; undefined when everything is reviewed.
 */
export function nextUnreviewed(analysis: Analysis<EntityLabel>, offset: number, backward = false): Unreviewed | undefined {
  const open: Unreviewed[] = [];
  eachReviewable(analysis, (annotation, status) => {
    if ((status ?? 'suggested') === 'suggested') open.push(annotation);
  });
  if (!open.length) return undefined;
  open.sort((a, b) => a.start - b.start || a.end - b.end);
  if (backward) return [...open].reverse().find((u) => u.start < offset) ?? open[open.length - 1];
  return open.find((u) => u.start > offset) ?? open[0];
}
