import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run, seed, wikinews } from './cliRun';

describe('command-line tool', function () {
  // Each case starts the CLI (and its worker threads) as a separate process, several times.
  this.timeout(180_000);
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
    assert.strictEqual(out.version, 2);
    assert.strictEqual(out.offsets, 'utf16');
    assert.deepStrictEqual(out.results.map((x: { file: string }) => x.file), [emoji, seed]);
    const text = fs.readFileSync(emoji, 'utf8');
    const p = out.results[0].paragraphs[1];
    assert.strictEqual(text.slice(p.start, p.end), p.text);
    assert.strictEqual(out.results[0].duplicates.copies.length, 1);
    assert.strictEqual(out.results[1].duplicates.blocks.length, 1);
    // Streamed result by result, the document is still exactly what JSON.stringify would print.
    assert.strictEqual(r.stdout, `${JSON.stringify(out, null, 2)}\n`);
  });

  const copyPair = 'A paragraph that is long enough to count.\nA paragraph that is long enough to count.';
  const longLine = (bytes: number) => {
    const file = path.join(dir, `big-${bytes}.txt`);
    fs.writeFileSync(file, '');
    fs.truncateSync(file, bytes); // sparse: no disk space used
    return file;
  };
  const symlink = (target: string, name: string) => {
    const link = path.join(dir, name);
    fs.rmSync(link, { force: true });
    fs.symlinkSync(target, link);
    return link;
  };
  const fifo = (name: string) => {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) execFileSync('mkfifo', [file]);
    return file;
  };
  const bad: Array<{ name: string; file: () => string; message: RegExp }> = [
    { name: 'a missing file', file: () => path.join(dir, 'nope.txt'), message: /nope\.txt: no such file/ },
    { name: 'a directory', file: () => path.join(dir, 'sub'), message: /is a folder with no article files/ },
    { name: 'a binary file', file: () => write('bin.dat', Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0xff, 0xfe, 0x00, 0x10])), message: /not valid UTF-8|looks binary/ },
    { name: 'text in another encoding', file: () => write('latin1.txt', Buffer.from('Caf\xe9 au lait', 'latin1')), message: /not valid UTF-8/ },
    { name: 'valid UTF-8 full of NULs', file: () => write('nul.txt', 'a\u0000b\u0000c\u0000\u0000\u0000\u0000d'), message: /looks binary/ },
    { name: 'a FIFO (which would block)', file: () => fifo('pipe.txt'), message: /pipe\.txt is not a regular file/ },
    { name: '/dev/zero (which never ends)', file: () => '/dev/zero', message: /\/dev\/zero is not a regular file/ },
    { name: 'a file over the size limit', file: () => longLine(64 * 1024 * 1024 + 1), message: /is larger than 64 MB/ },
    { name: 'a symbolic link loop', file: () => (symlink(path.join(dir, 'loop-b'), 'loop-a'), symlink(path.join(dir, 'loop-a'), 'loop-b')), message: /loop-b is a symbolic link that leads back to itself/ },
    { name: 'a dangling symbolic link', file: () => symlink(path.join(dir, 'gone.txt'), 'dangling.txt'), message: /dangling\.txt is a symbolic link to .*gone\.txt, which does not exist/ },
    { name: 'UTF-16LE without a byte-order mark', file: () => write('le.txt', Buffer.from(copyPair, 'utf16le')), message: /le\.txt looks like UTF-16LE text without a byte-order mark/ },
    { name: 'UTF-16BE without a byte-order mark', file: () => write('be.txt', Buffer.from(copyPair, 'utf16le').swap16()), message: /be\.txt looks like UTF-16BE text without a byte-order mark/ },
  ];
  it('gives each unreadable input a clear message and exit code 1, and still analyses the other files', () => {
    fs.mkdirSync(path.join(dir, 'sub'));
    const r = run(['--json', ...bad.map((c) => c.file()), seed]);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    const out = JSON.parse(r.stdout);
    bad.forEach((c, i) => {
      assert.match(out.results[i].error, c.message, c.name);
      assert.ok(r.stderr.includes(out.results[i].error), `${c.name} on standard error`);
    });
    assert.strictEqual(out.results[bad.length].duplicates.copies.length, 17);
  });

  it('reads UTF-16 files with a byte-order mark', () => {
    for (const bytes of [Buffer.from(copyPair, 'utf16le'), Buffer.from(copyPair, 'utf16le').swap16()]) {
      const bom = bytes === undefined ? [] : bytes[0] === 0 ? [0xfe, 0xff] : [0xff, 0xfe];
      const file = write('utf16.txt', Buffer.concat([Buffer.from(bom), bytes]));
      const r = run([file]);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.match(r.stdout, /2 paragraphs, 1 duplicated/);
      assert.match(r.stdout, /^ {2}line 2 repeats line 1$/m, 'one line is not a range');
    }
  });

  it('reads standard input for -, and stops at the size limit on an endless one', () => {
    const r = run(['-'], { input: copyPair });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /^-: 2 paragraphs, 1 duplicated/);
    const zero = fs.openSync('/dev/zero', 'r');
    try {
      const endless = run(['-'], { stdio: [zero, 'pipe', 'pipe'] });
      assert.strictEqual(endless.code, 1);
      assert.match(endless.stderr, /standard input is larger than 64 MB/);
    } finally {
      fs.closeSync(zero);
    }
  });

  it('takes file names that start with a dash after --, even -h', () => {
    write('-h', copyPair);
    write('-dash.txt', copyPair);
    const r = run(['--', '-h', '-dash.txt'], { cwd: dir });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /^-h: 2 paragraphs, 1 duplicated/m);
    assert.match(r.stdout, /^-dash\.txt: 2 paragraphs, 1 duplicated/m);
  });

  it('gives the same results for CR-only line ends as for LF', () => {
    const sources = [seed, ...fs.readdirSync(wikinews).filter((f) => f.endsWith('.txt')).map((f) => path.join(wikinews, f))];
    const lf = sources.map((source) => write(`lf-${path.basename(source)}`, fs.readFileSync(source, 'utf8').replace(/\r\n/g, '\n')));
    const cr = lf.map((file) => write(path.basename(file).replace(/^lf-/, 'cr-'), fs.readFileSync(file, 'utf8').replace(/\n/g, '\r')));
    const fromLf = run(lf);
    const fromCr = run(cr);
    assert.strictEqual(fromLf.code, 0, fromLf.stderr);
    assert.match(fromCr.stdout, /cr-000_9eeae5c25ec30b8d\.txt: 37 paragraphs, 17 duplicated/);
    assert.strictEqual(fromCr.stdout.split(`${dir}${path.sep}cr-`).join('FILE:'), fromLf.stdout.split(`${dir}${path.sep}lf-`).join('FILE:'));
  });

  const usage: Array<{ args: string[]; message: RegExp }> = [
    { args: [], message: /No input given/ },
    { args: ['--frobnicate', seed], message: /Unknown option --frobnicate/ },
    { args: ['--jobs'], message: /--jobs <N> needs a value/ },
    { args: ['--jobs', '0', seed], message: /--jobs takes a whole number of at least 1, not "0"/ },
    { args: ['--jobs', 'two', seed], message: /not "two"/ },
    { args: ['--json', '--jsonl', seed], message: /--json and --jsonl cannot be combined/ },
    { args: ['--json', '--out', dir, seed], message: /choose one/ },
    { args: ['--force', seed], message: /--force only applies with --out/ },
    { args: ['-', '-'], message: /Standard input \(-\) can be read only once/ },
    { args: ['--file-list', '-', '-'], message: /Standard input \(-\) can be read only once/ },
    { args: ['--out', seed, seed], message: /cannot be used: it exists and is not a folder/ },
  ];
  for (const c of usage) {
    it(`exits 2 with a message for the usage error: ${c.args.join(' ') || '(nothing)'}`, () => {
      const r = run(c.args);
      assert.strictEqual(r.code, 2, r.stderr);
      assert.match(r.stderr, c.message);
      assert.strictEqual(r.stdout, '');
    });
  }

  it('prints its version and its help', () => {
    const version = run(['--version']);
    assert.strictEqual(version.code, 0);
    assert.strictEqual(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).version);
    const help = run(['--help']);
    assert.strictEqual(help.code, 0);
    assert.match(help.stdout, /--jsonl/);
    assert.match(help.stdout, /Exit codes/);
  });
});
