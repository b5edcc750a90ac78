/**
 * The suite's results as the runners read them (JSON), collected from mocha's runner events. No
 * Node built-ins: the web worker host's test bundle (web/index.ts) uses it too.
 */
export interface TestResult {
  fullTitle: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface TestResults {
  passed: number;
  failed: number;
  pending: number;
  tests: TestResult[];
  /** Failures outside any test: a suite file that does not load, a crashed run. */
  errors?: string[];
}

export function errorText(error: unknown): string {
  if (error instanceof Error) {
    return error.stack ?? `${error.name}: ${error.message}`;
  }
  return String(error);
}

/** The events used (mocha's Runner.constants, the same in its Node and browser builds). */
interface RunnerEvents {
  on(event: 'pass' | 'pending', listener: (test: Mocha.Test) => void): unknown;
  on(event: 'fail', listener: (test: Mocha.Test, error: unknown) => void): unknown;
  once(event: 'end', listener: () => void): unknown;
}

/** Collects every test's outcome; calls `done` with them when the run ends. */
export function collectResults(runner: RunnerEvents, done: (results: TestResults) => void): void {
  const results: TestResults = { passed: 0, failed: 0, pending: 0, tests: [] };
  runner.on('pass', (test) => {
    results.passed++;
    results.tests.push({ fullTitle: test.fullTitle(), state: 'passed', durationMs: test.duration });
  });
  // Also emitted for failing hooks, whose "test" is the hook: counted as failures too.
  runner.on('fail', (test, error: unknown) => {
    results.failed++;
    results.tests.push({ fullTitle: test.fullTitle(), state: 'failed', durationMs: test.duration, error: errorText(error) });
  });
  runner.on('pending', (test) => {
    results.pending++;
    results.tests.push({ fullTitle: test.fullTitle(), state: 'pending' });
  });
  runner.once('end', () => done(results));
}
