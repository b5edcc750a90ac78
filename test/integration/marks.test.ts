import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CorrectedAnalysis, Span } from '../../src/analysis';
import { analysisOf, api, closeAll, nextAnalysis, openWorkspaceFile, SEED, workspaceFile } from './helpers';

/** Every entity mention as "text@start". */
function mentions(a: CorrectedAnalysis): string[] {
  return a.entities.flatMap((e) => e.mentions.map((m) => `${m.text}@${m.start}`)).sort();
}

/** Every span the editor shows lies on its own text: mentions, quotes with their cues and speakers, paragraphs. */
function assertOnText(a: CorrectedAnalysis, text: string): void {
  const on = (s: Span & { text: string }, what: string) => assert.strictEqual(text.slice(s.start, s.end), s.text, `${what} at ${s.start}`);
  assert.strictEqual(a.length, text.length);
  a.entities.forEach((e) => e.mentions.forEach((m) => on(m, 'mention')));
  a.quotes.forEach((q) => {
    on(q, 'quote');
    if (q.cue) on(q.cue, 'cue');
    if (q.speaker) on(q.speaker, 'speaker');
  });
  a.paragraphs.forEach((p) => on(p, 'paragraph'));
}

/**
 * Makes an edit and returns what the extension shows right after the edit's change event, in
 * the listener (the extension's own listener runs first), before any new analysis: the debounce
 * is still waiting then.
 */
async function editAndLook(editor: vscode.TextEditor, at: number, insert: string): Promise<{ shown: CorrectedAnalysis | undefined; text: string; analysedMeanwhile: boolean }> {
  const ext = await api();
  let analysedMeanwhile = false;
  const analysed = ext.onDidAnalyze((e) => {
    if (e.document === editor.document) analysedMeanwhile = true;
  });
  const seen = new Promise<{ shown: CorrectedAnalysis | undefined; text: string; analysedMeanwhile: boolean }>((resolve) => {
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document !== editor.document) return;
      sub.dispose();
      analysed.dispose();
      resolve({ shown: ext.shown(e.document), text: e.document.getText(), analysedMeanwhile });
    });
  });
  assert.ok(await editor.edit((b) => b.insert(editor.document.positionAt(at), insert)));
  return seen;
}

/** The seed's text, in a file of its own so that tests may type into it. */
async function seedCopy(name: string): Promise<vscode.TextEditor> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(SEED)));
  return openWorkspaceFile(name, text);
}

describe('marks while typing (the shown analysis is mapped through every edit)', () => {
  afterEach(closeAll);

  it('typing at the start of a line moves every mark with its text and drops the name typed against, at once', async () => {
    const editor = await seedCopy('articles/typing-start.txt');
    const before = await analysisOf(editor.document);
    const text = editor.document.getText();
    // A line that starts with a name, after the first line so that marks before it stay put.
    const first = before.entities.flatMap((e) => e.mentions).filter((m) => m.start > 0 && text[m.start - 1] === '\n').sort((a, b) => a.start - b.start)[0];
    assert.ok(first, 'no line of the seed starts with a name');
    const { shown, text: after, analysedMeanwhile } = await editAndLook(editor, first.start, 'So ');
    assert.strictEqual(analysedMeanwhile, false, 'a new analysis came before the change event');
    assert.ok(shown, 'nothing is shown right after the edit');
    assertOnText(shown, after);
    const expected = before.entities
      .flatMap((e) => e.mentions)
      .filter((m) => m.end < first.start || m.start > first.start)
      .map((m) => `${m.text}@${m.start > first.start ? m.start + 3 : m.start}`)
      .sort();
    assert.deepStrictEqual(mentions(shown), expected);
  });

  it('typing at the end of a name drops its mark instead of growing it over the new letter', async () => {
    const editor = await seedCopy('articles/typing-end.txt');
    const before = await analysisOf(editor.document);
    const name = before.entities.find((e) => e.type === 'person')!.mentions[0];
    const { shown, text } = await editAndLook(editor, name.end, 's');
    assert.ok(shown);
    assertOnText(shown, text);
    assert.ok(!shown.entities.some((e) => e.mentions.some((m) => m.start <= name.end && m.end >= name.start)), 'a mark still touches the changed name');
  });

  it('after the pause the new analysis replaces the mapped one', async () => {
    const editor = await seedCopy('articles/typing-pause.txt');
    await analysisOf(editor.document);
    const { text } = await editAndLook(editor, 0, 'Update: ');
    const fresh = await nextAnalysis(editor.document, editor.document.version);
    assert.strictEqual((await api()).shown(editor.document), fresh);
    assertOnText(fresh, text);
  });

  it('an analysis that lands after later edits is shown mapped through them', async () => {
    const editor = await openWorkspaceFile('articles/typing-long.txt', 'The council met on Monday.\n\nIt met again on Friday.\n');
    await analysisOf(editor.document);
    const ext = await api();
    // Pasting a long new text ending with a new name takes the analysis a while (none of it is
    // cached); typing at the start goes on meanwhile.
    const pasted = Array.from({ length: 1500 }, (_, i) => `Delegates from region ${i} met in Geneva on Friday, and Maria Olsen said the talks went on.`);
    pasted.push('Bruno Lindqvist spoke to reporters in Oslo on Tuesday.\n');
    const end = editor.document.getText().length;
    assert.ok(await editor.edit((b) => b.insert(editor.document.positionAt(end), `\n${pasted.join('\n\n')}`)));
    const name = editor.document.getText().indexOf('Bruno Lindqvist');
    const running = ext.analyze(editor.document);
    const { text } = await editAndLook(editor, 0, 'Update: ');
    await running;
    const shown = ext.shown(editor.document);
    assert.ok(shown);
    assertOnText(shown, text);
    assert.ok(
      shown.entities.some((e) => e.mentions.some((m) => m.text === 'Bruno Lindqvist' && m.start === name + 'Update: '.length)),
      'the analysis of the text before the last edit is not shown',
    );
  });
});
