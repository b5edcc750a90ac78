/**
 * UI tests on the packaged extension, as a person uses it: open a seed article, see its repeated
 * paragraphs marked, hover one, find them in Problems, jump to one, remove them, save, undo.
 * The tests run in this order in one window (see session.ts); each names what it relies on.
 *
 * The seed article has no blank lines, so each line is a paragraph; its lines 21-37 repeat lines
 * 4-20, so the copies are lines 21-37 and removing them leaves the first 20 lines.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { uiSession } from './session';
import { describeLines, STEP_TIMEOUT_MS, Workbench } from './workbench';

const FIRST_COPY = 21;
const LAST_COPY = 37;
const KEPT_LINES = 20;

/** Splits text into lines, ignoring one final newline (an editor may or may not keep one). */
function linesOf(text: string): string[] {
  return text.replace(/\r?\n$/, '').split(/\r?\n/);
}

/** Resolves once the file on disk satisfies `accept`: checked now and on every change the file system reports. */
async function waitForFile(file: string, accept: (text: string) => boolean, what: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const check = (): boolean => {
      const text = fs.readFileSync(file, 'utf8');
      if (!accept(text)) return false;
      done();
      resolve(text);
      return true;
    };
    const watcher = fs.watch(path.dirname(file), () => check());
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out waiting for ${what}; the file has ${linesOf(fs.readFileSync(file, 'utf8')).length} lines`));
    }, STEP_TIMEOUT_MS);
    const done = () => {
      watcher.close();
      clearTimeout(timer);
    };
    check();
  });
}

describe('News Annotator in VS Code (packaged extension)', function () {
  let workbench: Workbench;
  let seedLines: string[];

  before(function () {
    const session = uiSession();
    workbench = new Workbench(session.page);
    seedLines = linesOf(session.seedText);
    // Guards the assumptions above, so a changed seed fails here and not in a confusing place.
    assert.strictEqual(seedLines.length, LAST_COPY, 'the seed article should have 37 lines');
    assert.deepStrictEqual(seedLines.slice(FIRST_COPY - 1), seedLines.slice(3, KEPT_LINES), 'lines 21-37 should repeat 4-20');
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      const name = this.currentTest.title.replace(/[^\w-]+/g, '_');
      await uiSession().page.screenshot({ path: path.join(uiSession().artifactsDir, `${name}.png`) }).catch(() => undefined);
    }
  });

  it('marks every later copy of a paragraph, and nothing else, when an article is opened', async function () {
    await workbench.quickOpen(path.basename(uiSession().seedFile));
    const lines = await workbench.waitForLines(
      (rendered) => rendered.length >= LAST_COPY && rendered.some((line) => line.wholeLineDecorated),
      'whole-line duplicate decorations',
    );
    const decorated = lines.filter((line) => line.wholeLineDecorated).map((line) => line.number);
    const copies = Array.from({ length: LAST_COPY - FIRST_COPY + 1 }, (_, i) => FIRST_COPY + i);
    assert.deepStrictEqual(decorated, copies, `decorated lines: ${describeLines(lines)}`);
  });

  it('shows a status bar item for the article', async function () {
    const item = workbench.statusBarItem(/^\s*News:/);
    await item.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  });

  it('tells where a copy comes from when hovering it', async function () {
    await workbench.hoverLine(FIRST_COPY);
    const hover = workbench.hover('Duplicate of');
    await hover.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    // The README's picture: taken now, with the decorations and the hover on screen.
    await uiSession().page.screenshot({ path: uiSession().screenshotPath });
    await uiSession().page.mouse.move(0, 0);
    await uiSession().page.keyboard.press('Escape');
  });

  it('lists the duplicated block in Problems', async function () {
    await uiSession().page.keyboard.press('Control+Shift+M');
    // Problems rows: the file at level 1, its problems at level 2.
    const problems = uiSession().page.locator('.markers-panel .monaco-list-row[aria-level="2"]');
    await problems.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    const all = await problems.evaluateAll((rows) =>
      rows.map((row) => (row as unknown as { getAttribute(name: string): string | null }).getAttribute('aria-label') ?? ''),
    );
    // The seed also has a mismatched quotation mark (another kind of problem, listed too).
    const labels = all.filter((label) => /repeat/.test(label));
    assert.strictEqual(labels.length, 1, `one block of copies should give one problem: ${JSON.stringify(labels)}`);
    assert.match(labels[0], new RegExp(`line ${FIRST_COPY}\\b`), 'the problem should point at the first copy');
    // Close the panel again (Ctrl+J toggles it): it takes room the next tests need for all 37 lines.
    await uiSession().page.keyboard.press('Control+J');
    await uiSession().page.locator('.part.panel').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
    await workbench.focusEditor();
  });

  it('goes to the next duplicate', async function () {
    assert.match(await workbench.cursorPosition(), /^Ln 1,/, 'the cursor should start on line 1');
    await workbench.runCommand('News: Go to Next Duplicate');
    await workbench.page
      .locator('[id="status.editor.selection"]')
      .filter({ hasText: new RegExp(`^\\s*Ln ${FIRST_COPY},`) })
      .waitFor({ timeout: STEP_TIMEOUT_MS });
  });

  it('removes the copies, and saving writes the first 20 lines', async function () {
    await workbench.runCommand('News: Remove Duplicate Paragraphs');
    // Done when the text is down to the kept lines (one more if a final empty line stays) and no
    // decoration is left: the extension re-analyses after the edit.
    await workbench.waitForLines(
      (rendered) =>
        rendered.length > 0 &&
        rendered[rendered.length - 1].number <= KEPT_LINES + 1 &&
        rendered.every((line) => !line.wholeLineDecorated),
      'the copies and their decorations to be removed',
    );
    await workbench.focusEditor();
    await uiSession().page.keyboard.press('Control+S');
    const expected = seedLines.slice(0, KEPT_LINES);
    // A change event can come mid-write: wait for the whole file (as many lines as kept), then compare.
    const saved = await waitForFile(uiSession().seedFile, (text) => linesOf(text).length === KEPT_LINES, 'the save');
    assert.deepStrictEqual(linesOf(saved), expected);
  });

  it('undo brings the copies back', async function () {
    await workbench.focusEditor();
    await uiSession().page.keyboard.press('Control+Z');
    const lines = await workbench.waitForLines(
      (rendered) => rendered.length > 0 && rendered[rendered.length - 1].number === LAST_COPY,
      'undo to restore 37 lines',
    );
    assert.deepStrictEqual(
      lines.map((line) => line.text),
      seedLines,
      'the editor should show the original text again',
    );
    // Saved again, the file is byte for byte the original: undo restored everything.
    await uiSession().page.keyboard.press('Control+S');
    const saved = await waitForFile(uiSession().seedFile, (text) => linesOf(text).length === LAST_COPY, 'the second save');
    assert.strictEqual(saved, uiSession().seedText);
  });
});
