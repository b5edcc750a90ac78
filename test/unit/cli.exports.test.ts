/**
 * The command line's exports (`--format`, `--offsets` with `--out`) and imports
 * (`news-annotator import`), run as a person would run them.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EXPORT_FORMATS, exporters } from '../../src/analysis/exports';
import { run, seed } from './cliRun';
import { readBratSpec, readDoccanoSpec, unitChars } from './exportReaders';

describe('command-line exports and imports', function () {
  this.timeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-cli-export-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const emojiText = 'Prime Minister Jacinda Ardern 🎉 arrived in Paris on Monday.\r\n\r\n“We are ready 🚀 for this,” Ardern said.\r\n';
  const articles = path.join(dir, 'articles');
  fs.mkdirSync(articles);
  fs.copyFileSync(seed, path.join(articles, 'seed.txt'));
  fs.writeFileSync(path.join(articles, 'emoji.txt'), emojiText);

  it('writes every format for every article under --out, one file or file pair each', () => {
    for (const format of EXPORT_FORMATS) {
      const out = path.join(dir, `out-${format}`);
      const r = run(['--format', format, '--out', out, '--jobs', '1', articles]);
      assert.strictEqual(r.code, 0, r.stderr);
      const suffixes = exporters[format].files({ name: '', text: '', entities: [], mentions: [], quotes: [], analysis: {} as never }, 'utf16').map((f) => f.suffix);
      const want = ['emoji', 'seed'].flatMap((name) => suffixes.map((s) => `${name}${s}`)).sort();
      assert.deepStrictEqual(fs.readdirSync(out).sort(), want, format);
    }
  });

  it('--format brat writes a .txt/.ann pair that a brat reader reads, in code points by default and in UTF-16 units on request', () => {
    for (const unit of ['codepoints', 'utf16'] as const) {
      const out = path.join(dir, `brat-${unit}`);
      const r = run(['--format', 'brat', '--out', out, ...(unit === 'utf16' ? ['--offsets', 'utf16'] : []), path.join(articles, 'emoji.txt')]);
      assert.strictEqual(r.code, 0, r.stderr);
      const txt = fs.readFileSync(path.join(out, 'emoji.txt'), 'utf8');
      assert.strictEqual(txt, emojiText);
      const read = readBratSpec(txt, fs.readFileSync(path.join(out, 'emoji.ann'), 'utf8'), unit);
      const paris = read.mentions.find((m) => m.text === 'Paris');
      assert.ok(paris, 'Paris is read back');
      assert.strictEqual(paris.start, unitChars(emojiText.slice(0, emojiText.indexOf('Paris')), unit).length);
      assert.ok(read.quotes.some((q) => q.speaker?.text === 'Ardern' && q.cue?.text === 'said'), 'the speaker and cue relation survives');
    }
  });

  it('--offsets codepoints changes the offsets of --json and says so', () => {
    const r = run(['--json', '--offsets', 'codepoints', path.join(articles, 'emoji.txt')]);
    assert.strictEqual(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.strictEqual(doc.offsets, 'codepoints');
    const chars = Array.from(emojiText);
    assert.strictEqual(doc.results[0].length, chars.length);
    for (const e of doc.results[0].entities) for (const m of e.mentions) assert.strictEqual(chars.slice(m.start, m.end).join(''), m.text);
  });

  for (const c of [
    { args: ['--format', 'nope', '--out', 'x', 'a.txt'], message: /--format takes one of json, brat/ },
    { args: ['--format', 'brat', 'a.txt'], message: /--format brat writes files: give a folder with --out/ },
    { args: ['--offsets', 'bytes', 'a.txt'], message: /--offsets takes utf16 or codepoints/ },
    { args: ['import', '--from', 'conll', 'a.conll'], message: /--from takes one of brat, doccano, labelstudio/ },
  ]) {
    it(`exits 2 with a message: ${c.args.join(' ')}`, () => {
      const r = run(c.args);
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, c.message);
    });
  }

  it('import --from brat writes the annotations file beside the .txt; importing again adds nothing; a corrupt one is left alone', () => {
    const out = path.join(dir, 'brat-codepoints');
    const r = run(['import', '--from', 'brat', '--by', 'Ana', path.join(out, 'emoji.ann')]);
    assert.strictEqual(r.code, 0, r.stderr);
    const file = path.join(out, 'emoji.txt.annotations.json');
    const first = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.strictEqual(first.format, 'news-annotator/annotations');
    assert.ok(first.records.some((x: { action: string }) => x.action === 'quote.speaker'));
    assert.strictEqual(run(['import', '--from', 'brat', path.join(out, 'emoji.ann')]).code, 0);
    assert.strictEqual(JSON.parse(fs.readFileSync(file, 'utf8')).records.length, first.records.length);
    fs.writeFileSync(file, '{ "format": "news-annotator/annotations", ');
    const broken = run(['import', '--from', 'brat', path.join(out, 'emoji.ann')]);
    assert.strictEqual(broken.code, 1);
    assert.match(broken.stderr, /cannot be read, so it is left as it is/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '{ "format": "news-annotator/annotations", ');
  });

  it('import --from doccano and --from labelstudio write each text with its annotations file', () => {
    for (const format of ['doccano', 'labelstudio']) {
      const exported = path.join(dir, `out-${format}`);
      const input = fs.readdirSync(exported).map((f) => path.join(exported, f)).find((f) => f.includes('emoji'))!;
      const target = path.join(dir, `imported-${format}`);
      const r = run(['import', '--from', format, '--out', target, input]);
      assert.strictEqual(r.code, 0, r.stderr);
      // The article is named as the export named it (its path), with a text file's extension.
      const names = fs.readdirSync(target).sort();
      assert.strictEqual(names.length, 2, names.join());
      const text = names.find((n) => !n.endsWith('.annotations.json'))!;
      assert.strictEqual(fs.readFileSync(path.join(target, text), 'utf8'), emojiText);
      assert.ok(names.includes(`${text}.annotations.json`));
    }
    const doccano = readDoccanoSpec(fs.readFileSync(path.join(dir, 'out-doccano', 'emoji.jsonl'), 'utf8'), 'codepoints');
    assert.strictEqual(doccano.text, emojiText);
  });
});
