/**
 * Review: how much of an article a person has checked, and where the next unchecked annotation
 * is, for `News: Go to Next Unreviewed` and the "12 of 40 reviewed" counts. An annotation is an
 * entity mention or a quote; it is reviewed once its status is anything but `suggested`.
 */
import type { Analysis, EntityLabel, ReviewProgress, Span } from '../types';

/** Reviewed and total annotations (entity mentions and quotes) of an analysis. */
export function reviewProgress(analysis: Analysis<EntityLabel>): ReviewProgress {
  let reviewed = 0;
  let total = analysis.quotes.length;
  for (const e of analysis.entities) {
    total += e.mentions.length;
    for (const m of e.mentions) if (m.status !== undefined && m.status !== 'suggested') reviewed++;
  }
  for (const q of analysis.quotes) if (q.status !== undefined && q.status !== 'suggested') reviewed++;
  return { reviewed, total };
}

/** An annotation waiting for review: an entity's mention or a quote. */
export type Unreviewed = Span & ({ kind: 'mention'; entity: string } | { kind: 'quote' });

/**
 * The first unreviewed annotation that starts after `offset` (or, `backward`, the last that
 * starts before it), wrapping around the text; undefined when everything is reviewed.
 */
export function nextUnreviewed(analysis: Analysis<EntityLabel>, offset: number, backward = false): Unreviewed | undefined {
  const open: Unreviewed[] = [];
  for (const e of analysis.entities) {
    for (const m of e.mentions) if ((m.status ?? 'suggested') === 'suggested') open.push({ kind: 'mention', entity: e.id, start: m.start, end: m.end });
  }
  for (const q of analysis.quotes) if ((q.status ?? 'suggested') === 'suggested') open.push({ kind: 'quote', start: q.start, end: q.end });
  if (!open.length) return undefined;
  open.sort((a, b) => a.start - b.start || a.end - b.end);
  if (backward) return [...open].reverse().find((u) => u.start < offset) ?? open[open.length - 1];
  return open.find((u) => u.start > offset) ?? open[0];
}
