import * as vscode from 'vscode';
import type { CorrectedAnalysis, Entity, EntityLabel, EntityMention, EntityType, OrphanedRecord } from '../analysis/types';
import { ConfigService, ENTITY_TYPES, typeShown } from '../host/config';
import { Disposable } from '../host/disposable';
import { mentionCount, readMentions, TYPE_CUES, typeLabel } from '../editor/entityLookup';
import { ActiveArticle, revealCommand } from './activeArticle';
import { toPosition } from '../editor/spans';
import { typeLabelsShown } from '../editor/entityDecorator';
import { safeColor } from '../guide/legendHtml';

/** Plain-data elements of the Entities view. */
export type EntityNode =
  | { kind: 'type'; type: string; count: number }
  | { kind: 'entity'; entity: Entity<EntityLabel> }
  | { kind: 'mention'; entity: Entity<EntityLabel>; mention: EntityMention }
  | { kind: 'orphans'; orphans: OrphanedRecord[] }
  | { kind: 'orphan'; orphan: OrphanedRecord };

const TYPE_ICONS: Record<EntityType, string> = {
  person: 'person',
  organization: 'organization',
  place: 'location',
  nationality: 'globe',
  misc: 'tag',
  date: 'calendar',
};

/** "12 of 40 reviewed", for the views' messages; nothing when there is nothing to review (as in the status bar). */
export function reviewLine(analysis: CorrectedAnalysis): string {
  return analysis.review?.total ? vscode.l10n.t('{0} of {1} reviewed.', analysis.review.reviewed, analysis.review.total) : '';
}

/** " · confirmed by Ann" after a row a person checked. */
export function statusWord(status: string | undefined, by: string | undefined): string {
  if (status === 'accepted') return ` \u00b7 ${by ? vscode.l10n.t('confirmed by {0}', by) : vscode.l10n.t('confirmed')}`;
  if (status === 'corrected') return ` \u00b7 ${by ? vscode.l10n.t('corrected by {0}', by) : vscode.l10n.t('corrected')}`;
  return '';
}

/** Said above the list when the article repeats paragraphs, so that the counts are not a surprise. */
const copiesNote = () => vscode.l10n.t('Mentions in duplicated paragraphs are not counted or listed: the first occurrence is.');

/** The Entities view: type, then entity with its mention count, then mentions. */
export class EntitiesTreeProvider extends Disposable implements vscode.TreeDataProvider<EntityNode> {
  private readonly emitter = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(private readonly article: ActiveArticle, private readonly config: ConfigService) {
    super();
    this.register(article.onDidChange(() => this.emitter.fire()));
    this.register(config.onDidChange(() => this.emitter.fire()));
    // Type labels follow high-contrast themes by default.
    this.register(vscode.window.onDidChangeActiveColorTheme(() => this.emitter.fire()));
  }

  /**
   * A type's icon in its marks' colour, so the view is the legend of the editor's colours: a
   * built-in type's codicon in its theme colour, a person's own type a dot in the setting's colour.
   */
  private typeIcon(type: string): vscode.TreeItem['iconPath'] {
    if (ENTITY_TYPES.includes(type as EntityType)) return new vscode.ThemeIcon(TYPE_ICONS[type as EntityType], new vscode.ThemeColor(`newsAnnotator.${type}Border`));
    const color = safeColor(this.config.current.entities.userTypes[type]?.color ?? '');
    if (!color) return new vscode.ThemeIcon('tag');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><circle cx="8" cy="8" r="5" fill="${color}"/></svg>`;
    return vscode.Uri.parse(`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`);
  }

  /** The label mentions of a type carry in the editor ("PERSON", a person's own type's label). */
  private typeCue(type: string): string {
    return ENTITY_TYPES.includes(type as EntityType) ? TYPE_CUES[type as EntityType] : (this.config.current.entities.userTypes[type]?.label ?? type.toUpperCase());
  }

  /** The summary shown above the tree. */
  message(): string | undefined {
    const current = this.article.current;
    if (!current) return undefined;
    if (current.problem) return current.problem;
    if (!current.analysis) return vscode.l10n.t('Analysing…');
    if (current.analysis.notices.length) return current.analysis.notices.join(' ');
    if (current.analysis.partial) return vscode.l10n.t('Showing the visible part; the rest of the article is being analysed…');
    const review = reviewLine(current.analysis);
    if (!this.entities().length) {
      // Nothing found at all is not a filter's doing: say which it is.
      const none = current.analysis.entities.length ? vscode.l10n.t('No entities of the shown types in this article.') : vscode.l10n.t('No names of people, organisations or places found in this article.');
      return [none, review].filter(Boolean).join(' ');
    }
    return [review, current.analysis.duplicates.copies.length ? copiesNote() : ''].filter(Boolean).join(' ') || undefined;
  }

  getChildren(node?: EntityNode): EntityNode[] {
    if (!node) {
      const entities = this.entities();
      // Built-in types first, then a person's own types (`event`) in name order.
      const own = [...new Set(entities.map((e) => e.type).filter((t) => !ENTITY_TYPES.includes(t as EntityType)))].sort();
      const rows: EntityNode[] = [...ENTITY_TYPES, ...own].map((type) => ({ kind: 'type' as const, type, count: entities.filter((e) => e.type === type).length })).filter((n) => n.count > 0);
      const orphans = this.article.current?.analysis?.orphans ?? [];
      if (orphans.length) rows.push({ kind: 'orphans', orphans });
      return rows;
    }
    if (node.kind === 'orphans') return node.orphans.map((orphan) => ({ kind: 'orphan' as const, orphan }));
    const analysis = this.article.current?.analysis;
    if (!analysis) return [];
    if (node.kind === 'type') {
      const count = (e: Entity<EntityLabel>) => readMentions(analysis, e).length;
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
        // Where types are told apart by label as well as colour, the row shows the label too.
        const labels = typeLabelsShown(this.config.current.entities.typeLabels, vscode.window.activeColorTheme.kind);
        item.description = labels ? `${this.typeCue(node.type)} \u00b7 ${node.count}` : String(node.count);
        item.iconPath = this.typeIcon(node.type);
        item.id = `type:${node.type}`;
        return item;
      }
      case 'entity': {
        const e = node.entity;
        const analysis = this.article.current?.analysis;
        const read = analysis ? readMentions(analysis, e).length : e.mentions.length;
        const item = new vscode.TreeItem(e.canonical, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${read}${e.roles.length ? ` \u00b7 ${e.roles.join(', ')}` : ''}`;
        item.tooltip = [e.canonical, typeLabel(e.type), e.roles.length ? vscode.l10n.t('Roles: {0}', e.roles.join(', ')) : '', e.aliases.length ? vscode.l10n.t('Also: {0}', e.aliases.join(', ')) : '', analysis ? mentionCount(analysis, e) : '']
          .filter(Boolean)
          .join('\n');
        item.iconPath = this.typeIcon(e.type);
        item.id = `entity:${e.id}`;
        item.contextValue = 'entity';
        if (document) item.command = revealCommand(document, version, e.mentions[0].start, e.mentions[0].end);
        return item;
      }
      case 'mention': {
        const m = node.mention;
        const line = document ? toPosition(document, m.start).line : 0;
        const item = new vscode.TreeItem(m.text, vscode.TreeItemCollapsibleState.None);
        item.description = `${vscode.l10n.t('line {0}', line + 1)}${statusWord(m.status, m.by)}`;
        item.tooltip = document ? document.lineAt(line).text : m.text;
        item.id = `mention:${node.entity.id}:${m.start}`;
        item.contextValue = 'mention';
        if (m.status === 'accepted' || m.status === 'corrected') item.iconPath = new vscode.ThemeIcon('pass-filled');
        if (document) item.command = revealCommand(document, version, m.start, m.end);
        return item;
      }
      case 'orphans': {
        const item = new vscode.TreeItem(vscode.l10n.t('Orphaned corrections'), vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.orphans.length);
        item.tooltip = vscode.l10n.t('Corrections whose text is no longer in the article. Select the text they belong to and choose Re-anchor, or delete them.');
        item.iconPath = new vscode.ThemeIcon('warning');
        item.id = 'orphans';
        return item;
      }
      case 'orphan': {
        const o = node.orphan;
        const item = new vscode.TreeItem(o.text, vscode.TreeItemCollapsibleState.None);
        item.description = `${o.action} \u00b7 ${o.reason === 'not-found' ? vscode.l10n.t('text not found') : vscode.l10n.t('nothing to correct there')}`;
        item.id = `orphan:${o.id}`;
        item.contextValue = 'orphan';
        item.iconPath = new vscode.ThemeIcon('debug-disconnect');
        return item;
      }
    }
  }

  private entities(): Entity<EntityLabel>[] {
    const analysis = this.article.current?.analysis;
    const settings = this.config.current;
    return analysis ? analysis.entities.filter((e) => typeShown(settings, e.type)) : [];
  }
}
