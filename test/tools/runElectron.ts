/**
 * `npm run test:integration:electron`: the same integration suite in a desktop VS Code, which
 * @vscode/test-electron downloads into .vscode-test/ on first use. That download needs internet,
 * which our CI and offline machines lack: there `npm run test:integration` (code-server) runs the
 * very same suite. Set VSCODE_TEST_VERSION to pick a version (default: the engine's minimum).
 */
import * as fs from 'fs';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { copySeedsWorkspace, main, makeTempDir, printResults, projectRoot, readResults, resultsDir } from './codeServer';

const OVERALL_TIMEOUT_MS = 20 * 60_000;

async function electron(): Promise<number> {
  const suiteIndex = path.join(projectRoot, 'out', 'test', 'integration', 'index.js');
  if (!fs.existsSync(suiteIndex)) {
    throw new Error('out/test/integration/index.js is missing: run `npm run build` first');
  }
  const tmp = makeTempDir('electron');
  const out = resultsDir('integration-electron');
  const { folder } = copySeedsWorkspace(tmp);
  const resultsFile = path.join(tmp, 'results.json');
  let exitCode: number;
  try {
    exitCode = await runTests({
      // The lowest version package.json's engines.vscode allows: what users may run at the least.
      version: process.env.VSCODE_TEST_VERSION ?? '1.99.3',
      extensionDevelopmentPath: projectRoot,
      extensionTestsPath: suiteIndex,
      extensionTestsEnv: { NEWS_ANNOTATOR_TEST_RESULTS: resultsFile },
      launchArgs: [
        folder,
        // Only the extension under test, in a profile of its own.
        '--disable-extensions',
        '--user-data-dir', path.join(tmp, 'user-data'),
        '--extensions-dir', path.join(tmp, 'extensions'),
      ],
    });
  } catch (error) {
    const results = readResults(resultsFile);
    if (!results) {
      // Most often the VS Code download failed: say what to run instead.
      console.error(`integration (electron): ${error instanceof Error ? error.message : String(error)}`);
      console.error('integration (electron): without internet, run `npm run test:integration` (code-server) instead.');
    }
    printResults('integration', results);
    return 1;
  }
  const results = readResults(resultsFile);
  if (results) {
    fs.copyFileSync(resultsFile, path.join(out, 'results.json'));
  }
  return printResults('integration', results) && exitCode === 0 ? 0 : 1;
}

main('integration (electron)', OVERALL_TIMEOUT_MS, electron);
