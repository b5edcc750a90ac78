#!/usr/bin/env node
/**
 * `news-annotator`: the analysis core from the command line, over single articles or whole
 * corpora. The options, outputs and exit codes are in the README (and `--help`); the modules
 * are in src/cli/.
 */
import * as path from 'path';
import { version } from '../package.json';
import { parseCommandLine } from './cli/options';
import { run } from './cli/run';

async function main(argv: string[]): Promise<number> {
  // `news-annotator import ...` is a command of its own; `news-annotator -- import` analyses a file named import.
  // Both are loaded only when asked for: eval brings the NLP core, which the analysing run needs
  // only in its workers, so the main thread starts without it.
  if (argv[0] === 'import') return (await import('./cli/importCommand')).runImport(argv.slice(1), { stdout: process.stdout, stderr: process.stderr });
  // `news-annotator eval …` scores against gold data (a file named eval: ./eval or -- eval).
  if (argv[0] === 'eval') return (await import('./cli/eval')).runEval(argv.slice(1), process.stdout, process.stderr);
  const parsed = parseCommandLine(argv, version);
  if (!('options' in parsed)) {
    if (parsed.stdout) process.stdout.write(parsed.stdout);
    if (parsed.stderr) process.stderr.write(parsed.stderr);
    return parsed.exitCode;
  }
  // The worker script sits beside this file's folder of modules, in the bundle (dist/) as in the compiled tree (out/src/).
  return run(parsed.options, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, workerPath: path.join(__dirname, 'cli', 'worker.js') });
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
