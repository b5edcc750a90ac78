import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, defaultAnalysisOptions } from '../../src/analysis';
import { entityRecord } from '../../src/analysis/annotations';
import { mentionCount, readMentions } from '../../src/editor/entityLookup';
import { statusText } from '../../src/editor/statusText';
import { fileName } from '../../src/editor/text';

const seed = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'seeds', '000_9eeae5c25ec30b8d.txt'), 'utf8');
const LIMIT = defaultAnalysisOptions.nlpMaxLength;

describe('status bar words', () => {
  it('count people and quotes once, and say so', () => {
    const a = analyze(seed);
    const people = a.entities.filter((e) => e.type === 'person').length;
    const words = statusText(a, LIMIT, false);
    assert.match(words.text, new RegExp(`^\\$\\(note\\) News: ${a.duplicates.copies.length} duplicates \u00b7 ${people} people \u00b7 \\d+ quotes$`));
    assert.match(words.tooltip, /quotes in duplicated paragraphs counted once/);
  });

  it('with corrections, say how much is reviewed', () => {
    const text = seed;
    const a = analyze(text);
    const thursday = a.entities.flatMap((e) => e.mentions).find((m) => m.text === 'Thursday')!;
    const corrected = analyze(text, undefined, { records: [entityRecord({ action: 'entity.accept' }, 'mention', text, thursday, { by: 'Tester' })] });
    const words = statusText(corrected, LIMIT, false);
    assert.match(words.text, new RegExp(` · 1 of ${corrected.review!.total} reviewed$`));
    assert.match(words.label, new RegExp(`1 of ${corrected.review!.total} reviewed`));
    assert.doesNotMatch(statusText(a, LIMIT, false).text, /reviewed/);
  });

  it('over the size limit, say that entities and quotes were skipped instead of counting none', () => {
    const limit = 1000;
    const a = analyze(seed, { ...defaultAnalysisOptions, nlpMaxLength: limit });
    const words = statusText(a, limit, false);
    assert.match(words.text, /entities and quotes skipped/);
    assert.doesNotMatch(words.text, /\d+ (people|person|quotes?)\b/);
    assert.match(words.label, /more than the limit/);
  });

  const states: Array<{ name: string; analysing: boolean; limit: number }> = [
    { name: 'analysed', analysing: false, limit: LIMIT },
    { name: 'being analysed again', analysing: true, limit: LIMIT },
    { name: 'over the size limit', analysing: false, limit: 1000 },
  ];
  for (const s of states) {
    it(`the accessible label is plain words when ${s.name}`, () => {
      const label = statusText(analyze(seed, { ...defaultAnalysisOptions, nlpMaxLength: s.limit }), s.limit, s.analysing).label;
      assert.match(label, /^News Annotator: /);
      // No Markdown emphasis, list markers, line breaks or icon names for a screen reader to spell out.
      assert.doesNotMatch(label, /\*|\$\(|\n|(^|\s)- /);
    });
  }
});

describe('entity mention counts', () => {
  it('leave out mentions inside duplicated copies, as the Quotes view does for quotes', () => {
    const a = analyze(seed);
    const copies = a.duplicates.copies.map((c) => a.paragraphs[c.paragraph]);
    assert.ok(copies.length > 0, 'the seed repeats paragraphs');
    let left = 0;
    for (const e of a.entities) {
      const outside = e.mentions.filter((m) => !copies.some((p) => p.start <= m.start && m.start <= p.end));
      const expected = outside.length ? outside : e.mentions;
      assert.deepStrictEqual(readMentions(a, e), expected, e.canonical);
      left += e.mentions.length - expected.length;
    }
    assert.ok(left > 0, 'some mentions of the seed are in its copies');
  });

  const counts: Array<{ read: number; copied: number; expected: string }> = [
    { read: 1, copied: 0, expected: '1 mention' },
    { read: 3, copied: 0, expected: '3 mentions' },
    { read: 2, copied: 2, expected: '2 mentions (2 more in duplicated paragraphs, not counted)' },
  ];
  for (const c of counts) {
    it(`says "${c.expected}"`, () => {
      const paragraph = 'Lee spoke in Paris on Monday morning, and Lee left.';
      const a = analyze(`${paragraph}\n\n${paragraph}`);
      assert.deepStrictEqual(a.duplicates.copies.map((d) => d.paragraph), [1]);
      // `read` mentions in the first paragraph, `copied` ones in its copy.
      const at = (p: number, i: number) => ({ start: a.paragraphs[p].start + i, end: a.paragraphs[p].start + i + 3, text: 'Lee' });
      const placed = [...Array(c.read + c.copied)].map((_, i) => (i < c.read ? at(0, i) : at(1, i)));
      const entity = { id: 'person:Lee', type: 'person' as const, canonical: 'Lee', aliases: [], roles: [], mentions: placed };
      assert.strictEqual(mentionCount({ ...a, entities: [entity] }, entity), c.expected);
    });
  }
});

describe('file names in view titles', () => {
  const names: Array<[string, string]> = [
    ['/work/seeds/000.txt', '000.txt'],
    ['Untitled-1', 'Untitled-1'],
    ['/a/b/notes.article.md', 'notes.article.md'],
  ];
  for (const [p, expected] of names) {
    it(`${p} -> ${expected}`, () => assert.strictEqual(fileName({ path: p }), expected));
  }
});
