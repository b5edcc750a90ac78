/**
 * Runs the analysis off the extension host's thread. One request at a time arrives as
 * `{ text, options }`; the reply is `{ analysis }` or `{ error }`. The
 * per-paragraph caches live here, so they survive between requests.
 */
import { parentPort } from 'worker_threads';
import { analyze, AnalysisOptions } from './index';

/** Exported so that the same bundle can run analyses in the calling thread when a worker cannot start. */
export { analyze };

interface Request {
  text: string;
  options: AnalysisOptions;
}

parentPort?.on('message', (request: Request) => {
  try {
    parentPort?.postMessage({ analysis: analyze(request.text, request.options) });
  } catch (err) {
    parentPort?.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
});
