import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../src/analysis';
import { emptyAnnotations, entityRecord, quoteRecord, serializeAnnotations } from '../../src/analysis/annotations';
import { run, seed } from './cliRun';

/** The seed with the three corrections beside it, made with the same record makers the editor uses. */
function correctedSeed(): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-cli-corrections-'));
  const file = path.join(dir, 'seed.txt');
  const text = fs.readFileSync(seed, 'utf8');
  fs.writeFileSync(file, text);
  const analysis = analyze(text);
  const maker = { by: 'Test Person' };
  const thursday = analysis.entities.flatMap((e) => e.mentions).find((m) => m.text === 'Thursday');
  assert.ok(thursday, 'the machine finds Thursday');
  const moscow = text.indexOf('Moscow conference');
  const quote = analysis.quotes.find((q) => q.text.includes('Both sides will translate'));
  assert.ok(quote);
  const records = [
    entityRecord({ action: 'entity.reject' }, 'article', text, thursday, maker),
    entityRecord({ action: 'entity.mark', type: 'event' }, 'article', text, { start: moscow, end: moscow + 'Moscow conference'.length }, maker),
    quoteRecord({ action: 'quote.speaker', speaker: { name: 'Sergei Shoigu', type: 'person' } }, text, quote, maker),
  ];
  fs.writeFileSync(`${file}.annotations.json`, serializeAnnotations({ ...emptyAnnotations(), records }));
  return { dir, file };
}

describe('CLI corrections', function () {
  this.timeout(240_000);

  it('applies the annotations file beside the article; --json gives status and by per annotation; --no-corrections skips it', () => {
    const { dir, file } = correctedSeed();
    try {
      const json = run(['--json', file]);
      assert.strictEqual(json.code, 0, json.stderr);
      const result = JSON.parse(json.stdout).results[0];
      const mentions = result.entities.flatMap((e: { mentions: Array<{ text: string }> }) => e.mentions.map((m) => m.text));
      assert.ok(!mentions.includes('Thursday'));
      const event = result.entities.find((e: { type: string }) => e.type === 'event');
      assert.strictEqual(event.canonical, 'Moscow conference');
      assert.strictEqual(event.mentions[0].status, 'corrected');
      assert.strictEqual(event.mentions[0].by, 'Test Person');
      const quote = result.quotes.find((q: { text: string }) => q.text.includes('Both sides will translate'));
      const shoigu = result.entities.find((e: { canonical: string }) => e.canonical === 'Sergei Shoigu');
      assert.strictEqual(quote.speakerEntity, shoigu.id);
      assert.strictEqual(quote.status, 'corrected');
      for (const q of result.quotes) assert.ok(q.status && q.by, 'every quote says its status and who made it');

      const summary = run([file]);
      assert.match(summary.stdout, /event\s+Moscow conference/);
      assert.match(summary.stdout, /reviewed: \d+ of \d+/);
      assert.match(summary.stdout, /Sergei Shoigu \[direct\]: “?Both sides will translate/);

      const plain = JSON.parse(run(['--json', '--no-corrections', file]).stdout).results[0];
      assert.ok(plain.entities.flatMap((e: { mentions: Array<{ text: string }> }) => e.mentions.map((m) => m.text)).includes('Thursday'));
      assert.ok(!plain.entities.some((e: { type: string }) => e.type === 'event'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a corrupt annotations file: a warning, the machine result, the file untouched', () => {
    const { dir, file } = correctedSeed();
    try {
      fs.writeFileSync(`${file}.annotations.json`, '{ "format": "news-annotator/annotations", ');
      const r = run(['--json', file]);
      assert.strictEqual(r.code, 0);
      assert.match(r.stderr, /annotations\.json: corrections not applied/);
      const result = JSON.parse(r.stdout).results[0];
      assert.ok(result.entities.length > 0);
      assert.strictEqual(fs.readFileSync(`${file}.annotations.json`, 'utf8'), '{ "format": "news-annotator/annotations", ');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
