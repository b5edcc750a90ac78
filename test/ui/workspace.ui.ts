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
  /** The Wikinews interviews copied into the workspace. */
  let interviews: string[];
  /** Articles in the workspace: the interviews, the seed, and any article an earlier test wrote. */
  let articles: number;

  before(async function () {
    workbench = new Workbench(uiSession().page);
    const target = path.join(uiSession().workspace, 'articles', 'wikinews');
    fs.mkdirSync(target, { recursive: true });
    interviews = fs.readdirSync(wikinews).filter((f) => f.endsWith('.txt'));
    for (const f of interviews) fs.copyFileSync(path.join(wikinews, f), path.join(target, f));
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      const name = this.currentTest.title.replace(/[^\w-]+/g, '_');
      await uiSession().page.screenshot({ path: path.join(uiSession().artifactsDir, `${name}.png`) }).catch(() => undefined);
    }
  });

  const toasts = () => workbench.page.locator('.notifications-toasts .notification-toast');
  /** The progress notification, once it counts the articles as they go; sets `articles` from it. */
  const progress = async () => {
    const toast = toasts().filter({ hasText: /Annotating the workspace.*\d+ of \d+/ }).first();
    await toast.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    articles = Number(/\d+ of (\d+)/.exec((await toast.textContent()) ?? '')![1]);
    assert.ok(articles >= interviews.length + 1, `only ${articles} articles found: the interviews and the seed are ${interviews.length + 1}`);
    return toast;
  };

  it('Annotate Workspace can be stopped from its progress notification', async function () {
    await workbench.openViewContainer('News Annotator');
    await workbench.runCommand('News: Annotate Workspace');
    await (await progress()).locator('.monaco-button', { hasText: 'Cancel' }).click();
    await toasts().filter({ hasText: /stopped after \d+ articles?; the Corpus view shows those/ }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await workbench.runCommand('Notifications: Clear All Notifications');
  });

  it('Annotate Workspace shows its progress and fills the Corpus view', async function () {
    await workbench.openViewContainer('News Annotator');
    // Room for the Corpus view: the per-article views are folded, as a person would.
    for (const title of ['Entities', 'Quotes']) {
      const header = workbench.page.locator('.part.sidebar .pane-header', { hasText: new RegExp(`^\\s*${title}`, 'i') });
      if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
    }
    await workbench.runCommand('News: Annotate Workspace');
    await progress();
    await toasts().filter({ hasText: `annotated ${articles} articles` }).first().waitFor({ state: 'visible', timeout: 120_000 });
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

  it('Enter on a chart\'s Export CSV button saves its data where the save dialog says', async function () {
    const page = workbench.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await page.locator('button[data-chart="quotes-per-article"]').focus();
    await workbench.page.keyboard.press('Enter');
    // code-server's save dialog is a quick input holding the proposed path.
    const input = workbench.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    // The dialog fills in the proposed path a moment after it opens.
    await workbench.waitFor(() => input.inputValue(), (v) => /\/workspace\/quotes-per-article\.csv$/.test(v), 'the save dialog to propose quotes-per-article.csv');
    await workbench.page.keyboard.press('Enter');
    await toasts().filter({ hasText: /saved "Quotes per article" to quotes-per-article\.csv/ }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    const csv = fs.readFileSync(path.join(uiSession().workspace, 'quotes-per-article.csv'), 'utf8').trim().split('\n');
    assert.strictEqual(csv[0], 'Article,Quotes');
    assert.strictEqual(csv.length, articles + 1, 'a header and one row per article');
    for (const f of interviews) assert.ok(csv.some((row) => row.startsWith(`articles/wikinews/${f},`)), `${f} has no row`);
  });
});
