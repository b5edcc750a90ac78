import * as vscode from 'vscode';
import * as exportCommands from '../../editor/exportCommands';
import type { WorkerLike, WorkerMessage } from '../analysisRunner';
import type { CreatePlatform } from './types';

/** The Web Worker's name in the browser's developer tools (an identifier, not text for people). */
const WORKER_NAME = 'news-annotator-analysis';

/** The parts of the browser's Worker used here (the project compiles without the DOM library). */
interface BrowserWorker {
  onmessage: ((event: { data: WorkerMessage }) => void) | null;
  onerror: ((event: { message?: string; preventDefault(): void }) => void) | null;
  onmessageerror: (() => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}
declare const Worker: new (url: string, options?: { name?: string }) => BrowserWorker;

type Listeners = { message: Array<(m: WorkerMessage) => void>; error: Array<(e: Error) => void>; exit: Array<(code: number) => void> };

/**
 * A Web Worker behind the runner's `WorkerLike`. It starts from a Blob URL of the worker script:
 * code-server gives the extension a `vscode-remote:` URI and refuses `new Worker(uri)` for it
 * ("Creating workers from remote extensions is currently not supported"). The script is read
 * once per session; until it is, the worker is loading (the runner posts only after `ready`).
 */
export class BlobWorker implements WorkerLike {
  private worker: BrowserWorker | undefined;
  private terminated = false;
  private readonly listeners: Listeners = { message: [], error: [], exit: [] };

  constructor(url: Promise<string>) {
    url.then(
      (u) => {
        if (this.terminated) return;
        try {
          this.start(new Worker(u, { name: WORKER_NAME }));
        } catch (err) {
          this.fail(vscode.l10n.t('The analysis worker could not start: {0}', err instanceof Error ? err.message : String(err)));
        }
      },
      (err: unknown) => this.fail(vscode.l10n.t("The analysis worker's script could not be read: {0}", err instanceof Error ? err.message : String(err))),
    );
  }

  private start(worker: BrowserWorker): void {
    this.worker = worker;
    worker.onmessage = (event) => this.emit('message', event.data);
    worker.onerror = (event) => {
      // Reported here, as the runner's death of this worker, not as an uncaught page error.
      event.preventDefault();
      this.fail(event.message || vscode.l10n.t('The analysis worker failed.'));
    };
    worker.onmessageerror = () => this.fail(vscode.l10n.t('The analysis worker sent a message that could not be read.'));
  }

  private fail(reason: string): void {
    if (this.terminated) return;
    this.emit('error', new Error(reason));
  }

  private emit<E extends keyof Listeners>(event: E, value: Parameters<Listeners[E][number]>[0]): void {
    for (const l of [...this.listeners[event]]) (l as (v: typeof value) => void)(value);
  }

  postMessage(message: unknown): void {
    this.worker?.postMessage(message);
  }

  on(event: 'message', listener: (message: WorkerMessage) => void): this;
  on(event: 'error', listener: (err: Error) => void): this;
  on(event: 'exit', listener: (code: number) => void): this;
  on(event: keyof Listeners, listener: (value: never) => void): this {
    (this.listeners[event] as unknown[]).push(listener);
    return this;
  }

  terminate(): void {
    this.terminated = true;
    this.worker?.terminate();
    this.worker = undefined;
  }
}

/**
 * The worker script as a Blob URL, made once: read through `vscode.workspace.fs` (which resolves
 * the extension's `vscode-remote:` or `https:` URI in the web host), else fetched.
 */
function scriptUrl(script: vscode.Uri): () => Promise<string> {
  let url: Promise<string> | undefined;
  const read = async (): Promise<Uint8Array> => {
    try {
      return await vscode.workspace.fs.readFile(script);
    } catch (err) {
      const response = await fetch(script.toString(true)).catch(() => undefined);
      if (!response?.ok) throw err;
      return new Uint8Array(await response.arrayBuffer());
    }
  };
  return () => {
    url ??= read().then((bytes) => URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' })));
    // A failed read is tried again by the runner's next start.
    url.catch(() => (url = undefined));
    return url;
  };
}

/** VS Code for the Web: a Web Worker from a Blob URL, the exports bundled in, no account name. */
export const createPlatform: CreatePlatform = (context) => {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'worker.js');
  const url = scriptUrl(script);
  return {
    kind: 'web',
    createWorker: () => new BlobWorker(url()),
    workerScript: script.toString(),
    exportCommands: () => exportCommands,
    accountName: () => undefined,
  };
};
