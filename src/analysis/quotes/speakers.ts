import { Entity, EntityType } from '../types';
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
  private readonly resolved: Anchor[] = [];
  private readonly byName = new Map<string, Entity>();

  constructor(private readonly entities: Entity[]) {
    this.mentions = entities
      .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })))
      .sort((a, b) => a.end - b.end);
    this.persons = this.mentions.filter((a) => a.entity.type === 'person');
    this.organizations = this.mentions.filter((a) => a.entity.type === 'organization');
    for (const entity of entities) {
      for (const name of [entity.canonical, ...entity.aliases]) {
        const key = normaliseName(name);
        if (key && !this.byName.has(key)) this.byName.set(key, entity);
      }
    }
  }

  /** The type of the entity with this id, or undefined for an unknown id. */
  typeOf(id: string): EntityType | undefined {
    return this.entities.find((e) => e.id === id)?.type;
  }

  /** The id of the entity a mention refers to, or undefined when nothing fits. */
  resolve(mention: MentionToResolve): string | undefined {
    const entity = this.find(mention);
    if (entity && mention.kind !== 'name') {
      // Resolved references become anchors for later pronouns; names already are anchors.
      this.resolved.push({ start: mention.start, end: mention.end, entity });
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
    if (!last) return undefined;
    return this.entities.find((e) => e.type === 'person' && normaliseName(e.canonical).split(' ').pop() === last);
  }

  private pronoun(m: MentionToResolve): Entity | undefined {
    const word = m.text.toLowerCase();
    if (!PERSON_PRONOUNS.has(word) || word === 'i') return undefined;
    if (word === 'who') {
      // "X, who ... said": the antecedent ends just before the relative pronoun.
      const i = lastBefore(this.mentions, m.start);
      if (i >= 0 && m.start - this.mentions[i].end <= 3) return this.mentions[i].entity;
    }
    return this.recent('person', m.start);
  }

  private byRole(m: MentionToResolve): Entity | undefined {
    const wanted = ROLE_SYNONYMS.get(m.role ?? '') ?? [];
    const fits = (e: Entity) => e.roles.some((r) => wanted.some((w) => r.toLowerCase().includes(w)));
    // The most recent mention of an entity carrying the role, else any such entity.
    for (let i = lastBefore(this.mentions, m.start); i >= 0; i--) {
      if (fits(this.mentions[i].entity)) return this.mentions[i].entity;
    }
    return this.entities.find(fits);
  }

  /** The most recent mention of an entity of `type`, counting resolved references. */
  private recent(type: 'person' | 'organization', offset: number): Entity | undefined {
    const anchors = type === 'person' ? this.persons : this.organizations;
    const i = lastBefore(anchors, offset);
    const a = i >= 0 ? anchors[i] : undefined;
    let r: Anchor | undefined;
    for (let k = this.resolved.length - 1; k >= 0 && !r; k--) {
      const cand = this.resolved[k];
      if (cand.end <= offset && cand.entity.type === type) r = cand;
    }
    if (a && r) return a.end >= r.end ? a.entity : r.entity;
    return (a ?? r)?.entity;
  }
}
