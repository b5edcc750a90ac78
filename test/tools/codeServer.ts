/**
 * Shared helpers for the test runners that need a real VS Code: they install code-server (VS Code
 * as a server, from npm) and drive its workbench in Debian's headless Chromium, because the VS Code
 * download that @vscode/test-electron does is not reachable from our machines and CI (see
 * shared/docs/offline-vscode-testing.md). Every process started here is registered for cleanup, so
 * a runner leaves nothing behind whether it passes, fails, throws, times out or gets Ctrl+C.
 */
import { ChildProcess, spawn, spawnSync, SpawnSyncOptions } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import type { TestResults } from '../integration/index';

/** The project root: this file runs from out/test/tools/. */
export const projectRoot = path.resolve(__dirname, '..', '..', '..');

/** code-server 4.99.x is the last line that runs on Node 20 (later ones need Node 24). */
export const CODE_SERVER_VERSION = '4.99.4';
/** Beside test-electron's downloads, in the git-ignored .vscode-test/. */
export const codeServerDir = path.join(projectRoot, '.vscode-test', 'code-server');
export const chromiumPath = process.env.NEWS_ANNOTATOR_CHROMIUM || '/usr/bin/chromium';
/** Logs and screenshots of the last runs, kept after the temp dirs are removed (git-ignored). */
export const resultsRoot = path.join(projectRoot, 'test-results');

/** Fallback when the shrinkwrap cannot be read: the version code-server 4.99.4 pins. */
const RIPGREP_PACKAGE_FALLBACK = '1.15.11';
/** The `VERSION` constant in @vscode/ripgrep's lib/postinstall.js, part of the cached file name. */
const RIPGREP_RELEASE = 'v13.0.0-10';

const started = Date.now();

export function log(message: string): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
  console.log(`[${seconds}s] ${message}`);
}

// ---------------------------------------------------------------------------------------------
// Cleanup: every resource registers an undo step; they run in reverse order, each bounded in time.

type CleanupStep = () => unknown;
const cleanupSteps: { name: string; step: CleanupStep }[] = [];
/** Process groups still alive: killed synchronously on exit if the async cleanup never ran. */
const liveGroups = new Set<number>();
let cleaningUp: Promise<void> | undefined;

export function onCleanup(name: string, step: CleanupStep): void {
  cleanupSteps.push({ name, step });
}

export function runCleanup(): Promise<void> {
  cleaningUp ??= (async () => {
    while (cleanupSteps.length > 0) {
      const { name, step } = cleanupSteps.pop()!;
      try {
        await withTimeout(Promise.resolve().then(step), 15_000, `cleanup "${name}"`);
      } catch (error) {
        console.error(`cleanup "${name}" failed: ${errorText(error)}`);
      }
    }
  })();
  return cleaningUp;
}

// Last resort: if the runner dies in a way that skips runCleanup, no server outlives it.
process.on('exit', () => {
  for (const pgid of liveGroups) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

/**
 * Runs a runner's body with an overall time limit and cleanup in every outcome, then exits with
 * the body's exit code (1 on error or timeout, 130/143 on Ctrl+C/SIGTERM).
 */
export function main(name: string, timeoutMs: number | undefined, body: () => Promise<number>): void {
  let finished = false;
  const finish = async (code: number): Promise<void> => {
    if (finished) {
      return;
    }
    finished = true;
    clearTimeout(timer);
    await runCleanup();
    process.exit(code);
  };
  // No limit only for `npm start`, which runs until Ctrl+C.
  const timer = timeoutMs === undefined ? undefined : setTimeout(() => {
    console.error(`${name}: overall time limit of ${Math.round(timeoutMs / 1000)} s exceeded`);
    void finish(1);
  }, timeoutMs);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      console.error(`${name}: ${signal} received, cleaning up`);
      void finish(code);
    });
  }
  body().then(
    (code) => finish(code),
    (error) => {
      console.error(`${name}: ${error instanceof Error && error.stack ? error.stack : errorText(error)}`);
      return finish(1);
    },
  );
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A fresh temp directory, removed at cleanup unless NEWS_ANNOTATOR_KEEP_TMP is set (for debugging). */
export function makeTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `news-annotator-${prefix}-`));
  onCleanup(`remove ${dir}`, () => {
    if (process.env.NEWS_ANNOTATOR_KEEP_TMP) {
      log(`kept ${dir}`);
    } else {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  return dir;
}

/** test-results/<name>/, emptied: logs and screenshots of this run, readable after it ends. */
export function resultsDir(name: string): string {
  const dir = path.join(resultsRoot, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * The workspace the tests open: a temp folder holding a copy of seeds/, so tests may edit and
 * save files without touching the repository. The copy keeps the folder name `seeds` because the
 * extension's default `newsAnnotator.articleGlobs` selects articles by `** /seeds/**`.
 */
export function copySeedsWorkspace(parent: string): { folder: string; seeds: string } {
  const folder = path.join(parent, 'workspace');
  const seeds = path.join(folder, 'seeds');
  fs.mkdirSync(folder, { recursive: true });
  fs.cpSync(path.join(projectRoot, 'seeds'), seeds, { recursive: true });
  return { folder, seeds };
}

// ---------------------------------------------------------------------------------------------
// System packages (Debian).

interface SystemPackage {
  name: string;
  present(): boolean;
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir, command), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Checked by what the tools use rather than by dpkg, so a machine with them from elsewhere passes. */
const SYSTEM_PACKAGES: Record<string, SystemPackage> = {
  chromium: { name: 'chromium', present: () => fs.existsSync(chromiumPath) },
  // code-server's install builds the `kerberos` native module against these headers.
  'libkrb5-dev': {
    name: 'libkrb5-dev',
    present: () => fs.existsSync('/usr/include/gssapi/gssapi.h') || onPath('krb5-config'),
  },
  'pkg-config': { name: 'pkg-config', present: () => onPath('pkg-config') },
  // node-gyp compiles code-server's native modules (kerberos, node-pty, spdlog) with these.
  'build-essential': { name: 'build-essential', present: () => onPath('make') && onPath('g++') },
  python3: { name: 'python3', present: () => onPath('python3') },
  // Pre-seeds @vscode/ripgrep's download cache, whose postinstall otherwise fetches rg from GitHub.
  ripgrep: { name: 'ripgrep', present: () => onPath('rg') },
};

export type SystemPackageName = keyof typeof SYSTEM_PACKAGES;

/**
 * Installs the missing Debian packages with apt-get when running as root (CI runs as root on a
 * fresh machine); otherwise fails with a message naming them.
 */
export function ensureSystemPackages(names: SystemPackageName[]): void {
  const missing = names.filter((name) => !SYSTEM_PACKAGES[name].present());
  if (missing.length === 0) {
    return;
  }
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !onPath('apt-get')) {
    throw new Error(
      `missing system packages: ${missing.join(' ')}. Install them (Debian: sudo apt-get install -y ${missing.join(' ')}) and run again.`,
    );
  }
  log(`installing system packages: ${missing.join(' ')}`);
  const options: SpawnSyncOptions = {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeout: 20 * 60_000,
  };
  for (const args of [['-q', 'update'], ['-q', 'install', '-y', ...missing]]) {
    const result = spawnSync('apt-get', args, options);
    if (result.status !== 0) {
      throw new Error(`apt-get ${args.join(' ')} failed (${result.error?.message ?? `exit code ${result.status}`})`);
    }
  }
  const stillMissing = missing.filter((name) => !SYSTEM_PACKAGES[name].present());
  if (stillMissing.length > 0) {
    throw new Error(`system packages still missing after apt-get install: ${stillMissing.join(' ')}`);
  }
}

// ---------------------------------------------------------------------------------------------
// code-server install.

function run(command: string, args: string[], options: SpawnSyncOptions & { what: string }): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0) {
    const output = [result.stdout, result.stderr].filter(Boolean).join('\n').trim();
    throw new Error(
      `${options.what} failed (${result.error?.message ?? `exit code ${result.status}`})${output ? `:\n${output.slice(-4000)}` : ''}`,
    );
  }
  return String(result.stdout ?? '');
}

function ripgrepTarget(): string {
  switch (os.arch()) {
    case 'x64':
      return 'x86_64-unknown-linux-musl';
    case 'arm64':
      return 'aarch64-unknown-linux-musl';
    default:
      throw new Error(`no ripgrep cache recipe for linux/${os.arch()}`);
  }
}

/** The @vscode/ripgrep version that code-server's VS Code pins, read from its shrinkwrap. */
function ripgrepPackageVersion(workDir: string): string {
  try {
    const packed = run('npm', ['pack', `code-server@${CODE_SERVER_VERSION}`, '--json', '--pack-destination', workDir], {
      cwd: workDir,
      what: 'npm pack code-server',
      timeout: 10 * 60_000,
    });
    const [{ filename }] = JSON.parse(packed) as { filename: string }[];
    const tarball = path.join(workDir, path.basename(filename));
    const shrinkwrap = run('tar', ['-xzOf', tarball, 'package/lib/vscode/npm-shrinkwrap.json'], {
      what: 'reading npm-shrinkwrap.json from the code-server package',
    });
    fs.rmSync(tarball, { force: true });
    const version = (JSON.parse(shrinkwrap) as { packages: Record<string, { version?: string }> }).packages[
      'node_modules/@vscode/ripgrep'
    ]?.version;
    if (version) {
      return version;
    }
    log(`@vscode/ripgrep not found in code-server's shrinkwrap; assuming ${RIPGREP_PACKAGE_FALLBACK}`);
  } catch (error) {
    log(`could not read the @vscode/ripgrep version (${errorText(error)}); assuming ${RIPGREP_PACKAGE_FALLBACK}`);
  }
  return RIPGREP_PACKAGE_FALLBACK;
}

/**
 * Puts Debian's `rg` where @vscode/ripgrep's postinstall looks for its download, so it never
 * goes to GitHub: <tmpdir>/vscode-ripgrep-cache-<version>/ripgrep-<release>-<target>.tar.gz with
 * `rg` at the archive root.
 */
function seedRipgrepCache(packageVersion: string, workDir: string): void {
  const cacheDir = path.join(os.tmpdir(), `vscode-ripgrep-cache-${packageVersion}`);
  const archive = path.join(cacheDir, `ripgrep-${RIPGREP_RELEASE}-${ripgrepTarget()}.tar.gz`);
  if (fs.existsSync(archive)) {
    return;
  }
  const rg = run('sh', ['-c', 'command -v rg'], { what: 'finding rg' }).trim();
  const stage = path.join(workDir, 'rg-stage');
  fs.mkdirSync(stage, { recursive: true });
  fs.copyFileSync(rg, path.join(stage, 'rg'));
  fs.chmodSync(path.join(stage, 'rg'), 0o755);
  fs.mkdirSync(cacheDir, { recursive: true });
  // Written under a temp name first so an interrupted run never leaves a broken cache entry.
  run('tar', ['-czf', `${archive}.partial`, '-C', stage, 'rg'], { what: 'creating the ripgrep cache archive' });
  fs.renameSync(`${archive}.partial`, archive);
  fs.rmSync(stage, { recursive: true, force: true });
}

/**
 * Makes sure code-server is installed in .vscode-test/code-server/ and returns its entry script.
 * Idempotent: a marker written after a complete install makes later calls instant.
 */
export function ensureCodeServer(): string {
  const packageDir = path.join(codeServerDir, 'node_modules', 'code-server');
  const entry = path.join(packageDir, 'out', 'node', 'entry.js');
  const marker = path.join(codeServerDir, `.installed-${CODE_SERVER_VERSION}`);
  if (fs.existsSync(marker) && fs.existsSync(entry)) {
    return entry;
  }
  ensureSystemPackages(['libkrb5-dev', 'pkg-config', 'ripgrep', 'build-essential', 'python3']);
  const t0 = Date.now();
  log(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(projectRoot, codeServerDir)} (about a minute)`);
  fs.mkdirSync(codeServerDir, { recursive: true });
  // Its own package.json makes this folder npm's prefix, so the install never touches the
  // project's package.json or lockfile.
  fs.writeFileSync(path.join(codeServerDir, 'package.json'), '{"name":"news-annotator-code-server","private":true}\n');
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-cs-install-'));
  try {
    seedRipgrepCache(ripgrepPackageVersion(workDir), workDir);
    run('npm', ['install', '--no-audit', '--no-fund', '--save-exact', `code-server@${CODE_SERVER_VERSION}`], {
      cwd: codeServerDir,
      what: `npm install code-server@${CODE_SERVER_VERSION}`,
      timeout: 20 * 60_000,
      env: {
        ...process.env,
        // code-server's postinstall installs VS Code's own dependencies, several of them native
        // or downloading (node-pty runs npx, @vscode/ripgrep fetches rg): npm 11 blocks dependency
        // install scripts unless allowed, root needs unsafe_perm, and npx must not prompt.
        npm_config_yes: 'true',
        npm_config_unsafe_perm: 'true',
        npm_config_dangerously_allow_all_scripts: 'true',
        // The postinstall checks the Node major version from this user agent; keep npm's own.
      },
    });
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  const rg = path.join(packageDir, 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  for (const file of [entry, rg]) {
    if (!fs.existsSync(file)) {
      throw new Error(`code-server install is incomplete: ${file} is missing`);
    }
  }
  fs.writeFileSync(marker, `${new Date().toISOString()}\n`);
  log(`code-server installed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return entry;
}

// ---------------------------------------------------------------------------------------------
// Processes.

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** An environment without the variables of a VS Code this may run inside (they would redirect code-server). */
function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('VSCODE_') && key !== 'ELECTRON_RUN_AS_NODE') {
      env[key] = value;
    }
  }
  return { ...env, ...extra };
}

/** Stops a detached child's whole process group (code-server forks extension hosts and helpers). */
export async function killGroup(child: ChildProcess, graceMs = 5_000): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) {
    return;
  }
  const exited = child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals): void => {
    try {
      process.kill(-pid, name);
    } catch {
      // the group is gone
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), graceMs);
  await withTimeout(exited, graceMs + 5_000, `stopping process ${pid}`).finally(() => clearTimeout(timer));
  // Helpers of the group may outlive the leader: make sure none is left.
  signal('SIGKILL');
  liveGroups.delete(pid);
}

export interface CodeServerOptions {
  entry: string;
  userDataDir: string;
  extensionsDir: string;
  /** Folder to open; also reachable with ?folder= in the URL. */
  folder?: string;
  /** Where the server's output is written. */
  logFile: string;
  /** Fixed port (npm start); a free one otherwise. */
  port?: number;
  /** Echo the server's output to this process's stdout. */
  echo?: boolean;
  /**
   * Extra environment for the server, which its extension hosts inherit. This is how variables
   * reach the tests: VS Code 1.99's web workbench ignores the `extensionEnvironment` payload key.
   */
  env?: NodeJS.ProcessEnv;
  /** The display language (`--locale`), e.g. the pseudo-locale `qps-ploc` of the localisation check. */
  locale?: string;
}

/** User settings that keep the workbench off the network and quiet; callers may add their own. */
export const OFFLINE_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
};

export function writeUserSettings(userDataDir: string, settings: Record<string, unknown>): void {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ ...OFFLINE_SETTINGS, ...settings }, null, 2));
}

export class CodeServer {
  private output = '';
  private readonly waiters = new Set<() => void>();
  private exitCode: number | null | undefined;

  private constructor(readonly port: number, readonly process: ChildProcess) {}

  /** Starts code-server and resolves once it serves HTTP. */
  static async start(options: CodeServerOptions): Promise<CodeServer> {
    const port = options.port ?? (await freePort());
    const configDir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-cs-config-'));
    onCleanup(`remove ${configDir}`, () => fs.rmSync(configDir, { recursive: true, force: true }));
    const args = [
      options.entry,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      // Without --config it writes ~/.config/code-server/config.yaml with a password in it.
      '--config', path.join(configDir, 'config.yaml'),
      '--user-data-dir', options.userDataDir,
      '--extensions-dir', options.extensionsDir,
    ];
    if (options.locale) {
      args.push('--locale', options.locale);
    }
    if (options.folder) {
      args.push(options.folder);
    }
    const child = spawn(process.execPath, args, {
      cwd: options.folder ?? os.tmpdir(),
      // Its own process group, so killGroup() reaches the extension hosts it forks.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: childEnv({ ...options.env, XDG_CONFIG_HOME: configDir, XDG_DATA_HOME: configDir }),
    });
    if (child.pid !== undefined) {
      liveGroups.add(child.pid);
    }
    const server = new CodeServer(port, child);
    onCleanup('stop code-server', () => killGroup(child));
    const logStream = fs.createWriteStream(options.logFile);
    onCleanup('close code-server log', () => new Promise<void>((resolve) => logStream.end(resolve)));
    const onData = (chunk: Buffer): void => {
      const text = chunk.toString('utf8');
      server.output += text;
      logStream.write(text);
      if (options.echo) {
        process.stdout.write(text);
      }
      server.notify();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      server.exitCode = code;
      server.notify();
    });
    await server.waitForOutput(/HTTP server listening on/, 60_000, 'code-server to start');
    return server;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get log(): string {
    return this.output;
  }

  /** A path on this machine as the workbench addresses it (the server is the remote). */
  remoteUri(fsPath: string): string {
    return `vscode-remote://127.0.0.1:${this.port}${fsPath}`;
  }

  /** Workbench URL for a folder, with an optional payload (extension development and tests). */
  workbenchUrl(folder: string, payload?: [string, string][]): string {
    let url = `${this.url}/?folder=${encodeURIComponent(folder)}`;
    if (payload) {
      url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    }
    return url;
  }

  /** Resolves with the exit code when the server process ends. */
  exited(): Promise<number | null> {
    return new Promise((resolve) => {
      const check = (): void => {
        if (this.exitCode !== undefined) {
          this.waiters.delete(check);
          resolve(this.exitCode);
        }
      };
      this.waiters.add(check);
      check();
    });
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) {
      waiter();
    }
  }

  /** Resolves with the first match of `pattern` in the output (past or future); rejects on exit or timeout. */
  waitForOutput(pattern: RegExp, timeoutMs: number, what: string): Promise<RegExpMatchArray> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const match = this.output.match(pattern);
        if (match) {
          done();
          resolve(match);
        } else if (this.exitCode !== undefined) {
          done();
          reject(new Error(`code-server exited (code ${this.exitCode}) while waiting for ${what}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`));
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }
}

/** Installs a .vsix into an extensions dir with code-server's CLI (what a user's install does). */
export function installVsix(entry: string, vsix: string, extensionsDir: string, userDataDir: string): void {
  run(process.execPath, [entry, '--install-extension', vsix, '--force', '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir], {
    what: `installing ${path.basename(vsix)}`,
    timeout: 2 * 60_000,
    env: childEnv({ XDG_CONFIG_HOME: userDataDir, XDG_DATA_HOME: userDataDir }),
  });
}

// ---------------------------------------------------------------------------------------------
// Browser.

/** Flags without which Chromium keeps calling Google's hosts, which this network refuses. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Debian's Chromium, headless, driven by playwright-core (never a downloaded browser). */
export async function launchChromium(): Promise<Browser> {
  ensureSystemPackages(['chromium']);
  // Loaded here so the helpers above work without playwright-core (e.g. in a partial install).
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  });
  onCleanup('close Chromium', () => browser.close());
  return browser;
}

// ---------------------------------------------------------------------------------------------
// Results.

/** Prints one line per test and the closing `<label>: N passed, N failed` line; returns true when all passed. */
export function printResults(label: string, results: TestResults | undefined): boolean {
  if (!results) {
    console.log(`${label}: no results were written`);
    console.log(`${label}: 0 passed, 0 failed`);
    return false;
  }
  for (const test of results.tests) {
    const mark = test.state === 'passed' ? 'ok  ' : test.state === 'failed' ? 'FAIL' : 'skip';
    console.log(`  ${mark} ${test.fullTitle} (${test.durationMs ?? 0} ms)`);
    if (test.error) {
      console.log(test.error.replace(/^/gm, '       '));
    }
  }
  for (const error of results.errors ?? []) {
    console.log(`  error: ${error}`);
  }
  if (results.pending > 0) {
    console.log(`${label}: ${results.pending} skipped`);
  }
  // The closing line keeps exactly this form: CI logs and the README quote it.
  console.log(`${label}: ${results.passed} passed, ${results.failed} failed`);
  return results.failed === 0 && results.passed > 0 && (results.errors ?? []).length === 0;
}

export function readResults(file: string): TestResults | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as TestResults;
  } catch {
    return undefined;
  }
}
