import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { legendHtml, LegendType, safeColor } from '../../src/guide/legendHtml';

const root = path.join(__dirname, '..', '..', '..');

const types: LegendType[] = [
  { type: 'person', name: 'Person', label: 'PERSON', example: 'Maria Lopez' },
  { type: 'event', name: 'Event (your own type)', label: 'EVENT', example: 'Event', color: '#e5c07b' },
];
const page = (over: Partial<Parameters<typeof legendHtml>[0]> = {}) =>
  legendHtml({ types, labelsShown: false, gutterIcons: { exact: 'x.svg', near: 'y.svg' }, nonce: 'N0', cspSource: 'vscode-resource:', ...over });

describe('legend page', () => {
  it('shows every kind of mark, each entity type machine and checked, in theme colours', () => {
    const html = page();
    for (const heading of ['Duplicate', 'Near duplicate', 'Quote (machine)', 'Quote (checked)', 'Unpaired quotation mark', 'Person', 'Event (your own type)']) {
      assert.ok(html.includes(`<th scope="row">${heading}</th>`), heading);
    }
    assert.ok(html.includes('var(--vscode-newsAnnotator-personBackground)'));
    assert.ok(html.includes('var(--vscode-newsAnnotator-duplicateBackground)'));
    assert.ok(html.includes('background: #e5c07b26; border-bottom-color: #e5c07b'), "a person's own type in its colour");
    assert.strictEqual((html.match(/class="mark machine /g) ?? []).length, types.length);
    assert.strictEqual((html.match(/class="mark reviewed /g) ?? []).length, types.length);
  });

  it('draws labels beside the samples only when the editor shows them', () => {
    const count = (html: string) => (html.match(/<span class="label /g) ?? []).length;
    assert.strictEqual(count(page()), types.length, 'the label column only');
    assert.strictEqual(count(page({ labelsShown: true })), 3 * types.length);
  });

  it('loads no script and keeps a colour from a setting inside its rule', () => {
    const html = page({ types: [{ type: 'x', name: '<b>x</b>', label: 'X', example: 'x', color: 'red; } body { display: none' }] });
    assert.ok(!/<script/i.test(html));
    assert.ok(html.includes(`default-src 'none'`) && !html.includes('script-src'));
    assert.ok(!html.includes('display: none'));
    assert.ok(html.includes('&lt;b&gt;x&lt;/b&gt;'));
    assert.strictEqual(safeColor('rgba(1, 2, 3, 0.5)'), 'rgba(1, 2, 3, 0.5)');
    assert.strictEqual(safeColor('url(http://x)'), undefined);
  });
});

describe('walkthrough', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const steps: Array<{ id: string; completionEvents: string[]; media: { svg?: string; altText?: string } }> = manifest.contributes.walkthroughs[0].steps;

  it('every step completes on something the person does, and has a theme-following image', () => {
    assert.ok(steps.length >= 7);
    for (const step of steps) {
      assert.ok(step.completionEvents.length && step.completionEvents.every((e) => /^on(Command|View|Context):/.test(e)), step.id);
      assert.ok(step.media.svg && step.media.altText, step.id);
      const svg = fs.readFileSync(path.join(root, step.media.svg), 'utf8');
      // Every colour is a theme variable (with a fallback), so the image follows the theme.
      const colours = [...svg.matchAll(/(?:fill|stroke|color)[=:]\s*"?([^";>]+)/g)].map((m) => m[1].trim()).filter((c) => c !== 'none');
      assert.ok(colours.length > 0, step.id);
      assert.deepStrictEqual(colours.filter((c) => !c.startsWith('var(--vscode-')), [], step.id);
    }
  });
});
