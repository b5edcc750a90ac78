import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..', '..');

interface Built {
  outfile: string;
  text: string;
  inputs: string[];
}

/**
 * Runs package.json's `bundle:web` esbuild commands as written, into a temp folder with a
 * metafile each: the browser bundles as the .vsix gets them.
 */
function buildWebBundles(dir: string): Built[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const commands = manifest.scripts['bundle:web'].split('&&').map((c) => c.trim().split(/\s+/));
  return commands.map((args, i) => {
    assert.strictEqual(args[0], 'esbuild', `bundle:web runs esbuild: ${args.join(' ')}`);
    const outfile = path.join(dir, path.basename(args.find((a) => a.startsWith('--outfile='))!.slice('--outfile='.length)));
    const metafile = path.join(dir, `meta-${i}.json`);
    const rest = args.slice(1).filter((a) => !a.startsWith('--outfile=') && a !== '--sourcemap');
    const result = spawnSync(path.join(root, 'node_modules', '.bin', 'esbuild'), [...rest, `--outfile=${outfile}`, `--metafile=${metafile}`, '--log-level=error'], {
      cwd: root,
      encoding: 'utf8',
    });
    // A Node built-in reached from a browser entry does not resolve on --platform=browser: the build fails here.
    assert.strictEqual(result.status, 0, `esbuild ${rest.join(' ')} failed:\n${result.stderr}`);
    const meta = JSON.parse(fs.readFileSync(metafile, 'utf8')) as { inputs: Record<string, unknown> };
    return { outfile, text: fs.readFileSync(outfile, 'utf8'), inputs: Object.keys(meta.inputs) };
  });
}

describe('the browser bundles (package.json browser entry, VS Code for the Web)', function () {
  this.timeout(120_000);
  let dir: string;
  let built: Built[];
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-web-bundle-'));
    built = buildWebBundles(dir);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the browser entry is the web extension bundle, and the worker bundle is built beside it', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { browser: string; main: string };
    assert.strictEqual(path.basename(manifest.browser), path.basename(built[0].outfile));
    assert.deepStrictEqual(built.map((b) => path.basename(b.outfile)), ['extension.js', 'worker.js']);
    const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8');
    for (const file of ['dist/web/extension.js', 'dist/web/worker.js']) assert.ok(ignore.includes(`!${file}`), `${file} is packaged`);
  });

  it('hold no Node-only module: the web platform and worker entry instead of the Node ones, and no require but vscode', () => {
    const [extension, worker] = built;
    assert.ok(extension.inputs.includes('src/host/platform/web.ts'), 'the web platform is bundled');
    for (const nodeOnly of ['src/host/platform/node.ts', 'src/host/threadWorker.ts', 'src/analysis/worker.ts']) {
      for (const b of built) assert.ok(!b.inputs.includes(nodeOnly), `${nodeOnly} is in ${path.basename(b.outfile)}`);
    }
    assert.ok(worker.inputs.includes('src/analysis/webWorker.ts'));
    assert.ok(!extension.inputs.some((i) => i.includes('node_modules/compromise/')), 'the NLP core stays in the worker');
    const requires = (text: string) => [...new Set([...text.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]))];
    assert.deepStrictEqual(requires(extension.text), ['vscode']);
    assert.deepStrictEqual(requires(worker.text), []);
    for (const b of built) assert.doesNotMatch(b.text, /__dirname|__filename/, path.basename(b.outfile));
  });
});
