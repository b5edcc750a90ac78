import * as assert from 'assert';
import { analyze, Analysis, planRemoval, Span } from '../../src/analysis';
import { lineBreaks, mapAnalysisThroughEdits, TextEdit } from '../../src/analysis/mapEdits';
import { assertGrowsLinearly } from './growth';

/** An edit as a test writes it: offsets of the text it applies to, and the text it inserts. */
interface Change {
  at: number;
  delete: number;
  insert: string;
}

/** Line breaks as the paragraph splitter counts them, written independently of `lineBreaks`. */
function breaks(text: string): number {
  return (text.match(/\r\n|\r|\n/g) ?? []).length;
}

/** Applies changes one after the other (as an editor reports one change event) and returns the new text and the edits. */
function apply(text: string, changes: Change[]): { text: string; edits: TextEdit[] } {
  const edits: TextEdit[] = [];
  for (const c of changes) {
    const removed = text.slice(c.at, c.at + c.delete);
    edits.push({ offset: c.at, deleted: c.delete, inserted: c.insert.length, lines: breaks(c.insert) - breaks(removed) });
    text = text.slice(0, c.at) + c.insert + text.slice(c.at + c.delete);
  }
  return { text, edits };
}

/** An analysis of `text` whose only findings are the given names, marked wherever they occur, each its own person. */
function withNames(text: string, names: string[]): Analysis {
  const entities = names.map((name) => {
    const mentions = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ start: at, end: at + name.length, text: name });
    return { id: `person:${name}`, type: 'person' as const, canonical: name, aliases: [], roles: [], mentions };
  });
  return { ...analyze(text, { duplicates: { minLength: 1000, similarity: 1 }, entities: {}, nlpMaxLength: 0 }), entities, notices: [] };
}

/** Every mention as "text@start", to compare with the new text. */
function marks(a: Analysis): string[] {
  return a.entities.flatMap((e) => e.mentions.map((m) => `${m.text}@${m.start}`));
}

const TEXT = 'Ann Lee met Bob Ray.\nLee spoke.';

const table: Array<{ name: string; changes: Change[]; kept: string[] }> = [
  { name: 'typing between names shifts the marks after it', changes: [{ at: 20, delete: 0, insert: ' So' }], kept: ['Ann Lee@0', 'Bob Ray@12', 'Lee@24'] },
  { name: 'typing at the start of a line drops the name it starts with', changes: [{ at: 21, delete: 0, insert: 'So ' }], kept: ['Ann Lee@0', 'Bob Ray@12'] },
  { name: 'typing at the start of a name drops its mark', changes: [{ at: 0, delete: 0, insert: 'x' }], kept: ['Bob Ray@13', 'Lee@22'] },
  { name: 'typing at the end of a name drops its mark (it never grows)', changes: [{ at: 7, delete: 0, insert: 's' }], kept: ['Bob Ray@13', 'Lee@22'] },
  { name: 'typing one character away from a name keeps it', changes: [{ at: 8, delete: 0, insert: 'x' }], kept: ['Ann Lee@0', 'Bob Ray@13', 'Lee@22'] },
  { name: 'a deletion that ends where a name starts drops it', changes: [{ at: 8, delete: 4, insert: '' }], kept: ['Ann Lee@0', 'Lee@17'] },
  { name: 'a replacement inside a name drops it', changes: [{ at: 4, delete: 3, insert: 'Li' }], kept: ['Bob Ray@11', 'Lee@20'] },
  {
    name: 'a batch from the last edit to the first (as editors send it) maps each edit',
    changes: [
      { at: 27, delete: 0, insert: '!' },
      { at: 8, delete: 0, insert: 'xx' },
    ],
    kept: ['Ann Lee@0', 'Bob Ray@14', 'Lee@23'],
  },
  {
    name: 'a batch in any other order is taken as one edit over all of it',
    changes: [
      { at: 8, delete: 0, insert: 'xx' },
      { at: 29, delete: 0, insert: '!' },
    ],
    kept: ['Ann Lee@0'],
  },
];

describe('mapping an analysis through edits', () => {
  for (const t of table) {
    it(t.name, () => {
      const before = withNames(TEXT, ['Ann Lee', 'Bob Ray', 'Lee']);
      // "Lee" inside "Ann Lee" is not a mention of its own here.
      before.entities[2].mentions = before.entities[2].mentions.filter((m) => m.start > 10);
      const { text, edits } = apply(TEXT, t.changes);
      const after = mapAnalysisThroughEdits(before, edits);
      assert.deepStrictEqual(marks(after).sort(), [...t.kept].sort());
      for (const e of after.entities) for (const m of e.mentions) assert.strictEqual(text.slice(m.start, m.end), m.text);
      assert.strictEqual(after.length, text.length);
    });
  }

  it('moves line numbers with inserted and deleted lines', () => {
    const text = 'One.\n\nTwo.\n\nThree.\n';
    const before = withNames(text, []);
    const { text: inserted, edits } = apply(text, [{ at: 5, delete: 0, insert: 'Zero.\r\n\n' }]);
    assert.deepStrictEqual(mapAnalysisThroughEdits(before, edits).paragraphs.map((p) => [p.text, p.line, inserted.slice(p.start, p.end)]), [
      ['One.', 0, 'One.'],
      ['Two.', 4, 'Two.'],
      ['Three.', 6, 'Three.'],
    ]);
    const removed = apply(text, [{ at: 5, delete: 6, insert: '' }]);
    assert.deepStrictEqual(mapAnalysisThroughEdits(before, removed.edits).paragraphs.map((p) => [p.text, p.line]), [
      ['One.', 0],
      ['Three.', 2],
    ]);
  });

  const lineBreakTable: Array<[string, number]> = [['', 0], ['a', 0], ['\n', 1], ['\r\n', 1], ['\r', 1], ['\n\r', 2], ['a\r\n\r\nb\rc\n', 4]];
  for (const [text, n] of lineBreakTable) {
    it(`counts ${n} line break(s) in ${JSON.stringify(text)}`, () => assert.strictEqual(lineBreaks(text), n));
  }

  it('keeps the stated gender of each entity still there', () => {
    const before = { ...withNames(TEXT, ['Ann Lee', 'Bob Ray']), statedGender: { 'person:Ann Lee': 'female' as const, 'person:Bob Ray': 'male' as const } };
    const bob = TEXT.indexOf('Bob Ray');
    const away = apply(TEXT, [{ at: TEXT.length, delete: 0, insert: ' Then.' }]);
    assert.deepStrictEqual(mapAnalysisThroughEdits(before, away.edits).statedGender, before.statedGender);
    const gone = apply(TEXT, [{ at: bob, delete: 3, insert: 'Rob' }]);
    assert.deepStrictEqual(mapAnalysisThroughEdits(before, gone.edits).statedGender, { 'person:Ann Lee': 'female' });
  });

  it('an empty batch changes nothing', () => {
    const before = withNames(TEXT, ['Bob Ray']);
    assert.strictEqual(mapAnalysisThroughEdits(before, []), before);
  });

  it('is linear in the size of the analysis', () => {
    const make = (n: number) => withNames('Ann Lee met Bob Ray.\n'.repeat(n), ['Ann Lee', 'Bob Ray']);
    const edit: TextEdit[] = [{ offset: 10, deleted: 0, inserted: 1, lines: 0 }];
    // Many runs over a small analysis rather than one over a huge one: what is timed is then the
    // mapping, not the garbage collector moving a large heap.
    assertGrowsLinearly('mapAnalysisThroughEdits', make, (a) => {
      for (let i = 0; i < 120; i++) mapAnalysisThroughEdits(a, edit);
    }, 500);
  });
});

/** A small deterministic PRNG so that every run checks the same generated documents. */
function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

const pieces = ['Sergei Shoigu', 'Ann Lee', 'Moscow', 'said', 'the', 'minister', '"We will talk,"', '\u201cNo,\u201d', 'he said.', 'according to Lee', 'Mr Smith', '.', ',', ' ', '\n', '\n\n', '\r\n', "'milestone'", '\u201cOpen'];
const typed = ['x', ' ', 'A', '\n', '"', 'Lee', '', 'said '];

function generate(rand: () => number): string {
  const paragraphs: string[] = [];
  const count = 1 + Math.floor(rand() * 10);
  for (let i = 0; i < count; i++) {
    // Half the paragraphs repeat earlier ones, so that duplicates are mapped too.
    if (paragraphs.length && rand() < 0.5) paragraphs.push(paragraphs[Math.floor(rand() * paragraphs.length)]);
    else paragraphs.push(Array.from({ length: 3 + Math.floor(rand() * 10) }, () => pieces[Math.floor(rand() * pieces.length)]).join(' '));
  }
  return paragraphs.join(rand() < 0.5 ? '\n' : '\n\n');
}

/** A random offset that does not split a CRLF pair (editors never do). */
function offsetIn(text: string, rand: () => number, from = 0, to = text.length): number {
  const at = from + Math.floor(rand() * (to - from + 1));
  return text[at - 1] === '\r' && text[at] === '\n' ? at - 1 : at;
}

/** One to three edits, from the last to the first, apart: the order an editor reports a change in. */
function editorBatch(text: string, rand: () => number): Change[] {
  const changes: Change[] = [];
  let limit = text.length;
  for (let n = 1 + Math.floor(rand() * 3); n > 0 && limit >= 0; n--) {
    const at = offsetIn(text, rand, changes.length ? Math.max(0, limit - 40) : 0, limit);
    if (at > limit) break;
    const end = offsetIn(text, rand, at, Math.min(limit, at + (rand() < 0.5 ? 0 : 6)));
    changes.push({ at, delete: Math.max(0, end - at), insert: typed[Math.floor(rand() * typed.length)] });
    limit = at - 1;
  }
  return changes;
}

/** Whether an edit (in the old text's offsets) touches a span: they overlap or meet. */
const touches = (c: Change, s: Span) => c.at <= s.end && c.at + c.delete >= s.start;

describe('mapping an analysis through edits (property over generated documents)', () => {
  it('every span it keeps lies on its own text in the new text, and it keeps every span no edit touched', () => {
    const rand = prng(4242);
    for (let run = 0; run < 200; run++) {
      const old = generate(rand);
      const before = analyze(old);
      const changes = editorBatch(old, rand);
      const { text, edits } = apply(old, changes);
      const after = mapAnalysisThroughEdits(before, edits);
      const where = `after ${JSON.stringify(changes)} in ${JSON.stringify(old)}`;
      const on = (s: Span & { text: string }, what: string) => assert.strictEqual(text.slice(s.start, s.end), s.text, `${what} ${where}`);
      const untouched = (s: Span) => !changes.some((c) => touches(c, s));

      assert.strictEqual(after.length, text.length);
      after.paragraphs.forEach((p, i) => {
        on(p, 'paragraph');
        assert.strictEqual(p.index, i);
        assert.strictEqual(p.line, breaks(text.slice(0, p.start)), `paragraph line ${where}`);
        assert.strictEqual(p.endLine, breaks(text.slice(0, p.end)), `paragraph end line ${where}`);
      });
      assert.strictEqual(after.paragraphs.length, before.paragraphs.filter(untouched).length, `paragraphs kept ${where}`);
      after.entities.forEach((e) => e.mentions.forEach((m) => on(m, 'mention')));
      const mentions = (a: Analysis) => a.entities.reduce((n, e) => n + e.mentions.length, 0);
      assert.strictEqual(mentions(after), before.entities.reduce((n, e) => n + e.mentions.filter(untouched).length, 0), `mentions kept ${where}`);
      for (const q of after.quotes) {
        on(q, 'quote');
        if (q.cue) on(q.cue, 'cue');
        if (q.speaker) on(q.speaker, 'speaker');
      }
      const quoteUntouched = (q: Analysis['quotes'][number]) => untouched(q) && (!q.cue || untouched(q.cue)) && (!q.speaker || untouched(q.speaker));
      assert.strictEqual(after.quotes.length, before.quotes.filter(quoteUntouched).length, `quotes kept ${where}`);
      after.scareQuotes.forEach((s) => on(s, 'scare quote'));
      after.quoteMarkProblems.forEach((p) => assert.strictEqual(text.slice(p.start, p.end), p.mark, `quote mark ${where}`));
      for (const c of after.duplicates.copies) {
        assert.ok(after.paragraphs[c.paragraph] && after.paragraphs[c.original], `copy out of range ${where}`);
        assert.ok(after.duplicates.blocks.some((b) => b.copies.includes(c.paragraph)), `copy in no block ${where}`);
      }
    }
  });

  it('a removal planned on the mapped analysis deletes only text the same removal deleted before the edit', () => {
    const rand = prng(99);
    let checked = 0;
    for (let run = 0; run < 300; run++) {
      const old = generate(rand);
      const before = analyze(old);
      const planned = planRemoval(old, before.paragraphs, before.duplicates, { kind: 'all' });
      const changes = editorBatch(old, rand);
      const { text, edits } = apply(old, changes);
      const after = mapAnalysisThroughEdits(before, edits);
      // Where each edit's text lies in the new text: the edits are apart, last first.
      const placed = [...changes].reverse().map((c, i, all) => {
        const shift = all.slice(0, i).reduce((n, e) => n + e.insert.length - e.delete, 0);
        return { start: c.at + shift, end: c.at + shift + c.insert.length, shift: shift + c.insert.length - c.delete };
      });
      for (const d of planRemoval(text, after.paragraphs, after.duplicates, { kind: 'all' })) {
        checked++;
        const where = `deleting ${JSON.stringify(text.slice(d.start, d.end))} after ${JSON.stringify(changes)} in ${JSON.stringify(old)}`;
        assert.ok(!placed.some((p) => p.start <= d.end && p.end >= d.start), `the deletion meets edited text, ${where}`);
        const earlier = placed.filter((p) => p.end < d.start);
        const shift = earlier.length ? earlier[earlier.length - 1].shift : 0;
        const was = { start: d.start - shift, end: d.end - shift };
        assert.strictEqual(old.slice(was.start, was.end), text.slice(d.start, d.end), where);
        assert.ok(planned.some((p) => p.start <= was.start && was.end <= p.end), `not deleted before the edit, ${where}`);
      }
    }
    assert.ok(checked > 50, `only ${checked} removals were checked: the generator makes too few duplicates`);
  });
});
