import * as vscode from 'vscode';
import type { Quote, QuoteKind, ScareQuote } from '../analysis/types';
import { ConfigService } from '../host/config';
import { Disposable } from '../host/disposable';
import { quoteKindWord, uniqueQuotes } from '../editor/entityLookup';
import { genderCounts } from '../analysis/quoteList';
import { ActiveArticle, revealCommand } from './activeArticle';
import { reviewLine, statusWord } from './entitiesView';
import { byCount, firstWords, md } from '../editor/text';
import { groupBySpeaker, isUnattributedGroup, listedQuotes, speakerName } from './quoteRows';

/** "1 woman, 2 men, 0 unknown": people by the gender the text states. */
function genderText(c: { female: number; male: number; unknown: number }): string {
  return [
    byCount(c.female, vscode.l10n.t('{0} woman', c.female), vscode.l10n.t('{0} women', c.female)),
    byCount(c.male, vscode.l10n.t('{0} man', c.male), vscode.l10n.t('{0} men', c.male)),
    vscode.l10n.t('{0} unknown', c.unknown),
  ].join(', ');
}

/** How the Quotes view orders its rows. */
export type QuoteGrouping = 'speaker' | 'order';

/** Plain-data elements of the Quotes view. */
export type QuoteNode =
  | { kind: 'speaker'; key: string; label: string; quotes: Quote[] }
  | { kind: 'quote'; quote: Quote }
  | { kind: 'terms'; terms: ScareQuote[] }
  | { kind: 'term'; term: ScareQuote };

/** The Quotes view: quotes grouped by speaker (Unattributed last) or in text order. */
export class QuotesTreeProvider extends Disposable implements vscode.TreeDataProvider<QuoteNode> {
  private readonly emitter = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.emitter.event;
  grouping: QuoteGrouping = 'speaker';
  kinds = new Set<QuoteKind>(['direct', 'indirect', 'mixed']);

  constructor(private readonly article: ActiveArticle, private readonly config: ConfigService) {
    super();
    this.register(article.onDidChange(() => this.emitter.fire()));
    this.register(config.onDidChange(() => this.emitter.fire()));
  }

  /** Re-renders after a grouping or filter change. */
  refresh(): void {
    this.emitter.fire();
  }

  /** "3 people quoted, 2 only mentioned", above the tree. */
  message(): string | undefined {
    const current = this.article.current;
    if (!current) return undefined;
    const analysis = current.analysis;
    if (current.problem) return current.problem;
    if (!analysis) return vscode.l10n.t('Analysing…');
    if (analysis.notices.length) return analysis.notices.join(' ');
    if (analysis.partial) return vscode.l10n.t('Showing the visible part; the rest of the article is being analysed…');
    const quoted = new Set(uniqueQuotes(analysis).map((q) => q.speakerEntity).filter((id): id is string => !!id));
    const people = analysis.entities.filter((e) => e.type === 'person');
    const quotedPeople = people.filter((p) => quoted.has(p.id)).length;
    const filtered =
      this.kinds.size === 0
        ? ` ${vscode.l10n.t('No kind of quote is selected in the filter.')}`
        : this.kinds.size < 3
          ? ` ${vscode.l10n.t('Showing {0} only.', [...this.kinds].map(quoteKindWord).join(', '))}`
          : '';
    const copies = analysis.duplicates.copies.length ? ` ${vscode.l10n.t('Quotes in duplicated paragraphs are listed once.')}` : '';
    // Stated gender of the people quoted and only mentioned (quoteList.genderCounts), unless hidden.
    const genders = this.config.current.quotes.showGenderCounts ? genderCounts(analysis) : undefined;
    const byGender = genders ? ` ${vscode.l10n.t('Quoted: {0}. Only mentioned: {1}.', genderText(genders.quoted), genderText(genders.mentioned))}` : '';
    const review = reviewLine(analysis);
    const counts =
      quotedPeople === 1
        ? vscode.l10n.t('{0} person quoted, {1} only mentioned.', quotedPeople, people.length - quotedPeople)
        : vscode.l10n.t('{0} people quoted, {1} only mentioned.', quotedPeople, people.length - quotedPeople);
    return `${counts}${byGender}${review ? ` ${review}` : ''}${copies}${filtered}`;
  }

  getChildren(node?: QuoteNode): QuoteNode[] {
    const analysis = this.article.current?.analysis;
    if (!analysis) return [];
    if (!node) {
      const quotes = listedQuotes(analysis, this.kinds);
      const top: QuoteNode[] =
        this.grouping === 'order' ? quotes.map((quote) => ({ kind: 'quote' as const, quote })) : groupBySpeaker(analysis, quotes).map((g) => ({ kind: 'speaker' as const, ...g }));
      if (this.config.current.quotes.showScareQuotes && analysis.scareQuotes.length) top.push({ kind: 'terms', terms: analysis.scareQuotes });
      return top;
    }
    if (node.kind === 'speaker') return node.quotes.map((quote) => ({ kind: 'quote' as const, quote }));
    if (node.kind === 'terms') return node.terms.map((term) => ({ kind: 'term' as const, term }));
    return [];
  }

  getTreeItem(node: QuoteNode): vscode.TreeItem {
    const current = this.article.current;
    switch (node.kind) {
      case 'speaker': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.quotes.length);
        item.iconPath = new vscode.ThemeIcon(isUnattributedGroup(node.key) ? 'question' : 'person');
        item.id = `speaker:${node.key}`;
        return item;
      }
      case 'quote': {
        const q = node.quote;
        const item = new vscode.TreeItem(firstWords(q.text, 70), vscode.TreeItemCollapsibleState.None);
        const speaker = current?.analysis ? speakerName(current.analysis, q) : vscode.l10n.t('Unattributed');
        item.description = (this.grouping === 'order' ? `${quoteKindWord(q.kind)} \u00b7 ${speaker}` : quoteKindWord(q.kind)) + statusWord(q.status, q.by);
        item.tooltip = new vscode.MarkdownString().appendText(q.text).appendMarkdown(`\n\n**${md(speaker)}** \u00b7 ${quoteKindWord(q.kind)}${q.cue ? ` \u00b7 ${vscode.l10n.t('cue “{0}”', md(q.cue.text))}` : ''}`);
        item.iconPath = new vscode.ThemeIcon(q.kind === 'direct' ? 'quote' : 'comment');
        item.id = `quote:${q.start}:${q.end}`;
        item.contextValue = 'quote';
        if (current) item.command = revealCommand(current.document, current.version, q.start, q.end, vscode.l10n.t('Select Quote'));
        return item;
      }
      case 'terms': {
        const item = new vscode.TreeItem(vscode.l10n.t('Quoted terms (not speech)'), vscode.TreeItemCollapsibleState.Collapsed);
        item.description = String(node.terms.length);
        item.iconPath = new vscode.ThemeIcon('symbol-string');
        item.id = 'terms';
        return item;
      }
      case 'term': {
        const item = new vscode.TreeItem(node.term.text, vscode.TreeItemCollapsibleState.None);
        item.id = `term:${node.term.start}`;
        if (current) item.command = revealCommand(current.document, current.version, node.term.start, node.term.end);
        return item;
      }
    }
  }

}
