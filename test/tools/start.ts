/**
 * `npm start` (after the build): opens seeds/ in VS Code with the extension loaded from this
 * folder. With a desktop VS Code (`code` on PATH) that is an Extension Development Host window;
 * without one, code-server serves the same on 127.0.0.1 and this prints the URL to open, then
 * keeps running until Ctrl+C. Reload the window after `npm run build` to pick up changes.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CodeServer, ensureCodeServer, log, main, projectRoot, writeUserSettings } from './codeServer';

function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    // code-server puts its own `code` helper (remote-cli) on the PATH of its terminals: that one
    // only talks to the code-server it belongs to, so it is not a desktop VS Code.
    if (fs.existsSync(candidate) && !candidate.includes(`${path.sep}remote-cli${path.sep}`)) {
      return candidate;
    }
  }
  return undefined;
}

async function start(): Promise<number> {
  const seeds = path.join(projectRoot, 'seeds');
  if (!fs.existsSync(path.join(projectRoot, 'dist', 'extension.js'))) {
    throw new Error('dist/extension.js is missing: run `npm run build` first');
  }
  const code = onPath('code');
  if (code && !process.env.NEWS_ANNOTATOR_CODE_SERVER) {
    log(`opening ${seeds} in VS Code (${code}) with the extension from ${projectRoot}`);
    const child = spawn(code, [`--extensionDevelopmentPath=${projectRoot}`, seeds], { stdio: 'inherit' });
    return new Promise((resolve) => child.on('exit', (status) => resolve(status ?? 1)));
  }

  const entry = ensureCodeServer();
  // Kept between runs (git-ignored), like a desktop profile: open editors and layout survive.
  const state = path.join(projectRoot, '.vscode-test', 'start');
  const userDataDir = path.join(state, 'user-data');
  writeUserSettings(userDataDir, {
    // Your own checkout: no trust prompt, the extension runs in full.
    'security.workspace.trust.enabled': false,
  });
  const port = process.env.PORT ? Number(process.env.PORT) : undefined;
  const server = await CodeServer.start({
    entry,
    userDataDir,
    extensionsDir: path.join(state, 'extensions'),
    folder: seeds,
    logFile: path.join(state, 'server.log'),
    port,
  });
  // The payload loads this folder as a development extension, as --extensionDevelopmentPath does.
  const url = server.workbenchUrl(seeds, [['extensionDevelopmentPath', server.remoteUri(projectRoot)]]);
  console.log('');
  console.log('News Annotator is running in code-server (no desktop VS Code found). Open:');
  console.log('');
  console.log(`  ${url}`);
  console.log('');
  console.log(`Server log: ${path.relative(projectRoot, path.join(state, 'server.log'))}. Press Ctrl+C to stop.`);
  const exitCode = await server.exited();
  log(`code-server exited with code ${exitCode}`);
  return exitCode ?? 1;
}

main('start', undefined, start);
