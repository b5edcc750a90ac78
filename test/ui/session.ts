/**
 * What the UI runner (test/tools/runUi.ts) sets up once and the UI tests share: one code-server
 * with the packaged extension installed, one browser page on its workbench. Starting them takes
 * seconds, and the tests follow one person's session in order, so they share a single window.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';

export interface UiSession {
  page: Page;
  /** Absolute path of the workspace folder the window has open (a temp copy holding seeds/). */
  workspace: string;
  /** Absolute path of the seed article inside that workspace. */
  seedFile: string;
  /** The seed's text before any test touched it. */
  seedText: string;
  /** Where the screenshot of the annotated seed goes (media/screenshot.png when updating the README's). */
  screenshotPath: string;
  /** test-results/ui/: screenshots of failures. */
  artifactsDir: string;
}

let current: UiSession | undefined;

export function setUiSession(session: UiSession | undefined): void {
  current = session;
}

export function uiSession(): UiSession {
  if (!current) {
    throw new Error('no UI session: run the UI tests with `npm run test:ui` (out/test/tools/runUi.js)');
  }
  return current;
}

/**
 * Writes the workspace's .vscode/settings.json, as a person changing a workspace setting would;
 * `undefined` removes it. The window applies it a moment later.
 */
export function workspaceSettings(settings: Record<string, unknown> | undefined): void {
  const file = path.join(uiSession().workspace, '.vscode', 'settings.json');
  if (settings) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(settings, null, 2));
  } else {
    fs.rmSync(file, { force: true });
  }
}

/** For afterEach: a screenshot of the window in test-results/ui/ when the test just run failed, named after it. */
export async function screenshotIfFailed(test: { state?: string; title: string } | undefined, prefix = ''): Promise<void> {
  if (test?.state !== 'failed') return;
  const name = `${prefix}${test.title.replace(/[^\w-]+/g, '_')}`;
  await uiSession().page.screenshot({ path: path.join(uiSession().artifactsDir, `${name}.png`) }).catch(() => undefined);
}
