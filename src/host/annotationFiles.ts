import * as vscode from 'vscode';
import {
  afterWrite,
  AnnotationRecord,
  AnnotationsFile,
  Corrections,
  emptyAnnotations,
  emptyLexicon,
  isDeleted,
  LexiconFile,
  LexiconRecord,
  mapRecords,
  mergeAnnotations,
  mergeLexicon,
  mergeRecords,
  parseAnnotations,
  parseLexicon,
  refreshAnchor,
  serializeAnnotations,
  serializeLexicon,
  TextChange,
  textHash,
} from '../analysis/annotations';
import { ConfigService, WhenArticleDeleted } from './config';
import { Disposable } from './disposable';
import type { CorrectionSource } from './analysisStore';

/** Suffix of an article's annotations file. */
export const ANNOTATIONS_SUFFIX = '.annotations.json';
/** The workspace lexicon, relative to a workspace folder. */
export const LEXICON_PATH = '.news-annotator/lexicon.json';

/** One file of records as this window knows it. */
interface Loaded<F> {
  uri: vscode.Uri | undefined;
  /** Top-level fields and records; undefined until read. */
  file: F | undefined;
  /** Why the file on disk cannot be used (invalid, from a newer version): it is then never written. */
  error?: string;
  /** The bytes this window last wrote or read, to tell its own writes from other programs' in the watcher. */
  lastText?: string;
  loading?: Promise<void>;
  /** Writes of this file, one after the other. */
  writing: Promise<unknown>;
}

interface Article extends Loaded<AnnotationsFile> {
  document: vscode.TextDocument;
  lexicon: Loaded<LexiconFile> | undefined;
  /** What the store is handed: a new object whenever records change. */
  corrections?: Corrections;
  /** The `entities.custom` own-type names its corrections were made with (JSON), to republish only when they change. */
  ownNames?: string;
}

/** The result of a write: done, or a sentence saying why not (the records stay in this window). */
export type WriteResult = { ok: true } | { ok: false; error: string; /** The change is in this window (it shows) though not on disk. */ kept: boolean };

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** The own-type names of `entities.custom` for a document, as a comparable string. */
function ownNames(config: ConfigService, uri: vscode.Uri): string {
  return JSON.stringify(config.forDocument(uri).entities.customOwn);
}

/** Whether an error of workspace.fs says the file is not there. */
function notFound(err: unknown): boolean {
  return err instanceof vscode.FileSystemError && err.code === 'FileNotFound';
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * The articles' annotations files and the workspace lexicon, read and written through
 * `vscode.workspace.fs` (virtual and remote file systems work). Per open article it keeps the
 * records, carries their anchors through every change event (the store hands them over before
 * anything redraws), re-reads a file that another program changed, and writes atomically (a
 * temporary file, then a rename) after merging with what is on disk by record id, so that two
 * windows or a git merge lose nothing. A file it cannot read (invalid, or from a newer version)
 * gets a message and is never written; the machine's annotations are still shown.
 */
export class AnnotationFiles extends Disposable implements CorrectionSource {
  private readonly articles = new Map<string, Article>();
  private readonly lexicons = new Map<string, Loaded<LexiconFile>>();
  private readonly changed = this.register(new vscode.EventEmitter<vscode.TextDocument>());
  readonly onDidChange = this.changed.event;
  private readonly lexiconChanged = this.register(new vscode.EventEmitter<void>());
  /** Fires when a workspace lexicon changed after it was first read (a correction for every article, or another program). */
  readonly onDidChangeLexicon = this.lexiconChanged.event;
  private readonly put = this.register(new vscode.EventEmitter<vscode.TextDocument>());
  /** Fires when a person's correction (or its undo) is recorded, before it is written. */
  readonly onDidPut = this.put.event;
  /** Files whose problem the person was already told about (once per file and problem). */
  private readonly told = new Set<string>();

  constructor(private readonly config: ConfigService) {
    super();
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.articles.delete(d.uri.toString())));
    this.register(vscode.workspace.onDidSaveTextDocument((d) => this.onSaved(d)));
    const watcher = this.register(vscode.workspace.createFileSystemWatcher(`**/{*${ANNOTATIONS_SUFFIX},lexicon.json}`));
    this.register(watcher.onDidChange((uri) => this.onOutsideChange(uri)));
    this.register(watcher.onDidCreate((uri) => this.onOutsideChange(uri)));
    this.register(watcher.onDidDelete((uri) => this.onOutsideChange(uri)));
    this.register(config.onDidChange(() => this.reloadAll()));
    this.register(vscode.workspace.onDidRenameFiles((e) => this.onRenamed(e.files)));
    // The setting is read when the event arrives, so a later change does not decide for an earlier deletion.
    this.register(vscode.workspace.onDidDeleteFiles((e) => this.onDeleted(e.files.map((uri) => ({ uri, mode: config.forDocument(uri).corrections.whenArticleDeleted })))));
  }

  /** Renamed or moved articles take their annotations files along (a file beside a renamed folder moves with it already). */
  private async onRenamed(files: ReadonlyArray<{ oldUri: vscode.Uri; newUri: vscode.Uri }>): Promise<void> {
    for (const { oldUri, newUri } of files) {
      if (oldUri.path.endsWith(ANNOTATIONS_SUFFIX)) continue;
      try {
        await this.moveWith(oldUri, newUri);
      } catch (err) {
        void vscode.window.showErrorMessage(vscode.l10n.t('News Annotator could not move the annotations of {0}: {1}', vscode.workspace.asRelativePath(oldUri), message(err)));
      }
    }
  }

  /** A deleted article: its annotations file stays, goes to the trash, or the person is asked (`corrections.whenArticleDeleted`). */
  private async onDeleted(files: ReadonlyArray<{ uri: vscode.Uri; mode: WhenArticleDeleted }>): Promise<void> {
    for (const { uri, mode } of files) {
      const file = mode === 'keep' || uri.path.endsWith(ANNOTATIONS_SUFFIX) ? undefined : this.locate(uri);
      if (!file) continue;
      try {
        await vscode.workspace.fs.stat(file);
      } catch {
        continue;
      }
      const deleteLabel = vscode.l10n.t('Delete Corrections');
      const remove =
        mode === 'delete' ||
        (await vscode.window.showWarningMessage(
          vscode.l10n.t('{0} was deleted. Delete its corrections ({1}) too?', vscode.workspace.asRelativePath(uri), vscode.workspace.asRelativePath(file)),
          deleteLabel,
          vscode.l10n.t('Keep'),
        )) === deleteLabel;
      if (!remove) continue;
      // Where the file system has no trash (a remote one, say), the file is deleted like the article was.
      const trash = await Promise.resolve(vscode.workspace.fs.delete(file, { useTrash: true })).then(() => true, () => false);
      if (!trash) await Promise.resolve(vscode.workspace.fs.delete(file, { useTrash: false })).then(undefined, (err) => vscode.window.showErrorMessage(message(err)));
    }
  }

  /** The records and lexicon rules of an article, once read; starts reading them on first use. */
  corrections(document: vscode.TextDocument): Corrections | undefined {
    const article = this.article(document);
    return article.corrections;
  }

  /**
   * The corrections of an article that may not be open (Annotate Workspace, the workspace
   * export): an open article's as this window holds them; else its annotations file read now
   * through workspace.fs (not kept), the workspace lexicon and the setting's own-type names. A
   * file that cannot be used is told to the person (as when it is opened) and left out.
   */
  async correctionsFor(article: vscode.Uri): Promise<(Corrections & { problem?: string }) | undefined> {
    const open = this.articles.get(article.toString());
    if (open) {
      await open.loading;
      await open.lexicon?.loading;
      // The article's own file: a broken lexicon is told once where it is read, and the article's records still apply.
      return open.corrections && open.error ? { ...open.corrections, problem: open.error } : open.corrections;
    }
    const lexicon = this.lexiconFor(article);
    const loaded: Loaded<AnnotationsFile> = { uri: this.locate(article), file: undefined, writing: Promise.resolve() };
    if (loaded.uri) await this.read(loaded, parseAnnotations);
    await lexicon?.loading;
    // As publish() composes them for an open article.
    return { records: loaded.error ? [] : (loaded.file?.records ?? []), lexicon: this.settingRules(article, lexicon && !lexicon.error ? lexicon.file?.records : undefined), ...(loaded.error ? { problem: loaded.error } : {}) };
  }

  /** The annotations file of a document (undefined for an untitled one, whose records live in memory). */
  fileOf(document: vscode.TextDocument): vscode.Uri | undefined {
    return this.locate(document.uri);
  }

  /** Why the document's annotations file cannot be used, if it cannot. */
  problem(document: vscode.TextDocument): string | undefined {
    const a = this.articles.get(document.uri.toString());
    return a?.error ?? a?.lexicon?.error;
  }

  /** Waits until the document's records (and the lexicon) are read. */
  async ready(document: vscode.TextDocument): Promise<void> {
    const article = this.article(document);
    await article.loading;
    await article.lexicon?.loading;
  }

  /** The article's records as they are now (anchors on the document's current text). */
  records(document: vscode.TextDocument): readonly AnnotationRecord[] {
    return this.article(document).file?.records ?? [];
  }

  /** The workspace lexicon's rules for the document's folder. */
  lexiconRecords(document: vscode.TextDocument): readonly LexiconRecord[] {
    return this.article(document).lexicon?.file?.records ?? [];
  }

  /** Whether a lexicon can hold workspace-wide corrections for this document (it is in a workspace folder). */
  hasLexicon(document: vscode.TextDocument): boolean {
    return !!this.article(document).lexicon;
  }

  mapEdits(document: vscode.TextDocument, changes: readonly TextChange[]): void {
    const article = this.articles.get(document.uri.toString());
    if (!article?.file?.records.length) return;
    const mapped = mapRecords(article.file.records, changes);
    if (!mapped.deleted.length) {
      article.file = { ...article.file, records: mapped.records };
    } else {
      // All of a record's text went (or the whole text was replaced, as a reload from disk
      // does): its old anchor is kept, and re-anchoring finds its text and context again, or
      // lists it as orphaned until the text comes back.
      const gone = new Set(mapped.deleted);
      const before = new Map(article.file.records.map((r) => [r.id, r]));
      article.file = { ...article.file, records: mapped.records.map((r) => (gone.has(r.id) ? before.get(r.id)! : r)) };
    }
    this.publish(article, false);
  }

  /**
   * Adds or replaces records (a correction, an undo) and writes the file. The change shows at
   * once; the write merges with the file on disk first.
   */
  async putRecords(document: vscode.TextDocument, records: readonly AnnotationRecord[]): Promise<WriteResult> {
    const article = this.article(document);
    if (!(await usable(article, records, emptyAnnotations))) return refused(article.error);
    this.publish(article);
    this.put.fire(document);
    return this.writeArticle(article);
  }

  /** Adds or replaces rules of the workspace lexicon of the document's folder and writes it. */
  async putLexicon(document: vscode.TextDocument, records: readonly LexiconRecord[]): Promise<WriteResult> {
    const lexicon = this.article(document).lexicon;
    if (!lexicon) return refused(vscode.l10n.t('This article is not in a workspace folder, so there is no workspace lexicon to hold corrections for every article.'));
    if (!(await usable(lexicon, records, emptyLexicon))) return refused(lexicon.error);
    this.publishLexicon(lexicon);
    this.lexiconChanged.fire();
    this.put.fire(document);
    return this.writeLexicon(lexicon);
  }

  /** Moves an article's annotations file after the article was renamed or moved (nothing to do when it has none). */
  async moveWith(oldArticle: vscode.Uri, newArticle: vscode.Uri): Promise<void> {
    const from = this.locate(oldArticle);
    const to = this.locate(newArticle);
    if (!from || !to || from.toString() === to.toString()) return;
    try {
      await vscode.workspace.fs.stat(from);
    } catch {
      return;
    }
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(to, '..'));
    await vscode.workspace.fs.rename(from, to, { overwrite: false });
    for (const a of this.articles.values()) if (a.uri?.toString() === from.toString()) a.uri = to;
  }

  /** Where an article's annotations file is: beside it, or under the setting's folder at the workspace root. */
  locate(article: vscode.Uri): vscode.Uri | undefined {
    if (article.scheme === 'untitled') return undefined;
    const folderSetting = this.config.forDocument(article).corrections.folder;
    const root = vscode.workspace.getWorkspaceFolder(article);
    if (folderSetting && root) {
      const relative = article.path.slice(root.uri.path.length).replace(/^\/+/, '');
      return vscode.Uri.joinPath(root.uri, folderSetting, `${relative}${ANNOTATIONS_SUFFIX}`);
    }
    return article.with({ path: `${article.path}${ANNOTATIONS_SUFFIX}`, query: '', fragment: '' });
  }

  private article(document: vscode.TextDocument): Article {
    const key = document.uri.toString();
    let article = this.articles.get(key);
    if (!article) {
      const uri = this.locate(document.uri);
      article = { document, uri, file: uri ? undefined : emptyAnnotations(), writing: Promise.resolve(), lexicon: this.lexiconFor(document.uri) };
      this.articles.set(key, article);
      if (uri) {
        const a = article;
        a.loading = this.read(a, parseAnnotations).then(() => this.publish(a));
      } else this.publish(article, false);
    }
    return article;
  }

  private lexiconFor(article: vscode.Uri): Loaded<LexiconFile> | undefined {
    const root = article.scheme === 'untitled' ? undefined : vscode.workspace.getWorkspaceFolder(article);
    if (!root) return undefined;
    const uri = vscode.Uri.joinPath(root.uri, LEXICON_PATH);
    let lexicon = this.lexicons.get(uri.toString());
    if (!lexicon) {
      const l: Loaded<LexiconFile> = { uri, file: undefined, writing: Promise.resolve() };
      this.lexicons.set(uri.toString(), l);
      l.loading = this.read(l, parseLexicon).then(() => this.publishLexicon(l));
      lexicon = l;
    }
    return lexicon;
  }

  /** Reads a file into `loaded`: a missing file is an empty one; an unusable one sets `error` and tells the person once. */
  private async read<F extends AnnotationsFile | LexiconFile>(loaded: Loaded<F>, parse: (text: string) => { ok: true; value: F } | { ok: false; error: string }): Promise<void> {
    const uri = loaded.uri!;
    let text: string;
    try {
      text = decoder.decode(await vscode.workspace.fs.readFile(uri));
    } catch (err) {
      loaded.lastText = undefined;
      if (notFound(err)) {
        loaded.error = undefined;
        loaded.file ??= (uri.path.endsWith(ANNOTATIONS_SUFFIX) ? emptyAnnotations() : emptyLexicon()) as F;
        return;
      }
      loaded.error = vscode.l10n.t('News Annotator could not read {0}: {1}', vscode.workspace.asRelativePath(uri), message(err));
      this.tell(uri, loaded.error);
      return;
    }
    loaded.lastText = text;
    const parsed = parse(text);
    if (!parsed.ok) {
      loaded.error = vscode.l10n.t(
        "{0} ({1}). It is left as it is and no corrections are saved to it; the machine's annotations are shown. Fix or remove the file to correct this article.",
        parsed.error,
        vscode.workspace.asRelativePath(uri),
      );
      this.tell(uri, loaded.error);
      return;
    }
    loaded.error = undefined;
    // Records this window holds that the file does not (written by no one yet) are kept.
    loaded.file = loaded.file ? mergeFile(parsed.value, loaded.file) : parsed.value;
  }

  private tell(uri: vscode.Uri, text: string): void {
    const key = `${uri.toString()}\n${text}`;
    if (this.told.has(key)) return;
    this.told.add(key);
    void vscode.window.showErrorMessage(text, vscode.l10n.t('Open File')).then((pick) => (pick ? vscode.window.showTextDocument(uri) : undefined));
  }

  /** Hands the store a new corrections object and tells it; `fire` false while mapping (the store redraws on the edit itself). */
  private publish(article: Article, fire = true): void {
    const lexicon = article.lexicon;
    // Nothing until both are read (or found unusable): the machine's analysis shows meanwhile.
    const read = (article.file || article.error) && (!lexicon || lexicon.file || lexicon.error);
    article.ownNames = ownNames(this.config, article.document.uri);
    article.corrections = read
      ? { records: article.error ? [] : (article.file?.records ?? []), lexicon: this.settingRules(article.document.uri, lexicon && !lexicon.error ? lexicon.file?.records : undefined) }
      : undefined;
    if (fire && !article.document.isClosed) this.changed.fire(article.document);
  }

  /**
   * The lexicon's rules after those of `entities.custom` names of the person's own types (the
   * analysis knows only the built-in ones): machine suggestions, as the setting's other names are.
   */
  private settingRules(uri: vscode.Uri, lexicon: readonly LexiconRecord[] | undefined): readonly LexiconRecord[] | undefined {
    const own = Object.entries(this.config.forDocument(uri).entities.customOwn);
    if (!own.length) return lexicon;
    const rules = own.map(([name, type]): LexiconRecord => ({ id: `setting:${name}`, by: 'machine', at: '', status: 'suggested', action: 'entity.mark', type, name }));
    return [...rules, ...(lexicon ?? [])];
  }

  private publishLexicon(lexicon: Loaded<LexiconFile>): void {
    for (const a of this.articles.values()) if (a.lexicon === lexicon) this.publish(a);
  }

  private writeArticle(article: Article): Promise<WriteResult> {
    const uri = article.uri;
    if (!uri) return Promise.resolve({ ok: true });
    const run = async (): Promise<WriteResult> => {
      const text = article.document.getText();
      const hash = textHash(text);
      const sent = article.file?.records ?? [];
      const mine: AnnotationsFile = {
        ...(article.file ?? emptyAnnotations()),
        records: sent.map((r) => (isDeleted(r) ? r : { ...r, anchor: refreshAnchor(r.anchor, text, hash) })),
      };
      const result = await this.writeMerged(article, mine, sent, parseAnnotations, mergeAnnotations, serializeAnnotations);
      this.publish(article);
      return result;
    };
    const next = article.writing.then(run, run);
    article.writing = next;
    return next;
  }

  private writeLexicon(lexicon: Loaded<LexiconFile>): Promise<WriteResult> {
    const run = async (): Promise<WriteResult> => {
      const mine = lexicon.file ?? emptyLexicon();
      const result = await this.writeMerged(lexicon, mine, mine.records, parseLexicon, mergeLexicon, serializeLexicon);
      this.publishLexicon(lexicon);
      return result;
    };
    const next = lexicon.writing.then(run, run);
    lexicon.writing = next;
    return next;
  }

  /**
   * Reads the file on disk, merges this window's version into it by record id, and writes the
   * result atomically: a temporary file beside it, then a rename over it. A file on disk that
   * cannot be read is never written. `sent`: the records `mine` was made from, as this window
   * held them; those it adds or changes while the write is under way stay (`afterWrite`).
   */
  private async writeMerged<F extends AnnotationsFile | LexiconFile>(
    loaded: Loaded<F>,
    mine: F,
    sent: readonly F['records'][number][],
    parse: (text: string) => { ok: true; value: F } | { ok: false; error: string },
    merge: (disk: F, mine: F) => F,
    serialize: (file: F) => string,
  ): Promise<WriteResult> {
    const uri = loaded.uri!;
    const fs = vscode.workspace.fs;
    let merged = mine;
    try {
      const disk = parse(decoder.decode(await fs.readFile(uri)));
      if (!disk.ok) {
        // Found unusable only now (changed since it was read): the same as at reading. This
        // window's records stay in memory, and come back merged once the file is fixed.
        loaded.error = vscode.l10n.t(
          "{0} ({1}). It is left as it is and the correction was not saved; the machine's annotations are shown. Fix or remove the file to correct this article.",
          disk.error,
          vscode.workspace.asRelativePath(uri),
        );
        this.tell(uri, loaded.error);
        return { ok: false, error: loaded.error, kept: false };
      }
      merged = merge(disk.value, mine);
    } catch (err) {
      if (!notFound(err)) return this.failed(uri, err);
    }
    const text = serialize(merged);
    const temp = uri.with({ path: `${uri.path}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp` });
    try {
      await fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      await fs.writeFile(temp, encoder.encode(text));
      await fs.rename(temp, uri, { overwrite: true });
    } catch (err) {
      await fs.delete(temp).then(undefined, () => undefined);
      return this.failed(uri, err);
    }
    loaded.lastText = text;
    // A correction (or an edit's mapping) that came while this write was under way is not in
    // `merged`: kept, and written by the write queued after this one, unless another window
    // wrote a newer change of that record (then held now, not at the next write).
    const held = (loaded.file?.records ?? []) as readonly F['records'][number][];
    loaded.file = { ...merged, records: afterWrite<F['records'][number]>(merged.records, sent, held) };
    loaded.error = undefined;
    return { ok: true };
  }

  private failed(uri: vscode.Uri, err: unknown): WriteResult {
    const error = vscode.l10n.t(
      'News Annotator could not save corrections to {0}: {1}. They stay in this window and are saved with the next correction.',
      vscode.workspace.asRelativePath(uri),
      message(err),
    );
    void vscode.window.showErrorMessage(error);
    return { ok: false, error, kept: true };
  }

  /** Another program (git, another window) changed a file: read it again and redraw. */
  private async onOutsideChange(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const lexicon = this.lexicons.get(key);
    if (lexicon) {
      await lexicon.writing;
      if (!(await this.sameAsLast(lexicon))) {
        await this.read(lexicon, parseLexicon);
        this.publishLexicon(lexicon);
        this.lexiconChanged.fire();
      }
    }
    for (const article of this.articles.values()) {
      if (article.uri?.toString() !== key) continue;
      await article.writing;
      if (await this.sameAsLast(article)) continue;
      await this.read(article, parseAnnotations);
      this.publish(article);
    }
  }

  private async sameAsLast(loaded: Loaded<AnnotationsFile | LexiconFile>): Promise<boolean> {
    try {
      return decoder.decode(await vscode.workspace.fs.readFile(loaded.uri!)) === loaded.lastText;
    } catch {
      return loaded.lastText === undefined;
    }
  }

  /** A saved article: its file gets the anchors of the text now on disk, if it has records. */
  private onSaved(document: vscode.TextDocument): void {
    const article = this.articles.get(document.uri.toString());
    if (article?.file?.records.length && !article.error) void this.writeArticle(article);
  }

  /** Settings changed: articles whose files moved (the folder setting) are read again on next use; the others get the rules from `entities.custom` afresh. */
  private reloadAll(): void {
    for (const article of [...this.articles.values()]) {
      if (this.locate(article.document.uri)?.toString() === article.uri?.toString()) {
        // The same files; the rules from `entities.custom` may have changed. Only then a new
        // corrections object: any other setting's change would redraw the old analysis as if new.
        if (article.corrections && article.ownNames !== ownNames(this.config, article.document.uri)) this.publish(article);
        continue;
      }
      this.articles.delete(article.document.uri.toString());
      this.changed.fire(article.document);
    }
  }
}

/** A change refused: the file cannot be used (its error), or there is none to hold it. */
function refused(error: string | undefined): WriteResult {
  return { ok: false, error: error ?? vscode.l10n.t('The corrections could not be saved.'), kept: false };
}

/** Once read, puts `records` in place of those with their ids; false when the file cannot be used. */
async function usable<F extends AnnotationsFile | LexiconFile>(loaded: Loaded<F>, records: readonly F['records'][number][], empty: () => F): Promise<boolean> {
  await loaded.loading;
  if (loaded.error) return false;
  const file = loaded.file ?? empty();
  const ids = new Set(records.map((r) => r.id));
  loaded.file = { ...file, records: [...(file.records as Array<F['records'][number]>).filter((r) => !ids.has(r.id)), ...records] };
  return true;
}

/** The file read from disk with this window's records merged in by id (disk's top-level fields kept). */
function mergeFile<F extends AnnotationsFile | LexiconFile>(disk: F, mine: F): F {
  return { ...disk, records: mergeRecords<AnnotationRecord | LexiconRecord>(disk.records, mine.records) } as F;
}
