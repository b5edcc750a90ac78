import * as vscode from 'vscode';
import type { CorrectedAnalysis, Entity, EntityLabel, Quote } from '../analysis/types';
import { AnalysisStore } from '../host/analysisStore';
import { ConfigService, typeShown } from '../host/config';
import { mentionAt, mentionCount, quoteAt, quoteKindWord, quotesBy, readMentions, speakerOf, typeLabel } from './entityLookup';
import { toOffset, toPosition, toRange } from './spans';
import { firstWords, md } from './text';
import { commandLink, correctionsAt, HOVER_COMMANDS } from './correctionActions';



/** A Markdown link to a line of the document. */
function lineLink(document: vscode.TextDocument, offset: number): string {
  const line = toPosition(document, offset).line + 1;
  return `[${vscode.l10n.t('line {0}', line)}](${document.uri.with({ fragment: `L${line}` }).toString()})`;
}

/** The hover section describing an entity. */
export function entityMarkdown(document: vscode.TextDocument, analysis: CorrectedAnalysis, entity: Entity<EntityLabel>): string {
  const parts = [`**${md(entity.canonical)}** \u2014 ${typeLabel(entity.type)}`];
  if (entity.roles.length) parts.push(vscode.l10n.t('Roles: {0}', entity.roles.map(md).join(', ')));
  if (entity.aliases.length) parts.push(vscode.l10n.t('Also mentioned as: {0}', entity.aliases.map(md).join(', ')));
  parts.push(vscode.l10n.t('{0}; first on {1}', mentionCount(analysis, entity), lineLink(document, readMentions(analysis, entity)[0].start)));
  const quotes = quotesBy(analysis, entity);
  if (quotes.length) {
    const list = quotes.slice(0, 5).map((q) => `- _${quoteKindWord(q.kind)}_: ${md(firstWords(q.text, 80))} (${lineLink(document, q.start)})`);
    if (quotes.length > 5) list.push(`- ${vscode.l10n.t('… and {0} more in the Quotes view', quotes.length - 5)}`);
    parts.push(`${quotes.length === 1 ? vscode.l10n.t('Quoted {0} time:', quotes.length) : vscode.l10n.t('Quoted {0} times:', quotes.length)}\n${list.join('\n')}`);
  }
  return parts.join('\n\n');
}

function quoteMarkdown(analysis: CorrectedAnalysis, quote: Quote): string {
  const speaker = speakerOf(analysis, quote);
  const who = speaker
    ? quote.speaker && quote.speaker.text !== speaker.canonical
      ? vscode.l10n.t('{0} (as “{1}”)', md(speaker.canonical), md(quote.speaker.text))
      : md(speaker.canonical)
    : quote.speakerName
      ? vscode.l10n.t('{0} (named by a person; not an entity of the article)', md(quote.speakerName))
      : quote.speaker
      ? vscode.l10n.t('“{0}” (not resolved to a named entity)', md(quote.speaker.text))
      : vscode.l10n.t('Unattributed');
  const kind = quote.kind === 'direct' ? vscode.l10n.t('direct speech') : quote.kind === 'mixed' ? vscode.l10n.t('reported speech with a quoted fragment') : vscode.l10n.t('reported speech');
  const lines = [vscode.l10n.t('**Quote** — {0}', kind), vscode.l10n.t('Speaker: {0}', who)];
  if (quote.cue) lines.push(vscode.l10n.t('Cue: “{0}”', md(quote.cue.text)));
  lines.push(vscode.l10n.t('Confidence: {0}%', Math.round(quote.confidence * 100)));
  return lines.join('\n\n');
}

/** Who made an annotation and whether a person checked it, for the hover. */
export function provenanceLine(item: { status?: string; by?: string }): string {
  switch (item.status) {
    case 'accepted':
      return `$(check) ${vscode.l10n.t('Confirmed by {0}', md(item.by ?? vscode.l10n.t('someone')))}`;
    case 'corrected':
      return `$(edit) ${vscode.l10n.t('Corrected by {0}', md(item.by ?? vscode.l10n.t('someone')))}`;
    default:
      return `$(circle-large-outline) ${vscode.l10n.t('Machine suggestion, not reviewed')}`;
  }
}

/** Hover on an entity mention (who, roles, aliases, mentions, quotes) and on a quote (speaker, cue, kind). */
export class EntityHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: AnalysisStore, private readonly config: ConfigService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.store.get(document);
    if (!analysis) return undefined;
    const offset = toOffset(document, position);
    const sections: string[] = [];
    let range: vscode.Range | undefined;
    const ref = mentionAt(analysis, offset);
    if (ref && typeShown(this.config.current, ref.entity.type)) {
      sections.push(`${entityMarkdown(document, analysis, ref.entity)}\n\n${provenanceLine(ref.mention.status ? ref.mention : ref.entity)}`);
      range = toRange(document, ref.mention);
    }
    const quote = quoteAt(analysis, offset);
    if (quote) sections.push(`${quoteMarkdown(analysis, quote)}\n\n${provenanceLine(quote)}`);
    if (!sections.length) return undefined;
    const args = { uri: document.uri.toString(), offset };
    const links = correctionsAt(analysis, offset, false).map(([command, title]) => commandLink(title, command, args));
    if (links.length) sections.push(links.join(' \u00b7 '));
    const content = new vscode.MarkdownString(sections.join('\n\n---\n\n'), true);
    content.isTrusted = { enabledCommands: HOVER_COMMANDS };
    return new vscode.Hover(content, range);
  }
}

/** Highlights every mention of the entity under the cursor (of a shown type). */
export class EntityHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(private readonly store: AnalysisStore, private readonly config: ConfigService) {}

  provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] {
    const analysis = this.store.get(document);
    const found = analysis && mentionAt(analysis, toOffset(document, position));
    const ref = found && typeShown(this.config.current, found.entity.type) ? found : undefined;
    return ref ? ref.entity.mentions.map((m) => new vscode.DocumentHighlight(toRange(document, m), vscode.DocumentHighlightKind.Text)) : [];
  }
}

/** Find All References (Shift+F12): the entity's mentions, from the complete analysis. */
export class EntityReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly store: AnalysisStore, private readonly config: ConfigService) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[]> {
    const analysis = await this.store.analyzeNow(document);
    const found = analysis && mentionAt(analysis, toOffset(document, position));
    const ref = found && typeShown(this.config.current, found.entity.type) ? found : undefined;
    return ref ? ref.entity.mentions.map((m) => new vscode.Location(document.uri, toRange(document, m))) : [];
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The word-for-word replacements a rename asks for when the old and new names have as many
 * words: each changed word ("Shoigu" -> "Shoygu" in "Sergei Shoigu" -> "Sergei Shoygu"), to be
 * made inside every mention. Undefined when the word counts differ ("Nawaz" -> "Nawaz Sharif"):
 * then only mentions that are exactly the old name are replaced, or "Nawaz Sharif" would
 * become "Nawaz Sharif Sharif".
 */
export function renamePairs(oldName: string, newName: string): Array<[string, string]> | undefined {
  const from = oldName.trim().split(/\s+/);
  const to = newName.trim().split(/\s+/);
  if (from.length !== to.length) return undefined;
  // One replacement per distinct word, so that no two edits touch the same text.
  return from.map((w, i): [string, string] => [w, to[i]]).filter(([a, b], i) => a !== b && from.indexOf(a) === i);
}

/**
 * Rename Symbol (F2) on a mention: the change typed over the mention is made in every mention
 * of the entity, short and full forms alike ("Shoigu" -> "Shoygu" also fixes "Sergei Shoigu",
 * and the reverse), in one undoable edit.
 */
export class EntityRenameProvider implements vscode.RenameProvider {
  constructor(private readonly store: AnalysisStore) {}

  async prepareRename(document: vscode.TextDocument, position: vscode.Position): Promise<{ range: vscode.Range; placeholder: string }> {
    const analysis = await this.store.analyzeNow(document);
    const ref = analysis && mentionAt(analysis, toOffset(document, position));
    if (!ref) throw new Error(vscode.l10n.t('News Annotator: put the cursor on a highlighted name to rename it.'));
    return { range: toRange(document, ref.mention), placeholder: ref.mention.text };
  }

  async provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): Promise<vscode.WorkspaceEdit | undefined> {
    const analysis = await this.store.analyzeNow(document);
    const ref = analysis && mentionAt(analysis, toOffset(document, position));
    if (!ref || !newName.trim()) return undefined;
    const edit = new vscode.WorkspaceEdit();
    const pairs = renamePairs(ref.mention.text, newName);
    if (!pairs) {
      for (const m of ref.entity.mentions) {
        if (m.text === ref.mention.text) edit.replace(document.uri, toRange(document, m), newName.trim());
      }
      return edit;
    }
    const patterns = pairs.map(([from, to]) => [new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(from)}(?![\\p{L}\\p{N}])`, 'gu'), to] as const);
    for (const m of ref.entity.mentions) {
      for (const [pattern, to] of patterns) {
        for (const hit of m.text.matchAll(pattern)) {
          const start = m.start + (hit.index ?? 0);
          edit.replace(document.uri, toRange(document, { start, end: start + hit[0].length }), to);
        }
      }
    }
    return edit;
  }
}
