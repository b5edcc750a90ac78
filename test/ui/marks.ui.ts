/**
 * UI test of entity marks while typing, on the packaged extension: a person types at the start of
 * a line that begins with a name, key by key, then deletes what they typed, and after each key
 * every entity mark on screen covers exactly a name (never a letter typed next to it, never
 * characters shifted by an edit), and no mark elsewhere is lost. Runs after entities.ui.ts in the
 * same window, on the seed, and reverts what it typed.
 *
 * Re-analysis is put off (newsAnnotator.updateDelay at its maximum) while typing, so that the
 * marks must be right from the edit alone: after each key the test waits for the marks to settle
 * for less than that delay, which is how long the editor may take to hear of the key (the machine
 * may be busy), never long enough for a new analysis to put wrong marks right.
 */
import * as assert from 'assert';
import * as path from 'path';
import { uiSession, workspaceSettings } from './session';
import { DrawnMark, STEP_TIMEOUT_MS, Workbench } from './workbench';

const UPDATE_DELAY_MS = 5000;
const SETTLE_MS = 4000;
const KEYS = ['a', 'n', 'd', 'Space', 'Backspace', 'Backspace', 'Backspace', 'Backspace'];
const WORD = /[\p{L}\p{N}]/u;

/** What is wrong with the marks on screen: a mark that does not cover exactly a name, or a mark of another line gone. */
function problemsOf(marks: DrawnMark[], names: Set<string>, kept: DrawnMark[]): string[] {
  const problems: string[] = [];
  for (const m of marks) {
    if (!names.has(m.text)) problems.push(`line ${m.line}: a mark covers "${m.text}", which is not a name`);
    else if (WORD.test(m.before) || WORD.test(m.after)) problems.push(`line ${m.line}: a mark covers "${m.text}" inside "${m.before}${m.text}${m.after}"`);
  }
  for (const k of kept) {
    if (!marks.some((m) => m.line === k.line && m.text === k.text)) problems.push(`line ${k.line}: the mark on "${k.text}" is gone`);
  }
  return problems;
}

describe('entity marks while typing (packaged extension)', function () {
  let workbench: Workbench;

  before(function () {
    workbench = new Workbench(uiSession().page);
    workspaceSettings({ 'newsAnnotator.updateDelay': UPDATE_DELAY_MS });
  });

  after(function () {
    workspaceSettings(undefined);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      const name = this.currentTest.title.replace(/[^\w-]+/g, '_');
      await uiSession().page.screenshot({ path: path.join(uiSession().artifactsDir, `${name}.png`) }).catch(() => undefined);
    }
  });

  it('typing at the start of a line, key by key, never leaves a mark on other characters than a name', async function () {
    const page = uiSession().page;
    await workbench.quickOpen(path.basename(uiSession().seedFile));
    const initial = await workbench.waitFor(() => workbench.entityMarks(), (marks) => marks.length > 0, 'entity marks');
    const names = new Set(initial.map((m) => m.text));
    // A line that starts with a marked name, below the first.
    const target = initial.find((m) => m.line > 1 && m.before === '');
    assert.ok(target, 'no line on screen starts with a marked name');
    const kept = initial.filter((m) => m.line !== target.line);
    assert.deepStrictEqual(problemsOf(initial, names, kept), [], 'marks are wrong before any typing');

    await workbench.focusEditor();
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget .quick-input-box input').waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await page.keyboard.type(String(target.line));
    await page.keyboard.press('Enter');
    await page.locator('[id="status.editor.selection"]').filter({ hasText: new RegExp(`Ln ${target.line}, Col 1\\b`) }).waitFor({ timeout: STEP_TIMEOUT_MS });

    const problems: string[] = [];
    for (const [i, key] of KEYS.entries()) {
      await page.keyboard.press(key);
      let last: DrawnMark[] = [];
      const settled = await workbench
        .waitFor(async () => (last = await workbench.entityMarks()), (marks) => problemsOf(marks, names, kept).length === 0, 'marks to settle', SETTLE_MS)
        .then(() => true, () => false);
      if (!settled) problems.push(...problemsOf(last, names, kept).map((p) => `after key ${i + 1} (${key}), ${p}`));
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
