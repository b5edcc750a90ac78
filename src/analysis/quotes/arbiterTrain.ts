/**
 * Training of the reported-speech arbiter (quotes/arbiter.ts): labels candidates against gold
 * spans, fits a logistic model by full-batch gradient descent (no randomness: the same examples
 * give the same weights), picks the threshold that maximises F1 on the training candidates, and
 * writes the model as a TypeScript module. Pure; test/eval/trainArbiter.ts does the reading and
 * writing.
 */
import { arbiterProbability, ArbiterModel } from './arbiter';

/** One candidate seen while training: its features and whether it matches a gold report. */
export interface TrainingExample {
  features: readonly string[];
  label: boolean;
  /** The document it comes from, by index: the folds of the threshold choice split by document. */
  doc: number;
}

export interface TrainingOptions {
  /** Gold reports in the training data, for the F1 the thresholds maximise. */
  gold: number;
  /** A feature seen fewer times than this gets no weight. */
  minCount?: number;
  iterations?: number;
  rate?: number;
  /** L2 penalty per example. */
  l2?: number;
  /** Folds (by document) whose held-out probabilities choose the threshold; 1 uses the training probabilities. */
  folds?: number;
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

/**
 * Fits the model on every example and chooses its threshold on probabilities each example gets
 * from a model fitted without its fold of documents, so they are not tuned on what the model
 * has memorised. Deterministic in its inputs.
 */
export function trainArbiter(examples: readonly TrainingExample[], options: TrainingOptions): ArbiterModel {
  const model = fit(examples, options);
  const folds = options.folds ?? 3;
  const probability = new Float64Array(examples.length);
  if (folds <= 1) examples.forEach((e, i) => (probability[i] = arbiterProbability(e.features, model)));
  for (let k = 0; k < folds && folds > 1; k++) {
    const held = fit(
      examples.filter((e) => e.doc % folds !== k),
      options,
    );
    examples.forEach((e, i) => {
      if (e.doc % folds === k) probability[i] = arbiterProbability(e.features, held);
    });
  }
  return { ...model, keep: bestThreshold(examples, probability, options.gold) };
}

/** Logistic regression by full-batch gradient descent; the threshold left at 0. */
function fit(examples: readonly TrainingExample[], options: TrainingOptions): ArbiterModel {
  const minCount = options.minCount ?? 20;
  const iterations = options.iterations ?? 400;
  const rate = options.rate ?? 0.5;
  const l2 = options.l2 ?? 1e-3;
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
  return { bias: round(bias, 4), weights, keep: 0 };
}

/** The threshold (in steps of 0.01) with the best F1 over the examples, given `gold` reports in all. */
function bestThreshold(examples: readonly TrainingExample[], probability: Float64Array, gold: number): number {
  const steps = 101;
  // For each threshold step, the kept candidates and the true ones among them.
  const kept = new Float64Array(steps);
  const right = new Float64Array(steps);
  for (let i = 0; i < examples.length; i++) {
    const top = Math.min(steps - 1, Math.floor(probability[i] * 100 + 1e-9));
    for (let s = 0; s <= top; s++) {
      kept[s]++;
      if (examples[i].label) right[s]++;
    }
  }
  let best = { f1: -1, keep: 0 };
  for (let s = 0; s < steps; s++) {
    const f1 = kept[s] + gold === 0 ? 0 : (2 * right[s]) / (kept[s] + gold);
    if (f1 > best.f1 + 1e-12) best = { f1, keep: s / 100 };
  }
  return best.keep;
}

/** The model as the source of arbiterWeights.ts: keys sorted, so the same model gives the same bytes. */
export function modelModule(model: ArbiterModel, note: string): string {
  const lines = Object.keys(model.weights)
    .sort()
    .map((k) => `    ${JSON.stringify(k)}: ${model.weights[k]},`);
  return [
    '/**',
    ' * Written by `npm run train:arbiter` (test/eval/trainArbiter.ts) from the PolNeAR train',
    ' * annotations; do not edit by hand. Feature names are classes, lexicon words and common cue words.',
    ` * ${note}`,
    ' */',
    "import type { ArbiterModel } from './arbiter';",
    '',
    'export const ARBITER_MODEL: ArbiterModel = {',
    `  bias: ${model.bias},`,
    `  keep: ${model.keep},`,
    '  weights: {',
    ...lines,
    '  },',
    '};',
    '',
  ].join('\n');
}
