/**
 * Label Studio tasks (JSON): one task per article, `{"data": {"text", "name"}, "predictions":
 * [...], "annotations": [...]}`. The machine's suggestions are the task's `predictions` (model
 * `news-annotator`); what a person accepted or corrected is its `annotations`. Each span is a
 * `labels` region (`from_name` `label`, `to_name` `text`) labelled `Person`, `Organization`,
 * `Place`, `Nationality`, `Date`, `Quote`, `Source` or `Cue`; per-region `choices` give a quote's
 * `kind` and, in annotations, the `status`; per-region `textarea`s give `by` and a quote's
 * `speaker` name; `relation` results join a quote's Source and Cue to it (labels `speaker`,
 * `cue`). The labeling configuration these names fit is `LABEL_STUDIO_CONFIG`. Offsets count
 * code points by default, as the issue asks (Label Studio's Python back end counts them).
 */
import type { AnnotationStatus, QuoteKind } from '../types';
import type { Annotations, ExportDocument, MentionAnnotation, QuoteAnnotation, TextSpan } from './document';
import { ImportError } from './brat';
import { capitalLabel, ROLE, typeFromLabel } from './labels';
import { OffsetUnit, Offsets } from './offsets';

interface Region {
  id: string;
  from_name: string;
  to_name: 'text';
  type: 'labels' | 'choices' | 'textarea';
  value: { start: number; end: number; text?: unknown; labels?: string[]; choices?: string[] };
  score?: number;
}

interface Relation {
  type: 'relation';
  from_id: string;
  to_id: string;
  direction: 'right';
  labels: string[];
}

type Result = Region | Relation;

/** A labeling configuration for the exported tasks (Settings > Labeling Interface > Code). */
export function labelStudioConfig(types: readonly string[]): string {
  const labels = [...types.map(capitalLabel), ROLE.quote, ROLE.source, ROLE.cue].map((l) => `    <Label value="${l}"/>`).join('\n');
  return `<View>
  <Labels name="label" toName="text">
${labels}
  </Labels>
  <Text name="text" value="$text"/>
  <Relations>
    <Relation value="speaker"/>
    <Relation value="cue"/>
  </Relations>
  <Choices name="kind" toName="text" perRegion="true">
    <Choice value="direct"/>
    <Choice value="indirect"/>
    <Choice value="mixed"/>
  </Choices>
  <Choices name="status" toName="text" perRegion="true">
    <Choice value="accepted"/>
    <Choice value="corrected"/>
  </Choices>
  <TextArea name="by" toName="text" perRegion="true"/>
  <TextArea name="speaker" toName="text" perRegion="true"/>
</View>
`;
}

/** One article as a Label Studio task. */
export function labelStudioTask(doc: ExportDocument, unit: OffsetUnit): object {
  const offsets = new Offsets(doc.text, unit);
  const predicted: Result[] = [];
  const confirmed: Result[] = [];
  const region = (into: Result[], id: string, s: TextSpan, from: Region['from_name'], extra: Partial<Region['value']>, score?: number) => {
    const r: Region = { id, from_name: from, to_name: 'text', type: from === 'label' ? 'labels' : from === 'kind' || from === 'status' ? 'choices' : 'textarea', value: { start: offsets.out(s.start), end: offsets.out(s.end), ...extra } };
    if (score !== undefined) r.score = score;
    into.push(r);
  };
  const provenance = (into: Result[], id: string, s: TextSpan, item: { status: AnnotationStatus; by: string }) => {
    if (into === predicted) return;
    region(into, id, s, 'status', { choices: [item.status] });
    region(into, id, s, 'by', { text: [item.by] });
  };
  const listFor = (status: AnnotationStatus) => (status === 'suggested' ? predicted : confirmed);
  for (const m of doc.mentions) {
    const into = listFor(m.status);
    region(into, m.id, m, 'label', { text: m.text, labels: [capitalLabel(m.type)] });
    provenance(into, m.id, m, m);
  }
  for (const q of doc.quotes) {
    const into = listFor(q.status);
    region(into, q.id, q, 'label', { text: q.text, labels: [ROLE.quote] }, q.confidence);
    region(into, q.id, q, 'kind', { choices: [q.kind] });
    provenance(into, q.id, q, q);
    if (q.speakerName !== undefined) region(into, q.id, q, 'speaker', { text: [q.speakerName] });
    if (q.speaker) {
      region(into, `${q.id}-source`, q.speaker, 'label', { text: q.speaker.text, labels: [ROLE.source] });
      into.push({ type: 'relation', from_id: `${q.id}-source`, to_id: q.id, direction: 'right', labels: ['speaker'] });
    }
    if (q.cue) {
      region(into, `${q.id}-cue`, q.cue, 'label', { text: q.cue.text, labels: [ROLE.cue] });
      into.push({ type: 'relation', from_id: `${q.id}-cue`, to_id: q.id, direction: 'right', labels: ['cue'] });
    }
  }
  return {
    data: { text: doc.text, name: doc.name },
    predictions: predicted.length ? [{ model_version: 'news-annotator', result: predicted }] : [],
    annotations: confirmed.length ? [{ result: confirmed }] : [],
  };
}

/** A JSON array of tasks, as Label Studio imports and exports them. */
export function exportLabelStudio(doc: ExportDocument, unit: OffsetUnit): string {
  return `${JSON.stringify([labelStudioTask(doc, unit)], null, 2)}\n`;
}

const KINDS = new Set(['direct', 'indirect', 'mixed']);
const STATUSES = new Set(['accepted', 'corrected', 'rejected', 'suggested']);

function readResults(text: string, offsets: Offsets, results: Result[], confirmed: boolean, by: string, out: Annotations): void {
  const regions = results.filter((r): r is Region => r.type !== 'relation' && typeof (r as Region).value?.start === 'number');
  const relations = results.filter((r): r is Relation => r.type === 'relation');
  const byId = new Map<string, Region[]>();
  for (const r of regions) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  const first = (id: string, from: string) => byId.get(id)?.find((r) => r.from_name === from);
  const quotes = new Map<string, QuoteAnnotation>();
  const spanOf = (r: Region): TextSpan => {
    const { start, end } = r.value;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > offsets.length) {
      throw new ImportError(`the region ${r.id} (${start}-${end}) is not inside the text.`);
    }
    const s = offsets.in(start);
    const e = offsets.in(end);
    return { start: s, end: e, text: text.slice(s, e) };
  };
  for (const r of regions) {
    if (r.type !== 'labels' || !r.value.labels?.length) continue;
    const label = r.value.labels[0];
    if (label === ROLE.source || label === ROLE.cue) continue;
    const span = spanOf(r);
    const status = first(r.id, 'status')?.value.choices?.[0];
    const made = {
      // An annotation without our status choice is a person's own: `corrected`.
      status: (confirmed && status && STATUSES.has(status) ? status : confirmed ? 'corrected' : 'suggested') as AnnotationStatus,
      by: String((first(r.id, 'by')?.value.text as string[] | undefined)?.[0] ?? (confirmed ? by : 'machine')),
    };
    if (label === ROLE.quote) {
      const kind = first(r.id, 'kind')?.value.choices?.[0];
      const q: QuoteAnnotation = { ...span, kind: kind && KINDS.has(kind) ? (kind as QuoteKind) : 'direct', ...made };
      if (typeof r.score === 'number') q.confidence = r.score;
      const speaker = (first(r.id, 'speaker')?.value.text as string[] | undefined)?.[0];
      if (speaker !== undefined) q.speakerName = speaker;
      quotes.set(r.id, q);
      out.quotes.push(q);
    } else {
      out.mentions.push({ ...span, type: typeFromLabel(label), ...made, entity: r.id });
    }
  }
  for (const rel of relations) {
    const forward = quotes.get(rel.to_id);
    const q = forward ?? quotes.get(rel.from_id);
    const other = byId.get(forward ? rel.from_id : rel.to_id)?.find((r) => r.type === 'labels');
    if (!q || !other) continue;
    const span = spanOf(other);
    const label = other.value.labels?.[0];
    if (rel.labels?.includes('cue') || label === ROLE.cue) q.cue = span;
    else q.speaker = span;
  }
}

/** Reads Label Studio tasks (an array, or one task) into annotations, one per task with its name. */
export function readLabelStudio(json: string, unit: OffsetUnit, by = 'import'): (Annotations & { name?: string })[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    throw new ImportError(`not JSON (${(err as Error).message}).`);
  }
  const tasks = (Array.isArray(value) ? value : [value]) as { data?: { text?: unknown; name?: unknown }; predictions?: { result?: Result[] }[]; annotations?: { result?: Result[]; was_cancelled?: boolean }[] }[];
  return tasks.map((task, i) => {
    const text = task?.data?.text;
    if (typeof text !== 'string') throw new ImportError(`task ${i + 1} has no "data.text".`);
    const offsets = new Offsets(text, unit);
    const out: Annotations & { name?: string } = { text, mentions: [], quotes: [], name: typeof task.data?.name === 'string' ? task.data.name : undefined };
    for (const p of task.predictions ?? []) readResults(text, offsets, p.result ?? [], false, by, out);
    for (const a of task.annotations ?? []) if (!a.was_cancelled) readResults(text, offsets, a.result ?? [], true, by, out);
    const byStart = <T extends { start: number; end: number }>(x: T, y: T) => x.start - y.start || x.end - y.end;
    out.mentions.sort(byStart);
    out.quotes.sort(byStart);
    return out;
  });
}

export type { MentionAnnotation };
