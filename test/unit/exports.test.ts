/**
 * Round trips of every export format: the files written for the seed and for an article with
 * emoji, CR LF line ends and right-to-left text are read back by the independent readers of
 * exportReaders.ts (written from each format's specification) and compared, span by span and
 * text by text, with the corrected analysis, in both offset units. Imports of brat, doccano and
 * Label Studio give the exported annotations back, and their records give the same analysis.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { analyze, CorrectedAnalysis } from '../../src/analysis';
import { AnnotationRecord, entityRecord, quoteRecord } from '../../src/analysis/annotations';
import {
  Annotations,
  exportDocument,
  ExportDocument,
  exportFiles,
  EXPORT_FORMATS,
  exporters,
  importRecords,
  labelStudioConfig,
  Offsets,
  readBrat,
  readDoccano,
  readLabelStudio,
} from '../../src/analysis/exports';
import { parseCsv, Read, readBratSpec, readConllSpec, readDoccanoSpec, readHtmlSpec, readLabelStudioSpec, ReadMention, ReadQuote, readWebAnnotationSpec, Unit, unitChars } from './exportReaders';

const root = path.join(__dirname, '..', '..', '..');
const seedText = fs.readFileSync(path.join(root, 'seeds', '000_9eeae5c25ec30b8d.txt'), 'utf8');
const mixedText =
  [
    'Prime Minister Jacinda Ardern 🎉 arrived in Paris on Monday with 👩‍👩‍👧 families.',
    '“We are ready 🚀 for this,” Ardern said.',
    'Ahmed Hassan, the spokesman of the Foreign Ministry, said the talks in مرحبا بالعالم and שלום עולם went well 😀.',
    '“Nothing 𝒳 was\r\nagreed,” said Emmanuel Macron <b>&amp;</b> \'friends\'.',
  ].join('\r\n\r\n') + '\r\n';

const UNITS: Unit[] = ['utf16', 'codepoints'];

/** Corrections chosen by position, so that every status, a person's name and a label of one's own appear in any article. */
function corrections(text: string): AnnotationRecord[] {
  const plain = analyze(text);
  const mentions = plain.entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  const quotes = [...plain.quotes].sort((a, b) => a.start - b.start);
  const at = '2026-01-01T00:00:00.000Z';
  const records: AnnotationRecord[] = [
    entityRecord({ action: 'entity.accept' }, 'mention', text, mentions[0], { by: 'Ana', at }),
    entityRecord({ action: 'entity.type', type: 'event' }, 'mention', text, mentions[2], { by: 'Ana', at }),
    quoteRecord({ action: 'quote.accept' }, text, quotes[0], { by: 'Ben Ó Súilleabháin', at }),
    quoteRecord({ action: 'quote.kind', kind: 'mixed' }, text, quotes[1], { by: 'Ben Ó Súilleabháin', at }),
    quoteRecord({ action: 'quote.speaker', speaker: { name: 'A named source' } }, text, quotes[quotes.length - 1], { by: 'Ana', at }),
  ];
  // A passage a person marked as a quote, across a line break when the text has one inside a paragraph.
  const brk = text.indexOf('was\r\nagreed');
  const span = brk >= 0 ? { start: brk, end: brk + 'was\r\nagreed'.length } : { start: mentions[3].start, end: mentions[4].end };
  records.push(quoteRecord({ action: 'quote.mark', kind: 'indirect' }, text, span, { by: 'Ana', at }));
  return records;
}

interface Case {
  name: string;
  text: string;
  analysis: CorrectedAnalysis;
  doc: ExportDocument;
}

const cases: Case[] = [
  { name: 'seed.txt', text: seedText },
  { name: 'mixed/emoji ✨.txt', text: mixedText },
].map(({ name, text }) => {
  const analysis = analyze(text, undefined, { records: corrections(text) });
  return { name, text, analysis, doc: exportDocument(name, text, analysis) };
});

/** An offset in the unit, computed here from the definition of each unit. */
function inUnit(text: string, utf16: number, unit: Unit): number {
  return unit === 'utf16' ? utf16 : Array.from(text.slice(0, utf16)).length;
}

function spanIn(text: string, s: { start: number; end: number; text: string }, unit: Unit) {
  return { start: inUnit(text, s.start, unit), end: inUnit(text, s.end, unit), text: s.text };
}

const capital = (t: string) => t[0].toUpperCase() + t.slice(1);

/** What a reader should find: the analysis's mentions and quotes, offsets in `unit`, labels as the format writes them. */
function expected(c: Case, unit: Unit, label: (type: string) => string): Read {
  const mentions: ReadMention[] = c.doc.mentions.map((m) => ({ ...spanIn(c.text, m, unit), label: label(m.type), status: m.status, by: m.by, group: m.entity }));
  const quotes: ReadQuote[] = c.doc.quotes.map((q) => ({
    ...spanIn(c.text, q, unit),
    kind: q.kind,
    status: q.status,
    by: q.by,
    speakerName: q.speakerName,
    speaker: q.speaker && spanIn(c.text, q.speaker, unit),
    cue: q.cue && spanIn(c.text, q.cue, unit),
  }));
  return { mentions, quotes };
}

/** Mention groups as a partition of mention places (group names differ between formats). */
function partition(mentions: ReadMention[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const m of mentions) groups.set(m.group ?? `${m.start}`, [...(groups.get(m.group ?? `${m.start}`) ?? []), `${m.start}-${m.end}`]);
  return [...groups.values()].map((g) => g.sort()).sort();
}

function withoutGroups(r: Read): Read {
  return { mentions: r.mentions.map(({ group: _g, ...m }) => m), quotes: r.quotes };
}

/** Compares span by span, text by text; `groups` also compares which mentions are one entity. */
function assertSameRead(actual: Read, wanted: Read, groups: boolean): void {
  assert.strictEqual(actual.mentions.length, wanted.mentions.length, 'as many mentions');
  actual.mentions.forEach((m, i) => assert.deepStrictEqual(withoutGroups({ mentions: [m], quotes: [] }).mentions[0], withoutGroups({ mentions: [wanted.mentions[i]], quotes: [] }).mentions[0]));
  if (groups) assert.deepStrictEqual(partition(actual.mentions), partition(wanted.mentions));
  assert.strictEqual(actual.quotes.length, wanted.quotes.length, 'as many quotes');
  const clean = (q: ReadQuote) => JSON.parse(JSON.stringify(q));
  actual.quotes.forEach((q, i) => assert.deepStrictEqual(clean(q), clean(wanted.quotes[i])));
}

function file(c: Case, format: string, unit: Unit | undefined, suffix: string): string {
  const f = exportFiles(format, c.doc, unit).find((x) => x.suffix === suffix);
  assert.ok(f, `${format} writes a ${suffix} file`);
  return f.content;
}

describe('exports read back by readers written from each specification', () => {
  it('the test articles have what the round trips must carry', () => {
    for (const c of cases) {
      const statuses = new Set([...c.doc.mentions, ...c.doc.quotes].map((x) => x.status));
      for (const s of ['suggested', 'accepted', 'corrected']) assert.ok(statuses.has(s as never), `${c.name}: some annotation is ${s}`);
      assert.ok(c.doc.quotes.some((q) => q.speaker && q.cue), `${c.name}: a quote with speaker and cue`);
      assert.ok(c.doc.mentions.some((m) => m.type === 'event'), `${c.name}: a label of a person's own`);
    }
    const mixed = cases[1];
    assert.ok(mixed.doc.mentions.some((m) => inUnit(mixed.text, m.start, 'codepoints') !== m.start), 'on the emoji article the units differ');
    assert.ok(mixed.doc.quotes.some((q) => /[\r\n]/.test(q.text)), 'a quote across a line break');
  });

  for (const c of cases) {
    describe(c.name, () => {
      for (const unit of UNITS) {
        it(`our JSON (${unit}) validates against its schema and its spans slice the text`, () => {
          const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
          const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(root, 'media', 'schemas', 'analysis.schema.json'), 'utf8')));
          const json: { offsets: string; results: any[] } = JSON.parse(file(c, 'json', unit, '.json'));
          const valid = validate(json as unknown);
          assert.ok(valid, ajv.errorsText(validate.errors));
          assert.strictEqual(json.offsets, unit);
          const chars = unitChars(c.text, unit);
          const r = json.results[0];
          assert.strictEqual(r.length, chars.length);
          const read: Read = {
            mentions: r.entities.flatMap((e: any) => e.mentions.map((m: any) => ({ start: m.start, end: m.end, text: chars.slice(m.start, m.end).join(''), label: e.type, status: m.status, by: m.by, group: e.id }))),
            quotes: r.quotes.map((q: any) => {
              const sp = (s: any) => s && { start: s.start, end: s.end, text: chars.slice(s.start, s.end).join('') };
              const name = q.speakerEntity ? r.entities.find((e: any) => e.id === q.speakerEntity).canonical : q.speakerName;
              return { ...sp(q), kind: q.kind, status: q.status, by: q.by, speakerName: name, speaker: sp(q.speaker), cue: sp(q.cue) };
            }),
          };
          read.mentions.sort((a, b) => a.start - b.start);
          read.quotes.sort((a, b) => a.start - b.start);
          assertSameRead(read, expected(c, unit, (t) => t), true);
          for (const p of r.paragraphs) assert.strictEqual(chars.slice(p.start, p.end).join(''), p.text);
        });

        it(`brat (${unit}): the .txt is the article and every span, attribute, note and relation reads back`, () => {
          const txt = file(c, 'brat', unit, '.txt');
          assert.strictEqual(txt, c.text);
          assertSameRead(readBratSpec(txt, file(c, 'brat', unit, '.ann'), unit), expected(c, unit, capital), true);
        });

        it(`doccano (${unit}): entities and speaker and cue relations read back`, () => {
          const read = readDoccanoSpec(file(c, 'doccano', unit, '.jsonl'), unit);
          assert.strictEqual(read.text, c.text);
          assertSameRead(read, expected(c, unit, (t) => t.toUpperCase()), true);
        });

        it(`Label Studio (${unit}): predictions hold the suggestions, annotations the rest, relations survive`, () => {
          const read = readLabelStudioSpec(file(c, 'labelstudio', unit, '.labelstudio.json'), unit);
          assert.strictEqual(read.text, c.text);
          assertSameRead(read, expected(c, unit, capital), false);
        });

        it(`W3C Web Annotation (${unit}): position and quote selectors agree, speaker and cue links survive`, () => {
          const read = readWebAnnotationSpec(file(c, 'webannotation', unit, '.jsonld'), c.text, unit);
          assertSameRead(read, expected(c, unit, (t) => t), true);
        });

        it(`quotes CSV (${unit}): every row's offsets give its text`, () => {
          const rows = parseCsv(file(c, 'csv', unit, '.quotes.csv'));
          assert.deepStrictEqual(rows[0], ['file', 'speaker', 'gender', 'kind', 'cue', 'text', 'start', 'end', 'line', 'confidence', 'status']);
          const chars = unitChars(c.text, unit);
          assert.strictEqual(rows.length - 1, c.doc.quotes.length);
          rows.slice(1).forEach((row, i) => {
            const q = c.doc.quotes[i];
            const [name, speaker, gender, kind, cue, text, start, end, line, confidence, status] = row;
            assert.strictEqual(name, c.name);
            assert.strictEqual(chars.slice(Number(start), Number(end)).join(''), text);
            assert.deepStrictEqual([text, Number(start), Number(end)], [q.text, inUnit(c.text, q.start, unit), inUnit(c.text, q.end, unit)]);
            assert.deepStrictEqual([speaker, gender, kind, cue, Number(confidence), status], [q.speakerName ?? q.speaker?.text ?? '', (q.speakerEntity !== undefined ? c.analysis.statedGender?.[q.speakerEntity] : undefined) ?? '', q.kind, q.cue?.text ?? '', q.confidence, q.status]);
            assert.strictEqual(Number(line), c.text.slice(0, q.start).split(/\r\n|\r|\n/).length, 'one-based line of the start');
          });
        });

        it(`CoNLL IOB2 (${unit} alignment): tokens follow the text and tags give every mention`, () => {
          const conllLabels: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC', nationality: 'MISC', date: 'DATE' };
          const read = readConllSpec(file(c, 'conll', unit, '.conll'), c.text, unit);
          const want = expected(c, unit, (t) => conllLabels[t] ?? t.toUpperCase()).mentions.map(({ label, start, end, text }) => ({ label, start, end, text }));
          assert.deepStrictEqual(read.mentions, want);
        });
      }

      it('HTML: a browser would read the article back with every mention and quote marked', () => {
        const html = file(c, 'html', undefined, '.html');
        const page = readHtmlSpec(html);
        assert.strictEqual(page.text, c.text);
        const entityMarks = page.marks.filter((m) => m.classes[0] === 'entity').map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.title!.split(':')[0] }));
        assert.deepStrictEqual(entityMarks, c.doc.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.type })));
        const quoteMarks = page.marks.filter((m) => m.classes[0] === 'quote').map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.classes[1] }));
        assert.deepStrictEqual(quoteMarks, c.doc.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, kind: q.kind })));
        assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
      });
    });
  }

  it('the emoji article: code point and UTF-16 exports differ, and each reads back right (above)', () => {
    const c = cases[1];
    for (const format of ['brat', 'doccano', 'labelstudio', 'webannotation', 'json', 'csv']) {
      const [a, b] = UNITS.map((u) => exportFiles(format, c.doc, u).map((f) => f.content).join(''));
      assert.notStrictEqual(a, b, `${format} depends on the unit`);
    }
  });

  it('every format has its default unit: code points for brat, doccano, Label Studio, W3C and CSV; UTF-16 for our JSON', () => {
    assert.deepStrictEqual(
      Object.fromEntries(EXPORT_FORMATS.map((f) => [f, exporters[f].defaultOffsets ?? null])),
      { json: 'utf16', brat: 'codepoints', doccano: 'codepoints', labelstudio: 'codepoints', webannotation: 'codepoints', conll: null, csv: 'codepoints', html: null },
    );
  });
});

describe('imports give the exported annotations back', () => {
  /** The annotations of a document, as an importer should return them (groups compared as a partition). */
  function annotationsOf(doc: ExportDocument): Annotations {
    return {
      text: doc.text,
      mentions: doc.mentions.map(({ start, end, text, type, status, by, entity }) => ({ start, end, text, type, status, by, entity })),
      quotes: doc.quotes.map(({ start, end, text, kind, status, by, speaker, speakerName, cue, confidence }) => JSON.parse(JSON.stringify({ start, end, text, kind, status, by, speaker, speakerName, cue, confidence }))),
    };
  }

  function assertSameAnnotations(actual: Annotations, wanted: Annotations, groups: boolean): void {
    assert.strictEqual(actual.text, wanted.text);
    const strip = (a: Annotations) => a.mentions.map(({ entity: _e, ...m }) => m);
    assert.deepStrictEqual(strip(actual), strip(wanted));
    const asRead = (a: Annotations) => a.mentions.map((m) => ({ start: m.start, end: m.end, group: m.entity, label: m.type, text: m.text }));
    if (groups) assert.deepStrictEqual(partition(asRead(actual)), partition(asRead(wanted)));
    assert.deepStrictEqual(JSON.parse(JSON.stringify(actual.quotes)), wanted.quotes);
  }

  for (const c of cases) {
    for (const unit of UNITS) {
      it(`${c.name}, ${unit}: brat, doccano and Label Studio`, () => {
        const want = annotationsOf(c.doc);
        assertSameAnnotations(readBrat(c.text, file(c, 'brat', unit, '.ann'), unit), want, true);
        const { name, ...doccano } = readDoccano(file(c, 'doccano', unit, '.jsonl').trim(), unit);
        assert.strictEqual(name, c.name);
        assertSameAnnotations(doccano, want, true);
        const tasks = readLabelStudio(file(c, 'labelstudio', unit, '.labelstudio.json'), unit);
        assert.strictEqual(tasks.length, 1);
        const { name: lsName, ...ls } = tasks[0];
        assert.strictEqual(lsName, c.name);
        assertSameAnnotations(ls, want, false);
      });
    }

    it(`${c.name}: the imported records give the same corrected analysis`, () => {
      const records = importRecords(readBrat(c.text, file(c, 'brat', undefined, '.ann'), 'codepoints'), { by: 'importer', at: '2026-02-01T00:00:00.000Z' });
      const again = exportDocument(c.name, c.text, analyze(c.text, undefined, { records }));
      assert.deepStrictEqual(again.analysis.orphans, []);
      const view = (d: ExportDocument) => ({
        mentions: d.mentions.map(({ start, end, text, type, status, by }) => ({ start, end, text, type, status, by })),
        groups: partition(d.mentions.map((m) => ({ start: m.start, end: m.end, group: m.entity, label: '', text: '' }))),
        // Who the speaker is as a person reads it: the entity's or given name, else the speaker's words.
        quotes: d.quotes.map(({ start, end, text, kind, status, by, speakerName, speaker, cue }) => ({ start, end, text, kind, status, by, who: speakerName ?? speaker?.text, cue })),
      });
      assert.deepStrictEqual(view(again), view(c.doc));
    });
  }

  it('a brat span outside the text, a doccano line that is no JSON and a Label Studio task without text are errors', () => {
    assert.throws(() => readBrat('abc', 'T1\tPerson 0 9\tabc\n', 'codepoints'), /not inside the text/);
    assert.throws(() => readDoccano('{"text": ', 'codepoints'), /not JSON/);
    assert.throws(() => readLabelStudio('[{"data": {}}]', 'codepoints'), /no "data.text"/);
  });

  it('other projects\u2019 labels map to our types, and their annotations are a person\u2019s', () => {
    const a = readBrat('Ann met Bo in Oslo.', 'T1\tPER 0 3\tAnn\nT2\tGPE 14 18\tOslo\n', 'codepoints', 'Team');
    assert.deepStrictEqual(a.mentions.map((m) => [m.type, m.status, m.by]), [['person', 'corrected', 'Team'], ['place', 'corrected', 'Team']]);
  });

  it('the Label Studio configuration names every label the tasks use', () => {
    const config = labelStudioConfig(['person', 'event']);
    for (const label of ['Person', 'Event', 'Quote', 'Source', 'Cue', 'speaker', 'cue']) assert.ok(config.includes(`value="${label}"`), label);
  });
});

describe('offsets', () => {
  it('convert between UTF-16 units and code points both ways at every boundary', () => {
    const text = 'a😀b𝒳\u05e9c👩‍👩‍👧\r\nd';
    const chars = Array.from(text);
    const o = new Offsets(text, 'codepoints');
    let u = 0;
    for (let cp = 0; cp <= chars.length; cp++) {
      assert.strictEqual(o.out(u), cp);
      assert.strictEqual(o.in(cp), u);
      u += cp < chars.length ? chars[cp].length : 0;
    }
    assert.strictEqual(o.length, chars.length);
  });
});
