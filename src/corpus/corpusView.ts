import * as vscode from 'vscode';
import type { EntityLabel } from '../analysis/types';
import { ENTITY_TYPES } from '../host/config';
import { Disposable } from '../host/disposable';
import { typeLabel } from '../editor/entityLookup';
import { byCount } from '../editor/text';
import { Corpus, CorpusEntity, EntityInArticle, Place } from './model';

/** Plain-data elements of the Corpus view. */
export type CorpusNode =
  | { kind: 'type'; type: EntityLabel; count: number }
  | { kind: 'entity'; entity: CorpusEntity }
  | { kind: 'article'; entity: CorpusEntity; article: EntityInArticle }
  | { kind: 'mention'; entity: CorpusEntity; article: EntityInArticle; mention: Place };

// Keyed by string, so that a type added to the recogniser shows (with a generic icon and its label) before it is named here.
const TYPE_ICONS: Record<string, string> = { person: 'person', organization: 'organization', place: 'location', nationality: 'globe', date: 'calendar', misc: 'symbol-misc' };
const typeTitles = (): Record<string, string> => ({
  person: vscode.l10n.t('People'),
  organization: vscode.l10n.t('Organizations'),
  place: vscode.l10n.t('Places'),
  nationality: vscode.l10n.t('Nationalities and groups'),
  date: vscode.l10n.t('Dates'),
  misc: vscode.l10n.t('Other names'),
});

const count = (n: number, one: string, many: string) => byCount(n, one, many);
const articlesText = (n: number) => count(n, vscode.l10n.t('{0} article', n), vscode.l10n.t('{0} articles', n));
const timesText = (n: number) => count(n, vscode.l10n.t('{0} time', n), vscode.l10n.t('{0} times', n));

/** The editor range of a mention summarised in the corpus. */
export function placeRange(p: Place): vscode.Range {
  const newline = p.text.search(/\r|\n/);
  return new vscode.Range(p.line, p.character, p.line, p.character + (newline < 0 ? p.end - p.start : newline));
}

/** Every mention of a corpus entity as locations, article by article. */
export function entityLocations(entity: CorpusEntity): vscode.Location[] {
  return entity.articles.flatMap((a) => a.mentions.map((m) => new vscode.Location(vscode.Uri.parse(a.uri), placeRange(m))));
}

function counts(mentions: number, quotes: number): string {
  const m = count(mentions, vscode.l10n.t('{0} mention', mentions), vscode.l10n.t('{0} mentions', mentions));
  return quotes ? `${m} \u00b7 ${count(quotes, vscode.l10n.t('{0} quote', quotes), vscode.l10n.t('{0} quotes', quotes))}` : m;
}

/**
 * The Corpus view: entities across the workspace's articles by type, most quoted first; under
 * each, the articles naming it, and under those the mentions. An entity row opens all its
 * mentions (a references peek across files), an article or mention row its place.
 */
export class CorpusTreeProvider extends Disposable implements vscode.TreeDataProvider<CorpusNode> {
  private readonly emitter = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(private readonly corpus: Corpus) {
    super();
  }

  refresh(): void {
    this.emitter.fire();
  }

  /** The summary above the tree, or undefined while the corpus is empty (the welcome text shows). */
  message(): string | undefined {
    if (!this.corpus.size) return undefined;
    const entities = this.corpus.entities();
    const people = entities.filter((e) => e.type === 'person');
    const quoted = people.filter((e) => e.quotes > 0).length;
    const orgs = entities.filter((e) => e.type === 'organization').length;
    return vscode.l10n.t(
      '{0}: {1} ({2} quoted), {3}.',
      articlesText(this.corpus.size),
      count(people.length, vscode.l10n.t('{0} person', people.length), vscode.l10n.t('{0} people', people.length)),
      quoted,
      count(orgs, vscode.l10n.t('{0} organization', orgs), vscode.l10n.t('{0} organizations', orgs)),
    );
  }

  getChildren(node?: CorpusNode): CorpusNode[] {
    if (!node) {
      const entities = this.corpus.entities();
      // The built-in types in their usual order, then the types people defined, by name.
      const defined = [...new Set(entities.map((e) => e.type).filter((t) => !(ENTITY_TYPES as readonly string[]).includes(t)))].sort();
      return [...ENTITY_TYPES, ...defined].map((type) => ({ kind: 'type' as const, type, count: entities.filter((e) => e.type === type).length })).filter((n) => n.count > 0);
    }
    switch (node.kind) {
      case 'type':
        return this.corpus
          .entities()
          .filter((e) => e.type === node.type)
          .map((entity) => ({ kind: 'entity' as const, entity }));
      case 'entity':
        return [...node.entity.articles]
          .sort((a, b) => b.quotes - a.quotes || b.mentions.length - a.mentions.length || a.label.localeCompare(b.label))
          .map((article) => ({ kind: 'article' as const, entity: node.entity, article }));
      case 'article':
        return node.article.mentions.map((mention) => ({ kind: 'mention' as const, entity: node.entity, article: node.article, mention }));
      default:
        return [];
    }
  }

  getTreeItem(node: CorpusNode): vscode.TreeItem {
    switch (node.kind) {
      case 'type': {
        const item = new vscode.TreeItem(typeTitles()[node.type] ?? typeLabel(node.type), node.type === 'person' || node.type === 'organization' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.description = String(node.count);
        item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[node.type] ?? 'symbol-misc');
        item.id = `corpus-type:${node.type}`;
        return item;
      }
      case 'entity': {
        const e = node.entity;
        const item = new vscode.TreeItem(e.canonical, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${counts(e.mentions, e.quotes)} \u00b7 ${articlesText(e.articles.length)}`;
        item.tooltip = [
          `${e.canonical} (${typeLabel(e.type)})`,
          vscode.l10n.t('Quoted {0}, mentioned {1}', timesText(e.quotes), timesText(e.mentions)),
          vscode.l10n.t('In {0}', e.articles.map((a) => a.label).join(', ')),
          e.gender ? vscode.l10n.t('Stated gender: {0}', e.gender) : '',
        ]
          .filter(Boolean)
          .join('\n');
        item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[e.type] ?? 'symbol-misc');
        item.id = `corpus-entity:${e.key}`;
        item.contextValue = 'corpusEntity';
        item.command = { command: 'newsAnnotator.corpus.openMentions', title: vscode.l10n.t('Open Mentions'), arguments: [e.key] };
        return item;
      }
      case 'article': {
        const a = node.article;
        const item = new vscode.TreeItem(a.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = counts(a.mentions.length, a.quotes);
        item.resourceUri = vscode.Uri.parse(a.uri);
        item.iconPath = vscode.ThemeIcon.File;
        item.id = `corpus-article:${node.entity.key}:${a.uri}`;
        if (a.mentions.length) item.command = openCommand(a.uri, a.mentions[0]);
        return item;
      }
      case 'mention': {
        const m = node.mention;
        const item = new vscode.TreeItem(m.text, vscode.TreeItemCollapsibleState.None);
        item.description = vscode.l10n.t('line {0}', m.line + 1);
        item.id = `corpus-mention:${node.entity.key}:${node.article.uri}:${m.start}`;
        item.command = openCommand(node.article.uri, m);
        return item;
      }
    }
  }
}

function openCommand(uri: string, place: Place): vscode.Command {
  return { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [vscode.Uri.parse(uri), { selection: placeRange(place), preserveFocus: false } satisfies vscode.TextDocumentShowOptions] };
}
