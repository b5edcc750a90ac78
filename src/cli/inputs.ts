/**
 * The articles of one run, in input order, read one at a time as the pipeline asks for them:
 * files named on the command line (folders and globs expanded), the paths of a file list, and
 * the records of JSON Lines files or of standard input. An article is read only when the
 * pipeline asks for it, so a corpus of any size streams through. Every input that cannot be read
 * becomes an error item in its place: nothing is skipped without a word.
 */
import type { Readable } from 'stream';
import { decodeArticle, expandArgument, ARTICLE_EXTENSIONS, FoundFile, JSONL_EXTENSIONS, openRegularFile, readCapped, readRegularFile } from './files';
import type { Label } from './formats';
import { splitLines } from './lines';
import { MAX_INPUT_BYTES, messages } from './messages';

/** How an article's text is written: Markdown files are analysed as Markdown, everything else as plain text. */
export type TextFormat = 'plain' | 'markdown';

/** One article to analyse, or the sentence that says why it cannot be. */
export type Article = { label: Label; text: string; textFormat: TextFormat; outName: string; weight: number } | { label: Label; error: string; weight: number };

/** Markdown for .md and .markdown files (in any case), plain text otherwise. */
export function textFormatOf(file: string): TextFormat {
  const dot = file.lastIndexOf('.');
  const ext = dot < 0 ? '' : file.slice(dot + 1).toLowerCase();
  return ext === 'md' || ext === 'markdown' ? 'markdown' : 'plain';
}

/** Where the articles come from. */
export interface InputPlan {
  /** The command line's arguments: files, folders, globs, or `-` for standard input. */
  operands: string[];
  /** A file (or `-`) with one input path per line. */
  fileList?: string;
  /** The inputs are JSON Lines files of `{"id", "text"}` records. */
  jsonl: boolean;
  stdin: Readable;
}

/** An input source after the command line's globs and folders are expanded. */
export type Source = { kind: 'stdin' } | ({ kind: 'file' } & FoundFile) | { kind: 'error'; arg: string; error: string };

/**
 * The output file name for a record id: percent-encoded so that no id can name a folder, a
 * parent or a hidden file, and two different strings never share a name (a number and the same
 * digits as a string do; the writer refuses the second).
 */
export function outNameForId(id: string | number): string {
  return encodeURIComponent(String(id))
    .replace(/\*/g, '%2A')
    .replace(/^\./, '%2E');
}

/** The sources an argument names; only on the command line are `-` standard input and globs patterns. */
async function sourcesOf(arg: string, plan: InputPlan, fromCommandLine: boolean): Promise<Source[]> {
  if (arg === '-' && fromCommandLine) return [{ kind: 'stdin' }];
  const found = await expandArgument(arg, plan.jsonl ? JSONL_EXTENSIONS : ARTICLE_EXTENSIONS, fromCommandLine);
  if ('error' in found) return [{ kind: 'error', arg, error: found.error }];
  return found.map((f) => ({ kind: 'file', ...f }));
}

/** The command line's own sources (folders and globs expanded), before anything is read. */
export async function commandLineSources(plan: InputPlan): Promise<Source[]> {
  const sources: Source[] = [];
  for (const arg of plan.operands) sources.push(...(await sourcesOf(arg, plan, true)));
  return sources;
}

/**
 * How much work the run holds, for the progress bar, when it is known in advance: the number of
 * articles, or with `--jsonl` the bytes of the input files. Unknown when standard input or a
 * file list is read. Each article's `weight` counts in the same unit.
 */
export async function totalWeight(plan: InputPlan, sources: Source[]): Promise<number | undefined> {
  if (plan.fileList !== undefined || sources.some((s) => s.kind === 'stdin')) return undefined;
  if (!plan.jsonl) return sources.length;
  let total = 0;
  for (const s of sources) {
    if (s.kind !== 'file') continue;
    const opened = await openRegularFile(s.path);
    if ('handle' in opened) {
      total += opened.size;
      await opened.handle.close();
    }
  }
  return total;
}

/** Parses one JSON Lines record into an article. */
function recordArticle(bytes: Buffer, where: string, weight: number): Article {
  const noId: Label = { key: 'id', value: null };
  let line: string;
  try {
    line = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { label: noId, error: messages.recordNotUtf8(where), weight };
  }
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { label: noId, error: messages.recordNotJson(where), weight };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { label: noId, error: messages.recordNotObject(where), weight };
  const { id, text } = record as { id?: unknown; text?: unknown };
  if (!(typeof id === 'string' || Number.isSafeInteger(id))) return { label: noId, error: messages.recordBadId(where), weight };
  const label: Label = { key: 'id', value: id as string | number };
  if (typeof text !== 'string') return { label, error: messages.recordBadText(where), weight };
  return { label, text, textFormat: 'plain', outName: outNameForId(id as string | number), weight };
}

/** The records of one JSON Lines stream; blank lines are skipped. */
async function* records(stream: AsyncIterable<Buffer>, name: string): AsyncGenerator<Article> {
  for await (const line of splitLines(stream, MAX_INPUT_BYTES)) {
    const where = messages.recordLine(name, line.number);
    if ('tooLong' in line) {
      yield { label: { key: 'id', value: null }, error: messages.recordTooLong(where), weight: line.size };
      continue;
    }
    let bytes = line.bytes;
    // A byte-order mark may open a file written on Windows.
    if (line.number === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    if (isBlank(bytes)) continue;
    yield recordArticle(bytes, where, line.size);
  }
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}

async function* articlesOf(source: Source, plan: InputPlan): AsyncGenerator<Article> {
  if (source.kind === 'error') {
    yield { label: { key: plan.jsonl ? 'id' : 'file', value: plan.jsonl ? null : source.arg }, error: source.error, weight: plan.jsonl ? 0 : 1 };
  } else if (source.kind === 'stdin') {
    if (plan.jsonl) yield* records(plan.stdin, messages.stdinName);
    else {
      const label: Label = { key: 'file', value: '-' };
      const read = await readCapped(plan.stdin, messages.stdinName);
      const decoded = 'error' in read ? read : decodeArticle(read.bytes, messages.stdinName);
      yield 'error' in decoded ? { label, error: decoded.error, weight: 1 } : { label, text: decoded.text, textFormat: 'plain', outName: 'stdin', weight: 1 };
    }
  } else if (plan.jsonl) {
    const opened = await openRegularFile(source.path);
    if ('error' in opened) yield { label: { key: 'id', value: null }, error: opened.error, weight: 0 };
    else yield* records(opened.handle.createReadStream(), source.path);
  } else {
    const label: Label = { key: 'file', value: source.path };
    const read = await readRegularFile(source.path);
    const decoded = 'error' in read ? read : decodeArticle(read.bytes, source.path);
    yield 'error' in decoded ? { label, error: decoded.error, weight: 1 } : { label, text: decoded.text, textFormat: textFormatOf(source.path), outName: source.outName, weight: 1 };
  }
}

/** The paths of a file list, one per line (blank lines skipped), read as they are needed. */
async function* listedPaths(list: string, stdin: Readable): AsyncGenerator<string | { error: string }> {
  let stream: AsyncIterable<Buffer>;
  if (list === '-') stream = stdin;
  else {
    const opened = await openRegularFile(list);
    if ('error' in opened) {
      yield opened;
      return;
    }
    stream = opened.handle.createReadStream();
  }
  const name = list === '-' ? messages.stdinName : list;
  for await (const line of splitLines(stream, MAX_INPUT_BYTES)) {
    if ('tooLong' in line) yield { error: messages.recordTooLong(messages.recordLine(name, line.number)) };
    else if (!isBlank(line.bytes)) yield line.bytes.toString('utf8');
  }
}

/** Every article of the run, in input order: the command line's sources, then the file list's paths. */
export async function* articles(plan: InputPlan, sources: Source[]): AsyncGenerator<Article> {
  for (const source of sources) yield* articlesOf(source, plan);
  if (plan.fileList === undefined) return;
  for await (const entry of listedPaths(plan.fileList, plan.stdin)) {
    // A listed path is taken as it is written: `-` and glob characters are parts of a name there.
    const listed = typeof entry === 'string' ? await sourcesOf(entry, plan, false) : [{ kind: 'error' as const, arg: plan.fileList, error: entry.error }];
    for (const source of listed) yield* articlesOf(source, plan);
  }
}
