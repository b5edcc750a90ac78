import * as vscode from 'vscode';
import type { EntityMention } from '../analysis/types';
import { AnalysisStore } from '../host/analysisStore';
import { Disposable } from '../host/disposable';
import { toRange } from '../editor/spans';

/**
 * Context keys the walkthrough's steps complete on (`onContext:` in package.json): set once the
 * person has done the step, never by merely opening the walkthrough.
 */
export const WALKTHROUGH_KEYS = {
  /** An entity hover was shown. */
  hovered: 'newsAnnotator.walkthrough.hovered',
  /** A correction (or acceptance) was recorded. */
  corrected: 'newsAnnotator.walkthrough.corrected',
} as const;

/** The commands the walkthrough's buttons run: each acts on the article, wherever the focus is. */
export const WALKTHROUGH_COMMANDS = {
  showHover: 'newsAnnotator.walkthrough.showHover',
  correct: 'newsAnnotator.walkthrough.correct',
  quotes: 'newsAnnotator.walkthrough.quotes',
  review: 'newsAnnotator.walkthrough.review',
  export: 'newsAnnotator.walkthrough.export',
} as const;

/**
 * The walkthrough "Get Started with News Annotator": its buttons' commands and the context keys
 * its steps complete on. The buttons run from the walkthrough page, where no text editor is
 * active, so each first brings an article's editor to the front (the demo, opened beside, when
 * none is open) and then does what a person would do there.
 */
export class Walkthrough extends Disposable {
  private readonly done = new Set<string>();

  constructor(private readonly store: AnalysisStore, onDidCorrect: vscode.Event<unknown>) {
    super();
    this.register(onDidCorrect(() => this.mark(WALKTHROUGH_KEYS.corrected)));
    const c = WALKTHROUGH_COMMANDS;
    this.register(vscode.commands.registerCommand(c.showHover, () => this.showHover()));
    this.register(vscode.commands.registerCommand(c.correct, () => this.atFirstMention('newsAnnotator.changeEntityType')));
    this.register(vscode.commands.registerCommand(c.quotes, () => this.inArticle('newsAnnotator.quotes.focus')));
    this.register(vscode.commands.registerCommand(c.review, () => this.inArticle('newsAnnotator.nextUnreviewed')));
    this.register(vscode.commands.registerCommand(c.export, () => this.inArticle('newsAnnotator.exportAnnotations')));
  }

  /** Sets a step's context key (once per window). */
  mark(key: string): void {
    if (this.done.has(key)) return;
    this.done.add(key);
    void vscode.commands.executeCommand('setContext', key, true);
  }

  /** Wraps the entity hover provider: a hover it gives completes the "hover a name" step. */
  watchHover(provider: vscode.HoverProvider): vscode.HoverProvider {
    return {
      provideHover: async (document, position, token) => {
        const hover = await provider.provideHover(document, position, token);
        if (hover) this.mark(WALKTHROUGH_KEYS.hovered);
        return hover;
      },
    };
  }

  /** The article to act on, focused: the active editor, a visible article, or the demo opened beside. */
  private async article(): Promise<vscode.TextEditor | undefined> {
    const active = vscode.window.activeTextEditor;
    const editor =
      active && this.store.isArticle(active.document) ? active : vscode.window.visibleTextEditors.find((e) => this.store.isArticle(e.document));
    if (editor) return vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
    await vscode.commands.executeCommand('newsAnnotator.openDemo', 'beside');
    const opened = vscode.window.activeTextEditor;
    return opened && this.store.isArticle(opened.document) ? opened : undefined;
  }

  private async inArticle(command: string): Promise<void> {
    if (await this.article()) await vscode.commands.executeCommand(command);
  }

  /** The first mention of the most mentioned entity (a person first), selected and revealed. */
  private async selectMention(): Promise<vscode.TextEditor | undefined> {
    const editor = await this.article();
    if (!editor) return undefined;
    const analysis = (await this.store.analyzeNow(editor.document)) ?? this.store.get(editor.document);
    const entities = [...(analysis?.entities ?? [])].sort(
      (a, b) => Number(b.type === 'person') - Number(a.type === 'person') || b.mentions.length - a.mentions.length,
    );
    const mention: EntityMention | undefined = entities[0]?.mentions[0];
    if (!mention) {
      void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: this article names nobody yet; try the demo article (News: Open Demo Article).'));
      return undefined;
    }
    const range = toRange(editor.document, mention);
    editor.selection = new vscode.Selection(range.start, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  /** Puts the cursor on a name and shows its hover, as Ctrl+K Ctrl+I would (the mouse does it too). */
  private async showHover(): Promise<void> {
    if (await this.selectMention()) await vscode.commands.executeCommand('editor.action.showHover');
  }

  private async atFirstMention(command: string): Promise<void> {
    if (await this.selectMention()) await vscode.commands.executeCommand(command);
  }
}
