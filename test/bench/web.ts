/**
 * The browser bundles (VS Code for the Web) in `npm run bench`: their sizes, and the analysis of
 * the seed through the browser worker bundle. That bundle runs in a Node worker thread inside a
 * fresh `vm` context holding only what a Web Worker offers and it uses (`self`, `postMessage`,
 * `onmessage`, timers, TextEncoder/Decoder): no `process`, `require` or `Buffer`, so the run also
 * shows that the bundle needs none. The Node worker bundle on the same text is beside it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { Worker } from 'worker_threads';
import { gzipSync } from 'zlib';
import { defaultAnalysisOptions } from '../../src/analysis';
import { AnalysisRunner, WorkerLike } from '../../src/host/analysisRunner';
import { threadWorker } from '../../src/host/threadWorker';

/** A Web Worker's global scope, as much as the bundle uses, around the bundle's script. */
const WEB_WORKER_SHIM = `
const { parentPort, workerData } = require('worker_threads');
const vm = require('vm');
const scope = { console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, TextEncoder, TextDecoder };
scope.self = scope;
scope.postMessage = (message) => parentPort.postMessage(message);
parentPort.on('message', (data) => scope.onmessage && scope.onmessage({ data }));
vm.runInNewContext(require('fs').readFileSync(workerData, 'utf8'), scope, { filename: workerData });
`;

function webWorker(script: string): WorkerLike {
  return new Worker(WEB_WORKER_SHIM, { eval: true, workerData: script }) as unknown as WorkerLike;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** Time to the first answer (the worker loading included), then the seed's analysis cold and warm. */
async function throughWorker(script: string, createWorker: (script: string) => WorkerLike, seed: string): Promise<{ load: number; cold: number; warm: number }> {
  const runner = new AnalysisRunner(script, { createWorker });
  // Keeps this process alive meanwhile: the runner's worker and timers do not hold it open.
  const alive = setInterval(() => undefined, 1_000);
  try {
    const t0 = performance.now();
    await runner.analyze('load', '', defaultAnalysisOptions);
    const t1 = performance.now();
    await runner.analyze('seed', seed, defaultAnalysisOptions);
    const cold = performance.now() - t1;
    const warm: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t = performance.now();
      // A changed last character: the same paragraphs but one, as an edit gives.
      await runner.analyze('seed', `${seed}${i % 2 ? ' ' : ''}`, defaultAnalysisOptions);
      warm.push(performance.now() - t);
    }
    warm.sort((a, b) => a - b);
    return { load: t1 - t0, cold, warm: warm[Math.floor(warm.length / 2)] };
  } finally {
    clearInterval(alive);
    runner.dispose();
  }
}

export async function benchWeb(root: string): Promise<void> {
  const files = ['dist/web/extension.js', 'dist/web/worker.js', 'dist/extension.js', 'dist/analysis/worker.js'].map((f) => path.join(root, f));
  const missing = files.find((f) => !fs.existsSync(f));
  if (missing) {
    console.log(`\nBrowser bundles: ${path.relative(root, missing)} is missing (run npm run build).`);
    return;
  }
  console.log('\nBrowser bundles (VS Code for the Web; package.json "browser")');
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    console.log(`${path.relative(root, file).padEnd(26)}${kb(bytes.length).padStart(9)}, ${kb(gzipSync(bytes).length).padStart(7)} gzipped`);
  }
  const seed = fs.readFileSync(path.join(root, 'seeds', '000_9eeae5c25ec30b8d.txt'), 'utf8');
  const web = await throughWorker(files[1], webWorker, seed);
  const node = await throughWorker(files[3], threadWorker, seed);
  console.log(`seed (${seed.length} chars) through the browser worker bundle: worker ready and first answer ${web.load.toFixed(0)} ms, analysis cold ${web.cold.toFixed(1)} ms, warm ${web.warm.toFixed(1)} ms median`);
  console.log(`  the Node worker bundle on the same: ready ${node.load.toFixed(0)} ms, cold ${node.cold.toFixed(1)} ms, warm ${node.warm.toFixed(1)} ms median`);
}
