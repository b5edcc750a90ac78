import * as vscode from 'vscode';
import type { Entity, EntityType } from '../analysis/types';
import { ConfigService, ENTITY_TYPES } from '../host/config';
import { Disposable } from '../host/disposable';
import { typeLabel } from '../editor/entityLookup';
import { ActiveArticle, revealCommand } from './activeArticle';
import { toPosition } from '../editor/spans';

/** Plain-data elements of the Entities view. */
export type EntityNode =
  | { kind: 'type'; type: EntityType; count: number }
  | { kind: 'entity'; entity: Entity }
  | { kind: 'mention'; entity: Entity; index: number };

const TYPE_ICONS: Record<EntityType, string> = {
  person: 'person',
  organization: 'organization',
  place: 'location',
  nationality: 'globe',
  date: 'calendar',
};

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
    const shown = this.entities();
    return shown.length ? undefined : 'No entities of the shown types in this article.';
  }

  getChildren(node?: EntityNode): EntityNode[] {
    if (!node) {
      const entities = this.entities();
      return ENTITY_TYPES.map((type) => ({ kind: 'type' as const, type, count: entities.filter((e) => e.type === type).length })).filter((n) => n.count > 0);
    }
    if (node.kind === 'type') {
      return this.entities()
        .filter((e) => e.type === node.type)
        .sort((a, b) => b.mentions.length - a.mentions.length || a.canonical.localeCompare(b.canonical))
        .map((entity) => ({ kind: 'entity' as const, entity }));
    }
    if (node.kind === 'entity') return node.entity.mentions.map((_, index) => ({ kind: 'mention' as const, entity: node.entity, index }));
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
        const item = new vscode.TreeItem(e.canonical, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${e.mentions.length}${e.roles.length ? ` \u00b7 ${e.roles.join(', ')}` : ''}`;
        item.tooltip = [e.canonical, typeLabel(e.type), e.roles.length ? `Roles: ${e.roles.join(', ')}` : '', e.aliases.length ? `Also: ${e.aliases.join(', ')}` : '', `${e.mentions.length} mentions`]
          .filter(Boolean)
          .join('\n');
        item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[e.type]);
        item.id = `entity:${e.id}`;
        if (document) item.command = revealCommand(document, version, e.mentions[0].start, e.mentions[0].end);
        return item;
      }
      case 'mention': {
        const m = node.entity.mentions[node.index];
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
