import * as vscode from 'vscode';
import type { CorrectedAnalysis } from '../analysis/types';
import { AnalysisStore } from '../host/analysisStore';
import { Disposable } from '../host/disposable';
import { toRange } from '../editor/spans';

/**
 * The article the side views show: the active editor's document when it is an article. Focus
 * moving into a view or the panel keeps it; a non-text editor (an image, the settings, the
 * walkthrough) keeps an article still on screen beside it, and otherwise, as no editor at all
 * does, empties the views, so they never show an article that is not on screen.
 */
export class ActiveArticle extends Disposable {
  private document: vscode.TextDocument | undefined;
  private readonly emitter = this.register(new vscode.EventEmitter<void>());
  /** Fires when the article or its analysis changes. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly store: AnalysisStore) {
    super();
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.follow()));
    // A non-text editor becoming active may not change the active text editor (none before).
    this.register(vscode.window.tabGroups.onDidChangeTabs(() => this.follow(false)));
    this.register(vscode.window.tabGroups.onDidChangeTabGroups(() => this.follow(false)));
    this.register(
      store.onDidChange((e) => {
        // While an analysis runs the views keep showing the last one (mapped through any edit
        // since): no blanking on every keystroke.
        if (e.state.kind === 'pending') return;
        if (e.document === vscode.window.activeTextEditor?.document) this.follow();
        else if (e.document === this.document) this.emitter.fire();
      }),
    );
    this.register(
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.document) {
          this.document = undefined;
          this.emitter.fire();
        }
      }),
    );
    this.follow();
  }

  /**
   * The article shown, with the analysis shown for its current version (the last one mapped
   * through later edits while a new one runs) and, when it could not be analysed, why.
   */
  get current(): { document: vscode.TextDocument; analysis: CorrectedAnalysis | undefined; version: number; problem: string | undefined } | undefined {
    if (!this.document) return undefined;
    const state = this.store.state(this.document);
    const problem = state.kind === 'skipped' || state.kind === 'failed' ? state.reason : undefined;
    return { document: this.document, analysis: problem ? undefined : this.store.get(this.document), version: this.document.version, problem };
  }

  /** Takes the active editor's article; tells the views when it changed, or always when `always`. */
  private follow(always = true): void {
    const editor = vscode.window.activeTextEditor;
    const before = this.document;
    if (editor && editor.document.uri.scheme !== 'output') {
      this.document = this.store.isArticle(editor.document) ? editor.document : undefined;
    } else if (!editor && !textTabActive()) {
      const visible = vscode.window.visibleTextEditors.map((e) => e.document);
      this.document = this.document && visible.includes(this.document) ? this.document : visible.find((d) => this.store.isArticle(d));
    }
    if (always || this.document !== before) this.emitter.fire();
  }
}

/** Whether the active tab of the editor area shows text (the active text editor is then only between updates). */
function textTabActive(): boolean {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputText || input instanceof vscode.TabInputTextDiff;
}

/**
 * Arguments of `newsAnnotator.revealSpan`: which document, which version its offsets belong
 * to, which offsets.
 */
export function revealCommand(document: vscode.TextDocument, version: number, start: number, end: number, title = vscode.l10n.t('Reveal in Editor')): vscode.Command {
  return { command: 'newsAnnotator.revealSpan', title, arguments: [document.uri.toString(), version, start, end] };
}

/**
 * Opens the document and selects the span, if the document is still the version the offsets
 * were found in: after an edit they could point at other text, and the views update shortly.
 */
export async function revealSpan(uri: string, version: number, start: number, end: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  if (document.version !== version) {
    void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: the article changed since this list was made; it updates in a moment.'));
    return;
  }
  const range = toRange(document, { start, end });
  await vscode.window.showTextDocument(document, { selection: range, preserveFocus: false });
}
