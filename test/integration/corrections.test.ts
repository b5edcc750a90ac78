import * as assert from 'assert';
import * as vscode from 'vscode';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parseAnnotations } from '../../src/analysis/annotations';
import type { CorrectedAnalysis } from '../../src/analysis/types';
import { api, baseName, closeAll, extensionFileText, hoverText, openWorkspaceFile, RUN_ID, SEED, workspaceFile } from './helpers';

const decoder = new TextDecoder();
const encoder = new TextEncoder();
let counter = 0;

/** A fresh copy of the seed under articles/, so that each test has its own annotations file. */
async function freshSeed(): Promise<vscode.TextEditor> {
  const seed = decoder.decode(await vscode.workspace.fs.readFile(workspaceFile(SEED)));
  return openWorkspaceFile(`articles/corrections-${RUN_ID}-${++counter}.txt`, seed);
}

/** The analysis shown once the corrections are read (what every view draws). */
async function shown(document: vscode.TextDocument): Promise<CorrectedAnalysis> {
  const ext = await api();
  await ext.correctionsReady(document);
  const a = (await ext.analyze(document)) ?? ext.shown(document);
  assert.ok(a, 'no analysis');
  return ext.shown(document) ?? a;
}

function offsetOf(document: vscode.TextDocument, text: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = document.getText().indexOf(text, at + 1);
  assert.ok(at >= 0, `"${text}" not in the document`);
  return at;
}

async function fileText(document: vscode.TextDocument): Promise<string> {
  const uri = (await api()).annotationsFile(document);
  assert.ok(uri);
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

function mentionTexts(a: CorrectedAnalysis, type: string): string[] {
  return a.entities.filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => m.text));
}

function quoteWith(a: CorrectedAnalysis, words: string) {
  const q = a.quotes.find((x) => x.text.includes(words));
  assert.ok(q, `no quote with "${words}"`);
  return q;
}

function speakerOf(a: CorrectedAnalysis, words: string): string | undefined {
  const q = quoteWith(a, words);
  return (q.speakerEntity && a.entities.find((e) => e.id === q.speakerEntity)?.canonical) ?? q.speakerName;
}

/** Resolves at the next change of the document's shown analysis that passes `check`. */
function until(document: vscode.TextDocument, check: (a: CorrectedAnalysis) => boolean): Promise<CorrectedAnalysis> {
  return new Promise((resolve) => {
    void api().then((ext) => {
      const now = ext.shown(document);
      if (now && check(now)) return resolve(now);
      const sub = ext.onDidAnalyze((e) => {
        const a = ext.shown(document);
        if (e.document === document && a && check(a)) {
          sub.dispose();
          resolve(a);
        }
      });
    });
  });
}

/** A file system in memory over `files` (by path, under /articles/), whose changes do what `changes` says. */
function memoryFileSystem(files: Map<string, Uint8Array>, changes: Pick<vscode.FileSystemProvider, 'createDirectory' | 'writeFile' | 'delete' | 'rename'>): vscode.FileSystemProvider {
  return {
    onDidChangeFile: new vscode.EventEmitter<vscode.FileChangeEvent[]>().event,
    watch: () => new vscode.Disposable(() => undefined),
    stat: (uri) => {
      const data = files.get(uri.path);
      if (data) return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: data.length };
      if (uri.path === '/' || uri.path === '/articles') return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
      throw vscode.FileSystemError.FileNotFound(uri);
    },
    readDirectory: () => [],
    readFile: (uri) => {
      const data = files.get(uri.path);
      if (!data) throw vscode.FileSystemError.FileNotFound(uri);
      return data;
    },
    ...changes,
  };
}

const BOTH_SIDES = 'Both sides will translate';

/** The three corrections, through the commands. */
async function correctSeed(document: vscode.TextDocument): Promise<void> {
  const uri = document.uri.toString();
  assert.ok(await vscode.commands.executeCommand('newsAnnotator.notAnEntity', { uri, offset: offsetOf(document, 'Thursday') + 1, scope: 'article' }));
  const start = offsetOf(document, 'Moscow conference');
  assert.ok(await vscode.commands.executeCommand('newsAnnotator.markEntity', { uri, start, end: start + 'Moscow conference'.length, type: 'event', scope: 'article' }));
  assert.ok(await vscode.commands.executeCommand('newsAnnotator.setQuoteSpeaker', { uri, offset: offsetOf(document, BOTH_SIDES) + 5, speaker: 'Sergei Shoigu' }));
}

function assertCorrected(a: CorrectedAnalysis): void {
  assert.ok(!mentionTexts(a, 'date').includes('Thursday'), 'Thursday is still an entity');
  assert.ok(mentionTexts(a, 'event').includes('Moscow conference'), 'Moscow conference is not an event');
  assert.strictEqual(speakerOf(a, BOTH_SIDES), 'Sergei Shoigu');
}

describe('corrections', () => {
  afterEach(closeAll);

  it('the three corrections of the seed show at once, in the hover, and the file validates against the schema', async () => {
    const editor = await freshSeed();
    const document = editor.document;
    const before = await shown(document);
    assert.ok(mentionTexts(before, 'date').includes('Thursday'), 'the machine finds Thursday');
    await correctSeed(document);
    const a = (await api()).shown(document)!;
    assertCorrected(a);
    // The event's mention and the quote (Thursday is gone; copies in the repeated block are not counted).
    assert.ok(a.review && a.review.reviewed >= 2, 'the corrections count as reviewed');
    const moscow = a.entities.find((e) => e.type === 'event')!;
    assert.strictEqual(moscow.mentions[0].status, 'corrected');
    const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offsetOf(document, 'Moscow conference') + 2)));
    assert.match(hover, /Corrected by /);
    assert.match(hover, /Event/);
    const quoteHover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offsetOf(document, BOTH_SIDES) + 5)));
    assert.match(quoteHover, /Speaker: Sergei Shoigu/);
    assert.match(quoteHover, /command:newsAnnotator\.setQuoteSpeaker/);

    const text = await fileText(document);
    const parsed = parseAnnotations(text);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
    assert.strictEqual(parsed.value.records.length, 3);
    const schema = JSON.parse(await extensionFileText('media', 'schemas', 'annotations.schema.json'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(JSON.parse(text)), JSON.stringify(validate.errors));
    // The schema URI the file names is served by the extension.
    const served = decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(JSON.parse(text).$schema)));
    assert.strictEqual(JSON.parse(served).$id, JSON.parse(text).$schema);
  });

  it('corrections follow a paragraph inserted at the top in the editor, and one inserted by another program while closed', async () => {
    const editor = await freshSeed();
    const document = editor.document;
    await shown(document);
    await correctSeed(document);
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'A new first paragraph about Thursday in Moscow.\n\n'));
    assertCorrected((await api()).shown(document)!);
    await document.save();
    const uri = document.uri;
    await closeAll();
    // Another program adds a paragraph at the top while the article is not open.
    const onDisk = decoder.decode(await vscode.workspace.fs.readFile(uri));
    await vscode.workspace.fs.writeFile(uri, encoder.encode(`Written elsewhere: an editor's note.\n\n${onDisk}`));
    const again = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(again);
    const a = await until(again, (x) => x.length === again.getText().length && speakerOf(x, BOTH_SIDES) === 'Sergei Shoigu');
    assertCorrected(a);
    assert.deepStrictEqual(a.orphans, []);
  });

  it('a corrupt annotations file: a clear message, left byte for byte, the machine still annotates', async () => {
    const editor = await freshSeed();
    const document = editor.document;
    const uri = (await api()).annotationsFile(document)!;
    const corrupt = encoder.encode('{ "format": "news-annotator/annotations", "version": 1, "records": [ { "id": 1 } ');
    await vscode.workspace.fs.writeFile(uri, corrupt);
    // Opened again so that the file is read now.
    await closeAll();
    const reopened = await vscode.workspace.openTextDocument(document.uri);
    await vscode.window.showTextDocument(reopened);
    const a = await shown(reopened);
    assert.ok(a.entities.length > 0 && a.quotes.length > 0, 'the machine analysis is shown');
    const ok = await vscode.commands.executeCommand('newsAnnotator.notAnEntity', { uri: reopened.uri.toString(), offset: offsetOf(reopened, 'Thursday') + 1, scope: 'mention' });
    assert.ok(!ok, 'a correction into a corrupt file is refused');
    assert.deepStrictEqual([...(await vscode.workspace.fs.readFile(uri))], [...corrupt], 'the corrupt file changed');
  });

  it('two windows correcting one article: both corrections are in the file', async () => {
    const editor = await freshSeed();
    const document = editor.document;
    await shown(document);
    const uri = document.uri.toString();
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.notAnEntity', { uri, offset: offsetOf(document, 'Thursday') + 1, scope: 'mention' }));
    // The other window writes its own record into the file (as its merge-then-write would).
    const file = (await api()).annotationsFile(document)!;
    const other = JSON.parse(await fileText(document));
    const start = offsetOf(document, 'Islamabad');
    const otherRecord = {
      id: '00000000-0000-4000-8000-000000000001',
      action: 'entity.accept',
      scope: 'mention',
      status: 'accepted',
      by: 'Other Window',
      at: new Date().toISOString(),
      anchor: { start, end: start + 'Islamabad'.length, exact: 'Islamabad', prefix: document.getText().slice(start - 32, start), suffix: document.getText().slice(start + 9, start + 41), hash: other.records[0].anchor.hash },
    };
    other.records.push(otherRecord);
    await vscode.workspace.fs.writeFile(file, encoder.encode(JSON.stringify(other)));
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.acceptAnnotation', { uri, offset: offsetOf(document, BOTH_SIDES) + 3 }));
    const parsed = parseAnnotations(await fileText(document));
    assert.ok(parsed.ok);
    const actions = parsed.value.records.map((r) => `${r.action}:${r.by}`).sort();
    assert.strictEqual(actions.length, 3, actions.join());
    assert.ok(actions.includes('entity.accept:Other Window'));
    assert.ok(actions.some((x) => x.startsWith('entity.reject:')));
    assert.ok(actions.some((x) => x.startsWith('quote.accept:')));
  });

  it('every entity command, undo and redo', async () => {
    const editor = await freshSeed();
    const document = editor.document;
    const uri = document.uri.toString();
    const ext = await api();
    let a = await shown(document);
    const at = (text: string) => ({ uri, offset: offsetOf(document, text) + 1 });
    const entityOf = (x: CorrectedAnalysis, text: string) => x.entities.find((e) => e.mentions.some((m) => m.start === offsetOf(document, text)));

    assert.ok(await vscode.commands.executeCommand('newsAnnotator.changeEntityType', { ...at('Islamabad'), type: 'organization', scope: 'mention' }));
    assert.strictEqual(entityOf(ext.shown(document)!, 'Islamabad')?.type, 'organization');
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.undoCorrection'));
    assert.strictEqual(entityOf(ext.shown(document)!, 'Islamabad')?.type, 'place');
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.redoCorrection'));
    assert.strictEqual(entityOf(ext.shown(document)!, 'Islamabad')?.type, 'organization');

    assert.ok(await vscode.commands.executeCommand('newsAnnotator.setCanonicalName', { ...at('Shoigu said'), canonical: 'Sergei K. Shoigu', scope: 'article' }));
    assert.strictEqual(entityOf(ext.shown(document)!, 'Shoigu said')?.canonical, 'Sergei K. Shoigu');

    const asif = entityOf(ext.shown(document)!, 'Asif appreciated')!;
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.splitMention', { ...at('Asif appreciated'), scope: 'mention' }));
    a = ext.shown(document)!;
    assert.notStrictEqual(entityOf(a, 'Asif appreciated')?.id, a.entities.find((e) => e.canonical === asif.canonical && e.mentions.length > 1)?.id);
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.mergeEntity', { ...at('Asif appreciated'), into: asif.canonical, scope: 'mention' }));
    assert.strictEqual(entityOf(ext.shown(document)!, 'Asif appreciated')?.canonical, asif.canonical);

    assert.ok(await vscode.commands.executeCommand('newsAnnotator.acceptAnnotation', at('Islamabad')));
    a = ext.shown(document)!;
    const reviewed = a.review!.reviewed;
    assert.ok(reviewed >= 1);
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.nextUnreviewed', { uri, offset: 0 }));
    const sel = vscode.window.activeTextEditor!.selection;
    assert.ok(!sel.isEmpty, 'Go to Next Unreviewed selects an annotation');

    // Workspace scope: a rule in the lexicon, applied to this article too.
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.notAnEntity', { ...at('Pakistan'), scope: 'workspace' }));
    assert.ok(!ext.shown(document)!.entities.some((e) => e.mentions.some((m) => m.text === 'Pakistan')));
    const lexicon = workspaceFile('.news-annotator/lexicon.json');
    assert.match(decoder.decode(await vscode.workspace.fs.readFile(lexicon)), /"entity\.reject"/);
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.undoCorrection'));
    assert.ok(ext.shown(document)!.entities.some((e) => e.mentions.some((m) => m.text === 'Pakistan')));
  });

  it('every quote command, and orphaned records with their fixes', async () => {
    const editor = await freshSeed();
    const document = editor.document;
    const uri = document.uri.toString();
    const ext = await api();
    await shown(document);
    const inQuote = { uri, offset: offsetOf(document, BOTH_SIDES) + 3 };
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.changeQuoteKind', { ...inQuote, kind: 'mixed' }));
    assert.strictEqual(quoteWith(ext.shown(document)!, BOTH_SIDES).kind, 'mixed');
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.setQuoteSpeaker', { ...inQuote, speaker: 'A Spokesperson' }));
    assert.strictEqual(speakerOf(ext.shown(document)!, BOTH_SIDES), 'A Spokesperson');
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.clearQuoteSpeaker', inQuote));
    assert.strictEqual(speakerOf(ext.shown(document)!, BOTH_SIDES), undefined);
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.notAQuote', inQuote));
    assert.ok(!ext.shown(document)!.quotes.some((q) => q.start <= inQuote.offset && inQuote.offset < q.end), 'the quote is gone');
    const start = offsetOf(document, 'defence ministers of Pakistan');
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.markQuote', { uri, start, end: start + 'defence ministers of Pakistan'.length, kind: 'indirect' }));
    assert.ok(ext.shown(document)!.quotes.some((q) => q.start === start && q.kind === 'indirect'));

    // Orphan: the marked text is deleted by an edit; the record stays, listed as orphaned.
    const words = 'regional stability';
    const mark = offsetOf(document, words);
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.markEntity', { uri, start: mark, end: mark + words.length, type: 'event', scope: 'mention' }));
    await editor.edit((e) => e.delete(new vscode.Range(document.positionAt(mark), document.positionAt(mark + words.length + 1))));
    const orphaned = await until(document, (x) => (x.orphans ?? []).length > 0);
    const orphan = orphaned.orphans![0];
    assert.strictEqual(orphan.text, words);
    const diagnostics = await new Promise<vscode.Diagnostic[]>((resolve) => {
      const now = () => vscode.languages.getDiagnostics(document.uri).filter((d) => d.code === 'orphaned-correction');
      if (now().length) return resolve(now());
      const sub = vscode.languages.onDidChangeDiagnostics(() => {
        if (now().length) {
          sub.dispose();
          resolve(now());
        }
      });
    });
    assert.strictEqual(diagnostics.length, 1);
    const target = 'two countries';
    const at = offsetOf(document, target);
    editor.selection = new vscode.Selection(document.positionAt(at), document.positionAt(at + target.length));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostics[0].range);
    assert.ok(actions.some((x) => x.title.startsWith('Re-anchor')));
    assert.ok(actions.some((x) => x.title === 'Delete the correction'));
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.reanchorOrphan', { uri, record: orphan.id, start: at, end: at + target.length }));
    const placed = ext.shown(document)!;
    assert.deepStrictEqual(placed.orphans, []);
    assert.ok(mentionTexts(placed, 'event').includes(target));
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.deleteOrphan', { uri, record: orphan.id }));
    assert.ok(!mentionTexts(ext.shown(document)!, 'event').includes(target));
  });

  it('every correction command is in the palette with its title, in Ctrl+. at an annotation, and in the views\' context menus', async () => {
    const manifest = JSON.parse(await extensionFileText('package.json'));
    // Titles and categories are %keys% of package.nls.json (the English text).
    const nls: Record<string, string> = JSON.parse(await extensionFileText('package.nls.json'));
    const text = (s: string) => nls[/^%(.+)%$/.exec(s)?.[1] ?? ''] ?? s;
    const titles: Record<string, string> = Object.fromEntries(
      manifest.contributes.commands.filter((c: { category?: string }) => text(c.category ?? '') === 'News').map((c: { command: string; title: string }) => [text(c.title), c.command]),
    );
    const wanted = ['Change Entity Type', 'Not an Entity', 'Mark Selection as Entity', 'Merge Entity Into\u2026', 'Split Mention from Entity', 'Set Canonical Name', 'Set Quote Speaker', 'Clear Quote Speaker', 'Not a Quote', 'Mark Selection as Quote', 'Change Quote Kind', 'Accept Annotation', 'Go to Next Unreviewed', 'Undo Correction', 'Redo Correction'];
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const title of wanted) {
      assert.ok(titles[title], `no command titled News: ${title}`);
      assert.ok(registered.has(titles[title]), `${titles[title]} is not registered`);
    }
    assert.ok(manifest.contributes.keybindings.some((k: { command: string }) => k.command === titles['Go to Next Unreviewed']), 'Go to Next Unreviewed has no key binding');
    const menus: Array<{ command: string; when: string }> = manifest.contributes.menus['view/item/context'];
    for (const title of ['Change Entity Type', 'Not an Entity', 'Merge Entity Into\u2026', 'Split Mention from Entity', 'Set Canonical Name', 'Accept Annotation']) {
      assert.ok(menus.some((m) => m.command === titles[title] && m.when.includes('newsAnnotator.entities')), `${title} is not in the Entities view's menu`);
    }
    for (const title of ['Set Quote Speaker', 'Clear Quote Speaker', 'Not a Quote', 'Change Quote Kind', 'Accept Annotation']) {
      assert.ok(menus.some((m) => m.command === titles[title] && m.when.includes('newsAnnotator.quotes')), `${title} is not in the Quotes view's menu`);
    }

    const editor = await freshSeed();
    const document = editor.document;
    await shown(document);
    const at = (text: string) => {
      const p = document.positionAt(offsetOf(document, text) + 1);
      return new vscode.Range(p, p);
    };
    const onName = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, at('Islamabad'));
    for (const title of ['Accept Annotation', 'Change Entity Type', 'Not an Entity', 'Merge Entity Into\u2026', 'Split Mention from Entity', 'Set Canonical Name']) {
      assert.ok(onName.some((a) => a.title === `News: ${title}`), `Ctrl+. on a name lacks ${title}`);
    }
    const inQuote = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, at(BOTH_SIDES));
    for (const title of ['Set Quote Speaker', 'Change Quote Kind', 'Not a Quote', 'Clear Quote Speaker']) {
      assert.ok(inQuote.some((a) => a.title === `News: ${title}`), `Ctrl+. in a quote lacks ${title}`);
    }
    // The code action runs the command on that annotation.
    const accept = onName.find((a) => a.title === 'News: Accept Annotation')!;
    assert.ok(await vscode.commands.executeCommand(accept.command!.command, ...(accept.command!.arguments ?? [])));
    const islamabad = (await api()).shown(document)!.entities.flatMap((e) => e.mentions).find((m) => m.start === offsetOf(document, 'Islamabad'))!;
    assert.strictEqual(islamabad.status, 'accepted');
  });

  it('a read-only folder: the correction shows in the window and nothing is written or lost', async () => {
    const seed = await vscode.workspace.fs.readFile(workspaceFile(SEED));
    const files = new Map<string, Uint8Array>([['/articles/read-only.txt', seed]]);
    const writes: string[] = [];
    // A virtual file system that refuses every change, as a read-only mount does.
    const provider = memoryFileSystem(files, {
      createDirectory: (uri) => {
        writes.push(uri.path);
        throw vscode.FileSystemError.NoPermissions(uri);
      },
      writeFile: (uri) => {
        writes.push(uri.path);
        throw vscode.FileSystemError.NoPermissions(uri);
      },
      delete: (uri) => {
        throw vscode.FileSystemError.NoPermissions(uri);
      },
      rename: (uri) => {
        throw vscode.FileSystemError.NoPermissions(uri);
      },
    });
    const registration = vscode.workspace.registerFileSystemProvider('newsreadonly', provider);
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse('newsreadonly:/articles/read-only.txt'));
      await vscode.window.showTextDocument(document);
      await shown(document);
      const ok = await vscode.commands.executeCommand('newsAnnotator.notAnEntity', { uri: document.uri.toString(), offset: offsetOf(document, 'Thursday') + 1, scope: 'article' });
      assert.ok(ok, 'the correction is kept in the window');
      assert.ok(!mentionTexts((await api()).shown(document)!, 'date').includes('Thursday'), 'the correction shows');
      assert.ok(writes.length > 0, 'a write was tried');
      assert.ok(!files.has('/articles/read-only.txt.annotations.json'));
    } finally {
      await closeAll();
      registration.dispose();
    }
  });

  it('a correction made while the one before it is being written is shown, kept and written too', async () => {
    // The CI flake of the UI test: the speaker was set while the entity correction before it was
    // still being written, and the end of that write put back the records it had started with.
    const seed = await vscode.workspace.fs.readFile(workspaceFile(SEED));
    const files = new Map<string, Uint8Array>([['/articles/slow.txt', seed]]);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let firstWriteStarted!: () => void;
    const writing = new Promise<void>((resolve) => (firstWriteStarted = resolve));
    let writes = 0;
    // A file system whose first write waits until the test lets it go, as a slow disk or a busy remote does.
    const provider = memoryFileSystem(files, {
      createDirectory: () => undefined,
      writeFile: async (uri, content) => {
        if (++writes === 1) {
          firstWriteStarted();
          await gate;
        }
        files.set(uri.path, content);
      },
      delete: (uri) => {
        files.delete(uri.path);
      },
      rename: (from, to) => {
        const data = files.get(from.path);
        if (!data) throw vscode.FileSystemError.FileNotFound(from);
        files.set(to.path, data);
        files.delete(from.path);
      },
    });
    const registration = vscode.workspace.registerFileSystemProvider('newsslow', provider);
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse('newsslow:/articles/slow.txt'));
      await vscode.window.showTextDocument(document);
      await shown(document);
      const uri = document.uri.toString();
      const first = vscode.commands.executeCommand<boolean>('newsAnnotator.notAnEntity', { uri, offset: offsetOf(document, 'Thursday') + 1, scope: 'article' });
      await writing;
      const second = vscode.commands.executeCommand<boolean>('newsAnnotator.setQuoteSpeaker', { uri, offset: offsetOf(document, BOTH_SIDES) + 5, speaker: 'Sergei Shoigu' });
      await until(document, (a) => speakerOf(a, BOTH_SIDES) === 'Sergei Shoigu');
      release();
      assert.ok(await first, 'the first correction is saved');
      assert.ok(await second, 'the second correction is saved');
      const a = (await api()).shown(document)!;
      assert.ok(!mentionTexts(a, 'date').includes('Thursday'), 'Thursday is still an entity');
      assert.strictEqual(speakerOf(a, BOTH_SIDES), 'Sergei Shoigu', 'the speaker set during the first write is gone');
      const parsed = parseAnnotations(decoder.decode(files.get('/articles/slow.txt.annotations.json')));
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
      assert.deepStrictEqual(parsed.value.records.map((r) => r.action).sort(), ['entity.reject', 'quote.speaker']);
    } finally {
      release();
      await closeAll();
      registration.dispose();
    }
  });

  it('renaming an article moves its annotations file', async () => {
    const editor = await freshSeed();
    const document = editor.document;
    await shown(document);
    assert.ok(await vscode.commands.executeCommand('newsAnnotator.notAnEntity', { uri: document.uri.toString(), offset: offsetOf(document, 'Thursday') + 1, scope: 'mention' }));
    const oldFile = (await api()).annotationsFile(document)!;
    const newUri = vscode.Uri.joinPath(document.uri, '..', `renamed-${RUN_ID}-${++counter}.txt`);
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(document.uri, newUri);
    const moved = new Promise<void>((resolve) => {
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(newUri, '..'), `${baseName(newUri)}.annotations.json`));
      w.onDidCreate(() => {
        w.dispose();
        resolve();
      });
    });
    assert.ok(await vscode.workspace.applyEdit(edit));
    await moved;
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(oldFile)));
    const text = decoder.decode(await vscode.workspace.fs.readFile(newUri.with({ path: `${newUri.path}.annotations.json` })));
    assert.match(text, /"entity\.reject"/);
  });

  it('deleting an article keeps or deletes its annotations file, as newsAnnotator.corrections.whenArticleDeleted says', async () => {
    const config = vscode.workspace.getConfiguration('newsAnnotator');
    /** A seed copy with one correction written to its annotations file; its tab is closed again. */
    const corrected = async () => {
      const document = (await freshSeed()).document;
      await shown(document);
      assert.ok(await vscode.commands.executeCommand('newsAnnotator.notAnEntity', { uri: document.uri.toString(), offset: offsetOf(document, 'Thursday') + 1, scope: 'mention' }));
      const file = (await api()).annotationsFile(document)!;
      await vscode.workspace.fs.stat(file);
      await closeAll();
      return { article: document.uri, file };
    };
    const remove = async (uri: vscode.Uri) => {
      const edit = new vscode.WorkspaceEdit();
      edit.deleteFile(uri);
      assert.ok(await vscode.workspace.applyEdit(edit));
    };
    const kept = await corrected();
    const deleted = await corrected();
    const gone = new Promise<void>((resolve) => {
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(deleted.file, '..'), baseName(deleted.file)));
      w.onDidDelete(() => {
        w.dispose();
        resolve();
      });
    });
    try {
      await config.update('corrections.whenArticleDeleted', 'keep', vscode.ConfigurationTarget.Global);
      await remove(kept.article);
      await config.update('corrections.whenArticleDeleted', 'delete', vscode.ConfigurationTarget.Global);
      await remove(deleted.article);
      await gone;
      // The first deletion was handled before the second (one handler per event, in order).
      assert.match(decoder.decode(await vscode.workspace.fs.readFile(kept.file)), /"entity\.reject"/);
    } finally {
      await config.update('corrections.whenArticleDeleted', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('a name in newsAnnotator.entities.custom may have a type of the person\'s own, shown as a machine suggestion', async () => {
    const config = vscode.workspace.getConfiguration('newsAnnotator');
    await config.update('entities.userTypes', { law: { color: '#98c379', label: 'LAW' } }, vscode.ConfigurationTarget.Global);
    await config.update('entities.custom', { 'Moscow conference': 'law' }, vscode.ConfigurationTarget.Global);
    try {
      const document = (await freshSeed()).document;
      const a = await until(document, (x) => mentionTexts(x, 'law').includes('Moscow conference'));
      const law = a.entities.find((e) => e.type === 'law')!;
      assert.strictEqual(law.mentions[0].status, 'suggested');
      // A type nobody defined is not one: the name is left to the machine.
      await config.update('entities.custom', { 'Moscow conference': 'treaty' }, vscode.ConfigurationTarget.Global);
      await until(document, (x) => !x.entities.some((e) => e.type === 'law' || e.type === 'treaty'));
    } finally {
      await config.update('entities.custom', undefined, vscode.ConfigurationTarget.Global);
      await config.update('entities.userTypes', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
