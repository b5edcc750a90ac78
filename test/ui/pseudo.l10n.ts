/**
 * The pseudo-localised workbench (`npm run test:ui:pseudo`: code-server with `--locale qps-ploc`,
 * where every string of the extension reads `[!! … !!]`, npm run l10n): the packaged extension's
 * commands, views, welcome text, status bar item, hovers and quick picks show no text of ours
 * that is not wrapped, so none skipped vscode.l10n.t or package.nls.json. VS Code's own text
 * stays English (no language pack), and so does the article's (names, quoted words).
 */
import * as assert from 'assert';
import * as path from 'path';
import { uiSession } from './session';
import { STEP_TIMEOUT_MS, Workbench } from './workbench';

const OPEN = '[!! ';
const CLOSE = ' !!]';
// A Markdown link's label is wrapped without brackets, so that the link still parses.
const LINK_OPEN = '!! ';
const LINK_CLOSE = ' !!';

/**
 * The text outside every wrapper (wrappers nest: a wrapped message may hold wrapped values),
 * less the `data` (file and entity names): what VS Code would show untranslated.
 */
export function unwrappedText(text: string, data: string[] = []): string {
  let depth = 0;
  let outside = '';
  for (let i = 0; i < text.length; ) {
    if (text.startsWith(OPEN, i)) {
      depth++;
      i += OPEN.length;
    } else if (depth > 0 && text.startsWith(CLOSE, i)) {
      depth--;
      i += CLOSE.length;
    } else if (text.startsWith(LINK_OPEN, i) && (i === 0 || /\s/.test(text[i - 1]))) {
      depth++;
      i += LINK_OPEN.length;
    } else if (depth > 0 && text.startsWith(LINK_CLOSE, i)) {
      depth--;
      i += LINK_CLOSE.length;
    } else {
      if (depth === 0) outside += text[i];
      i++;
    }
  }
  for (const d of data) outside = outside.split(d).join(' ');
  return outside;
}

/** Untranslated words in `text`: runs of two or more letters outside the wrappers and the data. */
function untranslated(text: string, data: string[] = []): string[] {
  return unwrappedText(text, data).match(/\p{L}{2,}/gu) ?? [];
}

describe('pseudo-locale: no unwrapped text of the extension in the workbench', function () {
  let workbench: Workbench;
  const seedName = () => path.basename(uiSession().seedFile);
  const seen: string[] = [];
  const check = (where: string, text: string, data: string[] = []) => {
    seen.push(`${where}: ${text}`);
    assert.deepStrictEqual(untranslated(text, data), [], `${where} shows text that is not localised: ${JSON.stringify(text)}`);
  };

  before(async function () {
    workbench = new Workbench(uiSession().page);
    await workbench.quickOpen(seedName());
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      const name = this.currentTest.title.replace(/[^\w-]+/g, '_');
      await uiSession().page.screenshot({ path: path.join(uiSession().artifactsDir, `${name}.png`) }).catch(() => undefined);
    }
  });

  it('the wrapper check finds words outside the wrappers and passes wrapped ones, nested or as link labels', () => {
    assert.deepStrictEqual(untranslated('[!! News: [!! 3 people !!] · [!! 2 quotes !!] !!]'), []);
    assert.deepStrictEqual(untranslated('[!! Open a news article. !!] !! Open Demo Article !!'), []);
    assert.deepStrictEqual(untranslated('[!! Duplicate of !!] line 4'), ['line']);
    assert.deepStrictEqual(untranslated('News: 3 people'), ['News', 'people']);
    assert.deepStrictEqual(untranslated('[!! Roles: {0} !!] seed.txt', ['seed.txt']), []);
  });

  it('the command palette lists the News commands wrapped, category and title', async function () {
    const page = workbench.page;
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await input.fill('>News');
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.filter({ hasText: '!!' }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    // A row's first label is the title; under it VS Code shows the English one as an alias, as it
    // does for every command in a language other than English.
    const labels: string[] = [];
    for (const row of await rows.all()) labels.push(((await row.locator('.label-name').first().textContent()) ?? '').trim());
    assert.ok(labels.some((l) => l.startsWith('[!! News !!]: [!! ')), `no wrapped News command among ${JSON.stringify(labels)}`);
    for (const label of labels.filter((l) => /(?:^|\W)News\b/.test(l))) check('a command in the palette', label);
    await page.keyboard.press('Escape');
  });

  /** Opens the extension's side bar by its (wrapped) activity bar icon. */
  const openViews = async () => {
    const page = workbench.page;
    const icon = page.locator('.part.activitybar .action-item a[aria-label^="[!! News Annotator !!]"]');
    await icon.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    const item = page.locator('.part.activitybar .action-item').filter({ has: page.locator('a[aria-label^="[!! News Annotator !!]"]') });
    if (!/\bchecked\b/.test((await item.getAttribute('class')) ?? '')) await icon.click();
  };

  it('the view container, the views and their messages and rows are wrapped', async function () {
    const page = workbench.page;
    await openViews();
    const headers = page.locator('.part.sidebar .pane-header h3.title');
    await headers.filter({ hasText: '[!! Entities !!]' }).waitFor({ timeout: STEP_TIMEOUT_MS });
    for (const title of await headers.allTextContents()) check('a view title', title);
    check('the side bar title', (await page.locator('.part.sidebar .composite.title').textContent()) ?? '');
    // The article's own words (names, roles, quoted text) are data: the rows checked are the
    // groups the extension names (entity types) and the views' messages.
    const entities = page.locator('.part.sidebar .pane').filter({ has: page.locator('.pane-header', { hasText: '[!! Entities !!]' }) });
    const typeRows = entities.locator('.monaco-list-row[aria-level="1"] .label-name');
    await typeRows.first().waitFor({ timeout: STEP_TIMEOUT_MS });
    for (const row of await typeRows.allTextContents()) check('an entity type row', row);
    const messages = (await page.locator('.part.sidebar .pane .message').allTextContents()).filter((m) => m.trim());
    assert.ok(messages.length > 0, 'the views show their messages (counts, review progress)');
    for (const message of messages) check('a view message', message);
  });

  it('the status bar item and a duplicate hover are wrapped', async function () {
    const item = workbench.statusBarItem(/News/);
    await item.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    check('the status bar item', (await item.textContent()) ?? '');
    check('the status bar item\'s label', (await item.getAttribute('aria-label')) ?? '', []);
    await workbench.focusEditor();
    const lines = await workbench.waitForLines((all) => all.some((l) => l.wholeLineDecorated), 'a duplicated line marked');
    const copy = lines.filter((l) => l.wholeLineDecorated).pop();
    assert.ok(copy, 'a duplicated line is marked');
    await workbench.hoverLine(copy.number);
    // The editor's hover (the activity bar's tooltip is a .monaco-hover too).
    const hover = workbench.hover('Duplicate of');
    await hover.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    // Opaque: the hover fades in (the product of its and its ancestors' opacity reaches 1).
    await workbench.waitFor(
      () =>
        hover.first().evaluate((el) => {
          const g = globalThis as unknown as { getComputedStyle(e: unknown): { opacity: string } };
          let opacity = 1;
          for (let e = el as { parentElement: unknown } | null; e; e = e.parentElement as typeof e) opacity *= Number(g.getComputedStyle(e).opacity);
          return opacity;
        }),
      (opacity) => opacity === 1,
      'the hover to fade in',
    );
    // The README's picture: the side views, the status bar and the hover, all wrapped.
    await uiSession().page.screenshot({ path: uiSession().screenshotPath });
    check('the duplicate hover', (await hover.first().textContent()) ?? '');
    // The hover goes with the pointer, as when a person moves on.
    await workbench.page.mouse.move(1, 1);
    await hover.first().waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
  });

  it('a quick pick of the extension is wrapped: News: Choose Shown Entity Types', async function () {
    await workbench.focusEditor();
    // Found by its English title, which the palette matches too (a long pseudo query makes the
    // palette's fuzzy matching crawl); the row must show the wrapped one.
    const page = workbench.page;
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await input.fill('>Choose Shown Entity Types');
    const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: '[!! News !!]: [!! Choose Shown Entity Types !!]' });
    await row.first().click({ timeout: STEP_TIMEOUT_MS });
    const title = workbench.page.locator('.quick-input-widget .quick-input-title');
    await title.filter({ hasText: '!!' }).waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    check('the quick pick title', (await title.textContent()) ?? '');
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.filter({ hasText: '[!! Person !!]' }).waitFor({ timeout: STEP_TIMEOUT_MS });
    for (const row of await rows.all()) check('a quick pick item', (await row.locator('.label-name').first().textContent()) ?? '');
    await workbench.page.keyboard.press('Escape');
  });

  it('the welcome text of a view is wrapped, its buttons too', async function () {
    await openViews();
    await workbench.runCommand('Preferences: Open Settings (UI)');
    await workbench.page.locator('.settings-editor').waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    const welcome = workbench.page.locator('.part.sidebar .welcome-view-content').first();
    await welcome.filter({ hasText: '!!' }).waitFor({ timeout: STEP_TIMEOUT_MS });
    const parts = await welcome.locator('p, a, .monaco-button').allTextContents();
    assert.ok(parts.some((p) => p.includes('!!')), `no welcome text read: ${JSON.stringify(parts)}`);
    for (const part of parts) check('welcome text', part);
    await workbench.page.keyboard.press('Control+W');
  });

  after(() => {
    // What was looked at, for a person reading the run's log.
    if (process.env.NEWS_ANNOTATOR_PSEUDO_VERBOSE) console.log(seen.join('\n'));
  });
});
