import { quotesOutsideCopies } from '../analysis/quoteList';
import type { CorrectedAnalysis, Entity, EntityLabel, EntityMention, EntityType, Quote } from '../analysis/types';
import * as l10n from '@vscode/l10n';

interface MentionRef {
  mention: EntityMention;
  entity: Entity<EntityLabel>;
}

const indexes = new WeakMap<CorrectedAnalysis, MentionRef[]>();

/** Every mention of every entity, sorted by offset; built once per analysis. */
function mentionIndex(analysis: CorrectedAnalysis): MentionRef[] {
  let index = indexes.get(analysis);
  if (!index) {
    index = analysis.entities.flatMap((entity) => entity.mentions.map((mention) => ({ mention, entity })));
    index.sort((a, b) => a.mention.start - b.mention.start);
    indexes.set(analysis, index);
  }
  return index;
}

/** The entity mention at an offset (touching either end counts, as a cursor after a word does). */
export function mentionAt(analysis: CorrectedAnalysis, offset: number): MentionRef | undefined {
  const index = mentionIndex(analysis);
  let lo = 0;
  let hi = index.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = index[mid].mention;
    if (offset < m.start) hi = mid - 1;
    else if (offset > m.end) lo = mid + 1;
    else return index[mid];
  }
  return undefined;
}

const outsideCopies = new WeakMap<CorrectedAnalysis, Map<Entity<EntityLabel>, EntityMention[]>>();

/**
 * The mentions of an entity a person reads, counted once: none inside duplicated copies of a
 * paragraph, as the Quotes view lists quotes (a name in a copy is already counted in the
 * original). An entity named only in copies keeps those. Built once per analysis, in one pass
 * over the sorted mentions and copies.
 */
export function readMentions(analysis: CorrectedAnalysis, entity: Entity<EntityLabel>): EntityMention[] {
  let byEntity = outsideCopies.get(analysis);
  if (!byEntity) {
    byEntity = new Map();
    const copies = analysis.duplicates.copies.map((c) => analysis.paragraphs[c.paragraph]);
    let k = 0;
    for (const { mention, entity: e } of mentionIndex(analysis)) {
      while (k < copies.length && copies[k].end < mention.start) k++;
      if (k < copies.length && copies[k].start <= mention.start) continue;
      const list = byEntity.get(e);
      if (list) list.push(mention);
      else byEntity.set(e, [mention]);
    }
    outsideCopies.set(analysis, byEntity);
  }
  return byEntity.get(entity) ?? entity.mentions;
}

/** "3 mentions", and how many more are in duplicated paragraphs, for hovers and the Entities view. */
export function mentionCount(analysis: CorrectedAnalysis, entity: Entity<EntityLabel>): string {
  const read = readMentions(analysis, entity).length;
  const copied = entity.mentions.length - read;
  const mentions = read === 1 ? l10n.t('{0} mention', read) : l10n.t('{0} mentions', read);
  return copied ? l10n.t('{0} ({1} more in duplicated paragraphs, not counted)', mentions, copied) : mentions;
}

const unique = new WeakMap<CorrectedAnalysis, Quote[]>();

/** The quotes a person reads (none from duplicated copies), computed once per analysis. */
export function uniqueQuotes(analysis: CorrectedAnalysis): Quote[] {
  let list = unique.get(analysis);
  if (!list) unique.set(analysis, (list = quotesOutsideCopies(analysis)));
  return list;
}

/** The quotes whose speaker resolves to an entity, duplicates left out. */
export function quotesBy(analysis: CorrectedAnalysis, entity: Entity<EntityLabel>): Quote[] {
  return uniqueQuotes(analysis).filter((q) => q.speakerEntity === entity.id);
}

/** The entity a quote's speaker resolves to. */
export function speakerOf(analysis: CorrectedAnalysis, quote: Quote): Entity<EntityLabel> | undefined {
  return quote.speakerEntity ? analysis.entities.find((e) => e.id === quote.speakerEntity) : undefined;
}

/** The quote containing an offset, innermost first. */
export function quoteAt(analysis: CorrectedAnalysis, offset: number): Quote | undefined {
  let best: Quote | undefined;
  for (const q of analysis.quotes) {
    if (q.start > offset) break;
    if (offset <= q.end && (!best || q.end - q.start < best.end - best.start)) best = q;
  }
  return best;
}

/**
 * Short type labels shown after each mention when types must not be told by colour alone (the
 * labels displaCy shows, in this product's words).
 */
export const TYPE_CUES: Record<EntityType, string> = { person: 'PERSON', organization: 'ORG', place: 'PLACE', nationality: 'NAT', date: 'DATE', misc: 'MISC' };

/** A quote's kind as a word in lists and hovers: direct, indirect, mixed. */
export function quoteKindWord(kind: Quote['kind']): string {
  return kind === 'direct' ? l10n.t('direct') : kind === 'mixed' ? l10n.t('mixed') : l10n.t('indirect');
}

/** "person" -> "Person", for labels. */
export function typeLabel(type: string): string {
  switch (type) {
    case 'person':
      return l10n.t('Person');
    case 'organization':
      return l10n.t('Organization');
    case 'place':
      return l10n.t('Place');
    case 'nationality':
      return l10n.t('Nationality or group');
    case 'date':
      return l10n.t('Date');
    case 'misc':
      return l10n.t('Other name');
  }
  // A person's own type (newsAnnotator.entities.userTypes): its name as they wrote it.
  return type[0].toUpperCase() + type.slice(1);
}
