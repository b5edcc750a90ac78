import { quotesOutsideCopies } from '../analysis/quoteList';
import type { Analysis, Entity, EntityMention, Quote } from '../analysis/types';

interface MentionRef {
  mention: EntityMention;
  entity: Entity;
}

const indexes = new WeakMap<Analysis, MentionRef[]>();

/** Every mention of every entity, sorted by offset; built once per analysis. */
function mentionIndex(analysis: Analysis): MentionRef[] {
  let index = indexes.get(analysis);
  if (!index) {
    index = analysis.entities.flatMap((entity) => entity.mentions.map((mention) => ({ mention, entity })));
    index.sort((a, b) => a.mention.start - b.mention.start);
    indexes.set(analysis, index);
  }
  return index;
}

/** The entity mention at an offset (touching either end counts, as a cursor after a word does). */
export function mentionAt(analysis: Analysis, offset: number): MentionRef | undefined {
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

const unique = new WeakMap<Analysis, Quote[]>();

/** The quotes a person reads (none from duplicated copies), computed once per analysis. */
export function uniqueQuotes(analysis: Analysis): Quote[] {
  let list = unique.get(analysis);
  if (!list) unique.set(analysis, (list = quotesOutsideCopies(analysis)));
  return list;
}

/** The quotes whose speaker resolves to an entity, duplicates left out. */
export function quotesBy(analysis: Analysis, entity: Entity): Quote[] {
  return uniqueQuotes(analysis).filter((q) => q.speakerEntity === entity.id);
}

/** The entity a quote's speaker resolves to. */
export function speakerOf(analysis: Analysis, quote: Quote): Entity | undefined {
  return quote.speakerEntity ? analysis.entities.find((e) => e.id === quote.speakerEntity) : undefined;
}

/** The quote containing an offset, innermost first. */
export function quoteAt(analysis: Analysis, offset: number): Quote | undefined {
  let best: Quote | undefined;
  for (const q of analysis.quotes) {
    if (q.start > offset) break;
    if (offset <= q.end && (!best || q.end - q.start < best.end - best.start)) best = q;
  }
  return best;
}

/** "person" -> "Person", for labels. */
export function typeLabel(type: string): string {
  return type === 'nationality' ? 'Nationality or group' : type[0].toUpperCase() + type.slice(1);
}
