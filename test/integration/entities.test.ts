import * as assert from 'assert';
import * as vscode from 'vscode';
import { analysisOf, analysisWhere, api, closeAll, hoverText, openWorkspaceFile, SEED } from './helpers';

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

  it('a hover counts mentions in duplicated paragraphs once, and says so', async () => {
    const editor = await openWorkspaceFile(SEED);
    const analysis = await analysisOf(editor.document);
    const asif = analysis.entities.find((e) => e.canonical === 'Khawaja Asif')!;
    const copies = analysis.duplicates.copies.map((c) => analysis.paragraphs[c.paragraph]);
    const inCopies = asif.mentions.filter((m) => copies.some((p) => p.start <= m.start && m.start <= p.end)).length;
    assert.ok(inCopies > 0, 'the seed repeats paragraphs that name Khawaja Asif');
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'Asif appreciated')));
    assert.match(text, new RegExp(`\\b${asif.mentions.length - inCopies} mentions \\(${inCopies} more in duplicated paragraphs, not counted\\)`));
  });

  // From the short form or the full name, every form of the name is fixed, in one undoable edit.
  const renames: Array<{ at: string; to: string }> = [
    { at: 'Shoigu said', to: 'Shoygu' },
    { at: 'Sergei Shoigu', to: 'Sergei Shoygu' },
  ];
  for (const r of renames) {
    it(`Rename Symbol on "${r.at}" to "${r.to}" fixes every mention, in one undoable edit`, async () => {
      const editor = await openWorkspaceFile(SEED);
      const before = editor.document.getText();
      await analysisOf(editor.document);
      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', editor.document.uri, positionOf(editor.document, r.at), r.to);
      assert.ok(await vscode.workspace.applyEdit(edit));
      const after = editor.document.getText();
      assert.ok(!after.includes('Shoigu'), 'an old form is left');
      assert.strictEqual(after.split('Sergei Shoygu').length - 1, before.split('Sergei Shoigu').length - 1);
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(editor.document.getText(), before);
    });
  }

  it('shown types can be chosen: a hidden type gets no hover', async () => {
    const editor = await openWorkspaceFile(SEED);
    await analysisOf(editor.document);
    const config = vscode.workspace.getConfiguration('newsAnnotator');
    const hoverAt = async (word: string) =>
      hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, word)));
    assert.match(await hoverAt('Sergei Shoigu'), /Sergei Shoigu\*\* \u2014 Person/);
    await config.update('entities.shownTypes', ['place'], vscode.ConfigurationTarget.Global);
    try {
      assert.doesNotMatch(await hoverAt('Sergei Shoigu'), /Sergei Shoigu\*\* \u2014 Person/);
      assert.match(await hoverAt('Islamabad on'), /\*\*Islamabad\*\* \u2014 Place/);
    } finally {
      await config.update('entities.shownTypes', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

describe('other names (misc) in the editor', () => {
  afterEach(closeAll);

  it('an award is an other name with its own hover label, and hiding misc hides it', async () => {
    const editor = await openWorkspaceFile('articles/misc.txt', 'Novelist Maria Lindqvist won the Nobel Prize in Stockholm on Friday.\n');
    const analysis = await analysisOf(editor.document);
    assert.ok(analysis.entities.some((e) => e.type === 'misc' && e.canonical === 'Nobel Prize'), JSON.stringify(analysis.entities.map((e) => `${e.type}:${e.canonical}`)));
    const config = vscode.workspace.getConfiguration('newsAnnotator');
    const hoverAt = async (word: string) =>
      hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, word)));
    assert.match(await hoverAt('Nobel Prize'), /\*\*Nobel Prize\*\* \u2014 Other name/);
    await config.update('entities.shownTypes', ['person', 'organization', 'place', 'nationality', 'date'], vscode.ConfigurationTarget.Global);
    try {
      assert.doesNotMatch(await hoverAt('Nobel Prize'), /Other name/);
      assert.match(await hoverAt('Stockholm'), /\*\*Stockholm\*\* \u2014 Place/);
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

describe('quotation marks that do not pair up', () => {
  afterEach(closeAll);

  it('reports the seed\'s curly quote closed by a straight mark, and the fix puts the matching mark', async () => {
    const editor = await openWorkspaceFile(SEED);
    const analysis = await analysisOf(editor.document);
    const problems = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.code === 'quote-marks');
    // Line 20 and its copy on line 37 both end “... development."
    assert.deepStrictEqual(problems.map((d) => d.range.start.line), [19, 36]);
    assert.strictEqual(analysis.quoteMarkProblems[0].kind, 'mismatched');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, problems[0].range);
    const fix = actions.find((a) => a.title === 'Replace " with \u201d');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(editor.document.lineAt(19).text.endsWith('development.\u201d'));
    await vscode.commands.executeCommand('undo');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('an unclosed quote gets a fix that closes it at the end of its paragraph', async () => {
    const text = 'The minister said: \u201cWe will not give up on this plan.\n\nOther news followed later in the day.\n';
    const editor = await openWorkspaceFile('articles/unclosed.txt', text);
    const analysis = await analysisOf(editor.document);
    assert.deepStrictEqual(analysis.quoteMarkProblems.map((p) => p.kind), ['unclosed']);
    const problem = vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.code === 'quote-marks');
    assert.ok(problem);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, problem.range);
    const fix = actions.find((a) => a.title.startsWith('Close the quote'));
    assert.ok(fix?.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(editor.document.lineAt(0).text, 'The minister said: \u201cWe will not give up on this plan.\u201d');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

});

describe('entity navigation', () => {
  afterEach(closeAll);

  it('moves between mentions of the entity under the cursor', async () => {
    const editor = await openWorkspaceFile(SEED);
    const analysis = await analysisOf(editor.document);
    const asif = analysis.entities.find((e) => e.canonical === 'Khawaja Asif')!;
    editor.selection = new vscode.Selection(editor.document.positionAt(asif.mentions[0].start), editor.document.positionAt(asif.mentions[0].start));
    await vscode.commands.executeCommand('newsAnnotator.nextMention');
    assert.strictEqual(editor.document.offsetAt(editor.selection.start), asif.mentions[1].start);
    await vscode.commands.executeCommand('newsAnnotator.previousMention');
    await vscode.commands.executeCommand('newsAnnotator.previousMention');
    assert.strictEqual(editor.document.offsetAt(editor.selection.start), asif.mentions[asif.mentions.length - 1].start);
  });
});

describe('settings and long articles', () => {
  afterEach(closeAll);

  it('severity off removes the Problems entries, and a changed analysis setting re-analyses', async () => {
    const editor = await openWorkspaceFile(SEED);
    await analysisOf(editor.document);
    const config = vscode.workspace.getConfiguration('newsAnnotator');
    const duplicates = () => vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.code === 'duplicate-paragraphs');
    assert.strictEqual(duplicates().length, 1);
    try {
      await config.update('duplicates.severity', 'off', vscode.ConfigurationTarget.Global);
      assert.strictEqual(duplicates().length, 0);
      // An analysis of this version that began before the change may still report first; the
      // test waits for the one the change starts (and times out if none ever finds no copy).
      const reanalysed = analysisWhere(editor.document, editor.document.version, (a) => a.duplicates.copies.length === 0);
      await config.update('duplicates.minLength', 100000, vscode.ConfigurationTarget.Global);
      await reanalysed;
    } finally {
      await config.update('duplicates.severity', undefined, vscode.ConfigurationTarget.Global);
      await config.update('duplicates.minLength', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.strictEqual((await analysisOf(editor.document)).duplicates.copies.length, 17);
  });

  it('a settings change made while an analysis runs is applied, not lost', async () => {
    const config = vscode.workspace.getConfiguration('newsAnnotator');
    const paragraph = (i: number) => `In district ${i}, the Keller Group said on Monday that the new road would open in the spring.`;
    const text = Array.from({ length: 2500 }, (_, i) => paragraph(i)).join('\n\n');
    try {
      const editor = await openWorkspaceFile('articles/settings-race.txt', text);
      // Starts the analysis, then changes an analysis setting while it runs.
      const first = (await api()).analyze(editor.document);
      await config.update('entities.custom', { 'Keller Group': 'place' }, vscode.ConfigurationTarget.Global);
      await first;
      const analysis = await analysisOf(editor.document);
      const keller = analysis.entities.find((e) => e.canonical === 'Keller Group');
      assert.strictEqual(keller?.type, 'place');
    } finally {
      await config.update('entities.custom', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('Toggle Entity Highlights flips the setting', async () => {
    await openWorkspaceFile(SEED);
    const read = () => vscode.workspace.getConfiguration('newsAnnotator').get<boolean>('entities.highlight');
    assert.strictEqual(read(), true);
    try {
      await vscode.commands.executeCommand('newsAnnotator.toggleEntityHighlights');
      assert.strictEqual(read(), false);
    } finally {
      await vscode.workspace.getConfiguration('newsAnnotator').update('entities.highlight', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('a long article gets its visible part first, then the whole', async () => {
    const paragraph = (i: number) => `Officials in district ${i} said on Monday that the minister, Anna Keller, would visit the region. \u201cWe expect progress,\u201d Keller said.`;
    const text = Array.from({ length: 3000 }, (_, i) => paragraph(i)).join('\n\n');
    const passes: boolean[] = [];
    const sub = (await api()).onDidAnalyze((e) => e.document.uri.path.endsWith('articles/long.txt') && passes.push(e.analysis.partial));
    try {
      const editor = await openWorkspaceFile('articles/long.txt', text);
      const full = await analysisOf(editor.document);
      assert.strictEqual(full.partial, false);
      assert.ok(full.quotes.length >= 3000, `only ${full.quotes.length} quotes in the whole article`);
      assert.ok(passes.includes(true), `no quick first pass before the complete one: ${JSON.stringify(passes)}`);
    } finally {
      sub.dispose();
    }
  });
});
