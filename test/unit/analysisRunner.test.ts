import * as assert from 'assert';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { defaultAnalysisOptions } from '../../src/analysis';
import { AnalysisRunner, backoff, MAX_BACKOFF_MS, RunnerHealth, timeLimit, Timers, VISIBLE_SUFFIX, WorkerLike } from '../../src/host/analysisRunner';

const fakeWorker = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'workers', 'fake-worker.js');
const options = defaultAnalysisOptions;

/** Timers that fire only when a test says so: back-offs and time limits without waiting for them. */
class ManualTimers implements Timers {
  private next = 1;
  readonly pending = new Map<number, { fn: () => void; ms: number }>();
  private waiters: Array<(ms: number) => void> = [];
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.next++;
    this.pending.set(id, { fn, ms });
    for (const w of this.waiters.splice(0)) w(ms);
    return id;
  }
  /** Resolves with the delay of the next timer set (a request posted to a worker sets its time limit). */
  nextTimer(): Promise<number> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  delays(): number[] {
    return [...this.pending.values()].map((t) => t.ms).sort((a, b) => a - b);
  }
  /** Runs the pending timer set for `ms`. */
  fire(ms: number): void {
    const entry = [...this.pending].find(([, t]) => t.ms === ms);
    assert.ok(entry, `no timer of ${ms} ms among ${this.delays().join(', ')}`);
    this.pending.delete(entry[0]);
    entry[1].fn();
  }
}

describe('AnalysisRunner', () => {
  let runner: AnalysisRunner;
  let timers: ManualTimers;
  let started: number;
  /** Worker environments for the next starts, in order; then normal workers. */
  let loads: Array<Record<string, string>>;
  beforeEach(() => {
    timers = new ManualTimers();
    started = 0;
    loads = [];
    const createWorker = (p: string) => {
      started++;
      const env = loads.shift();
      return new Worker(p, env ? { env } : {}) as unknown as WorkerLike;
    };
    runner = new AnalysisRunner(fakeWorker, { createWorker, timers });
  });
  afterEach(() => runner.dispose());

  const length = async (p: Promise<unknown>) => ((await p) as { length: number } | undefined)?.length;
  const crash = (doc: string) => assert.rejects(runner.analyze(doc, 'crash', options), /worker stopped \(exit code 3\)/);

  it('analyses in the worker thread', async () => {
    assert.strictEqual(await length(runner.analyze('doc', 'hello', options)), 5);
    assert.strictEqual(started, 1);
  });

  it('a newer request for the same key replaces the waiting one, which resolves to undefined', async () => {
    const busy = runner.analyze('other', 'slow:200', options);
    const old = runner.analyze('doc', 'old text', options);
    const newer = runner.analyze('doc', 'newer text', options);
    assert.strictEqual(await old, undefined);
    assert.strictEqual(await length(newer), 'newer text'.length);
    assert.ok(await busy);
  });

  it('runs visible-part passes before other waiting requests', async () => {
    const order: string[] = [];
    const busy = runner.analyze('other', 'slow:200', options);
    const full = runner.analyze('doc', 'full', options).then(() => order.push('full'));
    const visible = runner.analyze(`doc${VISIBLE_SUFFIX}`, 'visible', options).then(() => order.push('visible'));
    await Promise.all([busy, full, visible]);
    assert.deepStrictEqual(order, ['visible', 'full']);
  });

  it('cancel drops a waiting request', async () => {
    const busy = runner.analyze('other', 'slow:200', options);
    const waiting = runner.analyze('doc', 'text', options);
    runner.cancel('doc');
    assert.strictEqual(await waiting, undefined);
    assert.ok(await busy);
  });

  it('an error reply rejects that request only', async () => {
    await assert.rejects(runner.analyze('doc', 'fail', options), /failed on purpose/);
    assert.strictEqual(await length(runner.analyze('doc', 'fine', options)), 4);
    assert.strictEqual(started, 1);
  });

  it('a worker that dies fails its request, and the next request gets a new worker at once', async () => {
    await crash('bad');
    assert.strictEqual(await length(runner.analyze('good', 'after', options)), 5);
    assert.strictEqual(started, 2);
    assert.deepStrictEqual(timers.delays(), []);
  });

  it('quarantines the document whose analysis killed the worker until its text changes', async () => {
    await crash('bad');
    await assert.rejects(runner.analyze('bad', 'crash', options), /not analysed again until it changes/);
    await assert.rejects(runner.analyze(`bad${VISIBLE_SUFFIX}`, 'crash', options), /not analysed again until it changes/);
    assert.strictEqual(started, 1, 'a quarantined text starts no worker');
    assert.strictEqual(await length(runner.analyze('bad', 'changed', options)), 7);
    assert.strictEqual(await length(runner.analyze('other', 'crash?', options)), 6);
  });

  it('stops an analysis that runs too long, quarantines its document and goes on with the others', async () => {
    const posted = timers.nextTimer();
    const stuck = runner.analyze('stuck', 'hang', options);
    const other = runner.analyze('other', 'fine', options);
    // The limit grows with the text; its timer is set when the request is posted to the worker.
    assert.strictEqual(await posted, timeLimit('hang'));
    timers.fire(timeLimit('hang'));
    await assert.rejects(stuck, /took too long and was stopped.*not analysed again until it changes/);
    assert.strictEqual(await length(other), 4);
    await assert.rejects(runner.analyze('stuck', 'hang', options), /took too long/);
  });

  it('the waiting pass of a document whose other pass killed the worker does not run', async () => {
    const busy = runner.analyze('other', 'slow:50', options);
    const full = runner.analyze('bad', 'crash', options);
    const visible = runner.analyze(`bad${VISIBLE_SUFFIX}`, 'crash', options);
    await assert.rejects(visible, /exit code 3/);
    await assert.rejects(full, /not analysed again until it changes/);
    assert.ok(await busy);
    assert.strictEqual(started, 2);
  });

  it('after deaths in a row, waits with growing back-off and then starts a worker; requests wait and nothing runs here', async () => {
    const health: RunnerHealth[] = [];
    runner.onHealth((h) => health.push(h));
    await crash('a');
    await crash('b');
    assert.deepStrictEqual(timers.delays(), [backoff(2)]);
    assert.deepStrictEqual(runner.currentHealth, { kind: 'restarting', reason: 'The analysis worker stopped (exit code 3).', retryInMs: 1000 });
    const waiting = runner.analyze('c', 'waits for a worker', options);
    assert.strictEqual(started, 2, 'no worker during the back-off');
    timers.fire(backoff(2));
    assert.strictEqual(await length(waiting), 'waits for a worker'.length);
    assert.strictEqual(started, 3);
    assert.deepStrictEqual(health.map((h) => h.kind), ['restarting', 'ok']);
  });

  it('the back-off doubles with each death in a row and a success resets the count', async () => {
    const deaths = async (docs: string[]) => {
      const waits: number[] = [];
      for (const d of docs) {
        await crash(d);
        const pending = timers.delays();
        waits.push(pending[0] ?? 0);
        if (pending.length) timers.fire(pending[0]);
      }
      return waits;
    };
    assert.deepStrictEqual(await deaths(['a', 'b', 'c', 'd']), [0, 1000, 2000, 4000]);
    assert.strictEqual(await length(runner.analyze('e', 'fine', options)), 4);
    assert.deepStrictEqual(await deaths(['f', 'g']), [0, 1000]);
  });

  it('the back-off is capped', () => {
    assert.deepStrictEqual([1, 2, 3, 4].map(backoff), [0, 1000, 2000, 4000]);
    assert.strictEqual(backoff(50), MAX_BACKOFF_MS);
  });

  it('a worker that dies while loading blames no document: the request waits for a worker that loads', async () => {
    loads = [{ FAKE_WORKER_DIE_ON_LOAD: '1' }, { FAKE_WORKER_DIE_ON_LOAD: '1' }];
    const restarting = new Promise<RunnerHealth>((resolve) => runner.onHealth(resolve));
    const request = runner.analyze('doc', 'hello', options);
    const health = await restarting;
    assert.strictEqual(health.kind, 'restarting');
    assert.strictEqual(started, 2);
    timers.fire(backoff(2));
    assert.strictEqual(await length(request), 5);
    assert.strictEqual(started, 3);
  });

  it('closing a document stops its running analysis at once; the others do not wait for it', async () => {
    const posted = timers.nextTimer();
    const running = runner.analyze('closed', 'hang', options);
    const other = runner.analyze('open', 'fine', options);
    await posted;
    runner.cancel('closed');
    assert.strictEqual(await running, undefined);
    assert.strictEqual(await length(other), 4);
    assert.strictEqual(started, 2);
    assert.strictEqual(runner.currentHealth.kind, 'ok');
    assert.strictEqual(await length(runner.analyze('closed', 'hang?', options)), 5, 'a cancelled document is not quarantined');
  });

  it('after dispose, requests are refused', async () => {
    runner.dispose();
    await assert.rejects(runner.analyze('doc', 'text', options), /stopped/);
  });
});
