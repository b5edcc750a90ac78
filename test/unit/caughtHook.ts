/**
 * Root hooks for the unit tests (loaded with mocha's --require): an exception that the core
 * catches to keep going is a bug, so any test during which one is caught fails, naming the pass.
 */
import { onCaught } from '../../src/analysis/errors';

const caught: string[] = [];

export const mochaHooks = {
  beforeAll(): void {
    onCaught((where, error) => caught.push(`${where}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  },
  beforeEach(): void {
    caught.length = 0;
  },
  afterEach(): void {
    if (caught.length) {
      const list = caught.splice(0).join('\n');
      throw new Error(`the analysis core caught ${list.split('\n').length > 1 ? 'exceptions' : 'an exception'} during this test:\n${list}`);
    }
  },
};
