/**
 * Entry point of the integration suite: VS Code's extension host loads this file (the
 * extensionTestsPath) and calls run() once the development extension is loaded, with the real
 * `vscode` API. Both runners use it: runElectron.ts (@vscode/test-electron, a desktop VS Code) and
 * runIntegration.ts (code-server in headless Chromium, for offline machines and CI).
 *
 * In code-server mocha's console output stays inside the extension host, so the results are also
 * written as JSON to the file named by NEWS_ANNOTATOR_TEST_RESULTS, which the runner prints.
 */
import * as fs from 'fs';
import Mocha from 'mocha';
import * as path from 'path';
import { collectResults, errorText, TestResults } from './results';

export type { TestResult, TestResults } from './results';

const RESULTS_ENV = 'NEWS_ANNOTATOR_TEST_RESULTS';

function writeResults(results: TestResults, file = process.env[RESULTS_ENV]): void {
  if (file) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(results, null, 2));
  }
}

/**
 * Collects every test's outcome and writes them as JSON when the run ends: to
 * reporterOptions.resultsFile, else to the file in NEWS_ANNOTATOR_TEST_RESULTS.
 */
function recordResults(runner: Mocha.Runner, options?: Mocha.MochaOptions): void {
  const resultsFile = (options?.reporterOptions as { resultsFile?: string } | undefined)?.resultsFile;
  collectResults(runner, (results) => writeResults(results, resultsFile ?? process.env[RESULTS_ENV]));
}

/** mocha's spec reporter (what test-electron shows in the console) plus the JSON results file. */
export class SpecAndFileReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    recordResults(runner, options);
  }
}

/** Only the JSON results file: for runners that print the results themselves (the UI runner). */
export class FileReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    recordResults(runner, options);
  }
}

/** Every *.test.js under this folder, in a stable order. */
function findTestFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      files.push(...findTestFiles(full));
    } else if (entry.isFile() && entry.name.endsWith('.test.js')) {
      files.push(full);
    }
  }
  return files.sort();
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    // Generous: a test may wait for the extension to activate and analyse a document.
    timeout: 60_000,
    reporter: SpecAndFileReporter,
    color: false,
    // For a developer narrowing a run (never set in CI): NEWS_ANNOTATOR_TEST_GREP=pattern.
    ...(process.env.NEWS_ANNOTATOR_TEST_GREP ? { grep: process.env.NEWS_ANNOTATOR_TEST_GREP } : {}),
  });
  return new Promise<void>((resolve, reject) => {
    try {
      const files = findTestFiles(__dirname);
      if (files.length === 0) {
        throw new Error(`no *.test.js files under ${__dirname}`);
      }
      for (const file of files) {
        mocha.addFile(file);
      }
      mocha.run((failures) => {
        if (failures > 0) {
          reject(new Error(`${failures} integration test(s) failed`));
        } else {
          resolve();
        }
      });
    } catch (error) {
      // A suite that does not even load (syntax error, missing module) must still show up in
      // the runner's output, not only as a non-zero exit code.
      writeResults({ passed: 0, failed: 0, pending: 0, tests: [], errors: [errorText(error)] });
      reject(error);
    }
  });
}
