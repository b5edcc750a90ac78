/**
 * doccano JSON Lines, as doccano's sequence labeling with relations exports and imports it: one
 * line per article, `{"text", "entities": [{"id", "label", "start_offset", "end_offset"}],
 * "relations": [{"id", "from_id", "to_id", "type"}]}`. Mentions are labelled `PERSON`,
 * `ORGANIZATION`, `PLACE`, `NATIONALITY`, `DATE` (or a person's label in upper case); quotes
 * `QUOTE`, speakers `SOURCE` (a speaker that is an entity mention is that mention) and cues
 * `CUE`; relations `speaker` and `cue` go from the quote. doccano has no place for review
 * status, so each entity object also carries `status` and `by`, a quote `kind`, `confidence`
 * and `speaker_name`, and the line `name` and `entity` groups: doccano ignores them, our importer
 * reads them. Offsets count code points by default (doccano is written in Python).
 */
import type { AnnotationStatus, QuoteKind } from '../types';
import type { Annotations, ExportDocument, MentionAnnotation, QuoteAnnotation } from './document';
import { ImportError } from './brat';
import { ROLE, typeFromLabel, upperLabel } from './labels';
import { OffsetUnit, Offsets } from './offsets';

interface DoccanoEntity {
  id: number;
  label: string;
  start_offset: number;
  end_offset: number;
  [extra: string]: unknown;
}

interface DoccanoRelation {
  id: number;
  from_id: number;
  to_id: number;
  type: string;
}

/** One article as a doccano JSON Lines record (without its line break). */
export function exportDoccano(doc: ExportDocument, unit: OffsetUnit): string {
  const offsets = new Offsets(doc.text, unit);
  const entities: DoccanoEntity[] = [];
  const relations: DoccanoRelation[] = [];
  const bySpan = new Map<string, number>();
  const add = (label: string, start: number, end: number, extra: Record<string, unknown>): number => {
    const id = entities.length + 1;
    entities.push({ id, label, start_offset: offsets.out(start), end_offset: offsets.out(end), ...extra });
    return id;
  };
  for (const m of doc.mentions) bySpan.set(`${m.start}:${m.end}`, add(upperLabel(m.type), m.start, m.end, { status: m.status, by: m.by, entity: m.entity }));
  for (const q of doc.quotes) {
    const quote = add(ROLE.quote.toUpperCase(), q.start, q.end, { status: q.status, by: q.by, kind: q.kind, confidence: q.confidence, ...(q.speakerName !== undefined ? { speaker_name: q.speakerName } : {}) });
    if (q.speaker) {
      const source = bySpan.get(`${q.speaker.start}:${q.speaker.end}`) ?? add(ROLE.source.toUpperCase(), q.speaker.start, q.speaker.end, {});
      relations.push({ id: relations.length + 1, from_id: quote, to_id: source, type: 'speaker' });
    }
    if (q.cue) relations.push({ id: relations.length + 1, from_id: quote, to_id: add(ROLE.cue.toUpperCase(), q.cue.start, q.cue.end, {}), type: 'cue' });
  }
  return JSON.stringify({ name: doc.name, text: doc.text, entities, relations });
}

const STATUSES = new Set(['suggested', 'accepted', 'corrected', 'rejected']);
const KINDS = new Set(['direct', 'indirect', 'mixed']);

/**
 * Reads one doccano JSON Lines record into annotations: `entities` (or the older `label`:
 * `[[start, end, label], ...]`) and `relations` (`speaker` or `said`, in either direction, and
 * `cue`). Spans are checked against the text.
 */
export function readDoccano(line: string, unit: OffsetUnit, by = 'import'): Annotations & { name?: string } {
  let record: { text?: unknown; name?: unknown; entities?: unknown; label?: unknown; relations?: unknown };
  try {
    record = JSON.parse(line);
  } catch (err) {
    throw new ImportError(`not JSON (${(err as Error).message}).`);
  }
  if (typeof record !== 'object' || record === null || typeof record.text !== 'string') throw new ImportError('a record has no "text".');
  const text = record.text;
  const offsets = new Offsets(text, unit);
  const list: DoccanoEntity[] = Array.isArray(record.entities)
    ? (record.entities as DoccanoEntity[])
    : Array.isArray(record.label)
      ? (record.label as [number, number, string][]).map(([s, e, l], i) => ({ id: i + 1, start_offset: s, end_offset: e, label: l }))
      : [];
  const spans = new Map<number, DoccanoEntity & { start: number; end: number }>();
  for (const e of list) {
    const ok = Number.isInteger(e.start_offset) && Number.isInteger(e.end_offset) && e.start_offset >= 0 && e.start_offset <= e.end_offset && e.end_offset <= offsets.length;
    if (!ok || typeof e.label !== 'string') throw new ImportError(`the span ${JSON.stringify([e.start_offset, e.end_offset, e.label])} is not inside the text.`);
    spans.set(e.id, { ...e, start: offsets.in(e.start_offset), end: offsets.in(e.end_offset) });
  }
  const roles = new Set([ROLE.source.toUpperCase(), ROLE.cue.toUpperCase()]);
  const mentions: MentionAnnotation[] = [];
  const quotes = new Map<number, QuoteAnnotation>();
  for (const e of spans.values()) {
    const label = e.label.toUpperCase();
    if (roles.has(label)) continue;
    // Without our `status`, a span is a person's annotation: `corrected`, by `by`.
    const status = typeof e.status === 'string' && STATUSES.has(e.status) ? (e.status as AnnotationStatus) : 'corrected';
    const made = { status, by: typeof e.by === 'string' ? e.by : status === 'suggested' ? 'machine' : by };
    const plain = { start: e.start, end: e.end, text: text.slice(e.start, e.end) };
    if (label === ROLE.quote.toUpperCase()) {
      const q: QuoteAnnotation = { ...plain, kind: typeof e.kind === 'string' && KINDS.has(e.kind) ? (e.kind as QuoteKind) : 'direct', ...made };
      if (typeof e.confidence === 'number') q.confidence = e.confidence;
      if (typeof e.speaker_name === 'string') q.speakerName = e.speaker_name;
      quotes.set(e.id, q);
    } else {
      mentions.push({ ...plain, type: typeFromLabel(e.label), ...made, entity: typeof e.entity === 'string' ? e.entity : `d${e.id}` });
    }
  }
  for (const r of Array.isArray(record.relations) ? (record.relations as DoccanoRelation[]) : []) {
    const forward = quotes.get(r.from_id);
    const q = forward ?? quotes.get(r.to_id);
    const other = spans.get(forward ? r.to_id : r.from_id);
    if (!q || !other) continue;
    const span = { start: other.start, end: other.end, text: text.slice(other.start, other.end) };
    if (r.type === 'cue') q.cue = span;
    else if (r.type === 'speaker' || r.type === 'said') q.speaker = span;
  }
  const byStart = <T extends { start: number; end: number }>(x: T, y: T) => x.start - y.start || x.end - y.end;
  return { name: typeof record.name === 'string' ? record.name : undefined, text, mentions: mentions.sort(byStart), quotes: [...quotes.values()].sort(byStart) };
}
