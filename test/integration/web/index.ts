/**
 * Entry point of the integration suite in the web worker extension host (VS Code for the Web):
 * the same test files as ../index.ts runs in the Node host, bundled by test/tools/webSuite.ts
 * into one CommonJS file for the browser (the web host's `require` knows only `vscode`). It runs
 * mocha's browser build; `assert` is the npm package (bundled; no Node built-ins there).
 *
 * The web host has no environment and no file system of its own: the runner leaves
 * `web-test-run.json` (the grep pattern) beside the workspace folder, and the results are written
 * beside it as results.json through `vscode.workspace.fs`. The pass or fail of `run()` reaches the
 * runner through the workbench's `codeAutomationExit`.
 */
import * as vscode from 'vscode';
import { collectResults, errorText, TestResults } from '../results';

interface BrowserMocha {
  setup(options: { ui: string; timeout: number; reporter: unknown; grep?: string }): void;
  run(done: (failures: number) => void): unknown;
}

// The browser build: it also sets the globals describe, it, ... once set up.
const mocha = require('mocha/mocha.js') as BrowserMocha;
const encoder = new TextEncoder();

function runDir(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test run opened no workspace folder');
  return vscode.Uri.joinPath(folder.uri, '..');
}

async function readGrep(dir: vscode.Uri): Promise<string | undefined> {
  try {
    const config = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, 'web-test-run.json')))) as { grep?: string };
    return config.grep || undefined;
  } catch {
    return undefined;
  }
}

function writeResults(dir: vscode.Uri, results: TestResults): Thenable<void> {
  return vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'results.json'), encoder.encode(JSON.stringify(results, null, 2)));
}

/** Loads the test files (`load` requires them, after mocha has set up its globals) and runs them. */
export async function runSuite(load: () => void): Promise<void> {
  const dir = runDir();
  if ((globalThis as { process?: unknown }).process !== undefined) {
    // The setting remote.extensionKind did not take: this would be the Node host again.
    throw new Error('the web suite was loaded in a Node extension host, not in the web worker extension host');
  }
  let collected: Promise<TestResults> | undefined;
  // A reporter is a constructor mocha calls with its runner.
  function ResultsReporter(runner: Parameters<typeof collectResults>[0]): void {
    collected = new Promise((resolve) => collectResults(runner, resolve));
  }
  const grep = await readGrep(dir);
  try {
    mocha.setup({ ui: 'bdd', timeout: 60_000, reporter: ResultsReporter, ...(grep ? { grep } : {}) });
    load();
  } catch (error) {
    // A suite that does not even load must still show up in the runner's output.
    await writeResults(dir, { passed: 0, failed: 0, pending: 0, tests: [], errors: [errorText(error)] });
    throw error;
  }
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  await writeResults(dir, (await collected) ?? { passed: 0, failed: 0, pending: 0, tests: [], errors: ['mocha reported nothing'] });
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
