/**
 * The first five minutes: the walkthrough's buttons and completion events name commands that
 * exist, its buttons act on the article wherever the focus is, News: Show Legend opens its page
 * and News: Copy Command-Line Path copies a command line that names the shipped CLI.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, EXTENSION_ID, TEST_HOST } from './helpers';

interface Step {
  id: string;
  description: string;
  completionEvents: string[];
  media: { svg?: string };
}

/** The walkthrough's steps, their texts read through package.nls.json where the manifest names a %key%. */
async function steps(): Promise<Step[]> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
  const nls = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'package.nls.json')))) as Record<string, string>;
  const text = (s: string) => (/^%[^%]+%$/.test(s) ? nls[s.slice(1, -1)] : s);
  const manifest = extension.packageJSON as { contributes: { walkthroughs: Array<{ steps: Step[] }> } };
  return manifest.contributes.walkthroughs.flatMap((w) => w.steps).map((s) => ({ ...s, description: text(s.description) }));
}

describe('walkthrough, legend and CLI path', () => {
  before(async () => {
    await api();
  });
  afterEach(closeAll);

  it('every command a walkthrough step links to or completes on is registered', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const all = await steps();
    const named = all.flatMap((s) => [
      ...Array.from(s.description.matchAll(/\(command:([\w.]+)/g), (m) => m[1]),
      ...s.completionEvents.filter((e) => e.startsWith('onCommand:')).map((e) => e.slice('onCommand:'.length)),
    ]);
    assert.ok(named.length >= all.length, 'the steps name commands');
    assert.deepStrictEqual(named.filter((c) => !registered.has(c)), []);
  });

  it("a step's button acts on the article even when another editor has the focus", async () => {
    await vscode.commands.executeCommand('newsAnnotator.openDemo');
    const demo = vscode.window.activeTextEditor!.document;
    await (await api()).analyze(demo);
    // Another editor in front, as the walkthrough page is when its button is pressed.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: 'not an article' }), vscode.ViewColumn.Beside);
    await vscode.commands.executeCommand('newsAnnotator.walkthrough.review');
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document, demo, 'the demo article is focused');
    assert.ok(!editor.selection.isEmpty, 'Go to Next Unreviewed selected an annotation');
    const analysis = (await api()).shown(demo)!;
    const start = demo.offsetAt(editor.selection.start);
    const end = demo.offsetAt(editor.selection.end);
    const spans = [...analysis.entities.flatMap((e) => e.mentions), ...analysis.quotes];
    assert.ok(spans.some((s) => s.start === start && s.end === end), 'the selection is an annotation of the article');
  });

  it('News: Show Legend opens the legend page', async () => {
    const legends = () =>
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('newsAnnotator.legend'));
    // The tab model follows the workbench a moment later: wait for its change event.
    const opened = new Promise<void>((resolve) => {
      const sub = vscode.window.tabGroups.onDidChangeTabs(() => {
        if (legends().length) {
          sub.dispose();
          resolve();
        }
      });
    });
    await vscode.commands.executeCommand('newsAnnotator.showLegend');
    await opened;
    assert.strictEqual(legends().length, 1);
    assert.strictEqual(legends()[0].label, 'News Annotator Legend');
  });

  it('News: Copy Command-Line Path copies `node "<extension>/dist/cli.js"`, a file the extension ships (in the web worker host: nothing, there is no local file)', async () => {
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('newsAnnotator.copyCliPath');
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const cli = vscode.Uri.joinPath(extension.extensionUri, 'dist', 'cli.js');
    if (TEST_HOST === 'web') {
      assert.strictEqual(await vscode.env.clipboard.readText(), '');
      return;
    }
    assert.strictEqual(await vscode.env.clipboard.readText(), `node "${cli.fsPath}"`);
    assert.ok((await vscode.workspace.fs.stat(cli)).size > 0);
  });
});
