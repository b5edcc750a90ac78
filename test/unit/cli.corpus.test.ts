import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli, corpus, run, seed, wikinews } from './cliRun';

const lines = (stdout: string) => stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('command-line tool over a corpus', function () {
  // Each case starts the CLI (and its worker threads) as a separate process, several times.
  this.timeout(300_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-corpus-'));
  const write = (name: string, content: string | Buffer) => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
  };
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const records = corpus();
  const jsonl = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
  const corpusFile = write('corpus.jsonl', jsonl);
  const copyPair = (n: number) => `Paragraph ${n} is long enough to count as one.\n\nParagraph ${n} is long enough to count as one.`;

  it('--jsonl prints one line per record, ids passed through in input order, each the analysis the file gets', () => {
    const r = run(['--jsonl', corpusFile]);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = lines(r.stdout);
    assert.deepStrictEqual(out.map((o) => o.id), records.map((x) => x.id));
    const fromFile = JSON.parse(run(['--json', seed]).stdout).results[0];
    const { file, ...analysis } = fromFile;
    assert.strictEqual(file, seed);
    assert.deepStrictEqual(out[0], { id: records[0].id, ...analysis });
    assert.deepStrictEqual(Object.keys(out[0])[0], 'id');
  });

  it('--jsonl reads standard input (-) the same as a file', () => {
    const fromFile = run(['--jsonl', corpusFile]);
    const fromStdin = run(['--jsonl', '-'], { input: jsonl });
    assert.strictEqual(fromStdin.code, 0, fromStdin.stderr);
    assert.strictEqual(fromStdin.stdout, fromFile.stdout);
  });

  it('gives byte-identical output whatever --jobs is', () => {
    const one = run(['--jsonl', '--jobs', '1', corpusFile]);
    assert.strictEqual(one.code, 0, one.stderr);
    for (const jobs of ['2', '3']) assert.strictEqual(run(['--jsonl', '--jobs', jobs, corpusFile]).stdout, one.stdout, `--jobs ${jobs}`);
    const files = fs.readdirSync(wikinews).filter((f) => f.endsWith('.txt')).map((f) => path.join(wikinews, f));
    const summary = run(['--jobs', '1', ...files]);
    assert.strictEqual(run(['--jobs', '2', ...files]).stdout, summary.stdout);
  });

  const badRecords: Array<{ line: string | Buffer; id: string | number | null; message: RegExp; name?: string }> = [
    { line: 'not json', id: null, message: /the line is not valid JSON/ },
    { line: '[1, 2]', id: null, message: /a record must be a JSON object/ },
    { line: '{"id": {"a": 1}, "text": "x"}', id: null, message: /the record's "id" must be a string or a number/ },
    { line: '{"text": "no id"}', id: null, message: /"id" must be a string or a number/ },
    { line: '{"id": "t", "text": 5}', id: 't', message: /the record's "text" must be a string/ },
    { line: '{"id": 7}', id: 7, message: /"text" must be a string/ },
    { line: Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]), id: null, message: /the line is not valid UTF-8/, name: 'invalid UTF-8' },
    { line: Buffer.alloc(64 * 1024 * 1024 + 1, 0x20), id: null, message: /the line is longer than 64 MB/, name: 'a line over 64 MB' },
  ];
  it('a bad record is an error record in its place, with its line; the run goes on and exits 1', () => {
    const good = (id: string, n: number) => Buffer.from(`${JSON.stringify({ id, text: copyPair(n) })}\n`);
    // Blank lines are skipped, but they still count in the line numbers.
    const input = Buffer.concat([good('a', 1), ...badRecords.flatMap((c) => [Buffer.from(c.line), Buffer.from('\n\n')]), good('b', 2)]);
    const r = run(['--jsonl', '-'], { input });
    assert.strictEqual(r.code, 1);
    const out = lines(r.stdout);
    assert.deepStrictEqual(out.map((o) => o.id), ['a', ...badRecords.map((c) => c.id), 'b']);
    badRecords.forEach((c, i) => {
      const where = `standard input, line ${2 + 2 * i}: `;
      assert.ok(out[1 + i].error.startsWith(where), `${c.name ?? c.line}: ${out[1 + i].error}`);
      assert.match(out[1 + i].error, c.message);
      assert.ok(r.stderr.includes(out[1 + i].error), `${c.name ?? c.line} on standard error`);
    });
    assert.strictEqual(out[out.length - 1].duplicates.copies.length, 1);
  });

  it('streams: a record is written before the input has ended', async () => {
    const child = spawn(process.execPath, [cli, '--jsonl', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    try {
      child.stdin.write(`${JSON.stringify({ id: 'first', text: copyPair(1) })}\n`);
      let out = '';
      await new Promise<void>((resolve) =>
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) resolve();
        }),
      );
      assert.strictEqual(JSON.parse(out.split('\n')[0]).id, 'first');
      child.stdin.end(`${JSON.stringify({ id: 'second', text: copyPair(2) })}\n`);
      const code = await new Promise((resolve) => child.on('close', resolve));
      assert.strictEqual(code, 0);
      assert.deepStrictEqual(lines(out).map((o) => o.id), ['first', 'second']);
    } finally {
      child.kill();
    }
  });

  it('stops quietly when the reader of its output goes away', async () => {
    const child = spawn(process.execPath, [cli, '--jsonl', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    try {
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdin.write(`${JSON.stringify({ id: 'first', text: copyPair(1) })}\n`);
      await new Promise((resolve) => child.stdout.once('data', resolve));
      child.stdout.destroy();
      child.stdin.write(`${JSON.stringify({ id: 'second', text: copyPair(2) })}\n`);
      const code = await new Promise((resolve) => child.on('close', resolve));
      assert.strictEqual(code, 1);
      assert.strictEqual(stderr, '');
    } finally {
      child.kill();
    }
  });

  it('a folder gives its article files, in sorted order, and nothing else', () => {
    write('folder/b.txt', copyPair(1));
    write('folder/a/z.md', copyPair(2));
    write('folder/a/y.markdown', copyPair(3));
    write('folder/notes.json', '{}');
    write('folder/.hidden.txt', copyPair(4));
    write('folder/C.MD', copyPair(5));
    const r = run(['--json', path.join(dir, 'folder')]);
    assert.strictEqual(r.code, 0, r.stderr);
    const names = JSON.parse(r.stdout).results.map((x: { file: string }) => path.relative(dir, x.file));
    assert.deepStrictEqual(names, ['folder/C.MD', 'folder/a/y.markdown', 'folder/a/z.md', 'folder/b.txt']);
  });

  it('a quoted glob expands, sorted; a glob that matches nothing is an error in its place', () => {
    write('globbed/one.txt', copyPair(1));
    write('globbed/deep/two.txt', copyPair(2));
    write('globbed/three.md', copyPair(3));
    const r = run(['--json', 'globbed/**/*.txt', 'globbed/*.nothing', 'globbed/three.md'], { cwd: dir });
    assert.strictEqual(r.code, 1);
    const results = JSON.parse(r.stdout).results;
    assert.deepStrictEqual(results.map((x: { file: string }) => x.file), ['globbed/deep/two.txt', 'globbed/one.txt', 'globbed/*.nothing', 'globbed/three.md']);
    assert.match(results[2].error, /globbed\/\*\.nothing: no file matches this pattern/);
    // An absolute pattern gives absolute paths.
    const absolute = run(['--json', path.join(dir, 'globbed', '*.md')]);
    assert.deepStrictEqual(JSON.parse(absolute.stdout).results.map((x: { file: string }) => x.file), [path.join(dir, 'globbed', 'three.md')]);
  });

  it('--file-list reads the paths from a file or from standard input, in order, names taken literally', () => {
    const a = write('list/a.txt', copyPair(1));
    const b = write('list/b*.txt', copyPair(2));
    const list = `${b}\n\n${a}\r\n${path.join(dir, 'list', 'missing.txt')}\n`;
    const listFile = write('list.txt', list);
    for (const args of [['--file-list', listFile], ['--file-list', '-']]) {
      const r = run(['--json', ...args], { input: list });
      assert.strictEqual(r.code, 1);
      const results = JSON.parse(r.stdout).results;
      assert.deepStrictEqual(results.map((x: { file: string }) => x.file), [b, a, path.join(dir, 'list', 'missing.txt')]);
      assert.match(results[2].error, /no such file/);
    }
  });

  it('--out writes one file per article, keeps existing files without --force, replaces them with it', () => {
    const out = path.join(dir, 'out');
    const input = write('out-input.jsonl', [{ id: 'x/../y', text: copyPair(1) }, { id: 42, text: copyPair(2) }].map((r) => JSON.stringify(r)).join('\n'));
    const first = run(['--jsonl', '--out', out, input]);
    assert.strictEqual(first.code, 0, first.stderr);
    assert.strictEqual(first.stdout, '');
    assert.deepStrictEqual(fs.readdirSync(out).sort(), ['42.json', 'x%2F..%2Fy.json']);
    const doc = JSON.parse(fs.readFileSync(path.join(out, '42.json'), 'utf8'));
    assert.strictEqual(doc.schema, 'news-annotator/analysis');
    assert.deepStrictEqual(doc.results.map((x: { id: number }) => x.id), [42]);

    fs.writeFileSync(path.join(out, '42.json'), 'kept');
    const again = run(['--jsonl', '--out', out, input]);
    assert.strictEqual(again.code, 1);
    assert.match(again.stderr, /42\.json already exists: not overwritten \(use --force to overwrite\)/);
    assert.strictEqual(fs.readFileSync(path.join(out, '42.json'), 'utf8'), 'kept');

    const forced = run(['--jsonl', '--out', out, '--force', input]);
    assert.strictEqual(forced.code, 0, forced.stderr);
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(path.join(out, '42.json'), 'utf8')), doc);
  });

  it('--out makes the missing folders above it; one that cannot be made is a usage error, never a hang', () => {
    const input = write('nested-input.jsonl', JSON.stringify({ id: 'n', text: copyPair(1) }));
    const nested = path.join(dir, 'deep', 'er', 'out');
    const made = run(['--jsonl', '--out', nested, input]);
    assert.strictEqual(made.code, 0, made.stderr);
    assert.deepStrictEqual(fs.readdirSync(nested), ['n.json']);
    // Under /proc, Node's recursive mkdir loops for ever; a folder is made one level at a time.
    const blocked = fs.existsSync('/proc/self') ? path.join('/proc', 'news-annotator-test', 'out') : path.join(input, 'out');
    const refused = run(['--jsonl', '--out', blocked, input]);
    assert.strictEqual(refused.code, 2);
    assert.match(refused.stderr, /could not be created/);
  });

  it('--out mirrors a folder and refuses to write two articles to one file', () => {
    write('tree/a/one.txt', copyPair(1));
    write('tree/b/one.txt', copyPair(2));
    write('tree/b/one.md', copyPair(3));
    const out = path.join(dir, 'tree-out');
    const r = run(['--out', out, path.join(dir, 'tree')]);
    assert.strictEqual(r.code, 1);
    assert.match(r.stderr, /b\/one\.json would be written for .*one\.md too/);
    assert.ok(fs.existsSync(path.join(out, 'a', 'one.json')));
    assert.ok(fs.existsSync(path.join(out, 'b', 'one.json')));
  });

  it('shows a progress bar on a terminal that results are not printed to, and nothing on standard error otherwise', function () {
    const quiet = run(['--jsonl', corpusFile]);
    assert.strictEqual(quiet.stderr, '');
    // util-linux's `script` gives the command a terminal; standard output still goes to a file.
    if (spawnSync('script', ['--version']).error) {
      console.warn('      (skipped the terminal half: util-linux `script` is not installed)');
      return this.skip();
    }
    const outFile = path.join(dir, 'tty-out.jsonl');
    const command = `'${process.execPath}' '${cli}' --jsonl '${corpusFile}' > '${outFile}'`;
    const tty = spawnSync('script', ['-q', '-e', '-c', command, '/dev/null'], { encoding: 'utf8', timeout: 240_000 });
    assert.strictEqual(tty.status, 0, tty.stderr);
    assert.match(tty.stdout, new RegExp(`100% \\| ${records.length} articles`));
    assert.strictEqual(fs.readFileSync(outFile, 'utf8'), quiet.stdout);
    // Results printed to the terminal itself get no bar through them; with --out they do.
    const small = write('small.jsonl', [1, 2].map((n) => JSON.stringify({ id: n, text: copyPair(n) })).join('\n'));
    const onTerminal = spawnSync('script', ['-q', '-e', '-c', `'${process.execPath}' '${cli}' --jsonl '${small}'`, '/dev/null'], { encoding: 'utf8', timeout: 240_000 });
    assert.match(onTerminal.stdout, /"id":2/);
    assert.doesNotMatch(onTerminal.stdout, /articles/);
    const toFiles = spawnSync('script', ['-q', '-e', '-c', `'${process.execPath}' '${cli}' --jsonl --out '${path.join(dir, 'tty-files')}' '${small}'`, '/dev/null'], { encoding: 'utf8', timeout: 240_000 });
    assert.match(toFiles.stdout, /100% \| 2 articles/);
  });
});
