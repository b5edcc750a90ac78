/**
 * `npm run test:ui`: UI tests of the packaged extension, driven like a person would in VS Code.
 * Packages the extension with vsce (what users install), installs the .vsix into code-server,
 * opens a temp copy of seeds/ in Debian's headless Chromium and runs the mocha tests in
 * out/test/ui/*.ui.js against that window. Saves a screenshot in test-results/ui/ (in media/, for
 * the README, when NEWS_ANNOTATOR_UPDATE_SCREENSHOT=1) and, on
 * failure, screenshots and logs in test-results/ui/. Then a second window runs web/*.ui.js on the
 * same installed .vsix in the web worker extension host (user setting `remote.extensionKind`).
 * Closes with `ui: N passed, N failed` and `ui-web: N passed, N failed`.
 *
 * With --pseudo (`npm run test:ui:pseudo`) one window runs in the pseudo-locale qps-ploc, where
 * each of the extension's strings reads `[!! … !!]` (npm run l10n), and runs out/test/ui/*.l10n.js
 * instead, which look for text of ours that is not wrapped; it closes with `ui-pseudo: …`.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import Mocha from 'mocha';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { FileReporter, TestResults } from '../integration/index';
import { setUiSession } from '../ui/session';
import { Workbench } from '../ui/workbench';
import {
  CodeServer,
  copySeedsWorkspace,
  ensureCodeServer,
  ensureSystemPackages,
  installVsix,
  killGroup,
  launchChromium,
  log,
  main,
  makeTempDir,
  onCleanup,
  printResults,
  projectRoot,
  readResults,
  resultsDir,
  writeUserSettings,
} from './codeServer';

const OVERALL_TIMEOUT_MS = 15 * 60_000;
const PSEUDO = process.argv.includes('--pseudo');
const RUN = PSEUDO ? 'ui-pseudo' : 'ui';
const SEED = '000_9eeae5c25ec30b8d.txt';

/**
 * The options of `vsce package` in package.json's "package" script, so the tested .vsix is built
 * exactly as the one users get; only --out is replaced.
 */
function vscePackageArgs(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const match = /\bvsce\s+package\b([^&|;]*)/.exec(manifest.scripts?.package ?? '');
  const args = match ? match[1].trim().split(/\s+/).filter(Boolean) : ['--no-dependencies'];
  const kept: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out' || args[i] === '-o') {
      i++;
    } else if (!args[i].startsWith('--out=')) {
      kept.push(args[i]);
    }
  }
  return kept;
}

function packageExtension(outFile: string): void {
  const vsce = path.join(projectRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  const args = ['package', ...vscePackageArgs(), '--out', outFile];
  // stdin is closed: a vsce question (missing LICENSE, repository) fails here instead of hanging.
  const result = spawnSync(process.execPath, [vsce, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 5 * 60_000,
  });
  if (result.status !== 0 || !fs.existsSync(outFile)) {
    throw new Error(
      `vsce ${args.join(' ')} failed (${result.error?.message ?? `exit code ${result.status}`}); ` +
        `\`npm run package\` fails the same way:\n${result.stdout}\n${result.stderr}`,
    );
  }
}

/**
 * VS Code takes a display language only from an installed language pack (without one, --locale
 * falls back to English, and extensions get no bundle). This registers a stand-in pack for
 * qps-ploc in the server's user data, the way installing one does (languagepacks.json), with no
 * translations: VS Code's own text stays English, and extensions load their qps-ploc files.
 */
function registerPseudoLanguagePack(userDataDir: string, tmp: string): void {
  const translations = path.join(tmp, 'qps-ploc.i18n.json');
  fs.writeFileSync(translations, JSON.stringify({ contents: {} }));
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'languagepacks.json'),
    JSON.stringify({ 'qps-ploc': { hash: 'news-annotator-pseudo', label: 'Pseudo', extensions: [{ extensionIdentifier: { id: 'news-annotator.pseudo-language-pack' }, version: '0.0.0' }], translations: { vscode: translations } } }),
  );
}

/** The extension's id, for the web window's user setting. */
const EXTENSION_ID = 'news-annotator.news-annotator';

/** User settings of both windows. */
const UI_SETTINGS = {
  // A person trusts their own folder once; the dialog would only stand in the way here.
  'security.workspace.trust.enabled': false,
  // Lines as the file has them, so screen lines map to file lines (plaintext's default anyway).
  'editor.wordWrap': 'off',
  // Only the extension's marks on the README picture, not the editor's own word highlights.
  'editor.occurrencesHighlight': 'off',
};

async function ui(): Promise<number> {
  if (!fs.existsSync(path.join(projectRoot, 'dist', 'extension.js'))) {
    throw new Error('dist/extension.js is missing: run `npm run build` first');
  }
  ensureSystemPackages(['chromium']);
  const entry = ensureCodeServer();
  const tmp = makeTempDir(RUN);
  const artifactsDir = resultsDir(RUN);

  const vsix = path.join(tmp, 'news-annotator.vsix');
  log('packaging the extension');
  packageExtension(vsix);
  const extensionsDir = path.join(tmp, 'extensions');
  const installDataDir = path.join(tmp, 'install-data');
  log(`installing ${path.basename(vsix)} into code-server`);
  installVsix(entry, vsix, extensionsDir, installDataDir);
  const browser = await launchChromium();

  const testDir = path.join(projectRoot, 'out', 'test', 'ui');
  if (PSEUDO) {
    // One desktop window in the pseudo-locale, running *.l10n.js.
    const results = await session({ label: RUN, entry, browser, extensionsDir, tmp: path.join(tmp, 'pseudo'), artifactsDir, testDir, settings: UI_SETTINGS, pattern: '.l10n.js', locale: 'qps-ploc' });
    return printResults(RUN, results) ? 0 : 1;
  }
  // The desktop window: every *.ui.js; then the web window (the same installed .vsix, its
  // `browser` entry in the web worker extension host): web/*.ui.js.
  // NEWS_ANNOTATOR_TEST_HOSTS=web (or node) narrows a developer's run to one window, as for the integration suite.
  const hosts = (process.env.NEWS_ANNOTATOR_TEST_HOSTS ?? 'node,web').split(',').map((h) => h.trim());
  const node = !hosts.includes('node') ? undefined : await session({ label: 'ui', entry, browser, extensionsDir, tmp: path.join(tmp, 'node'), artifactsDir, testDir, settings: UI_SETTINGS });
  const web = !hosts.includes('web') ? undefined : await session({
    label: 'ui-web',
    entry,
    browser,
    extensionsDir,
    tmp: path.join(tmp, 'web'),
    artifactsDir,
    testDir: path.join(testDir, 'web'),
    settings: { ...UI_SETTINGS, 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } },
  });
  const passed = !hosts.includes('node') || printResults('ui', node);
  const webPassed = !hosts.includes('web') || printResults('ui-web', web);
  return passed && webPassed ? 0 : 1;
}

interface SessionOptions {
  label: string;
  entry: string;
  browser: Browser;
  extensionsDir: string;
  /** A folder of this session's own: user data, the workspace copy, the results. */
  tmp: string;
  artifactsDir: string;
  /** Runs every *.ui.js file directly in this folder, in name order. */
  testDir: string;
  settings: Record<string, unknown>;
  /** The test files' ending: `.ui.js`, or `.l10n.js` in the pseudo-locale. */
  pattern?: string;
  /** A display language (qps-ploc), given a stand-in language pack. */
  locale?: string;
}

/** One window on a fresh code-server and workspace copy, the tests of one folder in it; its server is stopped after. */
async function session(options: SessionOptions): Promise<TestResults | undefined> {
  const { label, artifactsDir, tmp } = options;
  fs.mkdirSync(tmp, { recursive: true });
  const userDataDir = path.join(tmp, 'user-data');
  writeUserSettings(userDataDir, options.settings);
  if (options.locale) registerPseudoLanguagePack(userDataDir, tmp);

  const { folder, seeds } = copySeedsWorkspace(tmp);
  const seedFile = path.join(seeds, SEED);
  log(`${label}: starting code-server`);
  const server = await CodeServer.start({
    entry: options.entry,
    userDataDir,
    extensionsDir: options.extensionsDir,
    folder,
    logFile: path.join(artifactsDir, `${label}-server.log`),
    ...(options.locale ? { locale: options.locale } : {}),
  });
  // Tall enough that all 37 lines of the seed are on screen at once.
  const context = await options.browser.newContext({ viewport: { width: 1400, height: 1000 } });
  onCleanup(`close the ${label} page`, () => context.close());
  const page = await context.newPage();
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
  onCleanup(`write the ${label} browser console`, () => fs.writeFileSync(path.join(artifactsDir, `${label}-browser-console.log`), consoleLines.join('\n')));
  log(`${label}: opening the workbench on ${server.url}`);
  await page.goto(server.workbenchUrl(folder));
  await new Workbench(page).waitUntilReady();

  // The README's screenshot is replaced only on request, so a test run leaves the tree clean.
  const updateReadmeShot = process.env.NEWS_ANNOTATOR_UPDATE_SCREENSHOT === '1' && label !== 'ui-web';
  setUiSession({
    page,
    workspace: folder,
    seedFile,
    seedText: fs.readFileSync(seedFile, 'utf8'),
    screenshotPath: updateReadmeShot ? path.join(projectRoot, 'media', options.locale ? 'pseudo-locale.png' : 'screenshot.png') : path.join(artifactsDir, `${label}-screenshot.png`),
    artifactsDir,
  });

  const resultsFile = path.join(tmp, 'results.json');
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 60_000,
    // The runner prints each test when the run ends (printResults), in the integration runner's format.
    reporter: FileReporter,
    reporterOptions: { resultsFile },
    color: false,
    // For a developer narrowing a run (never set in CI). The tests follow one session in order,
    // so a narrowed run may need the tests before the one it picks.
    ...(process.env.NEWS_ANNOTATOR_TEST_GREP ? { grep: process.env.NEWS_ANNOTATOR_TEST_GREP } : {}),
  });
  const files = fs.readdirSync(options.testDir).filter((name) => name.endsWith(options.pattern ?? '.ui.js')).sort();
  for (const file of files) {
    mocha.addFile(path.join(options.testDir, file));
  }
  log(`${label}: running ${files.length} UI test file(s)`);
  await new Promise<void>((resolve) => mocha.run(() => resolve()));
  setUiSession(undefined);
  await context.close();
  await killGroup(server.process);

  const results = readResults(resultsFile);
  if (results) {
    fs.copyFileSync(resultsFile, path.join(artifactsDir, `${label}-results.json`));
  }
  return results;
}

main(RUN, OVERALL_TIMEOUT_MS, ui);
