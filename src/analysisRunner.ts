import { Worker } from 'worker_threads';
import type { Analysis, AnalysisOptions } from './analysis';

interface Pending {
  resolve: (analysis: Analysis) => void;
  reject: (err: Error) => void;
}

/**
 * Runs analyses in a worker thread so that a long article never blocks the extension host.
 * If the worker cannot start (or dies), requests fall back to running in this thread: a
 * slower editor is better than no annotations.
 */
export class AnalysisRunner {
  private worker: Worker | undefined;
  private workerFailed = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly workerPath: string) {}

  /** Analyses a text with the given options. */
  analyze(text: string, options: AnalysisOptions): Promise<Analysis> {
    const worker = this.ensureWorker();
    if (!worker) {
      // The worker's bundle also exports analyze(); loading it here only when needed keeps the
      // large NLP core out of the extension host's own bundle.
      return Promise.resolve().then(() => (require(this.workerPath) as typeof import('./analysis/worker')).analyze(text, options));
    }
    const id = this.nextId++;
    return new Promise<Analysis>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, text, options });
    });
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    this.failAll(new Error('The analysis was stopped.'));
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || this.workerFailed) return this.worker;
    try {
      const worker = new Worker(this.workerPath);
      worker.on('message', (msg: { id: number; analysis?: Analysis; error?: string }) => {
        const p = this.pending.get(msg.id);
        if (!p) return;
        this.pending.delete(msg.id);
        if (msg.analysis) p.resolve(msg.analysis);
        else p.reject(new Error(msg.error ?? 'The analysis failed.'));
      });
      worker.on('error', (err) => this.onWorkerDied(err));
      worker.on('exit', (code) => {
        if (this.worker === worker && code !== 0) this.onWorkerDied(new Error(`The analysis worker stopped (exit code ${code}).`));
      });
      worker.unref();
      this.worker = worker;
    } catch {
      this.workerFailed = true;
    }
    return this.worker;
  }

  private onWorkerDied(err: Error): void {
    this.worker = undefined;
    this.workerFailed = true;
    this.failAll(err);
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }
}
