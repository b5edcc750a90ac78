/**
 * Our JSON: schema `news-annotator/analysis`, version 2 (media/schemas/analysis-2.schema.json).
 * Version 2 adds `offsets` (the unit of every offset in the document) and, from corrections,
 * `status`, `by` and `records` on entities, mentions and quotes, and `orphans` and `review`.
 */
import type { ExportDocument } from './document';
import { OffsetUnit, Offsets } from './offsets';

/** Name and version of our JSON; the version changes when a field changes meaning. */
export const ANALYSIS_SCHEMA = { schema: 'news-annotator/analysis', version: 2 } as const;

/** Fields that hold offsets into the text, at any depth of an analysis. */
const OFFSET_FIELDS = new Set(['start', 'end', 'fixAt', 'length']);

/**
 * A copy of `value` (an analysis or a part of one) with every offset field in `unit`. With
 * `utf16` the value itself comes back: analyses already count in UTF-16 code units.
 */
export function convertOffsets<T>(value: T, offsets: Offsets): T {
  if (offsets.unit === 'utf16') return value;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = OFFSET_FIELDS.has(k) && typeof x === 'number' ? offsets.out(x) : walk(x);
    return out;
  };
  return walk(value) as T;
}

/** One article's result object: `file` (or another label key) first, then the analysis, offsets in `unit`. */
export function jsonResult(label: { key: string; value: unknown }, text: string, analysis: object, unit: OffsetUnit): Record<string, unknown> {
  return { [label.key]: label.value, ...convertOffsets(analysis, new Offsets(text, unit)) };
}

/** A whole document of our JSON for one article. */
export function exportJson(doc: ExportDocument, unit: OffsetUnit): string {
  const result = jsonResult({ key: 'file', value: doc.name }, doc.text, doc.analysis, unit);
  return `${JSON.stringify({ ...ANALYSIS_SCHEMA, offsets: unit, results: [result] }, null, 2)}\n`;
}
