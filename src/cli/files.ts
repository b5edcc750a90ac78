/**
 * Reading inputs safely: only regular files are opened for reading (a FIFO would block and a
 * device such as /dev/zero would never end), every read stops at `MAX_INPUT_BYTES`, and each
 * refusal is a sentence for the person (from messages.ts), never a stack trace.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Readable } from 'stream';
import { binaryReason } from '../analysis/textCheck';
import { MAX_INPUT_BYTES, messages } from './messages';
// A require-style import makes the bundler take tinyglobby's CommonJS build: its ES-module build
// reads import.meta.url, which a CommonJS bundle does not have.
import tinyglobby = require('tinyglobby');

const { glob, isDynamicPattern } = tinyglobby;

/** A file opened for reading, or the sentence that says why it was not. */
export type Opened = { handle: fs.promises.FileHandle; size: number } | { error: string };

function errorCode(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? String(err);
}

/** Says why `file` cannot be opened, after `code` came back from stat or open. */
async function whyNot(file: string, code: string): Promise<string> {
  if (code === 'ENOENT') {
    // stat follows links and lstat does not: a link that lstat sees but stat does not is dangling.
    const target = await fs.promises.readlink(file).catch(() => undefined);
    return target === undefined ? messages.noSuchFile(file) : messages.danglingLink(file, target);
  }
  if (code === 'ELOOP') return messages.linkLoop(file);
  if (code === 'EACCES' || code === 'EPERM') return messages.permissionDenied(file);
  if (code === 'EISDIR') return messages.isDirectory(file);
  // Opening a socket fails with ENXIO; other special files open and are refused after fstat.
  if (code === 'ENXIO') return messages.notRegular(file);
  return messages.unreadable(file, code);
}

/**
 * Opens a regular file for reading. The open is non-blocking so that a FIFO put in the file's
 * place between a check and the open cannot make it wait; the type is then checked on the open
 * descriptor itself.
 */
export async function openRegularFile(file: string): Promise<Opened> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (err) {
    return { error: await whyNot(file, errorCode(err)) };
  }
  let problem: string;
  try {
    const stat = await handle.stat();
    if (stat.isFile()) return { handle, size: stat.size };
    problem = stat.isDirectory() ? messages.isDirectory(file) : messages.notRegular(file);
  } catch (err) {
    problem = await whyNot(file, errorCode(err));
  }
  await handle.close();
  return { error: problem };
}

/** Reads a stream to its end, or stops and says so once it passes `MAX_INPUT_BYTES`. */
export async function readCapped(stream: Readable, name: string): Promise<{ bytes: Buffer } | { error: string }> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > MAX_INPUT_BYTES) {
      stream.destroy();
      return { error: messages.tooLarge(name) };
    }
    chunks.push(chunk);
  }
  return { bytes: Buffer.concat(chunks, length) };
}

/** Reads a whole regular file, at most `MAX_INPUT_BYTES` (a file in /proc says size 0 and is read to its end). */
export async function readRegularFile(file: string): Promise<{ bytes: Buffer } | { error: string }> {
  const opened = await openRegularFile(file);
  if ('error' in opened) return opened;
  if (opened.size > MAX_INPUT_BYTES) {
    await opened.handle.close();
    return { error: messages.tooLarge(file) };
  }
  // The stream closes the handle when it ends or is destroyed.
  return readCapped(opened.handle.createReadStream(), file);
}

/**
 * UTF-16 without a byte-order mark shows as NUL bytes at every other position (for Latin-script
 * text): little-endian at odd positions, big-endian at even ones. Looks at the first 64 KB.
 */
function utf16Order(bytes: Buffer): 'LE' | 'BE' | undefined {
  const n = Math.min(bytes.length, 65536) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.3 && even <= pairs * 0.02) return 'LE';
  if (even >= pairs * 0.3 && odd <= pairs * 0.02) return 'BE';
  return undefined;
}

/** Decodes an article's bytes (UTF-8, or UTF-16 with a byte-order mark), or says why not. */
export function decodeArticle(bytes: Buffer, name: string): { text: string } | { error: string } {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else {
      const order = utf16Order(bytes);
      if (order) return { error: messages.utf16WithoutBom(name, order) };
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
  } catch {
    return { error: messages.notText(name) };
  }
  return binaryReason(text) ? { error: messages.looksBinary(name) } : { text };
}

/** File name endings a folder is searched for: articles, or JSON Lines files with --jsonl. */
export const ARTICLE_EXTENSIONS = ['txt', 'text', 'md', 'markdown'];
export const JSONL_EXTENSIONS = ['jsonl', 'ndjson'];

/** One input file found from a command-line argument, with the name its output file gets. */
export interface FoundFile {
  path: string;
  /** Relative output name without extension: the path inside a folder argument, or the base name. */
  outName: string;
}

function withoutExtension(name: string): string {
  const ext = path.extname(name);
  return ext && ext !== name ? name.slice(0, -ext.length) : name;
}

/** Sorts by code units, so that the order is the same in every locale. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Turns one argument into the files it names: a folder gives its files with `extensions`
 * (recursively, sorted, links not followed so a loop of links cannot recur), a glob (when
 * `globs` is set and no file has that very name) the files it matches, anything else itself
 * (reading it reports what is wrong with it). A folder or glob that gives nothing is an error,
 * so nothing is skipped without a word.
 */
export async function expandArgument(arg: string, extensions: string[], globs: boolean): Promise<FoundFile[] | { error: string }> {
  const stat = await fs.promises.stat(arg).catch(() => undefined);
  if (stat?.isDirectory()) {
    const pattern = `**/*.{${extensions.join(',')}}`;
    const found = (await glob(pattern, { cwd: arg, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false, caseSensitiveMatch: false })).sort(byCodeUnits);
    if (!found.length) return { error: messages.noArticlesInFolder(arg, extensions.map((e) => `.${e}`).join(', ')) };
    return found.map((f) => ({ path: path.join(arg, f), outName: withoutExtension(f) }));
  }
  if (globs && !stat && isDynamicPattern(arg)) {
    // Paths come back as the pattern was written: absolute for an absolute pattern, else relative.
    const found = (await glob(arg, { onlyFiles: true, followSymbolicLinks: false, expandDirectories: false, absolute: path.isAbsolute(arg) })).sort(byCodeUnits);
    if (!found.length) return { error: messages.noGlobMatch(arg) };
    return found.map((f) => ({ path: f, outName: withoutExtension(path.basename(f)) }));
  }
  return [{ path: arg, outName: withoutExtension(path.basename(arg)) }];
}
