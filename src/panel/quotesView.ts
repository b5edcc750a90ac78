import * as vscode from 'vscode';
import type { Analysis, Quote, QuoteKind, ScareQuote } from '../analysis/types';
import { ConfigService } from '../config';
import { Disposable } from '../disposable';
import { speakerOf, uniqueQuotes } from '../editor/entityLookup';
import { ActiveArticle, revealCommand } from './activeArticle';
import { firstWords, md } from '../editor/text';

/** How the Quotes view orders its rows. */
export type QuoteGrouping = 'speaker' | 'order';

/** Plain-data elements of the Quotes view. */
export type QuoteNode =
  | { kind: 'speaker'; key: string; label: string; quotes: Quote[] }
  | { kind: 'quote'; quote: Quote }
  | { kind: 'terms'; terms: ScareQuote[] }
  | { kind: 'term'; term: ScareQuote };

const UNATTRIBUTED = 'Unattributed';

/** The speaker name a quote is listed under: the resolved entity, else the mention, else Unattributed. */
export function speakerName(analysis: Analysis, quote: Quote): string {
  return speakerOf(analysis, quote)?.canonical ?? quote.speaker?.text ?? UNATTRIBUTED;
}


/** The quotes listed: duplicates left out, filtered by kind. */
export function listedQuotes(analysis: Analysis, kinds: ReadonlySet<QuoteKind>): Quote[] {
  return uniqueQuotes(analysis).filter((q) => kinds.has(q.kind));
}

/** Quotes as a Markdown table or CSV, for the copy actions. */
export function formatQuotes(analysis: Analysis, quotes: Quote[], format: 'markdown' | 'csv'): string {
  const rows = quotes.map((q) => ({ speaker: speakerName(analysis, q), kind: q.kind, cue: q.cue?.text ?? '', text: q.text.replace(/\s+/g, ' ').trim() }));
  if (format === 'csv') {
    const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    return ['speaker,kind,cue,quote', ...rows.map((r) => [r.speaker, r.kind, r.cue, r.text].map(cell).join(','))].join('\n') + '\n';
  }
  const cell = (v: string) => v.replace(/\|/g, '\\|');
  return ['| Speaker | Kind | Cue | Quote |', '| --- | --- | --- | --- |', ...rows.map((r) => `| ${cell(r.speaker)} | ${r.kind} | ${cell(r.cue)} | ${cell(r.text)} |`)].join('\n') + '\n';
}

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
    return `${quotedPeople} ${quotedPeople === 1 ? 'person' : 'people'} quoted, ${people.length - quotedPeople} only mentioned.${filtered}`;
  }

  getChildren(node?: QuoteNode): QuoteNode[] {
    const analysis = this.article.current?.analysis;
    if (!analysis) return [];
    if (!node) {
      const quotes = listedQuotes(analysis, this.kinds);
      const top: QuoteNode[] =
        this.grouping === 'order' ? quotes.map((quote) => ({ kind: 'quote' as const, quote })) : this.groups(analysis, quotes);
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
        item.iconPath = new vscode.ThemeIcon(node.key === UNATTRIBUTED ? 'question' : 'person');
        item.id = `speaker:${node.key}`;
        return item;
      }
      case 'quote': {
        const q = node.quote;
        const item = new vscode.TreeItem(firstWords(q.text, 70), vscode.TreeItemCollapsibleState.None);
        const speaker = current?.analysis ? speakerName(current.analysis, q) : UNATTRIBUTED;
        item.description = this.grouping === 'order' ? `${q.kind} \u00b7 ${speaker}` : q.kind;
        item.tooltip = new vscode.MarkdownString().appendText(q.text).appendMarkdown(`\n\n**${md(speaker)}** \u00b7 ${q.kind}${q.cue ? ` \u00b7 cue \u201c${md(q.cue.text)}\u201d` : ''}`);
        item.iconPath = new vscode.ThemeIcon(q.kind === 'direct' ? 'quote' : 'comment');
        item.id = `quote:${q.start}:${q.end}`;
        if (current) item.command = revealCommand(current.document, q.start, q.end, 'Select Quote');
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
        if (current) item.command = revealCommand(current.document, node.term.start, node.term.end);
        return item;
      }
    }
  }

  private groups(analysis: Analysis, quotes: Quote[]): QuoteNode[] {
    const groups = new Map<string, { label: string; quotes: Quote[] }>();
    for (const q of quotes) {
      const key = q.speakerEntity ?? (q.speaker ? `mention:${q.speaker.text.toLowerCase()}` : UNATTRIBUTED);
      const group = groups.get(key) ?? { label: speakerName(analysis, q), quotes: [] };
      group.quotes.push(q);
      groups.set(key, group);
    }
    return [...groups.entries()]
      .sort(([ka, a], [kb, b]) => Number(ka === UNATTRIBUTED) - Number(kb === UNATTRIBUTED) || b.quotes.length - a.quotes.length || a.label.localeCompare(b.label))
      .map(([key, g]) => ({ kind: 'speaker' as const, key, label: g.label, quotes: g.quotes }));
  }
}
