/**
 * What the command-line tool writes for one article. Results go to standard output (the
 * readable summary, one `--json` document, or JSON Lines) or, with `--out`, into one set of files
 * per article in our JSON or in any export format of src/analysis/exports (`--format`), offsets
 * in the unit `--offsets` names.
 */
import type { CorrectedAnalysis } from '../analysis';
import { ANALYSIS_SCHEMA, convertOffsets, exportDocument, exportFiles, Offsets, OffsetUnit } from '../analysis/exports';

/** Name and version of the JSON output (media/schemas/analysis.schema.json); the version changes when a field changes meaning. */
export const JSON_SCHEMA = ANALYSIS_SCHEMA;

/** Where an article came from: a file (`file`) or a JSON Lines record (`id`, passed through). */
export interface Label {
  key: 'file' | 'id';
  /** `null` for a JSON Lines record that has no usable id. */
  value: string | number | null;
}

/** One entry of `results`: the label's key and value first, then the analysis or the error. */
export type Result = { [key: string]: unknown };

/** The result object of an analysed article, as `--json`, `--jsonl` and `--out` write it, offsets in `unit`. */
export function analysisResult(label: Label, analysis: CorrectedAnalysis, text?: string, unit: OffsetUnit = 'utf16'): Result {
  return { [label.key]: label.value, ...(text === undefined ? analysis : convertOffsets(analysis, new Offsets(text, unit))) };
}

/** The result object of an article that could not be read or analysed. */
export function errorResult(label: Label, error: string): Result {
  return { [label.key]: label.value, error };
}

/** One line of `--jsonl` output, without its line break. */
export function jsonLine(result: Result): string {
  return JSON.stringify(result);
}

// `JSON.stringify(document, null, 2)` written piece by piece, so that results can be printed as
// they come instead of being held until the end: the text before and after the results array.
function documentEnds(unit: OffsetUnit): [string, string] {
  const emptyDocument = JSON.stringify({ ...JSON_SCHEMA, offsets: unit, results: [] }, null, 2);
  const arrayAt = emptyDocument.lastIndexOf('[]');
  return [emptyDocument.slice(0, arrayAt + 1), emptyDocument.slice(arrayAt + 1)];
}

/** Writes one `--json` document result by result; the bytes equal `JSON.stringify(document, null, 2)`. */
export class JsonDocumentWriter {
  private count = 0;
  private readonly ends: [string, string];

  constructor(unit: OffsetUnit = 'utf16') {
    this.ends = documentEnds(unit);
  }

  /** The text that goes before the first result. */
  start(): string {
    return this.ends[0];
  }

  /** The text for one result (made by `documentItem`), with the separator it needs. */
  item(text: string): string {
    return `${this.count++ ? ',\n' : '\n'}${text}`;
  }

  /** The text that closes the document. */
  end(): string {
    return `${this.count ? '\n  ' : ''}${this.ends[1]}\n`;
  }
}

/**
 * One result as an element of the document's `results` array, indented as `JSON.stringify`
 * indents it there. JSON strings hold no raw line breaks, so every line break is indentation.
 */
export function documentItem(result: Result): string {
  return `    ${JSON.stringify(result, null, 2).replace(/\n/g, '\n    ')}`;
}

/** A whole `--json` document around the given results (whose offsets are in `unit`). */
export function jsonDocument(results: Result[], unit: OffsetUnit = 'utf16'): string {
  const writer = new JsonDocumentWriter(unit);
  return writer.start() + results.map((r) => writer.item(documentItem(r))).join('') + writer.end();
}

/** One file written for an article under `--out`: its name is the article's output name plus `suffix`. */
export interface OutputFile {
  suffix: string;
  content: string;
}

/**
 * The files of one article under `--out`: our JSON (a `--json` document with this article's
 * result alone, so that one reader reads both) or another export format (src/analysis/exports).
 * Runs in a worker thread.
 */
export function articleFiles(format: string, label: Label, text: string, analysis: CorrectedAnalysis, offsets?: OffsetUnit): OutputFile[] {
  if (format === 'json') {
    const unit = offsets ?? 'utf16';
    return [{ suffix: '.json', content: jsonDocument([analysisResult(label, analysis, text, unit)], unit) }];
  }
  return exportFiles(format, exportDocument(String(label.value), text, analysis), offsets);
}

/** The format `--out` writes when none is chosen. */
export const DEFAULT_FORMAT = 'json';
