/** Runs the command-line tool (the compiled out/src/cli.js) as a person would, for the CLI tests. */
import { spawnSync, SpawnSyncOptions } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** The compiled entry point and the repository's root. */
export const cli = path.resolve(__dirname, '..', '..', 'src', 'cli.js');
export const root = path.resolve(__dirname, '..', '..', '..');
export const seed = path.join(root, 'seeds', '000_9eeae5c25ec30b8d.txt');
export const wikinews = path.join(root, 'test', 'fixtures', 'wikinews');

/** What one run printed and how it ended. */
export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with `args`; `input` is its standard input (empty when not given). A run that hangs fails after 4 minutes. */
export function run(args: string[], options: { input?: string | Buffer; cwd?: string; stdio?: SpawnSyncOptions['stdio'] } = {}): Ran {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input: options.input ?? '', cwd: options.cwd, stdio: options.stdio, timeout: 240_000, maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The seed and the Wikinews interviews as a small corpus of JSON Lines records, with string and number ids. */
export function corpus(): Array<{ id: string | number; text: string }> {
  const files = [seed, ...fs.readdirSync(wikinews).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(wikinews, f))];
  return files.map((file, i) => ({ id: i % 3 === 2 ? i : path.basename(file, '.txt'), text: fs.readFileSync(file, 'utf8') }));
}
