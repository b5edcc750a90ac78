/**
 * `npm run test:integration`: runs the integration suite (out/test/integration/index.js) inside a
 * real VS Code without downloading one: code-server from npm, its workbench in Debian's headless
 * Chromium. The workbench payload makes it a test window, as @vscode/test-electron would: the
 * project is the development extension and the suite runs in the extension host. The window opens
 * a temp copy of seeds/, so tests may edit files.
 *
 * It runs the suite twice: in the Node extension host (the `main` entry), then in the web worker
 * extension host (the `browser` entry, through the user setting `remote.extensionKind`), with the
 * same test files bundled for the browser (test/tools/webSuite.ts).
 *
 * Prints each test and closes with `integration: N passed, N failed` (and `integration-web: ...`);
 * exits non-zero on any failure, on zero tests, or past the time limit.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import {
  CodeServer,
  copySeedsWorkspace,
  ensureCodeServer,
  ensureSystemPackages,
  launchChromium,
  log,
  main,
  killGroup,
  makeTempDir,
  printResults,
  projectRoot,
  readResults,
  onCleanup,
  resultsDir,
  withTimeout,
  writeUserSettings,
} from './codeServer';
import { bundleWebSuite } from './webSuite';

const OVERALL_TIMEOUT_MS = 20 * 60_000;
/** From opening the workbench to the extension host exiting: the whole suite runs in between. */
const SUITE_TIMEOUT_MS = 10 * 60_000;

/** The extension's id, for the web run's user setting. */
const EXTENSION_ID = 'news-annotator.news-annotator';

/**
 * The extension hosts the suite runs in: `node` (the Node extension host, the `main` entry) and
 * `web` (the web worker extension host, the `browser` entry). NEWS_ANNOTATOR_TEST_HOSTS=web (or
 * node) narrows a developer's run; CI runs both.
 */
type Host = 'node' | 'web';

function hosts(): Host[] {
  const asked = (process.env.NEWS_ANNOTATOR_TEST_HOSTS ?? '').split(',').map((h) => h.trim()).filter(Boolean);
  for (const h of asked) if (h !== 'node' && h !== 'web') throw new Error(`NEWS_ANNOTATOR_TEST_HOSTS: unknown host "${h}" (node, web)`);
  return asked.length ? (asked as Host[]) : ['node', 'web'];
}

async function integration(): Promise<number> {
  const suiteIndex = path.join(projectRoot, 'out', 'test', 'integration', 'index.js');
  for (const file of [suiteIndex, path.join(projectRoot, 'dist', 'extension.js'), path.join(projectRoot, 'dist', 'web', 'extension.js')]) {
    if (!fs.existsSync(file)) {
      throw new Error(`${path.relative(projectRoot, file)} is missing: run \`npm run build\` first`);
    }
  }
  ensureSystemPackages(['chromium']);
  const entry = ensureCodeServer();
  const browser = await launchChromium();
  let code = 0;
  for (const host of hosts()) {
    if ((await runHost(host, entry, browser, suiteIndex)) !== 0) code = 1;
  }
  return code;
}

/** One run of the suite in one extension host, in a fresh code-server, workspace and page. */
async function runHost(host: Host, entry: string, browser: Browser, suiteIndex: string): Promise<number> {
  const label = host === 'node' ? 'integration' : 'integration-web';
  const tmp = makeTempDir(label);
  const out = resultsDir(label);
  const { folder } = copySeedsWorkspace(tmp);
  // The web suite writes it through vscode.workspace.fs beside the workspace folder (web/index.ts).
  const resultsFile = path.join(tmp, 'results.json');
  const userDataDir = path.join(tmp, 'user-data');
  // No trust setting here: in tests mode the workbench refuses the trust dialog, so the window
  // stays in Restricted Mode, which the extension declares it supports; this run checks that.
  // The web run: the same package runs its `browser` entry in the web worker extension host.
  writeUserSettings(userDataDir, host === 'web' ? { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } : {});
  const grep = process.env.NEWS_ANNOTATOR_TEST_GREP ?? '';
  let suite = suiteIndex;
  if (host === 'web') {
    suite = path.join(projectRoot, 'out', 'test', 'integration', 'web', 'suite.js');
    await bundleWebSuite(suite);
    // The web host has no environment: the suite reads its grep pattern from here.
    fs.writeFileSync(path.join(tmp, 'web-test-run.json'), JSON.stringify({ grep }));
  }

  log(`${label}: starting code-server`);
  const server = await CodeServer.start({
    entry,
    userDataDir,
    extensionsDir: path.join(tmp, 'extensions'),
    folder,
    logFile: path.join(out, 'server.log'),
    // Not the payload's `extensionEnvironment`: the web workbench of VS Code 1.99 drops it.
    env: { NEWS_ANNOTATOR_TEST_RESULTS: resultsFile, NEWS_ANNOTATOR_TEST_GREP: grep },
  });
  const url = server.workbenchUrl(folder, [
    ['extensionDevelopmentPath', server.remoteUri(projectRoot)],
    ['extensionTestsPath', server.remoteUri(suite)],
  ]);

  const context = await browser.newContext();
  onCleanup(`close the ${label} page`, () => context.close());
  const page = await context.newPage();
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => consoleLines.push(`[pageerror] ${error.message}`));
  // The web worker host is no process: the workbench hands its exit code to this callback.
  let webExit: (code: number) => void = () => undefined;
  const webExited = new Promise<number>((resolve) => (webExit = resolve));
  if (host === 'web') await page.exposeFunction('codeAutomationExit', (code: number) => webExit(Number(code)));
  log(`${label}: opening the workbench on ${server.url}`);
  await page.goto(url);

  let exitCode: number | undefined;
  try {
    if (host === 'web') {
      exitCode = await withTimeout(webExited, SUITE_TIMEOUT_MS, 'the web worker extension host to finish the suite');
      log(`${label}: web worker extension host exited with code ${exitCode}`);
    } else {
      const match = await server.waitForOutput(
        /Extension Host Process exited with code: (\d+)/,
        SUITE_TIMEOUT_MS,
        'the extension host to finish the suite',
      );
      exitCode = Number(match[1]);
      log(`${label}: extension host exited with code ${exitCode}`);
    }
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
  await context.close();
  // The next host gets a fresh server; a finished one should not hold a core meanwhile.
  await killGroup(server.process);
  const allPassed = printResults(label, results);
  if (!allPassed || exitCode !== 0) {
    console.log(`${label}: extension host exit code ${exitCode}; logs in ${path.relative(projectRoot, out)}/`);
    return 1;
  }
  return 0;
}

main('integration', OVERALL_TIMEOUT_MS, integration);
