/**
 * What the Quotes view lists, as plain data (no vscode import, so it is unit-tested in Node):
 * which quotes, under which speaker, in which order, and the copy formats.
 */
import type { CorrectedAnalysis, Quote, QuoteKind } from '../analysis/types';
import { speakerOf, uniqueQuotes } from '../editor/entityLookup';
import * as l10n from '@vscode/l10n';

/** The key of the group of quotes with no speaker (listed last); its label is localised. */
export const UNATTRIBUTED = 'Unattributed';

/**
 * Pronouns that name nobody by themselves: a quote whose speaker is one of these and resolves
 * to no entity is listed as "Unattributed (he)", never under a person called "he".
 */
const BARE_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they', 'it', 'you']);

/** Whether the quote's speaker is only a pronoun that resolved to nobody. */
function unresolvedPronoun(analysis: CorrectedAnalysis, quote: Quote): string | undefined {
  if (!quote.speaker || speakerOf(analysis, quote)) return undefined;
  // "We're", "He's": the pronoun without its contraction.
  const word = quote.speaker.text.trim().replace(/['’].*$/u, '');
  return BARE_PRONOUNS.has(word.toLowerCase()) ? word : undefined;
}

/** The speaker name a quote is listed under: the resolved entity, else the mention, else Unattributed. */
export function speakerName(analysis: CorrectedAnalysis, quote: Quote): string {
  const pronoun = unresolvedPronoun(analysis, quote);
  if (pronoun) return l10n.t('Unattributed ({0})', pronoun);
  return speakerOf(analysis, quote)?.canonical ?? quote.speakerName ?? quote.speaker?.text ?? l10n.t('Unattributed');
}

/** Whether a group of the Quotes view holds unattributed quotes (with or without a pronoun). */
export function isUnattributedGroup(key: string): boolean {
  return key === UNATTRIBUTED || key.startsWith(`${UNATTRIBUTED}:`);
}

/** The quotes listed: duplicates left out, filtered by kind. */
export function listedQuotes(analysis: CorrectedAnalysis, kinds: ReadonlySet<QuoteKind>): Quote[] {
  return uniqueQuotes(analysis).filter((q) => kinds.has(q.kind));
}

/** Quotes as a Markdown table or CSV, for the copy actions. */
export function formatQuotes(analysis: CorrectedAnalysis, quotes: Quote[], format: 'markdown' | 'csv'): string {
  const rows = quotes.map((q) => ({ speaker: speakerName(analysis, q), kind: q.kind, cue: q.cue?.text ?? '', text: q.text.replace(/\s+/g, ' ').trim() }));
  if (format === 'csv') {
    const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    return ['speaker,kind,cue,quote', ...rows.map((r) => [r.speaker, r.kind, r.cue, r.text].map(cell).join(','))].join('\n') + '\n';
  }
  const cell = (v: string) => v.replace(/\|/g, '\\|');
  return ['| Speaker | Kind | Cue | Quote |', '| --- | --- | --- | --- |', ...rows.map((r) => `| ${cell(r.speaker)} | ${r.kind} | ${cell(r.cue)} | ${cell(r.text)} |`)].join('\n') + '\n';
}


/** A speaker and their quotes. */
export interface SpeakerGroup {
  key: string;
  label: string;
  quotes: Quote[];
}

/** Quotes grouped by resolved speaker (or mention), most quoted first, Unattributed ones last. */
export function groupBySpeaker(analysis: CorrectedAnalysis, quotes: Quote[]): SpeakerGroup[] {
  const groups = new Map<string, { label: string; quotes: Quote[] }>();
  for (const q of quotes) {
    const pronoun = unresolvedPronoun(analysis, q);
    const named = q.speakerName ?? q.speaker?.text;
    const key = pronoun ? `${UNATTRIBUTED}:${pronoun.toLowerCase()}` : (q.speakerEntity ?? (named ? `mention:${named.toLowerCase()}` : UNATTRIBUTED));
    const group = groups.get(key) ?? { label: speakerName(analysis, q), quotes: [] };
    group.quotes.push(q);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([ka, a], [kb, b]) => Number(isUnattributedGroup(ka)) - Number(isUnattributedGroup(kb)) || Number(ka === UNATTRIBUTED) - Number(kb === UNATTRIBUTED) || b.quotes.length - a.quotes.length || a.label.localeCompare(b.label))
    .map(([key, g]) => ({ key, label: g.label, quotes: g.quotes }));
}
