import { Entity, EntityType, StatedGender } from '../types';
import { PERSON_PRONOUNS, ROLE_SYNONYMS, TITLES } from './lexicon';
import { MentionKind } from './mentions';

/** A speaker mention to resolve, at absolute offsets. */
export interface MentionToResolve {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  role?: string;
}

interface Anchor {
  start: number;
  end: number;
  entity: Entity;
}

/** Index of the last anchor ending at or before `offset`, or -1. Anchors are sorted by end. */
function lastBefore(anchors: Anchor[], offset: number): number {
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (anchors[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers']);
const MALE_PRONOUNS = new Set(['he', 'him', 'his']);
/** Pronouns that may stand for an organisation, with how far before them (characters) it must be named. */
const ORGANISATION_PRONOUNS = new Map([
  ['it', 300],
  ['its', 300],
  ['they', 200],
  ['their', 200],
]);

/** How many of the latest resolved references `recent` looks back over. */
const RECENT_LOOKBACK = 8;

function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']s$/, '')
    .split(/\s+/)
    .filter((w) => !TITLES.has(w.replace(/\.$/, '')))
    .join(' ');
}

/**
 * Resolves speaker mentions to entities. Names resolve by position (an entity mention under
 * them) or by name; person pronouns and role nouns resolve to the most recent fitting person,
 * where earlier resolved pronouns count as mentions, so "He added ..." followed by "... he
 * said" reaches the same person. Mentions must be resolved in document order. With no
 * entities every mention stays unresolved, and callers keep the mention alone.
 */
export class SpeakerResolver {
  private readonly mentions: Anchor[];
  private readonly persons: Anchor[];
  private readonly organizations: Anchor[];
  /** Resolved references by entity type, in the order they were resolved. */
  private readonly resolved = new Map<EntityType, Anchor[]>();
  private readonly byName = new Map<string, Entity>();
  /** The first person whose name ends in a word, by that word: "Smith" finds "John Smith". */
  private readonly byLastName = new Map<string, Entity>();
  private readonly types = new Map<string, EntityType>();
  /** Per role noun, the mentions of entities carrying the role (sorted by end) and the first such entity. */
  private readonly roles = new Map<string, { anchors: Anchor[]; first: Entity | undefined }>();

  // Every look-up below is a map or a binary search: a document with many speakers and many
  // entities costs their sum, never their product.
  /**
   * `genders` (from quotes/gender.ts) turns on agreement: pronouns skip people of the other
   * stated gender, and "it"/"they" may stand for an organisation; without it, person pronouns
   * take the most recent person.
   */
  constructor(
    private readonly entities: Entity[],
    private readonly genders?: ReadonlyMap<string, StatedGender>,
  ) {
    this.mentions = entities
      .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })))
      .sort((a, b) => a.end - b.end);
    this.persons = this.mentions.filter((a) => a.entity.type === 'person');
    this.organizations = this.mentions.filter((a) => a.entity.type === 'organization');
    for (const entity of entities) {
      if (!this.types.has(entity.id)) this.types.set(entity.id, entity.type);
      for (const name of [entity.canonical, ...entity.aliases]) {
        const key = normaliseName(name);
        if (key && !this.byName.has(key)) this.byName.set(key, entity);
      }
      const last = normaliseName(entity.canonical).split(' ').pop();
      if (entity.type === 'person' && last !== undefined && !this.byLastName.has(last)) this.byLastName.set(last, entity);
    }
  }

  /** The type of the entity with this id, or undefined for an unknown id. */
  typeOf(id: string): EntityType | undefined {
    return this.types.get(id);
  }

  /** The id of the entity a mention refers to, or undefined when nothing fits. */
  resolve(mention: MentionToResolve): string | undefined {
    const entity = this.find(mention);
    if (entity && mention.kind !== 'name') {
      // Resolved references become anchors for later pronouns; names already are anchors.
      const list = this.resolved.get(entity.type) ?? [];
      list.push({ start: mention.start, end: mention.end, entity });
      this.resolved.set(entity.type, list);
    }
    return entity?.id;
  }

  private find(m: MentionToResolve): Entity | undefined {
    if (this.entities.length === 0) return undefined;
    switch (m.kind) {
      case 'name':
        return this.byPosition(m) ?? this.byNameText(m.text);
      case 'pronoun':
        return this.pronoun(m);
      case 'role':
        return this.byRole(m) ?? this.recent('person', m.start);
      case 'organization':
        return this.byPosition(m) ?? this.recent('organization', m.start);
      default:
        return this.byPosition(m);
    }
  }

  private byPosition(m: MentionToResolve): Entity | undefined {
    let i = lastBefore(this.mentions, m.end);
    for (; i >= 0 && this.mentions[i].end > m.start; i--) {
      const a = this.mentions[i];
      if (a.start < m.end && a.end > m.start && a.entity.type !== 'date') return a.entity;
    }
    return undefined;
  }

  private byNameText(text: string): Entity | undefined {
    const key = normaliseName(text);
    const exact = this.byName.get(key);
    if (exact) return exact;
    const last = key.split(' ').pop();
    return last ? this.byLastName.get(last) : undefined;
  }

  private pronoun(m: MentionToResolve): Entity | undefined {
    // "he's" is "he"; relative pronouns reach here already replaced by the phrase they stand for.
    const word = m.text.toLowerCase().replace(/['’].*$/, '');
    if (!this.genders) return PERSON_PRONOUNS.has(word) ? this.recent('person', m.start) : undefined;
    // Agreement: "he" skips a woman the text has called "she" or "Ms.", and the reverse;
    // "it" and "they" stand for an organisation named close before them.
    const genders = this.genders;
    const wanted: StatedGender | undefined = FEMALE_PRONOUNS.has(word) ? 'female' : MALE_PRONOUNS.has(word) ? 'male' : undefined;
    if (wanted) return this.recent('person', m.start, (e) => (genders.get(e.id) ?? wanted) === wanted);
    const reach = ORGANISATION_PRONOUNS.get(word);
    if (reach === undefined) return undefined;
    return this.recent('organization', m.start, (_, a) => m.start - a.end <= reach);
  }

  private byRole(m: MentionToResolve): Entity | undefined {
    const role = m.role ?? '';
    let index = this.roles.get(role);
    if (!index) {
      const wanted = ROLE_SYNONYMS.get(role) ?? [];
      const fits = (e: Entity) => e.roles.some((r) => wanted.some((w) => r.toLowerCase().includes(w)));
      index = { anchors: this.mentions.filter((a) => fits(a.entity)), first: this.entities.find(fits) };
      this.roles.set(role, index);
    }
    // The most recent mention of an entity carrying the role, else any such entity.
    const i = lastBefore(index.anchors, m.start);
    return i >= 0 ? index.anchors[i].entity : index.first;
  }

  /** The most recent mention of an entity of `type` that `fits`, counting resolved references; only the last few are tried. */
  private recent(type: 'person' | 'organization', offset: number, fits: (e: Entity, a: Anchor) => boolean = () => true): Entity | undefined {
    const anchors = type === 'person' ? this.persons : this.organizations;
    let i = lastBefore(anchors, offset);
    const floor = i - RECENT_LOOKBACK;
    while (i >= 0 && i > floor && !fits(anchors[i].entity, anchors[i])) i--;
    const a = i >= 0 && i > floor ? anchors[i] : undefined;
    // References are resolved in document order, so the latest one before the offset is among
    // the last few; one placed after it (a speaker after a long quote) is passed over.
    const resolved = this.resolved.get(type) ?? [];
    let r: Anchor | undefined;
    for (let k = resolved.length - 1; k >= 0 && k >= resolved.length - RECENT_LOOKBACK && !r; k--) {
      if (resolved[k].end <= offset && fits(resolved[k].entity, resolved[k])) r = resolved[k];
    }
    if (a && r) return a.end >= r.end ? a.entity : r.entity;
    return (a ?? r)?.entity;
  }
}
