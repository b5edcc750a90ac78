import * as assert from 'assert';
import * as vscode from 'vscode';
import { analysisOf, closeAll, openWorkspaceFile, SEED, workspaceFile } from './helpers';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('exports from the editor', () => {
  afterEach(closeAll);

  it('News: Export Annotations writes the seed as a brat pair whose spans hold their texts', async () => {
    const editor = await openWorkspaceFile(SEED);
    const analysis = await analysisOf(editor.document);
    await vscode.commands.executeCommand('newsAnnotator.exportAnnotations', { scope: 'article', format: 'brat', existing: 'replace' });
    const base = `exports/${SEED.replace(/\.txt$/, '')}`;
    const txt = decode(await vscode.workspace.fs.readFile(workspaceFile(`${base}.txt`)));
    const ann = decode(await vscode.workspace.fs.readFile(workspaceFile(`${base}.ann`)));
    assert.strictEqual(txt, editor.document.getText());
    // brat counts code points; every T line's fragments hold the text it gives.
    const chars = Array.from(txt);
    const tLines = ann.split('\n').filter((l) => l.startsWith('T'));
    for (const line of tLines) {
      const [, typed, text] = line.split('\t');
      const frags = typed.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
      assert.strictEqual(frags.map(([s, e]) => chars.slice(s, e).join('')).join(' '), text, line);
    }
    const mentions = analysis.entities.reduce((n, e) => n + e.mentions.length, 0);
    assert.strictEqual(tLines.filter((l) => !/^T\d+\t(Content|Source|Cue) /.test(l)).length, mentions);
    assert.strictEqual(tLines.filter((l) => /^T\d+\tContent /.test(l)).length, analysis.quotes.length);
    assert.ok(/^E\d+\tCue:T\d+ Source:T\d+ Content:T\d+$/m.test(ann), 'speaker and cue joined to their quote');
  });

  it('exports every article of the workspace, one file each, into the export folder', async () => {
    await vscode.commands.executeCommand('newsAnnotator.exportAnnotations', { scope: 'workspace', format: 'json', existing: 'replace' });
    const seed = JSON.parse(decode(await vscode.workspace.fs.readFile(workspaceFile(`exports/${SEED.replace(/\.txt$/, '.json')}`))));
    assert.strictEqual(seed.schema, 'news-annotator/analysis');
    assert.strictEqual(seed.offsets, 'utf16');
    assert.ok(seed.results[0].entities.length > 0);
  });

  it('keeps files already in the export folder when asked to, writing only the missing ones', async () => {
    const editor = await openWorkspaceFile(SEED);
    await analysisOf(editor.document);
    await vscode.commands.executeCommand('newsAnnotator.exportAnnotations', { scope: 'article', format: 'brat', existing: 'replace' });
    const base = `exports/${SEED.replace(/\.txt$/, '')}`;
    const ann = workspaceFile(`${base}.ann`);
    const txt = workspaceFile(`${base}.txt`);
    // Someone's work in brat, and a file removed since.
    const edited = 'T1\tPerson 0 4\tedited by hand\n';
    await vscode.workspace.fs.writeFile(ann, new TextEncoder().encode(edited));
    await vscode.workspace.fs.delete(txt);
    await vscode.commands.executeCommand('newsAnnotator.exportAnnotations', { scope: 'article', format: 'brat', existing: 'keep' });
    assert.strictEqual(decode(await vscode.workspace.fs.readFile(ann)), edited);
    assert.strictEqual(decode(await vscode.workspace.fs.readFile(txt)), editor.document.getText());
  });

  it('News: Import Annotations turns the exported brat pair into the article\u2019s annotations file', async () => {
    const editor = await openWorkspaceFile(SEED);
    await analysisOf(editor.document);
    await vscode.commands.executeCommand('newsAnnotator.exportAnnotations', { scope: 'article', format: 'brat', existing: 'replace' });
    const ann = workspaceFile(`exports/${SEED.replace(/\.txt$/, '.ann')}`);
    await vscode.commands.executeCommand('newsAnnotator.importAnnotations', { format: 'brat', files: [ann] });
    const file = JSON.parse(decode(await vscode.workspace.fs.readFile(workspaceFile(`exports/${SEED}.annotations.json`))));
    assert.strictEqual(file.format, 'news-annotator/annotations');
    const marks = file.records.filter((r: { action: string }) => r.action === 'entity.mark').length;
    assert.strictEqual(marks, (await analysisOf(editor.document)).entities.reduce((n, e) => n + e.mentions.length, 0));
  });
});
