import * as os from 'os';
import * as path from 'path';
import { threadWorker } from '../threadWorker';
import type { CreatePlatform } from './types';

/** Desktop and remote hosts: a worker thread, the exports' own bundle, the OS account. Bundled into dist/extension.js, so `__dirname` is dist/. */
export const createPlatform: CreatePlatform = () => ({
  kind: 'node',
  createWorker: threadWorker,
  workerScript: path.join(__dirname, 'analysis', 'worker.js'),
  exportCommands: () => require(path.join(__dirname, 'editor', 'exportCommands.js')) as typeof import('../../editor/exportCommands'),
  accountName: () => {
    try {
      return os.userInfo().username || undefined;
    } catch {
      return undefined;
    }
  },
});
