import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, Analysis, Quote } from '../../src/analysis';
import { formatQuotes, groupBySpeaker, listedQuotes, UNATTRIBUTED } from '../../src/panel/quoteRows';

const seed = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'seeds', '000_9eeae5c25ec30b8d.txt'), 'utf8');
const all = new Set(['direct', 'indirect', 'mixed'] as const);

/** An analysis with hand-made quotes, to check grouping and formatting exactly. */
function withQuotes(quotes: Quote[]): Analysis {
  return { ...analyze(''), entities: [{ id: 'person:Ann Lee', type: 'person', canonical: 'Ann Lee', aliases: [], roles: [], mentions: [{ start: 0, end: 3, text: 'Lee' }] }], quotes };
}
const q = (start: number, text: string, extra: Partial<Quote> = {}): Quote => ({ start, end: start + text.length, text, kind: 'direct', confidence: 1, ...extra });

describe('Quotes view rows', () => {
  it('lists each quote of the seed once: none from the duplicated copy', () => {
    const analysis = analyze(seed);
    const listed = listedQuotes(analysis, all);
    assert.ok(listed.length > 0 && listed.length < analysis.quotes.length);
    const copyStart = analysis.paragraphs[analysis.duplicates.copies[0].paragraph].start;
    assert.ok(listed.every((x) => x.start < copyStart));
  });

  it('filters by kind', () => {
    const analysis = analyze(seed);
    const direct = listedQuotes(analysis, new Set(['direct'] as const));
    assert.ok(direct.length > 0 && direct.every((x) => x.kind === 'direct'));
  });

  it('groups by speaker, most quoted first, Unattributed last', () => {
    const analysis = withQuotes([
      q(0, '"A"'),
      q(10, '"B"', { speakerEntity: 'person:Ann Lee', speaker: { start: 5, end: 8, text: 'Lee' } }),
      q(20, '"C"', { speaker: { start: 25, end: 27, text: 'he' } }),
      q(30, '"D"', { speakerEntity: 'person:Ann Lee' }),
    ]);
    const groups = groupBySpeaker(analysis, analysis.quotes);
    assert.deepStrictEqual(groups.map((g) => [g.label, g.quotes.length]), [['Ann Lee', 2], [`${UNATTRIBUTED} (he)`, 1], [UNATTRIBUTED, 1]]);
  });

  it('lists a pronoun that resolved to nobody as Unattributed (pronoun), never as a person, and a described source by its words', () => {
    const analysis = withQuotes([
      q(0, '"A"', { speaker: { start: 5, end: 6, text: 'I' } }),
      q(10, '"B"', { speaker: { start: 15, end: 17, text: 'We' } }),
      q(20, '"C"', { speaker: { start: 25, end: 34, text: 'officials' } }),
      q(40, '"D"', { speaker: { start: 45, end: 47, text: 'he' }, speakerEntity: 'person:Ann Lee' }),
      q(50, '"E"', { speaker: { start: 55, end: 56, text: 'i' } }),
    ]);
    const groups = groupBySpeaker(analysis, analysis.quotes);
    assert.deepStrictEqual(groups.map((g) => [g.label, g.quotes.length]), [['Ann Lee', 1], ['officials', 1], [`${UNATTRIBUTED} (I)`, 2], [`${UNATTRIBUTED} (We)`, 1]]);
  });

  const formats: Array<{ format: 'csv' | 'markdown'; expected: string }> = [
    { format: 'csv', expected: 'speaker,kind,cue,quote\nAnn Lee,indirect,said,"that ""yes"", then no"\n' },
    { format: 'markdown', expected: '| Speaker | Kind | Cue | Quote |\n| --- | --- | --- | --- |\n| Ann Lee | indirect | said | that "yes", then no |\n' },
  ];
  for (const f of formats) {
    it(`copies as ${f.format}, escaping what the format needs`, () => {
      const analysis = withQuotes([q(0, 'that "yes",\nthen no', { kind: 'indirect', speakerEntity: 'person:Ann Lee', cue: { start: 30, end: 34, text: 'said' } })]);
      assert.strictEqual(formatQuotes(analysis, analysis.quotes, f.format), f.expected);
    });
  }
});
