/**
 * Where results go, in input order: standard output (the readable summary, one `--json`
 * document, or JSON Lines) or one set of files per article under `--out`. Every failed article is
 * reported on standard error and, in the JSON outputs, as an error record in its place.
 */
import { once } from 'events';
import * as fs from 'fs';
import * as path from 'path';
import writeFileAtomic from 'write-file-atomic';
import type { OffsetUnit } from '../analysis/exports';
import { documentItem, errorResult, JsonDocumentWriter, jsonLine, Label, OutputFile } from './formats';
import { messages } from './messages';
import type { Progress } from './progress';
import type { Rendered } from './render';

/** One article's outcome: what its worker rendered, or why it failed. */
export type Outcome = { label: Label; outName: string; rendered: Rendered } | { label: Label; error: string };

/** A destination for the outcomes of a run. */
export interface Sink {
  /** Writes one outcome; resolves to false when the article failed. */
  write(outcome: Outcome): Promise<boolean>;
  /** Finishes the output (closes the `--json` document). */
  end(): Promise<void>;
}

/** Writes text to a stream, waiting when it is full, and throws once the stream has failed (a closed pipe). */
export class StreamWriter {
  private failure: Error | undefined;

  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('error', (err: Error) => {
      this.failure ??= err;
    });
  }

  /** Writes `text`, after the stream has room for it. */
  async write(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }
}

function report(progress: Progress, message: string): void {
  progress.log(`news-annotator: ${message}`);
}

/** The readable summary, article after article; failures on standard error only. */
export function summarySink(out: StreamWriter, progress: Progress): Sink {
  return {
    async write(outcome) {
      if ('error' in outcome) {
        report(progress, outcome.error);
        return false;
      }
      await out.write(`${outcome.rendered as string}\n`);
      return true;
    },
    end: async () => undefined,
  };
}

/** One `--json` document, streamed result by result. */
export function jsonDocumentSink(out: StreamWriter, progress: Progress, unit: OffsetUnit = 'utf16'): Sink {
  const writer = new JsonDocumentWriter(unit);
  let started = false;
  const start = async () => {
    if (!started) await out.write(writer.start());
    started = true;
  };
  return {
    async write(outcome) {
      await start();
      if ('error' in outcome) {
        report(progress, outcome.error);
        await out.write(writer.item(documentItem(errorResult(outcome.label, outcome.error))));
        return false;
      }
      await out.write(writer.item(outcome.rendered as string));
      return true;
    },
    async end() {
      await start();
      await out.write(writer.end());
    },
  };
}

/** One JSON line per article, errors as `{"id", "error"}` lines in their place. */
export function jsonLinesSink(out: StreamWriter, progress: Progress): Sink {
  return {
    async write(outcome) {
      if ('error' in outcome) {
        report(progress, outcome.error);
        await out.write(`${jsonLine(errorResult(outcome.label, outcome.error))}\n`);
        return false;
      }
      await out.write(`${outcome.rendered as string}\n`);
      return true;
    },
    end: async () => undefined,
  };
}

/**
 * Creates `dir` and the missing folders above it one at a time. Node's own recursive mkdir
 * never returns for some paths (under /proc it loops), so each level is made on its own: the
 * loop ends after at most one step per level of the path, with the first error.
 */
export async function makeFolders(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = dir;
  while (!(await fs.promises.stat(at).catch(() => undefined))) {
    missing.push(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const folder of missing.reverse()) {
    await fs.promises.mkdir(folder).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EEXIST') throw err;
    });
  }
}

/**
 * Makes the `--out` folder (with its parents), or says why it cannot be used. Run before any
 * article is read, so that a wrong folder costs nothing.
 */
export async function prepareOutDir(dir: string): Promise<string | undefined> {
  const stat = await fs.promises.stat(dir).catch(() => undefined);
  if (stat && !stat.isDirectory()) return messages.outNotFolder(dir);
  try {
    await makeFolders(path.resolve(dir));
    return undefined;
  } catch (err) {
    return messages.outNotCreated(dir, (err as NodeJS.ErrnoException).code ?? String(err));
  }
}

function labelText(label: Label): string {
  return label.key === 'file' ? String(label.value) : messages.recordLabel(JSON.stringify(label.value));
}

/**
 * One set of files per article in `dir`, named after the article (see `FoundFile.outName` and
 * `outNameForId`). An existing file is kept unless `force` is set, and two articles of one run
 * never write the same file. Writes are atomic (write-file-atomic: a temporary file renamed into
 * place), so an interrupted run leaves no half-written file behind.
 */
export function outDirSink(dir: string, force: boolean, progress: Progress): Sink {
  const root = path.resolve(dir);
  const written = new Map<string, string>();
  const writeFile = async (label: Label, outName: string, file: OutputFile): Promise<string | undefined> => {
    const target = path.resolve(root, `${outName}${file.suffix}`);
    const relative = path.relative(root, target);
    if (!outName || !relative || relative.startsWith('..') || path.isAbsolute(relative)) return messages.badOutName(labelText(label));
    const shown = path.join(dir, relative);
    const earlier = written.get(target);
    if (earlier !== undefined) return messages.outCollision(shown, earlier);
    if (!force && (await fs.promises.lstat(target).catch(() => undefined))) return messages.outExists(shown);
    written.set(target, labelText(label));
    try {
      await makeFolders(path.dirname(target));
      await writeFileAtomic(target, file.content);
      return undefined;
    } catch (err) {
      return messages.outFailed(shown, (err as NodeJS.ErrnoException).code ?? String(err));
    }
  };
  return {
    async write(outcome) {
      if ('error' in outcome) {
        report(progress, outcome.error);
        return false;
      }
      let ok = true;
      for (const file of outcome.rendered as OutputFile[]) {
        const error = await writeFile(outcome.label, outcome.outName, file);
        if (error) {
          report(progress, error);
          ok = false;
        }
      }
      return ok;
    },
    end: async () => undefined,
  };
}
