/**
 * One table per rule family of entity recognition (src/analysis/entities/families.ts). Each
 * case is checked with every family on, and with its own family off, so a case that the
 * family does not decide fails.
 */
import * as assert from 'assert';
import { arbitrate, findEntities } from '../../src/analysis/entities';
import { EntityType } from '../../src/analysis/types';
import { RuleFamily } from '../../src/analysis/entities/families';
import { isSportsText } from '../../src/analysis/entities/sports';
import { splitParagraphs } from '../../src/analysis/paragraphs';

/** "type:mention text" for every mention, in document order. */
function mentions(text: string, off?: RuleFamily): string[] {
  return findEntities(text, splitParagraphs(text), off ? { families: { [off]: false } } : {})
    .flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type })))
    .sort((a, b) => a.start - b.start)
    .map((m) => `${m.type}:${m.text}`);
}

interface Case {
  rule: string;
  input: string;
  /** Mentions that must be found, with their types. */
  expected: string[];
  /** Mentions that must not be found. */
  absent?: string[];
}

function table(family: RuleFamily, cases: Case[]): void {
  describe(`entity rule family: ${family}`, () => {
    for (const { rule, input, expected, absent = [] } of cases) {
      it(rule, () => {
        const found = mentions(input);
        for (const e of expected) assert.ok(found.includes(e), `${e} missing from ${JSON.stringify(found)}`);
        for (const a of absent) assert.ok(!found.includes(a), `${a} found in ${JSON.stringify(found)}`);
        const without = mentions(input, family);
        assert.ok([...expected.map((e) => without.includes(e)), ...absent.map((a) => !without.includes(a))].includes(false), `the case passes without the ${family} family`);
      });
    }
  });
}

/** A few sentences of sports vocabulary, so that a case reads as a sports report. */
const matchReport = 'The league match ended in a draw after the striker scored two goals and the coach praised the team.';

describe('isSportsText', () => {
  const cases: [string, boolean][] = [
    [matchReport, true],
    ['The central bank raised rates on Tuesday, and the finance ministry said the game was not over for exporters.', false],
    ['', false],
  ];
  for (const [text, sports] of cases) it(JSON.stringify(text.slice(0, 40)), () => assert.strictEqual(isSportsText(text), sports));
});

table('sports', [
  { rule: 'both sides of a fixture', input: `${matchReport}\nHalden v Tromsovik (to Tuesday)`, expected: ['organization:Tromsovik'] },
  { rule: 'a town in a fixture is its club', input: `${matchReport}\nLeeds v Bristol, Hull v Derby`, expected: ['organization:Leeds', 'organization:Bristol'] },
  { rule: 'a club after a result verb', input: `${matchReport}\nThe champions beat Bristol 2-0 at home.`, expected: ['organization:Bristol'] },
  { rule: 'a club before a result verb', input: `${matchReport}\nBristol drew 1-1 with the leaders.`, expected: ['organization:Bristol'] },
  { rule: "a club's players", input: `${matchReport}\nBristol's French midfielder was suspended.`, expected: ['organization:Bristol'] },
  { rule: 'a club name opens with a club word', input: 'Fans of Real Ostrava and Dynamo Kolvane sang.', expected: ['organization:Real Ostrava', 'organization:Dynamo Kolvane'] },
  { rule: 'a player named after his club is a name of his own', input: 'He would present AC Ostrava Tomas Herrero with the award.', expected: ['organization:AC Ostrava', 'person:Tomas Herrero'] },
  { rule: 'a plural nickname', input: `${matchReport}\nThe Harriers were held without a touchdown.`, expected: ['organization:Harriers'] },
  {
    rule: 'once a side, everywhere in the report',
    input: `${matchReport}\nLeeds v Bristol\nBristol has a young squad this season.`,
    expected: ['organization:Bristol'],
    absent: ['place:Bristol'],
  },
  {
    rule: 'the host after AT in a schedule stays a place',
    input: `${matchReport}\nLEEDS AT BRISTOL\nHULL AT DERBY`,
    expected: ['organization:LEEDS', 'place:BRISTOL'],
  },
]);

describe('entity rule family: sports leaves players and other news alone', () => {
  it('a player with his country in brackets is no club', () => {
    const found = mentions(`${matchReport}\nOkonkwo (Nigeria) beat Tavita (Samoa) 11-6 12-10`);
    assert.ok(!found.includes('organization:Tavita') && !found.includes('organization:Okonkwo'), JSON.stringify(found));
  });
  it('a town after "beat" in a business story is a place', () => {
    const found = mentions('Sales in Bristol beat forecasts, the company said on Tuesday.');
    assert.ok(found.includes('place:Bristol'), JSON.stringify(found));
  });
});

table('structure', [
  { rule: 'a dotted acronym keeps its full stop inside a sentence', input: 'Ann Berg (U.S.) won the race.', expected: ['place:U.S.'] },
  { rule: 'a dotted acronym joins the institution after it', input: '-- U.S. Farm Desk, 212-859-1650', expected: ['organization:U.S. Farm Desk'] },
  { rule: 'a demonym and an institution are one name', input: 'European Parliament members voted on Tuesday.', expected: ['organization:European Parliament'], absent: ['nationality:European'] },
  { rule: 'a lower-case particle opens a surname', input: 'Sales will grow, said van Oosterhuis on Monday.', expected: ['person:van Oosterhuis'] },
  { rule: 'a capitalised particle opens a surname', input: 'Van Oosterhuis also said sales would grow.', expected: ['person:Van Oosterhuis'] },
]);

table('context', [
  {
    rule: 'a town that the words around call a firm',
    input: 'Zwolle officials declined to comment.\nZwolle\'s debts have grown, and Zwolle\'s new majority shareholder wants change.',
    expected: ['organization:Zwolle'],
    absent: ['place:Zwolle'],
  },
  {
    rule: 'a short form of a firm named after a town',
    input: 'Investors eye Bristol Pacific Gold Corp.\nThe Bristol board met on Friday.\nBristol added 1/4 to 15.',
    expected: ['organization:Bristol'],
    absent: ['place:Bristol'],
  },
  { rule: 'an employer before an occupation and a person', input: 'Grauwinkel analyst Jane Roe said the deal was fair.', expected: ['organization:Grauwinkel'] },
  { rule: 'a kind of body before the name', input: 'The medical charity Tavita Nui said more help was needed.', expected: ['organization:Tavita Nui'] },
  { rule: 'owned by a firm', input: 'The brewer is 30 percent owned by Grauwinkel while others hold the rest.', expected: ['organization:Grauwinkel'] },
]);

describe('entity rule family: context leaves places alone', () => {
  const cases: [string, string][] = [
    ['a town named once by a firm', 'The New York Stock Exchange opened late. Traffic in New York was heavy, and New York officials blamed the snow.'],
    ['a town with one cue', 'Bristol officials met in London. Rain fell in Bristol on Friday.'],
  ];
  for (const [rule, input] of cases) {
    it(rule, () => {
      const found = mentions(input);
      assert.ok(found.some((m) => /^place:(New York|Bristol)$/.test(m)) && !found.some((m) => /^organization:(New York|Bristol)$/.test(m)), JSON.stringify(found));
    });
  }
});

table('misc', [
  { rule: 'a competition', input: 'They reached the final of the Davis Cup in March.', expected: ['misc:Davis Cup'] },
  { rule: 'a nationality opens a competition', input: 'The Italian Cup final was postponed.', expected: ['misc:Italian Cup'], absent: ['nationality:Italian'] },
  { rule: 'an award', input: 'She won the Nobel Prize in 1990.', expected: ['misc:Nobel Prize'] },
  { rule: 'a law', input: 'The Clean Water Act was amended on Friday.', expected: ['misc:Clean Water Act'] },
  { rule: 'a virus with digits stays whole', input: 'Cases of H5N1 rose, and COVID-19 spread.', expected: ['misc:H5N1', 'misc:COVID-19'] },
  { rule: 'a model number', input: 'The airline ordered an A380 and two F-16 jets were seen.', expected: ['misc:A380', 'misc:F-16'] },
]);

describe('entity rule family: misc leaves people alone', () => {
  it('a given name before a head word is a person ("Stuart Law")', () => {
    const found = mentions('Fellow all-rounder Stuart Law scored 21.');
    assert.ok(found.includes('person:Stuart Law'), JSON.stringify(found));
  });
  it('misc can be hidden like any type', () => {
    const text = 'She won the Nobel Prize in Oslo.';
    const found = findEntities(text, splitParagraphs(text), { types: ['place'] });
    assert.deepStrictEqual(found.map((e) => e.type), ['place']);
  });
});

table('layout', [
  { rule: 'a heading of dictionary words in capitals', input: 'SOCCER - NORTHERN LEAGUE STANDINGS.\nThe table after Saturday.', expected: [], absent: ['organization:LEAGUE STANDINGS'] },
  { rule: 'caption and credit words are no part of a name', input: 'Soldiers patrol in Oslo (Reuters Photo)', expected: ['place:Oslo', 'organization:Reuters'], absent: ['organization:Reuters Photo'] },
]);

describe('entity rule family: layout keeps confirmed names', () => {
  const cases: [string, string][] = [
    ['Apple said on Monday it would cut prices.', 'Apple'],
    ["Shell's profit rose in May.", 'Shell'],
    ['Uber drivers went on strike.', 'Uber'],
  ];
  for (const [input, name] of cases) {
    it(`a word the sentence speaks of as a firm: ${input}`, () => {
      const found = mentions(input);
      assert.ok(found.some((m) => m.endsWith(`:${name}`)), JSON.stringify(found));
    });
  }
});

describe('entity rule family: arbiter', () => {
  type Mention = { start: number; end: number; text: string; key: string; type: EntityType | null; strong: boolean; located?: boolean; team?: boolean; role?: string };
  const m = (type: EntityType, extra: Partial<Mention> = {}): Mention => ({ start: 0, end: 4, text: 'Lund', key: 'lund', type, strong: true, ...extra });
  const cases: { rule: string; input: Mention[]; expected: (EntityType | null)[] }[] = [
    { rule: 'a stray type joins the three to one majority', input: [m('person'), m('person'), m('person'), m('organization')], expected: ['person', 'person', 'person', 'person'] },
    { rule: 'two to one is no majority', input: [m('person'), m('person'), m('organization')], expected: ['person', 'person', 'organization'] },
    { rule: 'a place after "in" keeps its type', input: [m('organization'), m('organization'), m('organization'), m('place', { located: true })], expected: ['organization', 'organization', 'organization', 'place'] },
    { rule: 'a titled person keeps the type', input: [m('place'), m('place'), m('place'), m('person', { role: 'Governor' })], expected: ['place', 'place', 'place', 'person'] },
    { rule: 'dates are left alone', input: [m('place'), m('place'), m('place'), m('date')], expected: ['place', 'place', 'place', 'date'] },
  ];
  for (const { rule, input, expected } of cases) it(rule, () => assert.deepStrictEqual(arbitrate(input).map((x) => x.type), expected));
});
