/**
 * The reported-speech arbiter (src/analysis/quotes/arbiter.ts) and its training
 * (arbiterTrain.ts). Every sentence and example is invented; none comes from the gold data.
 */
import * as assert from 'assert';
import { clearMemos } from '../../src/analysis/memo';
import { splitParagraphs } from '../../src/analysis/paragraphs';
import { findQuotes } from '../../src/analysis/quotes';
import { arbiterProbability, ArbiterModel, observeCandidates } from '../../src/analysis/quotes/arbiter';
import { labelCandidates, modelModule, trainArbiter, TrainingExample } from '../../src/analysis/quotes/arbiterTrain';
import { ARBITER_MODEL } from '../../src/analysis/quotes/arbiterWeights';

/** Every candidate report of `text` with its features, as the arbiter sees them (rules only). */
function candidates(text: string): Array<{ text: string; features: string[] }> {
  const seen: Array<{ text: string; features: string[] }> = [];
  clearMemos();
  observeCandidates((draft, features) => seen.push({ text: text.slice(draft.start, draft.end), features }));
  try {
    findQuotes(text, splitParagraphs(text), [], { off: ['arbiter'] });
  } finally {
    observeCandidates(null);
  }
  return seen;
}

function reports(text: string, off: [] | ['arbiter']): string[] {
  return findQuotes(text, splitParagraphs(text), [], { off })
    .quotes.filter((q) => q.kind !== 'direct')
    .map((q) => q.text);
}

const ARTICLE = [
  'The mayor said that the bridge would reopen in May.',
  'According to the ministry, the repairs will cost two million dollars.',
  'The ministry said that the mayor believes that the bridge is safe.',
  'The aide said Mayor Ruth Ames told donors the bridge would be finished by spring.',
  'Ann Lee owns the largest bakery in the town and a small farm.',
  'The governor responded by pointing at the crowd.',
  'Did the council say when?',
].join('\n\n');

describe('reported-speech arbiter', () => {
  it('describes a candidate by its cue class, source, cue position and complement', () => {
    const [c] = candidates('The mayor said that the bridge would reopen in May.');
    assert.strictEqual(c.text, 'that the bridge would reopen in May');
    for (const f of ['class=speech', 'cue=said', 'position=before', 'after=that', 'depth=0', 'quoted=none']) assert.ok(c.features.includes(f), `missing ${f} in ${c.features.join(' ')}`);
    assert.ok(['speaker=role', 'speaker=noun', 'speaker=name'].some((f) => c.features.includes(f)));
  });

  it('marks a report inside another report\'s content by its depth', () => {
    const found = candidates('The ministry said that the mayor believes that the bridge is safe.');
    assert.deepStrictEqual(
      found.map((c) => c.features.find((f) => f.startsWith('depth='))),
      ['depth=0', 'depth=1'],
    );
  });

  it('keeps plain reports with a verb of saying or "according to"', () => {
    for (const text of ['The mayor said that the bridge would reopen in May.', 'According to the ministry, the repairs will cost two million dollars.', 'The bridge will reopen in May, the mayor said.']) {
      const [c] = candidates(text);
      assert.ok(arbiterProbability(c.features) >= ARBITER_MODEL.keep, `${text}: ${arbiterProbability(c.features)}`);
      assert.strictEqual(reports(text, []).length, 1, text);
    }
  });

  it('only ever drops what the rules propose: with it, the reports are a subset of the rules\' own', () => {
    const all = reports(ARTICLE, ['arbiter']);
    const kept = reports(ARTICLE, []);
    assert.ok(all.length >= kept.length);
    for (const r of kept) assert.ok(all.includes(r), r);
  });

  it('loses no report inside the content of a trailing-cue report it drops', () => {
    // The rules let "officials admitted" take in "Residents want ..."; only a kept report may.
    const text = 'Residents want the pier rebuilt, officials admitted.';
    assert.ok(reports(text, ['arbiter']).length >= 1);
    assert.ok(reports(text, []).some((r) => r.includes('the pier rebuilt')), JSON.stringify(reports(text, [])));
  });

  it('drops a candidate whose features a model weighs below its threshold, keeps the others', () => {
    const model: ArbiterModel = { bias: 1, keep: 0.5, weights: { 'depth=1': -3 } };
    const found = candidates('The ministry said that the mayor believes that the bridge is safe.');
    assert.deepStrictEqual(
      found.map((c) => arbiterProbability(c.features, model) >= model.keep),
      [true, false],
    );
  });
});

describe('arbiter candidates for training', () => {
  const repeated = ['The mayor said that the bridge would reopen in May.', 'Ann Lee owns a bakery.', 'The mayor said that the bridge would reopen in May.'].join('\n\n');

  it('sees the candidates of a paragraph at each place the document repeats it', () => {
    const starts: number[] = [];
    clearMemos();
    observeCandidates((draft) => starts.push(draft.start));
    try {
      findQuotes(repeated, splitParagraphs(repeated), [], { off: ['arbiter'] });
    } finally {
      observeCandidates(null);
    }
    const second = repeated.lastIndexOf('The mayor');
    assert.deepStrictEqual(
      starts.map((s) => s >= second),
      [false, true],
    );
  });

  it('changes nothing the analysis returns while candidates are observed', () => {
    const plain = JSON.stringify(findQuotes(repeated, splitParagraphs(repeated), []));
    observeCandidates(() => undefined);
    try {
      assert.strictEqual(JSON.stringify(findQuotes(repeated, splitParagraphs(repeated), [])), plain);
    } finally {
      observeCandidates(null);
    }
  });
});

describe('arbiter training', () => {
  /** A tiny invented set: "good" marks true reports, "bad" false ones; "x" is noise seen on both. */
  function examples(): TrainingExample[] {
    const out: TrainingExample[] = [];
    for (let i = 0; i < 40; i++) {
      out.push({ features: ['good', i % 2 ? 'x' : 'y'], label: i % 10 !== 0, doc: i });
      out.push({ features: ['bad', i % 3 ? 'x' : 'y'], label: i % 10 === 0, doc: i });
    }
    return out;
  }

  it('gives the same model, byte for byte, from the same examples', () => {
    const a = modelModule(trainArbiter(examples(), { gold: 40, minCount: 2, folds: 2 }), 'note');
    const b = modelModule(trainArbiter(examples(), { gold: 40, minCount: 2, folds: 2 }), 'note');
    assert.strictEqual(a, b);
    assert.match(a, /export const ARBITER_MODEL: ArbiterModel = \{/);
  });

  it('learns which features mark reports and keeps those above its threshold', () => {
    const model = trainArbiter(examples(), { gold: 40, minCount: 2, folds: 2 });
    assert.ok(model.weights.good > 0 && model.weights.bad < 0, JSON.stringify(model.weights));
    assert.ok(arbiterProbability(['good', 'x'], model) >= model.keep);
    assert.ok(arbiterProbability(['bad', 'x'], model) < model.keep);
  });

  it('gives no weight to a feature seen fewer times than the minimum', () => {
    const model = trainArbiter([...examples(), { features: ['good', 'rare'], label: true, doc: 0 }], { gold: 40, minCount: 2, folds: 1 });
    assert.strictEqual(model.weights.rare, undefined);
  });

  it('labels candidates one to one against gold spans from 30% coverage, best coverage first', () => {
    const gold = [
      { start: 0, end: 100 },
      { start: 200, end: 210 },
    ];
    // Two candidates over the first gold span: only the better one matches; the third covers too little.
    assert.deepStrictEqual(
      labelCandidates(
        [
          { start: 0, end: 40 },
          { start: 0, end: 90 },
          { start: 200, end: 202 },
        ],
        gold,
      ),
      [false, true, false],
    );
  });
});
