/**
 * What every exporter writes and every importer reads: an article's text with its annotations
 * (entity mentions grouped into entities, quotes with speaker and cue), each with its review
 * status and who made it. Built from a (corrected) analysis; offsets are UTF-16 code units here
 * and are converted by each format to the unit it writes (offsets.ts).
 */
import type { Analysis, AnnotationStatus, EntityLabel, QuoteKind, Span } from '../types';

/** A span with its text: `text === articleText.slice(start, end)`. */
export interface TextSpan extends Span {
  text: string;
}

/** One entity mention. */
export interface MentionAnnotation extends TextSpan {
  type: string;
  status: AnnotationStatus;
  /** `machine` or a person's name. */
  by: string;
  /** Mentions with the same `entity` are one entity (its id in the analysis, or a key of the importing format). */
  entity?: string;
}

/** One quote or piece of reported speech. */
export interface QuoteAnnotation extends TextSpan {
  kind: QuoteKind;
  status: AnnotationStatus;
  by: string;
  /** The speaker's span in the text ("he", "Shoigu"). */
  speaker?: TextSpan;
  /** Who the speaker is: the speaker entity's canonical name, or a name a person gave. */
  speakerName?: string;
  cue?: TextSpan;
  /** 0..1, when the format carries it. */
  confidence?: number;
}

/** An article's annotations in the shape importers produce and exporters consume. */
export interface Annotations {
  text: string;
  mentions: MentionAnnotation[];
  quotes: QuoteAnnotation[];
}

/** An entity of the article. */
export interface EntityInfo {
  id: string;
  type: string;
  canonical: string;
  aliases: string[];
  roles: string[];
  status: AnnotationStatus;
  by: string;
  /** Stated gender, when the analysis gives one. */
  gender?: string;
}

/** What the exporters receive: the annotations of one article, with stable per-document ids. */
export interface ExportDocument extends Annotations {
  /** The article's name (file path or record id), used as the source of Web Annotations and in the CSV. */
  name: string;
  entities: EntityInfo[];
  mentions: (MentionAnnotation & { id: string; entity: string })[];
  quotes: (QuoteAnnotation & { id: string; line: number; confidence: number; speakerEntity?: string })[];
  /** The analysis it was made from, for our JSON. */
  analysis: Analysis<EntityLabel>;
}

/** Zero-based line of each offset, from one pass over the line breaks (CR LF, LF or CR end a line). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** The zero-based line holding `offset`, given `lineStarts(text)`. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The export document of an article: `analysis` must be of `text` (corrected or not). */
export function exportDocument(name: string, text: string, analysis: Analysis<EntityLabel>): ExportDocument {
  const entities: EntityInfo[] = analysis.entities.map((e) => ({
    id: e.id,
    type: e.type,
    canonical: e.canonical,
    aliases: e.aliases,
    roles: e.roles,
    status: e.status ?? 'suggested',
    by: e.by ?? 'machine',
    // The gender the text states for a person (quotes/gender.ts); absent means unknown.
    gender: analysis.statedGender?.[e.id],
  }));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const mentions: ExportDocument['mentions'] = [];
  for (const e of analysis.entities) {
    for (const m of e.mentions) {
      mentions.push({ id: '', start: m.start, end: m.end, text: m.text, type: e.type, status: m.status ?? 'suggested', by: m.by ?? 'machine', entity: e.id });
    }
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  mentions.forEach((m, i) => (m.id = `m${i + 1}`));
  const starts = lineStarts(text);
  const quotes: ExportDocument['quotes'] = [...analysis.quotes]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((q, i) => ({
      id: `q${i + 1}`,
      start: q.start,
      end: q.end,
      text: q.text,
      kind: q.kind,
      status: q.status ?? 'suggested',
      by: q.by ?? 'machine',
      speaker: q.speaker && { start: q.speaker.start, end: q.speaker.end, text: q.speaker.text },
      speakerName: (q.speakerEntity !== undefined ? byId.get(q.speakerEntity)?.canonical : undefined) ?? q.speakerName,
      speakerEntity: q.speakerEntity,
      cue: q.cue && { start: q.cue.start, end: q.cue.end, text: q.cue.text },
      confidence: q.confidence,
      line: lineOf(starts, q.start),
    }));
  return { name, text, entities, mentions, quotes, analysis };
}

/** The entity a mention belongs to, by id. */
export function entityIndex(doc: ExportDocument): Map<string, EntityInfo> {
  return new Map(doc.entities.map((e) => [e.id, e]));
}
