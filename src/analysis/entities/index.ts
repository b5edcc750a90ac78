/**
 * Named entities of a document: per-paragraph candidates from `nlp.ts` (cached by paragraph
 * hash), then a cheap document-level pass that settles uncertain types, links short forms to
 * full names ("Asif" -> "Khawaja Asif") and groups mentions into entities with roles.
 */
import { paragraphCandidates } from '../nlp';
import { Candidate } from './recognise';
import { dictionaryWords, facilityHeads, miscStarts, nameParticles, normalName, orgHeads, placeHeads, placeNames } from './lexicon';
import { RuleFamilies, RuleFamily, withFamilies } from './families';
import { isSportsText } from './sports';
import { wordsFor } from './words';
import { Entity, EntityMention, EntityType, Paragraph } from '../types';

/** Options of `findEntities`. */
export interface EntityOptions {
  /** Only these types are returned (all when absent). */
  types?: EntityType[];
  /** Names the user declares, with their type; every occurrence is a mention, overriding the recogniser. */
  custom?: Record<string, EntityType>;
  /** Names never reported (compared case-insensitively with each mention and each canonical name). */
  ignore?: string[];
  /**
   * Whether a span holds no syntax, when `text` is a view with syntax blanked (Markdown): a
   * mention that fails it would run across syntax, and is left out.
   */
  isProse?: (start: number, end: number) => boolean;
  /** Rule families to switch off (all run when absent); for measuring what each is worth. */
  families?: Partial<Record<RuleFamily, boolean>>;
}

/** A candidate placed in the document. */
interface Placed extends Candidate {
  /** Normalised text, the key for type votes and linking. */
  key: string;
}

const allTypes: EntityType[] = ['person', 'organization', 'place', 'nationality', 'date', 'misc'];

/**
 * Finds the named entities of `text`, whose `paragraphs` come from `splitParagraphs(text)`.
 * Mentions carry absolute UTF-16 offsets (end exclusive) and are sorted; entities are sorted by
 * their first mention. Pure and total: odd input gives fewer entities, never an exception.
 */
export function findEntities(text: string, paragraphs: Paragraph[], options: EntityOptions = {}): Entity[] {
  const asWritten = (m: { start: number; end: number }) => !options.isProse || options.isProse(m.start, m.end);
  const families = withFamilies(options.families);
  const placed: Placed[] = [];
  for (const p of paragraphs) {
    if (p.end > text.length || p.start < 0) continue;
    const candidates = paragraphCandidates(p.text, p.hash, families);
    const keys = keysOf(candidates);
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i];
      const m = { ...c, start: c.start + p.start, end: c.end + p.start, key: keys[i] };
      if (asWritten(m)) placed.push(m);
    }
  }
  const custom = customMentions(text, options.custom).filter(asWritten);
  const ignored = new Set((options.ignore ?? []).map(normalName));
  const wanted = new Set(options.types ?? allTypes);

  const resolvedTypes = resolveTypes(withoutTerms(text, placed), { families, sports: families.sports && isSportsText(text) });
  const typed = families.arbiter ? arbitrate(resolvedTypes) : resolvedTypes;
  const aliases = linkAcronyms(text, typed);
  if (families.misc) shortForms(typed, aliases);
  const resolved = [...typed, ...repeatedNames(text, typed, aliases)].filter((m) => !ignored.has(m.key));
  const overlapsCustom = overlapIndex(custom);
  const mentions = withoutOverlaps([...custom, ...resolved.filter((m) => !overlapsCustom(m.start, m.end))]);
  return group(mentions, aliases)
    .filter((e) => wanted.has(e.type) && !ignored.has(normalName(e.canonical)))
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** The normalised texts of a paragraph's candidates, worked out once per (cached, shared) candidate array. */
const candidateKeys = new WeakMap<readonly Candidate[], string[]>();

function keysOf(candidates: readonly Candidate[]): string[] {
  let keys = candidateKeys.get(candidates);
  if (!keys) candidateKeys.set(candidates, (keys = candidates.map((c) => normalName(c.text))));
  return keys;
}

/** Every whole-word occurrence of the user's names. */
function customMentions(text: string, custom: Record<string, EntityType> | undefined): Placed[] {
  const out: Placed[] = [];
  if (!custom) return out;
  for (const [name, type] of Object.entries(custom)) {
    if (!name.trim() || !allTypes.includes(type)) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const before = at > 0 ? text[at - 1] : ' ';
      const after = at + name.length < text.length ? text[at + name.length] : ' ';
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      out.push({ start: at, end: at + name.length, text: name, type, strong: true, key: normalName(name) });
    }
  }
  return out;
}

/**
 * Whether a span overlaps any of `spans`, in logarithmic time: spans sorted by start, with the
 * largest end among each prefix, so that many custom names in a long text cost n log n.
 */
function overlapIndex(spans: readonly Placed[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const s of sorted) maxEnd.push(Math.max(s.end, maxEnd.length ? maxEnd[maxEnd.length - 1] : -Infinity));
  return (start, end) => {
    // The spans that start before `end`; one of them overlaps when the largest end passes `start`.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1] > start;
  };
}

/** Words of a name that may stand for the whole person ("Asif", "Sharif", "Nawaz"). */
function nameParts(key: string): string[] {
  return key.split(/[\s-]+/).filter((w) => w.length > 1 && !nameParticles.has(w));
}

/**
 * Settles each candidate's type with what the whole document says: a word that is part of a
 * person's full name is that person unless its own context says place; a name typed strongly
 * once keeps that type where it is uncertain; names from capitalised headlines or tables count
 * only when confirmed by running text or a lexicon.
 */
function resolveTypes(placed: Placed[], context: { families: RuleFamilies; sports: boolean }): Placed[] {
  const teams = context.sports ? teamNames(placed) : new Set<string>();
  const personParts = new Set<string>();
  const votes = new Map<string, Map<EntityType, number>>();
  const plainKeys = new Set<string>();
  for (const c of placed) {
    if (!c.shouted && !c.layout) plainKeys.add(c.key);
    if (c.type === 'person' && !c.shouted && /[\s-]/.test(c.key)) {
      // A guessed name lends only its surname: its first word may be a qualifier or a place.
      const parts = nameParts(c.key);
      for (const w of c.strong || c.role !== undefined ? parts : parts.slice(-1)) personParts.add(w);
    }
    if (c.type && c.strong && !c.shouted) {
      const v = votes.get(c.key) ?? new Map<EntityType, number>();
      v.set(c.type, (v.get(c.type) ?? 0) + 1);
      votes.set(c.key, v);
    }
  }
  const voted = (key: string): EntityType | undefined => {
    const v = votes.get(key);
    if (!v) return undefined;
    return [...v.entries()].sort((a, b) => b[1] - a[1])[0][0];
  };

  // A guessed name that the words around call a firm once ("X said its", "shares of X",
  // ", one of the largest banks") is that firm wherever the document repeats it.
  const orgCued = new Set<string>();
  for (const c of placed) if ((c.hint === 'organization' || c.orgCue) && (!c.strong || c.type === null)) orgCued.add(c.key);

  // The first word of a multi-word organisation stands for it ("Newmont" for "Newmont Mining Corp").
  const orgShort = new Set<string>();
  for (const c of placed) if (c.type === 'organization' && c.strong && /\s/.test(c.key)) orgShort.add(c.key.split(' ')[0]);
  const firms = context.families.context ? firmsNamedLikePlaces(placed) : new Set<string>();

  const out: Placed[] = [];
  for (const c of placed) {
    const single = !/\s/.test(c.key);
    let type: EntityType | null = c.type;
    if (type === 'date') {
      out.push(c);
      continue;
    }
    if (firms.has(c.key) && !c.located) {
      out.push({ ...c, type: 'organization', strong: true });
      continue;
    }
    if (teams.has(c.key) && mayBeTeam(c)) {
      // A side of a sports report, wherever the report names it, but "in Madrid" stays a place.
      out.push({ ...c, type: 'organization', strong: true, shouted: false });
      continue;
    }
    if (single && personParts.has(c.key) && !(c.strong && c.type !== 'person' && (c.type !== 'place' || c.hint === 'place'))) {
      type = 'person';
    } else if (!c.strong || c.type === null) {
      const cue = orgCued.has(c.key) && !personParts.has(c.key) ? 'organization' : null;
      type = voted(c.key) ?? cue ?? (single && orgShort.has(c.key) && !personParts.has(c.key) ? 'organization' : null) ?? type ?? c.hint ?? null;
    }
    if (type === null) continue;
    if (c.layout && !plainKeys.has(c.key) && !personParts.has(c.key)) continue;
    if (c.shouted && !(plainKeys.has(c.key) || personParts.has(c.key) || (c.strong && type !== 'person'))) continue;
    out.push({ ...c, type });
  }
  return out;
}

/** Types the arbiter settles between; dates and nationalities keep their own. */
const arbitrated: ReadonlySet<EntityType | null> = new Set<EntityType>(['person', 'organization', 'place', 'misc']);

/**
 * One name keeps one type in an article: where three or more mentions of a name agree on a
 * type by three to one or more, the others take it, unless their own context disagrees
 * strongly (placed by "in" or "at", a side's position in a sports report, a title before a
 * person). Linear: one count per name, one pass over the mentions.
 */
export function arbitrate<T extends Candidate & { key: string }>(typed: T[]): T[] {
  const counts = new Map<string, Map<EntityType, number>>();
  for (const c of typed) {
    if (!c.type || !arbitrated.has(c.type)) continue;
    const v = counts.get(c.key) ?? new Map<EntityType, number>();
    v.set(c.type, (v.get(c.type) ?? 0) + 1);
    counts.set(c.key, v);
  }
  const majority = new Map<string, EntityType>();
  for (const [key, v] of counts) {
    let total = 0;
    let best: EntityType | undefined;
    let most = 0;
    for (const [type, n] of v) {
      total += n;
      if (n > most) [best, most] = [type, n];
    }
    if (best && total >= 3 && most < total && most >= 0.75 * total) majority.set(key, best);
  }
  if (majority.size === 0) return typed;
  return typed.map((c) => {
    const type = majority.get(c.key);
    if (!type || c.type === type || !c.type || !arbitrated.has(c.type) || c.located || c.team || c.role !== undefined) return c;
    return { ...c, type };
  });
}

/** Whether a candidate's own evidence leaves room for a team: not a country, a person, or a place after "in" or "at". */
function mayBeTeam(c: Placed): boolean {
  if (c.type === 'place') return placeNames.get(c.key) !== 'country' && !(c.located && !c.team);
  return c.type === null || c.type === 'organization';
}

/** Names that stand where a side stands at least once in a sports report ("X v Y", "beat X"). */
function teamNames(placed: Placed[]): Set<string> {
  const teams = new Set<string>();
  for (const c of placed) if (c.team && mayBeTeam(c)) teams.add(c.key);
  return teams;
}

/**
 * Towns and regions that name a firm in this article ("Norilsk officials", "Norilsk's debts",
 * "Santa Fe's board" beside "Santa Fe Pacific Gold Corp"): at least two mentions the words
 * around call a firm (the opening words of a firm's full name in the article count as one), and
 * more such mentions than ones placed by "in", "at" or the like. Countries stay places.
 */
function firmsNamedLikePlaces(placed: Placed[]): Set<string> {
  const votes = new Map<string, number>();
  const vote = (key: string, n: number) => votes.set(key, (votes.get(key) ?? 0) + n);
  const cued = new Set<string>();
  for (const c of placed) {
    if (c.type !== 'place' || placeNames.get(c.key) === 'country') continue;
    if (c.orgCue) {
      vote(c.key, 1);
      cued.add(c.key);
    }
    if (c.located || c.hint === 'place') vote(c.key, -1);
  }
  const firmNames = new Set(placed.filter((c) => c.type === 'organization' && c.strong).map((c) => c.key));
  for (const name of firmNames) {
    // Each leading run of words of a firm's name ("santa fe" of "santa fe pacific gold corp"),
    // once per firm, and only for a name that a context calls a firm itself: "New York" does
    // not turn for "New York Stock Exchange".
    const words = name.split(' ');
    for (let n = 1, prefix = words[0]; n < words.length && n <= 4; prefix += ` ${words[n]}`, n++) if (cued.has(prefix)) vote(prefix, 1);
  }
  const out = new Set<string>();
  for (const [key, n] of votes) if (n >= 2) out.add(key);
  return out;
}

/** An acronym as news writes one: two to ten capitals, digits, dots or "&" ("SCO", "U.N.", "S&P"). */
const acronymShape = /^\p{Lu}[\p{Lu}\p{N}.&-]{1,9}$/u;

/** An acronym's spelled-out form in brackets right after it: "ROS [reactive oxygen species, ...]". */
const spelledOut = /^\s?[([]\s?([\p{L}][\p{L} -]{2,60})/u;

/**
 * Leaves out acronyms of terms and what spells them out: an acronym followed at once by its
 * words in brackets, when those words are dictionary words with no organisation or place head
 * ("ROS [Reactive Oxygen Species]", "GDP (Gross Domestic Product)"), is a term of science or
 * trade, no organisation, wherever it is written in the document.
 */
function withoutTerms(text: string, placed: Placed[]): Placed[] {
  const terms = new Set<string>();
  const spans: Array<[number, number]> = [];
  for (const m of placed) {
    if (!acronymShape.test(m.text) || /[a-z.]/.test(m.text)) continue;
    const after = spelledOut.exec(text.slice(m.end, m.end + 64));
    if (!after) continue;
    const words = after[1].trim().split(/[\s-]+/).filter((w) => w.length > 0);
    const letters = m.text.replace(/[^\p{Lu}]/gu, '');
    if (words.length !== letters.length || words.some((w, k) => w[0].toUpperCase() !== letters[k])) continue;
    const keys = words.map((w) => w.toLowerCase());
    const last = keys[keys.length - 1];
    if (!keys.every((k) => dictionaryWords.has(k) || dictionaryWords.has(k.replace(/e?s$/, ''))) || orgHeads.has(last) || placeHeads.has(last) || facilityHeads.has(last)) continue;
    terms.add(m.key);
    const from = m.end + after.index + after[0].length - after[1].length;
    spans.push([from, from + after[1].length]);
  }
  if (terms.size === 0) return placed;
  // Mentions and spans both run in document order: one pointer walks the spans.
  let k = 0;
  return placed.filter((m) => {
    while (k < spans.length && spans[k][1] <= m.start) k++;
    return !terms.has(m.key) && !(k < spans.length && m.start >= spans[k][0] && m.end <= spans[k][1]);
  });
}

/** Whether every letter of `acronym` is, in order, the initial of a word of `name` ("SCO", "YIT"). */
function abbreviates(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  if (letters.length < 2 || letters[0] !== initials[0]) return false;
  let at = 0;
  for (const ch of letters) {
    at = initials.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** An acronym defined in brackets after the name it abbreviates. */
interface Acronym {
  /** The first mention of the full name. */
  full: Placed;
  /** The acronym as written in the brackets ("SCO", "U.N."). */
  form: string;
}

/**
 * "Shanghai Cooperation Organization (SCO)": an acronym in brackets right after a name that it
 * abbreviates is an alias of that name. Returns acronym key -> the full name and the acronym's
 * written form, and gives every mention of the acronym the full name's type (in place).
 */
function linkAcronyms(text: string, placed: Placed[]): Map<string, Acronym> {
  const aliases = new Map<string, Acronym>();
  for (const m of placed) {
    if ((m.type !== 'organization' && m.type !== 'place') || !/\s/.test(m.text)) continue;
    // A fixed window after the name: the brackets must follow it at once.
    const after = /^\s*\(\s*([^\s()]{2,11})\s*\)/.exec(text.slice(m.end, m.end + 16));
    if (!after || !acronymShape.test(after[1]) || !abbreviates(after[1], m.text)) continue;
    const key = normalName(after[1]);
    if (!aliases.has(key)) aliases.set(key, { full: m, form: after[1] });
  }
  for (const m of placed) {
    const acronym = aliases.get(m.key);
    if (acronym) m.type = acronym.full.type;
  }
  return aliases;
}

/**
 * "Cyclone Phailin" is "Phailin", "Spacecraft Stardust" is "Stardust" further on: the name after
 * a storm's or a craft's kind word is the same other name (misc) wherever it stands alone, and
 * joins its entity. Adds those short forms to `aliases` (read like acronyms by the grouping
 * and by `repeatedNames`) and retypes the mentions that are already candidates.
 */
function shortForms(placed: Placed[], aliases: Map<string, Acronym>): void {
  const added = new Set<string>();
  for (const m of placed) {
    if (m.type !== 'misc') continue;
    const space = m.text.indexOf(' ');
    if (space < 0 || !miscStarts.has(m.text.slice(0, space).toLowerCase())) continue;
    const form = m.text.slice(space + 1);
    const key = normalName(form);
    if (aliases.has(key) || !/^\p{Lu}/u.test(form)) continue;
    aliases.set(key, { full: m, form });
    added.add(key);
  }
  if (added.size === 0) return;
  // A name settled as something else on its own ("police in Phoenix" beside "Operation Phoenix") keeps its type.
  for (const m of placed) {
    if (added.has(m.key) && m.strong && m.type !== 'misc') {
      added.delete(m.key);
      aliases.delete(m.key);
    }
  }
  for (const m of placed) if (added.has(m.key)) m.type = 'misc';
}

/**
 * One name keeps one meaning within a news story. Once "Sergei Shoigu" is a person, every
 * capitalised "Shoigu" in the document is that person, also where the sentence alone gave no
 * evidence ("Shoigu, 61, ..." or a headline in capitals); once "SCO" abbreviates an
 * organisation, every "SCO" is it. Returns the occurrences no candidate covers yet.
 */
function repeatedNames(text: string, placed: Placed[], acronyms: Map<string, Acronym>): Placed[] {
  const wanted = new Map<string, EntityType>();
  for (const m of placed) {
    if (m.type !== 'person' || m.shouted || (!m.strong && m.role === undefined)) continue;
    const words = m.text.split(/\s+/);
    const last = words[words.length - 1];
    if (words.length > 1 && /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(last)) wanted.set(last, 'person');
  }
  for (const { full, form } of acronyms.values()) if (full.type) wanted.set(form, full.type);
  if (wanted.size === 0) return [];
  const covered = placed.map((m) => [m.start, m.end] as const).sort((a, b) => a[0] - b[0]);
  const isCovered = (start: number, end: number): boolean => {
    let lo = 0;
    let hi = covered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (covered[mid][0] < end) lo = mid + 1;
      else hi = mid;
    }
    // Spans are short, so looking back over the few that start before `end` is enough.
    for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (covered[k][1] > start) return true;
    return false;
  };
  const upperForms = new Map<string, string>();
  for (const name of wanted.keys()) if (name.length > 3) upperForms.set(name.toUpperCase(), name);
  const out: Placed[] = [];
  const shoutedLine = shoutedLines(text);
  for (const m of wordsFor(text, [...wanted.keys(), ...upperForms.keys()])) {
    const form = m.text.slice(0, wordEnd(m.text));
    const start = m.index;
    const end = start + form.length;
    let name = wanted.has(form) ? form : undefined;
    if (!name && upperForms.has(form) && shoutedLine(start)) name = upperForms.get(form);
    if (!name || isCovered(start, end)) continue;
    const type = wanted.get(name) as EntityType;
    out.push({ start, end, text: form, type, strong: false, key: normalName(form) });
  }
  return out;
}

const apostrophes = "'’";

/**
 * Where a word ends without a possessive ("Smith's", "Jones'") or, failing that, without the
 * dots and hyphens that trail it ("Smith." at a sentence end). A backwards scan: a regular
 * expression anchored at the end would retry from every dot of a long run of dots.
 */
function wordEnd(word: string): number {
  let end = word.length;
  if (end >= 2 && word[end - 1] === 's' && apostrophes.includes(word[end - 2])) return end - 2;
  if (end >= 1 && apostrophes.includes(word[end - 1])) return end - 1;
  while (end > 0 && (word[end - 1] === '.' || word[end - 1] === '-')) end--;
  return end;
}

/**
 * Whether the line holding an offset is written in capitals (a wire headline). Asked for
 * offsets in increasing order, it reads each line once, however many names the line holds.
 */
function shoutedLines(text: string): (at: number) => boolean {
  let from = 0;
  let to = -1;
  let shouted = false;
  return (at) => {
    if (at < from || at >= to) {
      from = text.lastIndexOf('\n', at) + 1;
      to = text.indexOf('\n', at);
      if (to < 0) to = text.length;
      shouted = !/\p{Ll}/u.test(text.slice(from, to));
    }
    return shouted;
  };
}

/** Keeps the first of overlapping mentions in document order, preferring the longer at a tie. */
function withoutOverlaps(mentions: Placed[]): Placed[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Placed[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

/** The last of `sorted` (in document order) that starts before `at`, by binary search. */
function nearestBefore(sorted: Placed[], at: number): Placed | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1] : undefined;
}

/**
 * A root name with more distinct parts than this is a run of names (a team sheet), not one
 * person: shorter names do not join it. The bound keeps the sets of parts indexed per root few.
 */
const maxRootParts = 6;

/** Every non-empty subset of `parts` (sorted, distinct), each as its words joined by spaces. */
function subsets(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (let mask = 1; mask < 1 << parts.length; mask++) out.push(parts.filter((_, k) => mask & (1 << k)).join(' '));
  return out;
}

/** A name in mixed case reads better as a canonical form than the same name in capitals. */
function formScore(text: string): number {
  const words = text.split(/\s+/).length;
  const shouted = text === text.toUpperCase() && /\p{Lu}{2}/u.test(text) ? 0 : 1;
  return words * 1000 + shouted * 500 + text.length;
}

/**
 * Groups mentions into entities. People link by name parts: a short form joins the nearest
 * full name before it that contains it (or the first after it), and a full name contained in a
 * longer one joins that one. Other types link by their normalised text.
 */
function group(mentions: Placed[], acronyms: Map<string, Acronym>): Entity[] {
  const clusters = new Map<string, Placed[]>();
  const add = (key: string, m: Placed) => {
    const list = clusters.get(key);
    if (list) list.push(m);
    else clusters.set(key, [m]);
  };

  const people = mentions.filter((m) => m.type === 'person');
  const partsOf = new Map<string, string[]>();
  for (const m of people) if (!partsOf.has(m.key)) partsOf.set(m.key, nameParts(m.key));
  // Longest names first, so a shorter full name finds the longer one that contains it.
  const fullNames = [...partsOf.keys()].filter((k) => (partsOf.get(k) ?? []).length > 1).sort((a, b) => (partsOf.get(b) ?? []).length - (partsOf.get(a) ?? []).length);
  const clusterOfFull = new Map<string, string>();
  // Every set of parts of a root (a full name that joined no longer one) -> the first root that
  // holds them all: a name finds the root containing it in one lookup, not by a scan of the
  // roots that share a word with it.
  const rootOfParts = new Map<string, string>();
  for (const name of fullNames) {
    const parts = [...new Set(partsOf.get(name))].sort();
    const longer = rootOfParts.get(parts.join(' '));
    clusterOfFull.set(name, longer ?? name);
    if (longer || parts.length > maxRootParts) continue;
    for (const subset of subsets(parts)) if (!rootOfParts.has(subset)) rootOfParts.set(subset, name);
  }
  // Name part -> full-name mentions containing it, in document order, for linking short forms.
  const fullByPart = new Map<string, Placed[]>();
  for (const m of people) {
    if (!clusterOfFull.has(m.key)) continue;
    for (const p of new Set(partsOf.get(m.key))) {
      const list = fullByPart.get(p);
      if (list) list.push(m);
      else fullByPart.set(p, [m]);
    }
  }
  for (const m of people) {
    if (clusterOfFull.has(m.key)) {
      add(`person:${clusterOfFull.get(m.key)}`, m);
      continue;
    }
    // Not a full name, so one part at most: the full names holding it are its owners.
    const part = partsOf.get(m.key)?.[0];
    const owners = part === undefined ? [] : (fullByPart.get(part) ?? []);
    const owner = nearestBefore(owners, m.start) ?? owners[0];
    add(owner ? `person:${clusterOfFull.get(owner.key)}` : `person:${m.key}`, m);
  }
  for (const m of mentions) if (m.type !== 'person') add(`${m.type}:${acronyms.get(m.key)?.full.key ?? m.key}`, m);

  const entities: Entity[] = [];
  const ids = new Set<string>();
  for (const list of clusters.values()) {
    list.sort((a, b) => a.start - b.start);
    const type = list[0].type as EntityType;
    // The first text with the highest score, each score worked out once.
    let canonical = list[0].text;
    let bestScore = formScore(canonical);
    for (let k = 1; k < list.length; k++) {
      const t = list[k].text;
      if (t === canonical) continue;
      const score = formScore(t);
      if (score > bestScore) {
        canonical = t;
        bestScore = score;
      }
    }
    let id = `${type}:${canonical}`;
    for (let n = 2; ids.has(id); n++) id = `${type}:${canonical}#${n}`;
    ids.add(id);
    const aliases = [...new Set(list.map((m) => m.text))].filter((t) => t !== canonical);
    const roles: string[] = [];
    const seenRoles = new Set<string>();
    for (const m of list) {
      if (!m.role || seenRoles.has(m.role.toLowerCase())) continue;
      seenRoles.add(m.role.toLowerCase());
      roles.push(m.role);
    }
    const mentionsOut: EntityMention[] = list.map((m) => ({ start: m.start, end: m.end, text: m.text }));
    entities.push({ id, type, canonical, aliases, roles, mentions: mentionsOut });
  }
  return entities;
}
