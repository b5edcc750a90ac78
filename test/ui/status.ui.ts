/**
 * UI tests of what the status bar and the side views say, on the packaged extension: the status
 * bar item is announced in plain words and says what a size limit skipped; the views name the
 * file they show and empty when a non-text editor is active; in a high-contrast theme entity
 * types are told by a label as well as by colour. Runs after marks.ui.ts in the same window, on
 * the seed. Settings are changed the way a person would in the workspace's settings file, and
 * removed again.
 */
import * as assert from 'assert';
import * as path from 'path';
import { uiSession, workspaceSettings } from './session';
import { STEP_TIMEOUT_MS, Workbench } from './workbench';

describe('status bar and views (packaged extension)', function () {
  let workbench: Workbench;
  const seedName = () => path.basename(uiSession().seedFile);

  before(async function () {
    workbench = new Workbench(uiSession().page);
    await workbench.quickOpen(seedName());
  });

  afterEach(async function () {
    workspaceSettings(undefined);
    if (this.currentTest?.state === 'failed') {
      const name = this.currentTest.title.replace(/[^\w-]+/g, '_');
      await uiSession().page.screenshot({ path: path.join(uiSession().artifactsDir, `${name}.png`) }).catch(() => undefined);
    }
  });

  it('the status bar item is announced in plain words, not Markdown', async function () {
    const item = workbench.statusBarItem(/^\s*News:.*\bpeople\b/);
    await item.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    const label = (await item.getAttribute('aria-label')) ?? '';
    assert.match(label, /^News Annotator: /);
    assert.doesNotMatch(label, /\*|\$\(|\n/, `the label has Markdown or icon names: ${JSON.stringify(label)}`);
  });

  it('over the size limit the status bar says entities and quotes were skipped, not that there are none', async function () {
    workspaceSettings({ 'newsAnnotator.maxAnalysisLength': 1000 });
    const item = workbench.statusBarItem(/^\s*News:.*skipped/);
    await item.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    assert.doesNotMatch((await item.textContent()) ?? '', /\d+ (people|quotes)/);
    workspaceSettings(undefined);
    await workbench.statusBarItem(/^\s*News:.*\bpeople\b/).waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  });

  it('the views name the file they show, and empty when a non-text editor is active', async function () {
    await workbench.openViewContainer('News Annotator');
    const description = (view: string) =>
      workbench.page.locator('.part.sidebar .pane-header').filter({ has: workbench.page.locator('h3.title', { hasText: new RegExp(`^${view}$`) }) }).locator('.description');
    await description('Entities').filter({ hasText: seedName() }).waitFor({ timeout: STEP_TIMEOUT_MS });
    await description('Quotes').filter({ hasText: seedName() }).waitFor({ timeout: STEP_TIMEOUT_MS });
    // The Settings editor is not a text editor: the views must not go on showing the article.
    await workbench.runCommand('Preferences: Open Settings (UI)');
    await workbench.page.locator('.settings-editor').waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await workbench.treeRows('Entities').filter({ hasText: 'Khawaja Asif' }).waitFor({ state: 'detached', timeout: STEP_TIMEOUT_MS });
    await workbench.page.locator('.part.sidebar .welcome-view-content').filter({ hasText: 'Open a news article' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
    assert.strictEqual(((await description('Entities').textContent()) ?? '').trim(), '');
    await workbench.page.keyboard.press('Control+W');
    await description('Entities').filter({ hasText: seedName() }).waitFor({ timeout: STEP_TIMEOUT_MS });
  });

  it('in a high-contrast theme each entity mark is followed by its type label', async function () {
    await workbench.focusEditor();
    const noLabels = await workbench.entityMarks();
    assert.ok(noLabels.length > 0 && noLabels.every((m) => m.label === ''), 'labels are shown before the theme changes');
    workspaceSettings({ 'workbench.colorTheme': 'Default High Contrast' });
    const marks = await workbench.waitFor(() => workbench.entityMarks(), (all) => all.length > 0 && all.some((m) => m.label), 'type labels');
    const missing = marks.filter((m) => !['PERSON', 'ORG', 'PLACE', 'NAT', 'DATE'].includes(m.label));
    assert.deepStrictEqual(missing, [], 'marks without a type label');
    workspaceSettings(undefined);
    await workbench.waitFor(() => workbench.entityMarks(), (all) => all.length > 0 && all.every((m) => !m.label), 'the labels to go with the high-contrast theme');
  });
});
