/**
 * `npm run bench`: prints timing figures. Speed is measured here, never in tests.
 * Figures are medians of several runs after a warm-up, on this machine.
 */
import * as fs from 'fs';
import Module from 'module';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { defaultDuplicateOptions } from '../../src/analysis/duplicates';
import { findDuplicates } from '../../src/analysis/duplicates';
import { splitParagraphs } from '../../src/analysis/paragraphs';
import { generateArticle } from './generate';

const root = path.resolve(__dirname, '..', '..', '..');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void, runs: number): number {
  fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

function row(cells: Array<string | number>): string {
  return cells.map((c, i) => String(c).padEnd(i === 0 ? 34 : 14)).join('');
}

function benchDuplicates(): void {
  console.log('\nDuplicate detection (paragraph split + exact and near duplicates), generated articles');
  console.log(row(['document', 'paragraphs', 'ms (median)', 'MB/s']));
  const sizes: Array<[string, number, number]> = [
    ['0.1 MB', 100_000, 400],
    ['1 MB', 1_000_000, 4_000],
    ['10 MB', 10_000_000, 40_000],
  ];
  const results: number[] = [];
  for (const [label, chars, paragraphs] of sizes) {
    const text = generateArticle(chars, paragraphs);
    const ms = time(() => findDuplicates(splitParagraphs(text), defaultDuplicateOptions), chars >= 10_000_000 ? 5 : 11);
    results.push(ms);
    console.log(row([label, paragraphs, ms.toFixed(1), (text.length / 1e6 / (ms / 1000)).toFixed(1)]));
  }
  console.log(`10x the text (1 MB -> 10 MB) costs ${(results[2] / results[1]).toFixed(1)}x the time (target: at most 12x); 10 MB target: under 500 ms`);
}

/**
 * The extension's own activation cost: the bundle loaded and `activate` run against a stand-in
 * `vscode` module whose every member is a no-op. VS Code's own share of activation is not in it.
 */
function benchActivation(): void {
  const bundle = path.join(root, 'dist', 'extension.js');
  if (!fs.existsSync(bundle)) {
    console.log('\nActivation: dist/extension.js is missing (run npm run build).');
    return;
  }
  const stub: object = new Proxy(function () {}, {
    get: (_t, prop) => (prop === 'then' ? undefined : prop === Symbol.toPrimitive ? () => 0 : stub),
    apply: () => stub,
    construct: () => stub as object,
    set: () => true,
  });
  // The bundle copies the module's own names (esbuild's ES-module interop), so list the ones it uses.
  const names = new Set([...fs.readFileSync(bundle, 'utf8').matchAll(/\bvscode\d*\.(\w+)/g)].map((m) => m[1]));
  const vscodeModule = Object.fromEntries([...names].map((n) => [n, stub]));
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  loader._load = (request: string, ...rest: unknown[]) => (request === 'vscode' ? vscodeModule : original(request, ...rest));
  try {
    const t0 = performance.now();
    const ext = require(bundle) as { activate: (ctx: unknown) => unknown };
    const t1 = performance.now();
    const context = { subscriptions: [] as unknown[], extensionUri: stub, workspaceState: { get: (_k: string, d: unknown) => d, update: async () => undefined } };
    ext.activate(context);
    const t2 = performance.now();
    console.log(`\nActivation (bundle ${(fs.statSync(bundle).size / 1024).toFixed(0)} KB): load ${(t1 - t0).toFixed(1)} ms, activate() ${(t2 - t1).toFixed(1)} ms`);
  } finally {
    loader._load = original;
  }
}

benchDuplicates();
benchActivation();
