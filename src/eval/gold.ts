/**
 * Gold data for evaluation, read from three formats into one shape. Pure: strings in, plain
 * data out (the callers read the files), so the CLI, the editor and `npm run eval` share it.
 *
 * - Our JSON: an array of `{id, text, entities?: [{start, end, type, text?}], quotes?: [{start,
 *   end, kind, speakerStart?, speakerEnd?, cueStart?, cueEnd?}]}` with UTF-16 offsets (the format
 *   of the gold files in ../shared/data).
 * - brat standoff: a `.txt` with its `.ann`; `T` lines are entities, or quote parts when typed
 *   Content/Quote, Source/Speaker and Cue; `R` (`Arg1`/`Arg2`) and `E` lines tie a quote to its
 *   source and cue. Offsets are code points; discontinuous spans count from first to last.
 * - doccano JSONL: one `{text, label: [[start, end, label]]}` or `{text, entities: [{id,
 *   start_offset, end_offset, label}], relations: [{from_id, to_id, type}]}` per line, offsets in
 *   code points; quote parts as in brat, a relation between a source or cue and a quote ties them
 *   (a relation between a quote and an entity's span makes that span the speaker).
 */
import { Offsets } from '../analysis/exports/offsets';

/** The scored entity types; everything else is OTHER (not scored, and predictions inside it are ignored). */
export type GoldEntityType = 'PERSON' | 'PLACE' | 'ORG' | 'OTHER';

export interface GoldEntity {
  start: number;
  end: number;
  type: GoldEntityType;
}

export interface GoldQuote {
  start: number;
  end: number;
  kind: 'direct' | 'indirect';
  speakerStart: number | null;
  speakerEnd: number | null;
  cueStart: number | null;
  cueEnd: number | null;
}

/** One gold document; `entities` or `quotes` is absent when the gold does not annotate that layer. */
export interface GoldDoc {
  id: string;
  text: string;
  entities?: GoldEntity[];
  quotes?: GoldQuote[];
}

/** A gold file read, or why it could not be. */
export type GoldRead = { ok: true; docs: GoldDoc[] } | { ok: false; error: string };

/** Entity labels of common schemes (CoNLL, OntoNotes, spaCy, our own types) mapped to the scored types. */
const TYPE_NAMES: Record<string, GoldEntityType> = {
  person: 'PERSON',
  per: 'PERSON',
  organization: 'ORG',
  organisation: 'ORG',
  org: 'ORG',
  place: 'PLACE',
  location: 'PLACE',
  loc: 'PLACE',
  gpe: 'PLACE',
};

/** The scored type of a label, or OTHER. */
export function goldType(label: string): GoldEntityType {
  return TYPE_NAMES[label.toLowerCase()] ?? 'OTHER';
}

type QuotePart = 'content' | 'source' | 'cue';
const QUOTE_PARTS: Record<string, QuotePart> = {
  content: 'content',
  quote: 'content',
  source: 'source',
  speaker: 'source',
  cue: 'cue',
};

function quotePart(label: string): QuotePart | undefined {
  return QUOTE_PARTS[label.toLowerCase()];
}

/** Code-point offsets of a text as UTF-16 offsets, or undefined past its end. */
function codePoints(text: string): (offset: number) => number | undefined {
  const offsets = new Offsets(text, 'codepoints');
  const length = offsets.length;
  return (offset) => (Number.isInteger(offset) && offset >= 0 && offset <= length ? offsets.in(offset) : undefined);
}

/** The kind of a quote from its text: `direct` when the whole content sits inside quotation marks. */
function kindOf(text: string, start: number, end: number): 'direct' | 'indirect' {
  const inner = text.slice(start, end).trim();
  return /^["“„«'‘]/.test(inner) && /["”“»'’][.,!?]?$/.test(inner) ? 'direct' : 'indirect';
}

interface Part {
  id: string;
  label: string;
  start: number;
  end: number;
}

/** Builds entities and quotes from labelled spans and links (brat and doccano share this). */
function assemble(id: string, text: string, parts: Part[], links: Array<{ from: string; to: string }>): GoldDoc {
  const byId = new Map(parts.map((p) => [p.id, p]));
  const entities: GoldEntity[] = [];
  const contents: Part[] = [];
  for (const p of parts) {
    const part = quotePart(p.label);
    if (part === 'content') contents.push(p);
    else if (!part) entities.push({ start: p.start, end: p.end, type: goldType(p.label) });
  }
  const source = new Map<string, Part>();
  const cue = new Map<string, Part>();
  for (const { from, to } of links) {
    const a = byId.get(from);
    const b = byId.get(to);
    if (!a || !b) continue;
    const [content, other] = quotePart(a.label) === 'content' ? [a, b] : [b, a];
    if (quotePart(content.label) !== 'content') continue;
    const part = quotePart(other.label);
    // A quote tied to an entity's span (doccano links a speaker that is a name to its PERSON
    // span) names its speaker there, unless a Source span is tied to it too.
    if (part === 'source' || (!part && quotePart(source.get(content.id)?.label ?? '') !== 'source')) source.set(content.id, other);
    if (part === 'cue') cue.set(content.id, other);
  }
  const quotes: GoldQuote[] = contents.map((c) => {
    const s = source.get(c.id);
    const k = cue.get(c.id);
    return {
      start: c.start,
      end: c.end,
      kind: kindOf(text, c.start, c.end),
      speakerStart: s?.start ?? null,
      speakerEnd: s?.end ?? null,
      cueStart: k?.start ?? null,
      cueEnd: k?.end ?? null,
    };
  });
  const doc: GoldDoc = { id, text };
  if (entities.length || !contents.length) doc.entities = entities;
  if (contents.length) doc.quotes = quotes;
  return doc;
}

function isSpan(start: unknown, end: unknown, length: number): start is number {
  return Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (start as number) <= (end as number) && (end as number) <= length;
}

/** Reads our JSON gold: an array of documents with UTF-16 offsets. */
export function parseGoldJson(json: string): GoldRead {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    return { ok: false, error: `The gold file is not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!Array.isArray(data)) return { ok: false, error: 'The gold file must hold an array of documents: [{"id", "text", "entities" or "quotes"}].' };
  const docs: GoldDoc[] = [];
  for (let i = 0; i < data.length; i++) {
    const d = data[i] as { id?: unknown; text?: unknown; entities?: unknown; quotes?: unknown };
    if (!d || typeof d.text !== 'string') return { ok: false, error: `Gold document ${i + 1} has no "text" string.` };
    const text = d.text;
    const doc: GoldDoc = { id: typeof d.id === 'string' || typeof d.id === 'number' ? String(d.id) : String(i + 1), text };
    if (Array.isArray(d.entities)) {
      doc.entities = [];
      for (const e of d.entities as Array<{ start?: unknown; end?: unknown; type?: unknown }>) {
        if (!e || !isSpan(e.start, e.end, text.length) || typeof e.type !== 'string') return { ok: false, error: `Gold document ${doc.id} has an entity without a valid start, end and type.` };
        doc.entities.push({ start: e.start, end: e.end as number, type: goldType(e.type) });
      }
    }
    if (Array.isArray(d.quotes)) {
      doc.quotes = [];
      for (const q of d.quotes as Array<Record<string, unknown>>) {
        if (!q || !isSpan(q.start, q.end, text.length)) return { ok: false, error: `Gold document ${doc.id} has a quote without a valid start and end.` };
        const optional = (s: unknown, e: unknown): [number | null, number | null] => (isSpan(s, e, text.length) ? [s, e as number] : [null, null]);
        const [speakerStart, speakerEnd] = optional(q.speakerStart, q.speakerEnd);
        const [cueStart, cueEnd] = optional(q.cueStart, q.cueEnd);
        const kind = q.kind === 'direct' || q.kind === 'indirect' ? q.kind : kindOf(text, q.start, q.end as number);
        doc.quotes.push({ start: q.start, end: q.end as number, kind, speakerStart, speakerEnd, cueStart, cueEnd });
      }
    }
    if (!doc.entities && !doc.quotes) return { ok: false, error: `Gold document ${doc.id} has neither "entities" nor "quotes".` };
    docs.push(doc);
  }
  return { ok: true, docs };
}

/** Reads one brat document: its text and the content of its `.ann` file. */
export function parseBrat(id: string, text: string, ann: string): GoldRead {
  const toUtf16 = codePoints(text);
  const parts: Part[] = [];
  const links: Array<{ from: string; to: string }> = [];
  const lines = ann.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (!line.trim() || line.startsWith('#') || line.startsWith('A') || line.startsWith('M') || line.startsWith('N')) continue;
    const [tag, body = ''] = line.split('\t');
    if (tag.startsWith('T')) {
      const [label, ...ranges] = body.split(' ');
      const numbers = ranges.join(' ').split(/[ ;]/).map(Number);
      const start = toUtf16(Math.min(...numbers));
      const end = toUtf16(Math.max(...numbers));
      if (!label || numbers.some((x) => !Number.isInteger(x) || x < 0) || start === undefined || end === undefined) {
        return { ok: false, error: `${id}.ann, line ${n + 1}: a T line needs a type and code-point offsets within the text.` };
      }
      parts.push({ id: tag, label, start, end });
    } else if (tag.startsWith('R') || tag.startsWith('E')) {
      // R: "Type Arg1:T1 Arg2:T2"; E: "Type:T3 Role:T1 Role2:T2" (the trigger is the first argument).
      const args = body.split(' ').map((a) => a.slice(a.indexOf(':') + 1)).filter((a) => /^[TE]\d+$/.test(a));
      for (let i = 1; i < args.length; i++) links.push({ from: args[0], to: args[i] });
      // An event's trigger may itself be a source or cue: link every argument with every other.
      for (let i = 1; i < args.length; i++) for (let j = i + 1; j < args.length; j++) links.push({ from: args[i], to: args[j] });
    }
  }
  return { ok: true, docs: [assemble(id, text, parts, links)] };
}

/** Reads doccano JSONL: one document per line. */
export function parseDoccano(jsonl: string): GoldRead {
  const docs: GoldDoc[] = [];
  const lines = jsonl.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    if (!lines[n].trim()) continue;
    let record: { id?: unknown; text?: unknown; data?: unknown; label?: unknown; labels?: unknown; entities?: unknown; relations?: unknown };
    try {
      record = JSON.parse(lines[n]);
    } catch {
      return { ok: false, error: `Line ${n + 1} is not a JSON object.` };
    }
    const text = typeof record.text === 'string' ? record.text : typeof record.data === 'string' ? record.data : undefined;
    if (text === undefined) return { ok: false, error: `Line ${n + 1} has no "text".` };
    const toUtf16 = codePoints(text);
    const span = (s: unknown, e: unknown): [number, number] | undefined => {
      const a = toUtf16(s as number);
      const b = toUtf16(e as number);
      return a !== undefined && b !== undefined && a <= b ? [a, b] : undefined;
    };
    const parts: Part[] = [];
    const links: Array<{ from: string; to: string }> = [];
    const spans = Array.isArray(record.label) ? record.label : Array.isArray(record.labels) ? record.labels : [];
    for (let i = 0; i < spans.length; i++) {
      const [s, e, label] = spans[i] as [unknown, unknown, unknown];
      const at = span(s, e);
      if (!at || typeof label !== 'string') return { ok: false, error: `Line ${n + 1}: label ${i + 1} is not [start, end, "label"] within the text.` };
      parts.push({ id: `l${i}`, label, start: at[0], end: at[1] });
    }
    if (Array.isArray(record.entities)) {
      for (const e of record.entities as Array<{ id?: unknown; start_offset?: unknown; end_offset?: unknown; label?: unknown }>) {
        const at = span(e?.start_offset, e?.end_offset);
        if (!at || typeof e.label !== 'string') return { ok: false, error: `Line ${n + 1}: an entity has no valid start_offset, end_offset and label.` };
        parts.push({ id: `e${String(e.id)}`, label: e.label, start: at[0], end: at[1] });
      }
    }
    if (Array.isArray(record.relations)) {
      for (const r of record.relations as Array<{ from_id?: unknown; to_id?: unknown }>) links.push({ from: `e${String(r?.from_id)}`, to: `e${String(r?.to_id)}` });
    }
    const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : String(n + 1);
    docs.push(assemble(id, text, parts, links));
  }
  return { ok: true, docs };
}
