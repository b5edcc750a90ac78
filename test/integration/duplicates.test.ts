import * as assert from 'assert';
import * as vscode from 'vscode';
import { analysisOf, api, closeAll, hoverText, nextAnalysis, openWorkspaceFile, SEED } from './helpers';

const longA = 'The committee met on Tuesday to discuss the budget for next year and agreed to raise spending on schools.';
const longB = 'Officials in the northern province reported heavy rain that flooded roads and closed several bridges overnight.';

describe('duplicated paragraphs in the editor', () => {
  let seedText: string;

  before(async () => {
    const editor = await openWorkspaceFile(SEED);
    seedText = editor.document.getText();
  });
  afterEach(closeAll);

  it('reports one Problems entry for the block on lines 21-37', async () => {
    const editor = await openWorkspaceFile(SEED);
    const analysis = await analysisOf(editor.document);
    assert.strictEqual(analysis.duplicates.copies.length, 17);
    const diagnostics = await diagnosticsOf(editor.document.uri);
    assert.strictEqual(diagnostics.length, 1, JSON.stringify(diagnostics.map((d) => d.message)));
    assert.strictEqual(diagnostics[0].range.start.line, 20);
    assert.strictEqual(diagnostics[0].range.end.line, 20);
    assert.match(diagnostics[0].message, /Lines 21.37 repeat lines 4.20 \(17 duplicated paragraphs\)/);
    assert.strictEqual(diagnostics[0].relatedInformation?.[0].location.range.start.line, 3);
  });

  it('a hover on a copy names and links the original; the original has none', async () => {
    const editor = await openWorkspaceFile(SEED);
    await analysisOf(editor.document);
    const onCopy = hoverText(await hovers(editor.document.uri, new vscode.Position(25, 5)));
    assert.match(onCopy, /\*\*Duplicate of\*\* \[line 9\]\(.*#L9\)/);
    assert.match(onCopy, /lines 21.37 repeat lines 4.20/);
    const onOriginal = hoverText(await hovers(editor.document.uri, new vscode.Position(8, 5)));
    assert.doesNotMatch(onOriginal, /Duplicate of/);
  });

  it('offers quick fixes for the copy, the block and all', async () => {
    const editor = await openWorkspaceFile(SEED);
    await analysisOf(editor.document);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      new vscode.Range(25, 0, 25, 0),
    );
    const titles = actions.filter((a) => a.kind?.value === 'quickfix').map((a) => a.title);
    assert.ok(titles.includes('Remove this duplicate paragraph'), titles.join(' | '));
    assert.ok(titles.includes('Remove this duplicated block (17 paragraphs)'), titles.join(' | '));
  });

  it('"Remove Duplicate Paragraphs" leaves the first 20 lines, and one undo restores the article', async () => {
    const editor = await openWorkspaceFile(SEED);
    await analysisOf(editor.document);
    const removed = await vscode.commands.executeCommand<number>('newsAnnotator.removeDuplicates');
    assert.strictEqual(removed, 17);
    assert.strictEqual(editor.document.getText(), seedText.split('\n').slice(0, 20).join('\n'));
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), seedText);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('"Go to Next Duplicate" goes block by block, wrapping around; "Previous" goes back to a block\'s start first', async () => {
    const [a, b, c, d, e, f] = [
      longA,
      longB,
      'The new library opens in the spring after three years of building work and a long public debate.',
      'Farmers at the weekly market complained about the price of diesel and the late summer rain.',
      'A court in the capital postponed the hearing on the port contract until the end of next month.',
      'Union leaders and the tram company will meet again on Friday to settle the dispute over night shifts.',
    ];
    // Lines 5-6 repeat lines 1-2 (one block of two copies); line 8 repeats line 3 (another block).
    const editor = await openWorkspaceFile('articles/blocks.txt', [a, b, c, d, a, b, e, c, f].join('\n'));
    const analysis = await analysisOf(editor.document);
    assert.deepStrictEqual(analysis.duplicates.blocks.map((x) => x.copies), [[4, 5], [7]]);
    const steps: Array<[string, [number, number], number]> = [
      ['newsAnnotator.nextDuplicate', [0, 0], 4],
      ['newsAnnotator.nextDuplicate', [4, 0], 7],
      ['newsAnnotator.nextDuplicate', [7, 0], 4],
      ['newsAnnotator.nextDuplicate', [5, 10], 7],
      ['newsAnnotator.previousDuplicate', [4, 0], 7],
      ['newsAnnotator.previousDuplicate', [7, 0], 4],
      ['newsAnnotator.previousDuplicate', [5, 10], 4],
      ['newsAnnotator.previousDuplicate', [8, 3], 7],
    ];
    for (const [command, [line, character], expected] of steps) {
      editor.selection = new vscode.Selection(line, character, line, character);
      await vscode.commands.executeCommand(command);
      assert.deepStrictEqual([editor.selection.active.line, editor.selection.active.character], [expected, 0], `${command} from ${line}:${character}`);
    }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('"Go to Next Duplicate" treats the seed\'s 17 copies as one step', async () => {
    const editor = await openWorkspaceFile(SEED);
    await analysisOf(editor.document);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('newsAnnotator.nextDuplicate');
    assert.strictEqual(editor.selection.active.line, 20);
    await vscode.commands.executeCommand('newsAnnotator.nextDuplicate');
    assert.strictEqual(editor.selection.active.line, 20);
    editor.selection = new vscode.Selection(36, 3, 36, 3);
    await vscode.commands.executeCommand('newsAnnotator.previousDuplicate');
    assert.strictEqual(editor.selection.active.line, 20);
  });

  it('a near duplicate shows what changed, and removing all keeps it', async () => {
    const text = `${longA}\n\n${longB}\n\n${longA.replace('Tuesday', 'Wednesday')}\n`;
    const editor = await openWorkspaceFile('articles/near.txt', text);
    const analysis = await analysisOf(editor.document);
    assert.deepStrictEqual(analysis.duplicates.copies.map((c) => [c.paragraph, c.kind]), [[2, 'near']]);
    const hover = hoverText(await hovers(editor.document.uri, new vscode.Position(4, 3)));
    assert.match(hover, /Near duplicate of/);
    assert.match(hover, /~~Tuesday~~ \u2192 \*\*Wednesday\*\*/);
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.removeDuplicates'), 0);
    assert.strictEqual(editor.document.getText(), text);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('two paragraphs sharing a long phrase are not reported', async () => {
    const shared = 'according to the latest figures released by the national statistics office on Monday';
    const text = `Prices rose sharply, ${shared}, while wages stalled.\n\nUnemployment fell to a record low, ${shared}, surprising economists.\n`;
    const editor = await openWorkspaceFile('articles/phrase.txt', text);
    const analysis = await analysisOf(editor.document);
    assert.deepStrictEqual(analysis.duplicates.copies, []);
    assert.deepStrictEqual(await diagnosticsOf(editor.document.uri, 0), []);
  });

  it('works on CRLF text with emoji and right-to-left script, with exact offsets', async () => {
    const rtl = 'قال الوزير إن المحادثات ستستمر الأسبوع المقبل في العاصمة 👋🏽';
    const text = `${rtl}\r\n${longA}\r\n${rtl}\r\n`;
    const editor = await openWorkspaceFile('articles/crlf.txt', text);
    const analysis = await analysisOf(editor.document);
    assert.deepStrictEqual(analysis.duplicates.copies.map((c) => c.paragraph), [2]);
    const diagnostics = await diagnosticsOf(editor.document.uri);
    assert.strictEqual(editor.document.getText(diagnostics[0].range), rtl);
    await vscode.commands.executeCommand('newsAnnotator.removeDuplicates');
    assert.strictEqual(editor.document.getText(), `${rtl}\r\n${longA}\r\n`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('empty and one-line files give an empty result, no error', async () => {
    for (const [name, text] of [['articles/empty.txt', ''], ['articles/one.txt', 'Just one line.']]) {
      const editor = await openWorkspaceFile(name, text);
      const analysis = await analysisOf(editor.document);
      assert.strictEqual(analysis.duplicates.copies.length, 0);
      assert.strictEqual(analysis.paragraphs.length, text ? 1 : 0);
    }
  });

  it('binary content is not annotated and loses nothing', async () => {
    // VS Code itself refuses to open a binary file as text; binary bytes can still reach an
    // editor (pasted, or a file opened as text with another encoding), so the store checks.
    const text = 'PK\u0003\u0004\u0000\u0000binary\u0000data\n'.repeat(20);
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: text });
    const editor = await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('newsAnnotator.toggleAnnotation');
    assert.strictEqual(await (await api()).analyze(editor.document), undefined);
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.removeDuplicates'), 0);
    assert.strictEqual(editor.document.getText(), text);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('a 20 MB article is analysed with every copy found', async function () {
    // Writing and opening 20 MB through the workbench takes most of this test's time.
    this.timeout(240_000);
    const paragraphs = Array.from({ length: 40000 }, (_, i) => `Paragraph ${i} reports on event number ${i * 7919} in the region, with details ${'x'.repeat(i % 300)}.`);
    let text = paragraphs.join('\n');
    while (text.length < 20_000_000) text += `\n${paragraphs[text.length % paragraphs.length]}`;
    const editor = await openWorkspaceFile('articles/huge.txt', text);
    const analysis = await analysisOf(editor.document);
    assert.strictEqual(analysis.length, editor.document.getText().length);
    assert.ok(analysis.duplicates.copies.length > 1000);
    // Thousands of scattered copies must not flood the Problems panel.
    assert.ok(analysis.duplicates.blocks.length > 1000);
    const listed = await diagnosticsOf(editor.document.uri, 201);
    assert.strictEqual(listed.length, 201);
    assert.match(listed[200].message, /^\d+ more duplicated blocks are not listed here/);
    const last = analysis.paragraphs[analysis.paragraphs.length - 1];
    assert.strictEqual(editor.document.getText(new vscode.Range(editor.document.positionAt(last.start), editor.document.positionAt(last.end))), last.text);
  });

  it('an edit racing the analysis: every result is labelled with the version it was made of, and the newest is stored', async () => {
    const editor = await openWorkspaceFile('articles/race.txt', `${longA}\n${longB}\n`);
    const document = editor.document;
    await analysisOf(document);
    const lengthAt = new Map<number, number>();
    const seen: Array<{ version: number; length: number }> = [];
    const sub = (await api()).onDidAnalyze((e) => e.document === document && seen.push({ version: e.version, length: e.analysis.length }));
    try {
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(2, 0), `${longA}\n`)));
      lengthAt.set(document.version, document.getText().length);
      // Starts the analysis of this version now, then edits again while it runs.
      const racing = (await api()).analyze(document);
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(3, 0), `${longB}\n`)));
      const finalVersion = document.version;
      lengthAt.set(finalVersion, document.getText().length);
      const final = await nextAnalysis(document, finalVersion);
      const raced = await racing;
      // The raced result either came in time for its own version or was dropped, never applied to the newer one.
      if (raced) assert.strictEqual(raced.length, lengthAt.get(finalVersion - 1));
      assert.strictEqual(final.length, document.getText().length);
      assert.deepStrictEqual(final.duplicates.copies.map((c) => c.paragraph), [2, 3]);
      for (const e of seen) assert.strictEqual(e.length, lengthAt.get(e.version), `an analysis labelled version ${e.version} has another version's text`);
      // What the editor shows is the newest analysis: the Problems entry covers the copy of A.
      const shown = vscode.languages.getDiagnostics(document.uri).filter((d) => d.code === 'duplicate-paragraphs');
      assert.deepStrictEqual(shown.map((d) => document.getText(d.range)), [longA]);
      assert.strictEqual((await (await api()).analyze(document))?.length, document.getText().length);
    } finally {
      sub.dispose();
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('"Open Demo Article" opens the bundled seed as an annotated untitled copy', async () => {
    await vscode.commands.executeCommand('newsAnnotator.openDemo');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.isUntitled);
    assert.strictEqual(editor.document.getText(), seedText);
    assert.strictEqual((await analysisOf(editor.document)).duplicates.copies.length, 17);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('annotation can be turned off and on for a file whatever its name', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const uri = vscode.Uri.joinPath(folder, 'notes.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${longA}\n${longA}\n`));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    assert.strictEqual(await (await api()).analyze(editor.document), undefined);
    await vscode.commands.executeCommand('newsAnnotator.toggleAnnotation');
    assert.strictEqual((await analysisOf(editor.document)).duplicates.copies.length, 1);
    await vscode.commands.executeCommand('newsAnnotator.toggleAnnotation');
    assert.strictEqual(await (await api()).analyze(editor.document), undefined);
    assert.deepStrictEqual(await diagnosticsOf(editor.document.uri, 0), []);
  });
});

async function hovers(uri: vscode.Uri, position: vscode.Position): Promise<vscode.Hover[]> {
  return vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
}

/** The extension's duplicate diagnostics for a file, once there are `count` of them (diagnostics are published asynchronously). */
async function diagnosticsOf(uri: vscode.Uri, count = 1): Promise<vscode.Diagnostic[]> {
  const mine = () => vscode.languages.getDiagnostics(uri).filter((d) => d.code === 'duplicate-paragraphs');
  if (mine().length >= count) return mine();
  return new Promise((resolve) => {
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString()) && mine().length >= count) {
        sub.dispose();
        resolve(mine());
      }
    });
  });
}
