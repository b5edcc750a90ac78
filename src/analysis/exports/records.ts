/**
 * Imported annotations become records of the article's annotations file (the corrections
 * format), so that what another tool found or a team confirmed shows in the editor as
 * corrections do: a machine's suggestion is a `suggested` mark, a person's correction a
 * `corrected` one, an accepted annotation a suggestion followed by an accept. Mentions of one
 * entity written differently are merged into its fullest form; a quote's speaker is named.
 */
import { emptyAnnotations, parseAnnotations, serializeAnnotations } from '../annotations/file';
import { mergeAnnotations } from '../annotations/merge';
import { entityRecord, quoteRecord } from '../annotations/records';
import type { AnnotationRecord } from '../annotations/model';
import { hashText } from '../paragraphs';
import type { AnnotationStatus } from '../types';
import type { Annotations, MentionAnnotation } from './document';

/** Who imports, and when: the records' times (accepts and merges come a millisecond or two later, so that they apply after the marks). */
export interface ImportMaker {
  /** The name given to a person's annotations whose format does not say who made them. */
  by: string;
  at?: string;
}

function later(at: string, ms: number): string {
  return new Date(Date.parse(at) + ms).toISOString();
}

/** The status a mark or change record carries for an annotation of `status`: a person's change, or a suggestion. */
function changeStatus(status: AnnotationStatus): AnnotationStatus {
  return status === 'corrected' ? 'corrected' : 'suggested';
}

/** Who a record is by: the annotation's maker; a suggestion that a person accepted was still the machine's first. */
function changeBy(item: { status: AnnotationStatus; by: string }): string {
  return item.status === 'accepted' ? 'machine' : item.by;
}

/** The records that give `text` the imported annotations (rejected ones are not annotations and are left out). */
export function importRecords(a: Annotations, maker: ImportMaker): AnnotationRecord[] {
  const at = maker.at ?? new Date().toISOString();
  const text = a.text;
  const out: AnnotationRecord[] = [];
  const live = <T extends { status: AnnotationStatus }>(items: T[]) => items.filter((x) => x.status !== 'rejected');
  // Entities: the fullest form (longest text) of each group is its name.
  const groups = new Map<string, MentionAnnotation[]>();
  for (const m of live(a.mentions)) {
    const key = m.entity ?? `${m.start}:${m.end}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const nameOf = new Map<MentionAnnotation, string>();
  for (const members of groups.values()) {
    const name = members.reduce((best, m) => (m.text.length > best.length ? m.text : best), '');
    for (const m of members) nameOf.set(m, name);
  }
  for (const m of live(a.mentions)) {
    const span = { start: m.start, end: m.end };
    out.push(entityRecord({ action: 'entity.mark', type: m.type }, 'mention', text, span, { by: changeBy(m), at, status: changeStatus(m.status) }));
    const name = nameOf.get(m)!;
    if (name !== m.text) {
      out.push(entityRecord({ action: 'entity.merge', into: { name, type: m.type } }, 'mention', text, span, { by: changeBy(m), at: later(at, 1), status: changeStatus(m.status) }));
    }
    if (m.status === 'accepted') out.push(entityRecord({ action: 'entity.accept' }, 'mention', text, span, { by: m.by, at: later(at, 2) }));
  }
  const typeOf = new Map(a.mentions.map((m) => [`${m.start}:${m.end}`, m.type]));
  for (const q of live(a.quotes)) {
    const span = { start: q.start, end: q.end };
    out.push(quoteRecord({ action: 'quote.mark', kind: q.kind }, text, span, { by: changeBy(q), at, status: changeStatus(q.status) }));
    const name = q.speakerName ?? q.speaker?.text;
    if (name !== undefined) {
      const type = q.speaker && typeOf.get(`${q.speaker.start}:${q.speaker.end}`);
      out.push(quoteRecord({ action: 'quote.speaker', speaker: type ? { name, type } : { name } }, text, span, { by: changeBy(q), at: later(at, 1), status: changeStatus(q.status) }));
    }
    if (q.status === 'accepted') out.push(quoteRecord({ action: 'quote.accept' }, text, span, { by: q.by, at: later(at, 2) }));
  }
  // Ids from what a record says (not when), so that importing the same file again replaces its records instead of adding copies.
  return out.map((r) => {
    const { id: _id, at: _at, anchor, ...what } = r;
    return { ...r, id: `import-${hashText(JSON.stringify([what, anchor.start, anchor.end, anchor.exact]))}` };
  });
}

/** One article brought in by an import: its name (from the file, or made up), its text and its records. */
export interface ImportedArticle {
  name: string;
  text: string;
  records: AnnotationRecord[];
}

/**
 * The contents of an article's annotations file after an import: the imported records added to
 * what the file holds (`existing`, undefined when there is none) by the corrections' merge.
 * A file that cannot be read is never overwritten: the answer is then its error.
 */
export function annotationsAfterImport(existing: string | undefined, records: AnnotationRecord[]): { ok: true; content: string } | { ok: false; error: string } {
  let onDisk = emptyAnnotations();
  if (existing !== undefined) {
    const parsed = parseAnnotations(existing);
    if (!parsed.ok) return parsed;
    onDisk = parsed.value;
  }
  return { ok: true, content: serializeAnnotations(mergeAnnotations(onDisk, { ...emptyAnnotations(), records })) };
}
