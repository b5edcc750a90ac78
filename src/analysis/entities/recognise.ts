/**
 * Sentence-level entity rules over plain tokens. `nlp.ts` turns compromise terms into `Token`s
 * and caches what these rules return per paragraph; nothing here imports compromise, so the
 * rules read as ordinary code over words, tags and offsets.
 *
 * The pipeline for one sentence: find date runs; cut the rest into chunks of capitalised words
 * (with "of", name particles and hyphens inside when the words around them allow it); peel
 * leading nationalities, places and titles off each chunk; classify what is left by lexicons,
 * head words ("... Office", "Radio ..."), compromise's tags and context; record roles.
 */
import { EntityType } from '../types';
import {
  commonAcronyms,
  compassWords,
  courtesyTitles,
  cityNames,
  dateWords,
  dictionaryWords,
  innerConnectors,
  knownOrganizations,
  leadingQualifiers,
  miscHeads,
  miscStarts,
  nameParticles,
  nationalityNames,
  normalName,
  orgHeads,
  orgCueAfter,
  orgCueBefore,
  orgStarts,
  partyTag,
  placeHeads,
  buildingOnlyHeads,
  facilityHeads,
  fieldHeads,
  geographicPlurals,
  placeNames,
  placePrepositions,
  placeStarts,
  speechVerbs,
  titleHeads,
  titleModifiers,
} from './lexicon';
import { allFamilies, RuleFamilies } from './families';
import { clubStarts, teamContext } from './sports';
import { organisationCue } from './context';

/** One word as compromise split it, with offsets relative to its paragraph. */
export interface Token {
  /** The word exactly as written, without surrounding punctuation. */
  text: string;
  start: number;
  end: number;
  /** Punctuation and white space before and after the word. */
  pre: string;
  post: string;
  /** compromise's tags after its lexicon and pre-tagger. */
  tags: ReadonlySet<string>;
  /** The word is in compromise's lexicon, so its tags are knowledge rather than a guess. */
  known: boolean;
  /** compromise's lexicon lists the word as a given name ("Ann"), whatever the context tagged it. */
  given?: boolean;
}

/** A possible entity mention in one paragraph, before document-level linking. */
export interface Candidate {
  /** Paragraph-relative, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** `null` when the words are a name of unknown kind; linking or `hint` decides. */
  type: EntityType | null;
  /** The type rests on a lexicon, a head word, a title or a first name rather than on a default. */
  strong: boolean;
  /** A title or apposition found with the mention ("Defence Minister"). */
  role?: string;
  /** What the words around suggest when nothing else decides ("in X" suggests a place). */
  hint?: EntityType;
  /** Found in a line of capitals or title case, where capitals say little: confirm before use. */
  shouted?: boolean;
  /** Stands where a side stands in sports writing ("X v Y", "beat X"): a team if the article is about sport. */
  team?: boolean;
  /** Follows "in", "near" or the like: a place reading of the name is likely here. */
  located?: boolean;
  /** Capitals from layout (a heading of dictionary words in capitals): keep only if running text confirms. */
  layout?: boolean;
  /** The words around speak of a firm or an agency ("X's board", "owned by X"). */
  orgCue?: boolean;
}

const nameTags = ['Place', 'Country', 'City', 'Region', 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Organization', 'SportsTeam', 'Demonym'];
const personTags = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const functionTags = ['Verb', 'Adverb', 'Adjective', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'QuestionWord', 'Expression', 'Modal', 'Auxiliary', 'Negative', 'Value'];
/** Post-word punctuation that ends a name. A dot only does so at the end of a sentence. */
const breakingPost = /[,;:()[\]{}"“”„«»!?…\/|]|\s[-–—]|[-–—]\s|['’]\s/;
const openingPre = /[("“„«[{'‘]/;
const abbreviationsKeepingDot = new Set(['co', 'corp', 'inc', 'ltd', 'jr', 'sr', 'bros']);
const upper = /\p{Lu}/u;
const lower = /\p{Ll}/u;

function hasAny(tags: ReadonlySet<string>, list: readonly string[]): boolean {
  for (const t of list) if (tags.has(t)) return true;
  return false;
}

/** The word without a possessive or plural-option ending ("Asif's" -> "Asif", "Leeds'" -> "Leeds", "Governor(s)" -> "Governor"). */
function stem(text: string): string {
  return text.replace(/['’]s$/i, '').replace(/(?<=s)['’]$/i, '').replace(/(?<=\p{L})\(s\)?$/u, '');
}

function lowerKey(t: Token): string {
  return normalName(stem(t.text));
}

function isCapitalised(t: Token): boolean {
  return upper.test(t.text.charAt(0));
}

function isShouted(t: Token): boolean {
  return upper.test(t.text) && !lower.test(t.text);
}

function isPossessive(t: Token): boolean {
  return stem(t.text) !== t.text;
}

function isTitleWord(t: Token): boolean {
  const k = lowerKey(t);
  return titleHeads.has(k) || titleModifiers.has(k);
}

/** Month and day names. "May" and "March" need a number or a date word beside them. */
function isDateWord(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const w = t.text.toLowerCase().replace(/\.$/, '');
  if (!dateWords.has(w) && !t.tags.has('WeekDay')) return false;
  if (w !== 'may' && w !== 'march') return true;
  const prev = k > 0 ? tokens[k - 1].text.toLowerCase() : '';
  const next = k + 1 < tokens.length ? tokens[k + 1].text : '';
  return /^\d/.test(next) || /^\d/.test(prev) || /^(in|since|until|by|last|next|early|late|mid|of|on|from|through)$/.test(prev);
}

function isTime(t: Token): boolean {
  return t.tags.has('Time') || t.tags.has('Timezone') || /^(a\.?m\.?|p\.?m\.?|gmt|est|edt|pst|cet|utc)$/i.test(t.text);
}

/** Evidence from a lexicon that a capitalised word belongs to a name. */
function nameEvidence(t: Token): boolean {
  const k = lowerKey(t);
  return hasAny(t.tags, nameTags) || placeNames.has(k) || nationalityNames.has(k) || knownOrganizations.has(k);
}

/** An acronym written with dots, as compromise leaves it without the last one ("U.S", "U.K"). */
const dottedAcronym = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/** A dot after an abbreviation or initial does not end a name ("B. Young", "Mr. Li", "St. Louis"). */
function isAbbreviation(t: Token): boolean {
  return t.tags.has('Abbreviation') || (families.structure && dottedAcronym.test(t.text)) || /^\p{Lu}$/u.test(t.text) || /^(mr|mrs|ms|dr|st|mt|gen|col|lt|sen|rep|gov|rev|prof|capt|sgt|jr|sr|co|corp|inc|ltd)$/i.test(t.text);
}

function endsName(t: Token, last: boolean): boolean {
  if (breakingPost.test(t.post) || isPossessive(t)) return true;
  if (t.post.includes('.')) return last || !isAbbreviation(t);
  return false;
}

/** How a line is written decides whether capitals mean names. */
type LineStyle = 'normal' | 'shouted' | 'titled';

/**
 * How a line is written decides whether capitals mean names: in capitals ("SOCCER - JAPAN GET
 * LUCKY WIN") or in title case ("Pakistan Seeks Better Trade Ties") they do not. A line of
 * capitalised names (a team sheet) is not title case: few of its words are common words.
 */
function lineStyle(tokens: Token[]): LineStyle {
  let alpha = 0;
  let shouted = 0;
  let capital = 0;
  let common = 0;
  let capitalFunctionWord = false;
  tokens.forEach((t, k) => {
    if (!/\p{L}/u.test(t.text)) return;
    alpha++;
    if (isShouted(t)) shouted++;
    if (isCapitalised(t)) {
      capital++;
      if (t.known && !nameEvidence(t)) common++;
      // Only a headline capitalises "With", "For" or "And" inside a sentence.
      if (k > 0 && isCapitalisedFunctionWord(t)) capitalFunctionWord = true;
    }
  });
  if (alpha >= 2 && shouted >= 0.75 * alpha) return 'shouted';
  if (alpha >= 4 && capital >= 0.75 * alpha && (common >= 0.3 * capital || capitalFunctionWord)) return 'titled';
  return 'normal';
}

/** Particles that open a surname in lower case ("van Boxmeer", "de Klerk", "von Trapp"). */
const surnameParticles = new Set(['van', 'von', 'de', 'der', 'den', 'du', 'da', 'di', 'del', 'della', 'dos', 'bin', 'ibn', 'ter', 'ten']);

/**
 * Whether token `k` is a lower-case particle opening the surname after it: no capitalised word
 * and no other particle before it ("Rio de Janeiro" is joined by the chunk rules instead).
 */
function leadingParticle(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!surnameParticles.has(t.text) || !/^\s*$/.test(t.post) || openingPre.test(tokens[k + 1].pre)) return false;
  const before = tokens[k - 1];
  return before === undefined || (!isCapitalised(before) && !surnameParticles.has(before.text)) || /[,;:]/.test(before.post);
}

/** Tags of closed-class words, which never begin or continue a name in running text. */
const closedClassTags = ['Preposition', 'Conjunction', 'Determiner', 'Modal', 'Auxiliary', 'QuestionWord', 'Pronoun', 'Copula'];

/**
 * A closed-class word in capitals inside a line ("Ted Cruz With George Wallace", "Trump Is
 * Right"): a headline's capitals, not a name. Name particles ("De", "Van", "Al") are not.
 */
function isCapitalisedFunctionWord(t: Token): boolean {
  const w = t.text.toLowerCase();
  return t.known && !isShouted(t) && hasAny(t.tags, closedClassTags) && !nameParticles.has(w) && !foreignArticles.has(w) && !hasAny(t.tags, nameTags);
}

/**
 * A team in a standings or results row: the name is followed by four or more whole numbers
 * ("Aldford Town 15 5 5 5 21 19 20"), or the row is "Team N Team N", or the name sits in
 * brackets after a player.
 */
function isStandingsRow(tokens: Token[], c: Chunk): boolean {
  const prev = tokens[c.from - 1];
  if (prev && /\(\s*$/.test(prev.post + tokens[c.from].pre) && /^\s*\)/.test(tokens[c.to].post) && isCapitalised(prev)) return true;
  let k = c.to + 1;
  if (tokens[k]?.pre.includes('(') && tokens[k + 1] && /\)/.test(tokens[k].post)) k++;
  let numbers = 0;
  while (k < tokens.length && /^\d+$/.test(tokens[k].text)) {
    numbers++;
    k++;
  }
  if (numbers >= 4 && k === tokens.length) return true;
  return factsOf(tokens).teamScoreRow;
}

/**
 * A fact about a whole sentence that rules ask for each name in it, worked out on first use and
 * kept with the sentence's token array: rescanning the sentence for every name would grow with
 * the square of its length.
 */
function perSentence<T>(compute: (tokens: Token[]) => T): (tokens: Token[]) => T {
  const memo = new WeakMap<readonly Token[], T>();
  return (tokens) => {
    if (memo.has(tokens)) return memo.get(tokens) as T;
    const value = compute(tokens);
    memo.set(tokens, value);
    return value;
  };
}

/** Numbers and brackets of a sentence, for the results-table rules. */
const factsOf = perSentence((tokens) => {
  const shape = tokens.map((t) => (/^\d+$/.test(t.text) ? 'N' : isCapitalised(t) ? 'C' : 'x')).join('');
  // For each token: scanning back from it, a bracket opens before any closes.
  const inBrackets: boolean[] = [];
  tokens.forEach((t, k) => {
    const closes = t.post.includes(')') || t.text.includes(')');
    const opens = t.pre.includes('(') || t.post.includes('(');
    inBrackets.push(closes ? false : opens ? true : k > 0 && inBrackets[k - 1]);
  });
  return {
    /** A number with decimals is in the sentence ("Wheat 121.3"). */
    decimals: tokens.some((t) => /^\d+\.\d+$/.test(t.text)),
    /** The sentence is "Team N Team N". */
    teamScoreRow: /^C+NC+N$/.test(shape),
    inBrackets,
  };
});

/**
 * Running counts over a sentence: `heads[k]` organisation and place words and `ofs[k]` "of"s and "for"s
 * among the tokens before `k`, so that any run of tokens is asked about in constant time.
 */
const wordCounts = perSentence((tokens) => {
  const heads = [0];
  const ofs = [0];
  for (const t of tokens) {
    const w = lowerKey(t);
    heads.push(heads[heads.length - 1] + (orgHeads.has(w) || orgStarts.has(w) || placeHeads.has(w) || placeStarts.has(w) ? 1 : 0));
    ofs.push(ofs[ofs.length - 1] + (t.text === 'of' || t.text === 'for' ? 1 : 0));
  }
  return { heads, ofs };
});

/** A line of results or standings: many numbers ("Bolton 2 (Keane 61) Swindon 1"). */
function isScoreLine(tokens: Token[]): boolean {
  const numbers = tokens.filter((t) => /^[\d.:/-]+$/.test(t.text) && /\d/.test(t.text)).length;
  return numbers >= 2 && numbers >= 0.25 * tokens.length;
}

interface Chunk {
  from: number;
  to: number;
}

/**
 * The rule families of the sentence being read: set by `recogniseSentence` for the rules it
 * calls (plain synchronous code, so no other sentence can change it meanwhile).
 */
let families: RuleFamilies = allFamilies;

/** Recognises candidate mentions in one sentence; `first` says it opens the paragraph. */
export function recogniseSentence(tokens: Token[], paragraph: string, first: boolean, ruleFamilies: RuleFamilies = allFamilies): Candidate[] {
  families = ruleFamilies;
  const out: Candidate[] = [];
  if (tokens.length === 0) return out;
  const style = lineStyle(tokens);
  const scores = isScoreLine(tokens);
  const inDate = markDates(tokens, paragraph, out);
  let i = 0;
  if (first) i = dateline(tokens, paragraph, out);
  if (first && i === 0 && families.structure) i = invertedNames(tokens, paragraph, out);

  const startsClause = (k: number) => k === 0 || /[:"“”]/.test(tokens[k - 1].post) || openingPre.test(tokens[k].pre);
  const canStart = (k: number): boolean => {
    const t = tokens[k];
    if (inDate[k] || !isCapitalised(t) || t.tags.has('Pronoun') || isDateWord(tokens, k) || isTime(t)) return false;
    // "My Santorum was sweet", "Who's buying": a possessive or a question word opens no name.
    if (openingFunctionWords.test(t.text)) return false;
    // compromise tags "The" before an acronym as part of it; "The FBI" is "FBI".
    if (/^(the|a|an)$/i.test(t.text) && tokens[k + 1] !== undefined && isAcronym(tokens[k + 1])) return false;
    if (!/\p{L}/u.test(t.text)) return false;
    const nextCap = k + 1 < tokens.length && !endsName(t, false) && isCapitalised(tokens[k + 1]) && !inDate[k + 1];
    if (style !== 'normal') return nameEvidence(t) || isTitleWord(t) || (!t.known && !hasAny(t.tags, functionTags));
    if (!startsClause(k)) return !isCapitalisedFunctionWord(t);
    if (nameEvidence(t)) return true;
    if (!t.known && !hasAny(t.tags, functionTags)) return true;
    const headWord = isTitleWord(t) || orgStarts.has(lowerKey(t)) || placeStarts.has(lowerKey(t));
    // "Chancellor of the Exchequer ...", "Bank of England ..." open a name with "of".
    if (headWord && tokens[k + 1]?.text === 'of' && !endsName(t, false)) return true;
    return nextCap && (headWord || (t.tags.has('Noun') && !t.tags.has('Plural')));
  };
  const canContinue = (k: number): boolean => {
    const t = tokens[k];
    if (inDate[k] || !isCapitalised(t) || t.tags.has('Pronoun') || openingPre.test(t.pre) || isTime(t)) return false;
    if (style !== 'normal') return nameEvidence(t) || isTitleWord(t) || (!t.known && !hasAny(t.tags, functionTags));
    return !isDateWord(tokens, k) && !(isCapitalisedFunctionWord(t) && tokens[k + 1] !== undefined && isCapitalised(tokens[k + 1]));
  };

  while (i < tokens.length) {
    if (!canStart(i)) {
      i++;
      continue;
    }
    let j = i;
    // "said van Boxmeer": a lower-case particle that opens a surname belongs to it.
    if (families.structure && i > 0 && leadingParticle(tokens, i - 1)) i--;
    for (;;) {
      const t = tokens[j];
      if (endsName(t, j === tokens.length - 1) && !saintsPossessive(tokens, i, j)) break;
      if (j + 1 < tokens.length && canContinue(j + 1)) {
        // A hyphen joins capitalised halves ("Jean-Pierre") unless both are places ("Pakistan-Afghanistan").
        if (t.post === '-' && placeNames.has(lowerKey(t)) && placeNames.has(lowerKey(tokens[j + 1]))) break;
        j++;
        continue;
      }
      const skip = connectorRun(tokens, i, j, canContinue);
      if (skip === 0) break;
      j += skip + 1;
    }
    for (const c of splitChunk(tokens, { from: i, to: j })) classify(tokens, c, paragraph, style, out, false, scores);
    i = j + 1;
  }
  return out;
}

/**
 * Counts lower-case connectors after token `j` that may sit inside the name: "of" and "the"
 * after an organisation, place or title word ("Bank of England", "Secretary of State"), and
 * name particles between capitalised words ("Charles de Gaulle"). 0 when none may.
 */
function connectorRun(tokens: Token[], from: number, j: number, canContinue: (k: number) => boolean): number {
  let k = j + 1;
  while (k < tokens.length && k - j <= 2 && innerConnectors.has(tokens[k].text) && !endsName(tokens[k], false)) k++;
  const n = k - j - 1;
  if (n === 0 || k >= tokens.length || !canContinue(k)) return 0;
  const words = tokens.slice(j + 1, k).map((t) => t.text);
  if (words.every((w) => nameParticles.has(w))) return n;
  const counts = wordCounts(tokens);
  const orgOrPlace = counts.heads[j + 1] > counts.heads[from];
  // A title takes "of" only right after itself ("Secretary of State", not "General X of Nigeria").
  const title = titleHeads.has(lowerKey(tokens[j])) && words[0] === 'of';
  if (words.includes('and')) {
    // "and" inside an "X of A and B" name ("Ministry of Science and Technology"), or between
    // words that an organisation word closes ("Monopolies and Mergers Commission", "Russ
    // Berrie and Co Inc"), but not between two organisations ("British Airways and American",
    // "Bank of America and Wells Fargo", "the University of Texas and the ..."): inside a name,
    // "and" joins two dictionary words (compromise guesses "Human" in "Human Services" an
    // organisation: only a person, place or nationality after "and" counts as a name there).
    const after = tokens[k];
    const word = (after.known || dictionaryWords.has(lowerKey(after))) && !hasAny(after.tags, personTags) && !placeNames.has(lowerKey(after)) && !nationalityNames.has(lowerKey(after));
    if (orgOrPlace && counts.ofs[j + 1] > counts.ofs[from]) return !words.includes('the') && isCommonWord(tokens[j]) && word ? n : 0;
    // "Securities and Exchange Commission": with no "of" before, an organisation word among the
    // first words does not stop the name that an organisation word closes.
    // A name that an organisation word already closes ("Corvel Electronics and General
    // Dynamics") is complete before "and".
    if (orgOrPlace && (!(word && isCommonWord(tokens[j])) || (j > from && orgHeads.has(lowerKey(tokens[j]))))) return 0;
    let end = k;
    while (end + 1 < tokens.length && !endsName(tokens[end], false) && canContinue(end + 1)) end++;
    return words.length === 1 && !title && orgHeads.has(lowerKey(tokens[end])) ? n : 0;
  }
  if (!orgOrPlace && !title) return 0;
  return words[0] === 'of' || words[0] === 'for' || words[0] === 'on' ? n : 0;
}

/**
 * Cuts a chunk where two names meet without punctuation: a leading nationality ("Russian |
 * Defence Minister Sergei Shoigu", "Polish | Jews"), a place before a title or an acronym
 * ("U.S. | President Bill Clinton", "Japan | NTT"), an acronym before a longer name ("NYMEX |
 * Henry Hub"). A name that a lexicon knows whole, or that ends in an organisation word after a
 * single word ("British Airways", "Palestinian Authority"), stays whole.
 */
function splitChunk(tokens: Token[], c: Chunk): Chunk[] {
  const parts: Chunk[] = [];
  let from = c.from;
  // Each token with more than dots in it is a word of the rest of the chunk's normalised text;
  // only a rest of no more words than the longest listed name is looked up, so that cutting
  // many words off a long chunk does not rebuild its text for each.
  const isWord = (t: Token) => /[^.\s]/.test(stem(t.text));
  let words = 0;
  for (let k = c.from; k <= c.to; k++) if (isWord(tokens[k])) words++;
  while (from < c.to) {
    const t = tokens[from];
    const k = lowerKey(t);
    if (words <= longestListedName) {
      const whole = normalName(tokens.slice(from, c.to + 1).map((x) => stem(x.text)).join(' '));
      if (placeNames.has(whole) || knownOrganizations.has(whole) || nationalityNames.has(whole)) break;
    }
    const next = tokens[from + 1];
    // A lower-case connector binds the words around it ("Gulf of Mexico"): never cut before one.
    if (!isCapitalised(next)) break;
    const orgTail = orgHeads.has(lowerKey(tokens[c.to])) && !isGovernmentBody(tokens, from + 1, c.to);
    // "Italian Cup", "Australian Open": a nationality opens the name of a competition.
    const miscTail = families.misc && miscHeads.has(lowerKey(tokens[c.to]));
    const nationality = (nationalityNames.has(k) || isDemonym(t)) && !isTitleWord(t) && !orgTail && !miscTail;
    const place = placeNames.has(k) && !multiWordPlaceAt(tokens, from, c.to) && isAcronym(next);
    const acronym = isAcronym(t) && !isAcronym(next) && c.to - from >= 2 && !orgHeads.has(lowerKey(tokens[c.to])) && !orgStarts.has(k) && !(families.sports && clubStarts.has(k));
    if (nationality || place || acronym) {
      parts.push({ from, to: from });
      if (isWord(t)) words--;
      from++;
      continue;
    }
    break;
  }
  parts.push({ from, to: c.to });
  return parts;
}

/** The most words of any name in the place, organisation and nationality lists. */
const longestListedName = (() => {
  let most = 0;
  for (const list of [placeNames.keys(), knownOrganizations, nationalityNames]) for (const name of list) most = Math.max(most, name.split(' ').length);
  return most;
})();

/**
 * A state body named by portfolio words and an office ("Defence Ministry", "Foreign Office"):
 * a nationality before one is the country's, not part of the name ("Russian | Defence
 * Ministry"), unlike "Irish Republican Army" or "Canadian Wheat Board".
 */
function isGovernmentBody(tokens: Token[], from: number, to: number): boolean {
  if (!governmentHeads.has(lowerKey(tokens[to]))) return false;
  // "European Parliament", "Thai Army": a demonym and the institution alone are one name.
  if (families.structure && from === to) return false;
  for (let k = from; k < to; k++) if (!titleModifiers.has(lowerKey(tokens[k])) || lowerKey(tokens[k]) === 'national') return false;
  return true;
}
const governmentHeads = new Set(['ministry', 'office', 'army', 'navy', 'police', 'government', 'embassy', 'forces', 'cabinet', 'department', 'parliament']);

/** An acronym in mixed-case text ("NTT", "U.N."). */
function isAcronym(t: Token): boolean {
  return /^(?:\p{Lu}\.?){2,6}$/u.test(t.text) || /^\p{Lu}{2,}$/u.test(t.text);
}

/** Whether a multi-word place name starts at `from` ("New Zealand", "Hong Kong"). */
function multiWordPlaceAt(tokens: Token[], from: number, to: number): boolean {
  let name = lowerKey(tokens[from]);
  for (let k = from + 1; k <= to && k < from + 5; k++) {
    name += ` ${lowerKey(tokens[k])}`;
    if (placeNames.has(name)) return true;
  }
  return false;
}

function spanOf(tokens: Token[], from: number, to: number, paragraph: string): { start: number; end: number; text: string } {
  const last = tokens[to];
  let end = last.start + stem(last.text).length;
  // "Corp." and "U.S." keep their dot inside a sentence; at the end of one the dot is the full stop.
  const keepsDot = abbreviationsKeepingDot.has(last.text.toLowerCase()) || (families.structure && dottedAcronym.test(last.text));
  if (keepsDot && last.post.startsWith('.') && to < tokens.length - 1) end++;
  const start = tokens[from].start;
  return { start, end, text: paragraph.slice(start, end) };
}

/**
 * "St. Peter's Basilica", "Saint Mary's Hospital": a saint's possessive inside the name of a
 * church, hospital, school or the like (a chunk opening with "St." or "Saint", one name, the
 * possessive, then the building or body).
 */
function saintsPossessive(tokens: Token[], from: number, j: number): boolean {
  const next = tokens[j + 1];
  if (j !== from + 1 || !next || !isPossessive(tokens[j]) || tokens[j].post !== ' ' || !/^(?:St\.?|Saint)$/.test(tokens[from].text) || !isCapitalised(next)) return false;
  const head = lowerKey(next);
  return facilityHeads.has(head) || orgHeads.has(head) || placeHeads.has(head);
}

/** A saint's title opening a name ("St.", "Saint", "Sainte"). */
const saintWord = /^(?:St\.?|Saint|Sainte)$/;

/** A word that closes the name of an institution, a facility or a place ("University", "Hospital", "Square"). */
function isInstitutionHead(t: Token): boolean {
  const head = lowerKey(t);
  return orgHeads.has(head) || facilityHeads.has(head) || placeHeads.has(head);
}

/** A capital, small letters, then a capital: "OpenAI", "ChatGPT", "PayPal" (one way to match). */
const camelName = /^\p{Lu}\p{Ll}+\p{Lu}/u;
/** Surnames written with an inner capital ("McCain", "MacArthur", "DiCaprio", "LeBlanc", "VanDyke"). */
const surnamePrefix = /^(?:Mc|Mac|Di|De|Da|Du|La|Le|Van|Von|Fitz|St)\p{Lu}/u;

/**
 * A word compromise tags as an acronym only because it lower-cases it ("Un" in "Kim Jong Un"
 * read as "UN"): written in title case, it is no acronym.
 */
function caseFoldedAcronym(t: Token): boolean {
  return t.tags.has('Acronym') && !isAcronym(t) && /^\p{Lu}\p{Ll}+$/u.test(t.text);
}

/**
 * "Friedrich Merz's Christian Democratic Union": compromise lends the organisation's tag to the
 * possessive before it; a given name opening the chunk says it is a person's.
 */
function possessedByPerson(words: Token[]): boolean {
  return words.length > 1 && isPossessive(words[words.length - 1]) && hasAny(words[0].tags, ['FirstName', 'MaleName', 'FemaleName']);
}

/** Other-name heads that an institute can be named after ("Institute for the Study of War", "Centre for Infectious Disease"). */
const studiedTopics = new Set(['war', 'wars', 'revolution', 'crisis', 'disease', 'diseases', 'virus', 'syndrome']);

/** A generational suffix after a surname ("Jr.", "Sr", "III"). */
const generational = /^(?:Jr|Sr|II|III|IV)\.?$/;

/**
 * A title inside a chunk: the last title head that has a name after it, and the run of title
 * words before it ("Russian Defence Minister", "Chancellor of the Exchequer"). Returns the
 * title's first and last token, or undefined.
 */
function titleWithin(tokens: Token[], c: Chunk): { from: number; to: number } | undefined {
  // The last word that is neither a title word nor "of": a title needs a name after it. Found
  // once, so that a chunk of many titles is not rescanned from each of them.
  let lastName = c.to;
  while (lastName >= c.from && (isTitleWord(tokens[lastName]) || tokens[lastName].text === 'of')) lastName--;
  for (let h = c.to - 1; h >= c.from; h--) {
    if (!titleHeads.has(lowerKey(tokens[h]))) continue;
    let to = h;
    // "Secretary of State", "Chancellor of the Exchequer": "of" and one more word belong to the title.
    if (tokens[h + 1]?.text === 'of') {
      to = h + 1;
      if (tokens[to + 1]?.text === 'the') to++;
      to++;
    }
    if (to >= c.to || lastName <= to) continue;
    const name = tokens.slice(to + 1, c.to + 1);
    // "Martin Luther King Jr.": a generational suffix is no name, so the head is a surname.
    if (name.every((t) => generational.test(t.text))) continue;
    if (orgHeads.has(lowerKey(tokens[c.to])) || (name.length === 1 && placeNames.has(lowerKey(name[0])))) return undefined;
    // "General Administration of Customs": an office word or a connector after the title means
    // the whole chunk is one organisation's name, not a title and a person.
    if (name.some((t) => orgHeads.has(lowerKey(t)) || (innerConnectors.has(t.text) && !nameParticles.has(t.text)))) return undefined;
    let from = h;
    while (from > c.from) {
      const w = lowerKey(tokens[from - 1]);
      if (!titleHeads.has(w) && !titleModifiers.has(w) && !nationalityNames.has(w) && w !== 'of') break;
      from--;
    }
    return { from, to };
  }
  return undefined;
}

function classify(tokens: Token[], chunk: Chunk, paragraph: string, style: LineStyle, out: Candidate[], prefix = false, scores = false): void {
  const c = families.layout ? withoutCaptionWords(tokens, chunk) : chunk;
  if (c.from > c.to) return;
  const shouted = style !== 'normal';
  const roleBefore = lowerCaseRole(tokens, c.from);
  let from = c.from;
  let role: string | undefined;
  let titled = false;
  const title = titleWithin(tokens, c);
  if (title) {
    titled = true;
    // What precedes the title is a name of its own ("Bank of England | Governor Eddie George").
    if (title.from > c.from) classify(tokens, { from: c.from, to: title.from - 1 }, paragraph, style, out, true);
    const words = tokens.slice(title.from, title.to + 1).filter((t) => !courtesyTitles.has(lowerKey(t)));
    if (words.length) role = paragraph.slice(words[0].start, words[words.length - 1].end);
    from = title.to + 1;
  } else if (tokens.slice(c.from, c.to + 1).every((t) => isTitleWord(t) || t.text === 'of') && !nameEvidence(tokens[c.to])) {
    // A title without a name ("the Defence Minister") is a role reference, not an entity.
    return;
  } else if (!prefix) {
    // "Governor of Virginia", "President of the Republic of Chad": an office of a place or a
    // body names no person; only what follows "of" is a name.
    const of = officeOf(tokens, c);
    if (of > 0) {
      if (of <= c.to) classify(tokens, { from: of, to: c.to }, paragraph, style, out, false, scores);
      return;
    }
  }
  // Qualifiers that open a sentence are no part of a name ("Former Australia captain ...").
  while (from < c.to && leadingQualifiers.has(lowerKey(tokens[from])) && isCapitalised(tokens[from + 1])) from++;
  // A common word or a demonym before a first name is not part of the name ("Centre Jason
  // Little", "Frenchman Patrick Vieira", "Swede Kennet Andersson").
  // `plain`: every word from `from` to the one before `k` may stand before a name.
  let plain = true;
  const institution = isInstitutionHead(tokens[c.to]);
  for (let k = from + 1; k < c.to; k++) {
    const x = tokens[k - 1];
    // "Saint Joseph's University": a saint's title inside an institution's name is part of it.
    if (families.structure && institution && saintWord.test(x.text)) plain = false;
    // With the structure family, a dictionary word compromise does not know counts too ("Centre", "Winger").
    const common = x.known || (families.structure && dictionaryWords.has(lowerKey(x)));
    plain &&= (common && !nameEvidence(x) && !isTitleWord(x)) || isDemonym(x) || isOccupation(x);
    if (plain && hasAny(tokens[k].tags, ['FirstName', 'MaleName', 'FemaleName'])) from = k;
  }
  // "Washington State University Simon Lee", "New York Times David Brooks": an institution's
  // name ends at its head word when a given name and a surname follow it.
  if (families.structure && !titled) {
    for (let k = from + 1; k + 2 <= c.to; k++) {
      if (orgHeads.has(lowerKey(tokens[k])) && hasAny(tokens[k + 1].tags, ['FirstName', 'MaleName', 'FemaleName']) && isCapitalised(tokens[k + 2])) {
        classify(tokens, { from, to: k }, paragraph, style, out, false, scores);
        classify(tokens, { from: k + 1, to: c.to }, paragraph, style, out, false, scores);
        return;
      }
    }
  }
  const whole0 = paragraph.slice(tokens[from].start, tokens[c.to].end);
  // "(R-TX)" after a senator, "DNA", "TV": capitals that name no organisation.
  if (partyTag.test(whole0) || (from === c.to && commonAcronyms.has(lowerKey(tokens[from])))) return;
  const span = spanOf(tokens, from, c.to, paragraph);
  const words = tokens.slice(from, c.to + 1);
  const keys = words.map(lowerKey);
  const whole = normalName(keys.join(' '));
  const first = keys[0];
  const last = keys[keys.length - 1];
  const tagged = (tag: string) => words.some((t) => t.tags.has(tag));
  const cand: Candidate = { ...span, type: null, strong: true };
  const prev = from > 0 ? tokens[from - 1] : undefined;
  const next = c.to + 1 < tokens.length ? tokens[c.to + 1] : undefined;

  if (titled || roleBefore) {
    cand.type = 'person';
    cand.role = role ?? roleBefore;
  } else if (knownOrganizations.has(whole) && !(words.length === 1 && isCapitalisedFunctionWord(words[0]))) {
    // "WHO" is the organisation, "Who" opening a question is not.
    cand.type = 'organization';
  } else if (placeNames.has(whole) && !(placeNames.get(whole) === 'city' && !shouted && words.length === 1 && isAcronym(words[0]))) {
    cand.type = 'place';
  } else if (nationalityNames.has(whole)) {
    cand.type = 'nationality';
  } else if (words.length > 1 && last === 'city' && isCityOfRegion(keys.slice(0, -1).join(' '))) {
    // "New York City", "Mexico City", "Kansas City": a city named after its country or
    // state is a place, while "Manchester City" (a town's name) is a club.
    cand.type = 'place';
  } else if (families.sports && words.length > 1 && clubStarts.has(first) && isCapitalised(words[1])) {
    // "Real Betis", "FC St. Pauli", "Dynamo Kiev": a club's name, in any article; a player
    // named after it is a name of his own ("AC Milan | George Weah").
    const player = words.findIndex((t, k) => k >= 2 && hasAny(t.tags, ['FirstName', 'MaleName', 'FemaleName']));
    if (player > 0) {
      classify(tokens, { from, to: from + player - 1 }, paragraph, style, out, false, scores);
      classify(tokens, { from: from + player, to: c.to }, paragraph, style, out, false, scores);
      return;
    }
    cand.type = 'organization';
  } else if (families.structure && beforeRegion(tokens, c.to) && !orgHeads.has(last) && !orgStarts.has(first) && !words[0].given && !hasAny(words[0].tags, personTags)) {
    // "Eureka Springs, Arkansas", "Levico Terme, Trento, Italy": a town before its state or country.
    cand.type = 'place';
  } else if (families.structure && words.length > 1 && geographicPlurals.has(last) && (placeNames.has(keys.slice(0, -1).join(' ')) || !(words[0].given || hasAny(words[0].tags, personTags)))) {
    // "Florida Keys", "Vexland Falls": a place (or a name no given name opens) and a plural
    // landform is a place, not a side called after the town; "Alicia Keys" stays a person.
    cand.type = 'place';
  } else if (families.misc && words.length > 1 && !(orgStarts.has(first) && studiedTopics.has(last)) && ((miscHeads.has(last) && !(words.length === 2 && (hasAny(words[0].tags, ['FirstName', 'MaleName', 'FemaleName']) || isInitial(words, 0)))) || miscStarts.has(first))) {
    // "World Cup", "Nobel Prize", "Clean Air Act": events, awards, laws and works are other names.
    cand.type = 'misc';
  } else if (words.length > 1 && (orgHeads.has(last) || orgStarts.has(first) || headBeforeOf(keys, orgHeads))) {
    cand.type = 'organization';
  } else if (words.length > 1 && (placeHeads.has(last) || placeStarts.has(first) || headBeforeOf(keys, placeHeads))) {
    cand.type = 'place';
  } else if (words.length > 1 && compassWords.has(first) && placeNames.has(keys.slice(1).join(' '))) {
    cand.type = 'place';
  } else if (words.length === 2 && keys.every((k) => placeNames.get(k) === 'country' || placeNames.get(k) === 'city') && !shouted) {
    // Two places side by side without a comma ("Moscow Russia") are two mentions.
    classify(tokens, { from, to: from }, paragraph, style, out);
    classify(tokens, { from: c.to, to: c.to }, paragraph, style, out);
    return;
  } else if (families.misc && words.length > 2 && words.slice(1, -1).some(isDemonym) && isCommonWord(words[words.length - 1]) && !hasAny(words[0].tags, personTags)) {
    // "Baileys Irish Cream", "Kestrel Swiss Roll": a nationality inside a name that ends in a
    // dictionary noun makes a product or a thing, no person (people's names hold no demonym).
    cand.type = 'misc';
  } else if (tagged('SportsTeam') || (words[words.length - 1].tags.has('Organization') && !guessedFromNext(words[words.length - 1], next) && !caseFoldedAcronym(words[words.length - 1]) && !possessedByPerson(words))) {
    cand.type = 'organization';
  } else if (words.length > 1 && fieldHeads.has(last) && !hasAny(words[0].tags, personTags) && !hasAny(words[words.length - 1].tags, ['LastName'])) {
    // "Counseling Psychology", "Marine Biology": a field of study is no name ("in Biology" no place).
    return;
  } else if (words.length > 2 && !shouted && hasAny(words[0].tags, personTags) && isCommonWord(words[words.length - 1]) && words[words.length - 1].tags.has('Noun')) {
    // Three words or more after a given name that end in a dictionary noun name a thing
    // called after a person or place ("Ross Ice Shelf", "Sandy Hook Promise").
    cand.strong = false;
  } else if (words.length > 1 && titleHeads.has(last) && !nameEvidence(words[words.length - 1]) && placeNames.has(keys.slice(0, -1).join(' '))) {
    // "Virginia Governor", "Georgia Senator": a title after a place is an office of the place,
    // however much the place looks like a given name; the place is a name of its own.
    classify(tokens, { from, to: c.to - 1 }, paragraph, style, out, false, scores);
    return;
  } else if (families.sports && words.length > 1 && !shouted && !surnameParticles.has(first) && !words[0].given && !hasAny(words[0].tags, personTags) && (words.length > 2 || prev?.text.toLowerCase() === 'the' || teamContext(tokens, from, c.to)) && placeNames.has(keys.slice(0, -1).join(' ')) && /^\p{Lu}\p{Ll}+s$/u.test(words[words.length - 1].text) && !placeNames.has(last) && !placeHeads.has(last) && !nationalityNames.has(last) && !hasAny(words[words.length - 1].tags, personTags)) {
    // "Kansas City Chiefs", "Toronto Raptors": a town and a plural nickname name a side; of two
    // words only after "the" or where a side stands ("beat Toronto"), since "Georgia Fields"
    // or "Dallas Woods" may be a person.
    cand.type = 'organization';
  } else if (words.length === 2 && !shouted && words[0].post === '-' && words.every(isAcronym) && !keys.every((k) => knownOrganizations.has(k))) {
    // "AFL-CIO": two acronyms joined by a hyphen name a merged body (two known ones, "NATO-EU", stay two).
    cand.type = 'organization';
  } else if (words.length > 1 && buildingOnlyHeads.has(last)) {
    // "Ellis Memorial", "Grant Museum": named after a person, but a building.
    cand.type = 'place';
  } else if (words.length > 1 && (hasAny(words[0].tags, ['FirstName', 'MaleName', 'FemaleName']) || isInitial(words, 0) || tagged('LastName') || words.some((t) => t.tags.has('Person') && !t.tags.has('Honorific') && !isTitleWord(t)))) {
    cand.type = 'person';
  } else if (words.length > 1 && facilityHeads.has(last) && !(words.length === 2 && words[0].given)) {
    // "McMurdo Station", "Buckingham Palace": a building or facility is a place; after a given
    // name the word is a surname ("Ann Hall").
    cand.type = 'place';
  } else if (words.length > 1 && placeNames.get(last) === 'city' && !placeNames.has(first)) {
    // A name that ends in a town is a club or a firm of that town ("Dynamo Moscow", "Alba Berlin").
    cand.type = 'organization';
  } else if (families.structure && words.length > 1 && words.length <= 4 && surnameParticles.has(first) && words.slice(1).every((t) => isCapitalised(t) && !placeNames.has(lowerKey(t)) && !isCommonWord(t))) {
    // "van Boxmeer", "Van der Vegt": a particle and a surname no dictionary lists.
    cand.type = 'person';
    cand.strong = false;
  } else if (words.length > 1 && words.length <= 4 && looksLikePersonName(words, style)) {
    // Two to four capitalised words with no organisation or place word: news names people most.
    cand.type = 'person';
    cand.strong = false;
  } else if (words.length === 1) {
    const t = words[0];
    cand.strong = false;
    if (t.tags.has('Organization') && guessedFromNext(t, next)) {
      // "the Obama administration" is a politician's; "the Smith group" may be a firm.
      cand.hint = personalBodies.has(next?.text.toLowerCase() ?? '') ? 'person' : 'organization';
    } else if (t.tags.has('Organization')) {
      cand.type = 'organization';
      cand.strong = true;
    } else if (hasAny(t.tags, ['Place', 'Country', 'City', 'Region'])) {
      cand.type = 'place';
    } else if (t.tags.has('Demonym')) {
      cand.type = 'nationality';
    } else if (hasAny(t.tags, ['FirstName', 'LastName', 'Person', 'MaleName', 'FemaleName'])) {
      cand.type = 'person';
    } else if (families.misc && !scores && t.post === '-' && next !== undefined && /^\d+$/.test(next.text) && /^\p{Lu}{2,}$/u.test(t.text)) {
      // "COVID-19", "MERS-2": compromise splits the name at its hyphen; it stays whole.
      cand.type = 'misc';
      cand.strong = true;
      cand.end = next.end;
      cand.text = paragraph.slice(cand.start, cand.end);
    } else if (families.misc && /^\p{Lu}\p{Ll}*olympics$/u.test(t.text)) {
      // "Olympics", "Paralympics": games, not a club called after them.
      cand.type = 'misc';
      cand.strong = true;
    } else if (families.misc && modelName.test(t.text) && !scores) {
      // "H5N1", "A380", "COVID-19", "F-16": letters and digits name a virus, a model or a product.
      cand.type = 'misc';
      cand.strong = true;
    } else if (families.misc && !shouted && camelName.test(t.text) && !surnamePrefix.test(t.text)) {
      // "ChatGPT", "OpenAI", "YouTube": a capital inside a word after small letters marks a brand,
      // an app or a firm. Another name until its context calls it a firm ("OpenAI said its ...").
      cand.type = 'misc';
    } else if (!shouted && isAcronym(t) && !isEmphasis(t)) {
      // An acronym in running text is most often an organisation ("PLO said", "the IMF").
      cand.type = 'organization';
    }
  } else {
    cand.strong = false;
  }
  const afterNext = tokens[c.to + 2]?.text.toLowerCase();
  if (cand.hint) {
    // Set above from the word after the name.
  } else if (next && orgCueAfter.has(next.text.toLowerCase()) && !/[,.;:]/.test(tokens[c.to].post)) cand.hint = 'organization';
  else if (prev && orgCueBefore.has(prev.text.toLowerCase()) && !/[,.;:]/.test(prev.post)) cand.hint = 'organization';
  // "..., said Tan Kong Yam, head of ...": a name right after a verb of saying is its speaker.
  else if (prev && speechVerbs.has(prev.text.toLowerCase()) && /^,/.test(tokens[c.to].post)) cand.hint = 'person';
  else if (organisationApposition(tokens, c.to)) cand.hint = 'organization';
  // "Shimon Peres, the former president, said": a title in apposition makes a name a person's,
  // however its last word looks (an unknown surname ending in "s" reads as a plural noun).
  else if (families.structure && words.length <= 4 && !scores && personApposition(tokens, c.to, paragraph)) cand.hint = 'person';
  // "X said its ...", "the X said": people are "he" and "she" and take no article.
  else if (next && speechVerbs.has(next.text.toLowerCase())) cand.hint = afterNext === 'it' || afterNext === 'its' || /^(the|a)$/i.test(prev?.text ?? '') ? 'organization' : 'person';
  else if (prev && placePrepositions.has(prev.text.toLowerCase()) && !words.every((t, k) => isCommonWord(t) || (k === 0 && t.tags.has('Determiner')))) {
    // "in Linguistics", "at Building 4": a dictionary word after a preposition is no place.
    cand.hint = 'place';
  }
  if (prefix && !cand.strong) return;
  if (cand.type === 'person' && !cand.role) cand.role = appositionRole(tokens, c.to, paragraph);
  if (scores && (cand.type === null || !cand.strong || (cand.type === 'place' && placeNames.get(whole) === 'city')) && isScorer(tokens, c)) {
    // "Arsenal 2 (Adams 45, Vieira 90)": names with minutes in brackets are the scorers.
    cand.type = 'person';
    cand.strong = true;
  }
  const teamLike = (cand.type === 'place' && placeNames.get(whole) !== 'country') || cand.type === null;
  const guessed = cand.type !== 'place';
  const weakPerson = cand.type === 'person' && !cand.strong;
  if ((teamLike && isTeamPosition(tokens, c, scores && !(guessed && factsOf(tokens).decimals), guessed)) || (weakPerson && isStandingsRow(tokens, c))) {
    cand.strong = true;
    // A town in a results table or in brackets after a player is a club ("Bolton 2", "Ann Keane (Swindon)").
    cand.type = 'organization';
  }
  if (style === 'shouted' ? !(cand.strong && cand.type !== 'person') : shouted && !cand.strong) cand.shouted = true;
  if (families.layout && cand.type !== 'date' && !scores && layoutWords(tokens, from, c.to, style)) cand.layout = true;
  if (families.sports && cand.type !== 'date' && teamContext(tokens, from, c.to)) cand.team = true;
  if (prev && locatingWords.has(prev.text.toLowerCase())) cand.located = true;
  if (families.context && cand.type !== 'date' && !(cand.type === 'person' && cand.strong) && organisationCue(tokens, from, c.to)) {
    cand.orgCue = true;
    cand.hint ??= 'organization';
  }
  if (cand.text) out.push(cand);
}

/**
 * A capital, then letters and up to three runs of digits, each after an optional hyphen: a model or
 * virus name ("H5N1", "A380", "COVID-19"). Digit runs are split by letters or a hyphen, so each has
 * one way to match: linear even on a hostile token of thousands of digits.
 */
const modelName = /^\p{Lu}\p{L}*-?\d+(?:(?:\p{L}+-?|-)\d+){0,2}\p{L}*$/u;

/** Words of photo captions and credits ("FILE PHOTO", "Handout via Reuters", "Pool"). */
const captionWords = new Set(['file', 'photo', 'photos', 'handout', 'pool', 'picture', 'pictures', 'illustration', 'caption', 'credit', 'courtesy', 'image', 'images', 'video', 'graphic', 'screenshot', 'reuters/file']);

/** The chunk without caption and credit words at either end ("Reuters Photo" -> "Reuters", "FILE PHOTO" -> nothing). */
function withoutCaptionWords(tokens: Token[], c: Chunk): Chunk {
  let { from, to } = c;
  while (from <= to && captionWords.has(lowerKey(tokens[from]))) from++;
  while (to >= from && captionWords.has(lowerKey(tokens[to]))) to--;
  return from === c.from && to === c.to ? c : { from, to };
}

/**
 * Layout: a heading in capitals made of dictionary words ("FRENCH LEAGUE STANDINGS",
 * "FIXTURES") names nothing unless running text elsewhere in the article confirms it. Never in
 * a line of results, where a word opening a row is a club ("READING 2 HULL 1"). (A lone
 * dictionary word opening a sentence was tried too: it gained nothing on the development data
 * and lost firms named by words, "Apple said", so it is not a rule.)
 */
function layoutWords(tokens: Token[], from: number, to: number, style: LineStyle): boolean {
  if (style !== 'shouted') return false;
  return tokens.slice(from, to + 1).every((t) => dictionaryWords.has(lowerKey(t)) && !hasAny(t.tags, nameTags) && !placeNames.has(lowerKey(t)));
}

/** Prepositions that place what follows ("in Madrid", "near Leeds"). */
const locatingWords = new Set(['in', 'at', 'near', 'outside', 'across', 'throughout', 'inside']);

/** Lower-case nouns after a politician's name that make the name a person's, not a firm's ("the Obama administration"). */
const personalBodies = new Set(['administration', 'campaign', 'presidency', 'camp', 'government', 'aides', 'allies', 'family', 'era']);

/**
 * compromise tags any word before "group" or "administration" an organisation; when its
 * lexicon does not say so, the tag is a guess from the next word, not knowledge of the name.
 */
function guessedFromNext(t: Token, next: Token | undefined): boolean {
  if (next === undefined || isCapitalised(next) || !/^\s*$/.test(t.post)) return false;
  return personalBodies.has(next.text.toLowerCase()) || (next.tags.has('Organization') && !knownOrganizations.has(lowerKey(t)));
}

/**
 * A chunk that opens with an office and "of" ("Governor of Virginia", "Prime Minister of
 * Pakistan"): returns the index of the first word after "of" (and "the"), or 0 when the
 * chunk is not shaped so.
 */
function officeOf(tokens: Token[], c: Chunk): number {
  let k = c.from;
  let head = false;
  while (k < c.to && isTitleWord(tokens[k]) && tokens[k].text !== 'of') {
    head ||= titleHeads.has(lowerKey(tokens[k]));
    k++;
  }
  if (!head || k === c.from || tokens[k].text !== 'of') return 0;
  k++;
  if (tokens[k]?.text.toLowerCase() === 'the') k++;
  // Only a place or a known body after "of" makes an office ("Queen of the South" is a club).
  const rest = normalName(tokens.slice(k, c.to + 1).map((t) => stem(t.text)).join(' '));
  return placeNames.has(rest) || knownOrganizations.has(rest) ? k : 0;
}

/** A dictionary word that no lexicon lists as (part of) a name ("Love", "Amendment", "Shelf"). */
function isCommonWord(t: Token): boolean {
  return (t.known || dictionaryWords.has(lowerKey(t))) && !nameEvidence(t);
}

/** Whether `name` is a country, a state or province, or a city of more than one word ("new york"). */
function isCityOfRegion(name: string): boolean {
  const kind = placeNames.get(name);
  return kind === 'country' || (kind === 'region' && !cityNames.has(name)) || (kind !== undefined && name.includes(' '));
}

/** An occupation before a name ("Biologist", "Neurosurgeon"): compromise tags such nouns Actor. */
function isOccupation(t: Token): boolean {
  return t.tags.has('Actor') && !hasAny(t.tags, personTags) && !placeNames.has(lowerKey(t));
}

/**
 * A common word written in capitals for emphasis in mixed-case text ("ALL", "COULD",
 * "HUGE"): a dictionary word of three or more letters that is not a noun. Nouns stay
 * acronyms, since brands and agencies spell some ("ICE", "TOPS").
 */
function isEmphasis(t: Token): boolean {
  return t.known && !nameEvidence(t) && t.text.length >= 3 && !t.tags.has('Noun');
}

/**
 * An organisation or place word right before "of" inside a name ("Rubber Board of India"),
 * or an organisation word opening a name before "for" ("Center for Responsive Politics").
 */
function headBeforeOf(keys: string[], heads: ReadonlySet<string>): boolean {
  for (let k = 0; k + 1 < keys.length; k++) if (keys[k + 1] === (k === 0 ? 'for' : 'of') && heads.has(keys[k])) return true;
  return false;
}

/** A word naming someone's nationality or home ("Swede", "Frenchman", "Queenslander"). */
function isDemonym(t: Token): boolean {
  if (hasAny(t.tags, ['FirstName', 'MaleName', 'FemaleName'])) return false;
  // "Frenchman", "Dutchwoman", "Scotsman", "Manxman", "Icelander"; not a surname or a firm
  // made with "-man" ("Goldman Sachs", "Zimmerman").
  return t.tags.has('Demonym') || nationalityNames.has(lowerKey(t)) || (!t.tags.has('LastName') && /\p{Ll}(?:[cs]h|s|x)(?:wo)?man$|\p{Ll}lander$/u.test(t.text));
}

/**
 * A name inside brackets followed by a minute ("(Stickroth 30th pen, Wosz 89th)"): in a
 * results line these are goal scorers, while clubs stand outside brackets before the score.
 */
function isScorer(tokens: Token[], c: Chunk): boolean {
  const next = tokens[c.to + 1];
  if (!next || !/^\d{1,3}(?:st|nd|rd|th)?\)?$/.test(next.text) || /[,;)]/.test(tokens[c.to].post)) return false;
  return tokens[c.from].pre.includes('(') || (c.from > 0 && factsOf(tokens).inBrackets[c.from - 1]);
}

/**
 * A name right before a score in a results line, or in brackets right after a person's name.
 * A name nothing else typed needs a whole-number score after it: "Wheat 121.3" is a price.
 */
function isTeamPosition(tokens: Token[], c: Chunk, scores: boolean, guessed: boolean): boolean {
  const next = tokens[c.to + 1];
  if (scores && next && (guessed ? /^\d+$/ : /^\d/).test(next.text) && !/[,;]/.test(tokens[c.to].post)) return true;
  const prev = tokens[c.from - 1];
  return prev !== undefined && /\(\s*$/.test(prev.post + tokens[c.from].pre) && /^\s*\)/.test(tokens[c.to].post) && isCapitalised(prev) && !isShouted(prev);
}

/**
 * Whether capitalised words with no lexicon evidence can be a person's name: not a table
 * heading ending in a plural noun ("Slaughter Steers"), a number word or a letter ("Group A",
 * "Division Two"), and not a row of abbreviations ("W L T GF GA PTS").
 */
function looksLikePersonName(words: Token[], style: LineStyle): boolean {
  const last = words[words.length - 1];
  // Common words in capitals are a heading or a product ("Delivery Date", "Global Depository
  // Receipt"); a name has a word no dictionary lists, or one it lists as a name.
  if (words.every((t) => (t.known || dictionaryWords.has(lowerKey(t))) && !hasAny(t.tags, nameTags))) return false;
  // A guessed name with a place in it is a firm or a place ("Manitoba Pork", "London Heathrow").
  if (words.some((t) => placeNames.has(lowerKey(t)) && !hasAny(t.tags, personTags))) return false;
  // Foreign articles open the names of papers and parties, not people ("La Stampa", "O Globo").
  if (foreignArticles.has(words[0].text.toLowerCase())) return false;
  if (last.tags.has('Plural') && !hasAny(last.tags, nameTags)) return false;
  // Names of events, laws, works and buildings end in a dictionary noun ("Savage Love",
  // "Second Amendment", "World Cup"); a person's surname may be one too ("Korneilus Hole"),
  // but then the given name before it is no dictionary word.
  const particle = words.some((t) => nameParticles.has(t.text));
  if (style === 'normal' && !particle && isCommonWord(last) && (isCommonWord(words[0]) || nameEvidence(words[0]))) return false;
  // People's names carry no acronyms ("Super PAC", "NASA Discovery", "Air Force ROTC").
  if (style === 'normal' && words.some((t) => isAcronym(t) && !/^(?:\p{Lu}\.){1,3}$/u.test(t.text))) return false;
  if (last.text.length < 2 || hasAny(last.tags, ['Value', 'TextValue', 'Cardinal', 'Ordinal'])) return false;
  return style === 'shouted' || words.some((t) => lower.test(t.text));
}

/**
 * A catalogue line that opens with names written surname first ("Austen, Jane. Emma",
 * "Marx, Karl and Engels, Friedrich. The Manifesto"): each "Surname, Given" is one person.
 * The given name must be one the lexicon lists, and the names end the sentence or meet "and".
 * Returns the index of the first token after them (0 when the line opens otherwise).
 */
function invertedNames(tokens: Token[], paragraph: string, out: Candidate[]): number {
  // Pairs joined by "and" are kept only when the whole run closes its sentence: "Jordan, Chad
  // and Sudan signed" is a list of countries, no person.
  const pending: Candidate[] = [];
  let i = 0;
  for (;;) {
    let k = i;
    // One or two capitalised words of a surname, then a comma.
    while (k < tokens.length && k - i < 2 && isCapitalised(tokens[k]) && !/[,.;:]/.test(tokens[k].post)) k++;
    if (k >= tokens.length || !isCapitalised(tokens[k]) || !/^,\s*$/.test(tokens[k].post)) return 0;
    const given = k + 1;
    if (given >= tokens.length || !(tokens[given].given || hasAny(tokens[given].tags, ['FirstName', 'MaleName', 'FemaleName']))) return 0;
    let end = given;
    while (end + 1 < tokens.length && end - given < 2 && !/[,.;:]/.test(tokens[end].post) && isCapitalised(tokens[end + 1]) && tokens[end + 1].text !== 'and') end++;
    const closes = tokens[end].post.startsWith('.') || end === tokens.length - 1;
    const joins = tokens[end + 1]?.text === 'and' && !/[,.;:]/.test(tokens[end].post);
    if (!closes && !joins) return 0;
    const start = tokens[i].start;
    pending.push({ start, end: tokens[end].end, text: paragraph.slice(start, tokens[end].end), type: 'person', strong: true });
    if (!joins) {
      out.push(...pending);
      return end + 1;
    }
    i = end + 2;
  }
}

/**
 * Whether a comma and a state, region or country follow token `to`, the region closing the
 * phrase ("..., Arkansas," "..., New York."): the name before is a town of it.
 */
function beforeRegion(tokens: Token[], to: number, via = true): boolean {
  if (!/^,\s*$/.test(tokens[to].post)) return false;
  for (let n = 1; n <= 2 && to + n < tokens.length; n++) {
    const region = tokens.slice(to + 1, to + 1 + n);
    if (!region.every(isCapitalised) || region.slice(0, -1).some((t) => t.post !== ' ')) return false;
    const name = region.map(lowerKey).join(' ');
    const end = tokens[to + n];
    // The phrase may run on into lower case ("..., Italy for a week").
    // A possessive opens a description, no region ("X, Israel's former president").
    const closes = (/^[,.;:)]/.test(end.post) || to + n === tokens.length - 1 || (end.post === ' ' && !isCapitalised(tokens[to + n + 1]))) && !isPossessive(end);
    if (closes && isCityOfRegion(name)) return true;
    // "Levico Terme, Trento, Italy": a province, county or nearby city between the town and
    // its country is passed over, once.
    if (via && !hasAny(region[0].tags, personTags) && beforeRegion(tokens, to + n, false)) return true;
  }
  return false;
}

/** Possessives and question words in title case (not "WHO" in capitals), which open no name. */
const openingFunctionWords = /^(?:My|Your|Our|Their|His|Her|Its|Whose|Who|What|Which)(?:['’]s)?$/;

/** Articles that open Romance, Portuguese, Arabic and German names of papers, parties and places. */
const foreignArticles = new Set(['el', 'la', 'le', 'les', 'il', 'lo', 'los', 'las', 'o', 'os', 'al', 'die', 'der', 'das']);

/**
 * An initial of a personal name: one capital with a dot ("K. Benjamin"), or without a dot
 * only before another initial ("J K Rowling"), since "O Globo" or "A Coruna" are no names.
 */
function isInitial(words: Token[], k: number): boolean {
  const t = words[k];
  if (!/^\p{Lu}\.?$/u.test(t.text)) return false;
  return t.post.startsWith('.') || t.text.endsWith('.') || (k + 1 < words.length && /^\p{Lu}\.?$/u.test(words[k + 1].text));
}

/** ", one of the largest banks", ", the country's biggest brewer": an apposition naming a firm. */
function organisationApposition(tokens: Token[], to: number): boolean {
  if (!/^,\s*$/.test(tokens[to].post)) return false;
  let firm = false;
  for (let k = to + 1; k < tokens.length && k <= to + 7; k++) {
    const w = tokens[k].text.toLowerCase();
    // "X, Green Party candidate": a firm's word inside the apposition, but a person's role heads it.
    if (titleHeads.has(w)) return false;
    if (orgCueBefore.has(w.replace(/s$/, '')) || orgCueBefore.has(w)) firm = true;
    if (/[,.;:]/.test(tokens[k].post) || speechVerbs.has(w)) return firm;
  }
  return firm;
}

/** Lower-case title words right before a name ("spokesperson Tasneem Aslam", "defence minister X"). */
function lowerCaseRole(tokens: Token[], from: number): string | undefined {
  let k = from - 1;
  let hasHead = false;
  while (k >= 0 && from - k <= 4) {
    const t = tokens[k];
    if (endsName(t, false) || isCapitalised(t)) break;
    const w = t.text.toLowerCase();
    if (titleHeads.has(w) && !courtesyTitles.has(w)) hasHead = true;
    else if (!titleModifiers.has(w) || w === 'the' || w === 'of' || w === 'and' || w === 'for') break;
    k--;
  }
  if (!hasHead || k === from - 1) return undefined;
  if (!titleHeads.has(tokens[from - 1].text.toLowerCase())) return undefined;
  return tokens
    .slice(k + 1, from)
    .map((t) => t.text)
    .join(' ');
}

/** ", the defence minister," after a name: an apposition that gives a role. */
function appositionRole(tokens: Token[], to: number, paragraph: string): string | undefined {
  if (!/^,\s*$/.test(tokens[to].post)) return undefined;
  let k = to + 1;
  if (k < tokens.length && /^(the|a|an)$/i.test(tokens[k].text)) k++;
  const from = k;
  while (k < tokens.length && k - from < 6) {
    const t = tokens[k];
    const w = lowerKey(t);
    if (!titleHeads.has(w) && !titleModifiers.has(w) && !nationalityNames.has(w) && !placeNames.has(w) && !orgHeads.has(w)) return undefined;
    if (/[,.;]/.test(t.post) || k === tokens.length - 1) {
      if (!titleHeads.has(w)) return undefined;
      return paragraph.slice(tokens[from].start, t.end);
    }
    k++;
  }
  return undefined;
}

/**
 * An apposition that only a person takes after a name: a title (", the former president,"), a
 * title of a possessor (", Israel's former president,", ", the company's chief executive,"), a
 * title of a place or body (", the president of Israel"), or an age (", 84,").
 */
function personApposition(tokens: Token[], to: number, paragraph: string): boolean {
  if (!/^,\s*$/.test(tokens[to].post)) return false;
  if (appositionRole(tokens, to, paragraph) !== undefined) return true;
  let k = to + 1;
  const age = tokens[k];
  if (age && /^\d{1,3}$/.test(age.text) && Number(age.text) <= 120 && /^,/.test(age.post)) return true;
  if (k < tokens.length && /^(the|a|an)$/i.test(tokens[k].text)) k++;
  // The possessor: up to three words, the last a possessive.
  let possessor = k;
  while (possessor < tokens.length && possessor - k < 3 && !isPossessive(tokens[possessor]) && tokens[possessor].post === ' ') possessor++;
  if (possessor < tokens.length && isPossessive(tokens[possessor]) && possessor - k < 3) k = possessor + 1;
  // Title words up to a title head that closes the apposition or takes "of".
  for (const from = k; k < tokens.length && k - from < 5; k++) {
    const w = lowerKey(tokens[k]);
    const head = titleHeads.has(w) && !courtesyTitles.has(w);
    if (!head && !titleModifiers.has(w) && !nationalityNames.has(w) && !placeNames.has(w)) return false;
    const closes = k === tokens.length - 1 || /^[,.;]/.test(tokens[k].post);
    if (head && (closes || (tokens[k + 1]?.text === 'of' && tokens[k].post === ' '))) return true;
    if (closes) return false;
  }
  return false;
}

/**
 * Paragraph-opening datelines: "ISLAMABAD:", "SIALKOT, Pakistan 1996-12-06", "NEW DELHI, May 5".
 * The words are in capitals and end in a comma, colon or dash; a word no place list knows
 * counts only when a place or a date follows its comma, so "FEATURE -" or "NOTE:" are no places.
 * Returns the index after the dateline.
 */
function dateline(tokens: Token[], paragraph: string, out: Candidate[]): number {
  for (let k = 0; k < tokens.length && k < 4; k++) {
    const t = tokens[k];
    if (!isShouted(t) || !/\p{L}{2}/u.test(t.text)) return 0;
    const ends = /[,:]|\s[-–—]/.test(t.post) || k === tokens.length - 1;
    if (!ends) {
      if (t.post.trim() !== '') return 0;
      continue;
    }
    const span = spanOf(tokens, 0, k, paragraph);
    const key = normalName(span.text);
    if (knownOrganizations.has(key) || nationalityNames.has(key)) return 0;
    const after = tokens[k + 1];
    const confirmed =
      placeNames.has(key) ||
      (t.post.includes(',') && after !== undefined && isCapitalised(after) && !isShouted(after) && (placeNames.has(lowerKey(after)) || /\d/.test(tokens[Math.min(k + 3, tokens.length - 1)].text)));
    if (!confirmed) return 0;
    out.push({ ...span, type: 'place', strong: true, located: true });
    // "SIALKOT, Pakistan 1996-12-06", "DILI, East Timor 1996-12-06": the words up to the date are a place too.
    if (t.post.includes(',') && after && isCapitalised(after)) {
      let m = k + 1;
      while (m + 1 < tokens.length && isCapitalised(tokens[m + 1]) && tokens[m].post.trim() === '') m++;
      const next = tokens[m + 1];
      if (!/[,(]/.test(tokens[m].post) && (next === undefined || /^\d/.test(next.text) || dateWords.has(next.text.toLowerCase().replace(/\.$/, '')))) {
        out.push({ ...spanOf(tokens, k + 1, m, paragraph), type: 'place', strong: true, located: true });
        return m + 1;
      }
    }
    return k + 1;
  }
  return 0;
}

/** Finds dates (month and day names, with their numbers and years) and marks their tokens. */
function markDates(tokens: Token[], paragraph: string, out: Candidate[]): boolean[] {
  const marks = tokens.map(() => false);
  const core = (k: number) => isDateWord(tokens, k) || /^\d{4}-\d{2}-\d{2}$/.test(tokens[k].text) || /^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(tokens[k].text);
  const year = (t: Token) => /^(1[5-9]|20)\d\d$/.test(t.text);
  const number = (t: Token) => /^\d{1,2}(st|nd|rd|th)?$/i.test(t.text) || year(t);
  // Between the words of one date only spaces, a comma before a year, or an abbreviation's dot.
  const joins = (k: number) => /^\s*$/.test(tokens[k].post) || (/^,\s*$/.test(tokens[k].post) && year(tokens[k + 1])) || (/^\.\s*$/.test(tokens[k].post) && dateWords.has(tokens[k].text.toLowerCase()));
  let k = 0;
  while (k < tokens.length) {
    const lonelyYear = year(tokens[k]) && k > 0 && /^(in|since|of|until|by|before|after|during)$/i.test(tokens[k - 1].text);
    if (!core(k) && !lonelyYear) {
      k++;
      continue;
    }
    let from = k;
    let to = k;
    if (from > 0 && number(tokens[from - 1]) && /^\s*$/.test(tokens[from - 1].post)) from--;
    while (to + 1 < tokens.length && joins(to) && (number(tokens[to + 1]) || core(to + 1))) to++;
    for (let m = from; m <= to; m++) marks[m] = true;
    const start = tokens[from].start;
    const end = tokens[to].end;
    out.push({ start, end, text: paragraph.slice(start, end), type: 'date', strong: true });
    k = to + 1;
  }
  return marks;
}
