import * as assert from 'assert';
import { inOrder } from '../../src/cli/ordered';

/** A promise settled from outside, so tests decide the order in which work finishes. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

async function* fromArray<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

describe('CLI ordered pipeline', () => {
  it('consumes results in input order whatever order they finish in, with at most `window` started and not consumed', async () => {
    const items = [0, 1, 2, 3, 4, 5, 6, 7];
    const work = items.map(() => deferred<string>());
    const consumed: string[] = [];
    let outstanding = 0;
    let most = 0;
    const started: number[] = [];
    const run = inOrder(
      fromArray(items),
      (i) => {
        started.push(i);
        outstanding++;
        most = Math.max(most, outstanding);
        return work[i].promise;
      },
      async (result) => {
        consumed.push(result);
        outstanding--;
      },
      3,
    );
    // Finish work backwards: nothing may be consumed before item 0 is done.
    for (const i of [7, 6, 5, 4, 3, 2, 1, 0]) work[i].resolve(`r${i}`);
    await run;
    assert.deepStrictEqual(consumed, items.map((i) => `r${i}`));
    assert.deepStrictEqual(started, items);
    assert.ok(most <= 3, `at most 3 outstanding, saw ${most}`);
  });

  it('consumes a result before the input has ended', async () => {
    const more = deferred<void>();
    const firstConsumed = deferred<void>();
    async function* source() {
      yield 'first';
      await more.promise;
      yield 'second';
    }
    const consumed: string[] = [];
    const run = inOrder(source(), async (s) => s.toUpperCase(), async (r) => {
      consumed.push(r);
      firstConsumed.resolve();
    }, 4);
    await firstConsumed.promise;
    assert.deepStrictEqual(consumed, ['FIRST']);
    more.resolve();
    await run;
    assert.deepStrictEqual(consumed, ['FIRST', 'SECOND']);
  });

  it('stops reading and rethrows when consuming fails', async () => {
    let read = 0;
    async function* endless() {
      for (;;) yield read++;
    }
    await assert.rejects(
      inOrder(endless(), async (i) => i, async (i) => {
        if (i === 2) throw new Error('closed pipe');
      }, 2),
      /closed pipe/,
    );
    assert.ok(read < 10, `read ${read} items`);
  });
});
