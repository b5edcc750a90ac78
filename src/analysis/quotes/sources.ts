/**
 * What may be shown as a speaker. The mention finder (mentions.ts) reads sentence structure
 * and finds the subject of a reporting verb; this module decides whether that subject is a
 * source: a name, a role or a described source ("the minister", "officials", "a spokesperson
 * for the ministry"), or a third-person pronoun the resolver may resolve. Anything else is no
 * speaker: first- and second-person words (the writer, an interviewee, the reader), relative
 * pronouns (they stand for the phrase before them), words of discourse ("Well", "either"),
 * determiners and possessives of the first person, time phrases, words the user ignores.
 */
import { dictionaryWords, normalName } from '../entities/lexicon';
import { inName, QuoteDocument } from './document';
import { lookedUp } from './reportMemo';
import {
  BELIEF_VERBS,
  BETWEEN_SUBJECT_AND_VERB,
  CAPITALISED_FUNCTION_WORDS,
  COUNTS,
  DETERMINERS,
  DISCOURSE_WORDS,
  FIRST_PERSON,
  FIRST_PERSON_SUBJECTS,
  MEASURES,
  NOT_A_SPEAKER,
  NOT_AGENT_NOUNS,
  NOUN_OR_VERB_CUES,
  ORGANISATION_NOUNS,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  ROLE_SYNONYMS,
  SOURCE_NOUNS,
  SPEECH_VERBS,
  STANCE_VERBS,
  THIRD_PERSON_PRONOUNS,
  TIME_NOUNS,
  TITLES,
  VAGUE_PRONOUNS,
} from './lexicon';
import { phraseEndingAt, shareStart, SpeakerMention } from './mentions';
import { Token } from './tokens';

/** What a phrase is, as a speaker: a source to show, the first or second person, or anything else. */
type SourceClass = 'source' | 'first-person' | 'other';

/** Nouns that name people, groups or documents by their ending ("negotiator", "scientist", "resident", "chairwoman"). */
const AGENT_ENDING = /(?:er|or|ist|ian|ant|ent|man|men|woman|women|person|people|ee)s?$/;

/** Indefinite and negative determiners: "a spokesperson" is a source, "a comet" or "no question" is not, so the noun decides. */
const INDEFINITE = new Set(['a', 'an', 'another', 'one', 'some', 'any', 'every', 'each', 'no']);

/** A word without a trailing possessive or contraction ("Smith's" -> "smith", "he's" -> "he"). */
function base(t: Token): string {
  const apostrophe = t.lower.indexOf("'");
  return apostrophe > 0 ? t.lower.slice(0, apostrophe) : t.lower;
}

/** The noun a singular or plural form goes back to, for list look-ups ("polls" -> "poll", "parties" -> "party"). */
function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

/** Whether a lower-case word names a person, a group or a document that can be a source. */
function isSourceNoun(word: string): boolean {
  const one = singular(word);
  if (NOT_AGENT_NOUNS.has(word) || TIME_NOUNS.has(word) || DISCOURSE_WORDS.has(word) || VAGUE_PRONOUNS.has(word)) return false;
  if (SOURCE_NOUNS.has(word) || SOURCE_NOUNS.has(one) || ROLE_SYNONYMS.has(one) || TITLES.has(one) || ORGANISATION_NOUNS.has(one)) return true;
  return AGENT_ENDING.test(word);
}

/** The class of a single pronoun or function word, or undefined when it is neither. */
function wordClass(word: string): SourceClass | undefined {
  if (FIRST_PERSON.has(word)) return 'first-person';
  if (THIRD_PERSON_PRONOUNS.has(word) || word === 'them') return 'source';
  if (VAGUE_PRONOUNS.has(word) || RELATIVE_PRONOUNS.has(word) || TIME_NOUNS.has(word) || DISCOURSE_WORDS.has(word)) return 'other';
  if (NOT_A_SPEAKER.has(word) || BETWEEN_SUBJECT_AND_VERB.has(word) || word.endsWith("n't")) return 'other';
  return undefined;
}

/**
 * The class of a common-noun phrase. Its head is the last word, or before "of" the head itself
 * ("the rest of it") unless that counts what follows ("half of the voters"). A phrase is a
 * source when one of its nouns names people, a group or a document ("a source close to",
 * "people familiar with"), when its article or possessive makes it a known thing that speaks
 * ("the coach", "his deputy", "the e-mail"), or when a capital marks a name in it.
 */
function nounClass(tokens: Token[], m: SpeakerMention): SourceClass {
  let first = m.first;
  let last = m.last;
  // "42%", "six in 10", "85% of Democrats": a share of people.
  if (shareStart(tokens, last, first) >= 0) return 'source';
  for (let k = m.first + 1; k < m.last; k++) {
    if (tokens[k].lower !== 'of') continue;
    const counter = base(tokens[k - 1]);
    if (COUNTS.has(counter) || MEASURES.has(counter) || shareStart(tokens, k - 1, m.first) >= 0) first = k + 1;
    else last = k - 1;
    break;
  }
  const word = base(tokens[last]);
  const lead = tokens[first].lower;
  // "Others said", "21 percent support", "a third believe": a count stands for people; "it"
  // after a partitive is a thing ("the rest of it").
  if (COUNTS.has(word)) return 'source';
  if (word === 'it' && first > m.first) return 'other';
  // A pronoun head decides ("some of us", "a bunch of them"); a time or vague head only when
  // no noun before it names a source ("data released Friday" is still the data).
  const own = wordClass(word);
  if (own && own !== 'other') return own;
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    // A capital inside the phrase marks a name ("the Trump campaign"), a dotted word a website ("ouest-france.fr").
    if (t.word && ((t.cap && k > first && !CAPITALISED_FUNCTION_WORDS.has(t.lower)) || isSourceNoun(base(t)) || /\.\p{L}{2,}$/u.test(t.lower))) return 'source';
  }
  if (own || MEASURES.has(word) || TIME_NOUNS.has(singular(word)) || /(?:ed|ly)$/.test(word)) {
    // "those surveyed", "those polled": the people a participle describes.
    return (lead === 'those' || lead === 'these') && last > first && word.endsWith('ed') ? 'source' : 'other';
  }
  // A known thing that speaks has its article or possessive ("the coach", "his deputy", "the
  // e-mail"); "a comet" does not. Without either, a plural stands for people or papers that
  // speak ("Multiple outlets", "State rules"); a bare word must name them itself ("officials").
  if (last > first && !INDEFINITE.has(lead) && (DETERMINERS.has(lead) || lead.endsWith("'s"))) return 'source';
  if ((last > first || m.kind === 'noun') && !INDEFINITE.has(lead) && isPlural(word)) return 'source';
  return 'other';
}

/** Whether a lower-case word looks like a plural noun ("outlets", "parties"), not "-ss", "-ous" or "-is". */
function isPlural(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && !/(?:ss|us|is|'s)$/.test(word) && !NOT_AGENT_NOUNS.has(word);
}

/** Whether token `k` opens its sentence, perhaps after an opening mark or a dash. */
function opensSentence(doc: QuoteDocument, k: number): boolean {
  const first = doc.sentences[doc.sentenceOf[k]].first;
  if (k - first > 2) return false;
  for (let j = first; j < k; j++) if (doc.tokens[j].word) return false;
  return true;
}

/** Per document, the words written with a capital somewhere other than at a sentence start: names. */
const namesInside = new WeakMap<QuoteDocument, Set<string>>();

function capitalisedInside(doc: QuoteDocument): Set<string> {
  let names = namesInside.get(doc);
  if (!names) {
    names = new Set();
    for (let k = 0; k < doc.tokens.length; k++) {
      const t = doc.tokens[k];
      if (t.cap && k > 0 && doc.tokens[k - 1].word && doc.sentenceOf[k - 1] === doc.sentenceOf[k]) names.add(t.lower);
    }
    namesInside.set(doc, names);
  }
  return names;
}

/** Articles and demonstratives, which open a noun phrase and are never one alone. */
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'these', 'those']);

/** Whether a lower-case token can go on with a noun phrase ("Exit polls", "Legal experts"), rather than be its verb. */
function continuesNounPhrase(t: Token): boolean {
  if (!t.word || t.cap) return false;
  const w = t.lower;
  return !NOT_A_SPEAKER.has(w) && !BETWEEN_SUBJECT_AND_VERB.has(w) && !PREPOSITIONS.has(w) && !SPEECH_VERBS.has(w) && !BELIEF_VERBS.has(w) && !STANCE_VERBS.has(w) && !w.endsWith("n't");
}

/** How many words a common-noun phrase opened by a capitalised word may run on ("Abortion rights groups"). */
const PHRASE_RUN = 4;

/**
 * A mention of one word that opens a common-noun phrase ("Exit", cut from "Exit polls show
 * ...", or "the" from "the report stated"): the phrase up to its first plural or source noun,
 * which ends it before the verb; the word alone when there is none.
 */
function openingPhrase(doc: QuoteDocument, m: SpeakerMention): SpeakerMention {
  const { tokens } = doc;
  const ends = (t: Token) => isPlural(base(t)) || isSourceNoun(base(t));
  if (ends(tokens[m.first])) return m;
  const end = doc.sentences[doc.sentenceOf[m.first]].end;
  for (let k = m.first + 1; k < end && k - m.first <= PHRASE_RUN; k++) {
    // "the report stated": a reporting word after the article is the noun it names; "This
    // shows" is a verb.
    const t = tokens[k];
    const noun = continuesNounPhrase(t) || NOUN_OR_VERB_CUES.has(t.lower) || SOURCE_NOUNS.has(t.lower);
    if (noun && ends(t)) return { first: m.first, last: k, kind: 'noun' };
    if (!continuesNounPhrase(t)) break;
  }
  return m;
}

/** The mention a speaker phrase stands for, and its class. */
function classify(doc: QuoteDocument, m: SpeakerMention): { mention: SpeakerMention; kind: SourceClass } {
  // A lone article ("the", cut from "the report stated") or a capitalised common word that
  // opens a sentence ("Exit", cut from "Exit polls show") starts a common-noun phrase.
  const lone = m.kind !== 'pronoun' && m.first === m.last && ARTICLES.has(doc.tokens[m.first].lower);
  const kind = lone ? 'common' : classOf(doc, m);
  if (kind !== 'common') return { mention: m, kind };
  const phrase = openingPhrase(doc, m);
  return { mention: phrase, kind: nounClass(doc.tokens, { ...phrase, kind: 'noun' }) };
}

/** The class of a mention by its kind and words; 'common' for a capitalised common word opening a sentence. */
function classOf(doc: QuoteDocument, m: SpeakerMention): SourceClass | 'common' {
  const { tokens } = doc;
  // An entity under the phrase makes it a name, unless it is a date and nothing else.
  let dated = true;
  for (let k = m.first; k <= m.last; k++) {
    if (inName(doc, k)) return 'source';
    if (doc.entityOf[k] !== 2 && tokens[k].word) dated = false;
  }
  if (dated) return 'other';
  const first = tokens[m.first];
  if (m.kind === 'pronoun') return wordClass(base(first)) ?? 'other';
  if (m.kind === 'role' || m.kind === 'organization') return 'source';
  if (m.kind !== 'name') return nounClass(tokens, m);
  if (m.first === m.last) {
    // "Well", "There's", "We're", "Q": a capital that is no name.
    const word = base(first);
    const own = wordClass(word);
    if (own) return own;
    // A common word that opens a sentence is capitalised by position alone ("Infected",
    // "Voters"): it is the common noun it is, unless an entity or a capital inside some other
    // sentence of the document shows it is a name ("Cook said", "Bush said").
    if (opensSentence(doc, m.first) && dictionaryWords.has(word) && !lookedUp(doc, capitalisedInside, first.lower)) return COUNTS.has(word) ? 'source' : 'common';
  }
  return 'source';
}

/**
 * The phrase a relative pronoun stands for: the one ending right before it, past a comma
 * ("Ann Lee, who said ...", "the report, which found ..."), or null.
 */
function antecedent(doc: QuoteDocument, pronoun: number): SpeakerMention | null {
  const floor = doc.sentences[doc.sentenceOf[pronoun]].first;
  let j = pronoun - 1;
  // "the study -- which notes": a dash sets the clause off like a comma ("--" is two tokens).
  if (j >= floor && doc.tokens[j].text === ',') j--;
  else while (j >= floor && j > pronoun - 3 && /^[-\u2014\u2013]$/.test(doc.tokens[j].text)) j--;
  return j >= floor ? phraseEndingAt(doc.tokens, j, floor) : null;
}

/** Whether the user's ignore list holds the mention, whole or without its article or title. */
function isIgnored(doc: QuoteDocument, m: SpeakerMention): boolean {
  if (doc.ignored.size === 0) return false;
  const text = doc.text.slice(doc.tokens[m.first].start, doc.tokens[m.last].end);
  if (doc.ignored.has(normalName(text))) return true;
  const lead = doc.tokens[m.first].lower.replace(/\.$/, '');
  if (m.first < m.last && (DETERMINERS.has(lead) || TITLES.has(lead))) {
    return doc.ignored.has(normalName(doc.text.slice(doc.tokens[m.first + 1].start, doc.tokens[m.last].end)));
  }
  return false;
}

/**
 * The speaker to show for a speaker phrase, or undefined when the quote is unattributed: a
 * relative pronoun gives way to the phrase it stands for, a capitalised common word opening
 * a sentence to the noun phrase it opens.
 */
export function settleSpeaker(doc: QuoteDocument, m: SpeakerMention): SpeakerMention | undefined {
  let phrase = m;
  if (m.kind === 'pronoun' && m.first === m.last && RELATIVE_PRONOUNS.has(base(doc.tokens[m.first]))) {
    const before = antecedent(doc, m.first);
    if (!before) return undefined;
    phrase = before;
  }
  const { mention, kind } = classify(doc, phrase);
  // "an architect who said ...": "who" stands for a person, so its common-noun antecedent is one.
  if (kind === 'other' && phrase !== m && (phrase.kind === 'noun' || phrase.kind === 'role') && base(doc.tokens[m.first]) === 'who' && !isIgnored(doc, mention)) return mention;
  if (kind === 'first-person') {
    // "I" and "we" as the subject of a cue are the writer or an interviewee: the mention stays,
    // so readers see who the text says spoke, but it never becomes a person named "I".
    return mention.first === mention.last && FIRST_PERSON_SUBJECTS.has(base(doc.tokens[mention.first])) ? mention : undefined;
  }
  return kind === 'source' && !isIgnored(doc, mention) ? mention : undefined;
}
