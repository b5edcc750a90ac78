import * as vscode from 'vscode';
import { AnalysisStore } from '../host/analysisStore';
import { ConfigService } from '../host/config';
import { Disposable } from '../host/disposable';
import { statusText } from './statusText';

/** Shows that the active file is annotated and what was found, or why it is not; keeps the `newsAnnotator.isArticle` context key. */
export class StatusBar extends Disposable {
  private isArticle: boolean | undefined;
  private readonly item = this.register(vscode.window.createStatusBarItem('newsAnnotator.status', vscode.StatusBarAlignment.Right, 100));

  constructor(
    private readonly store: AnalysisStore,
    private readonly config: ConfigService,
  ) {
    super();
    this.item.name = vscode.l10n.t('News Annotator');
    this.register(store.onDidChange((e) => e.document === vscode.window.activeTextEditor?.document && this.update()));
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const article = !!document && this.store.isArticle(document);
    // The keybindings' when clause: the extension's keys act in articles only. Sent only when it
    // changes: this runs on every analysis event, twice per pause in typing.
    if (article !== this.isArticle) {
      this.isArticle = article;
      void vscode.commands.executeCommand('setContext', 'newsAnnotator.isArticle', article);
    }
    if (!document || !article) {
      this.item.hide();
      return;
    }
    const state = this.store.state(document);
    this.item.backgroundColor = undefined;
    this.item.command = undefined;
    // While an edit waits for its analysis, the shown one (mapped through the edit) keeps its words.
    const shown = state.kind === 'ready' || state.kind === 'mapped' || state.kind === 'pending' ? this.store.get(document) : undefined;
    if (shown) {
      const words = statusText(shown, this.config.forDocument(document.uri).maxAnalysisLength, state.kind !== 'ready');
      this.item.text = words.text;
      this.item.tooltip = new vscode.MarkdownString(words.tooltip, true);
      this.item.command = shown.duplicates.copies.length ? 'newsAnnotator.nextDuplicate' : undefined;
      // Without a label the workbench reads out the text and the tooltip's Markdown source.
      this.item.accessibilityInformation = { label: words.label };
    } else if (state.kind === 'pending' || state.kind === 'mapped') {
      this.item.text = `$(sync~spin) ${vscode.l10n.t('News: analysing…')}`;
      this.item.tooltip = vscode.l10n.t('News Annotator is analysing this article.');
      this.item.accessibilityInformation = { label: this.item.tooltip };
    } else if (state.kind === 'skipped' || state.kind === 'failed') {
      this.item.text = `$(warning) ${vscode.l10n.t('News: not annotated')}`;
      this.item.tooltip = state.reason;
      this.item.accessibilityInformation = { label: vscode.l10n.t('News Annotator: not annotated. {0}', state.reason) };
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    } else {
      this.item.hide();
      return;
    }
    this.item.show();
  }
}
