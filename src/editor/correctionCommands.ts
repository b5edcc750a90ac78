import * as vscode from 'vscode';
import {
  AnnotationRecord,
  anchorAt,
  entityRecord,
  EntityAction,
  LexiconAction,
  lexiconRecord,
  LexiconRecord,
  nextUnreviewed,
  quoteRecord,
  QuoteAction,
  QuoteKindName,
  restoreRecord,
  withdrawRecord,
} from '../analysis/annotations';
import type { CorrectedAnalysis, Entity, EntityLabel, EntityMention, OrphanedRecord, Quote, Span } from '../analysis/types';
import { AnalysisStore } from '../host/analysisStore';
import { AnnotationFiles, WriteResult } from '../host/annotationFiles';
import { Author } from '../host/author';
import { ConfigService, ENTITY_TYPES } from '../host/config';
import { Disposable } from '../host/disposable';
import { mentionAt, quoteAt, typeLabel } from './entityLookup';
import { toOffset, toRange } from './spans';

/** Every correction command: id and the title the palette shows after "News: ". */
export const CORRECTION_COMMANDS = {
  changeEntityType: 'newsAnnotator.changeEntityType',
  notAnEntity: 'newsAnnotator.notAnEntity',
  markEntity: 'newsAnnotator.markEntity',
  mergeEntity: 'newsAnnotator.mergeEntity',
  splitMention: 'newsAnnotator.splitMention',
  setCanonicalName: 'newsAnnotator.setCanonicalName',
  setQuoteSpeaker: 'newsAnnotator.setQuoteSpeaker',
  clearQuoteSpeaker: 'newsAnnotator.clearQuoteSpeaker',
  notAQuote: 'newsAnnotator.notAQuote',
  markQuote: 'newsAnnotator.markQuote',
  changeQuoteKind: 'newsAnnotator.changeQuoteKind',
  acceptAnnotation: 'newsAnnotator.acceptAnnotation',
  nextUnreviewed: 'newsAnnotator.nextUnreviewed',
  undoCorrection: 'newsAnnotator.undoCorrection',
  redoCorrection: 'newsAnnotator.redoCorrection',
  reanchorOrphan: 'newsAnnotator.reanchorOrphan',
  deleteOrphan: 'newsAnnotator.deleteOrphan',
} as const;

/** How far a correction reaches: the one mention, the article, or every article (the workspace lexicon). */
export type Reach = 'mention' | 'article' | 'workspace';

/**
 * What a command acts on and, for tests and scripts, the answers to its questions. Commands take
 * it from a code action or hover link (`uri` and `offset`), from a row of the Entities or
 * Quotes view, or from the active editor's cursor and selection; any answer not given is asked.
 */
export interface CorrectionArgs {
  uri?: string;
  offset?: number;
  /** The span to mark (Mark Selection as …); default the editor's selection. */
  start?: number;
  end?: number;
  scope?: Reach;
  type?: string;
  /** Merge Into: the canonical name of the entity to join. */
  into?: string;
  canonical?: string;
  speaker?: string;
  kind?: QuoteKindName;
  /** Re-anchor / delete an orphaned record: its id. */
  record?: string;
}

/** A row of the Entities or Quotes view, as the views hand it to their context menus. */
interface ViewRow {
  kind: string;
  entity?: Entity<EntityLabel>;
  mention?: EntityMention;
  quote?: Quote;
  orphan?: OrphanedRecord;
}

interface Target {
  document: vscode.TextDocument;
  analysis: CorrectedAnalysis;
  offset: number;
  /** A non-empty selection (or the span given). */
  span?: Span;
  /** A whole entity chosen in the view (no one mention). */
  entity?: Entity<EntityLabel>;
  args: CorrectionArgs;
}

/** One undoable step: the records it added or changed, as they were before (undefined: new). */
interface Step {
  document: vscode.TextDocument;
  article: Array<{ after: AnnotationRecord }>;
  lexicon: Array<{ after: LexiconRecord }>;
}

const scopes = (): Array<{ label: string; description: string; scope: Reach }> => [
  { label: vscode.l10n.t('This mention'), description: vscode.l10n.t('only here'), scope: 'mention' },
  { label: vscode.l10n.t('Every mention in this article'), description: vscode.l10n.t('the whole entity and every occurrence of the name'), scope: 'article' },
  { label: vscode.l10n.t('Every article in the workspace'), description: vscode.l10n.t('a rule in .news-annotator/lexicon.json'), scope: 'workspace' },
];

const kinds = (): Array<vscode.QuickPickItem & { quoteKind: QuoteKindName }> => [
  { label: vscode.l10n.t('Direct quote'), quoteKind: 'direct' },
  { label: vscode.l10n.t('Reported speech'), quoteKind: 'indirect' },
  { label: vscode.l10n.t('Reported speech with a quoted fragment'), quoteKind: 'mixed' },
];

/** The kinds of the views' rows that carry something to correct. */
const ROW_KINDS = new Set(['entity', 'mention', 'quote', 'orphan']);

function isRow(arg: unknown): arg is ViewRow {
  return typeof arg === 'object' && arg !== null && ROW_KINDS.has((arg as ViewRow).kind) && !('uri' in arg);
}

/**
 * The correction commands: each makes a record (or a lexicon rule) with the core's record
 * makers, hands it to AnnotationFiles, which shows it at once and writes it, and keeps an undo
 * step. Questions (scope, type, speaker) are quick picks, answered by `CorrectionArgs` when
 * given.
 */
export class CorrectionCommands extends Disposable {
  private readonly undo: Step[] = [];
  private readonly redo: Step[] = [];

  constructor(
    private readonly store: AnalysisStore,
    private readonly files: AnnotationFiles,
    private readonly author: Author,
    private readonly config: ConfigService,
  ) {
    super();
    const c = CORRECTION_COMMANDS;
    const on = (id: string, run: (arg: unknown) => Promise<unknown>) =>
      this.register(
        vscode.commands.registerCommand(id, async (arg: unknown) => {
          try {
            return await run(arg);
          } catch (err) {
            void vscode.window.showErrorMessage(vscode.l10n.t('News Annotator: {0}', err instanceof Error ? err.message : String(err)));
            return undefined;
          }
        }),
      );
    on(c.changeEntityType, (a) => this.entityCommand(a, 'type'));
    on(c.notAnEntity, (a) => this.entityCommand(a, 'reject'));
    on(c.mergeEntity, (a) => this.entityCommand(a, 'merge'));
    on(c.splitMention, (a) => this.entityCommand(a, 'split'));
    on(c.setCanonicalName, (a) => this.entityCommand(a, 'canonical'));
    on(c.markEntity, (a) => this.markEntity(a));
    on(c.setQuoteSpeaker, (a) => this.quoteCommand(a, 'speaker'));
    on(c.clearQuoteSpeaker, (a) => this.quoteCommand(a, 'clearSpeaker'));
    on(c.notAQuote, (a) => this.quoteCommand(a, 'reject'));
    on(c.changeQuoteKind, (a) => this.quoteCommand(a, 'kind'));
    on(c.markQuote, (a) => this.markQuote(a));
    on(c.acceptAnnotation, (a) => this.accept(a));
    on(c.nextUnreviewed, (a) => this.goToNextUnreviewed(a));
    on(c.undoCorrection, () => this.step(this.undo, this.redo, 'undo'));
    on(c.redoCorrection, () => this.step(this.redo, this.undo, 'redo'));
    on(c.reanchorOrphan, (a) => this.reanchorOrphan(a));
    on(c.deleteOrphan, (a) => this.deleteOrphan(a));
  }

  /** The article and offsets a command acts on. */
  private async target(arg: unknown): Promise<Target | undefined> {
    const args: CorrectionArgs = isRow(arg) ? {} : ((arg as CorrectionArgs | undefined) ?? {});
    let document: vscode.TextDocument | undefined;
    let offset: number | undefined;
    let span: Span | undefined;
    let entity: Entity<EntityLabel> | undefined;
    if (isRow(arg)) {
      document = vscode.window.activeTextEditor?.document;
      const at = arg.mention ?? arg.quote ?? arg.orphan ?? arg.entity?.mentions[0];
      offset = at?.start;
      if (arg.kind === 'entity') entity = arg.entity;
      if (arg.orphan) args.record = arg.orphan.id;
    } else if (args.uri) {
      document = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri));
      offset = args.offset ?? args.start;
    } else {
      const editor = vscode.window.activeTextEditor;
      document = editor?.document;
      if (editor) {
        offset = toOffset(editor.document, editor.selection.active);
        if (!editor.selection.isEmpty) span = { start: toOffset(editor.document, editor.selection.start), end: toOffset(editor.document, editor.selection.end) };
      }
    }
    if (args.start !== undefined && args.end !== undefined) span = { start: args.start, end: args.end };
    if (!document || !this.store.isArticle(document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: open an article and put the cursor on an annotation first.'));
      return undefined;
    }
    await this.files.ready(document);
    const problem = this.files.problem(document);
    if (problem) {
      void vscode.window.showErrorMessage(problem);
      return undefined;
    }
    const analysis = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('News Annotator: analysing the article…') }, () => this.store.analyzeNow(document));
    if (!analysis) return undefined;
    return { document, analysis, offset: offset ?? 0, span, entity, args };
  }

  private async maker(): Promise<{ by: string }> {
    return { by: await this.author.name() };
  }

  /** Asks how far a correction reaches (unless the arguments say); `workspace` only where a lexicon can hold it. */
  private async reach(t: Target, allowWorkspace = true): Promise<Reach | undefined> {
    if (t.args.scope) return t.args.scope;
    const choices = scopes().filter((s) => (s.scope !== 'workspace' || (allowWorkspace && this.files.hasLexicon(t.document))) && (s.scope !== 'mention' || !t.entity));
    const pick = await vscode.window.showQuickPick(choices, { title: vscode.l10n.t('News: apply this correction to…'), placeHolder: vscode.l10n.t('This mention, the article, or every article'), ignoreFocusOut: true });
    return pick?.scope;
  }

  /** The entity types a person can choose: built-in ones, the setting's own types, and any new name typed. */
  private async chooseType(t: Target, current?: string): Promise<string | undefined> {
    if (t.args.type) return t.args.type;
    const own = Object.keys(this.config.forDocument(t.document.uri).entities.userTypes);
    const items = [...ENTITY_TYPES, ...own].filter((x) => x !== current).map((type) => ({ label: typeLabel(type), type }));
    const pick = await pickOrType(items, vscode.l10n.t('News: entity type'), vscode.l10n.t('A type, or a new type name (e.g. event)'));
    return pick && (pick.type ?? pick.typed.trim().toLowerCase());
  }

  private mentionTarget(t: Target): { entity: Entity<EntityLabel>; mention: EntityMention } | undefined {
    if (t.entity) return { entity: t.entity, mention: t.entity.mentions[0] };
    const ref = mentionAt(t.analysis, t.offset);
    if (!ref) void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: put the cursor on a highlighted name first.'));
    return ref;
  }

  private async entityCommand(arg: unknown, what: 'type' | 'reject' | 'merge' | 'split' | 'canonical'): Promise<boolean> {
    const t = await this.target(arg);
    const ref = t && this.mentionTarget(t);
    if (!t || !ref) return false;
    let action: EntityAction | undefined = what === 'reject' ? { action: 'entity.reject' } : what === 'split' ? { action: 'entity.split' } : undefined;
    switch (what) {
      case 'type': {
        const type = await this.chooseType(t, ref.entity.type);
        action = type ? { action: 'entity.type', type } : undefined;
        break;
      }
      case 'merge': {
        const into = t.args.into ?? (await this.chooseEntity(t, ref.entity, vscode.l10n.t('News: merge into which entity?')))?.canonical;
        const entity = into ? t.analysis.entities.find((e) => e.canonical === into) : undefined;
        action = into ? { action: 'entity.merge', into: { name: into, type: entity?.type } } : undefined;
        break;
      }
      case 'canonical': {
        const canonical =
          t.args.canonical ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('News: canonical name'), value: ref.entity.canonical, validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A name is needed.')) }));
        action = canonical?.trim() ? { action: 'entity.canonical', canonical: canonical.trim() } : undefined;
        break;
      }
    }
    if (!action) return false;
    const reach = await this.reach(t, what !== 'split');
    if (!reach) return false;
    return this.commitEntity(t, action, reach, ref.mention);
  }

  private async commitEntity(t: Target, action: EntityAction, reach: Reach, span: Span & { text: string }): Promise<boolean> {
    const maker = await this.maker();
    if (reach === 'workspace') {
      if (action.action === 'entity.split') return false;
      return this.commit(t.document, [], [lexiconRecord(action as LexiconAction, span.text, maker)]);
    }
    return this.commit(t.document, [entityRecord(action, reach, t.document.getText(), span, maker)], []);
  }

  private async chooseEntity(t: Target, not: Entity<EntityLabel> | undefined, title: string): Promise<Entity<EntityLabel> | undefined> {
    const items = t.analysis.entities.filter((e) => e !== not).map((entity) => ({ label: entity.canonical, description: typeLabel(entity.type), entity }));
    return (await vscode.window.showQuickPick(items, { title, matchOnDescription: true, ignoreFocusOut: true }))?.entity;
  }

  private async markEntity(arg: unknown): Promise<boolean> {
    const t = await this.target(arg);
    const span = t && selected(t, vscode.l10n.t('News Annotator: select the words to mark as an entity first.'));
    if (!t || !span) return false;
    const type = await this.chooseType(t);
    if (!type) return false;
    const reach = await this.reach(t);
    if (!reach) return false;
    return this.commitEntity(t, { action: 'entity.mark', type }, reach, { ...span, text: t.document.getText().slice(span.start, span.end) });
  }

  private quoteTarget(t: Target): Quote | undefined {
    const quote = quoteAt(t.analysis, t.offset);
    if (!quote) void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: put the cursor inside a quote first.'));
    return quote;
  }

  private async quoteCommand(arg: unknown, what: 'speaker' | 'clearSpeaker' | 'reject' | 'kind'): Promise<boolean> {
    const t = await this.target(arg);
    const quote = t && this.quoteTarget(t);
    if (!t || !quote) return false;
    let action: QuoteAction | undefined = what === 'reject' ? { action: 'quote.reject' } : what === 'clearSpeaker' ? { action: 'quote.clearSpeaker' } : undefined;
    switch (what) {
      case 'speaker': {
        const name = t.args.speaker ?? (await this.chooseSpeaker(t));
        const entity = name ? t.analysis.entities.find((e) => e.canonical === name) : undefined;
        action = name ? { action: 'quote.speaker', speaker: { name, type: entity?.type } } : undefined;
        break;
      }
      case 'kind': {
        const kind = t.args.kind ?? (await vscode.window.showQuickPick(kinds().filter((k) => k.quoteKind !== quote.kind), { title: vscode.l10n.t('News: kind of quote'), ignoreFocusOut: true }))?.quoteKind;
        action = kind ? { action: 'quote.kind', kind } : undefined;
        break;
      }
    }
    if (!action) return false;
    return this.commit(t.document, [quoteRecord(action, t.document.getText(), quote, await this.maker())], []);
  }

  private async chooseSpeaker(t: Target): Promise<string | undefined> {
    // A date never speaks: dates are not offered (a new name can still be typed).
    const people = t.analysis.entities.filter((e) => e.type !== 'date').sort((a, b) => Number(b.type === 'person') - Number(a.type === 'person') || a.canonical.localeCompare(b.canonical));
    const pick = await pickOrType(
      people.map((entity) => ({ label: entity.canonical, description: typeLabel(entity.type), type: entity.canonical })),
      vscode.l10n.t('News: who said it?'),
      vscode.l10n.t('An entity of the article, or type a new name'),
    );
    return pick && (pick.type ?? pick.typed.trim());
  }

  private async markQuote(arg: unknown): Promise<boolean> {
    const t = await this.target(arg);
    const span = t && selected(t, vscode.l10n.t('News Annotator: select the quoted words first.'));
    if (!t || !span) return false;
    const kind = t.args.kind ?? (await vscode.window.showQuickPick(kinds(), { title: vscode.l10n.t('News: kind of quote'), ignoreFocusOut: true }))?.quoteKind;
    if (!kind) return false;
    return this.commit(t.document, [quoteRecord({ action: 'quote.mark', kind }, t.document.getText(), span, await this.maker())], []);
  }

  /** Accept: the mention under the cursor (or, from the view, the whole entity), else the quote. */
  private async accept(arg: unknown): Promise<boolean> {
    const t = await this.target(arg);
    if (!t) return false;
    const ref = t.entity ? { entity: t.entity, mention: t.entity.mentions[0] } : isRow(arg) && arg.kind === 'quote' ? undefined : mentionAt(t.analysis, t.offset);
    if (ref) return this.commitEntity(t, { action: 'entity.accept' }, t.args.scope ?? (t.entity ? 'article' : 'mention'), ref.mention);
    const quote = quoteAt(t.analysis, t.offset);
    if (!quote) {
      void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: put the cursor on a highlighted name or inside a quote first.'));
      return false;
    }
    return this.commit(t.document, [quoteRecord({ action: 'quote.accept' }, t.document.getText(), quote, await this.maker())], []);
  }

  /** "News: Go to Next Unreviewed": selects the next annotation still a machine guess, wrapping around. */
  private async goToNextUnreviewed(arg: unknown): Promise<boolean> {
    const t = await this.target(arg);
    if (!t) return false;
    // In the group that shows it already (the focus may be on a page beside it, the walkthrough).
    const editor = await vscode.window.showTextDocument(t.document, vscode.window.visibleTextEditors.find((e) => e.document === t.document)?.viewColumn);
    const next = nextUnreviewed(t.analysis, toOffset(t.document, editor.selection.active));
    if (!next) {
      void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: everything in this article is reviewed ({0}).', t.analysis.review?.total ?? 0));
      return false;
    }
    const range = toRange(t.document, next);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  }

  /** Re-anchors an orphaned record at the selection. */
  private async reanchorOrphan(arg: unknown): Promise<boolean> {
    const t = await this.target(arg);
    const record = t && this.files.records(t.document).find((r) => r.id === t.args.record);
    const editor = vscode.window.activeTextEditor;
    const span = t?.span ?? (editor && editor.document === t?.document && !editor.selection.isEmpty ? { start: toOffset(editor.document, editor.selection.start), end: toOffset(editor.document, editor.selection.end) } : undefined);
    if (!t || !record) return false;
    if (!span || span.start === span.end) {
      void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: select the text the correction belongs to, then choose Re-anchor again.'));
      return false;
    }
    const maker = await this.maker();
    return this.commit(t.document, [{ ...record, by: maker.by, at: new Date().toISOString(), anchor: anchorAt(t.document.getText(), span.start, span.end) }], []);
  }

  private async deleteOrphan(arg: unknown): Promise<boolean> {
    const t = await this.target(arg);
    const record = t && this.files.records(t.document).find((r) => r.id === t.args.record);
    if (!t || !record) return false;
    return this.commit(t.document, [withdrawRecord(record, await this.maker())], []);
  }

  /** Saves records and makes them one undo step. */
  private async commit(document: vscode.TextDocument, article: AnnotationRecord[], lexicon: LexiconRecord[]): Promise<boolean> {
    const ok = await this.save(document, article, lexicon);
    if (ok) {
      this.undo.push({ document, article: article.map((after) => ({ after })), lexicon: lexicon.map((after) => ({ after })) });
      this.redo.length = 0;
    }
    return ok;
  }

  private async save(document: vscode.TextDocument, article: AnnotationRecord[], lexicon: LexiconRecord[]): Promise<boolean> {
    const results: WriteResult[] = [];
    if (article.length) results.push(await this.files.putRecords(document, article));
    if (lexicon.length) results.push(await this.files.putLexicon(document, lexicon));
    // A failed write keeps the correction in this window (it shows, and is saved with the next
    // one); AnnotationFiles has said why. A file that cannot be used takes nothing.
    for (const r of results) if (!r.ok && !r.kept) void vscode.window.showErrorMessage(r.error);
    return results.length > 0 && results.every((r) => r.ok || r.kept);
  }

  /** Undo withdraws the step's records (tombstones); redo restores them, newer than the withdrawal. */
  private async step(from: Step[], to: Step[], what: 'undo' | 'redo'): Promise<boolean> {
    const step = from.pop();
    if (!step) {
      void vscode.window.showInformationMessage(what === 'undo' ? vscode.l10n.t('News Annotator: no correction to undo.') : vscode.l10n.t('News Annotator: no correction to redo.'));
      return false;
    }
    const maker = await this.maker();
    const change = <R extends AnnotationRecord | LexiconRecord>(r: R): R => (what === 'undo' ? withdrawRecord(r, maker) : restoreRecord(r, maker));
    const current = new Map(this.files.records(step.document).map((r) => [r.id, r]));
    const currentLex = new Map(this.files.lexiconRecords(step.document).map((r) => [r.id, r]));
    const article = step.article.map(({ after }) => change(current.get(after.id) ?? after));
    const lexicon = step.lexicon.map(({ after }) => change(currentLex.get(after.id) ?? after));
    const ok = await this.save(step.document, article, lexicon);
    if (ok) to.push({ document: step.document, article: article.map((after) => ({ after })), lexicon: lexicon.map((after) => ({ after })) });
    else from.push(step);
    return ok;
  }
}

/** The selected span, trimmed; undefined (and the person told what to do, `hint`) without one. */
function selected(t: Target, hint: string): Span | undefined {
  const span = t.span && trimSpan(t.document.getText(), t.span);
  if (!span) void vscode.window.showInformationMessage(hint);
  return span;
}

/** The span without white space at its ends; undefined when nothing is left. */
function trimSpan(text: string, span: Span): Span | undefined {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { start, end } : undefined;
}

/** A quick pick that also takes a typed value that matches no item. */
function pickOrType<T extends { label: string; description?: string; type: string }>(items: T[], title: string, placeholder: string): Promise<{ type?: string; typed: string } | undefined> {
  return new Promise((resolve) => {
    const qp = vscode.window.createQuickPick<vscode.QuickPickItem & { type?: string }>();
    qp.title = title;
    qp.placeholder = placeholder;
    qp.items = items;
    // The first of two steps (the type, then the scope): a click elsewhere, or a webview taking the
    // focus as it loads (the walkthrough's pictures do), must not throw the correction away; Escape does.
    qp.ignoreFocusOut = true;
    let done = false;
    const finish = (value: { type?: string; typed: string } | undefined) => {
      if (done) return;
      done = true;
      resolve(value);
      qp.dispose();
    };
    qp.onDidChangeValue((value) => {
      const typed = value.trim();
      const exact = items.some((i) => i.label.toLowerCase() === typed.toLowerCase());
      qp.items = typed && !exact ? [...items, { label: typed, description: vscode.l10n.t('new'), type: undefined }] : items;
    });
    qp.onDidAccept(() => {
      const item = qp.selectedItems[0] as (vscode.QuickPickItem & { type?: string }) | undefined;
      const typed = qp.value.trim();
      if (item) finish({ type: item.type, typed: item.label });
      else if (typed) finish({ typed });
    });
    qp.onDidHide(() => finish(undefined));
    qp.show();
  });
}
