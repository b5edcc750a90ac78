/**
 * What the command-line tool writes for one article. Results go to standard output (the
 * readable summary, one `--json` document, or JSON Lines) or, with `--out`, into one set of files
 * per article written by an `ArticleFormat`. Today the only format is our JSON; the exporters of
 * other formats register here and receive the same result object.
 */
import type { Analysis } from '../analysis';

/** Name and version of the JSON output; the version changes when a field changes meaning. */
export const JSON_SCHEMA = { schema: 'news-annotator/analysis', version: 1 };

/** Where an article came from: a file (`file`) or a JSON Lines record (`id`, passed through). */
export interface Label {
  key: 'file' | 'id';
  /** `null` for a JSON Lines record that has no usable id. */
  value: string | number | null;
}

/** One entry of `results`: the label's key and value first, then the analysis or the error. */
export type Result = { [key: string]: unknown };

/** The result object of an analysed article, as `--json`, `--jsonl` and `--out` write it. */
export function analysisResult(label: Label, analysis: Analysis): Result {
  return { [label.key]: label.value, ...analysis };
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
const emptyDocument = JSON.stringify({ ...JSON_SCHEMA, results: [] }, null, 2);
const arrayAt = emptyDocument.lastIndexOf('[]');
const documentStart = emptyDocument.slice(0, arrayAt + 1);
const documentEnd = emptyDocument.slice(arrayAt + 1);

/** Writes one `--json` document result by result; the bytes equal `JSON.stringify(document, null, 2)`. */
export class JsonDocumentWriter {
  private count = 0;

  /** The text that goes before the first result. */
  start(): string {
    return documentStart;
  }

  /** The text for one result (made by `documentItem`), with the separator it needs. */
  item(text: string): string {
    return `${this.count++ ? ',\n' : '\n'}${text}`;
  }

  /** The text that closes the document. */
  end(): string {
    return `${this.count ? '\n  ' : ''}${documentEnd}\n`;
  }
}

/**
 * One result as an element of the document's `results` array, indented as `JSON.stringify`
 * indents it there. JSON strings hold no raw line breaks, so every line break is indentation.
 */
export function documentItem(result: Result): string {
  return `    ${JSON.stringify(result, null, 2).replace(/\n/g, '\n    ')}`;
}

/** A whole `--json` document around the given results. */
export function jsonDocument(results: Result[]): string {
  const writer = new JsonDocumentWriter();
  return writer.start() + results.map((r) => writer.item(documentItem(r))).join('') + writer.end();
}

/** One file written for an article under `--out`: its name is the article's output name plus `suffix`. */
export interface OutputFile {
  suffix: string;
  content: string;
}

/** A way to write an article's result to files under `--out`. */
export interface ArticleFormat {
  /** The name given on the command line. */
  name: string;
  /** The files for one analysed article. Runs in a worker thread, so it must be pure. */
  files(result: Result): OutputFile[];
}

/** The formats `--out` can write, by name. */
export const formats: Record<string, ArticleFormat> = {
  // A `--json` document with this article's result alone, so that one reader reads both.
  json: { name: 'json', files: (result) => [{ suffix: '.json', content: jsonDocument([result]) }] },
};

/** The format `--out` writes when none is chosen. */
export const DEFAULT_FORMAT = 'json';
