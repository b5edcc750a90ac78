/**
 * UI tests of the workspace features on the packaged extension: News: Annotate Workspace over the
 * nineteen Wikinews interviews (copied into the workspace's articles/ folder) shows its progress
 * and fills the Corpus view; News: Show Corpus Dashboard shows its charts. Runs last, in the same
 * window as the other UI tests.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { uiSession } from './session';
import { STEP_TIMEOUT_MS, Workbench } from './workbench';

const wikinews = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'wikinews');

describe('workspace: annotate every article, corpus view, dashboard (packaged extension)', function () {
  let workbench: Workbench;
  let articles: number;

  before(async function () {
    workbench = new Workbench(uiSession().page);
    const target = path.join(uiSession().workspace, 'articles', 'wikinews');
    fs.mkdirSync(target, { recursive: true });
    const files = fs.readdirSync(wikinews).filter((f) => f.endsWith('.txt'));
    for (const f of files) fs.copyFileSync(path.join(wikinews, f), path.join(target, f));
    // The interviews and the seed.
    articles = files.length + 1;
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      const name = this.currentTest.title.replace(/[^\w-]+/g, '_');
      await uiSession().page.screenshot({ path: path.join(uiSession().artifactsDir, `${name}.png`) }).catch(() => undefined);
    }
  });

  it('Annotate Workspace shows its progress and fills the Corpus view', async function () {
    await workbench.openViewContainer('News Annotator');
    // Room for the Corpus view: the per-article views are folded, as a person would.
    for (const title of ['Entities', 'Quotes']) {
      const header = workbench.page.locator('.part.sidebar .pane-header', { hasText: new RegExp(`^\\s*${title}`, 'i') });
      if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
    }
    await workbench.runCommand('News: Annotate Workspace');
    const toasts = workbench.page.locator('.notifications-toasts .notification-toast');
    // The progress notification counts the articles as they go.
    await toasts.filter({ hasText: new RegExp(`Annotating the workspace.*\\d+ of ${articles}`) }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await toasts.filter({ hasText: `annotated ${articles} articles` }).first().waitFor({ state: 'visible', timeout: 120_000 });
    const pane = workbench.page.locator('.part.sidebar .pane').filter({ has: workbench.page.locator('.pane-header', { hasText: /^\s*Corpus/i }) });
    await pane.locator('.pane-body').filter({ hasText: new RegExp(`${articles} articles: \\d+ people \\(\\d+ quoted\\)`) }).waitFor({ timeout: STEP_TIMEOUT_MS });
    const rows = workbench.treeRows('Corpus');
    await rows.filter({ hasText: 'People' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
    // Entity rows say in how many articles each appears.
    await rows.filter({ hasText: /\d+ mentions?.*\d+ articles?/ }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  });

  it('Show Corpus Dashboard shows its charts, each with a CSV export button', async function () {
    await workbench.runCommand('News: Show Corpus Dashboard');
    const page = workbench.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    const charts = page.locator('section.chart');
    await charts.first().waitFor({ timeout: STEP_TIMEOUT_MS });
    const titles = await page.locator('section.chart h2').allTextContents();
    for (const title of ['Most quoted people and organisations', 'Most mentioned people and organisations', 'Quoted against only mentioned', 'Quotes per article']) {
      assert.ok(titles.includes(title), `no chart "${title}": ${JSON.stringify(titles)}`);
    }
    const bars = await page.locator('section.chart svg[role="img"] rect').count();
    assert.ok(bars > articles, `only ${bars} bars drawn`);
    assert.strictEqual(await page.locator('section.chart button[data-chart]').count(), titles.length);
    // Keyboard: the export buttons are reached with Tab.
    await page.locator('section.chart summary').first().focus();
    await workbench.page.keyboard.press('Tab');
    assert.strictEqual(await page.locator('button[data-chart]:focus').count(), 1, 'Tab moves to the first chart\'s export button');
    await workbench.page.keyboard.press('Escape');
    await workbench.runCommand('Notifications: Clear All Notifications');
    await uiSession().page.screenshot({ path: path.join(path.dirname(uiSession().screenshotPath), 'screenshot-dashboard.png') });
  });
});
