import * as assert from 'assert';
import * as vscode from 'vscode';
import type { AnnotateOutcome } from '../../src/corpus/annotate';
import type { EvalResult } from '../../src/eval';
import type { CorpusEntity } from '../../src/corpus/model';
import { api, closeAll, openWorkspaceFile, SEED, workspaceFile } from './helpers';

async function writeFile(name: string, content: string): Promise<vscode.Uri> {
  const uri = workspaceFile(name);
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return uri;
}

/**
 * Resolves with the dashboard's tab once the workbench shows it as the active tab (tab changes
 * arrive after the command returns, and in the web worker host the tab may be reported opened
 * before it is reported active); never resolves, so the test times out, if it is not made active.
 */
function activeDashboardTab(): Promise<vscode.Tab> {
  const find = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === 'Corpus Dashboard' && t.isActive);
  return new Promise((resolve) => {
    const sub = vscode.window.tabGroups.onDidChangeTabs(() => {
      const tab = find();
      if (tab) {
        sub.dispose();
        resolve(tab);
      }
    });
  });
}

/** Resolves once the editor's cursor is at `position` (a command's selection change reaches the extension host as an event after the command returns). */
function cursorAt(editor: vscode.TextEditor, position: vscode.Position): Promise<void> {
  if (editor.selection.active.isEqual(position)) return Promise.resolve();
  return new Promise((resolve) => {
    const sub = vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor.document === editor.document && e.selections[0].active.isEqual(position)) {
        sub.dispose();
        resolve();
      }
    });
  });
}

async function seedText(): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(SEED)));
}

describe('workspace: Annotate Workspace, the Corpus view and the dashboard', () => {
  afterEach(closeAll);

  it('annotates every article of the workspace and merges entities across articles by canonical name', async () => {
    const text = await seedText();
    await writeFile('articles/corpus/copy-a.txt', text);
    await writeFile('articles/corpus/copy-b.md', text);
    await writeFile('articles/corpus/not-an-article.json', '{}');
    // An exported copy (brat's .txt) in the export folder is not another article.
    await writeFile('exports/articles/corpus/copy-a.txt', text);
    const outcome = await vscode.commands.executeCommand<AnnotateOutcome>('newsAnnotator.annotateWorkspace');
    assert.ok(outcome, 'the command returns what it did');
    assert.strictEqual(outcome.cancelled, false);
    assert.ok(outcome.annotated >= 3, `annotated ${outcome.annotated}`);
    const entities = (await api()).corpus();
    const shoigu = entities.find((e) => e.type === 'person' && e.canonical === 'Sergei Shoigu');
    assert.ok(shoigu, entities.map((e) => e.canonical).join(', '));
    const labels = shoigu.articles.map((a) => a.label).sort();
    assert.deepStrictEqual(labels.filter((l) => l.includes('corpus/') || l.includes(SEED)), ['articles/corpus/copy-a.txt', 'articles/corpus/copy-b.md', SEED]);
    assert.ok(!labels.some((l) => l.endsWith('.json') || l.startsWith('exports/')), labels.join(', '));
    // The same text gives the same counts in each article, and the totals add up.
    const counts = shoigu.articles.filter((a) => labels.includes(a.label)).map((a) => [a.mentions.length, a.quotes]);
    assert.deepStrictEqual(counts[0], counts[1]);
    assert.strictEqual(shoigu.mentions, shoigu.articles.reduce((n, a) => n + a.mentions.length, 0));
    assert.ok(shoigu.quotes > 0, 'Shoigu is quoted in the seed');
  });

  it('opens every mention of a corpus entity: the first in the editor, all in a references peek', async () => {
    const entities = (await api()).corpus();
    const entity = entities.find((e) => e.articles.length > 1)!;
    await vscode.commands.executeCommand('newsAnnotator.corpus.openMentions', entity.key);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    const first = entity.articles[0];
    assert.strictEqual(editor.document.uri.toString(), first.uri);
    // The references peek puts the cursor at the start of the first mention (the test times out if it does not).
    await cursorAt(editor, new vscode.Position(first.mentions[0].line, first.mentions[0].character));
  });

  it('shows the dashboard in a tab and exports a chart as CSV', async () => {
    const opened = activeDashboardTab();
    await vscode.commands.executeCommand('newsAnnotator.showCorpusDashboard');
    // The dashboard becomes the active tab (else the test times out).
    await opened;
    const target = workspaceFile('most-quoted.csv');
    await vscode.commands.executeCommand('newsAnnotator.corpus.exportChartCsv', 'most-quoted', target);
    const csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    const lines = csv.trim().split('\n');
    assert.strictEqual(lines[0], 'Name,Quotes,Articles');
    const top = (await api()).corpus().filter((e) => (e.type === 'person' || e.type === 'organization') && e.quotes > 0)[0];
    assert.match(lines[1], new RegExp(`^"?${top.canonical} \\((person|organisation)\\)"?,${top.quotes},${top.articles.length}$`));
  });
});

describe('workspace: Annotate Workspace on an open document that is not text', () => {
  it('an open article whose unsaved text turned binary is reported, not annotated, as the editor does', async () => {
    const uri = await writeFile('articles/corpus/turned-binary.txt', 'Mayor Ann Doyle said the bridge opens on Monday.\n');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    try {
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'PK\u0003\u0004\u0000\u0000binary\u0000data\n'.repeat(20)));
      const outcome = await vscode.commands.executeCommand<AnnotateOutcome>('newsAnnotator.annotateWorkspace');
      assert.ok(outcome);
      const failed = outcome.failed.find((f) => f.uri === uri.toString());
      assert.ok(failed, `not reported: ${JSON.stringify(outcome.failed)}`);
      assert.match(failed.reason, /NUL/);
      const labels = (await api()).corpus().flatMap((e) => e.articles.map((a) => a.label));
      assert.ok(!labels.includes('articles/corpus/turned-binary.txt'), labels.join(', '));
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });
});

describe('workspace: Annotate Workspace and an annotations file that cannot be read', () => {
  it('counts the article without its corrections, says so, and leaves the file as it was', async () => {
    const article = await writeFile('articles/corpus/corrupt-corrections.txt', 'Mayor Ann Doyle said the bridge opens on Monday.\n');
    const corrupt = '{"format": "news-annotator/annotations", "records": [ {not json';
    const file = await writeFile('articles/corpus/corrupt-corrections.txt.annotations.json', corrupt);
    try {
      const outcome = await vscode.commands.executeCommand<AnnotateOutcome>('newsAnnotator.annotateWorkspace');
      assert.ok(outcome);
      const uncorrected = outcome.uncorrected.find((f) => f.uri === article.toString());
      assert.ok(uncorrected, `not reported: ${JSON.stringify(outcome.uncorrected)}`);
      assert.match(uncorrected.reason, /corrupt-corrections\.txt\.annotations\.json/);
      assert.ok(!outcome.failed.some((f) => f.uri === article.toString()), 'the article itself was annotated');
      assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)), corrupt);
    } finally {
      await vscode.workspace.fs.delete(file);
      await vscode.workspace.fs.delete(article);
    }
  });
});

/** Resolves at the first change of the corpus after which `check` holds (or at once if it holds now). */
async function corpusWhere(check: (entities: CorpusEntity[]) => boolean): Promise<CorpusEntity[]> {
  const ext = await api();
  return new Promise((resolve) => {
    if (check(ext.corpus())) return resolve(ext.corpus());
    const sub = ext.onDidChangeCorpus(() => {
      if (!check(ext.corpus())) return;
      sub.dispose();
      resolve(ext.corpus());
    });
  });
}

const shoiguIn = (entities: CorpusEntity[]) => entities.find((e) => e.type === 'person' && e.canonical === 'Sergei Shoigu')?.articles.map((a) => a.label) ?? [];
const eventsIn = (entities: CorpusEntity[]) => entities.filter((e) => e.type === 'event').flatMap((e) => e.articles.map((a) => `${e.canonical} in ${a.label}`));

describe('workspace: corrections in the corpus and the workspace export', () => {
  afterEach(closeAll);

  it('a correction made in an article shows in the Corpus view at once; Annotate Workspace and the workspace export apply unopened articles\u2019 files', async () => {
    const text = await seedText();
    const live = 'articles/corpus-corrections/live.txt';
    const unopened = 'articles/corpus-corrections/unopened.txt';
    await writeFile(live, text);
    await writeFile(unopened, text);
    await vscode.commands.executeCommand<AnnotateOutcome>('newsAnnotator.annotateWorkspace');
    const before = (await api()).corpus();
    assert.ok(shoiguIn(before).includes(live) && shoiguIn(before).includes(unopened), shoiguIn(before).join(', '));
    const mentionsBefore = before.find((e) => e.canonical === 'Sergei Shoigu')!.mentions;
    // Corrections in the open article: Shoigu is not an entity there, "Moscow conference" is an event.
    const document = (await openWorkspaceFile(live)).document;
    await (await api()).correctionsReady(document);
    const uri = document.uri.toString();
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.notAnEntity', { uri, offset: text.indexOf('Shoigu') + 1, scope: 'article' }));
    const start = text.indexOf('Moscow conference');
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.markEntity', { uri, start, end: start + 'Moscow conference'.length, type: 'event', scope: 'article' }));
    const after = await corpusWhere((entities) => !shoiguIn(entities).includes(live) && eventsIn(entities).length > 0);
    assert.ok(shoiguIn(after).includes(unopened), 'the other copy keeps its Shoigu');
    assert.deepStrictEqual(eventsIn(after), [`Moscow conference in ${live}`]);
    const shoigu = after.find((e) => e.canonical === 'Sergei Shoigu')!;
    assert.ok(shoigu.mentions < mentionsBefore, `${shoigu.mentions} mentions, ${mentionsBefore} before`);
    assert.strictEqual(shoigu.mentions, shoigu.articles.reduce((n, a) => n + a.mentions.length, 0));

    // The same corrections in the file of an article that is never opened (same text, so the anchors hold).
    const file = (await api()).annotationsFile(document)!;
    await vscode.workspace.fs.copy(file, workspaceFile(`${unopened}.annotations.json`), { overwrite: true });
    await closeAll();
    await vscode.commands.executeCommand<AnnotateOutcome>('newsAnnotator.annotateWorkspace');
    const annotated = (await api()).corpus();
    assert.ok(!shoiguIn(annotated).includes(unopened) && !shoiguIn(annotated).includes(live), shoiguIn(annotated).join(', '));
    assert.ok(shoiguIn(annotated).includes(SEED));
    assert.deepStrictEqual(eventsIn(annotated).sort(), [`Moscow conference in ${live}`, `Moscow conference in ${unopened}`]);

    // The workspace export reads articles through workspace.fs (none is opened) and applies their corrections.
    await vscode.commands.executeCommand('newsAnnotator.exportAnnotations', { scope: 'workspace', format: 'json', existing: 'replace' });
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.path.endsWith(unopened)), 'the export opened the article');
    const exported = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(`exports/${unopened.replace(/\.txt$/, '.json')}`))));
    const entities = exported.results[0].entities as Array<{ type: string; canonical: string }>;
    assert.ok(!entities.some((e) => e.canonical === 'Sergei Shoigu'), 'Shoigu is exported although rejected');
    assert.ok(entities.some((e) => e.type === 'event' && e.canonical === 'Moscow conference'), 'the event is not exported');
  });
});

describe('evaluation against gold in the editor', () => {
  afterEach(closeAll);

  it('scores our JSON gold, opens a Markdown report, and every error links to its place in the gold text', async () => {
    const text = await seedText();
    const at = text.indexOf('Sergei Shoigu');
    const pakistan = text.indexOf('Pakistan');
    const gold = [{ id: 'seed', text, entities: [{ start: at, end: at + 'Sergei Shoigu'.length, type: 'PERSON' }, { start: pakistan, end: pakistan + 8, type: 'ORG' }] }];
    const uri = await writeFile('gold/seed-gold.json', JSON.stringify(gold));
    const result = await vscode.commands.executeCommand<EvalResult>('newsAnnotator.evaluateGold', uri);
    assert.ok(result?.entities);
    assert.strictEqual(result.entities.exact.PERSON.tp, 1);
    assert.strictEqual(result.entities.exact.ORG.fn, 1);
    const exact = result.entities.exact.micro;
    const report = vscode.window.activeTextEditor!.document;
    assert.strictEqual(report.uri.scheme, 'news-annotator-eval');
    assert.strictEqual(report.languageId, 'markdown');
    assert.match(report.getText(), /^# Evaluation against gold\/seed-gold\.json/);
    assert.match(report.getText(), /\| \*\*All \(micro\)\*\* \|/);
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', report.uri);
    // Markdown's own link provider may find the same links once it has started: one line, one error.
    const byLine = new Map<number, vscode.Uri>();
    for (const l of links) if (l.target?.scheme === 'news-annotator-eval' && !byLine.has(l.range.start.line)) byLine.set(l.range.start.line, l.target);
    const own = [...byLine.keys()].sort((a, b) => a - b).map((line) => byLine.get(line)!);
    assert.strictEqual(own.length, result.errors.length);
    assert.ok(result.errors.length >= exact.fp, 'every wrong prediction is listed');
    // The ORG error (Pakistan) links to its line in a read-only copy of the gold text.
    const error = result.errors.find((e) => e.start === pakistan)!;
    assert.ok(error, 'the missed or mistyped ORG is listed');
    const target = own[result.errors.indexOf(error)];
    assert.strictEqual(target.fragment, `L${error.line},${error.column}`);
    // Opening the link (as Ctrl+click does) shows the gold text with the cursor on the error.
    await vscode.commands.executeCommand('vscode.open', target);
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.toString(), target.with({ fragment: '' }).toString());
    assert.strictEqual(editor.document.getText(), text);
    assert.deepStrictEqual([editor.selection.active.line, editor.selection.active.character], [error.line - 1, error.column - 1]);
    assert.strictEqual(editor.document.lineAt(error.line - 1).text.slice(error.column - 1, error.column - 1 + 8), 'Pakistan');
  });

  it('links brat gold errors to the brat text file', async () => {
    const text = await seedText();
    const at = text.indexOf('Tasneem Aslam');
    await writeFile('gold/brat/seed.txt', text);
    await writeFile('gold/brat/seed.ann', `T1\tORG ${at} ${at + 13}\tTasneem Aslam\n`);
    const result = await vscode.commands.executeCommand<EvalResult>('newsAnnotator.evaluateGold', workspaceFile('gold/brat'));
    assert.ok(result?.entities);
    const report = vscode.window.activeTextEditor!.document;
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', report.uri);
    // Markdown's own link provider finds the file links too: one line, one error.
    const lines = new Set(links.filter((l) => l.target?.path.endsWith('/gold/brat/seed.txt')).map((l) => l.range.start.line));
    assert.strictEqual(lines.size, result.errors.length);
  });

  it('says what is wrong with a bad gold file and opens no report', async () => {
    const uri = await writeFile('gold/bad.json', '[{"id": 1}]');
    const result = await vscode.commands.executeCommand<EvalResult | undefined>('newsAnnotator.evaluateGold', uri);
    assert.strictEqual(result, undefined);
    assert.notStrictEqual(vscode.window.activeTextEditor?.document.uri.scheme, 'news-annotator-eval');
  });
});
