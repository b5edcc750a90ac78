/**
 * UI test of the packaged extension in VS Code for the Web: the runner (test/tools/runUi.ts)
 * opens a second window whose user setting `remote.extensionKind` makes code-server run the
 * .vsix's `browser` entry in the web worker extension host. On the seed, as a person sees it:
 * the duplicate and entity marks, the hover on "Shoigu", the Quotes view, and Developer: Show
 * Running Extensions saying where the extension runs.
 */
import * as assert from 'assert';
import * as path from 'path';
import { screenshotIfFailed, uiSession } from '../session';
import { describeLines, STEP_TIMEOUT_MS, Workbench } from '../workbench';

/** The seed's copies: its lines 21-37 repeat lines 4-20. */
const FIRST_COPY = 21;
const LAST_COPY = 37;
/** The seed line where Shoigu is quoted by his short name. */
const SHOIGU_LINE = 12;

describe('VS Code for the Web: the browser entry in the web worker extension host (packaged extension)', function () {
  let workbench: Workbench;

  before(async function () {
    workbench = new Workbench(uiSession().page);
    await workbench.quickOpen(path.basename(uiSession().seedFile));
  });

  afterEach(async function () {
    await screenshotIfFailed(this.currentTest, 'web-');
  });

  it('marks the duplicated paragraphs and the entities of the seed', async function () {
    const lines = await workbench.waitForLines(
      (rendered) => rendered.length >= LAST_COPY && rendered.some((line) => line.wholeLineDecorated),
      'whole-line duplicate decorations',
    );
    const decorated = lines.filter((line) => line.wholeLineDecorated).map((line) => line.number);
    assert.deepStrictEqual(decorated, Array.from({ length: LAST_COPY - FIRST_COPY + 1 }, (_, i) => FIRST_COPY + i), describeLines(lines));
    const marks = await workbench.waitFor(() => workbench.entityMarks(), (m) => m.some((mark) => mark.text.includes('Shoigu')), 'an entity mark on Shoigu');
    for (const name of ['Khawaja Asif', 'Nawaz Sharif', 'Tasneem Aslam']) {
      assert.ok(marks.some((mark) => mark.text.includes(name)), `${name} is not marked: ${JSON.stringify(marks.map((m) => m.text))}`);
    }
  });

  it('hovering "Shoigu" shows Sergei Shoigu, a person, and his role', async function () {
    const text = await workbench.readHover(SHOIGU_LINE, 'Shoigu said', 'Sergei Shoigu');
    assert.match(text, /Person/);
    assert.match(text, /Defence Minister/);
  });

  it('the Quotes view lists the speakers', async function () {
    await workbench.openViewContainer('News Annotator');
    const rows = workbench.treeRows('Quotes');
    await rows.filter({ hasText: 'Sergei Shoigu' }).waitFor({ timeout: STEP_TIMEOUT_MS });
    const labels = await rows.allTextContents();
    for (const name of ['Khawaja Asif', 'Tasneem Aslam', 'Nawaz Sharif']) {
      assert.ok(labels.some((l) => l.includes(name)), `${name} is not a speaker in the Quotes view: ${JSON.stringify(labels)}`);
    }
  });

  it('Developer: Show Running Extensions lists it as running in the web worker', async function () {
    await workbench.runCommand('Developer: Show Running Extensions');
    const row = uiSession().page.locator('.runtime-extensions-editor .monaco-list-row').filter({ hasText: 'News Annotator' });
    await row.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    const text = (await row.first().textContent()) ?? '';
    assert.match(text, /web worker/i, `the row says: ${text}`);
  });
});
