import { Worker } from 'worker_threads';
import type { WorkerLike } from './analysisRunner';

/** The runner's worker on Node (desktop and remote extension hosts, the bench): a worker thread. */
export function threadWorker(script: string): WorkerLike {
  return new Worker(script) as unknown as WorkerLike;
}
