/**
 * Bundles the integration suite for the web worker extension host: one CommonJS file for the
 * browser holding test/integration/web/index.ts and every test/integration/*.test.ts (the same
 * files the Node host runs), with the npm `assert` package for Node's and mocha's browser build.
 */
import * as fs from 'fs';
import * as path from 'path';
import { projectRoot } from './codeServer';

export async function bundleWebSuite(outFile: string): Promise<void> {
  const dir = path.join(projectRoot, 'test', 'integration');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort();
  if (files.length === 0) throw new Error(`no *.test.ts files in ${dir}`);
  const entry = [
    "const { runSuite } = require('./web/index.ts');",
    // Required inside run(), after mocha's setup has made describe and it global.
    `exports.run = () => runSuite(() => {\n${files.map((f) => `  require(${JSON.stringify(`./${f}`)});`).join('\n')}\n});`,
  ].join('\n');
  const esbuild = await import('esbuild');
  await esbuild.build({
    stdin: { contents: entry, resolveDir: dir, sourcefile: 'web-suite.js', loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    inject: [path.join(dir, 'web', 'processShim.ts')],
    outfile: outFile,
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}
