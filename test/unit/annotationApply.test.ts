import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, Analysis, CorrectedAnalysis, Entity, Quote } from '../../src/analysis';
import { onCaught } from '../../src/analysis/errors';
import {
  AnnotationRecord,
  applyCorrections,
  EntityAction,
  entityRecord,
  LexiconAction,
  lexiconRecord,
  nextUnreviewed,
  QuoteAction,
  quoteRecord,
  reviewProgress,
  Scope,
  withdrawRecord,
} from '../../src/analysis/annotations';
import { assertGrowsLinearly } from './growth';
import { correctionWorkload } from '../bench/corrections';

const text = [
  'Defence Minister Sergei Shoigu met Khawaja Asif in Islamabad on Thursday. Interfax reported it.',
  '“We will cooperate,” Shoigu said. Asif said the Moscow conference helped.',
  '“Both sides will translate this,” he said. Thursday was busy, Interfax said.',
].join('\n\n');

/** The span of the `nth` (from 0) occurrence of `needle`. */
function at(needle: string, nth = 0): { start: number; end: number; text: string } {
  let start = text.indexOf(needle);
  for (let i = 0; i < nth; i++) start = text.indexOf(needle, start + 1);
  assert.ok(start >= 0, `${needle} #${nth} is in the text`);
  return { start, end: start + needle.length, text: needle };
}

const entity = (id: string, aliases: string[], roles: string[], mentions: Array<[string, number]>): Entity => {
  const [type, canonical] = id.split(':');
  return { id, type: type as Entity['type'], canonical, aliases, roles, mentions: mentions.map(([n, k]) => at(n, k)) };
};

/** What a machine might have found, made by hand so that each rule is checked exactly: "Asif" is apart from Khawaja Asif, Interfax is half found and a person. */
function machine(): Analysis {
  const entities: Entity[] = [
    entity('person:Sergei Shoigu', ['Shoigu'], ['Defence Minister'], [['Sergei Shoigu', 0], ['Shoigu', 1]]),
    entity('person:Khawaja Asif', [], [], [['Khawaja Asif', 0]]),
    entity('place:Islamabad', [], [], [['Islamabad', 0]]),
    entity('date:Thursday', [], [], [['Thursday', 0], ['Thursday', 1]]),
    entity('person:Interfax', [], [], [['Interfax', 0]]),
    entity('person:Asif', [], [], [['Asif', 1]]),
    entity('place:Moscow', [], [], [['Moscow', 0]]),
  ];
  const quote = (needle: string, kind: Quote['kind'], speaker: string, nth: number, speakerEntity?: string): Quote => ({ ...at(needle), kind, speaker: at(speaker, nth), speakerEntity, confidence: 0.8 });
  const quotes: Quote[] = [
    quote('“We will cooperate,”', 'direct', 'Shoigu', 1, 'person:Sergei Shoigu'),
    quote('the Moscow conference helped', 'indirect', 'Asif', 1, 'person:Asif'),
    quote('“Both sides will translate this,”', 'direct', 'he', 0, 'person:Sergei Shoigu'),
  ];
  return { ...analyze(''), length: text.length, entities, quotes };
}

let clock = 0;
/** Records made one minute apart, in the order written, by Ann. */
const when = () => `2024-05-01T12:${String(clock++ % 60).padStart(2, '0')}:00.000Z`;
const ent = (action: EntityAction, scope: Scope, needle: string, nth = 0): AnnotationRecord => entityRecord(action, scope, text, at(needle, nth), { by: 'Ann', at: when() });
const quo = (action: QuoteAction, needle: string): AnnotationRecord => quoteRecord(action, text, at(needle), { by: 'Ann', at: when() });
const lex = (action: LexiconAction, name: string) => lexiconRecord(action, name, { by: 'Bo', at: when() });

/** The result in a few readable lines: each entity with its mentions, each quote with its speaker. */
function summary(a: CorrectedAnalysis): string[] {
  const entities = a.entities.map((e) => `${e.id} = ${e.mentions.map((m) => `${m.text}@${m.start}`).join(', ')}${e.aliases.length ? ` (aliases ${e.aliases.join(', ')})` : ''}`);
  const quotes = a.quotes.map((q) => `${q.kind} ${q.text.slice(0, 12)}… <- ${q.speakerEntity ?? (q.speakerName ? `"${q.speakerName}"` : q.speaker ? `(${q.speaker.text})` : 'unattributed')}`);
  const orphans = (a.orphans ?? []).map((o) => `orphan ${o.action} ${o.reason}`);
  return [...entities, ...quotes, ...orphans];
}

const base = summary(applyCorrections(text, machine()));
/** The machine's summary with some lines replaced, removed or added. */
function changed(edits: { drop?: RegExp[]; add?: string[]; replace?: Array<[RegExp, string]> }): string[] {
  let lines = base.filter((l) => !(edits.drop ?? []).some((d) => d.test(l)));
  for (const [re, by] of edits.replace ?? []) lines = lines.map((l) => (re.test(l) ? by : l));
  return [...lines, ...(edits.add ?? [])];
}
const S = (needle: string, nth = 0) => at(needle, nth).start;

const rules: Array<{ name: string; records: () => AnnotationRecord[]; lexicon?: () => ReturnType<typeof lex>[]; expect: () => string[] }> = [
  { name: 'no records: the machine’s result', records: () => [], expect: () => base },
  {
    name: 'not an entity, this mention: the other mentions stay',
    records: () => [ent({ action: 'entity.reject' }, 'mention', 'Thursday', 1)],
    expect: () => changed({ replace: [[/^date:Thursday/, `date:Thursday = Thursday@${S('Thursday')}`]] }),
  },
  {
    name: 'not an entity, the whole entity: it stops being a speaker, its quotes are unattributed',
    records: () => [ent({ action: 'entity.reject' }, 'article', 'Shoigu', 1)],
    expect: () => changed({ drop: [/^person:Sergei Shoigu/], replace: [[/“We will coo/, 'direct “We will coo… <- unattributed'], [/“Both sides/, 'direct “Both sides … <- unattributed']] }),
  },
  {
    name: 'not an entity, the speaker’s mention: that quote is unattributed, the others keep the entity',
    records: () => [ent({ action: 'entity.reject' }, 'mention', 'Shoigu', 1)],
    expect: () =>
      changed({
        replace: [
          [/^person:Sergei Shoigu/, `person:Sergei Shoigu = Sergei Shoigu@${S('Sergei Shoigu')}`],
          [/“We will coo/, 'direct “We will coo… <- unattributed'],
        ],
      }),
  },
  {
    name: 'change type to a user-defined type, the whole entity',
    records: () => [ent({ action: 'entity.type', type: 'event' }, 'article', 'Islamabad')],
    expect: () => changed({ replace: [[/^place:Islamabad/, `event:Islamabad = Islamabad@${S('Islamabad')}`]] }),
  },
  {
    name: 'a name marked once as an organisation is one entity with all its mentions',
    records: () => [ent({ action: 'entity.type', type: 'organization' }, 'article', 'Interfax')],
    expect: () => changed({ replace: [[/^person:Interfax/, `organization:Interfax = Interfax@${S('Interfax')}, Interfax@${S('Interfax', 1)}`]] }),
  },
  {
    name: 'change type of one mention: it leaves its entity',
    records: () => [ent({ action: 'entity.type', type: 'organization' }, 'mention', 'Thursday', 1)],
    expect: () => changed({ replace: [[/^date:Thursday/, `date:Thursday = Thursday@${S('Thursday')}`]], add: [`organization:Thursday = Thursday@${S('Thursday', 1)}`] }).sort(byEntityThenQuote),
  },
  {
    name: 'mark a span as an entity of a user-defined type, every occurrence: it wins over the shorter name inside it',
    records: () => [ent({ action: 'entity.mark', type: 'event' }, 'article', 'Moscow conference')],
    expect: () => changed({ drop: [/^place:Moscow/], add: [`event:Moscow conference = Moscow conference@${S('Moscow conference')}`] }).sort(byEntityThenQuote),
  },
  {
    name: 'mark a selection that is no whole word: that span alone',
    records: () => [ent({ action: 'entity.mark', type: 'organization' }, 'article', 'Defence Minist')],
    expect: () => [`organization:Defence Minist = Defence Minist@0`, ...base],
  },
  {
    name: 'merge an entity into another: mentions and aliases follow, and so do its quotes',
    records: () => [ent({ action: 'entity.merge', into: { name: 'Khawaja Asif' } }, 'article', 'Asif', 1)],
    expect: () =>
      changed({
        drop: [/^person:Asif/],
        replace: [
          [/^person:Khawaja Asif/, `person:Khawaja Asif = Khawaja Asif@${S('Khawaja Asif')}, Asif@${S('Asif', 1)} (aliases Asif)`],
          [/the Moscow c/, 'indirect the Moscow c… <- person:Khawaja Asif'],
        ],
      }),
  },
  {
    name: 'merge into an entity that does not exist (name and type): nothing changes, the record is an orphan',
    records: () => [ent({ action: 'entity.merge', into: { name: 'Khawaja Asif', type: 'place' } }, 'article', 'Asif', 1)],
    expect: () => [...base, 'orphan entity.merge no-target'],
  },
  {
    name: 'split a mention from its entity: a new entity, and the quote it spoke goes with it',
    records: () => [ent({ action: 'entity.split' }, 'mention', 'Shoigu', 1)],
    expect: () =>
      changed({
        replace: [
          [/^person:Sergei Shoigu/, `person:Sergei Shoigu = Sergei Shoigu@${S('Sergei Shoigu')}`],
          [/“We will coo/, 'direct “We will coo… <- person:Shoigu'],
        ],
        add: [`person:Shoigu = Shoigu@${S('Shoigu', 1)}`],
      }).sort(byEntityThenQuote),
  },
  {
    name: 'set the canonical name: the id and aliases follow, and so do the quotes',
    records: () => [ent({ action: 'entity.canonical', canonical: 'Sergey Shoygu' }, 'article', 'Shoigu', 1)],
    expect: () =>
      changed({
        replace: [
          [/^person:Sergei Shoigu/, `person:Sergey Shoygu = Sergei Shoigu@${S('Sergei Shoigu')}, Shoigu@${S('Shoigu', 1)} (aliases Sergei Shoigu, Shoigu)`],
          [/“We will coo/, 'direct “We will coo… <- person:Sergey Shoygu'],
          [/“Both sides/, 'direct “Both sides … <- person:Sergey Shoygu'],
        ],
      }),
  },
  {
    name: 'set the speaker to an entity by name',
    records: () => [quo({ action: 'quote.speaker', speaker: { name: 'Khawaja Asif' } }, '“Both sides will translate this,”')],
    expect: () => changed({ replace: [[/“Both sides/, 'direct “Both sides … <- person:Khawaja Asif']] }),
  },
  {
    name: 'set the speaker to a new name that is no entity',
    records: () => [quo({ action: 'quote.speaker', speaker: { name: 'A ministry spokesman' } }, '“Both sides will translate this,”')],
    expect: () => changed({ replace: [[/“Both sides/, 'direct “Both sides … <- "A ministry spokesman"']] }),
  },
  {
    name: 'clear the speaker',
    records: () => [quo({ action: 'quote.clearSpeaker' }, '“We will cooperate,”')],
    expect: () => changed({ replace: [[/“We will coo/, 'direct “We will coo… <- unattributed']] }),
  },
  {
    name: 'not a quote',
    records: () => [quo({ action: 'quote.reject' }, 'the Moscow conference helped')],
    expect: () => changed({ drop: [/the Moscow c/] }),
  },
  {
    name: 'change the quote kind',
    records: () => [quo({ action: 'quote.kind', kind: 'mixed' }, 'the Moscow conference helped')],
    expect: () => changed({ replace: [[/the Moscow c/, 'mixed the Moscow c… <- person:Asif']] }),
  },
  {
    name: 'mark a span as a quote',
    records: () => [quo({ action: 'quote.mark', kind: 'indirect' }, 'Thursday was busy')],
    expect: () => [...base, 'indirect Thursday was… <- unattributed'],
  },
  {
    name: 'the later of two corrections of one thing wins',
    records: () => [ent({ action: 'entity.type', type: 'event' }, 'article', 'Islamabad'), ent({ action: 'entity.type', type: 'law' }, 'article', 'Islamabad')],
    expect: () => changed({ replace: [[/^place:Islamabad/, `law:Islamabad = Islamabad@${S('Islamabad')}`]] }),
  },
  {
    name: 'a withdrawn correction (undo) has no effect',
    records: () => [withdrawRecord(ent({ action: 'entity.reject' }, 'article', 'Islamabad'), { by: 'Ann', at: when() })],
    expect: () => base,
  },
  {
    name: 'lexicon rules apply to every article: a rejected word and a marked name',
    records: () => [],
    lexicon: () => [lex({ action: 'entity.reject' }, 'thursday'), lex({ action: 'entity.mark', type: 'event' }, 'Moscow conference')],
    expect: () => changed({ drop: [/^date:Thursday/, /^place:Moscow/], add: [`event:Moscow conference = Moscow conference@${S('Moscow conference')}`] }).sort(byEntityThenQuote),
  },
  {
    name: 'the article’s records come after the lexicon’s rules',
    records: () => [ent({ action: 'entity.mark', type: 'date' }, 'mention', 'Thursday')],
    lexicon: () => [lex({ action: 'entity.reject' }, 'Thursday')],
    expect: () => changed({ replace: [[/^date:Thursday/, `date:Thursday = Thursday@${S('Thursday')}`]] }),
  },
  {
    name: 'a lexicon merge by name',
    records: () => [],
    lexicon: () => [lex({ action: 'entity.merge', into: { name: 'Khawaja Asif', type: 'person' } }, 'Asif')],
    expect: () =>
      changed({
        drop: [/^person:Asif/],
        replace: [
          [/^person:Khawaja Asif/, `person:Khawaja Asif = Khawaja Asif@${S('Khawaja Asif')}, Asif@${S('Asif', 1)} (aliases Asif)`],
          [/the Moscow c/, 'indirect the Moscow c… <- person:Khawaja Asif'],
        ],
      }),
  },
];

function byEntityThenQuote(a: string, b: string): number {
  const rank = (l: string) => (/^(direct|indirect|mixed) /.test(l) ? 1 : 0);
  const first = (l: string) => Number(/@(\d+)/.exec(l)?.[1] ?? 0);
  return rank(a) - rank(b) || (rank(a) ? 0 : first(a) - first(b));
}

describe('applying corrections to an analysis', () => {
  for (const row of rules) {
    it(row.name, () => {
      const result = applyCorrections(text, machine(), row.records(), row.lexicon?.() ?? []);
      assert.deepStrictEqual(summary(result), row.expect());
    });
  }

  it('every mention, entity and quote carries its status and who made it; accepting keeps a correction a correction', () => {
    const typeChange = ent({ action: 'entity.type', type: 'event' }, 'article', 'Islamabad');
    const accept = ent({ action: 'entity.accept' }, 'article', 'Islamabad');
    const acceptQuote = quo({ action: 'quote.accept' }, '“We will cooperate,”');
    const result = applyCorrections(text, machine(), [typeChange, accept, acceptQuote]);
    const islamabad = result.entities.find((e) => e.canonical === 'Islamabad');
    assert.deepStrictEqual([islamabad?.status, islamabad?.by, islamabad?.records], ['corrected', 'Ann', [typeChange.id, accept.id]]);
    assert.deepStrictEqual([islamabad?.mentions[0].status, islamabad?.mentions[0].by], ['corrected', 'Ann']);
    const shoigu = result.entities.find((e) => e.canonical === 'Sergei Shoigu');
    assert.deepStrictEqual([shoigu?.status, shoigu?.by, shoigu?.records, shoigu?.mentions[0].status], ['suggested', 'machine', undefined, 'suggested']);
    assert.deepStrictEqual([result.quotes[0].status, result.quotes[0].by], ['accepted', 'Ann']);
    assert.deepStrictEqual([result.quotes[1].status, result.quotes[1].by], ['suggested', 'machine']);
  });

  it('counts review progress and finds the next unreviewed annotation', () => {
    const result = applyCorrections(text, machine(), [ent({ action: 'entity.accept' }, 'article', 'Shoigu', 1), quo({ action: 'quote.accept' }, '“We will cooperate,”')]);
    // 9 mentions and 3 quotes; Sergei Shoigu's two mentions and one quote are reviewed.
    assert.deepStrictEqual(result.review, { reviewed: 3, total: 12 });
    assert.deepStrictEqual(reviewProgress(result), result.review);
    assert.deepStrictEqual(nextUnreviewed(result, 0), { kind: 'mention', entity: 'person:Khawaja Asif', ...span(at('Khawaja Asif')) });
    assert.deepStrictEqual(nextUnreviewed(result, S('Sergei Shoigu') - 1), { kind: 'mention', entity: 'person:Khawaja Asif', ...span(at('Khawaja Asif')) });
    assert.deepStrictEqual(nextUnreviewed(result, S('Khawaja Asif')), { kind: 'mention', entity: 'place:Islamabad', ...span(at('Islamabad')) });
    assert.deepStrictEqual(nextUnreviewed(result, S('Interfax', 1)), { kind: 'mention', entity: 'person:Khawaja Asif', ...span(at('Khawaja Asif')) }, 'wraps around');
    assert.deepStrictEqual(nextUnreviewed(result, S('Khawaja Asif'), true), { kind: 'mention', entity: 'date:Thursday', ...span(at('Thursday', 1)) }, 'backward, wrapping');
    assert.strictEqual(nextUnreviewed({ ...result, entities: [], quotes: [] }, 0), undefined);
  });

  it('leaves annotations in duplicated copies out of the review, as the views do, but keeps an entity named only there', () => {
    // Paragraphs 1 and 2 stand as copies: Shoigu's second mention, Thursday's second and all three
    // quotes are in them; Asif and Moscow are named only there, so their mentions stay.
    const paragraphs = analyze(text).paragraphs;
    assert.strictEqual(paragraphs.length, 3);
    const copy = (paragraph: number) => ({ paragraph, original: 0, kind: 'exact' as const, similarity: 1, changes: [] });
    const withCopies: Analysis = { ...machine(), paragraphs, duplicates: { copies: [copy(1), copy(2)], blocks: [] } };
    const result = applyCorrections(text, withCopies, [ent({ action: 'entity.accept' }, 'article', 'Shoigu', 1), quo({ action: 'quote.accept' }, '“We will cooperate,”')]);
    // 9 mentions less Shoigu's and Thursday's second; no quote.
    assert.deepStrictEqual(result.review, { reviewed: 1, total: 7 });
    assert.deepStrictEqual(nextUnreviewed(result, S('Interfax')), { kind: 'mention', entity: 'person:Asif', ...span(at('Asif', 1)) });
    assert.deepStrictEqual(nextUnreviewed(result, S('Moscow')), { kind: 'mention', entity: 'person:Khawaja Asif', ...span(at('Khawaja Asif')) }, 'Thursday in the copy is skipped');
  });

  it('lists records that cannot take effect as orphans, and never drops them', () => {
    const gone = ent({ action: 'entity.type', type: 'event' }, 'mention', 'Islamabad');
    const noQuote = quo({ action: 'quote.kind', kind: 'mixed' }, 'Interfax reported it');
    const moved = { ...gone, id: 'elsewhere', anchor: { ...gone.anchor, exact: 'Karachi', start: 3, end: 10 } };
    const result = applyCorrections(text, machine(), [gone, noQuote, moved]);
    assert.deepStrictEqual(
      result.orphans?.map((o) => [o.id, o.reason, o.text]),
      [
        ['elsewhere', 'not-found', 'Karachi'],
        [noQuote.id, 'no-target', 'Interfax reported it'],
      ],
    );
  });

  it('places records again in an edited text before applying them', () => {
    const record = ent({ action: 'entity.type', type: 'event' }, 'mention', 'Islamabad');
    const edited = `A paragraph added by another program.\n\n${text}`;
    const shift = edited.length - text.length;
    const analysis = machine();
    const moved: Analysis = {
      ...analysis,
      length: edited.length,
      entities: analysis.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m, start: m.start + shift, end: m.end + shift })) })),
      quotes: [],
    };
    const result = applyCorrections(edited, moved, [record]);
    assert.ok(result.entities.some((e) => e.id === 'event:Islamabad' && e.mentions[0].start === S('Islamabad') + shift));
  });

  it('never throws: a broken record costs the corrections, with a notice, and is reported as caught', () => {
    const caught: string[] = [];
    const restore = onCaught((where) => caught.push(where));
    try {
      const broken = { ...ent({ action: 'entity.reject' }, 'article', 'Islamabad'), anchor: undefined } as unknown as AnnotationRecord;
      const result = applyCorrections(text, machine(), [broken]);
      assert.strictEqual(result.entities.length, machine().entities.length);
      assert.match(result.notices.join(' '), /Corrections could not be applied/);
    } finally {
      restore();
    }
    assert.deepStrictEqual(caught, ['corrections']);
  });

  it('carries stated genders to the corrected entities: a merge gives its gender, a new type or two genders merged take it away', () => {
    const withGenders = (stated: Analysis['statedGender']): Analysis => ({ ...machine(), statedGender: stated });
    const genders = (stated: Analysis['statedGender'], records: AnnotationRecord[]) => applyCorrections(text, withGenders(stated), records).statedGender;
    const merge = ent({ action: 'entity.merge', into: { name: 'Khawaja Asif' } }, 'article', 'Asif', 1);
    assert.deepStrictEqual(genders({ 'person:Asif': 'male' }, [merge]), { 'person:Khawaja Asif': 'male' });
    assert.deepStrictEqual(genders({ 'person:Asif': 'male', 'person:Khawaja Asif': 'female' }, [merge]), {});
    const renamed = applyCorrections(text, withGenders({ 'person:Sergei Shoigu': 'male' }), [ent({ action: 'entity.canonical', canonical: 'Sergey Shoygu' }, 'article', 'Shoigu', 1)]);
    const shoygu = renamed.entities.find((e) => e.canonical === 'Sergey Shoygu');
    assert.ok(shoygu, 'the renamed entity');
    assert.deepStrictEqual(renamed.statedGender, { [shoygu.id]: 'male' });
    assert.deepStrictEqual(genders({ 'person:Interfax': 'male' }, [ent({ action: 'entity.type', type: 'organization' }, 'article', 'Interfax')]), {});
    assert.deepStrictEqual(genders({ 'person:Sergei Shoigu': 'male' }, []), { 'person:Sergei Shoigu': 'male' });
  });

  it('leaves an analysis of another text unchanged, with a notice', () => {
    const result = applyCorrections(`${text} More.`, machine(), [ent({ action: 'entity.reject' }, 'article', 'Islamabad')]);
    assert.strictEqual(result.entities.length, machine().entities.length);
    assert.match(result.notices.join(' '), /Corrections were not applied/);
  });

  it('grows linearly with the article and the number of corrections', () => {
    // V8 optimises after many calls; the extension's long-lived process has made them, so the timing starts warm.
    const warm = correctionWorkload(800);
    for (let i = 0; i < 20; i++) applyCorrections(warm.text, warm.analysis, warm.records);
    assertGrowsLinearly(
      'applyCorrections',
      (n) => correctionWorkload(n),
      ({ text: t, analysis, records }) => applyCorrections(t, analysis, records),
      800,
    );
  });
});

function span(s: { start: number; end: number }): { start: number; end: number } {
  return { start: s.start, end: s.end };
}

describe('corrections through analyze() on the seed', () => {
  const seed = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'seeds', '000_9eeae5c25ec30b8d.txt'), 'utf8');
  const find = (needle: string) => ({ start: seed.indexOf(needle), end: seed.indexOf(needle) + needle.length });

  it('rejects a word, marks a name with a user-defined type and sets a speaker, the same as applyCorrections', () => {
    const machineResult = analyze(seed);
    const quote = machineResult.quotes.find((q) => q.text.includes('Both sides will translate'));
    assert.ok(quote, 'the machine finds the quote');
    const maker = { by: 'Ann', at: '2024-05-01T12:00:00Z' };
    const records = [
      entityRecord({ action: 'entity.reject' }, 'article', seed, find('Thursday'), maker),
      entityRecord({ action: 'entity.mark', type: 'event' }, 'article', seed, find('Moscow conference'), maker),
      quoteRecord({ action: 'quote.speaker', speaker: { name: 'Sergei Shoigu', type: 'person' } }, seed, quote, maker),
    ];
    const corrected = analyze(seed, undefined, { records });
    assert.deepStrictEqual(corrected, applyCorrections(seed, machineResult, records));
    assert.ok(!corrected.entities.some((e) => e.mentions.some((m) => m.text === 'Thursday')), 'Thursday is no entity');
    const event = corrected.entities.find((e) => e.type === 'event');
    assert.strictEqual(event?.canonical, 'Moscow conference');
    assert.strictEqual(event?.mentions.length, seed.split('Moscow conference').length - 1, 'every occurrence');
    const shoigu = corrected.entities.find((e) => e.canonical === 'Sergei Shoigu');
    const attributed = corrected.quotes.find((q) => q.start === quote.start);
    assert.strictEqual(attributed?.speakerEntity, shoigu?.id);
    assert.deepStrictEqual([attributed?.status, attributed?.by], ['corrected', 'Ann']);
    assert.deepStrictEqual(corrected.orphans, []);
  });
});
