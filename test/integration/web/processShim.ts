/**
 * The `process` the npm `assert` package (and its `util`) read, for the web test bundle only
 * (esbuild --inject): the web worker host has none. The extension's own bundles need no shim.
 */
export const process = {
  env: {} as Record<string, string | undefined>,
  nextTick: (fn: (...args: unknown[]) => void, ...args: unknown[]): void => queueMicrotask(() => fn(...args)),
};
