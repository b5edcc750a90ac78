import * as assert from 'assert';
import { Memo } from '../../src/analysis/memo';

describe('memo (analysis/memo.ts)', () => {
  it('keeps what is used, drops the least recently used when full, and computes again what it dropped', () => {
    const memo = new Memo<number>(20);
    let computed = 0;
    const get = (text: string) => memo.get([text], () => (computed++, text.length));
    for (let i = 0; i < 200; i++) {
      get(`text ${i}`);
      get('kept'); // used on every round: never the least recently used
    }
    const before = computed;
    get('kept');
    get('text 199');
    assert.strictEqual(computed, before, 'an entry in constant use and the latest stay');
    get('text 100');
    assert.strictEqual(computed, before + 1, 'an old entry was dropped');
  });

  it('refuses a hit that `valid` rejects and computes it again', () => {
    const memo = new Memo<string>();
    let valid = true;
    assert.strictEqual(memo.get(['a'], () => 'first', undefined, () => valid), 'first');
    assert.strictEqual(memo.get(['a'], () => 'second', undefined, () => valid), 'first');
    valid = false;
    assert.strictEqual(memo.get(['a'], () => 'third', undefined, () => valid), 'third');
  });

  it('getOne: a hit needs the same text, not just the same hash (a collision is computed again)', () => {
    const memo = new Memo<string>();
    let computed = 0;
    const compute = (text: string) => (computed++, text.toUpperCase());
    assert.strictEqual(memo.getOne('alpha', 'h1', compute), 'ALPHA');
    assert.strictEqual(memo.getOne('alpha', 'h1', compute), 'ALPHA');
    assert.strictEqual(computed, 1);
    assert.strictEqual(memo.getOne('beta', 'h1', compute), 'BETA', 'another text under the same hash');
    assert.strictEqual(computed, 2);
  });
});
