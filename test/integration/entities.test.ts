import * as assert from 'assert';
import * as vscode from 'vscode';
import { analysisOf, closeAll, hoverText, openWorkspaceFile, SEED } from './helpers';

/** The position of the n-th occurrence (from 0) of a word in a document. */
function positionOf(document: vscode.TextDocument, word: string, nth = 0): vscode.Position {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(word, at + 1);
  assert.ok(at >= 0, `"${word}" #${nth} not in the document`);
  return document.positionAt(at + 1);
}

describe('entities in the editor', () => {
  afterEach(closeAll);

  it('finds the four people of the seed, with short forms linked', async () => {
    const editor = await openWorkspaceFile(SEED);
    const analysis = await analysisOf(editor.document);
    const people = analysis.entities.filter((e) => e.type === 'person').map((e) => e.canonical).sort();
    assert.deepStrictEqual(people, ['Khawaja Asif', 'Nawaz Sharif', 'Sergei Shoigu', 'Tasneem Aslam']);
  });

  it('a hover on "Shoigu" shows the full name, type and role', async () => {
    const editor = await openWorkspaceFile(SEED);
    await analysisOf(editor.document);
    // "Shoigu said" on line 12 is the short form.
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'Shoigu said')));
    assert.match(text, /\*\*Sergei Shoigu\*\* \u2014 Person/);
    assert.match(text, /Roles: Defence Minister/);
    assert.match(text, /Also mentioned as: Shoigu/);
    assert.match(text, /Quoted \d+ time/);
  });

  it('highlights and lists every mention of the entity under the cursor', async () => {
    const editor = await openWorkspaceFile(SEED);
    const analysis = await analysisOf(editor.document);
    const asif = analysis.entities.find((e) => e.canonical === 'Khawaja Asif')!;
    const at = positionOf(editor.document, 'Asif appreciated');
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', editor.document.uri, at);
    assert.strictEqual(highlights.length, asif.mentions.length);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, at);
    assert.deepStrictEqual(
      refs.map((r) => editor.document.getText(r.range)).sort(),
      asif.mentions.map((m) => m.text).sort(),
    );
  });

  it('Rename Symbol fixes a name in every mention, in one undoable edit', async () => {
    const editor = await openWorkspaceFile(SEED);
    const before = editor.document.getText();
    await analysisOf(editor.document);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', editor.document.uri, positionOf(editor.document, 'Shoigu said'), 'Shoygu');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = editor.document.getText();
    assert.ok(!after.includes('Shoigu'), 'an old form is left');
    assert.strictEqual(after.split('Sergei Shoygu').length - 1, before.split('Sergei Shoigu').length - 1);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), before);
  });

  it('shown types can be chosen: a hidden type gets no hover', async () => {
    const editor = await openWorkspaceFile(SEED);
    await analysisOf(editor.document);
    const config = vscode.workspace.getConfiguration('newsAnnotator');
    await config.update('entities.shownTypes', ['place'], vscode.ConfigurationTarget.Global);
    try {
      const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'Sergei Shoigu')));
      assert.doesNotMatch(text, /Sergei Shoigu\*\* \u2014 Person/);
    } finally {
      await config.update('entities.shownTypes', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

describe('quotes in the editor', () => {
  afterEach(closeAll);

  it('attributes the seed quotes to their speakers, through pronouns and roles', async () => {
    const editor = await openWorkspaceFile(SEED);
    const analysis = await analysisOf(editor.document);
    const speakerOf = (start: string) => {
      const q = analysis.quotes.find((x) => x.text.replace(/^[\u201c"]/, '').startsWith(start));
      assert.ok(q, `no quote starting "${start}"`);
      return analysis.entities.find((e) => e.id === q.speakerEntity)?.canonical;
    };
    assert.strictEqual(speakerOf('Both sides will translate'), 'Khawaja Asif');
    assert.strictEqual(speakerOf('The world community'), 'Sergei Shoigu');
    assert.strictEqual(speakerOf('Our ties with Moscow'), 'Tasneem Aslam');
    assert.ok(analysis.scareQuotes.some((s) => s.text.includes('milestone')));
    assert.ok(!analysis.quotes.some((q) => q.text === "'milestone'"));
  });

  it('a hover on a quote gives its speaker, cue and kind', async () => {
    const editor = await openWorkspaceFile(SEED);
    await analysisOf(editor.document);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'world community')));
    assert.match(text, /\*\*Quote\*\* \u2014 direct speech/);
    assert.match(text, /Speaker: Sergei Shoigu \(as \u201cShoigu\u201d\)/);
    assert.match(text, /Cue: \u201csaid\u201d/);
  });
});
