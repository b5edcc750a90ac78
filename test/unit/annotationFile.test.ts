import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import {
  AnnotationsFile,
  emptyAnnotations,
  emptyLexicon,
  entityRecord,
  lexiconRecord,
  LexiconFile,
  parseAnnotations,
  parseLexicon,
  quoteRecord,
  serializeAnnotations,
  serializeLexicon,
  withdrawRecord,
} from '../../src/analysis/annotations';

const schemaDir = path.resolve(__dirname, '..', '..', '..', 'media', 'schemas');
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validateAnnotations = ajv.compile(JSON.parse(fs.readFileSync(path.join(schemaDir, 'annotations.schema.json'), 'utf8')));
const validateLexicon = ajv.compile(JSON.parse(fs.readFileSync(path.join(schemaDir, 'lexicon.schema.json'), 'utf8')));

const text = 'The defence ministers met in Islamabad on Thursday. “We agree,” he said. 👋🏽 Sergei Shoigu came.';
const span = (needle: string) => {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length };
};
const at = '2024-05-01T12:00:00.000Z';
const person = { by: 'Ann Lee', at };

/** A file with one record of every action, as the commands would make them. */
function everyAction(): AnnotationsFile {
  const e = (action: Parameters<typeof entityRecord>[0], scope: 'mention' | 'article', needle: string, id: string) => entityRecord(action, scope, text, span(needle), { ...person, id });
  const q = (action: Parameters<typeof quoteRecord>[0], id: string) => quoteRecord(action, text, span('“We agree,”'), { ...person, id });
  const records = [
    e({ action: 'entity.accept' }, 'mention', 'Islamabad', 'r01'),
    e({ action: 'entity.reject' }, 'article', 'Thursday', 'r02'),
    e({ action: 'entity.type', type: 'event' }, 'article', 'Islamabad', 'r03'),
    e({ action: 'entity.mark', type: 'organization' }, 'mention', 'defence ministers', 'r04'),
    e({ action: 'entity.merge', into: { name: 'Sergei Shoigu', type: 'person' } }, 'mention', 'Shoigu', 'r05'),
    e({ action: 'entity.split' }, 'mention', 'Sergei', 'r06'),
    e({ action: 'entity.canonical', canonical: 'Sergey Shoygu' }, 'article', 'Sergei Shoigu', 'r07'),
    q({ action: 'quote.accept' }, 'r08'),
    q({ action: 'quote.reject' }, 'r09'),
    q({ action: 'quote.mark', kind: 'direct' }, 'r10'),
    q({ action: 'quote.kind', kind: 'mixed' }, 'r11'),
    q({ action: 'quote.speaker', speaker: { name: 'Sergei Shoigu' } }, 'r12'),
    q({ action: 'quote.clearSpeaker' }, 'r13'),
  ];
  records.push(withdrawRecord(records[0], { by: 'Bo', at: '2024-05-02T08:00:00Z' }));
  records.shift();
  return { ...emptyAnnotations(), records };
}

function lexicon(): LexiconFile {
  return {
    ...emptyLexicon(),
    records: [
      lexiconRecord({ action: 'entity.reject' }, 'Thursday', { ...person, id: 'l1' }),
      lexiconRecord({ action: 'entity.mark', type: 'event' }, 'Moscow conference', { ...person, id: 'l2' }),
      lexiconRecord({ action: 'entity.merge', into: { name: 'Sergei Shoigu' } }, 'Shoygu', { ...person, id: 'l3' }),
    ],
  };
}

describe('annotations file: writing and reading', () => {
  it('writes a pretty header and one record per line, sorted by id, with $schema', () => {
    const file = everyAction();
    const written = serializeAnnotations({ ...file, records: [...file.records].reverse() });
    const lines = written.split('\n');
    assert.deepStrictEqual(lines.slice(0, 5), ['{', '  "$schema": "news-annotator:/schemas/annotations-1.schema.json",', '  "format": "news-annotator/annotations",', '  "version": 1,', '  "records": [']);
    const recordLines = lines.slice(5, 5 + file.records.length);
    const ids = recordLines.map((l) => (JSON.parse(l.replace(/,$/, '')) as { id: string }).id);
    assert.deepStrictEqual(ids, [...ids].sort());
    assert.deepStrictEqual(lines.slice(5 + file.records.length), ['  ]', '}', '']);
    assert.ok(recordLines.every((l) => l.startsWith('    {"id":')), 'each record is one line starting with its id');
  });

  it('reads back what it wrote, and writes it again byte for byte', () => {
    for (const file of [everyAction(), emptyAnnotations()]) {
      const written = serializeAnnotations(file);
      const read = parseAnnotations(written);
      assert.ok(read.ok, read.ok ? '' : read.error);
      assert.deepStrictEqual(read.value.records.map((r) => r.id).sort(), file.records.map((r) => r.id).sort());
      assert.strictEqual(serializeAnnotations(read.value), written);
    }
    const lex = serializeLexicon(lexicon());
    const read = parseLexicon(lex);
    assert.ok(read.ok, read.ok ? '' : read.error);
    assert.strictEqual(serializeLexicon(read.value), lex);
  });

  it('keeps fields it does not know, at the top, in records and in anchors', () => {
    const file = everyAction();
    const source = JSON.parse(serializeAnnotations(file)) as Record<string, unknown> & { records: Array<Record<string, unknown> & { anchor?: Record<string, unknown> }> };
    source.futureTop = { nested: [1, 2] };
    source.records[0].comment = 'checked against the wire copy';
    source.records[1].anchor = { ...source.records[1].anchor, codePointStart: 7 };
    const read = parseAnnotations(JSON.stringify(source));
    assert.ok(read.ok, read.ok ? '' : read.error);
    const again = JSON.parse(serializeAnnotations(read.value)) as typeof source;
    assert.deepStrictEqual(again.futureTop, { nested: [1, 2] });
    assert.strictEqual(again.records[0].comment, 'checked against the wire copy');
    assert.strictEqual(again.records[1].anchor?.codePointStart, 7);
  });

  it('accepts a byte-order mark', () => {
    const read = parseAnnotations(`\ufeff${serializeAnnotations(everyAction())}`);
    assert.ok(read.ok);
  });

  const good = () => JSON.parse(serializeAnnotations(everyAction())) as { version: number; records: Array<Record<string, unknown>> } & Record<string, unknown>;
  const invalid: Array<{ name: string; make: () => string; error: RegExp; schemaToo: boolean }> = [
    { name: 'not JSON', make: () => '{"format": "news-annotator/annotations", "records": [', error: /not valid JSON: .* at line 1, column \d+/, schemaToo: false },
    { name: 'a merge conflict left in it', make: () => serializeAnnotations(everyAction()).replace('  "records": [\n', '  "records": [\n<<<<<<< HEAD\n'), error: /not valid JSON: .*line 6/, schemaToo: false },
    { name: 'comments', make: () => `// note\n${serializeAnnotations(everyAction())}`, error: /not valid JSON/, schemaToo: false },
    { name: 'an array', make: () => '[]', error: /not a JSON object/, schemaToo: true },
    { name: 'another format', make: () => JSON.stringify({ ...good(), format: 'brat' }), error: /"format" is "brat"/, schemaToo: true },
    { name: 'a newer version', make: () => JSON.stringify({ ...good(), version: 2 }), error: /newer version of News Annotator \(file version 2; this version reads up to 1\)/, schemaToo: true },
    { name: 'no records', make: () => JSON.stringify({ ...good(), records: undefined }), error: /"records" must be an array/, schemaToo: true },
    { name: 'a record without id', make: () => mutate((r) => delete r.id), error: /record 2 has no "id"/, schemaToo: true },
    { name: 'an unknown action', make: () => mutate((r) => (r.action = 'entity.explode')), error: /"action" "entity.explode" is not one this version knows/, schemaToo: true },
    { name: 'a bad status', make: () => mutate((r) => (r.status = 'maybe')), error: /"status" must be/, schemaToo: true },
    { name: 'a status that does not fit the action', make: () => mutate((r) => (r.status = 'accepted')), error: /"status" accepted does not go with entity.reject/, schemaToo: true },
    { name: 'a time that is not ISO 8601', make: () => mutate((r) => (r.at = 'yesterday')), error: /"at" must be an ISO 8601 time/, schemaToo: true },
    { name: 'no maker', make: () => mutate((r) => (r.by = ' ')), error: /"by" must name who made it/, schemaToo: true },
    { name: 'no scope on an entity record', make: () => mutate((r) => delete r.scope), error: /"scope" must be "mention" or "article"/, schemaToo: true },
    { name: 'an anchor without its text', make: () => mutate((r) => ((r.anchor as Record<string, unknown>).exact = '')), error: /"anchor.exact" must be the annotated text/, schemaToo: true },
    { name: 'a fractional offset', make: () => mutate((r) => ((r.anchor as Record<string, unknown>).start = 1.5)), error: /whole-number offsets/, schemaToo: true },
    { name: 'a type change without a type', make: () => mutate((r) => delete r.type, 2), error: /"type" must be a non-empty string/, schemaToo: true },
    { name: 'a speaker without a name', make: () => mutate((r) => (r.speaker = {}), 11), error: /"speaker" must be an object with a "name"|"speaker" "name" must be/, schemaToo: true },
    { name: 'deleted that is not true', make: () => mutate((r) => (r.deleted = false)), error: /"deleted" may only be true/, schemaToo: true },
    { name: 'two records with one id', make: () => mutate((r) => (r.id = 'r03')), error: /records 2 and 3 have the same id r03; keep one of them/, schemaToo: false },
  ];
  /** The written file with its record `index` (in id order: 0 is the tombstone r01, 1 the rejection r02) changed by `change`. */
  function mutate(change: (r: Record<string, unknown>) => unknown, index = 1): string {
    const file = good();
    change(file.records[index]);
    return JSON.stringify(file);
  }

  for (const row of invalid) {
    it(`reports ${row.name} as an error value, without throwing`, () => {
      const source = row.make();
      const read = parseAnnotations(source);
      assert.strictEqual(read.ok, false);
      if (!read.ok) {
        assert.match(read.error, /^The annotations file is /);
        assert.match(read.error, row.error);
      }
      // The schema says the same where a schema can (JSON syntax and unique ids are beyond it).
      if (row.schemaToo) assert.strictEqual(validateAnnotations(JSON.parse(source)), false, 'the schema rejects it too');
    });
  }

  it('reports a lexicon rule with an article-only action or without a name', () => {
    const file = JSON.parse(serializeLexicon(lexicon())) as { records: Array<Record<string, unknown>> };
    file.records[0].action = 'entity.split';
    const split = parseLexicon(JSON.stringify(file));
    assert.ok(!split.ok && /not one this version knows for the lexicon/.test(split.error));
    assert.strictEqual(validateLexicon(file), false);
    file.records[0].action = 'entity.reject';
    delete file.records[0].name;
    const nameless = parseLexicon(JSON.stringify(file));
    assert.ok(!nameless.ok && /"name" must be a non-empty string/.test(nameless.error));
    assert.strictEqual(validateLexicon(file), false);
  });
});

describe('annotations file: JSON Schemas', () => {
  it('every generated annotations file validates against annotations.schema.json', () => {
    for (const file of [everyAction(), emptyAnnotations()]) {
      const data: unknown = JSON.parse(serializeAnnotations(file));
      assert.ok(validateAnnotations(data), ajv.errorsText(validateAnnotations.errors));
    }
  });

  it('every generated lexicon validates against lexicon.schema.json', () => {
    for (const file of [lexicon(), emptyLexicon()]) {
      const data: unknown = JSON.parse(serializeLexicon(file));
      assert.ok(validateLexicon(data), ajv.errorsText(validateLexicon.errors));
    }
  });

  it('the schemas name themselves as written files do', () => {
    const annotations = JSON.parse(serializeAnnotations(emptyAnnotations())) as { $schema: string };
    const lex = JSON.parse(serializeLexicon(emptyLexicon())) as { $schema: string };
    assert.strictEqual((validateAnnotations.schema as { $id: string }).$id, annotations.$schema);
    assert.strictEqual((validateLexicon.schema as { $id: string }).$id, lex.$schema);
  });
});
