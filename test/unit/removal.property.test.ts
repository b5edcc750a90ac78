import * as assert from 'assert';
import { analyze, applyDeletions, normalizeParagraph, planRemoval, splitParagraphs } from '../../src/analysis';

/** A small deterministic PRNG so that every run checks the same generated documents. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    s ^= s + Math.imul(s ^ (s >>> 7), 61 | s);
    return ((s ^ (s >>> 14)) >>> 0) / 4294967296;
  };
}

const vocabulary = ['the', 'minister', 'said', 'on', 'Monday', 'that', 'talks', 'would', 'continue', '“quoted”', 'élan', '👋', 'مرحبا', 'Moscow', 'trade', 'ties', 'a', 'new', 'deal', '—', 'it’s'];
const separators = ['\n', '\r\n', '\n\n', '\n \n', '\r\n\r\n'];

function generate(rand: () => number): string {
  const pool: string[] = [];
  const parts: string[] = [];
  const count = 1 + Math.floor(rand() * 12);
  for (let i = 0; i < count; i++) {
    let p: string;
    if (pool.length && rand() < 0.4) {
      p = pool[Math.floor(rand() * pool.length)];
      if (rand() < 0.3) p = p.toUpperCase();
      if (rand() < 0.3) p = p.replace(/ /, ' ' + vocabulary[Math.floor(rand() * vocabulary.length)] + ' ');
    } else {
      const n = 1 + Math.floor(rand() * 14);
      p = Array.from({ length: n }, () => vocabulary[Math.floor(rand() * vocabulary.length)]).join(' ');
      pool.push(p);
    }
    parts.push(p);
  }
  const sep = separators[Math.floor(rand() * separators.length)];
  return (rand() < 0.3 ? sep : '') + parts.join(sep) + (rand() < 0.5 ? sep : '');
}

describe('duplicate removal (property over generated documents)', () => {
  it('never deletes text that does not occur earlier, and leaves no duplicates it could remove', () => {
    const rand = prng(20261126);
    let removedSomething = 0;
    for (let run = 0; run < 500; run++) {
      const text = generate(rand);
      const before = analyze(text);
      const deletions = planRemoval(before.paragraphs, before.duplicates, { kind: 'all' });
      const after = applyDeletions(text, deletions);
      if (deletions.length) removedSomething++;

      // Every deleted paragraph has an equal (normalised) paragraph that is kept and comes before it.
      const deleted = (p: { start: number }) => deletions.some((d) => d.start <= p.start && p.start < d.end);
      for (const p of before.paragraphs.filter(deleted)) {
        const normal = normalizeParagraph(p.text);
        const earlierKept = before.paragraphs.some((q) => q.index < p.index && !deleted(q) && normalizeParagraph(q.text) === normal);
        assert.ok(earlierKept, `deleted ${JSON.stringify(p.text)} with no kept equal paragraph before it, in ${JSON.stringify(text)}`);
      }
      // Deletions remove only white space besides those paragraphs.
      const removedText = deletions.map((d) => text.slice(d.start, d.end)).join('');
      const removedParagraphs = before.paragraphs.filter(deleted).map((p) => p.text).join('');
      assert.strictEqual(removedText.replace(/\s+/g, ''), removedParagraphs.replace(/\s+/g, ''));
      // The kept paragraphs are the original ones in order, minus the removed copies.
      const removed = new Set(before.duplicates.copies.filter((c) => c.kind === 'exact').map((c) => c.paragraph));
      assert.deepStrictEqual(splitParagraphs(after).map((p) => p.text), before.paragraphs.filter((p) => !removed.has(p.index)).map((p) => p.text));
      // Removing twice changes nothing more.
      const again = analyze(after);
      assert.deepStrictEqual(planRemoval(again.paragraphs, again.duplicates, { kind: 'all' }), []);
    }
    assert.ok(removedSomething > 50, `the generator produced too few documents with duplicates (${removedSomething})`);
  });
});
