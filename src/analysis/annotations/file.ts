/**
 * Reading and writing annotations files and the lexicon. Reading checks everything (the same
 * rules as the JSON Schemas in media/schemas/) and returns an error value for a file that is
 * not valid JSON, is invalid, or was written by a newer version: such a file is never repaired,
 * so that the caller can leave it byte for byte as it is. Writing is deterministic: a pretty
 * header, then one record per line sorted by id, known fields in a fixed order and unknown
 * ones after them, so that git diffs and merges touch only the records that changed.
 */
import { parse, ParseError, printParseErrorCode } from 'jsonc-parser';
import {
  ActionName,
  Anchor,
  ANNOTATIONS_FORMAT,
  ANNOTATIONS_SCHEMA_URI,
  AnnotationRecord,
  AnnotationsFile,
  allowedStatuses,
  FILE_VERSION,
  LEXICON_FORMAT,
  LEXICON_SCHEMA_URI,
  LexiconFile,
  LexiconRecord,
  Parsed,
} from './model';

type Json = Record<string, unknown>;

/** Which fields each action needs besides the common ones, with a check of each. */
const actionFields: Record<ActionName, Record<string, (v: unknown) => string | undefined>> = {
  'entity.accept': {},
  'entity.reject': {},
  'entity.type': { type: nonEmptyString },
  'entity.mark': { type: nonEmptyString },
  'entity.merge': { into: entityRef },
  'entity.split': {},
  'entity.canonical': { canonical: nonEmptyString },
  'quote.accept': {},
  'quote.reject': {},
  'quote.mark': { kind: quoteKind },
  'quote.kind': { kind: quoteKind },
  'quote.speaker': { speaker: entityRef },
  'quote.clearSpeaker': {},
};

/** Actions a lexicon rule may have. */
const lexiconActions = new Set<string>(['entity.accept', 'entity.reject', 'entity.type', 'entity.mark', 'entity.merge', 'entity.canonical']);

const statuses = new Set(['suggested', 'accepted', 'corrected', 'rejected']);

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nonEmptyString(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? undefined : 'must be a non-empty string';
}

function quoteKind(v: unknown): string | undefined {
  return v === 'direct' || v === 'indirect' || v === 'mixed' ? undefined : 'must be "direct", "indirect" or "mixed"';
}

function entityRef(v: unknown): string | undefined {
  if (!isObject(v)) return 'must be an object with a "name"';
  if (nonEmptyString(v.name)) return '"name" must be a non-empty string';
  if (v.type !== undefined && nonEmptyString(v.type)) return '"type" must be a non-empty string';
  return undefined;
}

function isTime(v: unknown): boolean {
  return typeof v === 'string' && /^\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:?\d\d)$/.test(v) && !Number.isNaN(Date.parse(v));
}

function isOffset(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

function checkAnchor(a: unknown): string | undefined {
  if (!isObject(a)) return '"anchor" must be an object';
  if (!isOffset(a.start) || !isOffset(a.end) || a.end < a.start) return '"anchor" needs whole-number offsets with start <= end';
  if (typeof a.exact !== 'string' || !a.exact) return '"anchor.exact" must be the annotated text';
  if (typeof a.prefix !== 'string' || typeof a.suffix !== 'string' || typeof a.hash !== 'string') return '"anchor" needs "prefix", "suffix" and "hash" strings';
  return undefined;
}

/** What is wrong with one record, or undefined. */
function checkRecord(r: unknown, lexicon: boolean): string | undefined {
  if (!isObject(r)) return 'is not an object';
  if (typeof r.id !== 'string' || !r.id) return 'has no "id"';
  if (nonEmptyString(r.by)) return '"by" must name who made it';
  if (!isTime(r.at)) return '"at" must be an ISO 8601 time such as 2024-05-01T12:00:00Z';
  if (r.deleted !== undefined && r.deleted !== true) return '"deleted" may only be true';
  // A tombstone only has to say which record it withdraws and when.
  if (r.deleted === true) return undefined;
  if (typeof r.status !== 'string' || !statuses.has(r.status)) return '"status" must be suggested, accepted, corrected or rejected';
  const action = r.action;
  if (typeof action !== 'string' || !(action in actionFields) || (lexicon && !lexiconActions.has(action))) {
    return `"action" ${JSON.stringify(action)} is not one this version knows${lexicon ? ' for the lexicon' : ''}`;
  }
  const name = action as ActionName;
  if (!allowedStatuses(name).includes(r.status as never)) return `"status" ${r.status} does not go with ${name}`;
  for (const [field, check] of Object.entries(actionFields[name])) {
    const problem = check(r[field]);
    if (problem) return `"${field}" ${problem}`;
  }
  if (lexicon) return nonEmptyString(r.name) ? '"name" must be a non-empty string' : undefined;
  if (!name.startsWith('quote.') && r.scope !== 'mention' && r.scope !== 'article') return '"scope" must be "mention" or "article"';
  return checkAnchor(r.anchor);
}

/** The first syntax error, with its line and column, in words a person can act on. */
function syntaxError(text: string, error: ParseError): string {
  const before = text.slice(0, error.offset);
  const line = before.split('\n').length;
  const column = error.offset - before.lastIndexOf('\n');
  const what = printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `not valid JSON: ${what} at line ${line}, column ${column}`;
}

function parseFile(text: string, format: string, lexicon: boolean): Parsed<Json & { records: unknown[] }> {
  // jsonc-parser reports syntax errors as values (JSON.parse would throw): strict JSON, no comments.
  // A byte-order mark (some Windows editors write one) is not part of the JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const errors: ParseError[] = [];
  const data: unknown = parse(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length) return { ok: false, error: syntaxError(body, errors[0]) };
  if (!isObject(data)) return { ok: false, error: 'not a JSON object' };
  if (data.format !== format) return { ok: false, error: `"format" is ${JSON.stringify(data.format)}, not "${format}"` };
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) return { ok: false, error: '"version" must be a whole number from 1' };
  if (data.version > FILE_VERSION) {
    return { ok: false, error: `written by a newer version of News Annotator (file version ${data.version}; this version reads up to ${FILE_VERSION}). Update the extension to use it.` };
  }
  if (data.$schema !== undefined && typeof data.$schema !== 'string') return { ok: false, error: '"$schema" must be a string' };
  if (!Array.isArray(data.records)) return { ok: false, error: '"records" must be an array' };
  const seen = new Map<string, number>();
  for (let i = 0; i < data.records.length; i++) {
    const r: unknown = data.records[i];
    const problem = checkRecord(r, lexicon);
    const label = isObject(r) && typeof r.id === 'string' ? `record ${i + 1} (id ${r.id})` : `record ${i + 1}`;
    if (problem) return { ok: false, error: `${label} ${problem}` };
    const id = (r as Json).id as string;
    const before = seen.get(id);
    if (before !== undefined) return { ok: false, error: `records ${before + 1} and ${i + 1} have the same id ${id}; keep one of them` };
    seen.set(id, i);
  }
  return { ok: true, value: data as Json & { records: unknown[] } };
}

/** Reads an article's annotations file. Never throws; an invalid file or one from a newer version is an error value. */
export function parseAnnotations(text: string): Parsed<AnnotationsFile> {
  const parsed = parseFile(text, ANNOTATIONS_FORMAT, false);
  return parsed.ok ? { ok: true, value: parsed.value as unknown as AnnotationsFile } : { ok: false, error: `The annotations file is ${parsed.error}` };
}

/** Reads the workspace lexicon. Never throws; an invalid file or one from a newer version is an error value. */
export function parseLexicon(text: string): Parsed<LexiconFile> {
  const parsed = parseFile(text, LEXICON_FORMAT, true);
  return parsed.ok ? { ok: true, value: parsed.value as unknown as LexiconFile } : { ok: false, error: `The lexicon is ${parsed.error}` };
}

/** Field order of a record, then of an anchor; fields not listed follow in name order. */
const recordOrder = ['id', 'action', 'scope', 'status', 'by', 'at', 'deleted', 'name', 'type', 'canonical', 'kind', 'into', 'speaker', 'anchor'];
const anchorOrder: Array<keyof Anchor> = ['start', 'end', 'exact', 'prefix', 'suffix', 'hash'];
const refOrder = ['name', 'type'];

function ordered(value: Json, order: readonly string[], nested: Record<string, readonly string[]> = {}): Json {
  const out: Json = {};
  const keys = [...order.filter((k) => k in value), ...Object.keys(value).filter((k) => !order.includes(k)).sort()];
  for (const k of keys) {
    const v = value[k];
    if (v === undefined) continue;
    out[k] = nested[k] && isObject(v) ? ordered(v, nested[k]) : v;
  }
  return out;
}

function serialize(file: Json & { records: readonly object[] }, header: Json): string {
  const top = ordered({ ...file, ...header, records: undefined }, ['$schema', 'format', 'version']);
  const lines = Object.entries(top).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const records = [...file.records].sort((a, b) => compareIds((a as Json).id as string, (b as Json).id as string));
  const recordLines = records.map((r) => `    ${JSON.stringify(ordered(r as Json, recordOrder, { anchor: anchorOrder, into: refOrder, speaker: refOrder }))}`);
  lines.push(recordLines.length ? `  "records": [\n${recordLines.join(',\n')}\n  ]` : '  "records": []');
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** Orders ids by UTF-16 code units, the same on every machine (unlike localeCompare). */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Writes an article's annotations file: `$schema`, `format` and this version, then the records one per line, sorted by id. */
export function serializeAnnotations(file: AnnotationsFile, schemaUri: string = ANNOTATIONS_SCHEMA_URI): string {
  return serialize(file as unknown as Json & { records: object[] }, { $schema: schemaUri, format: ANNOTATIONS_FORMAT, version: FILE_VERSION });
}

/** Writes the workspace lexicon in the same layout. */
export function serializeLexicon(file: LexiconFile, schemaUri: string = LEXICON_SCHEMA_URI): string {
  return serialize(file as unknown as Json & { records: object[] }, { $schema: schemaUri, format: LEXICON_FORMAT, version: FILE_VERSION });
}

/** An annotations file with no records. */
export function emptyAnnotations(): AnnotationsFile {
  return { $schema: ANNOTATIONS_SCHEMA_URI, format: ANNOTATIONS_FORMAT, version: FILE_VERSION, records: [] };
}

/** A lexicon with no rules. */
export function emptyLexicon(): LexiconFile {
  return { $schema: LEXICON_SCHEMA_URI, format: LEXICON_FORMAT, version: FILE_VERSION, records: [] };
}

/** Type guard for code that builds records from plain data (imports): whether `value` is a valid article record. */
export function isAnnotationRecord(value: unknown): value is AnnotationRecord {
  return checkRecord(value, false) === undefined;
}

/** Whether `value` is a valid lexicon rule. */
export function isLexiconRecord(value: unknown): value is LexiconRecord {
  return checkRecord(value, true) === undefined;
}
