#!/usr/bin/env node
// Runs before `npm test` and `npm start` (the pretest/prestart scripts). Plain JavaScript with no
// dependencies on purpose: on a fresh clone nothing is installed yet, not even TypeScript, so this
// is the one step that must work before `npm ci` has run.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..', '..');
const nodeModules = path.join(root, 'node_modules');
const lockFile = path.join(root, 'package-lock.json');
// npm writes this "hidden lockfile" at the end of every successful install: it is the record of
// what node_modules actually holds, so comparing it with package-lock.json tells whether the
// install is current (npm itself trusts it the same way).
const installedLock = path.join(nodeModules, '.package-lock.json');

function mtimeMs(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function reasonToInstall() {
  if (!fs.existsSync(nodeModules)) {
    return 'node_modules is missing';
  }
  const installed = mtimeMs(installedLock);
  if (installed === undefined) {
    return 'node_modules/.package-lock.json is missing (incomplete install)';
  }
  const wanted = mtimeMs(lockFile);
  if (wanted !== undefined && wanted > installed) {
    return 'package-lock.json is newer than node_modules';
  }
  return undefined;
}

const reason = reasonToInstall();
if (reason) {
  console.log(`ensureDeps: ${reason}; running npm ci`);
  // `npm ci` installs exactly what package-lock.json says, so a fresh clone gets the same tree
  // as the machine that wrote the lockfile.
  const result = spawnSync('npm', ['ci'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) {
    console.error(`ensureDeps: could not run npm ci: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) {
    console.error(`ensureDeps: npm ci failed with exit code ${result.status}`);
    process.exit(result.status || 1);
  }
}
