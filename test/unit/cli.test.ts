import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const cli = path.resolve(__dirname, '..', '..', 'src', 'cli.js');
const seed = path.resolve(__dirname, '..', '..', '..', 'seeds', '000_9eeae5c25ec30b8d.txt');

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('command-line tool', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-cli-'));
  const write = (name: string, content: string | Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints a readable summary of the seed', () => {
    const r = run([seed]);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /37 paragraphs, 17 duplicated/);
    assert.match(r.stdout, /lines 21-37 repeat lines 4-20/);
  });

  it('prints versioned JSON, one result per input in order, with UTF-16 offsets', () => {
    const emoji = write('emoji.txt', 'Hi 👋🏽 there, a paragraph long enough.\nHi 👋🏽 there, a paragraph long enough.');
    const r = run(['--json', emoji, seed]);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.strictEqual(out.schema, 'news-annotator/analysis');
    assert.strictEqual(out.version, 1);
    assert.deepStrictEqual(out.results.map((x: { file: string }) => x.file), [emoji, seed]);
    const text = fs.readFileSync(emoji, 'utf8');
    const p = out.results[0].paragraphs[1];
    assert.strictEqual(text.slice(p.start, p.end), p.text);
    assert.strictEqual(out.results[0].duplicates.copies.length, 1);
    assert.strictEqual(out.results[1].duplicates.blocks.length, 1);
  });

  const bad: Array<{ name: string; file: () => string; message: RegExp }> = [
    { name: 'a missing file', file: () => path.join(dir, 'nope.txt'), message: /no such file/ },
    { name: 'a directory', file: () => dir, message: /is a directory/ },
    { name: 'a binary file', file: () => write('bin.dat', Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0xff, 0xfe, 0x00, 0x10])), message: /not valid UTF-8|looks binary/ },
    { name: 'text in another encoding', file: () => write('latin1.txt', Buffer.from('Caf\xe9 au lait', 'latin1')), message: /not valid UTF-8/ },
    { name: 'valid UTF-8 full of NULs', file: () => write('nul.txt', 'a\u0000b\u0000c'), message: /looks binary/ },
  ];
  for (const c of bad) {
    it(`exits 2 with a clear message for ${c.name}, and still analyses the other files`, () => {
      const r = run(['--json', c.file(), seed]);
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, c.message);
      const out = JSON.parse(r.stdout);
      assert.match(out.results[0].error, c.message);
      assert.strictEqual(out.results[1].duplicates.copies.length, 17);
    });
  }

  it('reads UTF-16 files with a byte-order mark', () => {
    const file = write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('One paragraph that is long enough.\nOne paragraph that is long enough.', 'utf16le')]));
    const r = run([file]);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /2 paragraphs, 1 duplicated/);
  });

  it('takes file names that start with a dash after --', () => {
    const file = write('-dash.txt', 'A paragraph that is long enough to count.\nA paragraph that is long enough to count.');
    const r = spawnSync(process.execPath, [cli, '--', path.basename(file)], { encoding: 'utf8', cwd: dir });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /2 paragraphs, 1 duplicated/);
  });

  it('exits 1 with usage for no file or an unknown option', () => {
    assert.strictEqual(run([]).code, 1);
    const r = run(['--frobnicate', seed]);
    assert.strictEqual(r.code, 1);
    assert.match(r.stderr, /Unknown option --frobnicate/);
  });
});
