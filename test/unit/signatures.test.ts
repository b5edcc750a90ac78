import * as assert from 'assert';
import { analyze } from '../../src/analysis';
import { speakerName } from '../../src/panel/quoteRows';

describe('signature lines (quotes/signatures.ts)', () => {
  const rows: Array<{ rule: string; text: string; fragment: string; speakers: string[] }> = [
    {
      rule: 'a quote followed by a dash and a name is that name\'s ("— Levin, on ...")',
      text: 'The minister spoke at length.\n\n"We have brains, not oil. It is limitless." — Levin, on whether oil wealth matters.',
      fragment: 'We have brains',
      speakers: ['Levin'],
    },
    {
      rule: 'the signature wins over the speaker inherited from the quote before',
      text: '"Prices will fall," said Anna Berg.\n\nThe port opened in May.\n\n"Ports are the real problem here." -- Tomas Holm',
      fragment: 'Ports are',
      speakers: ['Tomas Holm'],
    },
    {
      rule: 'a block ending in a sentence, a dash and a name is a pull quote of that name',
      text: 'The debate went on.\n\nThe new rules are a burden beyond anything we small farms have seen. — Mara Quist.',
      fragment: 'The new rules are a burden',
      speakers: ['Mara Quist'],
    },
    {
      rule: 'a news brief signed by its reporter ("--Name.") is no pull quote',
      text: 'In brief.\n\nThe mayor said on Monday that the bridge would reopen in the spring after repairs.--Lena Ostrom.',
      fragment: 'bridge would reopen',
      speakers: ['The mayor'],
    },
    {
      rule: 'a dash and a name inside a sentence is an apposition, no signature',
      text: 'The team was led by its new captain for the whole of the long season — John Smith.',
      fragment: 'new captain',
      speakers: [],
    },
    {
      rule: 'a country written "US" is no first-person "us": a signed news brief is no pull quote',
      text: 'In brief.\n\nThe US Senate passed the farm bill on Tuesday after a long debate. — Lena Ostrom',
      fragment: 'farm bill',
      speakers: [],
    },
    {
      rule: 'a short line of a list with a dash and a name is no pull quote',
      text: 'Who brings what:\n\nEggs and bread. — Ann',
      fragment: 'Eggs',
      speakers: [],
    },
  ];
  for (const r of rows) {
    it(r.rule, () => {
      const analysis = analyze(r.text);
      const found = analysis.quotes.filter((q) => q.text.includes(r.fragment)).map((q) => speakerName(analysis, q));
      assert.deepStrictEqual(found, r.speakers);
    });
  }
});
