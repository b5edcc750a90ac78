/**
 * Runs the analysis off the extension host's thread. Protocol (src/host/analysisRunner.ts):
 * once loaded, the worker sends `{ ready: true }`; then one request at a time arrives as
 * `{ text, options }` and the reply is `{ json }` (transfer.ts, `encodeReply`) or `{ error }`. The per-paragraph caches
 * live here, so they survive between requests.
 */
import { parentPort } from 'worker_threads';
import { analyze, AnalysisOptions } from './index';
import { encodeReply } from './transfer';

interface Request {
  text: string;
  options: AnalysisOptions;
}

parentPort?.on('message', (request: Request) => {
  try {
    // Compact: the texts the host can slice from its own copy of the document stay here.
    parentPort?.postMessage({ json: encodeReply(request.text, analyze(request.text, request.options)) });
  } catch (err) {
    parentPort?.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
});
// Loaded: a worker that dies before this ran no request, so no document is blamed for it.
parentPort?.postMessage({ ready: true });
