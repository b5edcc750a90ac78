import type { Analysis, AnalysisOptions } from '../analysis';
import { decodeReply, unpackAnalysis } from '../analysis/transfer';
import * as l10n from '@vscode/l10n';

interface Request {
  key: string;
  /** The document the request belongs to: its key without VISIBLE_SUFFIX. */
  document: string;
  text: string;
  options: AnalysisOptions;
  resolve: (analysis: Analysis | undefined) => void;
  reject: (err: Error) => void;
}

/** Keys of visible-part passes end with this; they run before other waiting requests. */
export const VISIBLE_SUFFIX = '#visible';

/** The longest wait between two attempts to start a worker. */
export const MAX_BACKOFF_MS = 30_000;
/** The wait after the second death in a row; it doubles with each further one (the first death restarts at once). */
const FIRST_BACKOFF_MS = 1_000;

/** How long one analysis may take before its worker is stopped: generous, and longer for longer texts. */
export function timeLimit(text: string): number {
  return 30_000 + 20_000 * (text.length / 1_000_000);
}

/** How long to wait before starting a worker again after `deaths` deaths in a row (no success in between). */
export function backoff(deaths: number): number {
  return deaths <= 1 ? 0 : Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (deaths - 2));
}

/** Whether the runner has a worker to analyse with; while it has none, requests wait. */
export type RunnerHealth = { kind: 'ok' } | { kind: 'restarting'; reason: string; retryInMs: number };

/**
 * The parts of a worker the runner uses: a Node worker thread has them (threadWorker.ts), the
 * browser's Web Worker gets them from an adapter (platform/web.ts), tests give stand-ins. A Web
 * Worker never reports `exit`; its load failures and uncaught errors come as `error`.
 */
export interface WorkerLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: WorkerMessage) => void): unknown;
  on(event: 'error', listener: (err: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): unknown;
  unref?(): void;
}

/** What a worker sends: `ready` once after loading, then one `analysis` or `error` per request. */
export interface WorkerMessage {
  ready?: boolean;
  analysis?: Analysis;
  /** The analysis left out the texts the request's text holds (analysis/transfer.ts). */
  packed?: boolean;
  /** The analysis as the worker sends it: JSON of the packed analysis (transfer.ts, `encodeReply`). */
  json?: string;
  error?: string;
}

/** Timers, replaceable in tests. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface RunnerOptions {
  /** Starts a worker running the script at the runner's worker path. */
  createWorker: (path: string) => WorkerLike;
  timers?: Timers;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    // Neither a back-off nor a time limit keeps the extension host (or a test) alive; a browser's timers have no unref.
    (t as { unref?: () => void }).unref?.();
    return t;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Messages the runner gives, for the status bar and the Problems of a document (localised when given). */
export const runnerMessages = {
  tooLong: () => l10n.t('The analysis took too long and was stopped.'),
  stopped: (code: number) => l10n.t('The analysis worker stopped (exit code {0}).', code),
  quarantined: (reason: string) => l10n.t('{0} This file is not analysed again until it changes, so that other files keep their analysis.', reason),
  restarting: (reason: string, ms: number) =>
    ms > 0 ? l10n.t('{0} The analysis restarts in {1} s; files wait until then.', reason, Math.ceil(ms / 1000)) : l10n.t('{0} The analysis is restarting.', reason),
};

/**
 * Runs analyses in a worker thread, one at a time, so that no analysis ever runs on the
 * extension host's own thread. Requests are keyed (one key per document and pass): a request
 * waiting behind the running one is replaced by a newer request with the same key, and resolves
 * to undefined, so typing never queues up stale work; visible-part passes go first.
 *
 * Invariants (ARCHITECTURE.md): a request that runs too long stops its worker; a dead worker is
 * started again, at once after one death and after an exponential back-off after several in a
 * row (the count resets with a success), and requests wait meanwhile, never running here; the
 * document whose request was running when its worker died or was stopped is quarantined until
 * its text changes, so one bad document never stops the others; cancelling the running request
 * (its document closed) stops that worker at once and starts a fresh one.
 */
export class AnalysisRunner {
  private worker: WorkerLike | undefined;
  /** Whether the current worker has loaded and said so; requests are posted only then. */
  private ready = false;
  private deaths = 0;
  private running: Request | undefined;
  private timer: unknown;
  private retryTimer: unknown;
  private readonly waiting = new Map<string, Request>();
  /** Documents whose analysis killed or stalled a worker, with the text that did it and why. */
  private readonly quarantine = new Map<string, { text: string; reason: string }>();
  private readonly listeners = new Set<(health: RunnerHealth) => void>();
  private health: RunnerHealth = { kind: 'ok' };
  private disposed = false;
  private readonly createWorker: (path: string) => WorkerLike;
  private readonly timers: Timers;

  constructor(
    private readonly workerPath: string,
    options: RunnerOptions,
  ) {
    this.createWorker = options.createWorker;
    this.timers = options.timers ?? realTimers;
  }

  /** Analyses a text; resolves to undefined when a newer request with the same key replaced it or it was cancelled. */
  analyze(key: string, text: string, options: AnalysisOptions): Promise<Analysis | undefined> {
    if (this.disposed) return Promise.reject(new Error(l10n.t('The analysis was stopped.')));
    const document = documentOf(key);
    const bad = this.quarantine.get(document);
    if (bad && bad.text === text) return Promise.reject(new Error(runnerMessages.quarantined(bad.reason)));
    // A changed text gets its chance again.
    this.quarantine.delete(document);
    return new Promise<Analysis | undefined>((resolve, reject) => {
      this.waiting.get(key)?.resolve(undefined);
      // Delete first so that the replacement goes to the back of the queue.
      this.waiting.delete(key);
      this.waiting.set(key, { key, document, text, options, resolve, reject });
      this.pump();
    });
  }

  /**
   * Drops the requests of a key (its document closed): a waiting one resolves to undefined, and
   * a running one too, its worker stopped so that other documents do not wait for it.
   */
  cancel(key: string): void {
    this.waiting.get(key)?.resolve(undefined);
    this.waiting.delete(key);
    const request = this.running;
    if (request?.key === key && this.worker) {
      const worker = this.worker;
      this.stopWorker();
      void worker.terminate();
      request.resolve(undefined);
      this.finish(request);
    }
    if (!key.endsWith(VISIBLE_SUFFIX)) this.quarantine.delete(key);
  }

  /** Called with each change of health: a worker is missing and will be started after a wait, or it works again. */
  onHealth(listener: (health: RunnerHealth) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  get currentHealth(): RunnerHealth {
    return this.health;
  }

  dispose(): void {
    this.disposed = true;
    this.timers.clearTimeout(this.timer);
    this.timers.clearTimeout(this.retryTimer);
    const worker = this.worker;
    this.stopWorker();
    void worker?.terminate();
    const stopped = new Error(l10n.t('The analysis was stopped.'));
    this.running?.reject(stopped);
    this.running = undefined;
    for (const r of this.waiting.values()) r.reject(stopped);
    this.waiting.clear();
    this.listeners.clear();
  }

  private pump(): void {
    if (this.running || this.disposed || !this.waiting.size) return;
    const worker = this.ensureWorker();
    // No worker yet (loading, or waiting out a back-off): the requests wait for it.
    if (!worker || !this.ready) return;
    // A visible-part pass goes first: it exists to show marks before the complete analysis.
    const request = [...this.waiting.values()].find((r) => r.key.endsWith(VISIBLE_SUFFIX)) ?? this.waiting.values().next().value!;
    this.waiting.delete(request.key);
    // The other pass of a document just quarantined (its visible part killed the worker) does not run.
    const bad = this.quarantine.get(request.document);
    if (bad && bad.text === request.text) {
      request.reject(new Error(runnerMessages.quarantined(bad.reason)));
      this.pump();
      return;
    }
    this.running = request;
    worker.postMessage({ text: request.text, options: request.options });
    this.timer = this.timers.setTimeout(() => {
      // A worker that takes this long is stuck: stop it, fail this request, go on with the next.
      if (this.running === request && this.worker === worker) {
        void worker.terminate();
        this.onWorkerDied(worker, new Error(runnerMessages.tooLong()));
      }
    }, timeLimit(request.text));
  }

  private finish(request: Request): void {
    if (this.running !== request) return;
    this.running = undefined;
    this.timers.clearTimeout(this.timer);
    this.pump();
  }

  private ensureWorker(): WorkerLike | undefined {
    if (this.worker || this.retryTimer !== undefined) return this.worker;
    let worker: WorkerLike;
    try {
      // The worker's bundle holds the NLP core; the extension host's own bundle does not.
      worker = this.createWorker(this.workerPath);
    } catch (err) {
      this.died(err instanceof Error ? err.message : String(err));
      return undefined;
    }
    worker.on('message', (msg: WorkerMessage) => this.onMessage(worker, msg));
    worker.on('error', (err) => this.onWorkerDied(worker, err));
    worker.on('exit', (code) => this.onWorkerDied(worker, new Error(runnerMessages.stopped(code))));
    worker.unref?.();
    this.worker = worker;
    this.ready = false;
    return worker;
  }

  private onMessage(worker: WorkerLike, msg: WorkerMessage): void {
    if (this.worker !== worker) return;
    if (msg.ready) {
      this.ready = true;
      this.setHealth({ kind: 'ok' });
      this.pump();
      return;
    }
    const request = this.running;
    if (!request) return;
    if (msg.analysis || msg.json !== undefined) {
      // A worker that works again earns back its restarts.
      this.deaths = 0;
      this.setHealth({ kind: 'ok' });
      if (msg.json !== undefined) request.resolve(decodeReply(request.text, msg.json));
      else if (msg.analysis) request.resolve(msg.packed ? unpackAnalysis(request.text, msg.analysis) : msg.analysis);
    } else request.reject(new Error(msg.error ?? l10n.t('The analysis failed.')));
    this.finish(request);
  }

  /**
   * Any exit of the current worker is a death. The request it ran fails and its document is
   * quarantined; a worker that died before it loaded ran no request, so nobody is blamed.
   */
  private onWorkerDied(worker: WorkerLike, err: Error): void {
    if (this.worker !== worker) return;
    this.stopWorker();
    const request = this.running;
    if (request) {
      this.quarantine.set(request.document, { text: request.text, reason: err.message });
      request.reject(new Error(runnerMessages.quarantined(err.message)));
      this.running = undefined;
      this.timers.clearTimeout(this.timer);
    }
    this.died(err.message);
  }

  /** Counts a death and starts the next worker at once or after the back-off. */
  private died(reason: string): void {
    this.deaths++;
    const wait = backoff(this.deaths);
    if (wait > 0) {
      this.setHealth({ kind: 'restarting', reason, retryInMs: wait });
      this.retryTimer = this.timers.setTimeout(() => {
        this.retryTimer = undefined;
        // Nothing waits: the next request starts a worker, so nothing is missing now.
        if (!this.waiting.size) this.setHealth({ kind: 'ok' });
        this.pump();
      }, wait);
    } else this.pump();
  }

  private stopWorker(): void {
    this.worker = undefined;
    this.ready = false;
  }

  private setHealth(health: RunnerHealth): void {
    if (health.kind === 'ok' && this.health.kind === 'ok') return;
    this.health = health;
    for (const l of [...this.listeners]) l(health);
  }
}

function documentOf(key: string): string {
  return key.endsWith(VISIBLE_SUFFIX) ? key.slice(0, -VISIBLE_SUFFIX.length) : key;
}
