import * as vscode from 'vscode';
import type { QuoteKind } from '../analysis/types';
import { AnalysisStore } from '../host/analysisStore';
import { ConfigService } from '../host/config';
import { Disposable } from '../host/disposable';
import { fileName } from '../editor/text';
import { ActiveArticle, revealSpan } from './activeArticle';
import { EntitiesTreeProvider } from './entitiesView';
import { formatQuotes, listedQuotes } from './quoteRows';
import { QuotesTreeProvider } from './quotesView';

/** The extension's activity-bar views, their messages, and the commands of their toolbars. */
export class Views extends Disposable {
  constructor(store: AnalysisStore, config: ConfigService) {
    super();
    const article = this.register(new ActiveArticle(store));
    const entities = this.register(new EntitiesTreeProvider(article, config));
    const quotes = this.register(new QuotesTreeProvider(article, config));
    const entitiesView = this.register(vscode.window.createTreeView('newsAnnotator.entities', { treeDataProvider: entities, showCollapseAll: true }));
    const quotesView = this.register(vscode.window.createTreeView('newsAnnotator.quotes', { treeDataProvider: quotes, showCollapseAll: true }));
    const updateMessages = () => {
      // The title says which file the views show: they follow the active editor, which may be
      // another file than the one the person last looked at.
      const document = article.current?.document;
      entitiesView.description = quotesView.description = document && fileName(document.uri);
      entitiesView.message = entities.message();
      quotesView.message = quotes.message();
    };
    this.register(entities.onDidChangeTreeData(updateMessages));
    this.register(quotes.onDidChangeTreeData(updateMessages));
    updateMessages();

    const setGrouping = (grouping: 'speaker' | 'order') => {
      quotes.grouping = grouping;
      void vscode.commands.executeCommand('setContext', 'newsAnnotator.quotesGrouping', grouping);
      quotes.refresh();
    };
    setGrouping('speaker');

    const copy = async (format: 'markdown' | 'csv') => {
      const analysis = article.current?.analysis;
      if (!analysis) {
        void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: open an article to copy its quotes.'));
        return;
      }
      const list = listedQuotes(analysis, quotes.kinds);
      await vscode.env.clipboard.writeText(formatQuotes(analysis, list, format));
      const as = format === 'csv' ? 'CSV' : 'Markdown';
      void vscode.window.showInformationMessage(
        list.length === 1 ? vscode.l10n.t('News Annotator: copied {0} quote as {1}.', list.length, as) : vscode.l10n.t('News Annotator: copied {0} quotes as {1}.', list.length, as),
      );
    };

    this.register(vscode.commands.registerCommand('newsAnnotator.revealSpan', (uri: string, version: number, start: number, end: number) => revealSpan(uri, version, start, end)));
    this.register(vscode.commands.registerCommand('newsAnnotator.quotes.groupBySpeaker', () => setGrouping('speaker')));
    this.register(vscode.commands.registerCommand('newsAnnotator.quotes.groupByOrder', () => setGrouping('order')));
    this.register(vscode.commands.registerCommand('newsAnnotator.quotes.copyMarkdown', () => copy('markdown')));
    this.register(vscode.commands.registerCommand('newsAnnotator.quotes.copyCsv', () => copy('csv')));
    this.register(
      vscode.commands.registerCommand('newsAnnotator.quotes.filterKinds', async () => {
        const all: Array<{ kind: QuoteKind; label: string }> = [
          { kind: 'direct', label: vscode.l10n.t('Direct quotes') },
          { kind: 'indirect', label: vscode.l10n.t('Reported speech') },
          { kind: 'mixed', label: vscode.l10n.t('Reported speech with a quoted fragment') },
        ];
        const picked = await vscode.window.showQuickPick(
          all.map((k) => ({ label: k.label, quoteKind: k.kind, picked: quotes.kinds.has(k.kind) })),
          { canPickMany: true, title: vscode.l10n.t('News: show which kinds of quote?') },
        );
        if (!picked) return;
        quotes.kinds = new Set(picked.map((p) => p.quoteKind));
        quotes.refresh();
      }),
    );
  }
}
