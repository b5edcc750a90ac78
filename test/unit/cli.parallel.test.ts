import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli, corpus, run } from './cliRun';

// The README's recipe for running beyond one process: GNU parallel cuts the JSON Lines input
// into shards, runs one CLI per shard, and puts the outputs back in input order.
describe('GNU parallel recipe', function () {
  // Each case starts the CLI (and its worker threads) as a separate process, several times.
  this.timeout(300_000);
  it('parallel --pipe --keep-order over --jsonl gives the single-process output byte for byte', function () {
    if (spawnSync('parallel', ['--version']).error) {
      // CI installs parallel (.ci/run), so there a missing one is a failure, not a skip.
      assert.ok(!process.env.CI, 'GNU parallel is missing on CI: .ci/run should have installed it');
      console.warn('      skipped: GNU parallel is not installed here (apt-get install parallel)');
      this.skip();
    }
    const input = corpus().map((r) => JSON.stringify(r)).join('\n') + '\n';
    const single = run(['--jsonl', '-'], { input });
    assert.strictEqual(single.code, 0, single.stderr);
    // Four records per shard: the 20 records make 5 shards, two running at a time.
    const joblog = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'news-parallel-')), 'jobs.log');
    const sharded = spawnSync('parallel', ['--will-cite', '--joblog', joblog, '--pipe', '--keep-order', '-N', '4', '--jobs', '2', '-q', process.execPath, cli, '--jsonl', '--jobs', '1', '-'], {
      input,
      encoding: 'utf8',
      timeout: 240_000,
    });
    assert.strictEqual(sharded.status, 0, sharded.stderr);
    // The job log has a header line and one line per shard.
    assert.strictEqual(fs.readFileSync(joblog, 'utf8').trim().split('\n').length - 1, 5);
    fs.rmSync(path.dirname(joblog), { recursive: true, force: true });
    assert.strictEqual(sharded.stdout, single.stdout);
  });
});
