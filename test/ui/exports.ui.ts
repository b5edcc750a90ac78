/**
 * UI test of News: Export Annotations on the packaged extension: from the command palette, on
 * the seed, as a person would (the command, then "This article", then "brat"); the brat pair is
 * written into the workspace's export folder and its spans hold their texts.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { uiSession } from './session';
import { STEP_TIMEOUT_MS, Workbench } from './workbench';

describe('export annotations (packaged extension)', function () {
  let workbench: Workbench;

  before(async function () {
    workbench = new Workbench(uiSession().page);
    await workbench.quickOpen(path.basename(uiSession().seedFile));
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      const name = this.currentTest.title.replace(/[^\w-]+/g, '_');
      await uiSession().page.screenshot({ path: path.join(uiSession().artifactsDir, `${name}.png`) }).catch(() => undefined);
    }
  });

  it('News: Export Annotations on the seed writes a brat pair', async function () {
    const page = workbench.page;
    const input = page.locator('.quick-input-widget .quick-input-box input');
    const pick = async (label: string) => {
      const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${label}\\s*$`) }) });
      await row.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
      await row.first().click();
    };
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await input.fill('>News: Export Annotations');
    await pick('News: Export Annotations…');
    await pick('This article');
    await pick('brat');
    // The notification says where the files went once they are written.
    const toast = page.locator('.notifications-toasts .notification-toast').filter({ hasText: /2 files written to exports/ });
    await toast.waitFor({ timeout: STEP_TIMEOUT_MS });
    // Its button shows the written .ann file in the Explorer, selected.
    await toast.getByRole('button', { name: 'Reveal in Explorer' }).click();
    await page
      .locator('.explorer-folders-view .monaco-list-row.selected')
      .filter({ hasText: path.basename(uiSession().seedFile).replace(/\.txt$/, '.ann') })
      .waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    const base = path.join(uiSession().workspace, 'exports', path.relative(uiSession().workspace, uiSession().seedFile).replace(/\.txt$/, ''));
    const txt = fs.readFileSync(`${base}.txt`, 'utf8');
    const ann = fs.readFileSync(`${base}.ann`, 'utf8');
    const chars = Array.from(txt);
    const spans = ann.split('\n').filter((l) => l.startsWith('T'));
    assert.ok(spans.some((l) => /\tPerson \d+ \d+\tKhawaja Asif$/.test(l)), 'a person is exported');
    assert.ok(/^E\d+\tCue:T\d+ Source:T\d+ Content:T\d+$/m.test(ann), 'a quote with its speaker and cue');
    for (const line of spans) {
      const [, typed, text] = line.split('\t');
      const frags = typed.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
      assert.strictEqual(frags.map(([s, e]) => chars.slice(s, e).join('')).join(' '), text, line);
    }
  });
});
