/**
 * One run of the command line: articles are read in input order, analysed and rendered by a
 * pool of worker threads (workerpool), and written in input order. At most a few articles per
 * worker are in flight or waiting to be written, so memory stays bounded however large the
 * corpus; the output bytes do not depend on how many workers there are.
 */
import type { Readable } from 'stream';
import * as workerpool from 'workerpool';
import { CorrectionFiles } from './corrections';
import { DEFAULT_FORMAT } from './formats';
import { Article, articles, commandLineSources, InputPlan, totalWeight } from './inputs';
import { messages } from './messages';
import { CliOptions, EXIT } from './options';
import { inOrder } from './ordered';
import { jsonDocumentSink, jsonLinesSink, Outcome, outDirSink, prepareOutDir, Sink, StreamWriter, summarySink } from './output';
import { createProgress, Progress } from './progress';
import type { OutputKind, RenderTask } from './render';

/** Articles in flight or waiting to be written, per worker: enough to keep every worker busy. */
const WINDOW_PER_JOB = 4;

/** The streams a run uses, given by the caller so that tests and the entry point share this code. */
export interface RunIo {
  stdin: Readable;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** The worker script (src/cli/worker.ts compiled or bundled). */
  workerPath: string;
}

function sinkFor(options: CliOptions, out: StreamWriter, progress: Progress): Sink {
  if (options.out !== undefined) return outDirSink(options.out, options.force, progress);
  if (options.jsonl) return jsonLinesSink(out, progress);
  if (options.json) return jsonDocumentSink(out, progress, options.offsets);
  return summarySink(out, progress);
}

function kindFor(options: CliOptions): OutputKind {
  if (options.out !== undefined) return 'out';
  if (options.jsonl) return 'jsonl';
  return options.json ? 'json' : 'summary';
}

/** Runs the command line's options; resolves to the exit code. */
export async function run(options: CliOptions, io: RunIo): Promise<number> {
  if (options.out !== undefined) {
    const problem = await prepareOutDir(options.out);
    if (problem) {
      io.stderr.write(`news-annotator: ${problem}\n`);
      return EXIT.usage;
    }
  }
  const plan: InputPlan = { operands: options.operands, fileList: options.fileList, jsonl: options.jsonl, stdin: io.stdin };
  const sources = await commandLineSources(plan);
  // The bar shows only on a terminal, and not when results are printed to that terminal too (they
  // would run through it); in a pipe or a log the run stays quiet apart from its messages.
  const bar = !!io.stderr.isTTY && (options.out !== undefined || !io.stdout.isTTY);
  const progress = createProgress(io.stderr, bar, bar ? await totalWeight(plan, sources) : undefined);
  const out = new StreamWriter(io.stdout);
  const sink = sinkFor(options, out, progress);
  const kind = kindFor(options);
  const pool = workerpool.pool(io.workerPath, { maxWorkers: options.jobs, workerType: 'thread' });
  const correctionFiles = options.corrections ? new CorrectionFiles() : undefined;
  const analyse = async (article: Article): Promise<Outcome> => {
    if ('error' in article) return article;
    const task: RenderTask = { label: article.label, text: article.text, textFormat: article.textFormat, kind, outFormat: options.format ?? DEFAULT_FORMAT, offsets: options.offsets };
    if (correctionFiles && article.label.key === 'file' && typeof article.label.value === 'string' && article.label.value !== '-') {
      const found = await correctionFiles.forArticle(article.label.value);
      for (const w of found.warnings) io.stderr.write(`news-annotator: ${w}\n`);
      task.corrections = found.corrections;
    }
    return Promise.resolve(pool.exec('render', [task])).then(
      (rendered) => ({ label: article.label, outName: article.outName, rendered }),
      (err: unknown) => ({ label: article.label, error: messages.analysisFailed(String(article.label.value), err instanceof Error ? err.message : String(err)) }),
    );
  };
  let failed = false;
  const write = async (outcome: Outcome, article: Article) => {
    if (!(await sink.write(outcome))) failed = true;
    progress.advance(article.weight);
  };
  try {
    await inOrder(articles(plan, sources), analyse, write, options.jobs * WINDOW_PER_JOB);
    await sink.end();
  } catch (err) {
    // Only the output can fail here (a closed pipe, as when the reader stops early): stop quietly.
    if ((err as NodeJS.ErrnoException).code !== 'EPIPE') throw err;
    io.stdin.destroy();
    failed = true;
  } finally {
    progress.stop();
    await pool.terminate(true);
  }
  return failed ? EXIT.articleFailed : EXIT.ok;
}
