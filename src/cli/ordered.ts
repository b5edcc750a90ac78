/**
 * Starts work on the items of `source` while fewer than `window` are started and not yet
 * consumed, and consumes the results in the order of the items, each as soon as it and all
 * before it are done: output in input order, without waiting for the input to end, and in
 * bounded memory. Stops reading when `consume` throws, and rethrows that.
 */
export async function inOrder<T, R>(source: AsyncIterable<T>, start: (item: T) => Promise<R>, consume: (result: R, item: T) => Promise<void>, window: number): Promise<void> {
  const pending: Array<{ item: T; result: Promise<R> }> = [];
  let inputDone = false;
  let stopped = false;
  // Each side waits on a promise that the other side resolves; resolving a settled one is a no-op.
  let wakeConsumer = () => undefined as void;
  let wakeReader = () => undefined as void;
  const reader = async () => {
    try {
      for await (const item of source) {
        if (stopped) break;
        pending.push({ item, result: start(item) });
        wakeConsumer();
        while (pending.length >= window && !stopped) await new Promise<void>((resolve) => (wakeReader = resolve));
      }
    } finally {
      inputDone = true;
      wakeConsumer();
    }
  };
  const consumer = async () => {
    try {
      for (;;) {
        if (!pending.length) {
          if (inputDone) return;
          await new Promise<void>((resolve) => (wakeConsumer = resolve));
          continue;
        }
        const head = pending[0];
        await consume(await head.result, head.item);
        pending.shift();
        wakeReader();
      }
    } finally {
      stopped = true;
      wakeReader();
    }
  };
  await Promise.all([reader(), consumer()]);
}
