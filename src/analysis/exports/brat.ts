/**
 * brat standoff (https://brat.nlplab.org/standoff.html): the article as `.txt`, written as it is,
 * and its annotations as `.ann`. Entity mentions are `T` lines typed `Person`, `Organization`,
 * `Place`, `Nationality`, `Date` (or a person's label); mentions of one entity are joined by an
 * `Equiv` line. Quotes follow PolNeAR: the quoted or reported passage is a `Content` span, the
 * speaker a `Source` span and the cue a `Cue` span; an `E` line (trigger `Cue`, arguments
 * `Source` and `Content`) joins them, or an `R` line `Attribution` when the quote has no cue.
 * `A` lines give every annotation's `Status` and each quote's `Kind` and `Confidence`; `#` notes
 * (AnnotatorNotes) say who made an annotation (`by: NAME`) and, on a `Content` span, who its speaker is (`speaker: NAME`).
 * A span across a line break is written as fragments (`start end;start end`), as brat requires.
 * Offsets count code points by default (brat is written in Python); `.txt` keeps CR LF as is.
 */
import type { AnnotationStatus, QuoteKind } from '../types';
import type { Annotations, ExportDocument, MentionAnnotation, QuoteAnnotation, TextSpan } from './document';
import { capitalLabel, ROLE, typeFromLabel } from './labels';
import { OffsetUnit, Offsets } from './offsets';

/** The fragments of a span: its pieces between line breaks (a line break itself belongs to none). */
export function fragments(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  }
  if (end > from) out.push([from, end]);
  return out.length ? out : [[start, end]];
}

/** The two files of an article. */
export interface BratFiles {
  txt: string;
  ann: string;
}

/** Writes an article as brat standoff. */
export function exportBrat(doc: ExportDocument, unit: OffsetUnit): BratFiles {
  const offsets = new Offsets(doc.text, unit);
  const lines: string[] = [];
  let t = 0;
  let a = 0;
  let note = 0;
  const span = (type: string, s: TextSpan): string => {
    const id = `T${++t}`;
    const parts = fragments(doc.text, s.start, s.end);
    const where = parts.map(([x, y]) => `${offsets.out(x)} ${offsets.out(y)}`).join(';');
    lines.push(`${id}\t${type} ${where}\t${parts.map(([x, y]) => doc.text.slice(x, y)).join(' ')}`);
    return id;
  };
  const attribute = (name: string, target: string, value: string) => lines.push(`A${++a}\t${name} ${target} ${value}`);
  const annotatorNote = (target: string, value: string) => lines.push(`#${++note}\tAnnotatorNotes ${target}\t${value}`);
  const provenance = (target: string, item: { status: AnnotationStatus; by: string }) => {
    attribute('Status', target, item.status);
    if (item.by !== 'machine') annotatorNote(target, `by: ${item.by}`);
  };

  const groups = new Map<string, string[]>();
  for (const m of doc.mentions) {
    const id = span(capitalLabel(m.type), m);
    provenance(id, m);
    const group = groups.get(m.entity);
    if (group) group.push(id);
    else groups.set(m.entity, [id]);
  }
  for (const ids of groups.values()) if (ids.length > 1) lines.push(`*\tEquiv ${ids.join(' ')}`);

  let e = 0;
  let r = 0;
  for (const q of doc.quotes) {
    const content = span(ROLE.content, q);
    provenance(content, q);
    attribute('Kind', content, q.kind);
    attribute('Confidence', content, String(q.confidence));
    if (q.speakerName !== undefined) annotatorNote(content, `speaker: ${q.speakerName}`);
    const source = q.speaker ? span(ROLE.source, q.speaker) : undefined;
    const cue = q.cue ? span(ROLE.cue, q.cue) : undefined;
    if (cue) lines.push(`E${++e}\t${ROLE.cue}:${cue}${source ? ` ${ROLE.source}:${source}` : ''} ${ROLE.content}:${content}`);
    else if (source) lines.push(`R${++r}\tAttribution Arg1:${source} Arg2:${content}`);
  }
  return { txt: doc.text, ann: lines.length ? `${lines.join('\n')}\n` : '' };
}

const STATUSES = new Set(['suggested', 'accepted', 'corrected', 'rejected']);
const KINDS = new Set(['direct', 'indirect', 'mixed']);

/** A problem in an imported file: the line and what is wrong. */
export class ImportError extends Error {}

interface TextBound extends TextSpan {
  type: string;
}

/**
 * Reads a brat `.ann` file against its `.txt` text into annotations. Every `T` line not typed
 * `Content`, `Source` or `Cue` is an entity mention (other tools' `PER`, `LOC`, `GPE`... map to
 * our types); `Content` spans are quotes, with the `Source` and `Cue` an `E` or `R` line joins to
 * them. Unknown lines are skipped; a `T` line whose offsets leave the text is an error. An
 * annotation without a `Status` is a person's (`corrected`, by `by` unless a note names someone).
 */
export function readBrat(text: string, ann: string, unit: OffsetUnit, by = 'import'): Annotations {
  const offsets = new Offsets(text, unit);
  const spans = new Map<string, TextBound>();
  const attrs = new Map<string, Map<string, string>>();
  const notes = new Map<string, string[]>();
  const equiv: string[][] = [];
  const links: { content: string; source?: string; cue?: string }[] = [];
  const lines = ann.split(/\r?\n/);
  lines.forEach((line, n) => {
    const fields = line.split('\t');
    const id = fields[0];
    const body = fields[1] ?? '';
    if (/^T\d/.test(id)) {
      const at = body.indexOf(' ');
      const type = body.slice(0, at);
      const ranges = body.slice(at + 1).split(';').map((p) => p.trim().split(' ').map(Number));
      if (at < 1 || ranges.some((p) => p.length !== 2 || p.some((x) => !Number.isInteger(x) || x < 0) || p[0] > p[1] || p[1] > offsets.length)) {
        throw new ImportError(`line ${n + 1}: the span "${body}" is not inside the text.`);
      }
      const start = offsets.in(Math.min(...ranges.map((p) => p[0])));
      const end = offsets.in(Math.max(...ranges.map((p) => p[1])));
      spans.set(id, { type, start, end, text: text.slice(start, end) });
    } else if (/^A\d/.test(id) || /^M\d/.test(id)) {
      const [name, target, value] = body.split(' ');
      if (!attrs.has(target)) attrs.set(target, new Map());
      attrs.get(target)!.set(name, value ?? 'true');
    } else if (id.startsWith('#')) {
      const target = body.split(' ')[1];
      if (target) notes.set(target, [...(notes.get(target) ?? []), fields.slice(2).join('\t')]);
    } else if (id === '*') {
      const [rel, ...ids] = body.split(' ');
      if (rel === 'Equiv') equiv.push(ids);
    } else if (/^E\d/.test(id)) {
      const roles = new Map(body.split(' ').map((p) => p.split(':') as [string, string]));
      const content = roles.get(ROLE.content);
      if (content) links.push({ content, source: roles.get(ROLE.source), cue: roles.get(ROLE.cue) });
    } else if (/^R\d/.test(id)) {
      const [, arg1, arg2] = body.split(' ');
      const a1 = arg1?.split(':')[1];
      const a2 = arg2?.split(':')[1];
      // Either direction: Source -> Content (ours) or Content -> Source.
      const [source, content] = spans.get(a1 ?? '')?.type === ROLE.content ? [a2, a1] : [a1, a2];
      if (content) links.push({ content, source });
    }
  });
  const noteValue = (id: string, key: string) => notes.get(id)?.find((v) => v.startsWith(`${key}: `))?.slice(key.length + 2);
  // Without a Status attribute (a brat project of people's annotations), an annotation is a person's: `corrected`, by `by`.
  const status = (id: string): AnnotationStatus => {
    const s = attrs.get(id)?.get('Status');
    return s && STATUSES.has(s) ? (s as AnnotationStatus) : 'corrected';
  };
  const maker = (id: string, s: AnnotationStatus) => noteValue(id, 'by') ?? (s === 'suggested' ? 'machine' : by);
  const group = new Map<string, string>();
  equiv.forEach((ids, i) => ids.forEach((id) => group.set(id, `e${i + 1}`)));
  const mentions: MentionAnnotation[] = [];
  const quotes: QuoteAnnotation[] = [];
  const quoteOf = new Map<string, QuoteAnnotation>();
  for (const [id, s] of spans) {
    if (s.type === ROLE.source || s.type === ROLE.cue) continue;
    const made = { status: status(id), by: maker(id, status(id)) };
    const plain = { start: s.start, end: s.end, text: s.text };
    if (s.type === ROLE.content) {
      const kind = attrs.get(id)?.get('Kind');
      const confidence = Number(attrs.get(id)?.get('Confidence'));
      const q: QuoteAnnotation = { ...plain, kind: kind && KINDS.has(kind) ? (kind as QuoteKind) : 'direct', ...made };
      if (Number.isFinite(confidence)) q.confidence = confidence;
      const name = noteValue(id, 'speaker');
      if (name !== undefined) q.speakerName = name;
      quotes.push(q);
      quoteOf.set(id, q);
    } else {
      mentions.push({ ...plain, type: typeFromLabel(s.type), ...made, entity: group.get(id) ?? id });
    }
  }
  for (const link of links) {
    const q = quoteOf.get(link.content);
    if (!q) continue;
    const source = link.source ? spans.get(link.source) : undefined;
    const cue = link.cue ? spans.get(link.cue) : undefined;
    if (source) {
      q.speaker = { start: source.start, end: source.end, text: source.text };
    }
    if (cue) q.cue = { start: cue.start, end: cue.end, text: cue.text };
  }
  mentions.sort((x, y) => x.start - y.start || x.end - y.end);
  quotes.sort((x, y) => x.start - y.start || x.end - y.end);
  return { text, mentions, quotes };
}
