import type * as vscode from 'vscode';
import type { WorkerLike } from '../analysisRunner';

/**
 * What differs between the extension's two hosts, given to the one composition root
 * (extension.ts): node.ts for desktop and remote (the `main` bundle), web.ts for VS Code for the
 * Web (the `browser` bundle; esbuild swaps the module through this folder's package.json
 * `browser` map). Everything else uses `vscode.workspace.fs` and `vscode.Uri` on both.
 */
export interface Platform {
  /** Where the extension runs: 'node' (desktop, remote, code-server's default) or 'web' (a web worker extension host). */
  readonly kind: 'node' | 'web';
  /** Starts the analysis worker: a worker thread on Node, a Web Worker in the browser. */
  readonly createWorker: (script: string) => WorkerLike;
  /** The analysis worker's script, as `createWorker` takes it. */
  readonly workerScript: string;
  /** The export and import commands (their formats and csv-stringify); on Node a bundle of their own, loaded on first use. */
  exportCommands(): typeof import('../../editor/exportCommands');
  /** The account name corrections fall back to, where the platform has one. */
  accountName(): string | undefined;
}

export type CreatePlatform = (context: vscode.ExtensionContext) => Platform;
