/**
 * `npm run bench`: prints timing figures. Speed is measured here, never in tests.
 * Figures are medians of several runs after a warm-up, on this machine.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import Module from 'module';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import nlp from 'compromise';
import { analyze, defaultAnalysisOptions } from '../../src/analysis';
import { defaultDuplicateOptions, findDuplicates } from '../../src/analysis/duplicates';
import { clearCandidateCache } from '../../src/analysis/nlp';
import { splitParagraphs } from '../../src/analysis/paragraphs';
import { AnalysisRunner, VISIBLE_SUFFIX } from '../../src/host/analysisRunner';
import { threadWorker } from '../../src/host/threadWorker';
import { applyCorrections, mapRecords, Placement, reanchorRecords } from '../../src/analysis/annotations';
import { analyzeFamily, hostileFamilies } from '../unit/families';
import { GROWTH_FACTOR, GROWTH_LIMIT, measureGrowth } from '../unit/growth';
import { recordsFor } from './corrections';
import { generateArticle } from './generate';
import { benchWeb } from './web';

const root = path.resolve(__dirname, '..', '..', '..');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function samples(fn: () => void, runs: number): number[] {
  fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return ts;
}

function time(fn: () => void, runs: number): number {
  return median(samples(fn, runs));
}

function row(cells: Array<string | number>): string {
  return cells.map((c, i) => String(c).padEnd(i === 0 ? 34 : 14)).join('');
}

function benchDuplicates(): void {
  console.log('\nDuplicate detection (paragraph split + exact and near duplicates), generated articles');
  console.log(row(['document', 'paragraphs', 'ms (median)', 'ms (best)', 'MB/s (median)']));
  const sizes: Array<[string, number, number]> = [
    ['0.1 MB', 100_000, 400],
    ['1 MB', 1_000_000, 4_000],
    ['10 MB', 10_000_000, 40_000],
  ];
  const results: number[] = [];
  const best: number[] = [];
  for (const [label, chars, paragraphs] of sizes) {
    const text = generateArticle(chars, paragraphs);
    const ts = samples(() => findDuplicates(splitParagraphs(text), defaultDuplicateOptions), chars >= 10_000_000 ? 7 : 21);
    const ms = median(ts);
    results.push(ms);
    best.push(Math.min(...ts));
    console.log(row([label, paragraphs, ms.toFixed(1), Math.min(...ts).toFixed(1), (text.length / 1e6 / (ms / 1000)).toFixed(1)]));
  }
  // The best runs are the least disturbed by other work on the machine, so their ratio is the steadier one.
  console.log(`10x the text (1 MB -> 10 MB) costs ${(best[2] / best[1]).toFixed(1)}x the time in the best runs, ${(results[2] / results[1]).toFixed(1)}x in medians (target: at most 12x)`);
  console.log(`10 MB: ${results[2].toFixed(0)} ms median (target: under 500 ms)`);
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

/** Real article text: the Wikinews interviews, each paragraph made distinct per round so no cache helps. */
function realText(chars: number): string {
  const dir = path.join(root, 'test', 'fixtures', 'wikinews');
  const articles = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const out: string[] = [];
  let length = 0;
  for (let round = 0; length < chars; round++) {
    for (const article of articles) {
      for (const p of article.split(/\n\s*\n/)) {
        const para = round ? `(${round}) ${p}` : p;
        out.push(para);
        length += para.length + 2;
      }
    }
  }
  return out.join('\n\n');
}

/** Plain compromise on the same text, article by article as the data README measured it. */
function plainCompromise(text: string): void {
  for (const part of text.split(/\n\s*\n/)) {
    const doc = nlp(part);
    doc.people().json();
    doc.places().json();
    doc.organizations().json();
  }
}

function benchFullAnalysis(): void {
  plainCompromise('Warm up the plain compromise baseline.');
  const seed = fs.readFileSync(path.join(root, 'seeds', '000_9eeae5c25ec30b8d.txt'), 'utf8');
  console.log('\nFull analysis (paragraphs, duplicates, entities, quotes)');
  console.log(row(['input', 'chars', 'ms (median)', 'x plain compromise']));
  const seedWarm = time(() => analyze(seed), 21);
  const seedPlain = time(() => plainCompromise(seed), 11);
  console.log(row(['seed, warm (cache hit)', seed.length, seedWarm.toFixed(2), (seedWarm / seedPlain).toFixed(2)]));
  const seedCold = time(() => {
    clearCandidateCache();
    analyze(seed);
  }, 11);
  console.log(row(['seed, cold (no cache)', seed.length, seedCold.toFixed(2), (seedCold / seedPlain).toFixed(2)]));
  console.log(`  targets: seed warm under 40 ms; plain compromise takes ${seedPlain.toFixed(2)} ms on it`);

  const article5k = realText(5000).slice(0, 5000);
  analyze(article5k);
  let flip = false;
  const edit = time(() => {
    flip = !flip;
    // One character changed in the middle paragraph: only that paragraph misses the cache.
    const at = Math.floor(article5k.length / 2);
    analyze(article5k.slice(0, at) + (flip ? 'x' : 'y') + article5k.slice(at + 1));
  }, 21);
  console.log(row(['5 KB article, one-character edit', article5k.length, edit.toFixed(2), '']));
  console.log('  target: under 15 ms');

  const mb = realText(1_000_000);
  clearCandidateCache();
  const tp = performance.now();
  analyze(mb, { ...defaultAnalysisOptions, focus: { start: 0, end: 8000 } });
  const preview = performance.now() - tp;
  console.log(row(['1 MB article, visible part first', mb.length, preview.toFixed(0), '']));
  clearCandidateCache();
  const t0 = performance.now();
  const result = analyze(mb, { ...defaultAnalysisOptions, nlpMaxLength: 2_000_000 });
  const full = performance.now() - t0;
  const t1 = performance.now();
  plainCompromise(mb);
  const plain = performance.now() - t1;
  console.log(row(['1 MB article, cold', mb.length, full.toFixed(0), (full / plain).toFixed(2)]));
  console.log(`  ${result.entities.length} entities, ${result.quotes.length} quotes; target: under 5000 ms; plain compromise: ${plain.toFixed(0)} ms`);
}

/**
 * How long the extension host's thread is blocked while a 1 MB article is analysed in the
 * worker: the largest gap between ticks of a 2 ms timer (only message passing runs here).
 */
async function benchMainThread(): Promise<void> {
  const workerPath = path.join(root, 'dist', 'analysis', 'worker.js');
  if (!fs.existsSync(workerPath)) {
    console.log('\nMain thread: dist/analysis/worker.js is missing (run npm run build).');
    return;
  }
  const runner = new AnalysisRunner(workerPath, { createWorker: threadWorker });
  const text = realText(1_000_000);
  const options = { ...defaultAnalysisOptions, nlpMaxLength: 2_000_000 };
  let last = performance.now();
  let worst = 0;
  // The ticker also keeps this process alive: the runner's worker does not hold it open.
  const ticker = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 2);
  await runner.analyze('bench', 'warm up', options);
  worst = 0;
  last = performance.now();
  const t0 = performance.now();
  await runner.analyze('bench', text, options);
  const total = performance.now() - t0;
  clearInterval(ticker);
  runner.dispose();
  console.log(`\nWorker: 1 MB analysed in ${total.toFixed(0)} ms off the main thread; longest main-thread block ${worst.toFixed(1)} ms (target: at most 50 ms)`);
}

/**
 * Corrections on a 1 MB article: 1,000 records of every action applied to its analysis (the
 * records' anchors already fit the text), and the same records placed again after an outside
 * edit (a paragraph inserted at the top, a word changed and a paragraph deleted further down).
 */
function benchCorrections(): void {
  const text = realText(1_000_000);
  const analysis = analyze(text, { ...defaultAnalysisOptions, nlpMaxLength: 2_000_000 });
  const records = recordsFor(text, analysis, 1000);
  console.log(`\nCorrections on a 1 MB article (${analysis.entities.length} entities, ${analysis.quotes.length} quotes)`);
  // CPU time as well: on a machine shared with other work the wall clock says more about the neighbours.
  const cpu = (fn: () => void) => {
    const ms: number[] = [];
    for (let i = 0; i < 11; i++) {
      const before = process.cpuUsage();
      fn();
      const used = process.cpuUsage(before);
      ms.push((used.user + used.system) / 1000);
    }
    return median(ms).toFixed(1);
  };
  const apply = time(() => applyCorrections(text, analysis, records), 11);
  console.log(`1,000 corrections applied: ${apply.toFixed(1)} ms median, ${cpu(() => applyCorrections(text, analysis, records))} ms CPU (target: under 200 ms)`);
  const third = text.indexOf('\n\n', Math.floor(text.length / 3));
  const paragraphEnd = text.indexOf('\n\n', third + 2);
  const middle = text.indexOf(' the ', Math.floor(text.length / 2));
  const edited = `A paragraph another program added at the top.\n\n${text.slice(0, third)}${text.slice(paragraphEnd, middle)} a ${text.slice(middle + 5)}`;
  const reanchor = time(() => reanchorRecords(records, edited), 11);
  const counts = new Map<Placement, number>();
  for (const p of reanchorRecords(records, edited).placements.values()) counts.set(p, (counts.get(p) ?? 0) + 1);
  console.log(`1,000 records re-anchored after an outside edit: ${reanchor.toFixed(1)} ms median, ${cpu(() => reanchorRecords(records, edited))} ms CPU (target: under 200 ms); ${[...counts].map(([p, n]) => `${n} ${p}`).join(', ')}`);
  // The editor's path on every keystroke: the records follow the change event (annotationFiles).
  const keystroke = [{ offset: Math.floor(text.length / 2), deletedLength: 0, insertedText: 'x' }];
  const mapped = time(() => mapRecords(records, keystroke), 11);
  console.log(`1,000 records mapped through one keystroke: ${mapped.toFixed(2)} ms median, ${cpu(() => mapRecords(records, keystroke))} ms CPU`);
}

/** Finds the shared gold data folder (`shared/data`) beside the repository or beside one of its parent folders. */
function sharedData(): string | undefined {
  for (let dir = root; ; dir = path.dirname(dir)) {
    const candidate = path.join(path.dirname(dir), 'shared', 'data');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** What one run of the bundled CLI used: wall time, CPU time (all threads; and, on Linux, of the main thread and the worker threads), peak memory. */
interface CliRun {
  stdout: Buffer;
  ms: number;
  cpuMs: number;
  mainCpuMs: number;
  workerCpuMs: number;
  rssKb: number;
  code: number | null;
  stderr: string;
}

/** One run of the bundled CLI with `input` on standard input. */
async function runCli(args: string[], input: string): Promise<CliRun> {
  const rssFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'news-bench-')), 'rss');
  const preload = path.join(__dirname, 'maxRss.js');
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--require', preload, path.join(root, 'dist', 'cli.js'), ...args], { env: { ...process.env, NEWS_ANNOTATOR_RSS_FILE: rssFile } });
  const out: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(input);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ms = performance.now() - t0;
  type Usage = { maxRssKb: number; cpuUs: number; mainCpuMs?: number; workerCpuMs?: number };
  const usage = fs.existsSync(rssFile) ? (JSON.parse(fs.readFileSync(rssFile, 'utf8')) as Usage) : { maxRssKb: NaN, cpuUs: NaN };
  fs.rmSync(path.dirname(rssFile), { recursive: true, force: true });
  return { stdout: Buffer.concat(out), ms, cpuMs: usage.cpuUs / 1000, mainCpuMs: usage.mainCpuMs ?? NaN, workerCpuMs: usage.workerCpuMs ?? NaN, rssKb: usage.maxRssKb, code, stderr };
}

/**
 * The corpus CLI: `news-annotator --jsonl -` over the PolNeAR train and dev texts (read from the
 * shared gold data at bench time, never copied into the project), with one worker thread and
 * with two. Start-up (loading the NLP core in each worker) is included, as a user would see it.
 * Wall time depends on what else the machine runs, so CPU time is split too: the main thread
 * (reading, ordering, writing), the worker threads (analysis and rendering), and the rest (V8's
 * background compiler and garbage collector). With N jobs on N idle cores the wall time is
 * about the total CPU time over N, so the CPU per article in each mode tells the speed-up a
 * quiet machine gives even when this one is busy.
 */
async function benchCorpus(): Promise<void> {
  const data = sharedData();
  const files = ['quotes-train-polnear.json', 'quotes-dev-polnear.json'].map((f) => (data ? path.join(data, f) : f));
  if (!data || !files.every((f) => fs.existsSync(f))) {
    console.log('\nCorpus CLI: skipped, the PolNeAR files (shared/data/quotes-train-polnear.json, quotes-dev-polnear.json) are not there.');
    return;
  }
  if (!fs.existsSync(path.join(root, 'dist', 'cli.js'))) {
    console.log('\nCorpus CLI: dist/cli.js is missing (run npm run build).');
    return;
  }
  const docs = files.flatMap((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as Array<{ id: string; text: string }>);
  const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text })).join('\n') + '\n';
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const cores = os.availableParallelism();
  console.log(`\nCorpus CLI: --jsonl over ${docs.length} PolNeAR train and dev texts (${chars.toLocaleString('en-US')} characters), ${cores} cores, load average ${os.loadavg()[0].toFixed(1)}`);
  // Cores used (CPU time over wall time) tells whether the machine had the cores free: with two
  // jobs on an idle two-core machine it is near 2; near 1 means other work held a core.
  console.log(row(['--jobs', 'wall s', 'chars/s', 'CPU s', 'main CPU s', 'workers CPU s', 'other CPU s', 'CPU ms/text', 'cores used', 'peak RSS (MB)', 'output (MB)']));
  const runs: Array<{ jobs: number } & CliRun> = [];
  for (const jobs of [1, 2]) {
    const r = await runCli(['--jsonl', '--jobs', String(jobs), '-'], input);
    if (r.code !== 0) {
      console.log(`--jobs ${jobs}: exit code ${r.code}: ${r.stderr.slice(0, 500)}`);
      return;
    }
    runs.push({ jobs, ...r });
    const s = (ms: number) => (ms / 1000).toFixed(1);
    console.log(
      row([jobs, s(r.ms), Math.round(chars / (r.ms / 1000)).toLocaleString('en-US'), s(r.cpuMs), s(r.mainCpuMs), s(r.workerCpuMs), s(r.cpuMs - r.mainCpuMs - r.workerCpuMs), (r.cpuMs / docs.length).toFixed(1), (r.cpuMs / r.ms).toFixed(2), (r.rssKb / 1024).toFixed(0), (r.stdout.length / 1e6).toFixed(1)]),
    );
  }
  const [one, two] = runs;
  const identical = one.stdout.equals(two.stdout);
  console.log(`speed-up with 2 jobs: ${(one.ms / two.ms).toFixed(2)}x wall (target: at least 1.7x on two cores); output byte-identical: ${identical ? 'yes' : 'NO'}`);
  // On idle cores --jobs 2 takes about its CPU time over two (the threads are busy throughout),
  // and --jobs 1 about its longest thread's (the worker; the helpers use the other core meanwhile).
  const idleOne = Math.max(one.workerCpuMs, one.cpuMs / cores);
  console.log(`expected on ${Math.min(cores, 2)} idle cores: ${(idleOne / Math.max(two.cpuMs / Math.min(cores, 2), two.workerCpuMs / 2)).toFixed(2)}x (--jobs 1 ~ its worker's CPU, --jobs 2 ~ its CPU over two); extra CPU with 2 jobs: ${((two.cpuMs - one.cpuMs) / 1000).toFixed(1)} s`);
  // The most two cores can give this workload, whatever the CLI does: two separate processes,
  // each with one job over the whole corpus, at once. Nothing is shared or waited for, and each
  // process's start-up and compilation are spread over all the texts, not half of them; still
  // each one's V8 compiler and collector threads need a core too.
  const pair = await Promise.all([0, 1].map(() => runCli(['--jsonl', '--jobs', '1', '-'], input)));
  const failed = pair.find((r) => r.code !== 0);
  if (failed) {
    console.log(`ceiling: a --jobs 1 process of the pair failed with exit code ${failed.code}: ${failed.stderr.slice(0, 500)}`);
    return;
  }
  const slower = Math.max(...pair.map((r) => r.ms));
  console.log(
    `ceiling: two separate --jobs 1 processes at once, each over the whole corpus, in ${(slower / 1000).toFixed(1)} s: ${((2 * one.ms) / slower).toFixed(2)}x the throughput of one (${((pair[0].cpuMs - pair[0].mainCpuMs - pair[0].workerCpuMs) / 1000).toFixed(1)} s of compiler and collector CPU each)`,
  );
}

/** The whole analyze() on each hostile family at two sizes 8x apart (test/unit/families.ts): the worst ratio. */
function benchGrowth(): void {
  console.log(`\nGrowth of the whole analyze() on ${hostileFamilies.length} hostile families (${GROWTH_FACTOR}x the text; linear ~${GROWTH_FACTOR}x, quadratic ~${GROWTH_FACTOR ** 2}x)`);
  let worst = { name: '', ratio: 0 };
  for (const f of hostileFamilies) {
    for (const cold of f.cold ? [false, true] : [false]) {
      const { make, run } = analyzeFamily(f.format, cold);
      const g = measureGrowth((n) => make(f.make(n)), run, f.size);
      const name = `${f.name}${cold ? ' (cold)' : ''}`;
      if (g.ratio > worst.ratio) worst = { name, ratio: g.ratio };
    }
  }
  console.log(`worst family: ${worst.name}, ${worst.ratio.toFixed(1)}x (the tests fail above ${GROWTH_LIMIT}x)`);
}

/** One character changed in the middle of `text`, alternating between two letters. */
function editor(text: string): () => string {
  let flip = false;
  const at = Math.floor(text.length / 2);
  return () => {
    flip = !flip;
    return text.slice(0, at) + (flip ? 'x' : 'y') + text.slice(at + 1);
  };
}

/**
 * A one-character edit in a 1 MB article, warm (the article analysed before, as while typing):
 * in the core (analyze() in this thread, wall and CPU time) and end to end through the worker
 * (request posted, analysis computed there and received here), as the editor waits for it.
 */
async function benchEdit(): Promise<void> {
  const text = realText(1_000_000);
  const options = { ...defaultAnalysisOptions, nlpMaxLength: 2_000_000 };
  console.log(`\nOne-character edit in a 1 MB article (${text.length.toLocaleString('en-US')} characters), paragraph cache warm`);
  const next = editor(text);
  analyze(text, options);
  // Eleven analyses of the texts `make` gives, in this thread: wall and CPU time in ms.
  const core = (make: (i: number) => string) => {
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < 11; i++) {
      const edited = make(i);
      const before = process.cpuUsage();
      const t0 = performance.now();
      analyze(edited, options);
      wall.push(performance.now() - t0);
      const used = process.cpuUsage(before);
      cpu.push((used.user + used.system) / 1000);
    }
    return `${median(wall).toFixed(0)} ms median (best ${Math.min(...wall).toFixed(0)}), ${median(cpu).toFixed(0)} ms CPU`;
  };
  console.log(`core: ${core(next)}`);
  // Typing moves the rest of the text: a character inserted in the middle, then deleted again.
  const at = Math.floor(text.length / 2);
  console.log(`core, a character inserted and deleted (the text after it moves): ${core((i) => (i % 2 === 0 ? `${text.slice(0, at)}x${text.slice(at)}` : text))}`);
  const workerPath = path.join(root, 'dist', 'analysis', 'worker.js');
  if (!fs.existsSync(workerPath)) {
    console.log('end to end: dist/analysis/worker.js is missing (run npm run build).');
    return;
  }
  const runner = new AnalysisRunner(workerPath, { createWorker: threadWorker });
  // Keeps this process alive while the worker (unref'd, as in the editor) works.
  const alive = setInterval(() => undefined, 1000);
  try {
    await runner.analyze('bench', text, options);
    const ends: number[] = [];
    const cpus: number[] = [];
    for (let i = 0; i < 11; i++) {
      const edited = next();
      // The process's CPU time counts both threads: the worker's analysis and the transfer here.
      const before = process.cpuUsage();
      const t0 = performance.now();
      await runner.analyze('bench', edited, options);
      ends.push(performance.now() - t0);
      const used = process.cpuUsage(before);
      cpus.push((used.user + used.system) / 1000);
    }
    console.log(`end to end through the worker, complete analysis: ${median(ends).toFixed(0)} ms median (best ${Math.min(...ends).toFixed(0)}), ${median(cpus).toFixed(0)} ms CPU (target: under 300 ms)`);
    // As the editor asks for a long article: the visible part around the edit first, then the whole.
    const focus = { start: Math.max(0, at - 4000), end: at + 4000 };
    const visible: number[] = [];
    const complete: number[] = [];
    const both: number[] = [];
    for (let i = 0; i < 11; i++) {
      const edited = next();
      const before = process.cpuUsage();
      const t0 = performance.now();
      const first = runner.analyze(`bench${VISIBLE_SUFFIX}`, edited, { ...options, focus }).then(() => visible.push(performance.now() - t0));
      await runner.analyze('bench', edited, options);
      complete.push(performance.now() - t0);
      await first;
      const used = process.cpuUsage(before);
      both.push((used.user + used.system) / 1000);
    }
    console.log(`  as the editor asks: visible part in ${median(visible).toFixed(0)} ms median, then the complete analysis at ${median(complete).toFixed(0)} ms (${median(both).toFixed(0)} ms CPU for both)`);
  } finally {
    clearInterval(alive);
    runner.dispose();
  }
}

async function main(): Promise<void> {
  // Parts alone: `node out/test/bench/bench.js --edit`, `--growth`, `--corrections`, `--corpus` or `--web`.
  if (process.argv.includes('--edit')) return benchEdit();
  if (process.argv.includes('--growth')) return benchGrowth();
  if (process.argv.includes('--corrections')) return benchCorrections();
  if (process.argv.includes('--corpus')) return benchCorpus();
  if (process.argv.includes('--web')) return benchWeb(root);
  benchDuplicates();
  benchFullAnalysis();
  await benchEdit();
  benchGrowth();
  benchCorrections();
  await benchMainThread();
  benchActivation();
  await benchWeb(root);
  await benchCorpus();
}

void main();
