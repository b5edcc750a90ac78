import * as vscode from 'vscode';
import { AnalysisStore } from '../analysisStore';
import { Disposable } from '../disposable';

/** Shows that the active file is annotated and what was found, or why it is not. */
export class StatusBar extends Disposable {
  private readonly item = this.register(vscode.window.createStatusBarItem('newsAnnotator.status', vscode.StatusBarAlignment.Right, 100));

  constructor(private readonly store: AnalysisStore) {
    super();
    this.item.name = 'News Annotator';
    this.register(store.onDidChange((e) => e.document === vscode.window.activeTextEditor?.document && this.update()));
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.store.isArticle(document)) {
      this.item.hide();
      return;
    }
    const state = this.store.state(document);
    this.item.backgroundColor = undefined;
    this.item.command = undefined;
    switch (state.kind) {
      case 'ready': {
        const d = state.analysis.duplicates;
        const copies = d.copies.length;
        this.item.text = copies ? `$(note) News: ${copies} duplicate${copies === 1 ? '' : 's'}` : '$(note) News: no duplicates';
        this.item.tooltip = new vscode.MarkdownString(
          `**News Annotator** is annotating this file.\n\n` +
            `- ${state.analysis.paragraphs.length} paragraphs\n` +
            `- ${copies} duplicated paragraph${copies === 1 ? '' : 's'} in ${d.blocks.length} block${d.blocks.length === 1 ? '' : 's'}\n\n` +
            (copies ? 'Click to go to the next duplicate.' : ''),
        );
        this.item.command = copies ? 'newsAnnotator.nextDuplicate' : undefined;
        break;
      }
      case 'pending':
        this.item.text = '$(sync~spin) News: analysing\u2026';
        this.item.tooltip = 'News Annotator is analysing this article.';
        break;
      case 'skipped':
      case 'failed':
        this.item.text = '$(warning) News: not annotated';
        this.item.tooltip = state.reason;
        this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        break;
      default:
        this.item.hide();
        return;
    }
    this.item.show();
  }
}
