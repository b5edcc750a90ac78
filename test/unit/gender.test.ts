import * as assert from 'assert';
import { analyze } from '../../src/analysis';
import { genderCounts, genderCountText } from '../../src/analysis/quoteList';
import { statedGenders } from '../../src/analysis/quotes/gender';
import { Entity } from '../../src/analysis/types';
import { summary } from '../../src/cli/summary';

/** A person entity whose mentions are every occurrence of the given forms. */
function person(text: string, canonical: string, forms: string[], roles: string[] = []): Entity {
  const mentions = forms.flatMap((form) => {
    const out = [];
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) out.push({ start: at, end: at + form.length, text: form });
    return out;
  });
  return { id: `person:${canonical}`, type: 'person', canonical, aliases: [], roles, mentions: mentions.sort((a, b) => a.start - b.start) };
}

describe('stated gender (quotes/gender.ts)', () => {
  const cases: Array<{ name: string; text: string; canonical: string; forms: string[]; roles?: string[]; gender: string | undefined }> = [
    { name: 'an honorific before the name', text: 'The plan was drafted by Ms. Lind last year.', canonical: 'Lind', forms: ['Lind'], gender: 'female' },
    { name: 'an honorific without a full stop', text: 'Mr Okafor opened the library.', canonical: 'Okafor', forms: ['Okafor'], gender: 'male' },
    { name: 'pronouns after the name', text: 'Robin Vale opened the market. She said the stalls were full, and her stall sold out.', canonical: 'Robin Vale', forms: ['Robin Vale'], gender: 'female' },
    { name: 'a gendered role noun', text: 'Kim Aro, the spokeswoman, declined to comment.', canonical: 'Kim Aro', forms: ['Kim Aro'], roles: ['spokeswoman'], gender: 'female' },
    { name: 'a role noun ending in -man', text: 'Kim Aro, the chairman, declined to comment.', canonical: 'Kim Aro', forms: ['Kim Aro'], roles: ['chairman'], gender: 'male' },
    { name: 'never from a first name', text: 'Mary Smith and John Jones opened the market.', canonical: 'Mary Smith', forms: ['Mary Smith'], gender: undefined },
    { name: 'evidence both ways is unknown', text: 'Alex Moor spoke first. He was brief.\n\nAlex Moor spoke again. She was brief.', canonical: 'Alex Moor', forms: ['Alex Moor'], gender: undefined },
    { name: 'a pronoun after a paragraph break refers to no one', text: 'Alex Moor spoke first.\n\nHe was brief.', canonical: 'Alex Moor', forms: ['Alex Moor'], gender: undefined },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const e = person(c.text, c.canonical, c.forms, c.roles);
      assert.strictEqual(statedGenders(c.text, [e]).get(e.id), c.gender);
    });
  }

  it('lets a pronoun skip a person of the other stated gender when resolving a speaker', () => {
    const text = 'Mr. Okafor met Ms. Lind on Monday. He said the talks had gone well.';
    const analysis = analyze(text);
    const q = analysis.quotes.find((x) => x.text.includes('talks had gone well'));
    const okafor = analysis.entities.find((e) => e.canonical.includes('Okafor'));
    assert.ok(q && okafor);
    assert.strictEqual(q.speakerEntity, okafor.id);
  });

  it('counts people quoted and only mentioned by stated gender', () => {
    const text = 'Ms. Lind met Mr. Okafor and Dana Reyes on Monday. “We agreed on the budget,” Lind said.';
    const analysis = analyze(text);
    const counts = genderCounts(analysis);
    assert.deepStrictEqual(counts.quoted, { female: 1, male: 0, unknown: 0 });
    assert.strictEqual(counts.mentioned.male, 1);
    assert.strictEqual(counts.mentioned.female, 0);
    assert.strictEqual(genderCountText(counts.quoted), '1 woman, 0 men, 0 unknown');
  });

  it('says the counts in the CLI summary', () => {
    const analysis = analyze('Ms. Lind met Mr. Okafor on Monday. “We agreed on the budget,” Lind said.');
    assert.match(summary('a.txt', analysis), /people by stated gender: quoted 1 woman, 0 men, 0 unknown; only mentioned 0 women, 1 man, 0 unknown/);
  });
});
