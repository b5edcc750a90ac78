import * as assert from 'assert';
import * as path from 'path';
import { defaultAnalysisOptions } from '../../src/analysis';
import { AnalysisRunner, VISIBLE_SUFFIX } from '../../src/host/analysisRunner';

const fakeWorker = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'workers', 'fake-worker.js');
const options = defaultAnalysisOptions;

describe('AnalysisRunner', () => {
  let runner: AnalysisRunner;
  beforeEach(() => (runner = new AnalysisRunner(fakeWorker)));
  afterEach(() => runner.dispose());

  it('analyses in the worker thread', async () => {
    const a = (await runner.analyze('doc', 'hello', options)) as unknown as { length: number; inline: boolean };
    assert.deepStrictEqual([a.length, a.inline], [5, false]);
  });

  it('a newer request for the same key replaces the waiting one, which resolves to undefined', async () => {
    const busy = runner.analyze('other', 'slow:200', options);
    const old = runner.analyze('doc', 'old text', options);
    const newer = runner.analyze('doc', 'newer text', options);
    assert.strictEqual(await old, undefined);
    assert.strictEqual((await newer)?.length, 'newer text'.length);
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
    assert.strictEqual((await runner.analyze('doc', 'fine', options))?.length, 4);
  });

  it('a worker that dies fails its request, and the next request gets a new worker', async () => {
    await assert.rejects(runner.analyze('doc', 'crash', options), /worker stopped/);
    const a = (await runner.analyze('doc', 'after', options)) as unknown as { inline: boolean };
    assert.strictEqual(a.inline, false);
  });

  it('after repeated deaths short texts run on the calling thread and long ones fail with a message', async () => {
    for (let i = 0; i < 4; i++) await assert.rejects(runner.analyze('doc', 'crash', options));
    const a = (await runner.analyze('doc', 'short', options)) as unknown as { inline: boolean };
    assert.strictEqual(a.inline, true);
    await assert.rejects(runner.analyze('doc', 'x'.repeat(600_000), options), /too long to analyse on the editor/);
  });

  it('a success between deaths earns the restarts back', async () => {
    for (let i = 0; i < 3; i++) await assert.rejects(runner.analyze('doc', 'crash', options));
    await runner.analyze('doc', 'fine', options);
    for (let i = 0; i < 3; i++) await assert.rejects(runner.analyze('doc', 'crash', options));
    const a = (await runner.analyze('doc', 'still a worker', options)) as unknown as { inline: boolean };
    assert.strictEqual(a.inline, false);
  });

  it('after dispose, requests are refused', async () => {
    runner.dispose();
    await assert.rejects(runner.analyze('doc', 'text', options), /stopped/);
  });
});
