/**
 * UI test of entity marks while typing, on the packaged extension: a person types at the start of
 * a line that begins with a name, key by key with pauses, then deletes what they typed, and after
 * every pause each entity mark on screen covers exactly a name: never a letter typed next to it,
 * never characters shifted by an edit. Runs after entities.ui.ts in the same window, on the seed,
 * and reverts what it typed.
 */
import * as assert from 'assert';
import * as path from 'path';
import { uiSession } from './session';
import { DrawnMark, STEP_TIMEOUT_MS, Workbench } from './workbench';

/**
 * The typing: each key, then how long the person pauses. The pauses are the person's rhythm, not
 * waits for the extension: the short ones end before the extension's re-analysis delay (300 ms),
 * so marks must be right from the edit alone; the long ones let a new analysis land.
 */
const KEYS: Array<{ key: string; pauseMs: number }> = [
  { key: 'a', pauseMs: 200 },
  { key: 'n', pauseMs: 900 },
  { key: 'd', pauseMs: 200 },
  { key: 'Space', pauseMs: 900 },
  { key: 'Backspace', pauseMs: 200 },
  { key: 'Backspace', pauseMs: 900 },
  { key: 'Backspace', pauseMs: 200 },
  { key: 'Backspace', pauseMs: 200 },
];

const WORD = /[\p{L}\p{N}]/u;

/** Why a mark is wrong, or undefined when it covers exactly one of the names. */
function wrong(mark: DrawnMark, names: Set<string>): string | undefined {
  if (!names.has(mark.text)) return `covers "${mark.text}", which is not a name`;
  if (WORD.test(mark.before) || WORD.test(mark.after)) return `covers "${mark.text}" inside "${mark.before}${mark.text}${mark.after}"`;
  return undefined;
}

describe('entity marks while typing (packaged extension)', function () {
  let workbench: Workbench;

  before(function () {
    workbench = new Workbench(uiSession().page);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      const name = this.currentTest.title.replace(/[^\w-]+/g, '_');
      await uiSession().page.screenshot({ path: path.join(uiSession().artifactsDir, `${name}.png`) }).catch(() => undefined);
    }
  });

  it('typing at the start of a line, key by key with pauses, never leaves a mark on other characters than a name', async function () {
    const page = uiSession().page;
    await workbench.quickOpen(path.basename(uiSession().seedFile));
    const initial = await workbench.waitFor(() => workbench.entityMarks(), (marks) => marks.length > 0, 'entity marks');
    const names = new Set(initial.map((m) => m.text));
    const bad = initial.map((m) => wrong(m, names)).filter(Boolean);
    assert.deepStrictEqual(bad, [], 'marks are wrong before any typing');
    // A line that starts with a marked name, below the first.
    const target = initial.find((m) => m.line > 1 && m.before === '');
    assert.ok(target, 'no line on screen starts with a marked name');

    await workbench.focusEditor();
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget .quick-input-box input').waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await page.keyboard.type(String(target.line));
    await page.keyboard.press('Enter');
    await page.locator('[id="status.editor.selection"]').filter({ hasText: new RegExp(`Ln ${target.line}, Col 1\\b`) }).waitFor({ timeout: STEP_TIMEOUT_MS });

    const problems: string[] = [];
    for (const [i, step] of KEYS.entries()) {
      await page.keyboard.press(step.key);
      await page.waitForTimeout(step.pauseMs);
      await workbench.nextFrame();
      const marks = await workbench.entityMarks();
      if (!marks.length) problems.push(`after key ${i + 1} (${step.key}): no marks at all`);
      for (const m of marks) {
        const why = wrong(m, names);
        if (why) problems.push(`after key ${i + 1} (${step.key}), line ${m.line}: ${why}`);
      }
    }
    assert.deepStrictEqual(problems, []);

    // With the line as it was, its name is marked again once the article is analysed.
    await workbench.waitFor(
      () => workbench.entityMarks(),
      (marks) => marks.some((m) => m.line === target.line && m.text === target.text && m.before === ''),
      `the mark on "${target.text}" at the start of line ${target.line}`,
    );
    await workbench.runCommand('File: Revert File');
  });
});
