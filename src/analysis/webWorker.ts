/**
 * The analysis worker as a Web Worker (VS Code for the Web): the same protocol and reply as the
 * worker thread (serve.ts), over the worker's global `postMessage`/`onmessage`. Bundled as one
 * IIFE file, dist/web/worker.js, which the web host starts from a Blob URL (host/platform/web.ts).
 */
import { AnalysisRequest, answer, READY } from './serve';

/** The parts of a dedicated worker's global scope used here (the project compiles without the DOM library). */
declare const self: {
  onmessage: ((event: { data: AnalysisRequest }) => void) | null;
  postMessage(message: unknown): void;
};

self.onmessage = (event) => self.postMessage(answer(event.data));
self.postMessage(READY);
