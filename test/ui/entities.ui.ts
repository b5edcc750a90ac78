/**
 * UI tests of entities and quotes on the packaged extension, as a person uses them: hover a name,
 * open the News Annotator side bar, read the Entities and Quotes views, click a quote.
 * Runs after duplicates.ui.ts in the same window (files run in name order), on the restored seed.
 */
import * as assert from 'assert';
import * as path from 'path';
import { uiSession } from './session';
import { STEP_TIMEOUT_MS, Workbench } from './workbench';

/** The seed line where Shoigu is quoted by his short name: “The world community ...,” Shoigu said. */
const SHOIGU_LINE = 12;

describe('entities and quotes in VS Code (packaged extension)', function () {
  let workbench: Workbench;

  before(async function () {
    workbench = new Workbench(uiSession().page);
    await workbench.quickOpen(path.basename(uiSession().seedFile));
    await workbench.waitForLines((lines) => lines.some((l) => l.number === SHOIGU_LINE), `line ${SHOIGU_LINE} to be rendered`);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      const name = this.currentTest.title.replace(/[^\w-]+/g, '_');
      await uiSession().page.screenshot({ path: path.join(uiSession().artifactsDir, `${name}.png`) }).catch(() => undefined);
    }
  });

  it('hovering "Shoigu" shows Sergei Shoigu and his role', async function () {
    const line = (await workbench.renderedLines()).find((l) => l.number === SHOIGU_LINE);
    assert.ok(line?.text.includes('Shoigu said'), `line ${SHOIGU_LINE} is not the quote by Shoigu: ${line?.text}`);
    const text = await workbench.readHover(SHOIGU_LINE, 'Shoigu said', 'Sergei Shoigu');
    assert.match(text, /Person/);
    assert.match(text, /Defence Minister/);
  });

  it('the Entities view lists the four people', async function () {
    await workbench.openViewContainer('News Annotator');
    const rows = workbench.treeRows('Entities');
    await rows.filter({ hasText: 'Tasneem Aslam' }).waitFor({ timeout: STEP_TIMEOUT_MS });
    const labels = await rows.allTextContents();
    for (const name of ['Khawaja Asif', 'Sergei Shoigu', 'Nawaz Sharif', 'Tasneem Aslam']) {
      assert.ok(labels.some((l) => l.includes(name)), `${name} is not listed: ${JSON.stringify(labels)}`);
    }
  });

  it('the Quotes view lists speakers, and clicking a quote selects it in the editor', async function () {
    const rows = workbench.treeRows('Quotes');
    await rows.filter({ hasText: 'Sergei Shoigu' }).waitFor({ timeout: STEP_TIMEOUT_MS });
    const labels = await rows.allTextContents();
    for (const name of ['Khawaja Asif', 'Sergei Shoigu', 'Tasneem Aslam', 'Nawaz Sharif']) {
      assert.ok(labels.some((l) => l.includes(name)), `${name} is not a speaker in the Quotes view: ${JSON.stringify(labels)}`);
    }
    await rows.filter({ hasText: 'The world community' }).first().click();
    // The status bar shows the selection: on Shoigu's line, with characters selected.
    await workbench.page
      .locator('[id="status.editor.selection"]')
      .filter({ hasText: new RegExp(`Ln ${SHOIGU_LINE}, Col \\d+ \\(\\d+ selected\\)`) })
      .waitFor({ timeout: STEP_TIMEOUT_MS });
    // The README's second picture: the side bar views beside the annotated article.
    await uiSession().page.screenshot({ path: path.join(path.dirname(uiSession().screenshotPath), 'screenshot-views.png') });
  });
});
