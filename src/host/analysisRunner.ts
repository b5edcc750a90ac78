import { Worker } from 'worker_threads';
import type { Analysis, AnalysisOptions } from '../analysis';

interface Request {
  key: string;
  text: string;
  options: AnalysisOptions;
  resolve: (analysis: Analysis | undefined) => void;
  reject: (err: Error) => void;
}

/** Keys of visible-part passes end with this; they run before other waiting requests. */
export const VISIBLE_SUFFIX = '#visible';

/** Times a dead worker is started again (without a success in between) before the runner gives up on workers. */
const MAX_RESTARTS = 3;
/** Without a worker, texts up to this length are analysed on the calling thread; longer ones fail with a message. */
const INLINE_LIMIT = 500_000;
/** How long one analysis may take before its worker is stopped: generous, and longer for longer texts. */
function timeLimit(text: string): number {
  return 30_000 + 20_000 * (text.length / 1_000_000);
}

/**
 * Runs analyses in a worker thread, one at a time, so that a long article never blocks the
 * extension host. Requests are keyed (one key per document and pass): a request waiting behind
 * the running one is replaced by a newer request with the same key, and resolves to undefined,
 * so typing never queues up stale work; visible-part passes go first. A request that runs too
 * long stops its worker. A worker that dies is restarted; after several deaths in a row, short
 * texts run on the calling thread and long ones fail with a message.
 */
export class AnalysisRunner {
  private worker: Worker | undefined;
  private restarts = 0;
  private running: Request | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly waiting = new Map<string, Request>();
  private disposed = false;

  constructor(private readonly workerPath: string) {}

  /** Analyses a text; resolves to undefined when a newer request with the same key replaced it. */
  analyze(key: string, text: string, options: AnalysisOptions): Promise<Analysis | undefined> {
    if (this.disposed) return Promise.reject(new Error('The analysis was stopped.'));
    return new Promise<Analysis | undefined>((resolve, reject) => {
      this.waiting.get(key)?.resolve(undefined);
      // Delete first so that the replacement goes to the back of the queue.
      this.waiting.delete(key);
      this.waiting.set(key, { key, text, options, resolve, reject });
      this.pump();
    });
  }

  /** Drops the waiting request of a key (its document closed). */
  cancel(key: string): void {
    this.waiting.get(key)?.resolve(undefined);
    this.waiting.delete(key);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    void this.worker?.terminate();
    this.worker = undefined;
    const stopped = new Error('The analysis was stopped.');
    this.running?.reject(stopped);
    this.running = undefined;
    for (const r of this.waiting.values()) r.reject(stopped);
    this.waiting.clear();
  }

  private pump(): void {
    if (this.running || this.disposed || !this.waiting.size) return;
    // A visible-part pass goes first: it exists to show marks before the complete analysis.
    const request = [...this.waiting.values()].find((r) => r.key.endsWith(VISIBLE_SUFFIX)) ?? this.waiting.values().next().value!;
    this.waiting.delete(request.key);
    this.running = request;
    const worker = this.ensureWorker();
    if (worker) {
      worker.postMessage({ text: request.text, options: request.options });
      this.timer = setTimeout(() => {
        // A worker that takes this long is stuck: stop it, fail this request, go on with the next.
        if (this.running === request && this.worker === worker) {
          void worker.terminate();
          this.onWorkerDied(worker, new Error('The analysis took too long and was stopped.'));
        }
      }, timeLimit(request.text));
      return;
    }
    // No worker: run here if the text is short enough not to freeze the editor.
    setImmediate(() => {
      if (this.running !== request) return;
      try {
        if (request.text.length > INLINE_LIMIT) {
          throw new Error('The analysis worker could not run, and the file is too long to analyse on the editor\u2019s own thread.');
        }
        request.resolve((require(this.workerPath) as typeof import('../analysis/worker')).analyze(request.text, request.options));
      } catch (err) {
        request.reject(err instanceof Error ? err : new Error(String(err)));
      }
      this.finish(request);
    });
  }

  private finish(request: Request): void {
    if (this.running !== request) return;
    this.running = undefined;
    clearTimeout(this.timer);
    this.pump();
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || this.restarts > MAX_RESTARTS) return this.worker;
    try {
      // The worker's bundle holds the NLP core; the extension host's own bundle does not.
      const worker = new Worker(this.workerPath);
      worker.on('message', (msg: { analysis?: Analysis; error?: string }) => {
        const request = this.running;
        if (!request || this.worker !== worker) return;
        if (msg.analysis) {
          // A worker that works again earns back its restarts: one bad document must not
          // switch workers off for the whole session.
          this.restarts = 0;
          request.resolve(msg.analysis);
        } else request.reject(new Error(msg.error ?? 'The analysis failed.'));
        this.finish(request);
      });
      worker.on('error', (err) => this.onWorkerDied(worker, err));
      worker.on('exit', (code) => this.onWorkerDied(worker, new Error(`The analysis worker stopped (exit code ${code}).`)));
      worker.unref();
      this.worker = worker;
    } catch {
      this.restarts = MAX_RESTARTS + 1;
    }
    return this.worker;
  }

  /** Any exit of the current worker is a death: the request it held fails, and the next one starts a new worker. */
  private onWorkerDied(worker: Worker, err: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.restarts++;
    const request = this.running;
    if (request) {
      request.reject(err);
      this.finish(request);
    }
  }
}
