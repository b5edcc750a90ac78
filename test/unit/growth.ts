/**
 * Growth checks for the linear-time rule: a pass must cost about 8 times as much on an input 8
 * times as large (linear, or n log n), never 64 times (quadratic). Both sizes are timed inside
 * one test, interleaved and best of several runs, in processor time, so the ratio does not
 * depend on how fast or busy the machine is; absolute speed belongs to `npm run bench`.
 */
import * as assert from 'assert';

/** The outcome of one growth check. */
export interface Growth {
  /** The smaller input size the check settled on (it grows until a run is long enough to time). */
  size: number;
  /** Best time of the small and the large input, in milliseconds. */
  small: number;
  large: number;
  /** large / small. Linear gives about 8, n log n about 10, quadratic about 64. */
  ratio: number;
}

/** Sizes are 8 times apart. */
export const GROWTH_FACTOR = 8;
/** A ratio above this fails: three times what a linear pass gives, a third of a quadratic one. */
export const GROWTH_LIMIT = 24;

/**
 * The processor time `run` takes, in milliseconds. Not the wall-clock time: on a machine that
 * other jobs share, a run that waits for a processor would count the wait, and the longer
 * (large) runs wait more often, so busy machines inflated the ratios.
 */
function time(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * Times `run(make(size))` against `run(make(8 * size))`. Until the small input takes at least
 * `minMs`, so that timer resolution and start-up costs do not flatten the ratio, `size` is
 * doubled up to `maxSize`, and past it both inputs are run more times per timing instead: huge
 * inputs would time the memory system (caches, the garbage collector's work on a big heap) on
 * the large input alone, not the pass. Each size runs `repeats` times, interleaved; the best
 * time counts.
 */
export function measureGrowth<T>(make: (size: number) => T, run: (input: T) => unknown, size: number, options: { repeats?: number; minMs?: number; maxSize?: number } = {}): Growth {
  const repeats = options.repeats ?? 5;
  const minMs = options.minMs ?? 8;
  const maxSize = options.maxSize ?? size * 16;
  let times = 1;
  const runs = (input: T) => () => {
    for (let k = 0; k < times; k++) run(input);
  };
  let small = make(size);
  run(small); // warm-up: JIT and caches that any later call would also find warm
  // Best of two: one run slowed by other work on the machine must not stop the doubling early.
  while (Math.min(time(runs(small)), time(runs(small))) < minMs && times < 4096) {
    if (size * 2 <= maxSize) {
      size *= 2;
      small = make(size);
    } else {
      times *= 2;
    }
  }
  const large = make(size * GROWTH_FACTOR);
  run(large);
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let i = 0; i < repeats; i++) {
    bestSmall = Math.min(bestSmall, time(runs(small)));
    bestLarge = Math.min(bestLarge, time(runs(large)));
  }
  return { size, small: bestSmall, large: bestLarge, ratio: bestLarge / Math.max(bestSmall, 1e-3) };
}

/** Fails when `run` costs more than `limit` times as much on an input 8 times as large. */
export function assertGrowsLinearly<T>(
  what: string,
  make: (size: number) => T,
  run: (input: T) => unknown,
  size: number,
  limit = GROWTH_LIMIT,
  options: Parameters<typeof measureGrowth>[3] = {},
): Growth {
  // A ratio over the limit is measured again, up to three times in all: a collection of a big heap
  // or a busy machine can slow one round of the large input, but a quadratic pass (about 64x)
  // fails every round.
  const seen: Growth[] = [];
  for (let round = 0; round < 3; round++) {
    const g = measureGrowth(make, run, size, options);
    if (g.ratio <= limit) return g;
    seen.push(g);
  }
  const detail = seen.map((g) => `${g.ratio.toFixed(1)}x (${g.small.toFixed(1)} ms at size ${g.size}, ${g.large.toFixed(1)} ms at ${g.size * GROWTH_FACTOR})`).join(', ');
  assert.fail(`${what}: ${GROWTH_FACTOR}x the input took ${detail} in three rounds; at most ${limit}x is allowed`);
}
