import {
  BETWEEN_SUBJECT_AND_VERB,
  CAPITALISED_FUNCTION_WORDS,
  DETERMINERS,
  NOT_A_SPEAKER,
  ORGANISATION_NOUNS,
  PREPOSITIONS,
  ROLE_SYNONYMS,
  SPEECH_VERBS,
  BELIEF_VERBS,
  SUBJECT_PRONOUNS,
  TITLES,
} from './lexicon';
import { isAbbreviation, Token } from './tokens';

/** What a speaker mention looks like on the surface; resolution depends on it. */
export type MentionKind = 'name' | 'pronoun' | 'role' | 'organization' | 'noun';

/** A candidate speaker mention: tokens `first..last` inclusive. */
export interface SpeakerMention {
  first: number;
  last: number;
  kind: MentionKind;
  /** For a role mention, the role noun ("premier", "prime minister"). */
  role?: string;
}

/** Words that open an appositive or relative clause after a name ("X, a Republican, said"). */
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'who', 'whose', 'which', 'former', 'then', 'now', 'one', 'another', 'also', 'himself', 'herself', 'its', 'his', 'her', 'their', 'chief', 'senior', 'including', 'both', 'like', 'each', 'as', 'along', 'together', 'in', 'at', 'from']);

/** Words of approximation that may open a counted subject ("About 75 percent", "over half"). */
const APPROXIMATIONS = new Set(['about', 'around', 'over', 'under', 'nearly', 'almost', 'roughly', 'approximately', 'some']);

/** Determiners that stand for the people they count when no noun follows ("Most believe ..."). */
const STANDALONE_COUNTS = new Set(['most', 'many', 'few', 'both', 'all', 'some', 'several']);

/** Whether a token closes an appositive: a comma or a dash. */
function isSetOff(t: Token): boolean {
  return t.text === ',' || t.text === '\u2014' || t.text === '\u2013';
}

/**
 * The comma or dash that opens the appositive closed by token `close`, or -1 when the words
 * between do not read as an appositive or relative clause.
 */
function appositiveStart(tokens: Token[], close: number, floor: number): number {
  const mark = tokens[close].text;
  let k = close - 1;
  while (k >= floor && k > close - 30 && tokens[k].text !== mark && !endsStatement(tokens, k) && tokens[k].text !== ';') k--;
  if (k < floor || tokens[k].text !== mark) return -1;
  const opener = tokens[k + 1];
  return APPOSITIVE_OPENERS.has(opener.lower) || opener.cap || isBareAppositive(tokens, k + 1, close) ? k : -1;
}

/** Whether token `k` is a full stop, not the period of an abbreviation ("Mrs. Clinton", "Hollywood, Fla., rabbi"). */
function endsStatement(tokens: Token[], k: number): boolean {
  if (tokens[k].text !== '.' || tokens[k + 1]?.text === ',') return false;
  return !(k > 0 && tokens[k - 1].end === tokens[k].start && isAbbreviation(tokens[k - 1]));
}

/** "director of the program", "49": a segment with no verb that can stand beside a name. */
function isBareAppositive(tokens: Token[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    const t = tokens[k];
    if (isVerbLike(t) || SUBJECT_PRONOUNS.has(t.lower) || /^(is|was|are|were|has|had|have|when|if|after|before|while|as)$/.test(t.lower)) return false;
  }
  return end - first <= 24;
}

function isVerbLike(t: Token): boolean {
  return SPEECH_VERBS.has(t.lower) || BELIEF_VERBS.has(t.lower);
}

/**
 * Whether a reporting word is a noun here ("the report said", "a new poll shows"): a bare
 * form after a determiner or another noun-phrase word, not an "-ed" or "-ing" form.
 */
function isNounLikeCue(tokens: Token[], j: number, floor: number): boolean {
  const t = tokens[j];
  if (!isVerbLike(t) || /(?:ed|ing)$/.test(t.lower) || j <= floor) return false;
  const prev = tokens[j - 1];
  return DETERMINERS.has(prev.lower) || (prev.word && !prev.cap && isNounPhraseWord(prev)) || /['’]s$/.test(prev.lower);
}

/** Whether a lower-case word can sit inside a speaker noun phrase ("the Russian defence minister"). */
function isNounPhraseWord(t: Token): boolean {
  if (!t.word) return t.text === '-';
  return !NOT_A_SPEAKER.has(t.lower) && !BETWEEN_SUBJECT_AND_VERB.has(t.lower) && !isVerbLike(t) && !SUBJECT_PRONOUNS.has(t.lower);
}

function isNameWord(t: Token): boolean {
  return t.cap && !CAPITALISED_FUNCTION_WORDS.has(t.lower);
}

/** The role noun a phrase ends with, preferring two-word roles ("prime minister"). */
function roleOf(tokens: Token[], first: number, last: number): string | undefined {
  if (last > first) {
    const two = `${tokens[last - 1].lower} ${tokens[last].lower}`;
    if (ROLE_SYNONYMS.has(two)) return two;
  }
  return ROLE_SYNONYMS.has(tokens[last].lower) ? tokens[last].lower : undefined;
}

/** Extends a capitalised word backwards over the rest of its name and any title ("Mr.", "Gov."). */
function extendName(tokens: Token[], j: number, floor: number): number {
  let first = j;
  while (first - 1 >= floor) {
    const prev = tokens[first - 1];
    if (prev.cap && !CAPITALISED_FUNCTION_WORDS.has(prev.lower)) {
      first--;
    } else if (prev.text === '.' && first - 2 >= floor && TITLES.has(tokens[first - 2].lower)) {
      first -= 2;
    } else if ((prev.lower === 'of' || prev.text === '-') && first - 2 >= floor && tokens[first - 2].cap && !CAPITALISED_FUNCTION_WORDS.has(tokens[first - 2].lower)) {
      first -= 2;
    } else {
      break;
    }
  }
  return first;
}

/**
 * The speaker phrase that ends right before token `verb` (the subject of a reporting verb),
 * looking no further back than `floor`. Skips adverbs and auxiliaries ("has also said"), a
 * parenthesis ("(D-Ga.)") and one appositive ("X, a Republican from Y, said"). Returns null
 * when the verb has no subject there, e.g. after a preposition or conjunction. With `accept`,
 * a reading through appositives whose subject it refuses gives way to a shallower one
 * ("Alarmed by the floods in Leeds, Senator Ann Okafor, the party's leader, said": not "Leeds").
 */
export function subjectBefore(tokens: Token[], verb: number, floor: number, accept?: (m: SpeakerMention) => boolean): SpeakerMention | null {
  let j = verb - 1;
  let skipped = 0;
  while (j >= floor && skipped < 4) {
    const t = tokens[j];
    if (t.word && !t.cap && (BETWEEN_SUBJECT_AND_VERB.has(t.lower) || SUBJECT_ADVERBS.has(t.lower) || /ly$/.test(t.lower))) {
      j--;
      skipped++;
      continue;
    }
    // "the board this week announced", "the committee last month said", "Ms. Varga on Tuesday said".
    const time = timeAdjunctStart(tokens, j, floor);
    if (time < 0) break;
    j = time - 1;
    skipped++;
  }
  if (j < floor) return null;
  if (tokens[j].text === ')') {
    let k = j - 1;
    while (k >= floor && k > j - 12 && tokens[k].text !== '(') k--;
    if (k < floor || tokens[k].text !== '(') return null;
    j = k - 1;
  }
  // Up to three appositives or a relative clause between the subject and the verb
  // ("X, 21, a junior from Y, said"; "X, 30, of Y, who ..., said"), set off by commas or dashes. A name
  // may itself pass for an appositive ("On Tuesday, Kevin Brady, chairman of ..., said"), so
  // when the deepest reading finds no subject, a shallower one is tried.
  const ends: number[] = [];
  let setOff = 0;
  while (setOff < MAX_SET_OFF && j >= floor && isSetOff(tokens[j])) {
    const k = appositiveStart(tokens, j, floor);
    if (k < 0) break;
    j = k;
    setOff++;
    ends.push(j);
  }
  if (j >= floor && isSetOff(tokens[j]) && setOff === 0) return null;
  for (let e = ends.length - 1; e >= 0; e--) {
    const subject = subjectEndingAt(tokens, ends[e] - 1, floor);
    if (subject && (!accept || e === 0 || accept(subject))) return subject;
  }
  return ends.length > 0 ? null : subjectEndingAt(tokens, j, floor);
}

/**
 * The subject whose last token is `j` or that stands before adjuncts ending at `j`: a time
 * adjunct ("on Tuesday") or a prepositional phrase ("during her weekly briefing").
 */
function subjectEndingAt(tokens: Token[], j: number, floor: number): SpeakerMention | null {
  j = skipWeekday(tokens, j, floor);
  for (let tries = 0; j >= floor && tries < 3; tries++) {
    const phrase = phraseEndingAt(tokens, j, floor);
    if (!phrase) return null;
    const before = phrase.first - 1;
    if (before < floor || !PREPOSITIONS.has(tokens[before].lower)) return phrase;
    // "after Obama announced", "before the senator said": a conjunction opens a clause whose
    // subject ends right before the verb; it is no preposition's object there.
    if (tries === 0 && CONJUNCTION_PREPOSITIONS.has(tokens[before].lower) && phrase.kind !== 'noun') return phrase;
    // "About 75 percent", "over half": a word of approximation before a count is part of it.
    if (APPROXIMATIONS.has(tokens[before].lower) && /^\d|^(?:half|a|one|two|three|four|five|six|seven|eight|nine|ten)\b/.test(tokens[phrase.first].lower)) return { ...phrase, first: before };
    if (tokens[before].lower === 'of') {
      // "half of the voters", "the authors of the report": "of" ties the phrase to its head
      // rather than opening an adjunct, and the head leads the subject.
      const head = before > floor ? phraseEndingAt(tokens, before - 1, floor) : null;
      if (head) return { ...head, last: phrase.last };
    }
    j = before - 1;
  }
  return null;
}

/** How many set-off phrases may stand between a subject and its verb; each spans at most 30 tokens. */
const MAX_SET_OFF = 3;

/** Prepositions that are also conjunctions opening a clause with a subject ("after Obama said"). */
const CONJUNCTION_PREPOSITIONS = new Set(['after', 'before']);

/** Adverbs that stand between a subject and its verb besides the auxiliaries ("has long said", "have both endorsed"). */
const SUBJECT_ADVERBS = new Set(['long', 'always', 'both', 'all', 'too', 'each', 'since', 'ever', 'yet', 'instead', 'once', 'soon', 'later']);

/** Words that date a time noun in an adjunct ("this week", "last month", "earlier this year"). */
const TIME_DETERMINERS = new Set(['this', 'last', 'next', 'that', 'each', 'every', 'earlier', 'late', 'early']);

/** Time words that date a report alone ("the mayor today said"). */
const LONE_TIMES = new Set(['today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * The first token of a time adjunct ending at `j` between a subject and its verb ("this week",
 * "last month", "on Tuesday", "earlier this year", "today"), or -1 when `j` ends none. At most
 * four tokens are looked at, so the step is constant.
 */
function timeAdjunctStart(tokens: Token[], j: number, floor: number): number {
  const t = tokens[j];
  if (!t.word) return -1;
  const w = t.lower;
  let first = -1;
  if (LONE_TIMES.has(w)) first = j;
  else if (j - 1 >= floor && TIME_DETERMINERS.has(tokens[j - 1].lower) && TIME_WORDS.has(w)) first = j - 1;
  if (first < 0) return -1;
  // "earlier this week", "on Tuesday": the word that opens the adjunct.
  if (first - 1 >= floor && (tokens[first - 1].lower === 'earlier' || tokens[first - 1].lower === 'on' || tokens[first - 1].lower === 'later')) first--;
  // The adjunct must follow a word that can end a subject, not a preposition ("in this week").
  return first - 1 >= floor && tokens[first - 1].word && !PREPOSITIONS.has(tokens[first - 1].lower) ? first : -1;
}

/** Time nouns an adjunct between subject and verb ends with. */
const TIME_WORDS = new Set(['week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'spring', 'summer', 'fall', 'autumn', 'winter', 'decade', 'season']);

/** Days of the week, which date a report between its subject and verb ("Clinton on Tuesday said"). */
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Token before a weekday adjunct ending at `j` ("on Tuesday", "Tuesday"), or `j` when there is none. */
function skipWeekday(tokens: Token[], j: number, floor: number): number {
  if (j <= floor || !WEEKDAYS.has(tokens[j].lower)) return j;
  return tokens[j - 1].lower === 'on' && j - 1 > floor ? j - 2 : j - 1;
}

/** Number words that count people in a share ("six in 10", "one out of five"). */
const SHARE_NUMBERS = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/**
 * The first token of a share of people ending at `j`: a percentage written with its sign
 * ("42%") or a ratio ("six in 10", "nine out of 10", "one in five"), or -1. Polls report what
 * such shares say and want ("42% say ...", "Four in 10 want ..."). Looks at most four tokens back.
 */
export function shareStart(tokens: Token[], j: number, floor: number): number {
  const t = tokens[j];
  if (t.text === '%') return j - 1 >= floor && /^\d/.test(tokens[j - 1].text) && tokens[j - 1].end === t.start ? j - 1 : -1;
  if (!SHARE_NUMBERS.test(t.lower) || j - 2 < floor) return -1;
  let k = j - 1;
  if (tokens[k].lower === 'of' && tokens[k - 1].lower === 'out') k -= 1;
  else if (tokens[k].lower !== 'in') return -1;
  return k - 1 >= floor && SHARE_NUMBERS.test(tokens[k - 1].lower) ? k - 1 : -1;
}

/** The speaker phrase whose last token is `j`, or null when `j` cannot end one. */
export function phraseEndingAt(tokens: Token[], j: number, floor: number): SpeakerMention | null {
  const t = tokens[j];
  // "42% say", "Six in 10 want": a share of people is the people it counts.
  // ("compared to 11% of ...": after a preposition it is an object, not a subject.)
  const share = shareStart(tokens, j, floor);
  if (share >= 0) return share > floor && PREPOSITIONS.has(tokens[share - 1].lower) && !APPROXIMATIONS.has(tokens[share - 1].lower) ? null : { first: share, last: j, kind: 'noun' };
  if (!t.word) return null;
  if (SUBJECT_PRONOUNS.has(t.lower)) {
    // "which" and "it" are speakers only for documents ("the report, which said"); keep them
    // but they never resolve to a person.
    return { first: j, last: j, kind: 'pronoun' };
  }
  if (isNameWord(t)) {
    const first = extendName(tokens, j, floor);
    return { first, last: j, kind: 'name' };
  }
  // "Most believe", "few say", "Both want": a count standing alone is the people it counts.
  if (STANDALONE_COUNTS.has(t.lower) && (j === floor || !tokens[j - 1].word || !DETERMINERS.has(tokens[j - 1].lower))) return { first: j, last: j, kind: 'noun' };
  if (t.cap || !(isNounPhraseWord(t) || isNounLikeCue(tokens, j, floor)) || DETERMINERS.has(t.lower) || /^\d/.test(t.text)) return null;
  // A common-noun phrase: walk back to its determiner, possessive or name.
  let first = j;
  for (let k = j - 1; k >= floor && k >= j - 5; k--) {
    const w = tokens[k];
    // "one protester said": "one" before a noun opens its phrase like an article.
    if (DETERMINERS.has(w.lower) || w.lower === 'one') {
      first = k;
      break;
    }
    if (w.cap && !CAPITALISED_FUNCTION_WORDS.has(w.lower)) {
      first = extendName(tokens, k, floor);
      break;
    }
    if (!isNounPhraseWord(w) || !w.word) break;
    first = k;
  }
  const role = roleOf(tokens, first, j);
  if (role) return { first, last: j, kind: 'role', role };
  return { first, last: j, kind: ORGANISATION_NOUNS.has(t.lower) ? 'organization' : 'noun' };
}

/**
 * The speaker phrase that starts at token `i`, right after a verb ("said George Allen, a
 * Republican"), reaching no further than `ceil` (exclusive). Stops at punctuation or at the
 * first word that cannot belong to a noun phrase.
 */
export function subjectAfter(tokens: Token[], i: number, ceil: number, partitive = true): SpeakerMention | null {
  if (i >= ceil || !tokens[i].word) return null;
  const t = tokens[i];
  // "said one of the protesters": a count and "of" take the phrase after them as theirs; once
  // only, so a run of "one of one of ..." costs no more than one.
  if (partitive && i + 2 < ceil && tokens[i + 1].lower === 'of' && (t.lower === 'one' || STANDALONE_COUNTS.has(t.lower))) {
    const whole = subjectAfter(tokens, i + 2, ceil, false);
    if (whole && whole.kind !== 'pronoun') return { first: i, last: whole.last, kind: whole.kind === 'name' ? 'noun' : whole.kind, ...(whole.role ? { role: whole.role } : {}) };
  }
  // "said one protester": "one" before a noun opens its phrase; alone it is a pronoun.
  const nounAfter = t.lower === 'one' && i + 1 < ceil && tokens[i + 1].word && isNounPhraseWord(tokens[i + 1]) && !PREPOSITIONS.has(tokens[i + 1].lower);
  // A pronoun may carry a contraction ("he's proud"); it is the pronoun all the same.
  if (!nounAfter && SUBJECT_PRONOUNS.has(t.lower.replace(/'.*$/, ''))) return { first: i, last: i, kind: 'pronoun' };
  let last = -1;
  let hasName = false;
  for (let k = i; k < ceil && k < i + 8; k++) {
    const w = tokens[k];
    if (w.cap && !CAPITALISED_FUNCTION_WORDS.has(w.lower)) {
      last = k;
      hasName = true;
    } else if (w.text === '.' && k > i && (TITLES.has(tokens[k - 1].lower) || (isAbbreviation(tokens[k - 1]) && tokens[k + 1]?.cap))) {
      last = k;
    } else if (w.word && (DETERMINERS.has(w.lower) || (nounAfter && k === i) ? k === i : isNounPhraseWord(w)) && !PREPOSITIONS.has(w.lower)) {
      if (hasName) break;
      last = k;
    } else if (w.text === '-' && k > i) {
      continue;
    } else {
      break;
    }
  }
  if (last < 0) return null;
  if (hasName) {
    // Keep the name and its preceding title words, drop trailing common nouns.
    let end = last;
    while (end > i && !tokens[end].cap) end--;
    return { first: i, last: end, kind: 'name' };
  }
  const role = roleOf(tokens, i, last);
  return role ? { first: i, last, kind: 'role', role } : { first: i, last, kind: 'noun' };
}
