/**
 * `npm run test:integration`: runs the integration suite (out/test/integration/index.js) inside a
 * real VS Code without downloading one: code-server from npm, its workbench in Debian's headless
 * Chromium. The workbench payload makes it a test window, as @vscode/test-electron would: the
 * project is the development extension and the suite runs in the extension host. The window opens
 * a temp copy of seeds/, so tests may edit files.
 *
 * Prints each test and closes with `integration: N passed, N failed`; exits non-zero on any
 * failure, on zero tests, or past the time limit.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  CodeServer,
  copySeedsWorkspace,
  ensureCodeServer,
  ensureSystemPackages,
  launchChromium,
  log,
  main,
  makeTempDir,
  printResults,
  projectRoot,
  readResults,
  resultsDir,
  writeUserSettings,
} from './codeServer';

const OVERALL_TIMEOUT_MS = 15 * 60_000;
/** From opening the workbench to the extension host exiting: the whole suite runs in between. */
const SUITE_TIMEOUT_MS = 10 * 60_000;

async function integration(): Promise<number> {
  const suiteIndex = path.join(projectRoot, 'out', 'test', 'integration', 'index.js');
  for (const file of [suiteIndex, path.join(projectRoot, 'dist', 'extension.js')]) {
    if (!fs.existsSync(file)) {
      throw new Error(`${path.relative(projectRoot, file)} is missing: run \`npm run build\` first`);
    }
  }
  ensureSystemPackages(['chromium']);
  const entry = ensureCodeServer();

  const tmp = makeTempDir('integration');
  const out = resultsDir('integration');
  const { folder } = copySeedsWorkspace(tmp);
  const resultsFile = path.join(tmp, 'results.json');
  const userDataDir = path.join(tmp, 'user-data');
  // No trust setting here: in tests mode the workbench refuses the trust dialog, so the window
  // stays in Restricted Mode, which the extension declares it supports; this run checks that.
  writeUserSettings(userDataDir, {});

  log('starting code-server');
  const server = await CodeServer.start({
    entry,
    userDataDir,
    extensionsDir: path.join(tmp, 'extensions'),
    folder,
    logFile: path.join(out, 'server.log'),
    // Not the payload's `extensionEnvironment`: the web workbench of VS Code 1.99 drops it.
    env: { NEWS_ANNOTATOR_TEST_RESULTS: resultsFile, NEWS_ANNOTATOR_TEST_GREP: process.env.NEWS_ANNOTATOR_TEST_GREP ?? '' },
  });
  const url = server.workbenchUrl(folder, [
    ['extensionDevelopmentPath', server.remoteUri(projectRoot)],
    ['extensionTestsPath', server.remoteUri(suiteIndex)],
  ]);

  const browser = await launchChromium();
  const page = await browser.newPage();
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => consoleLines.push(`[pageerror] ${error.message}`));
  log(`opening the workbench on ${server.url}`);
  await page.goto(url);

  let exitCode: number | undefined;
  try {
    const match = await server.waitForOutput(
      /Extension Host Process exited with code: (\d+)/,
      SUITE_TIMEOUT_MS,
      'the extension host to finish the suite',
    );
    exitCode = Number(match[1]);
    log(`extension host exited with code ${exitCode}`);
  } catch (error) {
    // Keep what the page showed: the cause is often in the workbench (a payload it rejected).
    await page.screenshot({ path: path.join(out, 'workbench.png') }).catch(() => undefined);
    throw error;
  } finally {
    fs.writeFileSync(path.join(out, 'browser-console.log'), consoleLines.join('\n'));
  }

  const results = readResults(resultsFile);
  if (results) {
    fs.copyFileSync(resultsFile, path.join(out, 'results.json'));
  }
  if (!results) {
    // Nothing from mocha: show where it stopped (CI keeps no files, only this output).
    console.log('--- end of the code-server log ---');
    console.log(server.log.split('\n').slice(-40).join('\n'));
    console.log('--- errors in the browser console ---');
    console.log(consoleLines.filter((line) => line.startsWith('[error]') || line.startsWith('[pageerror]')).slice(-20).join('\n'));
  }
  const allPassed = printResults('integration', results);
  if (!allPassed || exitCode !== 0) {
    console.log(`integration: extension host exit code ${exitCode}; logs in ${path.relative(projectRoot, out)}/`);
    return 1;
  }
  return 0;
}

main('integration', OVERALL_TIMEOUT_MS, integration);
