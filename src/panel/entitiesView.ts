import * as vscode from 'vscode';
import type { Entity, EntityMention, EntityType } from '../analysis/types';
import { ConfigService, ENTITY_TYPES } from '../host/config';
import { Disposable } from '../host/disposable';
import { mentionCount, readMentions, typeLabel } from '../editor/entityLookup';
import { ActiveArticle, revealCommand } from './activeArticle';
import { toPosition } from '../editor/spans';

/** Plain-data elements of the Entities view. */
export type EntityNode =
  | { kind: 'type'; type: EntityType; count: number }
  | { kind: 'entity'; entity: Entity }
  | { kind: 'mention'; entity: Entity; mention: EntityMention };

const TYPE_ICONS: Record<EntityType, string> = {
  person: 'person',
  organization: 'organization',
  place: 'location',
  nationality: 'globe',
  misc: 'tag',
  date: 'calendar',
};

/** Said above the list when the article repeats paragraphs, so that the counts are not a surprise. */
const COPIES_NOTE = 'Mentions in duplicated paragraphs are not counted or listed: the first occurrence is.';

/** The Entities view: type, then entity with its mention count, then mentions. */
export class EntitiesTreeProvider extends Disposable implements vscode.TreeDataProvider<EntityNode> {
  private readonly emitter = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(private readonly article: ActiveArticle, private readonly config: ConfigService) {
    super();
    this.register(article.onDidChange(() => this.emitter.fire()));
    this.register(config.onDidChange(() => this.emitter.fire()));
  }

  /** The summary shown above the tree. */
  message(): string | undefined {
    const current = this.article.current;
    if (!current) return undefined;
    if (current.problem) return current.problem;
    if (!current.analysis) return 'Analysing\u2026';
    if (current.analysis.notices.length) return current.analysis.notices.join(' ');
    if (current.analysis.partial) return 'Showing the visible part; the rest of the article is being analysed\u2026';
    if (!this.entities().length) return 'No entities of the shown types in this article.';
    return current.analysis.duplicates.copies.length ? COPIES_NOTE : undefined;
  }

  getChildren(node?: EntityNode): EntityNode[] {
    if (!node) {
      const entities = this.entities();
      return ENTITY_TYPES.map((type) => ({ kind: 'type' as const, type, count: entities.filter((e) => e.type === type).length })).filter((n) => n.count > 0);
    }
    const analysis = this.article.current?.analysis;
    if (!analysis) return [];
    if (node.kind === 'type') {
      const count = (e: Entity) => readMentions(analysis, e).length;
      return this.entities()
        .filter((e) => e.type === node.type)
        .sort((a, b) => count(b) - count(a) || a.canonical.localeCompare(b.canonical))
        .map((entity) => ({ kind: 'entity' as const, entity }));
    }
    // Mentions in duplicated copies are left out, as they are from the count.
    if (node.kind === 'entity') return readMentions(analysis, node.entity).map((mention) => ({ kind: 'mention' as const, entity: node.entity, mention }));
    return [];
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    const document = this.article.current?.document;
    const version = this.article.current?.version ?? 0;
    switch (node.kind) {
      case 'type': {
        const item = new vscode.TreeItem(`${typeLabel(node.type)}`, vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.count);
        item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[node.type]);
        item.id = `type:${node.type}`;
        return item;
      }
      case 'entity': {
        const e = node.entity;
        const analysis = this.article.current?.analysis;
        const read = analysis ? readMentions(analysis, e).length : e.mentions.length;
        const item = new vscode.TreeItem(e.canonical, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${read}${e.roles.length ? ` \u00b7 ${e.roles.join(', ')}` : ''}`;
        item.tooltip = [e.canonical, typeLabel(e.type), e.roles.length ? `Roles: ${e.roles.join(', ')}` : '', e.aliases.length ? `Also: ${e.aliases.join(', ')}` : '', analysis ? mentionCount(analysis, e) : '']
          .filter(Boolean)
          .join('\n');
        item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[e.type]);
        item.id = `entity:${e.id}`;
        if (document) item.command = revealCommand(document, version, e.mentions[0].start, e.mentions[0].end);
        return item;
      }
      case 'mention': {
        const m = node.mention;
        const line = document ? toPosition(document, m.start).line : 0;
        const item = new vscode.TreeItem(m.text, vscode.TreeItemCollapsibleState.None);
        item.description = `line ${line + 1}`;
        item.tooltip = document ? document.lineAt(line).text : m.text;
        item.id = `mention:${node.entity.id}:${m.start}`;
        if (document) item.command = revealCommand(document, version, m.start, m.end);
        return item;
      }
    }
  }

  private entities(): Entity[] {
    const analysis = this.article.current?.analysis;
    const shown = this.config.current.entities.shownTypes;
    return analysis ? analysis.entities.filter((e) => shown.includes(e.type)) : [];
  }
}
