import * as vscode from 'vscode';
import type { Quote, QuoteKind, ScareQuote } from '../analysis/types';
import { ConfigService } from '../host/config';
import { Disposable } from '../host/disposable';
import { uniqueQuotes } from '../editor/entityLookup';
import { genderCountText, genderCounts } from '../analysis/quoteList';
import { ActiveArticle, revealCommand } from './activeArticle';
import { reviewLine, statusWord } from './entitiesView';
import { firstWords, md } from '../editor/text';
import { groupBySpeaker, isUnattributedGroup, listedQuotes, speakerName, UNATTRIBUTED } from './quoteRows';

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
    if (!analysis) return 'Analysing\u2026';
    if (analysis.notices.length) return analysis.notices.join(' ');
    if (analysis.partial) return 'Showing the visible part; the rest of the article is being analysed\u2026';
    const quoted = new Set(uniqueQuotes(analysis).map((q) => q.speakerEntity).filter((id): id is string => !!id));
    const people = analysis.entities.filter((e) => e.type === 'person');
    const quotedPeople = people.filter((p) => quoted.has(p.id)).length;
    const filtered = this.kinds.size === 0 ? ' No kind of quote is selected in the filter.' : this.kinds.size < 3 ? ` Showing ${[...this.kinds].join(', ')} only.` : '';
    const copies = analysis.duplicates.copies.length ? ' Quotes in duplicated paragraphs are listed once.' : '';
    // Stated gender of the people quoted and only mentioned (quoteList.genderCounts), unless hidden.
    const genders = this.config.current.quotes.showGenderCounts ? genderCounts(analysis) : undefined;
    const byGender = genders ? ` Quoted: ${genderCountText(genders.quoted)}. Only mentioned: ${genderCountText(genders.mentioned)}.` : '';
    const review = reviewLine(analysis);
    return `${quotedPeople} ${quotedPeople === 1 ? 'person' : 'people'} quoted, ${people.length - quotedPeople} only mentioned.${byGender}${review ? ` ${review}` : ''}${copies}${filtered}`;
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
        const speaker = current?.analysis ? speakerName(current.analysis, q) : UNATTRIBUTED;
        item.description = (this.grouping === 'order' ? `${q.kind} \u00b7 ${speaker}` : q.kind) + statusWord(q.status, q.by);
        item.tooltip = new vscode.MarkdownString().appendText(q.text).appendMarkdown(`\n\n**${md(speaker)}** \u00b7 ${q.kind}${q.cue ? ` \u00b7 cue \u201c${md(q.cue.text)}\u201d` : ''}`);
        item.iconPath = new vscode.ThemeIcon(q.kind === 'direct' ? 'quote' : 'comment');
        item.id = `quote:${q.start}:${q.end}`;
        item.contextValue = 'quote';
        if (current) item.command = revealCommand(current.document, current.version, q.start, q.end, 'Select Quote');
        return item;
      }
      case 'terms': {
        const item = new vscode.TreeItem('Quoted terms (not speech)', vscode.TreeItemCollapsibleState.Collapsed);
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
