/**
 * Where the core reports an exception it catches in order to go on. A bug in one rule must
 * cost that rule's findings, never the whole analysis, but it must not vanish either: every
 * catch block in `analysis/` calls `reportCaught`, the tests install a handler that fails, and
 * the worker and the CLI may count or log what was caught.
 */

/** Receives each caught exception with the name of the pass that caught it. */
export type CaughtHandler = (where: string, error: unknown) => void;

let handler: CaughtHandler | undefined;

/** Installs `next` as the handler (replacing any other); returns a function that restores the previous one. */
export function onCaught(next: CaughtHandler | undefined): () => void {
  const previous = handler;
  handler = next;
  return () => {
    handler = previous;
  };
}

/** Reports an exception a pass caught to keep going. */
export function reportCaught(where: string, error: unknown): void {
  handler?.(where, error);
}
