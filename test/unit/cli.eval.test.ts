import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { root, run, seed } from './cliRun';

/** The gold data of `npm run eval` (../shared/data beside the repository, or NEWS_ANNOTATOR_DATA). */
const dataDir = process.env.NEWS_ANNOTATOR_DATA || path.resolve(root, '..', 'shared', 'data');

describe('news-annotator eval', function () {
  this.timeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-eval-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('scores a brat folder and prints the figures, then every error with --errors', () => {
    const brat = path.join(dir, 'brat');
    fs.mkdirSync(brat);
    const text = 'Ann Lee met the press in Paris on Monday.\n\nNobody from Acme Corp came.';
    fs.writeFileSync(path.join(brat, 'a.txt'), text);
    // Gold: Ann Lee, Paris, and an organisation the tool is unlikely to call a place.
    const at = (s: string) => `${text.indexOf(s)} ${text.indexOf(s) + s.length}\t${s}`;
    fs.writeFileSync(path.join(brat, 'a.ann'), [`T1\tPERSON ${at('Ann Lee')}`, `T2\tLOC ${at('Paris')}`, `T3\tORG ${at('Acme Corp')}`].join('\n'));
    const r = run(['eval', '--gold', brat, '--errors']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /Evaluation against .*brat: 1 document/);
    assert.match(r.stdout, /Entities \(1 documents\), exact span:\n  type {9}P {6}R {5}F1/);
    const json = JSON.parse(run(['eval', '--gold', brat, '--json']).stdout);
    assert.strictEqual(json.schema, 'news-annotator/evaluation');
    assert.strictEqual(json.format, 'brat');
    const micro = json.entities.exact.micro;
    assert.strictEqual(micro.tp + micro.fn, 3, 'three gold entities');
    // Every error listed, one line each, at its document, line and column.
    const listed = r.stdout.split('\n').filter((l) => /^a:\d+:\d+\t/.test(l));
    assert.strictEqual(listed.length, json.errors.length);
  });

  // The tool's own exports, read back as gold, score it perfectly: every span, type, quote,
  // speaker and cue survives export and the gold readers (written apart from the exporters).
  for (const format of ['brat', 'doccano'] as const) {
    it(`scores 100 against its own ${format} export of the seed`, () => {
      const out = path.join(dir, `own-${format}`);
      const exported = run(['--format', format, '--out', out, seed]);
      assert.strictEqual(exported.code, 0, exported.stderr);
      const gold = format === 'brat' ? out : path.join(out, fs.readdirSync(out)[0]);
      const r = run(['eval', '--gold', gold, '--json']);
      assert.strictEqual(r.code, 0, r.stderr);
      const json = JSON.parse(r.stdout);
      assert.deepStrictEqual(json.errors, []);
      assert.ok(json.entities.exact.micro.tp > 10);
      assert.strictEqual(json.entities.exact.micro.f1, 100);
      const quotes = json.quotes.figures['overall@0.8'];
      assert.ok(quotes.tp > 10);
      assert.deepStrictEqual([quotes.f1, quotes.speakerAccuracy, quotes.cueAccuracy], [100, 100, 100]);
      assert.ok(quotes.speakerChecked > quotes.tp / 2, 'speakers are read back');
    });
  }

  it('says what is wrong with the gold or the command line', () => {
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, '[{"id": 1}]');
    const r = run(['eval', '--gold', bad]);
    assert.strictEqual(r.code, 1);
    assert.match(r.stderr, /Gold document 1 has no "text" string/);
    assert.strictEqual(run(['eval']).code, 2);
    const help = run(['eval', '--help']);
    assert.strictEqual(help.code, 0);
    assert.match(help.stdout, /--gold <PATH>/);
    assert.match(run(['--help']).stdout, /news-annotator\s+eval --gold PATH/);
    assert.match(run(['eval', '--gold', path.join(dir, 'none.json')]).stderr, /cannot be read/);
  });

  for (const [task, file] of [
    ['ner', 'ner-dev-conll2003.json'],
    ['quotes', 'quotes-dev-polnear.json'],
  ] as const) {
    it(`gives the figures of npm run eval on the ${task} dev gold`, function () {
      const gold = path.join(dataDir, file);
      if (!fs.existsSync(gold)) this.skip();
      const script = spawnSync(process.execPath, [path.join(root, 'out', 'test', 'eval', 'eval.js'), task, gold, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
      assert.strictEqual(script.status, 0, script.stderr);
      const expected = JSON.parse(script.stdout);
      const cli = run(['eval', '--gold', gold, '--json']);
      assert.strictEqual(cli.code, 0, cli.stderr);
      const got = JSON.parse(cli.stdout);
      if (task === 'ner') assert.deepStrictEqual({ exact: got.entities.exact, overlap: got.entities.overlap }, { exact: expected.all.exact, overlap: expected.all.overlap });
      else assert.deepStrictEqual(got.quotes.figures, expected.figures);
    });
  }
});
