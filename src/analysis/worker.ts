/**
 * The analysis worker as a Node worker thread (desktop and remote hosts). The protocol and the
 * reply are in serve.ts, shared with the browser's webWorker.ts.
 */
import { parentPort } from 'worker_threads';
import { AnalysisRequest, answer, READY } from './serve';

parentPort?.on('message', (request: AnalysisRequest) => parentPort?.postMessage(answer(request)));
parentPort?.postMessage(READY);
