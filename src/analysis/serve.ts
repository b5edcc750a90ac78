/**
 * The analysis worker's reply to one request, shared by both worker entries: worker.ts (a Node
 * worker thread: desktop and remote extension hosts) and webWorker.ts (a Web Worker, VS Code for the
 * Web). Protocol (src/host/analysisRunner.ts): once loaded, the worker sends `{ ready: true }`;
 * then each request `{ text, options }` gets `{ json }` (transfer.ts, `encodeReply`) or `{ error }`.
 * The per-paragraph caches live in the worker, so they survive between requests.
 */
import { analyze, AnalysisOptions } from './index';
import { encodeReply } from './transfer';

export interface AnalysisRequest {
  text: string;
  options: AnalysisOptions;
}

/** The message a worker posts once it has loaded: a worker that dies before it ran no request, so no document is blamed. */
export const READY = { ready: true } as const;

export function answer(request: AnalysisRequest): { json: string } | { error: string } {
  try {
    // Compact: the texts the host can slice from its own copy of the document stay here.
    return { json: encodeReply(request.text, analyze(request.text, request.options)) };
  } catch (err) {
    // Not hidden: the worker posts it as the reply, and the runner rejects the request with it (reported to the person).
    return { error: err instanceof Error ? err.message : String(err) };
  }
}
