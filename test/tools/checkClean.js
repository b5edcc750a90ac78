#!/usr/bin/env node
// `npm run package` runs this first: a .vsix is packed only from committed sources, so that
// every released package can be rebuilt from its commit. Outside a git checkout (a source
// tarball) there is nothing to compare with, and packing goes on.
'use strict';
const { execFileSync } = require('child_process');

let status;
try {
  status = execFileSync('git', ['status', '--porcelain', '--untracked-files=normal'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
} catch {
  console.warn('package: not a git checkout (or git is missing); packing without the clean-tree check.');
  process.exit(0);
}
if (status.trim()) {
  console.error('package: refusing to pack with uncommitted changes; commit or stash them first:');
  console.error(status.replace(/\s+$/, ''));
  process.exit(1);
}
