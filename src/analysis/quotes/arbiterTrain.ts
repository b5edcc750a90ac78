/**
 * Training of the reported-speech arbiter (quotes/arbiter.ts): labels candidates against gold
 * spans, fits a logistic model by full-batch gradient descent (no randomness: the same examples
 * give the same weights), picks the thresholds that maximise F1 on the training candidates, and
 * writes the model as a TypeScript module. Pure; test/eval/trainArbiter.ts does the reading and
 * writing.
 */
import type { ArbiterModel } from './arbiter';

/** One candidate seen while training: its features, whether it is nested, whether it matches a gold report. */
export interface TrainingExample {
  features: readonly string[];
  nested: boolean;
  label: boolean;
}

export interface TrainingOptions {
  /** Gold reports in the training data, for the F1 the thresholds maximise. */
  gold: number;
  /** Reports the rest of the quote finder gets right whatever the arbiter does (F1's other true positives and predictions). */
  otherTp?: number;
  otherPredicted?: number;
  /** A feature seen fewer times than this gets no weight. */
  minCount?: number;
  iterations?: number;
  rate?: number;
  /** L2 penalty per example. */
  l2?: number;
}

/**
 * One-to-one matching of candidate spans to gold spans, pairs taken by descending coverage of
 * the gold span (shared characters / gold characters) from `threshold` on, as the evaluation
 * scores quotes (src/eval/score.ts); returns, per candidate, whether it is matched.
 */
export function labelCandidates(candidates: ReadonlyArray<{ start: number; end: number }>, gold: ReadonlyArray<{ start: number; end: number }>, threshold = 0.3): boolean[] {
  const pairs: Array<{ c: number; g: number; coverage: number }> = [];
  // Both lists sorted by start would allow a sweep; documents hold a few dozen reports, so pairs are few.
  for (let g = 0; g < gold.length; g++) {
    const length = Math.max(1, gold[g].end - gold[g].start);
    for (let c = 0; c < candidates.length; c++) {
      const shared = Math.min(candidates[c].end, gold[g].end) - Math.max(candidates[c].start, gold[g].start);
      if (shared / length >= threshold) pairs.push({ c, g, coverage: shared / length });
    }
  }
  pairs.sort((a, b) => b.coverage - a.coverage || a.c - b.c || a.g - b.g);
  const label = candidates.map(() => false);
  const usedGold = new Set<number>();
  for (const { c, g } of pairs) {
    if (label[c] || usedGold.has(g)) continue;
    label[c] = true;
    usedGold.add(g);
  }
  return label;
}

function round(x: number, places: number): number {
  const f = 10 ** places;
  return Math.round(x * f) / f;
}

/** Fits the model and chooses its thresholds; deterministic in its inputs. */
export function trainArbiter(examples: readonly TrainingExample[], options: TrainingOptions): ArbiterModel {
  const minCount = options.minCount ?? 5;
  const iterations = options.iterations ?? 400;
  const rate = options.rate ?? 0.5;
  const l2 = options.l2 ?? 1e-4;
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((e) => [...new Set(e.features)].map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  const w = new Float64Array(names.length);
  let bias = 0;
  const n = Math.max(1, examples.length);
  // Adagrad on the mean log loss: a step per feature scaled by its past gradients, so rare and
  // common features both settle within the fixed number of rounds.
  const g2 = new Float64Array(names.length).fill(1e-8);
  let b2 = 1e-8;
  const grad = new Float64Array(names.length);
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    let gb = 0;
    for (let i = 0; i < rows.length; i++) {
      let z = bias;
      for (const k of rows[i]) z += w[k];
      const err = 1 / (1 + Math.exp(-z)) - (examples[i].label ? 1 : 0);
      gb += err;
      for (const k of rows[i]) grad[k] += err;
    }
    gb /= n;
    b2 += gb * gb;
    bias -= (rate * gb) / Math.sqrt(b2);
    for (let k = 0; k < w.length; k++) {
      const g = grad[k] / n + l2 * w[k];
      g2[k] += g * g;
      w[k] -= (rate * g) / Math.sqrt(g2[k]);
    }
  }
  const weights: Record<string, number> = {};
  for (let k = 0; k < names.length; k++) {
    const v = round(w[k], 4);
    if (v !== 0) weights[names[k]] = v;
  }
  const model: ArbiterModel = { bias: round(bias, 4), weights, keep: 0, nested: 1 };
  const { keep, nested } = bestThresholds(examples, model, options);
  return { ...model, keep, nested };
}

/** The keep and nested thresholds (steps of 0.01) with the best F1 over the examples. */
function bestThresholds(examples: readonly TrainingExample[], model: ArbiterModel, options: TrainingOptions): { keep: number; nested: number } {
  const steps = 101;
  // For each family and threshold step, the kept candidates and the true ones among them.
  const kept = [new Float64Array(steps), new Float64Array(steps)];
  const right = [new Float64Array(steps), new Float64Array(steps)];
  for (const e of examples) {
    let z = model.bias;
    for (const f of e.features) z += model.weights[f] ?? 0;
    const p = 1 / (1 + Math.exp(-z));
    const fam = e.nested ? 1 : 0;
    const top = Math.min(steps - 1, Math.floor(p * 100 + 1e-9));
    for (let s = 0; s <= top; s++) {
      kept[fam][s]++;
      if (e.label) right[fam][s]++;
    }
  }
  let best = { f1: -1, keep: 0, nested: 1 };
  for (let a = 0; a < steps; a++) {
    for (let b = 0; b < steps; b++) {
      const tp = right[0][a] + right[1][b] + (options.otherTp ?? 0);
      const predicted = kept[0][a] + kept[1][b] + (options.otherPredicted ?? 0);
      const f1 = predicted + options.gold === 0 ? 0 : (2 * tp) / (predicted + options.gold);
      if (f1 > best.f1 + 1e-12) best = { f1, keep: a / 100, nested: b / 100 };
    }
  }
  return { keep: best.keep, nested: best.nested };
}

/** The model as the source of arbiterWeights.ts: keys sorted, so the same model gives the same bytes. */
export function modelModule(model: ArbiterModel, note: string): string {
  const lines = Object.keys(model.weights)
    .sort()
    .map((k) => `    ${JSON.stringify(k)}: ${model.weights[k]},`);
  return [
    '/**',
    ' * Written by `npm run train:arbiter` (test/eval/trainArbiter.ts) from the PolNeAR train',
    ' * annotations; do not edit by hand. Feature names are classes and lexicon words only.',
    ` * ${note}`,
    ' */',
    "import type { ArbiterModel } from './arbiter';",
    '',
    'export const ARBITER_MODEL: ArbiterModel = {',
    `  bias: ${model.bias},`,
    `  keep: ${model.keep},`,
    `  nested: ${model.nested},`,
    '  weights: {',
    ...lines,
    '  },',
    '};',
    '',
  ].join('\n');
}
