import {
  ADDRESSEE_VERBS,
  ASPECT_VERBS,
  BARE_STANCE_VERBS,
  BELIEF_VERBS,
  BETWEEN_SUBJECT_AND_VERB,
  CAPITALISED_FUNCTION_WORDS,
  CLAUSE_NOUNS,
  DETERMINERS,
  INFINITIVE_BELIEFS,
  MAKE_CLEAR,
  MANNER_FRAMES,
  MODAL_STANCE_VERBS,
  MODALS,
  IRREGULAR_PARTICIPLES,
  RECEIVING_VERBS,
  RECEIVED_NOUNS,
  IRREGULAR_PAST,
  NOT_A_SPEAKER,
  NOUN_OR_VERB_CUES,
  PARTICIPLE_CUES,
  PHRASAL_SPEECH_VERBS,
  PERSON_SUBJECTS,
  POSSESSIVE_DETERMINERS,
  PREPOSITION_NOUN_FRAMES,
  PREPOSITION_VERB_FRAMES,
  PREPOSITIONS,
  SOURCE_NOUNS,
  TIME_NOUNS,
  SPEECH_VERBS,
  STANCE_PARTICLES,
  STANCE_VERBS,
  SUBJECT_PRONOUNS,
  TITLES,
  WINNING_VERBS,
} from './lexicon';
import { arbitrate } from './arbiter';
import { inName, isRarerSpeechVerb, QuoteDocument, Sentence } from './document';
import { QuoteDraft } from './drafts';
import { phraseEndingAt, SpeakerMention, subjectAfter, subjectBefore } from './mentions';
import { reportsByBlock } from './reportMemo';
import { settleSpeaker } from './sources';
import { Token } from './tokens';

/** Words that may follow a trailing cue as an adjunct of time ("..., he said Tuesday."). */
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'last', 'this', 'earlier', 'later', 'recently', 'afterward', 'afterwards']);

/** How many tokens may follow a trailing cue ("..., he said in an interview on Tuesday."). */
const TRAILING_TAIL = 12;

interface Cue {
  first: number;
  last: number;
  /** Belief and stance verbs: never trailing, and pickier about what follows them. */
  belief: boolean;
  stance?: boolean;
  /** A verb with its preposition ("talked about"): the content is the noun phrase after it. */
  frame?: boolean;
  /** A bare verb taken for a stance only because a modal stands before it ("will support"). */
  modal?: boolean;
}

/** Whether a word is a possessive ("Smith's"), not a contraction of "is" or "has" ("he's", "that's"). */
function isPossessive(t: Token): boolean {
  const m = /^(.+)'s$/.exec(t.lower);
  return m !== null && !SUBJECT_PRONOUNS.has(m[1]) && !/^(that|there|what|where|here|let)$/.test(m[1]);
}

/**
 * Token `k` when it lies in `sentence`, else undefined. The rules look at neighbours only
 * through this, so none reads before the first token, past the last one, or across a sentence
 * or paragraph start (a report never begins in the paragraph before its cue).
 */
function at(doc: QuoteDocument, sentence: Sentence, k: number): Token | undefined {
  return k >= sentence.first && k < sentence.end ? doc.tokens[k] : undefined;
}

/** The sentence that token `i` lies in. */
function sentenceAt(doc: QuoteDocument, i: number): Sentence {
  return doc.sentences[doc.sentenceOf[i]];
}

/** The reporting cue starting at token `i`, if any; cues inside quotation marks do not count. */
function cueAt(doc: QuoteDocument, i: number, owned: Set<number>): Cue | null {
  const t = doc.tokens[i];
  if (doc.quoteOf[i] >= 0 || owned.has(i)) return null;
  const sentence = sentenceAt(doc, i);
  const prev = at(doc, sentence, i - 1);
  const next = at(doc, sentence, i + 1);
  if (t.lower === 'according' && next?.lower === 'to') return { first: i, last: i + 1, belief: false };
  // "made it clear that ...", "makes clear that ...": a statement, its content after "clear".
  // "makes clear glass" is no statement: "clear" must be followed by "that" or a question word, or be "it clear".
  const afterClear = at(doc, sentence, i + 2)?.lower ?? '';
  if (MAKE_CLEAR.has(t.lower) && !doc.off.has('stance') && ((next?.lower === 'clear' && (afterClear === 'that' || QUESTION_WORDS.has(afterClear))) || (next?.lower === 'it' && afterClear === 'clear'))) {
    return { first: i, last: next.lower === 'clear' ? i + 1 : i + 2, belief: true, stance: true };
  }
  const framed = PREPOSITION_VERB_FRAMES.get(t.lower)?.has(next?.lower ?? '');
  const rarer = isRarerSpeechVerb(doc, t.lower, next?.lower);
  const speech = SPEECH_VERBS.has(t.lower) || rarer;
  // "Democrats, who want to keep ...": after a relative pronoun a bare stance verb is a verb too.
  const afterWho = prev !== undefined && (prev.lower === 'who' || prev.lower === 'that') && !doc.off.has('stance');
  // "will support", "doesn't want", "would like": after a modal or "do" a bare form is a verb.
  const afterModal = prev !== undefined && MODALS.has(prev.lower) && MODAL_STANCE_VERBS.has(t.lower) && !doc.off.has('stance') && (t.lower !== 'like' || !WOULD.has(prev.lower) || likesAnAct(doc, sentence, i));
  // "the first Democrat to endorse ...", "led the chairman to declare ...": an infinitive whose subject stands before it.
  const controlled = prev?.lower === 'to' && !framed && !doc.off.has('clauses') && isBareCue(t.lower) && infinitiveSubject(doc, sentence, i) !== null;
  // "does not want", "Voters still view ...", "Sanders and Clinton see ...": past an adverb, or after two names.
  const setBack = !speech && !afterModal && !afterWho && (BARE_STANCE_VERBS.has(t.lower) || MODAL_STANCE_VERBS.has(t.lower)) && !doc.off.has('stance') ? subjectPastAdverbs(doc, sentence, i) : '';
  const stance = !speech && (STANCE_VERBS.has(t.lower) || AS_FRAME_VERBS.has(t.lower) || afterModal || controlled || setBack === 'modal' || (BARE_STANCE_VERBS.has(t.lower) && prev !== undefined && (isPluralSubject(prev) || afterWho || setBack === 'plural')));
  if (!speech && !stance && !framed && !BELIEF_VERBS.has(t.lower)) return null;
  if (stance && (!STANCE_VERBS.has(t.lower) || AS_FRAME_VERBS.has(t.lower)) && !afterModal && setBack !== 'modal' && !judgingFrame(doc, sentence, i)) return null;
  // "was viewed as", "who's viewed as", "activities viewed as": a passive judgement (an
  // auxiliary before it, or no object before "as") is an evaluative report of its own.
  if (AS_FRAME_VERBS.has(t.lower) && prev !== undefined && (PASSIVE_AUXILIARIES.has(prev.lower) || /'s$/.test(prev.lower) || (/ed$/.test(t.lower) && next?.lower === 'as'))) return null;
  // "did not back down": "back" with "down" is no support.
  if (stance && BACK_FORMS.has(t.lower) && RETREAT_PARTICLES.has(next?.lower ?? '')) return null;
  // "reform advocates believe", "Critics' demands say": an -s form right before a bare verb of
  // saying or thinking is a plural noun, the subject of that verb.
  if (stance && /s$/.test(t.lower) && next !== undefined && isBareReportingVerb(next.lower) && !doc.off.has('stance')) return null;
  // "declined to say", "so-called", "the said", "Smith's remarks": not a report of what someone said.
  // ("to talk about": a frame's infinitive still reports, for the subject of the verb before it.)
  const framedInfinitive = framed && prev?.lower === 'to' && !doc.off.has('stance');
  if (prev && ((prev.lower === 'to' && !framedInfinitive && !controlled) || prev.text === '-' || (DETERMINERS.has(prev.lower) && !countsSubject(doc, i)) || isPossessive(prev))) return null;
  // "the United States", "Islamic State", "The Washington Post": a capital inside a sentence
  // makes it part of a name, except in a headline, where every word is capitalised.
  if (t.cap && prev?.word && !inTitleCaseBlock(doc, i)) return null;
  if (ASPECT_VERBS.has(t.lower) && /^to$|ing$/.test(next?.lower ?? '')) return null;
  // "Traffic was backed up for miles": a passive verb with the particle "up" is a phrasal verb
  // of its own (congestion), no stance.
  if (next?.lower === 'up' && prev !== undefined && PASSIVE_AUXILIARIES.has(prev.lower)) return null;
  // Frames ("comments on") judge their noun reading in `reportFor`.
  if (!framed && NOUN_OR_VERB_CUES.has(t.lower) && isNounHere(doc, i)) return null;
  if (takesAThing(t, next) || namesAThing(doc, sentence, i) || isByline(t, prev, next) || addsToAThing(t, next)) return null;
  if (framed) {
    // "quick to blame" is a stance, "quick to leave" an act.
    const verb = at(doc, sentence, i + 2)?.lower ?? '';
    if (MANNER_FRAMES.has(t.lower) && !(SPEECH_VERBS.has(verb) || STANCE_VERBS.has(verb) || MODAL_STANCE_VERBS.has(verb))) return null;
    return { first: i, last: i + 1, belief: true, stance: true, frame: true };
  }
  const particle = STANCE_PARTICLES.get(t.lower);
  if (particle && !rarer) {
    return next?.lower === particle ? { first: i, last: i + 1, belief: true, stance: true } : null;
  }
  const phrasal = rarer && next !== undefined && PHRASAL_SPEECH_VERBS.get(t.lower) === next.lower;
  return { first: i, last: phrasal ? i + 1 : i, belief: !speech, stance, ...(afterModal && !STANCE_VERBS.has(t.lower) ? { modal: true } : {}) };
}

/** "would like" is wanting; "don't like" stays a stance on a thing ("didn't like the phrase"). */
const WOULD = new Set(['would', "'d", "wouldn't"]);
/** How far after "would like" its "to" or "that" may stand ("would like the council to act"). */
const LIKE_REACH = 6;

/**
 * Whether "like" after "would" wants an act or a state of things ("would like to see", "would
 * like the council to act", "would like that"), not a thing ("I would like the chicken").
 */
function likesAnAct(doc: QuoteDocument, sentence: Sentence, i: number): boolean {
  for (let k = i + 1; k < sentence.end && k <= i + LIKE_REACH; k++) {
    const t = doc.tokens[k];
    if (t.lower === 'to' || t.lower === 'that') return true;
    if (!t.word) return false;
  }
  return false;
}

/** Verbs of keeping and finding: before a noun phrase they keep or come upon a thing ("maintained a lead", "found the posts"), no claim. */
const KEEP_OR_FIND = new Set(['maintain', 'maintains', 'maintained', 'maintaining', 'find', 'finds', 'found', 'finding']);
/** Determiners that open a noun phrase naming one thing (not a count that may open a clause: "found most voters backed ..."). */
const THING_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Whether the verb `t`, followed by `next`, keeps or finds a thing rather than stating a claim. */
function takesAThing(t: Token, next: Token | undefined): boolean {
  return KEEP_OR_FIND.has(t.lower) && next !== undefined && THING_DETERMINERS.has(next.lower);
}

/** Forms of "add": before "to" they increase something ("adding to her lead"), no statement ("thanks to" is a preposition). */
const ADD_VERBS = new Set(['add', 'adds', 'added', 'adding']);

/** Whether `t`, followed by `next`, adds to a thing ("added to the confusion") or gives a cause ("thanks to high prices"), no remark. */
function addsToAThing(t: Token, next: Token | undefined): boolean {
  return (ADD_VERBS.has(t.lower) || t.lower === 'thanks') && next?.lower === 'to';
}

/** Forms of "report" that, before "from" or "by", credit a reporter rather than report a claim. */
const BYLINE_VERBS = new Set(['reported', 'reporting']);

/**
 * "Lee reported from Cairo.", "(Additional reporting by Ann Lee)": a credit line says where or
 * by whom the story was reported, not what someone said. ("as reported by the Herald" is
 * hearsay, and "was reported from" a passive: both still report.)
 */
function isByline(t: Token, prev: Token | undefined, next: Token | undefined): boolean {
  return BYLINE_VERBS.has(t.lower) && (next?.lower === 'from' || (next?.lower === 'by' && t.lower === 'reporting')) && !PASSIVE_AUXILIARIES.has(prev?.lower ?? '');
}

/** Participles that give a thing its name after the noun ("a group called ..."). */
const NAMING_PARTICIPLES = new Set(['called', 'named', 'dubbed', 'nicknamed', 'titled', 'entitled']);
/** How far back "a" may open the noun phrase a naming participle follows ("a new advocacy group called"). */
const NAMED_PHRASE_WORDS = 4;

/**
 * "a group called Citizens for Lee", "a new beer named ...": a participle of naming right
 * after an indefinite noun phrase names the thing; it reports nothing said.
 */
function namesAThing(doc: QuoteDocument, sentence: Sentence, i: number): boolean {
  const { tokens } = doc;
  const prev = at(doc, sentence, i - 1);
  if (!NAMING_PARTICIPLES.has(tokens[i].lower) || !prev?.word || prev.cap || SUBJECT_PRONOUNS.has(prev.lower) || BETWEEN_SUBJECT_AND_VERB.has(prev.lower) || BE_OR_HAVE.has(prev.lower) || MODALS.has(prev.lower) || /ly$/.test(prev.lower)) return false;
  for (let k = i - 2; k >= i - 1 - NAMED_PHRASE_WORDS; k--) {
    const t = at(doc, sentence, k);
    if (!t?.word) return false;
    if (t.lower === 'a' || t.lower === 'an') return true;
  }
  return false;
}

/** Words that may be the object of "call" when a complement follows ("call it the nerd prom", "call this a disgrace"). */
const NAMED_OBJECTS = new Set(['it', 'him', 'her', 'them', 'himself', 'herself', 'themselves', 'this', 'that', 'these', 'those', 'me', 'us']);
/** Verbs that cast their object in a role, a judgement only with "as" after the object ("cast the Clintons as insiders", "painted the levy as a tax"). */
const AS_FRAME_VERBS = new Set(['cast', 'casts', 'casting', 'paint', 'paints', 'painted', 'painting', 'views', 'viewed', 'viewing', 'regard', 'regarded', 'frame', 'frames', 'framed', 'framing']);
/** How far after "view" its "as" or adverb may stand ("view the merger as", "view him favorably"). */
const VIEW_REACH = 8;

/**
 * Whether the bare verb at `i` reports a judgement here: "call" with a pronoun object before
 * its complement ("Others call it the nerd prom"; "Residents call the police" does not), "view"
 * with "as" or an adverb after its object ("Some view the merger as a takeover"). Other verbs
 * always do.
 */
function judgingFrame(doc: QuoteDocument, sentence: Sentence, i: number): boolean {
  const w = doc.tokens[i].lower;
  if (w === 'call') return NAMED_OBJECTS.has(at(doc, sentence, i + 1)?.lower ?? '');
  const as = AS_FRAME_VERBS.has(w);
  if (w !== 'view' && !as) return true;
  for (let k = i + 1; k < sentence.end && k <= i + VIEW_REACH; k++) {
    const t = doc.tokens[k];
    if (t.lower === 'as') return !asOpensClause(doc, sentence, k);
    if (/ly$/.test(t.lower) && !as) return true;
    if (!t.word) return false;
  }
  return false;
}

/** Words after "as" that make it a comparison or a conjunction ("as far as", "as if", "as usual"), not a role. */
const AS_NOT_A_ROLE = new Set(['far', 'much', 'well', 'soon', 'long', 'many', 'few', 'if', 'though', 'usual', 'ever', 'always', 'often', 'before', 'such']);
/** Pronouns after "as" that open no clause of their own. */
const RELATIVE_OR_ONE = new Set(['one', 'who', 'which']);
/** Auxiliaries that are finite verbs ("as his wife had asked"); modals are in MODALS. */
const FINITE_AUX = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'did', 'does', 'do']);

/** Whether a word after a short subject reads as its finite verb: an auxiliary, a modal or a past form ("rose", "asked"). */
function looksFinite(w: string): boolean {
  return FINITE_AUX.has(w) || MODALS.has(w) || IRREGULAR_PAST.has(w) || /[^e]ed$/.test(w);
}

/**
 * Whether the "as" at `k`, after the object of a role-casting verb, opens a comparison or a
 * clause of its own ("painted the fence as far as she could", "cast their ballots as the sun
 * rose", "painted it red as his wife had asked") rather than the role ("painted the levy as a tax").
 */
function asOpensClause(doc: QuoteDocument, sentence: Sentence, k: number): boolean {
  const next = at(doc, sentence, k + 1);
  if (!next?.word) return false;
  if (AS_NOT_A_ROLE.has(next.lower) || (SUBJECT_PRONOUNS.has(next.lower) && !RELATIVE_OR_ONE.has(next.lower))) return true;
  // "as yellow as a lemon": a comparison.
  if (at(doc, sentence, k + 2)?.lower === 'as' || at(doc, sentence, k + 3)?.lower === 'as') return true;
  // A determiner and a noun, then a finite verb: the subject of a clause and its verb.
  const noun = at(doc, sentence, k + 2);
  const verb = at(doc, sentence, k + 3);
  if (!DETERMINERS.has(next.lower) || !noun?.word || DETERMINERS.has(noun.lower) || !verb?.word) return false;
  return looksFinite(verb.lower);
}

/** Whether a word is the bare (plural-subject) form of a verb of saying, thinking or wanting: "say", "believe", "want". */
function isBareReportingVerb(w: string): boolean {
  return !/(?:s|ed|ing)$/.test(w) && (SPEECH_VERBS.has(w) || BELIEF_VERBS.has(w) || BARE_STANCE_VERBS.has(w)) && !NOUN_OR_VERB_CUES.has(w);
}

/** Forms of "back", which with "down" ("did not back down") is no support. */
const BACK_FORMS = new Set(['back', 'backs', 'backed', 'backing']);
const RETREAT_PARTICLES = new Set(['down']);

/** Adverbs that may stand between a subject or modal and a bare verb ("does not want", "still view", "strongly support"). */
const VERB_ADVERBS = new Set(['not', "n't", 'never', 'also', 'still', 'all', 'both', 'even', 'just', 'now', 'already', 'often', 'generally', 'mostly', 'largely', 'overwhelmingly', 'really', 'actually', 'clearly', 'increasingly']);
/** How many adverbs may stand there. */
const MAX_VERB_ADVERBS = 3;

/**
 * What makes the bare verb at `i` a verb when its neighbour alone does not: 'modal' after a
 * modal and adverbs ("does not want", "might not view"), 'plural' after a plural subject and
 * adverbs ("Voters still view", "who strongly support") or after two names joined by "and"
 * ("Sanders and Clinton see"); '' otherwise.
 */
function subjectPastAdverbs(doc: QuoteDocument, sentence: Sentence, i: number): '' | 'modal' | 'plural' {
  const { tokens } = doc;
  let k = i - 1;
  while (k > sentence.first && k >= i - MAX_VERB_ADVERBS && tokens[k].word && !tokens[k].cap && (VERB_ADVERBS.has(tokens[k].lower) || /ly$/.test(tokens[k].lower))) k--;
  if (k < sentence.first) return '';
  if (k < i - 1) {
    if (MODALS.has(tokens[k].lower) && MODAL_STANCE_VERBS.has(tokens[i].lower)) return 'modal';
    if (BARE_STANCE_VERBS.has(tokens[i].lower) && (isPluralSubject(tokens[k]) || tokens[k].lower === 'who')) return 'plural';
    return '';
  }
  // "Sanders and Clinton see": a name, "and", a name.
  let j = k;
  while (j > sentence.first && j > k - 4 && tokens[j].cap && tokens[j].word) j--;
  // ("Tom and Anna see the sea": "see" after names alone is as often sight as a view.)
  return j < k && tokens[j].lower === 'and' && j - 1 >= sentence.first && tokens[j - 1].cap && tokens[j - 1].word && BARE_STANCE_VERBS.has(tokens[i].lower) && tokens[i].lower !== 'see' ? 'plural' : '';
}

/** Determiners that, standing alone, are the people they count ("Most believe", "few say"). */
const STANDALONE_COUNTS = new Set(['most', 'many', 'few', 'both', 'all', 'some', 'several']);

/**
 * Whether the determiner before the verb at `i` is a count standing for people: "Most
 * believe that ...", "Both think ...". The verb must be one that is never a noun ("most
 * support" stays a noun phrase).
 */
function countsSubject(doc: QuoteDocument, i: number): boolean {
  if (doc.off.has('stance')) return false;
  const t = doc.tokens[i];
  const prev = doc.tokens[i - 1];
  if (!STANDALONE_COUNTS.has(prev.lower) || NOUN_OR_VERB_CUES.has(t.lower) || (VERB_OR_NOUN_BELIEFS.has(t.lower) && !COUNTED_VERBS.has(t.lower))) return false;
  const before = i >= 2 && doc.sentenceOf[i - 2] === doc.sentenceOf[i] ? doc.tokens[i - 2] : undefined;
  // "the eighth most cited": after an ordinal, "most" makes a superlative, not a count of people.
  return !before || !before.word || !(DETERMINERS.has(before.lower) || PREPOSITIONS.has(before.lower) || isOrdinal(before.lower));
}

const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'last', 'next']);

/** Whether a lower-cased word is an ordinal ("eighth", "21st"). */
function isOrdinal(w: string): boolean {
  return ORDINALS.has(w) || /^\d+(?:st|nd|rd|th)$/.test(w);
}

/** Of those, the bare forms that after a count of people are its verb ("Both want", "Many fear", "Most feel"): no noun phrase reads "most want". */
const COUNTED_VERBS = new Set(['want', 'fear', 'feel']);
/** Belief words that are as often nouns ("some hope", "many fears"). */
const VERB_OR_NOUN_BELIEFS = new Set(['hope', 'hopes', 'fear', 'fears', 'worry', 'worries', 'feel', 'show', 'shows', 'find', 'finds', 'support', 'want', 'back', 'favor', 'favour', 'see']);

/** Words that count people and end a subject ("13 percent", "a third", "most"). */
const COUNT_WORDS = new Set(['percent', 'half', 'third', 'thirds', 'quarter', 'quarters', 'majority', 'majorities', 'most', 'many', 'some', 'few', 'others', 'all', 'both']);
/** Words ending in -s that are not plural nouns. */
const NOT_PLURAL = new Set(['is', 'was', 'has', 'does', 'this', 'its', 'his', 'hers', 'as', 'us', 'thus', 'plus', 'less', 'unless', 'across', 'news', 'always', 'perhaps', 'whereas', 'yes']);

/**
 * Whether a token can end a plural or counted subject, so that a bare stance verb right after
 * it is a verb: "they", "voters", "Democrats", "percent", "most".
 */
function isPluralSubject(t: Token): boolean {
  if (!t.word) return false;
  if (t.lower === 'they' || t.lower === 'we' || t.lower === 'i' || t.lower === 'you' || COUNT_WORDS.has(t.lower)) return true;
  return /[^s'’]s$/.test(t.lower) && !NOT_PLURAL.has(t.lower) && !/ss$|ous$|is$/.test(t.lower);
}

/** Share of capitalised words from which a block reads as a headline in title case. */
const TITLE_CASE_SHARE = 0.7;
/** Per document, for each block: 1 when it is in title case, 0 when not (computed on demand). */
const titleCaseBlocks = new WeakMap<QuoteDocument, Int8Array>();

/** Whether token `i` lies in a block written in title case ("Trump Says He Will Win"); linear once per block. */
function inTitleCaseBlock(doc: QuoteDocument, i: number): boolean {
  let cache = titleCaseBlocks.get(doc);
  if (!cache) {
    cache = new Int8Array(doc.paragraphs.length).fill(-1);
    titleCaseBlocks.set(doc, cache);
  }
  const p = sentenceAt(doc, i).paragraph;
  if (cache[p] < 0) {
    const [first, end] = doc.paragraphTokens[p];
    let words = 0;
    let caps = 0;
    for (let k = first; k < end; k++) {
      const t = doc.tokens[k];
      if (!t.word || doc.quoteOf[k] >= 0 || !/^\p{L}/u.test(t.text)) continue;
      words++;
      if (t.cap) caps++;
    }
    cache[p] = words >= 3 && caps >= TITLE_CASE_SHARE * words ? 1 : 0;
  }
  return cache[p] === 1;
}

/** Auxiliaries that only follow a subject, never a reporting verb. */
const FINITE_AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'would', 'will', 'could', 'can', 'should', 'may', 'might', 'must']);

/**
 * Whether a word that may be a noun or a reporting verb is a noun at token `i`: it neither
 * opens content ("that", "to", a colon) nor follows a subject closely (a pronoun, a name, an
 * auxiliary or adverb), or an auxiliary follows it: "six states with primaries", "the AP
 * report is misleading".
 */
function isNounHere(doc: QuoteDocument, i: number): boolean {
  const sentence = sentenceAt(doc, i);
  const prev = at(doc, sentence, i - 1);
  const next = at(doc, sentence, i + 1);
  // A person or organisation right before is the subject of a verb ("Smith claims that is
  // false", "Lee notes prices have fallen"), whatever follows it.
  const agentBefore = prev !== undefined && doc.entityOf[i - 1] === 3;
  // "the states that have voted": "that" opening a relative clause follows a noun.
  const afterNext = at(doc, sentence, i + 2);
  if (next?.lower === 'that' && afterNext && FINITE_AUXILIARIES.has(afterNext.lower) && !agentBefore && !SUBJECT_PRONOUNS.has(prev?.lower ?? '') && !doc.off.has('clauses')) return true;
  if (next && /^(that|to|:)$/.test(next.lower)) return false;
  // "one state away", "two reports", "state Sen. Ann Lee": after a number, or before a title, a noun.
  if (!doc.off.has('clauses') && ((prev && isNumberWord(prev)) || (next && TITLES.has(next.lower)))) return true;
  // "California state Senate candidate", "Rust Belt states Indiana, Ohio": "state" between a
  // place and a name is a level of government or the places named, not a verb.
  if (!doc.off.has('clauses') && (doc.tokens[i].lower === 'state' || doc.tokens[i].lower === 'states') && prev?.cap && next?.cap && !agentBefore) return true;
  // "the AP report is misleading": a verb right after it makes it the subject.
  if (next && FINITE_AUXILIARIES.has(next.lower)) return true;
  if (!prev || !prev.word) return false;
  // "Southern states like ...", "Utah state delegate": after a capitalised word, a word that
  // cannot open content (no article, pronoun or name) shows a noun.
  if (prev.cap && !agentBefore && next?.word && !next.cap && !DETERMINERS.has(next.lower) && !SUBJECT_PRONOUNS.has(next.lower) && !POSSESSIVE_DETERMINERS.has(next.lower) && !doc.off.has('clauses')) return true;
  if (prev.cap || SUBJECT_PRONOUNS.has(prev.lower) || BETWEEN_SUBJECT_AND_VERB.has(prev.lower) || /ly$/.test(prev.lower)) return false;
  // "Legal observers note ...": a bare form right after a plural subject is its verb.
  if (isPluralSubject(prev) && !/s$/.test(doc.tokens[i].lower) && !doc.off.has('stance')) return false;
  return true;
}

/** Whether a token is a number: digits or a number word ("one", "twelve"). */
function isNumberWord(t: Token): boolean {
  return /^\d/.test(t.text) || /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand)$/.test(t.lower);
}

/** Start of the content after a cue: skips the addressee of "told reporters (that)". */
function contentStart(doc: QuoteDocument, cue: Cue, end: number): number {
  const { tokens } = doc;
  let i = cue.last + 1;
  if (ADDRESSEE_VERBS.has(tokens[cue.first].lower)) {
    for (let k = i; k < end && k < i + 10; k++) {
      if (tokens[k].lower === 'that') return k;
      if (tokens[k].text === ',' || tokens[k].text === ':' || doc.quoteOf[k] >= 0) break;
    }
    // No "that": skip a short addressee ("told him", "told The Post").
    if (i < end && (tokens[i].cap || /^(him|her|them|us|me|reporters|supporters)$/.test(tokens[i].lower))) {
      i++;
      while (i < end && tokens[i].cap) i++;
    }
  } else if (i < end && PREPOSITIONS.has(tokens[i].lower)) {
    // "said in a telephone interview that ...": an adjunct before the complementiser.
    for (let k = i + 1; k < end && k < i + 10; k++) {
      if (tokens[k].lower === 'that') return k;
      if (!tokens[k].word || doc.quoteOf[k] >= 0) break;
    }
  }
  return i;
}

/**
 * Tables that answer the rules' questions about a range of tokens in constant time, so that
 * no rule scans its sentence again for each cue ("he said" repeated without a full stop, or
 * "according to" after every clause, would cost the square of the sentence). Counts are
 * prefix sums: `words[k - base]` is the number of word tokens of the block before token `k`.
 * The tables cover one block: every value a rule reads lies in the block of the sentence it
 * runs on, so they are built for each block the memo of reportMemo.ts computes (after an edit
 * of a long article, the changed blocks only), indexed from the block's first token, `base`.
 */
interface Tables {
  /** The block, and its first token: index `k - base` holds token `k`'s entry. */
  block: number;
  base: number;
  words: Int32Array;
  /** Tokens that are punctuation or inside quotes: a clause with none runs on unbroken. */
  breaks: Int32Array;
  /** Reporting verbs and quoted tokens: a sentence with none before an aside has no other report. */
  reporting: Int32Array;
  /** For each token, the last token of the block at or before it that is a word or quoted, or -1. */
  keptBefore: Int32Array;
  /** For each token, the first token of the block at or after it that is a word or quoted, else the block's end (length n + 1). */
  keptAfter: Int32Array;
  /** For each token, the last clause break (comma, semicolon, colon, dash, parenthesis) at or before it in its sentence, or -1. */
  clauseBreak: Int32Array;
  /** For each token, where content starting there ends (see `contentEnd`); -1 until its sentence is done. */
  stops: Int32Array;
  /** The same for content that is a clause reported by a verb of saying or belief (`stopsAt`). */
  clauseStops: Int32Array;
  /** For each token, the last cue token of a direct quote at or before it in its sentence, or -1. */
  ownedBefore: Int32Array;
  /** Cue tokens of reports that stand inside the content of another (see `stopsAt`). */
  standing: Set<number>;
  /** By sentence index, its first cue, -1 for none (absent until known). */
  firstCues: Map<number, number>;
  /** By sentence index, its leading subject with no limit (see `leadingSubject`), once known. */
  leading: Map<number, { at: number; subject: SpeakerMention } | null>;
}

/** Per document, the direct quotes' cue tokens and the tables of the block whose rules run. */
const tablesOfDoc = new WeakMap<QuoteDocument, { owned: Set<number>; block?: Tables }>();

/** Clause breaks for evaluative reports: the clause starts after the last of these. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '\u2014', '\u2013', '(']);

/** Builds the tables of block `b` in one pass over its tokens. */
function buildTables(doc: QuoteDocument, owned: Set<number>, b: number): Tables {
  const { tokens, quoteOf, sentenceOf } = doc;
  const [tf, te] = doc.paragraphTokens[b];
  const n = te - tf;
  const words = new Int32Array(n + 1);
  const breaks = new Int32Array(n + 1);
  const reporting = new Int32Array(n + 1);
  const keptBefore = new Int32Array(n);
  const keptAfter = new Int32Array(n + 1);
  const clauseBreak = new Int32Array(n);
  const ownedBefore = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = tf + i;
    const t = tokens[k];
    const quoted = quoteOf[k] >= 0;
    words[i + 1] = words[i] + (t.word ? 1 : 0);
    breaks[i + 1] = breaks[i] + (!t.word || quoted ? 1 : 0);
    // ("In his state, Lee said, ...": a word that is as often a noun reports nothing by itself.)
    reporting[i + 1] = reporting[i] + ((SPEECH_VERBS.has(t.lower) && !NOUN_OR_VERB_CUES.has(t.lower)) || quoted ? 1 : 0);
    keptBefore[i] = t.word || quoted ? k : i > 0 ? keptBefore[i - 1] : -1;
    // A block starts a sentence: no sentence runs across blocks.
    const sentenceStart = i === 0 || sentenceOf[k - 1] !== sentenceOf[k];
    clauseBreak[i] = CLAUSE_BREAKS.has(t.text) ? k : sentenceStart ? -1 : clauseBreak[i - 1];
    ownedBefore[i] = owned.has(k) ? k : sentenceStart ? -1 : ownedBefore[i - 1];
  }
  keptAfter[n] = te;
  for (let i = n - 1; i >= 0; i--) keptAfter[i] = tokens[tf + i].word || quoteOf[tf + i] >= 0 ? tf + i : keptAfter[i + 1];
  const stops = new Int32Array(n).fill(-1);
  return { block: b, base: tf, words, breaks, reporting, keptBefore, keptAfter, clauseBreak, ownedBefore, stops, clauseStops: new Int32Array(n), standing: new Set(), firstCues: new Map(), leading: new Map() };
}

/** Makes the tables of the block of `sentence` the current ones, building them when its rules start. */
function tablesForBlock(doc: QuoteDocument, sentence: Sentence): void {
  const entry = tablesOfDoc.get(doc);
  if (!entry) throw new Error('reported speech: tables used before they were built');
  if (entry.block?.block !== sentence.paragraph) entry.block = buildTables(doc, entry.owned, sentence.paragraph);
}

/** The tables of the block whose rules run (`tablesForBlock`). */
function tablesOf(doc: QuoteDocument): Tables {
  const tables = tablesOfDoc.get(doc)?.block;
  if (!tables) throw new Error('reported speech: tables used before they were built');
  return tables;
}

/** Past forms of reporting verbs that end in neither -ed nor -s. */
const PAST_OF_SAYING = new Set(['said', 'told', 'thought', 'felt', 'knew', 'wrote']);

/** How content running over a token ends there (`stopsAt`): it runs on, or a clause ends it, or it ends for any content. */
const RUNS_ON = 0;
const ENDS_PHRASE = 1;
const ENDS_ALL = 2;

/**
 * Whether content running over token `k` ends before it: a second attribution or clause starts
 * there. A subordinate or relative clause with a source and a cue of its own ends the object
 * of a stance ("backed the plan because she believes ...": the reason is
 * hers, not the plan) but is part of what a verb of saying or belief reports ("said the plan
 * fails because it ignores ..."): for those `ENDS_PHRASE`, and the report inside stands as a
 * report of its own (`standing`).
 */
function stopsAt(doc: QuoteDocument, k: number, sentence: Sentence, owned: Set<number>): number {
  const { tokens } = doc;
  const inside = (cue: number): number => {
    if (doc.off.has('clauses')) return ENDS_ALL;
    tablesOf(doc).standing.add(cue);
    return ENDS_PHRASE;
  };
  if (tokens[k].text === ';' && doc.quoteOf[k] < 0) return ENDS_ALL;
  // "... called on X to attack Y and proposed a safe zone": a second verb of the same subject
  // with its own content; it is a report of its own.
  if ((tokens[k].lower === 'and' || tokens[k].lower === 'but') && doc.quoteOf[k] < 0 && k + 1 < sentence.end && !doc.off.has('stance')) {
    const next = tokens[k + 1];
    if (!next.cap && (/(?:ed|s)$/.test(next.lower) || IRREGULAR_PAST.has(next.lower) || PAST_OF_SAYING.has(next.lower)) && (SPEECH_VERBS.has(next.lower) || STANCE_VERBS.has(next.lower)) && cueAt(doc, k + 1, owned)) return ENDS_ALL;
  }
  // "... will brand him a liar and the Gazette will accuse him of ...": a new subject with a cue of its own after "and" or "but".
  if ((tokens[k].lower === 'and' || tokens[k].lower === 'but') && doc.quoteOf[k] < 0 && k > sentence.first && !doc.off.has('clauses') && attributedClauseCue(doc, k, sentence.end, owned) >= 0) return ENDS_ALL;
  if (tokens[k].text === ',' && doc.quoteOf[k] < 0 && k + 1 < sentence.end) {
    const n = tokens[k + 1];
    if (PARTICIPLE_CUES.has(n.lower) || (n.lower === 'according' && at(doc, sentence, k + 2)?.lower === 'to')) return ENDS_ALL;
    if (owned.has(k + 1)) return ENDS_ALL;
    const c = attributedClauseCue(doc, k + 1, sentence.end, owned);
    // "..., which he believes will ...": a relative clause is part of a clause reported.
    if (c >= 0) return /^(?:which|who)$/.test(n.lower) ? inside(c) : ENDS_ALL;
  }
  // "... the plan, while most farmers want a new road": a subordinate clause with its own source and cue is a report of its own.
  if (SUBORDINATORS.has(tokens[k].lower) && doc.quoteOf[k] < 0 && k > sentence.first && !doc.off.has('clauses')) {
    const c = attributedClauseCue(doc, k + 1, sentence.end, owned);
    if (c >= 0) return inside(c);
  }
  // "... there is “one strong conservative,” adding that ...": the comma inside the closing mark.
  if (PARTICIPLE_CUES.has(tokens[k].lower) && afterQuotedComma(doc, sentence, k)) return ENDS_ALL;
  return owned.has(k) ? ENDS_ALL : RUNS_ON;
}

/** Whether token `k` follows a quote whose content ends in a comma ("“... race,” adding"), the comma set off inside the marks. */
function afterQuotedComma(doc: QuoteDocument, sentence: Sentence, k: number): boolean {
  const mark = at(doc, sentence, k - 1);
  const comma = at(doc, sentence, k - 2);
  return mark !== undefined && comma !== undefined && comma.text === ',' && doc.quoteOf[k - 1] >= 0 && !mark.word && doc.quoteOf[k] < 0;
}

/**
 * Where the content of a leading cue ends: the sentence end, or a second attribution; with
 * `clause`, for a clause reported by a verb of saying or belief, which runs over the clauses
 * inside it (`stopsAt`). The answer for every start in the sentence is computed once, from its
 * end backwards.
 */
function contentEnd(doc: QuoteDocument, from: number, sentence: Sentence, owned: Set<number>, clause = false): number {
  if (from >= sentence.end) return sentence.end;
  const { stops, clauseStops, base } = tablesOf(doc);
  if (stops[from - base] < 0) {
    let next = sentence.end;
    let nextOfClause = sentence.end;
    for (let k = sentence.end - 1; k >= sentence.first; k--) {
      const stop = stopsAt(doc, k, sentence, owned);
      if (stop !== RUNS_ON) next = k;
      if (stop === ENDS_ALL) nextOfClause = k;
      stops[k - base] = next;
      clauseStops[k - base] = nextOfClause;
    }
  }
  return (clause ? clauseStops : stops)[from - base];
}

/** Conjunctions that open a subordinate clause, which may have a source and a cue of its own. */
const SUBORDINATORS = new Set(['while', 'whereas', 'because', 'although', 'though', 'when', 'as', 'since']);
/** Conjunctions that may join a new attributed clause to the content before it. */
const CLAUSE_CONJUNCTIONS = new Set(['but', 'and', 'while', 'though', 'although', 'yet']);
/** How far after a comma the cue of a new attributed clause may stand ("but the former governor did not say"). */
const NEW_CLAUSE_WINDOW = 8;

/**
 * The cue of the new clause at `i`, or -1: whether the words from `i` (right after a comma or a
 * subordinating conjunction) are a new clause with a subject and a cue of its own (a verb of
 * saying, belief or stance): "Cook said Carter stopped, but Cook did not say when", "..., while
 * most farmers want a new road". The content before ends there (see `stopsAt`).
 */
function attributedClauseCue(doc: QuoteDocument, i: number, end: number, owned: Set<number>): number {
  const { tokens } = doc;
  const from = i < end && CLAUSE_CONJUNCTIONS.has(tokens[i].lower) ? i + 1 : i;
  for (let c = from + 1; c < end && c <= from + NEW_CLAUSE_WINDOW; c++) {
    if (!tokens[c].word || doc.quoteOf[c] >= 0) return -1;
    if (!cueAt(doc, c, owned)) continue;
    // "..., and other GOP leaders said": a determiner may open the subject outside the name.
    const subject = subjectBefore(tokens, c, from);
    // "..., which he believes will ...": a relative pronoun may open the clause before its subject.
    const opener = DETERMINERS.has(tokens[from].lower) || (/^(?:which|who)$/.test(tokens[from].lower) && !doc.off.has('clauses'));
    return subject !== null && (subject.first === from || (subject.first === from + 1 && opener)) ? c : -1;
  }
  return -1;
}

/** Trims trailing punctuation and spaces so the span ends on its last word or closing mark. */
function trimmedSpan(doc: QuoteDocument, first: number, end: number, minWords = 2): { start: number; end: number } | null {
  if (end <= first) return null;
  const { keptBefore, keptAfter, words, base } = tablesOf(doc);
  const last = keptBefore[end - 1 - base];
  const start = keptAfter[first - base];
  if (last < first || start > last) return null;
  if (words[last + 1 - base] - words[start - base] < minWords) return null;
  return { start: doc.tokens[start].start, end: doc.tokens[last].end };
}

/** "..., X said." / "..., said X." at the end of a sentence: returns the comma and the speaker. */
function trailing(doc: QuoteDocument, cue: Cue, sentence: Sentence): { comma: number; speaker: SpeakerMention | null } | null {
  const { tokens } = doc;
  let comma = -1;
  for (let k = cue.first - 1; k > sentence.first && k >= cue.first - 30; k--) {
    if (tokens[k].text === ',' && doc.quoteOf[k] < 0) {
      const speaker = subjectBefore(tokens, cue.first, k + 1);
      // "..., the BBC reported": a name may keep its article outside the mention.
      if (speaker && (speaker.first === k + 1 || (speaker.first === k + 2 && DETERMINERS.has(tokens[k + 1].lower)))) {
        comma = k;
        if (tailIsShort(doc, cue, sentence)) return { comma, speaker };
        return null;
      }
      // "..., his aide, Tad Devine, told reporters": a verb with an addressee is never
      // inverted, so its subject is an appositive further back.
      // A participle ("..., saying the plan works") is never inverted: what follows it is its content.
      if (k === cue.first - 1 && !ADDRESSEE_VERBS.has(tokens[cue.first].lower) && !/ing$/.test(tokens[cue.first].lower)) {
        const phrase = subjectAfter(tokens, cue.last + 1, sentence.end);
        // "..., said Democratic strategist Ann Lee.": a role before the name runs on to it.
        const speaker = phrase && !endsInvertedSpeaker(doc, phrase.last + 1, sentence) ? (rolePhrase(doc, cue.last + 1, sentence) ?? phrase) : phrase;
        if (!tailIsShort(doc, cue, sentence, true, speaker)) return null;
        // "X, a junior from Y, said she ..." / "X, dean of Y, said there had been ...": the
        // words before the comma are the subject's appositive and a clause follows the cue,
        // so this is not an inverted "..., said X.".
        if (!speaker || !endsInvertedSpeaker(doc, speaker.last + 1, sentence)) return null;
        if (opensWithAppositive(doc, sentence, k)) return null;
        return { comma: k, speaker };
      }
    }
  }
  return null;
}

/** How many words a speaker phrase of role words and a name may have ("Democratic strategist Ann Lee"). */
const ROLE_PHRASE_WORDS = 6;

/**
 * "Democratic strategist Ann Lee", "county council member Tom Reilly": from `i`, lower-case
 * role words and capitalised words up to a name that ends the phrase (the sentence ends, or a
 * comma, a preposition or an adverb follows), as one speaker; null for any other shape.
 */
function rolePhrase(doc: QuoteDocument, i: number, sentence: Sentence): SpeakerMention | null {
  if (doc.off.has('clauses')) return null;
  const { tokens } = doc;
  let last = -1;
  for (let k = i; k < sentence.end && k < i + ROLE_PHRASE_WORDS; k++) {
    const t = tokens[k];
    if (!t.word || doc.quoteOf[k] >= 0 || PREPOSITIONS.has(t.lower) || DETERMINERS.has(t.lower) || SPEECH_VERBS.has(t.lower) || BETWEEN_SUBJECT_AND_VERB.has(t.lower)) break;
    if (t.cap) last = k;
  }
  return last > i && tokens[last].cap && endsInvertedSpeaker(doc, last + 1, sentence) ? { first: i, last, kind: 'name' } : null;
}

/**
 * "Ann Lee, a nurse at the clinic, said the rules ...": whether the sentence opens with a name
 * or a role set off by a comma before `comma` (the comma before the cue), so that the words
 * before the cue are its subject and an appositive, not the content of an inverted "..., said X".
 */
function opensWithAppositive(doc: QuoteDocument, sentence: Sentence, comma: number): boolean {
  if (doc.off.has('clauses')) return false;
  const opener = subjectAfter(doc.tokens, sentence.first, comma);
  if (!opener || (opener.kind !== 'name' && opener.kind !== 'role')) return false;
  const after = doc.tokens[opener.last + 1];
  return opener.last + 1 < comma && after.text === ',' && doc.quoteOf[opener.last + 1] < 0;
}

/**
 * Whether token `i`, right after the speaker of an inverted cue ("..., said Smith"), ends the
 * speaker phrase: the sentence ends, or an appositive, parenthesis or adjunct follows.
 */
function endsInvertedSpeaker(doc: QuoteDocument, i: number, sentence: Sentence): boolean {
  if (i >= sentence.end) return true;
  const t = doc.tokens[i];
  return !t.word || PREPOSITIONS.has(t.lower) || TIME_WORDS.has(t.lower) || /ly$/.test(t.lower);
}

/**
 * Whether the words after a cue are only adjuncts ("..., he said in a statement."), not a
 * content clause ("..., Carson said he was ..."). After an inverted cue ("..., said X, a
 * former governor.") the tail is the speaker and may be longer.
 */
function tailIsShort(doc: QuoteDocument, cue: Cue, sentence: Sentence, inverted = false, speaker: SpeakerMention | null = null): boolean {
  const { tokens } = doc;
  // "..., said Ann Lee, a professor at the college, who is one of ...": after an inverted
  // speaker and its comma, an appositive of any length may follow.
  const appositive = inverted && speaker !== null && !doc.off.has('clauses') && at(doc, sentence, speaker.last + 1)?.text === ',';
  const end = appositive ? speaker.last + 1 : sentence.end;
  if (end - cue.last - 1 > (inverted ? 2 * TRAILING_TAIL : TRAILING_TAIL)) return false;
  const lead = at(doc, sentence, cue.last + 1);
  if (!inverted && lead && lead.word && !PREPOSITIONS.has(lead.lower) && !/ly$/.test(lead.lower) && !ADDRESSEE_VERBS.has(tokens[cue.first].lower) && !TIME_WORDS.has(lead.lower)) return false;
  for (let k = cue.last + 1; k < end; k++) {
    const w = tokens[k].lower;
    // A capitalised word is part of a name ("told The Huffington Post"), not a second cue.
    if (w === 'that' || w === ':' || (SPEECH_VERBS.has(w) && !tokens[k].cap) || doc.quoteOf[k] >= 0) return false;
  }
  return true;
}

/**
 * Verbs of belief that, like verbs of saying, may stand after their content or as an aside
 * ("Such efforts, they believe, will fail", "..., his advisers feared."), in present or past form.
 */
const ASIDE_BELIEFS = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'feared', 'suspect', 'suspects', 'suspected', 'reckon', 'reckons', 'reckoned']);

/**
 * "Otherwise, she said, countries may ...": a cue set off by commas inside its sentence, with
 * words on both sides. Returns the speaker; the content is the sentence around the aside.
 */
function parenthetical(doc: QuoteDocument, cue: Cue, sentence: Sentence): SpeakerMention | null {
  const { tokens } = doc;
  if ((cue.belief && !ASIDE_BELIEFS.has(tokens[cue.first].lower)) || at(doc, sentence, cue.last + 1)?.text !== ',' || sentence.end - cue.last < 4) return null;
  const speaker = subjectBefore(tokens, cue.first, sentence.first);
  if (!speaker) return null;
  // "..., the Times said, ...": a name may keep its article outside the mention.
  const open = DETERMINERS.has(tokens[speaker.first - 1]?.lower ?? '') && !doc.off.has('clauses') ? speaker.first - 2 : speaker.first - 1;
  if (open <= sentence.first || tokens[open].text !== ',') return null;
  // Another cue before the aside already reports this sentence ("X said, he added, ...").
  const { reporting, base } = tablesOf(doc);
  if (reporting[speaker.first - base] - reporting[sentence.first - base] > 0) return null;
  return speaker;
}

/** How many tokens an "as" clause may run from its cue to its comma ("As the Gazette reported on Friday,"). */
const AS_CLAUSE_TAIL = 6;

/**
 * "As the Gazette reported, the pier closed.", "As reported by the Gazette, ...", "The pier
 * closed, as the mayor noted.": a clause of "as" with a verb of saying, whose content is the
 * rest of the sentence (after the clause's comma, or before the comma that opens it at the
 * end). The source is the subject of the clause, or the agent after "by" of its passive.
 */
function asReport(doc: QuoteDocument, cue: Cue, sentence: Sentence): { first: number; end: number; speaker: SpeakerMention } | null {
  const { tokens } = doc;
  if (cue.belief || doc.off.has('clauses') || !SPEECH_VERBS.has(tokens[cue.first].lower)) return null;
  let speaker: SpeakerMention | null = null;
  let as = cue.first - 1;
  let after = cue.last + 1;
  if (at(doc, sentence, as)?.lower === 'as' && at(doc, sentence, after)?.lower === 'by') {
    speaker = subjectAfter(tokens, after + 1, sentence.end);
    if (speaker) after = speaker.last + 1;
  } else {
    speaker = subjectBefore(tokens, cue.first, sentence.first);
    if (speaker) as = speaker.first - 1;
    // "As the Gazette reported": a name may keep its article outside the mention.
    if (as > sentence.first && DETERMINERS.has(tokens[as].lower)) as--;
  }
  if (!speaker || at(doc, sentence, as)?.lower !== 'as') return null;
  // "As the Gazette reported on Friday, ...": the clause opens the sentence and a comma closes it.
  if (as === sentence.first || (as === sentence.first + 1 && /^(?:and|but|so|yet)$/.test(tokens[sentence.first].lower))) {
    for (let k = after; k < sentence.end && k <= after + AS_CLAUSE_TAIL; k++) {
      if (tokens[k].text === ',' && doc.quoteOf[k] < 0) return { first: k + 1, end: contentEnd(doc, k + 1, sentence, tablesOfDoc.get(doc)!.owned), speaker };
      if (!tokens[k].word || doc.quoteOf[k] >= 0) return null;
    }
    return null;
  }
  // "The pier closed, as the mayor noted.": the clause closes the sentence.
  if (tokens[as - 1]?.text !== ',' || as - 1 <= sentence.first) return null;
  for (let k = after; k < sentence.end; k++) if (tokens[k].word && (k > after + AS_CLAUSE_TAIL || doc.quoteOf[k] >= 0)) return null;
  return { first: sentence.first, end: as - 1, speaker };
}

/** How many words a lead-in before ", according to X," may have for the content to follow the source ("In addition,"). */
const ACCORDING_LEAD_IN = 3;

/** The comma that closes the source of a mid-sentence "according to X," with words after it, or -1. */
function accordingClose(doc: QuoteDocument, cue: Cue, sentence: Sentence): number {
  for (let k = cue.last + 1; k < sentence.end && k <= cue.last + AGENT_WORDS + 4; k++) {
    if (doc.quoteOf[k] >= 0) return -1;
    if (doc.tokens[k].text === ',') return k + 2 < sentence.end ? k : -1;
  }
  return -1;
}

/** The speaker phrase after "according to", up to the comma that closes it. */
function accordingSpeaker(doc: QuoteDocument, cue: Cue, end: number): SpeakerMention | null {
  return subjectAfter(doc.tokens, cue.last + 1, end);
}

/**
 * Finds reported speech: "X said (that) ...", "..., X said.", "According to X, ...",
 * "..., according to X." and participles ("..., adding that ..."). Content containing a
 * quoted fragment becomes a mixed quote, and its fragment is recorded in `fragments`.
 * `owned` holds cue tokens already used by direct quotes; `usedQuotes` the quoted spans that
 * are direct quotes, which reported speech never runs into.
 */
export function findReportedSpeech(doc: QuoteDocument, owned: Set<number>, usedQuotes: Set<number>): { drafts: QuoteDraft[]; fragments: Set<number> } {
  const drafts: QuoteDraft[] = [];
  const fragments = new Set<number>();
  tablesOfDoc.set(doc, { owned });
  reportsByBlock(doc, owned, usedQuotes, drafts, fragments, (sentence) => {
    tablesForBlock(doc, sentence);
    let sentenceSpeaker: SpeakerMention | null = null;
    // Evaluative reports ("X is expected to ...") are taken only where no report covers them.
    let covered = sentence.first;
    // End offset of the content of the reports taken so far in this sentence.
    let nested = -1;
    // End offsets of the reports that contain the current position, innermost last.
    const open: number[] = [];
    // Candidates offered to the arbiter so far in this sentence.
    let offered = 0;
    // The drafts of this sentence start here.
    const sentenceDrafts = drafts.length;
    for (let i = sentence.first; i < sentence.end; i++) {
      const cue = cueAt(doc, i, owned);
      const headline = i === sentence.first ? headlineReport(doc, sentence, owned) : null;
      const perspective = i === sentence.first && !headline ? perspectiveReport(doc, sentence, owned) : null;
      const draft: QuoteDraft | null = headline ?? perspective ?? (cue
        ? reportFor(doc, cue, sentence, owned, sentenceSpeaker)
        : i >= covered
          ? (receivedReport(doc, i, sentence) ??
            nominalReport(doc, i, sentence, owned) ??
            stanceHolderReport(doc, i, sentence, owned) ??
            hearsayReport(doc, i, sentence, owned) ??
            unclearReport(doc, i, sentence, owned) ??
            evaluativeReport(doc, i, sentence, owned) ??
            thatReport(doc, i, sentence, owned) ??
            // A plain verb's object counts only in a sentence no report has reached.
            (covered === sentence.first ? agentReport(doc, i, sentence, owned) : null))
          : null);
      if (!draft?.cue) continue;
      if (draft.speaker) {
        // A subject that is no source ("I", "a couple of years", "Well") leaves the report unattributed.
        // After "according to", a document or count is the source too ("according to a count by the AP").
        const phrase: SpeakerMention = draft.speaker;
        draft.speaker = settleSpeaker(doc, phrase);
        if (!draft.speaker && cue && doc.tokens[cue.first].lower === 'according' && phrase.kind !== 'pronoun') draft.speaker = phrase;
        // "Infected ants chose ...": a subject that takes in the cue was read through a noun;
        // the cue is part of the subject, and the sentence reports nothing.
        if (draft.speaker && draft.speaker.first <= draft.cue.last && draft.speaker.last >= draft.cue.first) continue;
        draft.unattributed = draft.speaker === undefined;
        if (!draft.speaker) draft.confidence = Math.min(draft.confidence, 0.4);
        // "Contributing: Ann Lee.", "Breaking: ...": a headline's claim needs a source; a label is none.
        if (!draft.speaker && headline && !doc.off.has('labels')) continue;
      }
      // "9:34 p.m. Donald Trump has delivered a defence of ..., saying ...", "Friends of the
      // senator who have seen him say ...": a cue whose own subject is not found speaks for the
      // source that opens its sentence.
      if (!draft.speaker && cue && !headline && draft.start > doc.tokens[draft.cue.last].start && !doc.off.has('openers')) {
        const opener = openingSubject(doc, sentence, draft.cue.first);
        if (opener) {
          draft.speaker = opener;
          draft.unattributed = false;
        }
      }
      // A report inside the content of another ("said that X believes ...") is part of that
      // content; it stands as a report of its own only with an explicit "that" clause, or
      // when a named person says it ("said Smith told aides ..."), a claim news attribution
      // annotates in its own right.
      // A report whose content ends before its cue ("..., the records show.") takes in the
      // reports before it rather than lying inside one.
      // ("Asked who leads, the mayor laughed.": content that opens with another report's cue is that report's.)
      const enclosing = draft.end <= doc.tokens[draft.cue.first].start && !doc.off.has('clauses') && !(drafts.length > sentenceDrafts && doc.tokens[drafts[sentenceDrafts].cue!.first].start <= draft.start);
      if (!enclosing && draft.start < nested && !standsInside(doc, sentence, draft)) continue;
      // Reports nest only so deep ("A said that B said that C said ..."): each would repeat the
      // rest of the sentence, and the text of all of them would grow with its square.
      while (open.length > 0 && open[open.length - 1] <= draft.start) open.pop();
      if (open.length >= MAX_NESTING) continue;
      // Content that runs into a direct quote stops before it; the quote speaks for itself.
      const [qs, qe] = [tokenIndex(doc, draft.start), tokenIndex(doc, draft.end - 1) + 1];
      let overlapsDirect = false;
      const inner: number[] = [];
      for (let q = quoteEndingAfter(doc, qs); q < doc.quoted.length && doc.quotedTokens[q][0] < qe; q++) {
        if (usedQuotes.has(q)) overlapsDirect = true;
        else inner.push(q);
      }
      if (overlapsDirect) continue;
      if (inner.length > 0) {
        draft.kind = 'mixed';
        draft.fragments = inner.map((q) => ({ start: doc.quoted[q].start, end: doc.quoted[q].end }));
      }
      // The learned arbiter keeps or drops the report (quotes/arbiter.ts); the rules go on as
      // if it were kept, so what they propose next does not depend on its verdict.
      if (arbitrate(doc, sentence, draft, { depth: open.length, order: offered++ })) {
        // The reports it takes in are part of its content, on the same terms; only a report that
        // is kept takes them in, so none is lost with a report dropped above or by the arbiter.
        // (Only cues near the sentence end enclose: the tail after a trailing cue is short, so
        // this stays linear.)
        if (enclosing) {
          for (let d = drafts.length - 1; d >= sentenceDrafts && drafts[d].start >= draft.start; d--) {
            if (drafts[d].end <= draft.end && !standsInside(doc, sentence, drafts[d])) drafts.splice(d, 1);
          }
        }
        for (const q of inner) fragments.add(q);
        drafts.push(draft);
      }
      // A headline's content is one claim; cues inside it belong to it.
      if (headline) break;
      if (draft.speaker) sentenceSpeaker = draft.speaker;
      covered = tokenIndex(doc, draft.end);
      nested = Math.max(nested, draft.end);
      open.push(draft.end);
      i = draft.cue.last;
    }
  });
  return { drafts, fragments };
}

/**
 * "“...,” McCain said, citing ...": the speaker of a direct quote's cue earlier in the
 * sentence, before it or after it ("said McCain,"), for a participle that goes on with it.
 */
function quotedSpeaker(doc: QuoteDocument, sentence: Sentence, limit: number): SpeakerMention | null {
  if (doc.off.has('stance') || limit <= sentence.first) return null;
  const { ownedBefore, base } = tablesOf(doc);
  const c = ownedBefore[limit - 1 - base];
  if (c < sentence.first) return null;
  return subjectBefore(doc.tokens, c, sentence.first) ?? subjectAfter(doc.tokens, c + 1, limit);
}

/**
 * Whether a report inside the content of another stands as a report of its own: with an
 * explicit "that" clause, or when a named person says it ("said Smith told aides ...").
 */
function standsInside(doc: QuoteDocument, sentence: Sentence, draft: QuoteDraft): boolean {
  const cue = draft.cue!;
  if (tablesOf(doc).standing.has(cue.first)) return true;
  return opensThatClause(doc, sentence, cue.last) || (SPEECH_VERBS.has(doc.tokens[cue.first].lower) && draft.speaker?.kind === 'name');
}

/** Whether the cue ending at token `last` is followed by "that". */
function opensThatClause(doc: QuoteDocument, sentence: Sentence, last: number): boolean {
  return at(doc, sentence, last + 1)?.lower === 'that';
}

/** How many reports may contain one another at one place: a report and one inside it. */
const MAX_NESTING = 2;

/** The first quoted span whose tokens end after token `k` (quoted spans are sorted and do not overlap). */
function quoteEndingAfter(doc: QuoteDocument, k: number): number {
  let lo = 0;
  let hi = doc.quoted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.quotedTokens[mid][1] <= k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function tokenIndex(doc: QuoteDocument, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function reportFor(doc: QuoteDocument, cue: Cue, sentence: Sentence, owned: Set<number>, sentenceSpeaker: SpeakerMention | null): QuoteDraft | null {
  const { tokens } = doc;
  const make = (first: number, end: number, speaker: SpeakerMention | null, confidence: number): QuoteDraft | null => {
    // "endorsed Trump.", "backing Sanders,": a stance toward a person may be one name long.
    const oneName = cue.stance && end - first >= 1 && tokens[first].cap && tokens[first].word && !CAPITALISED_FUNCTION_WORDS.has(tokens[first].lower);
    // "strongly supported him.", "criticized them,": or a person pronoun as the whole object.
    const onePronoun = cue.stance && !cue.frame && OBJECT_PRONOUNS.has(tokens[first]?.lower ?? '') && !doc.off.has('stance');
    // "declined to comment.": a particle cue's infinitive may be one verb long.
    const oneVerb = cue.last > cue.first && tokens[cue.last].lower === 'to' && !doc.off.has('stance');
    const span = trimmedSpan(doc, first, end, oneName || oneVerb || onePronoun ? 1 : 2);
    if (!span) return null;
    return { ...span, kind: 'indirect', paragraph: sentence.paragraph, cue: { first: cue.first, last: cue.last }, speaker: speaker ?? undefined, confidence: speaker ? confidence : 0.4 };
  };
  if (tokens[cue.first].lower === 'according') {
    const atStart = cue.first === sentence.first || (cue.first === sentence.first + 1 && !tokens[sentence.first].word);
    if (atStart || (cue.first > sentence.first && /^(but|and|yet|so)$/.test(tokens[cue.first - 1].lower))) {
      let comma = cue.last + 1;
      while (comma < sentence.end && tokens[comma].text !== ',') comma++;
      if (comma >= sentence.end) return null;
      return make(comma + 1, contentEnd(doc, comma + 1, sentence, owned), accordingSpeaker(doc, cue, comma), 0.8);
    }
    if (at(doc, sentence, cue.first - 1)?.text === ',') {
      // "In addition, according to the agency, nine million more ...": after a short lead-in
      // the source's comma opens the content.
      const after = doc.off.has('clauses') ? -1 : accordingClose(doc, cue, sentence);
      const { words, base } = tablesOf(doc);
      if (after >= 0 && words[cue.first - 1 - base] - words[sentence.first - base] <= ACCORDING_LEAD_IN) {
        return make(after + 1, contentEnd(doc, after + 1, sentence, owned), accordingSpeaker(doc, cue, after), 0.8);
      }
      // "At the heart of the dispute, according to the envoy, was a decision ...": an aside inside
      // the clause; the content is the clause around it.
      if (after >= 0 && !doc.off.has('clauses')) return make(sentence.first, contentEnd(doc, after + 1, sentence, owned), accordingSpeaker(doc, cue, after), 0.8);
      return make(sentence.first, cue.first - 1, accordingSpeaker(doc, cue, sentence.end), 0.8);
    }
    // "The mayor leads by ten points according to a count by the Gazette.": no comma before the
    // cue; the content is its clause.
    const prev = at(doc, sentence, cue.first - 1);
    if (prev?.word && doc.quoteOf[cue.first - 1] < 0 && !doc.off.has('clauses')) {
      const { clauseBreak, base } = tablesOf(doc);
      const brk = clauseBreak[cue.first - 1 - base];
      return make(brk >= sentence.first ? brk + 1 : sentence.first, cue.first, accordingSpeaker(doc, cue, sentence.end), 0.6);
    }
    return null;
  }
  // "After thanking the crowd, the mayor ...": the subject of the main clause speaks.
  const opening = openingParticiple(doc, cue, sentence);
  if (opening) return make(opening.first, opening.end, opening.speaker, 0.6);
  const asClause = asReport(doc, cue, sentence);
  if (asClause) return make(asClause.first, asClause.end, asClause.speaker, 0.8);
  const aside = parenthetical(doc, cue, sentence);
  if (aside) return make(sentence.first, contentEnd(doc, cue.last + 2, sentence, owned), aside, 0.8);
  if (!cue.belief) {
    const tail = trailing(doc, cue, sentence);
    if (tail) return make(sentence.first, tail.comma, tail.speaker, 0.8);
  } else if (ASIDE_BELIEFS.has(tokens[cue.first].lower) && !doc.off.has('clauses')) {
    // "..., Clinton's allies believe.": a verb of belief after its content, with its subject,
    // and closing its clause ("..., Jews fear there are ..." has its content after it).
    const tail = at(doc, sentence, cue.last + 1)?.word ? null : trailing(doc, cue, sentence);
    if (tail?.speaker && tail.speaker.first > tail.comma) return make(sentence.first, tail.comma, tail.speaker, 0.6);
  } else if (EVIDENTIAL_VERBS.has(tokens[cue.first].lower) && !doc.off.has('stance')) {
    // "..., campaign finance records show.": a document or survey after the content reports it.
    const tail = trailing(doc, cue, sentence);
    if (tail?.speaker && EVIDENCE_NOUNS.has(tokens[tail.speaker.last].lower)) return make(sentence.first, tail.comma, tail.speaker, 0.8);
  }
  // "are well aware of", "is less confident in": degree words between "be" and an adjective's frame.
  const degree = cue.frame ? degreeStart(doc, cue.first, sentence) : cue.first;
  let speaker = subjectBefore(tokens, degree < cue.first && BE_AUXILIARIES.has(at(doc, sentence, degree - 1)?.lower ?? '') ? degree : cue.first, sentence.first, (m) => settleSpeaker(doc, m) !== undefined);
  // "Ann Lee, a nurse who ... (...), one of the founders, said ...": appositives too long to skip;
  // a name or role that opens the sentence, set off by a comma, is the subject of a cue after a comma.
  if (!speaker && at(doc, sentence, cue.first - 1)?.text === ',' && opensWithAppositive(doc, sentence, cue.first - 1)) speaker = subjectAfter(tokens, sentence.first, cue.first);
  // "Rubio was asked by the moderator whether ...": the agent of a passive cue is its source.
  const agent = passiveAgent(doc, cue, sentence);
  if (agent) return make(agent.contentFirst, contentEnd(doc, agent.contentFirst, sentence, owned), agent.speaker, 0.8);
  // "The closure was first reported by the Gazette.": the passive's subject is the content, its agent the source.
  const byAgent = passiveByAgent(doc, cue, sentence);
  if (byAgent) return make(byAgent.first, byAgent.end, byAgent.speaker, 0.6);
  // "The campaign issued a statement saying ...": a document's participle speaks for whoever issued it.
  if (speaker && /ing$/.test(tokens[cue.first].lower)) speaker = issuerOf(doc, speaker, sentence) ?? speaker;
  const before = at(doc, sentence, cue.first - 1);
  // ", adding that ..." and "... and said ...": the speaker is the sentence's subject.
  // Any participle set off by a comma works the same way ("..., calling him a liar", "..., describing it as").
  const participle = ((PARTICIPLE_CUES.has(tokens[cue.first].lower) || /ing$/.test(tokens[cue.first].lower)) && (before?.text === ',' || afterQuotedComma(doc, sentence, cue.first))) || before?.lower === 'and' || before?.lower === 'but' || clauseParticiple(doc, cue, sentence);
  if (participle) speaker = sentenceSpeaker ?? subjectBefore(tokens, firstCue(doc, sentence, cue.first, owned), sentence.first) ?? quotedSpeaker(doc, sentence, cue.first) ?? leadingSubject(doc, sentence, cue.first);
  // "came on the show to talk about ...", "began by talking about ...": a frame's infinitive or
  // gerund after a preposition speaks for the subject of the verb it depends on.
  if (!speaker && !participle && cue.frame && PREPOSITIONS.has(at(doc, sentence, cue.first - 1)?.lower ?? '')) speaker = governingSubject(doc, cue.first, sentence);
  if (!speaker && !participle && !cue.frame && at(doc, sentence, cue.first - 1)?.lower === 'to') speaker = infinitiveSubject(doc, sentence, cue.first);
  if (!speaker && !participle) {
    // "(when) asked whether he would run, ...": a question with no named asker still reports
    // it; the question sits in an adverbial clause, which a comma closes.
    if (!QUESTION_CUES.has(tokens[cue.first].lower)) return null;
    // "When asked by a reporter whether ...": the asker after "by" is the source.
    const asker = at(doc, sentence, cue.last + 1)?.lower === 'by' ? subjectAfter(tokens, cue.last + 2, sentence.end) : null;
    const after = asker ? asker.last + 1 : cue.last + 1;
    let from = questionStart(doc, sentence, after);
    // "Asked about the ferry, the mayor ...", "When asked to confirm it, ...": a question's topic or a request.
    // A frame's cue holds its preposition ("asked about"), which opens the topic all the same.
    const topic = cue.frame && !asker ? cue.last : after;
    if (from < 0 && askedOpensClause(doc, sentence, cue.first) && /^(?:about|to)$/.test(at(doc, sentence, topic)?.lower ?? '')) from = topic;
    if (from < 0) return null;
    const end = contentEnd(doc, from, sentence, owned);
    let comma = from;
    while (comma < end && !(tokens[comma].text === ',' && doc.quoteOf[comma] < 0)) comma++;
    const asked = make(from, comma, asker, asker ? 0.6 : 0.4);
    if (asked?.cue && from === cue.last) asked.cue = { first: cue.first, last: cue.first };
    return asked;
  }
  if (cue.frame) {
    // "comments on", "calls for" may be nouns ("controversial comments on"); a bare or -s form
    // needs a subject that is clearly a speaker, not a common noun that may be its modifier.
    // An auxiliary before it ("would vote for") or a counted subject ("56 percent vote for") makes it a verb.
    const verb = BETWEEN_SUBJECT_AND_VERB.has(at(doc, sentence, cue.first - 1)?.lower ?? '') || (speaker !== null && COUNT_WORDS.has(tokens[speaker.last].lower));
    if (speaker?.kind === 'noun' && !verb && !/(?:ed|ing)$|^(?:spoke|thought|wrote)$/.test(tokens[cue.first].lower)) return null;
    // "The talks focused on ...": a common noun that names no person, group or document (an event, a topic) holds no stance.
    if (speaker?.kind === 'noun' && !verb && !SOURCE_NOUNS.has(tokens[speaker.last].lower) && !doc.off.has('stance')) return null;
    return make(cue.last + 1, contentEnd(doc, cue.last + 1, sentence, owned), speaker, 0.6);
  }
  const start = contentStart(doc, cue, sentence.end);
  if (start >= sentence.end) return null;
  const lead = tokens[start];
  // "believes in", "fears for": a preposition after a belief verb opens no content; a stance
  // verb's infinitive does ("wants to run").
  // "hopes to win"; "is expected to" is passive, an evaluative report of its own.
  const passive = cue.first > sentence.first && /^(?:is|was|are|were|be|been|being)$/.test(tokens[cue.first - 1].lower);
  const infinitive = lead.lower === 'to' && (cue.stance || (INFINITIVE_BELIEFS.has(tokens[cue.first].lower) && !passive && !doc.off.has('stance')));
  if (PREPOSITIONS.has(lead.lower) && lead.lower !== 'that' && cue.belief && !infinitive) return null;
  if (cue.stance) {
    // "The new bridge will support forty tonnes": after a modal, a common noun that names no
    // person, group or document holds no stance.
    if (cue.modal && speaker?.kind === 'noun' && !SOURCE_NOUNS.has(tokens[speaker.last].lower)) return null;
    // "... bring the jobs back, said ...": a comma closes the clause of a stance verb; nothing follows it as content.
    if (lead.text === ',' && start === cue.last + 1 && !doc.off.has('clauses')) return null;
    if (start - cue.last > 1 || !lead.word) return make(start, contentEnd(doc, start, sentence, owned), speaker, 0.6);
    if (!(lead.lower === 'that' || lead.lower === 'to' || !PREPOSITIONS.has(lead.lower))) return null;
    const subject = passiveSubject(doc, sentence, cue, speaker, start);
    if (subject >= 0) return make(subject, contentEnd(doc, start, sentence, owned), null, 0.6);
    const first = frontedStart(doc, sentence, speaker, start);
    return make(first, frontedEnd(doc, sentence, first, start, contentEnd(doc, start, sentence, owned)), speaker, 0.6);
  }
  // "polls show where ...": an embedded question is the content of a verb of finding.
  const question = QUESTION_WORDS.has(lead.lower) && lead.lower !== 'if' && !doc.off.has('stance');
  // "A CNN survey found 90 percent support ...", "the paper found improvements in ...": a
  // verb of finding after a document or survey takes a noun phrase as its content.
  const evidence = EVIDENTIAL_VERBS.has(tokens[cue.first].lower) && speaker !== null && EVIDENCE_NOUNS.has(tokens[speaker.last].lower) && !doc.off.has('stance');
  // "polls show two-thirds of voters support ...": a count opens a clause too.
  const count = !doc.off.has('stance') && (/^\d/.test(lead.text) || COUNT_WORDS.has(lead.lower) || /^(?:two|three|four|five|six|seven|eight|nine|ten)(?:-\w+)?$/.test(lead.lower));
  // "the plan, which she believes will work": after a relative pronoun and its subject, the clause goes on with its verb.
  const relative = speaker !== null && speaker.first - 1 >= sentence.first && /^(?:which|that)$/.test(tokens[speaker.first - 1].lower) && FINITE_AUXILIARIES.has(lead.lower) && !doc.off.has('clauses');
  if (cue.belief && !(infinitive || question || evidence || count || relative || lead.lower === 'that' || lead.cap || SUBJECT_PRONOUNS.has(lead.lower) || DETERMINERS.has(lead.lower) || lead.lower === 'there')) return null;
  let end = contentEnd(doc, start, sentence, owned, true);
  // "a new poll showing the mayor down, her aides ...": the participle's content is a phrase a comma closes.
  if (evidence && /ing$/.test(tokens[cue.first].lower)) {
    for (let k = start; k < end; k++) if (tokens[k].text === ',' && doc.quoteOf[k] < 0) end = k;
  }
  const subject = passiveSubject(doc, sentence, cue, speaker, start);
  if (subject >= 0) return make(subject, end, null, 0.8);
  const first = frontedStart(doc, sentence, speaker, start);
  return make(first, frontedEnd(doc, sentence, first, start, end), speaker, 0.8);
}

/**
 * "The mayor was asked to resign", "Lee was described as a moderate": a passive verb of saying
 * or stance with no agent, whose complement ("to", "as") says something of the subject. The
 * content is the whole clause, its subject included (the subject is what is said about, not who
 * says it). Returns the subject's first token, or -1.
 */
function passiveSubject(doc: QuoteDocument, sentence: Sentence, cue: Cue, speaker: SpeakerMention | null, start: number): number {
  if (!speaker || doc.off.has('clauses') || start !== cue.last + 1) return -1;
  const aux = at(doc, sentence, cue.first - 1);
  if (!aux || !PASSIVE_AUXILIARIES.has(aux.lower) || speaker.last !== cue.first - 2) return -1;
  // A participle, not a progressive ("is seeking to": the subject's own stance).
  const verb = doc.tokens[cue.first].lower;
  if (!/ed$/.test(verb) && !IRREGULAR_PARTICIPLES.has(verb) && !PAST_OF_SAYING.has(verb)) return -1;
  const lead = doc.tokens[start].lower;
  if (lead !== 'to' && lead !== 'as') return -1;
  return DETERMINERS.has(at(doc, sentence, speaker.first - 1)?.lower ?? '') ? speaker.first - 1 : speaker.first;
}

/** Relative and interrogative pronouns that may stand for a report's missing subject or object ("which he said was"). */
const FRONTED_PRONOUNS = new Set(['which', 'whom', 'what', 'who']);

/**
 * "the wall, which he said Mexico would pay for" is a report whose content lacks a part: the
 * pronoun before the speaker stands for it ("which he said was false", "whom she described as
 * a friend"). The content then starts at the pronoun, speaker and cue inside it. Only when the
 * gap is plain: the content opens with a verb or "as" (the subject or the object is missing),
 * and no preposition governs the pronoun ("in which he said ..." is an adjunct, the content
 * complete). Otherwise `start`.
 */
function frontedStart(doc: QuoteDocument, sentence: Sentence, speaker: SpeakerMention | null, start: number): number {
  if (!speaker || doc.off.has('clauses')) return start;
  // ("which the mayor described as": a name may keep its article outside the mention.)
  const p = DETERMINERS.has(at(doc, sentence, speaker.first - 1)?.lower ?? '') ? speaker.first - 2 : speaker.first - 1;
  const pronoun = at(doc, sentence, p);
  if (!pronoun || !FRONTED_PRONOUNS.has(pronoun.lower) || doc.quoteOf[p] >= 0) return start;
  if (PREPOSITIONS.has(at(doc, sentence, p - 1)?.lower ?? '')) return start;
  const lead = doc.tokens[start].lower;
  return FINITE_AUXILIARIES.has(lead) || MODALS.has(lead) || lead === 'as' ? p : start;
}

/**
 * Where a report that opens at a fronted relative pronoun (`frontedStart`) ends: a relative
 * clause set off by a comma ("The bus, which Dad said was late, came at nine") closes at its
 * next comma, before the main clause goes on; `end` otherwise.
 */
function frontedEnd(doc: QuoteDocument, sentence: Sentence, first: number, start: number, end: number): number {
  if (first === start || first - 1 < sentence.first || doc.tokens[first - 1].text !== ',') return end;
  for (let k = start; k < end; k++) if (doc.tokens[k].text === ',' && doc.quoteOf[k] < 0) return k;
  return end;
}

/** Object pronouns that stand for people: the whole object of a stance ("endorsed him"). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'himself', 'herself', 'themselves', 'me', 'us']);

/** How many words the agent of a passive cue may have. */
const AGENT_WORDS = 8;

/** Forms of "be" that make a cue after them passive ("was asked"). */
const PASSIVE_AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);

/**
 * "X was asked by Y whether ...", "X was urged by Y to ...": a passive cue whose agent after
 * "by" is a source; the content opens right after the agent with "whether", "that", "to" or
 * another word that opens a question. Null for any other shape.
 */
function passiveAgent(doc: QuoteDocument, cue: Cue, sentence: Sentence): { speaker: SpeakerMention; contentFirst: number } | null {
  if (cue.belief || cue.last > cue.first) return null;
  const aux = at(doc, sentence, cue.first - 1);
  if (!aux || !PASSIVE_AUXILIARIES.has(aux.lower) || at(doc, sentence, cue.last + 1)?.lower !== 'by') return null;
  const first = cue.last + 2;
  const phrase = subjectAfter(doc.tokens, first, sentence.end);
  if (!phrase || phrase.kind === 'pronoun') return null;
  // The agent runs on to the word that opens the content ("by Fox News host Chris Wallace whether").
  for (let k = phrase.last + 1; k < sentence.end && k <= first + AGENT_WORDS; k++) {
    const t = doc.tokens[k];
    if (t.lower === 'that' || t.lower === 'to' || QUESTION_WORDS.has(t.lower)) {
      return { speaker: k - 1 === phrase.last ? phrase : { first, last: k - 1, kind: 'name' }, contentFirst: k };
    }
    if (!t.word || doc.quoteOf[k] >= 0) return null;
  }
  return null;
}

/**
 * "The closure was first reported by the Gazette.", "The plan was backed by most farmers.": a
 * passive cue (a form of "be", at most one adverb between) whose agent after "by" closes the
 * clause (the sentence ends or a comma follows). The content is the passive's subject, from
 * the start of its clause to the form of "be"; the source is the agent.
 */
function passiveByAgent(doc: QuoteDocument, cue: Cue, sentence: Sentence): { first: number; end: number; speaker: SpeakerMention } | null {
  if (doc.off.has('stance') || cue.last > cue.first || !/ed$|^(?:told|said|seen|known)$/.test(doc.tokens[cue.first].lower)) return null;
  const { tokens } = doc;
  let aux = cue.first - 1;
  if (aux > sentence.first && /ly$|^(?:first|also|later|widely|long|since)$/.test(tokens[aux].lower)) aux--;
  if (aux <= sentence.first || !PASSIVE_AUXILIARIES.has(tokens[aux].lower)) return null;
  if (at(doc, sentence, cue.last + 1)?.lower !== 'by') return null;
  const speaker = subjectAfter(tokens, cue.last + 2, sentence.end);
  if (!speaker) return null;
  // The agent's phrase runs on to the end of the clause ("by most of the farmers in the valley.").
  let k = speaker.last + 1;
  while (k < sentence.end && k <= speaker.last + AGENT_WORDS && tokens[k].word && doc.quoteOf[k] < 0) k++;
  if (k < sentence.end && k <= speaker.last + AGENT_WORDS && !(tokens[k].text === ',' || tokens[k].text === '.')) return null;
  if (k > speaker.last + AGENT_WORDS) return null;
  const { clauseBreak, base } = tablesOf(doc);
  const brk = clauseBreak[aux - 1 - base];
  const first = brk >= sentence.first ? brk + 1 : sentence.first;
  if (first >= aux || !tokens[first].word) return null;
  return { first, end: aux, speaker };
}

/** Documents and messages that speak for whoever issued them ("a statement saying ..."). */
const ISSUED_DOCUMENTS = new Set(['statement', 'statements', 'email', 'emails', 'e-mail', 'letter', 'letters', 'tweet', 'tweets', 'message', 'messages', 'memo', 'release', 'video', 'post', 'note', 'ad', 'ads', 'advertisement']);

/**
 * "The campaign sent a fundraising email saying ...": when the subject found for a participle
 * is a document right after a verb (issued, released, sent, posted), the subject of that verb
 * is the source. Null when the phrase is no such document or the verb has no subject.
 */
function issuerOf(doc: QuoteDocument, phrase: SpeakerMention, sentence: Sentence): SpeakerMention | null {
  const { tokens } = doc;
  if (!ISSUED_DOCUMENTS.has(tokens[phrase.last].lower)) return null;
  const verb = at(doc, sentence, phrase.first - 1);
  if (!verb || !verb.word || verb.cap || PREPOSITIONS.has(verb.lower) || DETERMINERS.has(verb.lower) || !/(?:ed|s)$|^(?:sent|put|sent|wrote|took|made)$/.test(verb.lower)) return null;
  return subjectBefore(tokens, phrase.first - 1, sentence.first);
}

/** Verbs of asking, which report a question even without a named asker. */
const QUESTION_CUES = new Set(['asked', 'asking']);
/** Words that open an embedded question ("asked whether ...", "asked who ..."). */
const QUESTION_WORDS = new Set(['whether', 'if', 'who', 'whom', 'what', 'which', 'how', 'why', 'when', 'where']);

/** Verbs of finding and showing, whose content may be a noun phrase after a document or survey. */
const EVIDENTIAL_VERBS = new Set(['show', 'shows', 'showed', 'shown', 'showing', 'find', 'finds', 'found', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'indicated']);
/** Documents, surveys and records that report findings ("polls show", "the emails show"). */
const EVIDENCE_NOUNS = new Set(`
  poll polls survey surveys study studies report reports paper papers analysis analyses data research
  audit audits investigation investigations review reviews figures numbers results records emails
  e-mails documents memo memos filing filings census index statistics estimates projections findings
`.split(/\s+/).filter(Boolean));

/**
 * Whether "asked" at `i` opens its clause with no subject: at the sentence start, after "When"
 * or "If", or after a comma ("Asked about ...", "When asked to ...", "..., when asked about").
 */
function askedOpensClause(doc: QuoteDocument, sentence: Sentence, i: number): boolean {
  if (doc.off.has('stance')) return false;
  let k = i - 1;
  if (k >= sentence.first && /^(?:when|if|after|once)$/.test(doc.tokens[k].lower)) k--;
  return k < sentence.first || doc.tokens[k].text === ',' || !doc.tokens[k].word;
}

/** How many words of an adjunct may stand between "asked" and its question ("Asked on Fox News who ..."). */
const QUESTION_ADJUNCT = 6;

/**
 * Where the embedded question after "asked" starts: right after it, or after a short adjunct
 * ("Asked specifically what ...", "Asked on Fox News who ..."); -1 when no question word follows.
 */
function questionStart(doc: QuoteDocument, sentence: Sentence, from: number): number {
  for (let k = from; k < sentence.end && k <= from + (doc.off.has('stance') ? 0 : QUESTION_ADJUNCT); k++) {
    const t = doc.tokens[k];
    if (QUESTION_WORDS.has(t.lower)) return k;
    if (!t.word || doc.quoteOf[k] >= 0) return -1;
  }
  return -1;
}

/** Verbs of seeming, which report an impression ("the crowd seemed unperturbed"). */
const SEEM_VERBS = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'be']);
/** Participles of judging that make "X is considered ..." an evaluative report. */
const JUDGED = new Set(['considered', 'seen', 'viewed', 'regarded', 'perceived', 'known', 'deemed']);
/** Adverbs that may stand between "is" and a participle of judging ("is not known for", "was best known as"). */
const JUDGED_ADVERBS = new Set(['not', 'best', 'also', 'long', 'well', 'still', 'often', 'now', 'once', 'never', "n't"]);
/** What follows each participle of judging ("known as" or "known for"; "considered" takes its complement directly). */
const JUDGED_LINKS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['known', new Set(['as', 'for'])],
  ['deemed', new Set(['to'])],
]);
/** Subjects that fill the place of one ("it seems", "there appears"): no speaker. */
const EMPTY_SUBJECTS = new Set(['it', 'there', 'this', 'that']);

/**
 * An evaluative report: "X is expected to ...", "X seemed to ...". News attribution counts
 * these as an assessment whose content is the whole clause, its subject included; after a verb
 * of seeming the subject is also the source ("the mayor seemed to welcome"), while
 * "is expected" is others' expectation and has no speaker. Nothing is returned inside quotes.
 */
function evaluativeReport(doc: QuoteDocument, i: number, sentence: Sentence, owned: Set<number>): QuoteDraft | null {
  const { tokens } = doc;
  const t = tokens[i];
  // The clause's subject is part of the content: a sentence that opens with the verb ("Seems
  // fine.", "Is expected to pass.") has none, and reports nothing.
  if (doc.quoteOf[i] >= 0 || owned.has(i) || i <= sentence.first) return null;
  let last: number;
  const next = at(doc, sentence, i + 1);
  // "seemed to match", "seemed unperturbed"; not "appeared on television".
  if (SEEM_VERBS.has(t.lower) && next?.word && (next.lower === 'to' || !PREPOSITIONS.has(next.lower))) {
    last = i;
  } else if (BE_FORMS.has(t.lower) && next?.lower === 'expected' && at(doc, sentence, i + 2)?.lower === 'to') {
    last = i + 1;
  } else if (BE_FORMS.has(t.lower) && next && (JUDGED_ADVERBS.has(next.lower) || /ly$/.test(next.lower)) && at(doc, sentence, i + 2)?.lower === 'expected' && at(doc, sentence, i + 3)?.lower === 'to') {
    // "is not expected to", "was widely expected to".
    last = i + 2;
  } else if (BE_FORMS.has(t.lower) && next && (JUDGED.has(next.lower) || ((/ly$/.test(next.lower) || JUDGED_ADVERBS.has(next.lower)) && JUDGED.has(at(doc, sentence, i + 2)?.lower ?? '')))) {
    // "Mrs. Clinton is seen as more capable", "pigs are widely considered unclean", "the mayor is
    // best known for the ferry": a judgement others make; "seen", "viewed", "regarded" and
    // "perceived" need their "as", "known" its "as" or "for", "deemed" its complement or "to".
    last = JUDGED.has(next.lower) ? i + 1 : i + 2;
    const after = at(doc, sentence, last + 1);
    const judged = doc.tokens[last].lower;
    const links = JUDGED_LINKS.get(judged);
    if (!after?.word) return null;
    if (links ? !links.has(after.lower) && !(judged === 'deemed' && !PREPOSITIONS.has(after.lower)) : judged !== 'considered' ? after.lower !== 'as' : PREPOSITIONS.has(after.lower)) return null;
  } else {
    return null;
  }
  // The clause begins after the last comma, semicolon or dash before the cue, or with the sentence.
  const tables = tablesOf(doc);
  const brk = i - 2 >= sentence.first ? tables.clauseBreak[i - 2 - tables.base] : -1;
  const first = brk >= sentence.first ? brk + 1 : Math.min(sentence.first, i - 1);
  if (first >= i || !tokens[first].word) return null;
  // "Pigs are considered unclean by many Muslims": the agent after "by" holds the judgement
  // and the content ends before it.
  const judge = JUDGED.has(tokens[last].lower) ? judgeAfter(doc, sentence, last + 1) : null;
  const span = trimmedSpan(doc, first, judge ? judge.by : contentEnd(doc, last + 1, sentence, owned));
  if (!span) return null;
  if (judge) return { ...span, kind: 'indirect', paragraph: sentence.paragraph, cue: { first: i, last }, speaker: judge.speaker, confidence: 0.4 };
  // With a verb of seeming, the one whose impression or act it is ("the mayor seemed to welcome", "Voters seem to care")
  // is the subject before the verb; a subject that is no source is dropped when speakers settle.
  // "It seems", "There appears": an empty subject is nobody's.
  // "X is expected to" is others' expectation: no speaker.
  const subject = SEEM_VERBS.has(t.lower) ? subjectBefore(tokens, i, first) : null;
  const speaker = subject && !(subject.first === subject.last && EMPTY_SUBJECTS.has(tokens[subject.first].lower)) ? subject : undefined;
  return { ...span, kind: 'indirect', paragraph: sentence.paragraph, cue: { first: i, last }, speaker, confidence: 0.4 };
}

/** How many words may stand between a participle of judging and its "by" ("considered unclean by"). */
const JUDGE_REACH = 6;

/** The agent of a participle of judging: "by" within a few words from `from`, with a speaker phrase after it. */
function judgeAfter(doc: QuoteDocument, sentence: Sentence, from: number): { by: number; speaker: SpeakerMention } | null {
  for (let k = from; k < sentence.end && k <= from + JUDGE_REACH; k++) {
    const t = doc.tokens[k];
    if (!t.word || doc.quoteOf[k] >= 0) return null;
    if (t.lower !== 'by') continue;
    const speaker = subjectAfter(doc.tokens, k + 1, sentence.end);
    return speaker ? { by: k, speaker } : null;
  }
  return null;
}

/** How many words a headline's source may have ("Dr. Ben Carson: ..."). */
const HEADLINE_SOURCE_WORDS = 4;

/**
 * "Carson: Clinton not fit to serve": a block that opens with a short name and a colon, the
 * way headlines attribute a claim. The name is the speaker, the rest of the sentence the content.
 */
function headlineReport(doc: QuoteDocument, sentence: Sentence, owned: Set<number>): QuoteDraft | null {
  const { tokens } = doc;
  const first = sentence.first;
  if (first !== doc.paragraphTokens[sentence.paragraph][0]) return null;
  let c = first;
  let words = 0;
  for (; c < sentence.end && words <= HEADLINE_SOURCE_WORDS; c++) {
    const t = tokens[c];
    if (t.word && t.cap && !CAPITALISED_FUNCTION_WORDS.has(t.lower)) words++;
    else if (!(t.text === '.' && c > first && TITLES.has(tokens[c - 1].lower))) break;
  }
  if (words === 0 || words > HEADLINE_SOURCE_WORDS || c >= sentence.end || tokens[c].text !== ':' || doc.quoteOf[c] >= 0) return null;
  // "Q: ...", "UPDATE: ...": an interview turn or a label in capitals, not a headline's source.
  if (tokens[c - 1].text === tokens[c - 1].text.toUpperCase()) return null;
  // "Editor's Note: ...", "Delegate Update: ...": a label naming the kind of text that follows.
  if (!doc.off.has('labels') && SECTION_LABELS.has(tokens[c - 1].lower)) return null;
  const contentLast = contentEnd(doc, c + 1, sentence, owned);
  const span = trimmedSpan(doc, c + 1, contentLast);
  // The content must say something: "Clinton: 1,769." is a tally.
  if (!span || !hasTwoWordsApart(doc.text, span.start, span.end)) return null;
  // "Iowa: Ann Lee, Bo Diaz, Cy Young, ...": a heading over a list of names, not a claim.
  if (!doc.off.has('labels') && isNameList(doc, c + 1, contentLast)) return null;
  // "Lee: Finish second.", "Dunne: A closing surge.": below the title, a name with a phrase of a
  // few words heads a section (each candidate's goal); a headline's claim is a clause.
  if (!doc.off.has('labels') && sentence.paragraph > 0 && wordsBetween(doc, c + 1, contentLast) < SUBHEAD_CLAIM_WORDS) return null;
  return { ...span, kind: 'indirect', paragraph: sentence.paragraph, cue: { first: c, last: c }, speaker: { first, last: c - 1, kind: 'name' }, confidence: 0.6 };
}

/** How many words a claim under a name and colon has below the title, at least ("Lee: Ferry plan is dead"). */
const SUBHEAD_CLAIM_WORDS = 4;

/** How many word tokens lie from `first` to before `end`. */
function wordsBetween(doc: QuoteDocument, first: number, end: number): number {
  let n = 0;
  for (let k = first; k < end && k < doc.tokens.length; k++) if (doc.tokens[k].word) n++;
  return n;
}

/** Nouns that name a kind of text: before a colon they label what follows ("Editor's Note:"), never a source. */
const SECTION_LABELS = new Set(`
  note notes notice update updates correction corrections clarification disclosure email newsletter
  briefing summary transcript excerpt excerpts recap preview contributing breaking revealed related
  watch listen advertisement sponsored
`.split(/\s+/).filter(Boolean));
/** How many list items make a list of names. */
const NAME_LIST_ITEMS = 3;
/** How many words a list item may have ("Bonnie Campbell", "Ed Failor Jr."). */
const NAME_LIST_ITEM_WORDS = 4;

/**
 * Whether the tokens from `first` to before `end` are a list of names: at least three items
 * between commas, each a few capitalised words.
 */
function isNameList(doc: QuoteDocument, first: number, end: number): boolean {
  const { tokens } = doc;
  let items = 0;
  let words = 0;
  for (let k = first; k <= end && k < tokens.length; k++) {
    const t = tokens[k];
    if (k === end || t.text === ',' || t.lower === 'and') {
      if (words === 0 && k < end) return false;
      if (words > 0) items++;
      words = 0;
      if (k === end) break;
      continue;
    }
    if (!t.word) continue;
    if (!t.cap || ++words > NAME_LIST_ITEM_WORDS) return false;
  }
  return items >= NAME_LIST_ITEMS;
}

/**
 * Whether a letter, white space and a letter follow one another in `text` between `start` and
 * `end`: one scan, where `/\p{L}+\s+\p{L}/` backtracks over a long word for the square of its length.
 */
function hasTwoWordsApart(text: string, start: number, end: number): boolean {
  let afterLetter = false;
  let spaced = false;
  for (let i = start; i < end; i++) {
    // Whole code points, so that a letter outside the Basic Multilingual Plane counts as one.
    const code = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(code);
    if (code > 0xffff) i++;
    if (/\p{L}/u.test(ch)) {
      if (spaced) return true;
      afterLetter = true;
    } else if (afterLetter && /\s/.test(ch)) {
      spaced = true;
    } else {
      afterLetter = false;
      spaced = false;
    }
  }
  return false;
}

/** How many modifiers may stand between a possessive and its noun ("his repeated harsh criticism"). */
const NOMINAL_MODIFIERS = 2;

/**
 * A nominalised report: "Smith's criticism of the plan", "their support for the bill" (a noun
 * and its preposition, content a noun phrase, source a possessive), or "the claim that ...",
 * "his promise that ..." (a noun of communication or belief with a content clause, source the
 * possessive if there is one).
 */
function nominalReport(doc: QuoteDocument, i: number, sentence: Sentence, owned: Set<number>): QuoteDraft | null {
  const { tokens } = doc;
  const t = tokens[i];
  const next = at(doc, sentence, i + 1);
  if (!next || doc.quoteOf[i] >= 0 || owned.has(i)) return null;
  const clause = next.lower === 'that' && CLAUSE_NOUNS.has(t.lower);
  if (!clause && !PREPOSITION_NOUN_FRAMES.get(t.lower)?.has(next.lower)) return null;
  let j = i - 1;
  while (j >= sentence.first && j >= i - NOMINAL_MODIFIERS && tokens[j].word && !tokens[j].cap && !DETERMINERS.has(tokens[j].lower) && !PREPOSITIONS.has(tokens[j].lower)) j--;
  if (j < sentence.first) return null;
  const holder = tokens[j];
  let speaker: SpeakerMention | null = null;
  if (POSSESSIVE_DETERMINERS.has(holder.lower)) speaker = clauseSubject(doc, j, sentence) ?? { first: j, last: j, kind: 'pronoun' };
  // "Santorum's views on": the possessor itself, never a subject further back past a preposition.
  else if (isPossessive(holder)) speaker = phraseEndingAt(tokens, j, sentence.first);
  // A bare noun phrase with no source holds no report ("criticism of the plan grew"); a clause
  // noun with an article still reports a claim ("the claim that ..."), with no speaker named.
  // "The senator avoided direct criticism of ...": with no possessor, the subject of the verb
  // whose object holds the noun is its source.
  if (!speaker && !clause && !doc.off.has('stance')) speaker = governingSubject(doc, i, sentence);
  if (!speaker && !(clause && DETERMINERS.has(holder.lower))) return null;
  const first = clause ? i + 1 : i + 2;
  const span = trimmedSpan(doc, first, contentEnd(doc, first, sentence, owned));
  if (!span) return null;
  return { ...span, kind: 'indirect', paragraph: sentence.paragraph, cue: { first: i, last: clause ? i : i + 1 }, speaker: speaker ?? undefined, confidence: speaker ? 0.6 : 0.4 };
}

/** Verbs that lead their object to act ("led the chairman to declare", "forced her to resign", "leaving many to wonder"). */
const CAUSATIVE_VERBS = new Set(['led', 'lead', 'leads', 'leading', 'forced', 'force', 'forces', 'forcing', 'prompted', 'prompt', 'prompts', 'prompting', 'caused', 'cause', 'causes', 'causing', 'left', 'leave', 'leaves', 'leaving', 'drove', 'drive', 'drives', 'driving', 'pushed', 'pressed', 'pressing', 'inspired', 'spurred', 'compelled', 'require', 'requires', 'required']);
/** Words that single out the subject of an infinitive before it ("the first member to endorse", "the only senator to vote"). */
const SINGLING_WORDS = new Set(['first', 'only', 'last', 'latest', 'earliest', 'second', 'third', 'lone', 'sole']);
/** How far before "to" the phrase that singles out its subject may start. */
const SINGLED_REACH = 8;

/** Whether a word is the bare form of a verb of saying, thinking or stance, which may follow "to" ("to wonder"). */
function isBareCue(w: string): boolean {
  return !/(?:s|ed|ing)$/.test(w) && (SPEECH_VERBS.has(w) || MODAL_STANCE_VERBS.has(w) || BELIEF_VERBS.has(w) || w === 'wonder');
}

/**
 * The subject of an infinitive cue at `i` ("to endorse"), when it stands before "to": the
 * object of a causative verb ("led the chairman to declare", "leaving many to wonder") or a
 * phrase that singles someone out ("the first member of Congress to endorse"). Null otherwise:
 * "wants to endorse" is the wanting's content, "went on TV to say" no one's here.
 */
function infinitiveSubject(doc: QuoteDocument, sentence: Sentence, i: number): SpeakerMention | null {
  const { tokens } = doc;
  const end = i - 2;
  if (end <= sentence.first || !tokens[end].word) return null;
  const object = phraseEndingAt(tokens, end, sentence.first);
  if (object && object.first > sentence.first && CAUSATIVE_VERBS.has(tokens[object.first - 1].lower)) {
    if (object.kind === 'pronoun' && !PERSON_SUBJECTS.has(tokens[object.first].lower) && !OBJECT_PRONOUNS.has(tokens[object.first].lower)) return null;
    return settleSpeaker(doc, object) ?? (OBJECT_PRONOUNS.has(tokens[object.first].lower) ? object : null);
  }
  for (let k = end; k > sentence.first && k >= end - SINGLED_REACH; k--) {
    const t = tokens[k];
    if (!t.word || doc.quoteOf[k] >= 0) return null;
    if (SINGLING_WORDS.has(t.lower) && tokens[k - 1].lower === 'the') return namesPeople(tokens, k + 1, end) ? { first: k - 1, last: end, kind: 'noun' } : null;
  }
  return null;
}

/** Whether words `first..last` name people ("sitting members of Congress", "Democrat", "senator"), not a time or thing ("week", "ballot"). */
function namesPeople(tokens: Token[], first: number, last: number): boolean {
  let people = false;
  for (let k = first; k <= last; k++) {
    const w = tokens[k].lower;
    if (TIME_NOUNS.has(w)) return false;
    if (SOURCE_NOUNS.has(w) || (tokens[k].cap && tokens[k].word) || /(?:er|or|ist|ian|ent|ant)s?$/.test(w)) people = true;
  }
  return people;
}

/** How far before a noun cue the verb whose object it is may stand ("avoided direct criticism of"). */
const GOVERNING_REACH = 5;

/**
 * "The senator avoided direct criticism of ...", "The group found strong support for ...": the
 * subject of the verb whose object holds the noun cue at `i`, a source that settles; null when
 * no verb with such a subject stands within a few words before it, in the same clause.
 */
function governingSubject(doc: QuoteDocument, i: number, sentence: Sentence): SpeakerMention | null {
  const { tokens } = doc;
  for (let k = i - 1; k > sentence.first && k >= i - GOVERNING_REACH; k--) {
    const t = tokens[k];
    if (!t.word || doc.quoteOf[k] >= 0) return null;
    if (t.cap || DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || POSSESSIVE_DETERMINERS.has(t.lower)) continue;
    // "X is a threat to ...": a copula's subject is described, not a source.
    if (BE_OR_HAVE.has(t.lower) || /n't$/.test(t.lower)) return null;
    // "The mayor faced criticism of ...": the subject is its target.
    if (RECEIVING_VERBS.has(t.lower)) return null;
    const subject = subjectBefore(tokens, k, sentence.first, (m) => settleSpeaker(doc, m) !== undefined);
    if (subject && AGENT_KINDS.has(subject.kind) && !(subject.kind === 'pronoun' && !PERSON_SUBJECTS.has(tokens[subject.first].lower))) return settleSpeaker(doc, subject) ?? null;
  }
  return null;
}

/**
 * "Sanders has toned down his criticism of ...": a possessive in the object refers back to the
 * subject of its clause, a name or person pronoun opening the sentence, and news attribution
 * names that subject as the source. Null when the clause has no such subject before `j`.
 */
function clauseSubject(doc: QuoteDocument, j: number, sentence: Sentence): SpeakerMention | null {
  const { tokens } = doc;
  const subject = subjectAfter(tokens, sentence.first, j);
  if (!subject || (subject.kind !== 'name' && !(subject.kind === 'pronoun' && PERSON_SUBJECTS.has(tokens[subject.first].lower)))) return null;
  // The clause must run on from the subject to the possessive, with no break between them.
  const { breaks, base } = tablesOf(doc);
  return subject.last + 1 < j && breaks[j - base] - breaks[subject.last + 1 - base] > 0 ? null : subject;
}

/**
 * The subject of a sentence whose verb is no reporting verb ("At the rally, Trump went after
 * Bush, calling ..."): the first name or person pronoun that opens the sentence or follows a
 * comma and is followed by a lower-case word, before `limit`.
 */
function leadingSubject(doc: QuoteDocument, sentence: Sentence, limit: number): SpeakerMention | null {
  // A subject phrase is at most SUBJECT_REACH tokens long with the word after it, so whether
  // one starts at `k` does not depend on the limit when `k` is that far before it. The first
  // such subject of the whole sentence is found once; near the limit the few places left are
  // tried with the limit itself.
  const { leading } = tablesOf(doc);
  const index = doc.sentenceOf[sentence.first];
  if (!leading.has(index)) leading.set(index, leadingSubjectFrom(doc, sentence, sentence.first, sentence.end));
  const whole = leading.get(index);
  if (whole && whole.at < limit - SUBJECT_REACH) return whole.subject;
  return leadingSubjectFrom(doc, sentence, Math.max(sentence.first, limit - SUBJECT_REACH), limit)?.subject ?? null;
}

/** How many tokens a subject found by `subjectAfter` and the word after it may span. */
const SUBJECT_REACH = 10;

/** The first leading subject starting at `from` or later, before `limit`, and where it starts. */
function leadingSubjectFrom(doc: QuoteDocument, sentence: Sentence, from: number, limit: number): { at: number; subject: SpeakerMention } | null {
  const { tokens } = doc;
  for (let k = from; k < limit; k++) {
    if (k > sentence.first && tokens[k - 1].text !== ',') continue;
    const subject = subjectAfter(tokens, k, limit);
    if (!subject || (subject.kind !== 'name' && !(subject.kind === 'pronoun' && PERSON_SUBJECTS.has(tokens[k].lower)))) continue;
    // "Facing criticism, the mayor released ...": a capitalised word that is no source (a
    // participle or common word opening the sentence) leaves the place to the next subject.
    if (subject.first === subject.last && subject.kind === 'name' && /ing$/.test(tokens[k].lower) && !inName(doc, k)) continue;
    if (!settleSpeaker(doc, subject)) continue;
    const next = tokens[subject.last + 1];
    if (subject.last + 1 < limit && next.word && !next.cap && !PREPOSITIONS.has(next.lower)) return { at: k, subject };
  }
  return null;
}

/** The first cue of the sentence before `limit`, or the sentence's first token; each sentence is searched once. */
function firstCue(doc: QuoteDocument, sentence: Sentence, limit: number, owned: Set<number>): number {
  const { firstCues } = tablesOf(doc);
  const index = doc.sentenceOf[sentence.first];
  let c = firstCues.get(index);
  if (c === undefined) {
    c = -1;
    for (let k = sentence.first; k < sentence.end; k++) {
      if (cueAt(doc, k, owned)) {
        c = k;
        break;
      }
    }
    firstCues.set(index, c);
  }
  return c >= 0 && c < limit ? c : sentence.first;
}

/** Whether token `k` is a cue set off after a comma or dash, alone or with its subject ("..., X said"). */
function setOffCue(doc: QuoteDocument, k: number, floor: number, owned: Set<number>): boolean {
  if (k <= floor || !cueAt(doc, k, owned)) return false;
  const { tokens } = doc;
  const setOff = (t: Token) => /^[,\u2014\u2013]$/.test(t.text);
  if (setOff(tokens[k - 1])) return true;
  const subject = subjectBefore(tokens, k, floor);
  return subject !== null && subject.first > floor && setOff(tokens[subject.first - 1]);
}

/**
 * Verbs of winning, losing, serving, meeting, visiting, interviewing, leading and becoming:
 * their object is an event or a post ("won the Iowa caucuses by four points", "interviews the
 * mayor about ..."), never a stance, however long it is.
 */
const EVENT_VERBS = new Set(`
  win wins won lose loses lost serve serves served earn earns earned work works worked
  meet meets met receive receives received become becomes became conduct conducts conducted
  interview interviews interviewed visit visits visited join joins joined hold holds held
  lead leads rise rises rose catch catches caught
`.split(/\s+/).filter(Boolean));
/** Shorter objects of a plain verb are mostly events ("won the state"), not stances. */
const AGENT_MIN_WORDS = 9;
/** Longer clauses are lists or run-ons rather than one object. */
const AGENT_MAX_TOKENS = 80;
/** Forms of "be" before an -ing form that make it a progressive verb ("is reaffirming", "has been arguing"). */
const PROGRESSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'been', "'s", "'re"]);
/** Forms of "be" and "have": auxiliaries before a participle, main verbs of state before anything else. */
const BE_OR_HAVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', "'ve", "'d"]);
/** Verbs that, after "I" or "you", mark talk rather than report it ("I mean", "I guess", "you know"). */
const DISCOURSE_VERBS = new Set(['mean', 'guess', 'know']);
/** Subjects that can hold a stance: people, groups and their pronouns, not common nouns ("the tax"). */
const AGENT_KINDS = new Set(['name', 'pronoun', 'role', 'organization']);

/**
 * "The mayor offered a detailed plan to rebuild ...": news attribution also counts a person's
 * or group's stance, proposal or action toward a long object as attributed content. Token `i`
 * is the verb right after a clause-initial subject (a past or -s form, or any word after a
 * person pronoun); the content is the rest of the clause after it. Only long objects count,
 * and confidence is low: the verb is not a reporting verb.
 */
function agentReport(doc: QuoteDocument, i: number, sentence: Sentence, owned: Set<number>): QuoteDraft | null {
  const { tokens } = doc;
  const t = tokens[i];
  if (!t.word || t.cap || doc.quoteOf[i] >= 0 || owned.has(i) || i === sentence.first) return null;
  if (EVENT_VERBS.has(t.lower) || NOT_A_SPEAKER.has(t.lower) || DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || BETWEEN_SUBJECT_AND_VERB.has(t.lower) || /ly$/.test(t.lower)) return null;
  const speaker = subjectBefore(tokens, i, sentence.first);
  if (!speaker || !(AGENT_KINDS.has(speaker.kind) || (speaker.kind === 'noun' && isPluralSubject(tokens[speaker.last])))) return null;
  if (speaker.first > sentence.first && tokens[speaker.first - 1].text !== ',') return null;
  if (notAnAct(doc, i, speaker)) return null;
  // The verb follows its subject (or an adverb, an auxiliary, an appositive's comma): a word in
  // the middle of a longer phrase is a plural noun ("the talks between the two ministers
  // focused", "apart from promoting defence relations"), not this clause's verb.
  const before = tokens[i - 1];
  if (speaker.last !== i - 1 && before.text !== ',' && !BETWEEN_SUBJECT_AND_VERB.has(before.lower) && !/ly$/.test(before.lower)) return null;
  if (speaker.kind === 'pronoun' && !PERSON_SUBJECTS.has(tokens[speaker.first].lower)) return null;
  if (speaker.kind !== 'pronoun' && !/(?:ed|s)$/.test(t.lower) && !IRREGULAR_PAST.has(t.lower)) return null;
  // "Most farmers backed ...", "Some voters ...": an -s word after a lone count or determiner is the noun it counts.
  if (speaker.first === speaker.last && (STANDALONE_COUNTS.has(tokens[speaker.first].lower) || DETERMINERS.has(tokens[speaker.first].lower)) && !/ed$/.test(t.lower)) return null;
  // "there's no defence", "that's gone": a contracted "is" is a copula, no act; "I mean",
  // "I guess": a discourse marker; "He was one of the first", "I don't have enough": after a
  // form of "be" or "have" only a participle is an act ("was offered", "has pushed").
  if (t.lower.includes("'") || DISCOURSE_VERBS.has(t.lower)) return null;
  if (BE_OR_HAVE.has(before.lower) && !/(?:ed|ing|en)$/.test(t.lower) && !IRREGULAR_PAST.has(t.lower) && !IRREGULAR_PARTICIPLES.has(t.lower)) return null;
  // "Traffic was backed up for miles", "The road was closed after ...": after a form of "be" a
  // participle is passive, and its subject undergoes the act rather than taking a stance.
  if (PASSIVE_AUXILIARIES.has(before.lower) && !/ing$/.test(t.lower)) return null;
  let first = i + 1;
  if (first < sentence.end && PREPOSITIONS.has(tokens[first].lower)) first++;
  // The clause must not end in an attribution of its own ("..., Radio Pakistan reported", "—
  // said"): that cue reports the sentence. The scan is bounded so a long sentence stays linear.
  let end = contentEnd(doc, first, sentence, owned);
  if (end - first > AGENT_MAX_TOKENS) return null;
  let words = 0;
  for (let k = first; k < end; k++) {
    if (setOffCue(doc, k, first, owned)) return null;
    // "... faced a backlash from leaders who say the law ...": a verb of saying with a subject of
    // its own inside the object is a report of its own; the act's content ends before its subject.
    if (k > first + 1 && SPEECH_VERBS.has(tokens[k].lower) && !doc.off.has('clauses') && cueAt(doc, k, owned)) {
      const inner = innerSubjectStart(doc, k, first + 1);
      if (inner >= 0) {
        end = inner;
        break;
      }
    }
    if (tokens[k].word) words++;
  }
  if (words < AGENT_MIN_WORDS) return null;
  // "Ms. Varga led by 1,500 votes, according to the Gazette": the clause is the source's
  // report ("according to" takes it), not the subject's own act.
  if (end + 2 < sentence.end && tokens[end].text === ',' && tokens[end + 1].lower === 'according' && tokens[end + 2].lower === 'to') return null;
  const span = trimmedSpan(doc, first, end);
  if (!span) return null;
  return { ...span, kind: 'indirect', paragraph: sentence.paragraph, cue: { first: i, last: i }, speaker, confidence: 0.3 };
}

/**
 * The lexicon's plural nouns of time: never a verb after a subject ("Four years ago", "Two weeks
 * later"). Not "times" or "seconds", which are verbs too ("seconds the motion").
 */
const PLURAL_TIME_NOUNS = new Set([...TIME_NOUNS].filter((w) => w.endsWith('s') && w !== 'times' && w !== 'seconds'));
/** Verbs of ending, staying, competing, owning, hiring, moving, building, paying and plain speaking ("spoke at a rally"): their object is an event or a thing, not a stance. */
const PLAIN_ACT_VERBS = new Set(`
  end ends ended remain remains remained beat beats score scores scored dominate dominates dominated
  marry marries married arrive arrives arrived capture captures captured clinch clinches clinched
  top tops topped collect collects collected own owns owned hire hires hired cancel cancels canceled
  cancelled include includes included led
  speak speaks spoke help helps helped pay pays paid run runs ran bring brings brought build builds
  built place places placed step steps stepped move moves moved pick picks picked open opens opened
  change changes changed select selects selected survey surveys surveyed trade trades traded
`.split(/\s+/).filter(Boolean));

/**
 * Whether token `i` after the clause subject `speaker` is no act of that subject: the subject
 * ends in "'s" (a possessive owns the noun after it, "Mr. Cruz's success in ..."; a contracted
 * "is" is a copula, "It's always ..."), the word is a noun of time ("Four years ago") or a verb
 * of plain action ("ended his campaign").
 */
function notAnAct(doc: QuoteDocument, i: number, speaker: SpeakerMention): boolean {
  const { tokens } = doc;
  const t = tokens[i].lower;
  if (doc.off.has('stance')) return false;
  // "-ous" and "-ics" end adjectives and nouns ("momentous", "politics"), never a verb's -s form.
  return tokens[speaker.last].lower.endsWith("'s") || PLURAL_TIME_NOUNS.has(t) || PLAIN_ACT_VERBS.has(t) || /(?:ous|ics)$/.test(t);
}

/**
 * Where the subject of the cue at `k` starts, for a cue that follows its subject closely (at most
 * one word between) or a relative pronoun ("leaders who say"), looking back no further than
 * `floor`; -1 when the cue has no such subject.
 */
function innerSubjectStart(doc: QuoteDocument, k: number, floor: number): number {
  const { tokens } = doc;
  if (/^(?:who|that|which)$/.test(tokens[k - 1].lower)) return k - 1;
  const subject = subjectBefore(tokens, k, floor);
  return subject && subject.last >= k - 2 ? subject.first : -1;
}

/** How far into a sentence its opening subject may start ("9:34 p.m. Donald Trump has ..."). */
const OPENING_REACH = 12;

/**
 * The source that opens the sentence of the cue at `limit`, for a cue whose own subject is not
 * found: the first phrase within the sentence's first words (past a lead-in such as a time or
 * a dateline) that is a name of an entity, a role, an organisation, a person pronoun or a noun
 * of a source ("The nurse later sued, claiming ..."), followed by a lower-case word that is no preposition (its verb, or "who"/"that" opening
 * a relative clause), and that settles as a source. Bounded: linear in the sentence.
 */
function openingSubject(doc: QuoteDocument, sentence: Sentence, limit: number): SpeakerMention | null {
  const { tokens } = doc;
  for (let k = sentence.first; k < limit && k < sentence.first + OPENING_REACH; k++) {
    const t = tokens[k];
    if (!t.word || doc.quoteOf[k] >= 0) continue;
    const subject = subjectAfter(tokens, k, limit);
    if (!subject || subject.last + 1 >= limit) continue;
    const next = tokens[subject.last + 1];
    if (!next.word || next.cap || PREPOSITIONS.has(next.lower)) continue;
    if (subject.kind === 'pronoun' && !PERSON_SUBJECTS.has(tokens[subject.first].lower)) continue;
    // A capitalised word that is no named entity ("Wealthy donors") or a possessive ("Obama's plan") is no subject.
    // A name starts with its capital ("9:30 a.m. Mayor Cole": not "30 a.m. Mayor Cole").
    if (subject.kind === 'name' && (!tokens[subject.first].cap || !inName(doc, subject.last) || isPossessive(tokens[subject.last]))) continue;
    const settled = settleSpeaker(doc, subject);
    if (!settled) continue;
    return settled;
  }
  return null;
}

/** Adjectives of certainty and attitude that take a content clause after a form of "be" ("is confident that ..."). */
const THAT_ADJECTIVES = new Set(`
  confident optimistic pessimistic concerned convinced sure certain aware worried adamant hopeful
  clear afraid fearful skeptical sceptical doubtful glad happy pleased proud sorry disappointed
  upset angry frustrated surprised unaware mindful insistent determined satisfied
`.split(/\s+/).filter(Boolean));

/** Forms of "be" before an adjective of certainty. */
const BE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'remains', 'remained', 'seemed', 'seems', 'remain', 'seem', 'appear', 'appears', 'appeared', 'become', 'becomes', 'became']);

/** Words ending in -ed or -s before "that" which are no verbs of a report ("based that", "so that"). */
const NOT_THAT_VERBS = new Set(['based', 'used', 'needed', 'ensured', 'caused', 'meant', 'means', 'was', 'is', 'has', 'does', 'this', 'as', 'less', 'unless', 'thus', 'plus', 'news', 'always', 'perhaps', 'whereas', 'yes']);

/**
 * "Okafor has been well aware that ...", "Lind recognised that ...", "the party is confident
 * that ...": a verb (an -ed form, or an -s form right after a name or pronoun) or an adjective
 * of certainty after a form of "be", with a content clause in "that", after a subject that is
 * a source. Verbs of saying and belief are cues of their own; this takes the rest of the verbs
 * that report a thought or a finding ("learned", "signaled", "implied").
 */
function thatReport(doc: QuoteDocument, i: number, sentence: Sentence, owned: Set<number>): QuoteDraft | null {
  const { tokens } = doc;
  const t = tokens[i];
  const next = at(doc, sentence, i + 1);
  if (doc.off.has('clauses') || !next || next.lower !== 'that' || !t.word || t.cap || doc.quoteOf[i] >= 0 || owned.has(i) || i === sentence.first) return null;
  const adjective = THAT_ADJECTIVES.has(t.lower);
  // "visited that school": after a verb of an event "that" is a determiner, not a clause.
  // "is reaffirming that ...": after a form of "be" an -ing form is the verb too.
  const progressive = /ing$/.test(t.lower) && PROGRESSIVE_AUXILIARIES.has(at(doc, sentence, i - 1)?.lower ?? '');
  if (!adjective && ((!/(?:ed|s)$/.test(t.lower) && !progressive) || NOT_THAT_VERBS.has(t.lower) || EVENT_VERBS.has(t.lower))) return null;
  const degree = adjective ? degreeStart(doc, i, sentence) : i;
  if (adjective && !BE_AUXILIARIES.has(at(doc, sentence, degree - 1)?.lower ?? '')) return null;
  // ("Residents remain confident that": a linking verb that is no auxiliary ends the subject.)
  const linking = adjective && degree - 1 > sentence.first && !BETWEEN_SUBJECT_AND_VERB.has(tokens[degree - 1].lower);
  const speaker = subjectBefore(tokens, linking ? degree - 1 : degree, sentence.first);
  if (!speaker || !(AGENT_KINDS.has(speaker.kind) || settleSpeaker(doc, speaker))) return null;
  // An -s form is a verb right after a name or a pronoun ("Lind recognizes that"); after other words it is a plural noun ("groups that").
  // "the Northern states that have voted": "that" and an auxiliary open a relative clause after a plural noun.
  const subjectRightBefore = speaker.last === i - 1 && (speaker.kind === 'name' || speaker.kind === 'pronoun');
  const agentRightBefore = subjectRightBefore && (speaker.kind === 'pronoun' || doc.entityOf[speaker.last] === 3);
  if (!adjective && !/ed$/.test(t.lower) && !agentRightBefore && FINITE_AUXILIARIES.has(at(doc, sentence, i + 2)?.lower ?? '')) return null;
  if (!adjective && !progressive && !/ed$/.test(t.lower) && !subjectRightBefore) return null;
  if (speaker.kind === 'pronoun' && !PERSON_SUBJECTS.has(tokens[speaker.first].lower)) return null;
  const span = trimmedSpan(doc, i + 1, contentEnd(doc, i + 1, sentence, owned));
  if (!span) return null;
  return { ...span, kind: 'indirect', paragraph: sentence.paragraph, cue: { first: i, last: i }, speaker, confidence: 0.6 };
}

/** How many tokens the source of an opening "In a poll," or "For many voters," may have. */
const PERSPECTIVE_WORDS = 12;

/**
 * "In a county newspaper poll last month, the mayor had a ten-point lead.", "For most farmers,
 * the old mill is a landmark.", "To Okafor, the vote in May was the end of an era.":
 * a sentence that opens with "In" and a poll, survey or other document, or with "For" or "To"
 * and a person or group, closed by a comma, attributes the clause after it to them.
 */
function perspectiveReport(doc: QuoteDocument, sentence: Sentence, owned: Set<number>): QuoteDraft | null {
  if (doc.off.has('stance')) return null;
  const { tokens } = doc;
  const first = sentence.first;
  const lead = tokens[first].lower;
  if (lead !== 'in' && lead !== 'for' && lead !== 'to') return null;
  let comma = first + 1;
  while (comma < sentence.end && comma <= first + PERSPECTIVE_WORDS && tokens[comma].text !== ',') {
    if (doc.quoteOf[comma] >= 0 || (!tokens[comma].word && !/^[.\-\u2019']$/.test(tokens[comma].text))) return null;
    comma++;
  }
  if (comma >= sentence.end || tokens[comma].text !== ',' || comma === first + 1) return null;
  const phrase = subjectAfter(tokens, first + 1, comma);
  if (!phrase) return null;
  let speaker: SpeakerMention | undefined;
  if (lead === 'in') {
    // The document's head noun may come after the phrase ("a CBS News poll", "an early-October poll").
    let head = -1;
    for (let k = first + 1; k < comma; k++) if (EVIDENCE_NOUNS.has(tokens[k].lower) && /^(?:poll|polls|survey|surveys|study|studies)$/.test(tokens[k].lower)) head = k;
    if (head < 0) return null;
    speaker = { first: first + 1, last: comma - 1, kind: 'noun' };
  } else {
    // The whole phrase must be the source: "For the first time," is no one's view.
    if (phrase.last !== comma - 1) return null;
    speaker = settleSpeaker(doc, phrase);
    if (!speaker || (phrase.kind !== 'name' && phrase.kind !== 'role' && !(phrase.kind === 'noun' && isPluralSubject(tokens[phrase.last])))) return null;
  }
  const span = trimmedSpan(doc, comma + 1, contentEnd(doc, comma + 1, sentence, owned));
  if (!span) return null;
  return { ...span, kind: 'indirect', paragraph: sentence.paragraph, cue: { first, last: first }, speaker, confidence: 0.4 };
}

/** How many modifiers may stand between the article and a noun of stance ("the party's most outspoken supporter of"). */
const HOLDER_MODIFIERS = 4;
/** Linking verbs whose subject is what the noun after them names ("is a critic of", "remains a supporter of"). */
const LINKING_VERBS = new Set(['is', 'was', 'are', 'were', 'been', 'be', 'remains', 'remained', 'became', 'become', 'becomes', "'s"]);

/**
 * "Lee is a fierce critic of the plan", "Dunne, a longtime supporter of the mayor, ...": a noun
 * for someone who holds a stance (supporter, critic, advocate of ...) after a linking verb or as
 * an appositive reports that stance; the source is the subject of the verb, or the phrase the
 * appositive follows, and the content the noun phrase after the preposition.
 */
function stanceHolderReport(doc: QuoteDocument, i: number, sentence: Sentence, owned: Set<number>): QuoteDraft | null {
  const { tokens } = doc;
  const t = tokens[i];
  const next = at(doc, sentence, i + 1);
  if (!next || doc.quoteOf[i] >= 0 || owned.has(i) || doc.off.has('stance') || !STANCE_HOLDER_NOUNS.get(t.lower)?.has(next.lower)) return null;
  let j = i - 1;
  while (j > sentence.first && j >= i - HOLDER_MODIFIERS - 1 && tokens[j].word && !HOLDER_ARTICLES.has(tokens[j].lower) && !LINKING_VERBS.has(tokens[j].lower) && !PREPOSITIONS.has(tokens[j].lower)) j--;
  if (j <= sentence.first || !HOLDER_ARTICLES.has(tokens[j].lower)) return null;
  // "one of the fiercest critics of": the count's "of" is part of the phrase.
  if (tokens[j].lower === 'the' && tokens[j - 1]?.lower === 'of' && tokens[j - 2]?.lower === 'one' && j - 3 >= sentence.first) j -= 2;
  const before = tokens[j - 1];
  let speaker: SpeakerMention | null = null;
  let appositive = false;
  if (LINKING_VERBS.has(before.lower)) speaker = subjectBefore(tokens, j - 1, sentence.first, (m) => settleSpeaker(doc, m) !== undefined);
  else if (before.text === ',' && doc.quoteOf[j - 1] < 0 && j - 2 >= sentence.first) {
    speaker = phraseEndingAt(tokens, j - 2, sentence.first);
    appositive = true;
  }
  if (!speaker || !(speaker.kind === 'name' || speaker.kind === 'role' || (speaker.kind === 'pronoun' && PERSON_SUBJECTS.has(tokens[speaker.first].lower)))) return null;
  const first = i + 2;
  let end = contentEnd(doc, first, sentence, owned);
  // "Dunne, a supporter of the mayor, said ...": the appositive ends at its comma.
  if (appositive) for (let k = first; k < end; k++) if (tokens[k].text === ',' && doc.quoteOf[k] < 0) end = k;
  const span = trimmedSpan(doc, first, end, 1);
  if (!span) return null;
  return { ...span, kind: 'indirect', paragraph: sentence.paragraph, cue: { first: j, last: i + 1 }, speaker, confidence: 0.6 };
}

/** Articles that open the noun phrase of a stance holder ("a critic", "the fiercest critic"; "one of the critics" is read past its "the"). */
const HOLDER_ARTICLES = new Set(['a', 'an', 'the']);

/** Nouns for someone who holds a stance, with the prepositions that introduce what it is toward. */
const STANCE_HOLDER_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  [
    ...['supporter', 'supporters', 'backer', 'backers', 'proponent', 'proponents', 'defender', 'defenders', 'admirer', 'admirers', 'critic', 'critics', 'opponent', 'opponents', 'foe', 'foes', 'detractor', 'detractors', 'skeptic', 'skeptics', 'sceptic', 'sceptics'].map((w) => [w, new Set(['of'])] as const),
    ...['advocate', 'advocates'].map((w) => [w, new Set(['of', 'for'])] as const),
  ],
);

/** Adverbs that mark a clause as hearsay ("is reportedly planning", "allegedly took"). */
const HEARSAY_ADVERBS = new Set(['reportedly', 'allegedly', 'reputedly', 'purportedly', 'supposedly']);

/**
 * "The board is reportedly weighing a sale.": an adverb of hearsay attributes its clause, subject
 * included, to unnamed others; the content is the clause around it, with no speaker.
 */
function hearsayReport(doc: QuoteDocument, i: number, sentence: Sentence, owned: Set<number>): QuoteDraft | null {
  const { tokens } = doc;
  if (!HEARSAY_ADVERBS.has(tokens[i].lower) || doc.quoteOf[i] >= 0 || i <= sentence.first || doc.off.has('clauses')) return null;
  const { clauseBreak, base } = tablesOf(doc);
  const brk = clauseBreak[i - 1 - base];
  const first = brk >= sentence.first ? brk + 1 : sentence.first;
  if (first >= i) return null;
  const span = trimmedSpan(doc, first, contentEnd(doc, i + 1, sentence, owned), 3);
  if (!span) return null;
  return { ...span, kind: 'indirect', paragraph: sentence.paragraph, cue: { first: i, last: i }, confidence: 0.4 };
}

/** Adjectives of (un)certainty that, after "it is", take an embedded question ("it is unclear whether ..."). */
const CERTAINTY_ADJECTIVES = new Set(['clear', 'unclear', 'uncertain', 'unknown']);

/**
 * "It is unclear whether the pier will reopen.", "it's not clear why ...": an assessment with no
 * one named; the content is the embedded question.
 */
function unclearReport(doc: QuoteDocument, i: number, sentence: Sentence, owned: Set<number>): QuoteDraft | null {
  const { tokens } = doc;
  const next = at(doc, sentence, i + 1);
  if (!CERTAINTY_ADJECTIVES.has(tokens[i].lower) || !next || !QUESTION_WORDS.has(next.lower) || doc.quoteOf[i] >= 0 || doc.off.has('clauses')) return null;
  let k = i - 1;
  if (at(doc, sentence, k)?.lower === 'not') k--;
  const be = at(doc, sentence, k);
  if (!be) return null;
  const subject = be.lower === "it's" ? be : BE_FORMS.has(be.lower) ? at(doc, sentence, k - 1) : undefined;
  if (!subject || (subject.lower !== 'it' && subject.lower !== "it's")) return null;
  const span = trimmedSpan(doc, i + 1, contentEnd(doc, i + 1, sentence, owned));
  if (!span) return null;
  return { ...span, kind: 'indirect', paragraph: sentence.paragraph, cue: { first: i, last: i }, confidence: 0.4 };
}

/** How many words may stand between a verb of receiving and its noun ("drew sharp public criticism"). */
const RECEIVED_MODIFIERS = 3;

/**
 * "The plan has drawn sharp criticism from farmers", "Lee won the endorsement of the union": a
 * verb of receiving or winning whose object is a noun of judgement or backing (`RECEIVED_NOUNS`)
 * with its source after "from" or "among" ("of" after "the"). News attribution reads the
 * target, the verb's subject, as the content and the source as the speaker. The noun is at `i`;
 * null for any other shape.
 */
function receivedReport(doc: QuoteDocument, i: number, sentence: Sentence): QuoteDraft | null {
  const { tokens } = doc;
  if (doc.off.has('stance') || !RECEIVED_NOUNS.has(tokens[i].lower) || doc.quoteOf[i] >= 0) return null;
  const prep = at(doc, sentence, i + 1)?.lower;
  if (prep !== 'from' && prep !== 'among' && prep !== 'of') return null;
  let v = i - 1;
  let article = false;
  for (; v > sentence.first && v >= i - 1 - RECEIVED_MODIFIERS; v--) {
    const t = tokens[v];
    if (RECEIVING_VERBS.has(t.lower) || WINNING_VERBS.has(t.lower)) break;
    if (t.lower === 'the') article = true;
    if (doc.quoteOf[v] >= 0 || (!t.word && t.text !== '%') || t.cap || PREPOSITIONS.has(t.lower) || POSSESSIVE_DETERMINERS.has(t.lower) || isPossessive(t)) return null;
  }
  const verb = tokens[v];
  if (v <= sentence.first || !(RECEIVING_VERBS.has(verb.lower) || WINNING_VERBS.has(verb.lower))) return null;
  // "the support of voters" names its source only after an article; "support of the plan" names what is backed.
  if (prep === 'of' && !article) return null;
  // "could face a backlash from ...": after a modal nothing has been received yet. (An infinitive
  // or a participle after a preposition or comma has no subject below: "to win support from".)
  if (MODALS.has(tokens[v - 1].lower)) return null;
  const speaker = subjectAfter(tokens, i + 2, sentence.end);
  // ("with Sanders receiving more support from ...": a participle's subject is the phrase right before it.)
  const participle = /ing$/.test(verb.lower);
  const subject = participle ? phraseEndingAt(tokens, v - 1, sentence.first) : subjectBefore(tokens, v, sentence.first);
  // "The bridge received support from steel beams": the source must be one (a person, group or document).
  if (!speaker || !subject || !settleSpeaker(doc, speaker)) return null;
  // The target runs on to the verb's auxiliaries, with any appositive ("Ann Lee, a nurse, has drawn ...").
  let last = v - 1;
  while (last > subject.last && (BETWEEN_SUBJECT_AND_VERB.has(tokens[last].lower) || /ly$/.test(tokens[last].lower))) last--;
  // The content is the target: a name or pronoun alone, else its clause up to the verb's subject
  // ("Trump's comments on trade and on Russia have drawn ...").
  const { clauseBreak, base } = tablesOf(doc);
  const brk = clauseBreak[subject.last - base];
  const clauseFirst = brk >= sentence.first ? brk + 1 : sentence.first;
  const first = subject.kind === 'name' || subject.kind === 'pronoun' || clauseFirst > subject.first || participle ? subject.first : clauseFirst;
  const span = trimmedSpan(doc, first, last + 1, 1);
  if (!span) return null;
  return { ...span, kind: 'indirect', paragraph: sentence.paragraph, cue: { first: v, last: i }, speaker, confidence: 0.6 };
}

/** Prepositions that open a sentence with a participle of saying ("After thanking the crowd, ..."). */
const OPENING_PREPOSITIONS = new Set(['after', 'before', 'despite', 'by', 'in', 'upon', 'on', 'while', 'since']);

/** Participles of saying whose other sense takes a thing ("adding the flour", "writing our exams", "noting the time"). */
const THING_SENSE_PARTICIPLES = new Set(['adding', 'writing', 'noting']);

/**
 * Whether a participle cue reports here: one of stance or belief, or of saying only, takes a
 * noun phrase ("thanking the crowd", "announcing his run"); one whose other sense takes a thing
 * takes a clause, a quotation or "to" ("adding that ...", "adding the pier would ..."), since
 * "adding the flour" is an act, not a report.
 */
function participleReports(doc: QuoteDocument, cue: Cue, sentence: Sentence): boolean {
  if (cue.belief || cue.frame || !THING_SENSE_PARTICIPLES.has(doc.tokens[cue.first].lower)) return true;
  const next = at(doc, sentence, cue.last + 1);
  if (!next) return false;
  if (next.lower === 'that' || next.lower === 'to' || QUESTION_WORDS.has(next.lower) || doc.quoteOf[cue.last + 1] >= 0 || next.text === ':') return true;
  // A clause without "that" ("adding the pier would stay open"): a finite verb after its subject, before any punctuation.
  for (let k = cue.last + 2; k < sentence.end && k <= cue.last + PARTICIPLE_CLAUSE_REACH; k++) {
    const t = doc.tokens[k];
    if (!t.word) return false;
    if (looksFinite(t.lower)) return true;
  }
  return false;
}

/** How far after a participle of saying the verb of a clause without "that" may stand. */
const PARTICIPLE_CLAUSE_REACH = 6;

/**
 * "After thanking the crowd, the mayor spoke ...", "Conceding that the pier was unsafe, she
 * said ...", "In addition to stating that ..., Lee has vowed ...": a participle cue that opens
 * its sentence, alone or after a preposition (and "But" or "And"), speaks for the subject of the
 * main clause. The content runs from the cue to the first comma that a source and a lower-case
 * word (its verb) follow; that source is the speaker. Null for any other shape. The cue opens
 * its sentence, so the commas are read once per sentence.
 */
function openingParticiple(doc: QuoteDocument, cue: Cue, sentence: Sentence): { first: number; end: number; speaker: SpeakerMention } | null {
  const { tokens } = doc;
  if (doc.off.has('openers') || !/ing$/.test(tokens[cue.first].lower)) return null;
  let k = sentence.first;
  if (k < cue.first && /^(?:but|and|yet)$/.test(tokens[k].lower)) k++;
  if (k + 2 < cue.first && tokens[k].lower === 'in' && tokens[k + 1].lower === 'addition' && tokens[k + 2].lower === 'to') k += 3;
  else if (k < cue.first && OPENING_PREPOSITIONS.has(tokens[k].lower)) k++;
  if (k !== cue.first || !participleReports(doc, cue, sentence)) return null;
  const first = cue.frame ? cue.last + 1 : contentStart(doc, cue, sentence.end);
  for (let c = first + 1; c < sentence.end; c++) {
    if (tokens[c].text !== ',' || doc.quoteOf[c] >= 0) continue;
    let speaker = subjectAfter(tokens, c + 1, sentence.end);
    // "the mayor opened the ...", "the man went home": a common-noun phrase read on into its verb ends before it.
    if (speaker && speaker.kind !== 'name') {
      for (let v = speaker.first + 1; v <= speaker.last; v++) {
        if (/ed$/.test(tokens[v].lower) || IRREGULAR_PAST.has(tokens[v].lower) || PAST_OF_SAYING.has(tokens[v].lower)) {
          speaker = { ...speaker, last: v - 1 };
          break;
        }
      }
    }
    const next = speaker ? at(doc, sentence, speaker.last + 1) : undefined;
    if (!speaker || !next?.word || next.cap || !settleSpeaker(doc, speaker)) continue;
    return { first, end: c, speaker };
  }
  return null;
}

/** Words of degree before an adjective of stance or certainty ("well aware", "less confident", "so sure"). */
const DEGREE_WORDS = new Set(['well', 'less', 'more', 'very', 'so', 'quite', 'too', 'fully', 'all', 'most', 'far', 'not', 'also', 'still', 'now']);

/** The first of up to two words of degree (or -ly adverbs) right before the adjective at `i`, or `i` when there is none. */
function degreeStart(doc: QuoteDocument, i: number, sentence: Sentence): number {
  const { tokens } = doc;
  let k = i;
  while (k > sentence.first && k > i - 2 && tokens[k - 1].word && (DEGREE_WORDS.has(tokens[k - 1].lower) || /ly$/.test(tokens[k - 1].lower))) k--;
  return k;
}

/**
 * Prepositions that tie a participle of saying to the main clause before it ("..., before adding
 * that"). Not "by": "grew the district by adding farms" is a means, and on PolNeAR dev it cost a
 * speaker ("in" counts only after a verb, below).
 */
const TRAILING_PARTICIPLE_PREPOSITIONS = new Set(['before', 'after', 'while', 'upon', 'when']);

/**
 * "The mayor spoke of the storm before adding that ...", "Lee said so, while insisting that
 * ...": a participle cue (no frame, which finds its source by `governingSubject`) after one of
 * these prepositions inside the sentence speaks for the subject of the main clause, as one
 * after a comma does.
 */
function clauseParticiple(doc: QuoteDocument, cue: Cue, sentence: Sentence): boolean {
  if (doc.off.has('stance') || cue.frame || !/ing$/.test(doc.tokens[cue.first].lower) || cue.first - 1 <= sentence.first || !participleReports(doc, cue, sentence)) return false;
  const prep = doc.tokens[cue.first - 1].lower;
  // "said in introducing him": "in" ties the participle to a verb; after a noun or adjective it
  // belongs to that word ("his role in promoting", "reluctant in identifying").
  if (prep === 'in') {
    const verb = doc.tokens[cue.first - 2].lower;
    return /ed$/.test(verb) || PAST_OF_SAYING.has(verb) || IRREGULAR_PAST.has(verb);
  }
  return TRAILING_PARTICIPLE_PREPOSITIONS.has(prep);
}
