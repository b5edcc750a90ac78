/**
 * The progress bar on standard error (cli-progress). Messages go through `log` so that they
 * print above the bar instead of through it.
 */
import { MultiBar, Presets, SingleBar } from 'cli-progress';
import { messages } from './messages';

/** What the pipeline tells the person while it runs. */
export interface Progress {
  /** One more article written; `weight` is in the unit of the total (articles, or bytes with --jsonl). */
  advance(weight: number): void;
  /** A message for standard error, one line. */
  log(message: string): void;
  /** Draws the final state and lets go of the terminal. */
  stop(): void;
}

/**
 * A progress bar on `stream` when `bar` is set, plain messages otherwise. `total` is undefined
 * when unknown.
 */
export function createProgress(stream: NodeJS.WriteStream, bar: boolean, total: number | undefined): Progress {
  if (!bar) {
    return { advance: () => undefined, log: (message) => void stream.write(`${message}\n`), stop: () => undefined };
  }
  const multi = new MultiBar(
    { stream, format: total === undefined ? messages.progressUnknown : messages.progressKnown, hideCursor: true, clearOnComplete: false, etaBuffer: 50 },
    Presets.shades_classic,
  );
  const single: SingleBar = multi.create(total ?? 0, 0, { articles: 0 });
  let value = 0;
  let articles = 0;
  return {
    advance: (weight) => {
      value += weight;
      articles++;
      single.update(value, { articles });
    },
    log: (message) => multi.log(`${message}\n`),
    stop: () => {
      // The bar draws on a timer and its log lines with it: draw once more so none is lost.
      multi.update();
      multi.stop();
    },
  };
}
