import * as vscode from 'vscode';
import { AnalysisStore } from '../host/analysisStore';
import { Disposable } from '../host/disposable';
import { uniqueQuotes } from './entityLookup';
import { plural } from './text';


/** Shows that the active file is annotated and what was found, or why it is not; keeps the `newsAnnotator.isArticle` context key. */
export class StatusBar extends Disposable {
  private isArticle: boolean | undefined;
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
    switch (state.kind) {
      case 'ready': {
        const a = state.analysis;
        const d = a.duplicates;
        const copies = d.copies.length;
        const people = a.entities.filter((e) => e.type === 'person').length;
        const parts = [copies ? plural(copies, 'duplicate') : 'no duplicates', plural(people, 'person', 'people'), plural(uniqueQuotes(a).length, 'quote')];
        const icon = a.partial ? '$(sync~spin)' : a.notices.length ? '$(warning)' : '$(note)';
        this.item.text = `${icon} News: ${parts.join(' \u00b7 ')}`;
        this.item.tooltip = new vscode.MarkdownString(
          `**News Annotator** is annotating this file.\n\n` +
            `- ${plural(a.paragraphs.length, 'paragraph')}\n` +
            `- ${plural(copies, 'duplicated paragraph')} in ${plural(d.blocks.length, 'block')}\n` +
            `- ${plural(a.entities.length, 'entity', 'entities')}, ${plural(people, 'person', 'people')}\n` +
            `- ${plural(uniqueQuotes(a).length, 'quote')}\n\n` +
            a.notices.map((n) => `$(warning) ${n}\n\n`).join('') +
            (a.partial ? 'Entities and quotes cover the visible part so far; the rest is being analysed.\n\n' : '') +
            (copies ? 'Click to go to the next duplicate.' : ''),
          true,
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
