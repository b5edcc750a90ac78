import { ADDRESSEE_VERBS, AUTHORING_VERBS, BELIEF_VERBS, BETWEEN_SUBJECT_AND_VERB, CAPITALISED_FUNCTION_WORDS, DETERMINERS, FIRST_PERSON, IRREGULAR_PAST, NOT_A_SPEAKER, PARTICIPLE_CUES, PERSON_SUBJECTS, PREPOSITIONS, QUOTING_VERBS, SPEECH_VERBS, STANCE_VERBS, SUBJECT_PRONOUNS, TELLING_VERBS, WORK_NOUNS } from './lexicon';
import { isRarerSpeechVerb, neighbour, QuoteDocument } from './document';
import { QuoteDraft } from './drafts';
import { SpeakerMention, subjectAfter, subjectBefore } from './mentions';
import { settleSpeaker } from './sources';
import { isAbbreviation } from './tokens';

/** How far (in tokens) a cue may sit from the quote it introduces or follows. */
const CUE_WINDOW = 14;
/**
 * How far a cue after the quote may sit when an appositive or relative clause closes right
 * before it ("“...,” Trent Lott, who was majority leader under George W. Bush, told ...").
 */
const APPOSITIVE_CUE_WINDOW = 40;
/** How many tokens after a cue may stand before the comma or colon that hands it over to the next quote ("Lind told the reporters,"). */
const HANDOVER_TOKENS = 4;
/** How far (in tokens) an attribution clause after its cue may run: a speaker with a long appositive. */
const ATTRIBUTION_TAIL = 50;
const CLAUSE_END = new Set(['.', '?', '!', ';']);

/** Whether token `i` ends a clause; the period of "Mr." or "U.S." does not, nor one before a comma ("Cambridge, Mass., said") or a closing parenthesis. */
function isClauseEnd(doc: QuoteDocument, i: number): boolean {
  const t = doc.tokens[i];
  if (!CLAUSE_END.has(t.text)) return false;
  // "(D-Ill.)": a period closing a parenthesis ends an abbreviation, not the clause.
  if (t.text === '.' && /^[,)]$/.test(doc.tokens[i + 1]?.text ?? '')) return false;
  return !(t.text === '.' && i > 0 && doc.tokens[i - 1].end === t.start && isAbbreviation(doc.tokens[i - 1]));
}

/** The result of the direct-speech pass. */
export interface DirectResult {
  drafts: QuoteDraft[];
  /** Quoted spans that became (part of) a direct quote. */
  used: Set<number>;
  /** Tokens of cues that direct quotes own, so the reported-speech pass skips them. */
  cueTokens: Set<number>;
}

interface Attribution {
  cue: { first: number; last: number };
  speaker: SpeakerMention | null;
  /** Token after the attribution clause (for an attribution after the quote). */
  tailEnd: number;
}

/** Words after which a cue word is a noun: articles and possessives. */
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'another']);
/** Prepositions after which a cue word is a noun; not "to" ("to say") nor particles that end a noun ("a voice over says"). */
const NOUN_PREPOSITIONS = new Set(['of', 'for', 'from', 'about', 'with', 'by', 'at', 'in', 'on', 'into', 'during', 'without', 'among', 'between', 'per', 'via']);

function isCue(doc: QuoteDocument, i: number): number {
  const t = doc.tokens[i];
  if (doc.quoteOf[i] >= 0) return 0;
  // "on AM 970 The Answer": a capital after a word makes the cue part of a name.
  if (t.cap && neighbour(doc, i, i - 1)?.word) return 0;
  // "the report", "his statement", "for state treatment": after an article, a possessive or a
  // preposition the word is a noun ("after saying" is still a verb).
  const previous = neighbour(doc, i, i - 1);
  if (previous?.word && !previous.cap && (NOUN_MARKERS.has(previous.lower) || (NOUN_PREPOSITIONS.has(previous.lower) && !/ing$/.test(t.lower)))) return 0;
  // "Trump's remarks", "the panel's report": after a possessive the word is a noun.
  if (previous?.word && /['’]s$/.test(previous.text) && !/^(?:it|he|she|that|there|what|who|here)['’]s$/i.test(previous.text)) return 0;
  if (SPEECH_VERBS.has(t.lower) || QUOTING_VERBS.has(t.lower)) return 1;
  // "As Smith put it, “...”": the idiom quotes; "put" alone does not.
  const next = neighbour(doc, i, i + 1)?.lower;
  if (isRarerSpeechVerb(doc, t.lower, next)) return 1;
  if ((t.lower === 'put' || t.lower === 'puts') && next === 'it') return 1;
  if (t.lower === 'according' && next === 'to') return 2;
  return 0;
}

/** Whether the quote's content ends like a clause handed to a cue: "...,", "...?" or "...". */
function endsClause(doc: QuoteDocument, q: number): boolean {
  return /[,.?!…\u2014\u2013-]/.test(lastContentChar(doc, q));
}

/** The last character of a quote's content, past white space and the marks of a quote nested at its end ("... ‘radical Islam,’”). */
function lastContentChar(doc: QuoteDocument, q: number): string {
  const span = doc.quoted[q];
  let k = span.innerEnd - 1;
  while (k > span.innerStart && /[\s'’"”]/.test(doc.text[k])) k--;
  return doc.text[k] ?? '';
}

/**
 * Per document, answers the direct pass asks again and again, computed once: the word count of
 * each quote, the first reporting verb of each sentence (-1 until known, -2 for none) and the end
 * of each list of quotes, so a long quote, sentence or list is not rescanned for every
 * attribution that looks at it.
 */
interface Memo {
  words: Int32Array;
  verbs: Int32Array;
  /** For each quote, the last quote of the list it opens ("“A” and “B”"); -1 until known. */
  lists: Int32Array;
}

const memos = new WeakMap<QuoteDocument, Memo>();

function memoOf(doc: QuoteDocument): Memo {
  let memo = memos.get(doc);
  if (!memo) {
    memo = { words: new Int32Array(doc.quoted.length).fill(-1), verbs: new Int32Array(doc.sentences.length).fill(-1), lists: new Int32Array(doc.quoted.length).fill(-1) };
    memos.set(doc, memo);
  }
  return memo;
}

function wordCount(doc: QuoteDocument, q: number): number {
  const { words } = memoOf(doc);
  if (words[q] < 0) {
    const [f, e] = doc.quotedTokens[q];
    let n = 0;
    for (let i = f; i < e; i++) if (doc.tokens[i].word) n++;
    words[q] = n;
  }
  return words[q];
}

/** "“...,” he said." / "“...,” said Smith." / "“...,” according to X." */
function attributionAfter(doc: QuoteDocument, q: number, paragraphEnd: number): Attribution | null {
  const { tokens } = doc;
  let i = doc.quotedTokens[q][1];
  const signed = signature(doc, i, paragraphEnd);
  if (signed) return signed;
  const comma = i < paragraphEnd && tokens[i].text === ',';
  if (comma) i++;
  const bare = comma ? null : (bareAttribution(doc, q, i, paragraphEnd) ?? invertedBareAttribution(doc, q, i, paragraphEnd));
  if (bare) return bare;
  if (!comma && !endsClause(doc, q)) return null;
  // "... is “ongoing.” He said ...": a full stop in the quote and a capitalised pronoun or
  // article after it start a new sentence, which is not this quote's attribution.
  if (!comma && i < paragraphEnd && tokens[i].cap && CAPITALISED_FUNCTION_WORDS.has(tokens[i].lower) && lastContentChar(doc, q) === '.') return null;
  for (let c = i; c < paragraphEnd && c < i + APPOSITIVE_CUE_WINDOW; c++) {
    if (isClauseEnd(doc, c) || doc.quoteOf[c] >= 0) return null;
    const kind = isCue(doc, c);
    if (!kind) continue;
    if (c >= i + CUE_WINDOW && !(kind === 1 && /^[,)\u2014]$/.test(tokens[c - 1].text) && (subjectBefore(tokens, c, i) || namedRightAfter(doc, i, c)))) return null;
    const last = c + kind - 1;
    // "said Smith" / "according to X" name the speaker after the cue; otherwise the speaker
    // is the subject before it, which may carry an appositive ("Blunt, after a pause, said").
    // After "told" the phrase is the one spoken to ("“...,” told the council"), never the speaker.
    const inverted = kind === 2 || c === i;
    const speaker = inverted ? (TELLING_VERBS.has(tokens[c].lower) ? null : subjectAfter(tokens, last + 1, paragraphEnd)) : (subjectBefore(tokens, c, i) ?? subjectAfter(tokens, i, c));
    if (!speaker && kind !== 2 && c !== i) return null;
    // "Lind said that there is “...,” adding that ...": a participle with no subject of its own
    // after a quote that a cue earlier in its sentence introduces goes on with that cue's
    // subject and content of its own; the quote is part of the earlier report.
    if (!speaker && c === i && /ing$/.test(tokens[c].lower) && cueEarlierInSentence(doc, q)) return null;
    // "X, citing “...,” said the candidate could ...": a verb after the phrase makes it the
    // subject of a content clause, not an inverted speaker of the quote.
    if (kind === 1 && c === i && speaker && startsVerbPhrase(doc, speaker.last + 1, paragraphEnd)) return null;
    // "... “the Art of the Deal.” Mr. Trump said he would ...": after a quote that finished
    // its sentence, a cue followed by its own content clause starts a new report.
    // After a verb of asking or telling, a noun phrase is the one spoken to ("“...?” Lee asked the mayor.").
    if (!comma && kind === 1 && c > i && /[.?!]/.test(lastContentChar(doc, q)) && opensClauseAfterCue(doc, last + 1, paragraphEnd) && !(ADDRESSEE_VERBS.has(tokens[c].lower) && DETERMINERS.has(tokens[last + 1].lower))) return null;
    // "... “B.” That's why, he added, ...": after a quote that finished its sentence, only a
    // speaker right after it makes the cue its attribution; other words start a new sentence.
    if (!comma && kind === 1 && c > i && lastContentChar(doc, q) === '.' && speaker && speaker.first !== i) return null;
    let tailEnd = last + 1;
    while (tailEnd < paragraphEnd && tailEnd < last + ATTRIBUTION_TAIL && !isClauseEnd(doc, tailEnd) && !isFreshQuote(doc, tailEnd) && !resumesQuote(doc, tailEnd) && !resumesAfterJoiner(doc, tailEnd)) {
      // A title in the attribution ("he said on “Meet the Press.”") is passed over whole,
      // its full stop included, so the quote after it still joins this one.
      const t = doc.quoteOf[tailEnd];
      if (t < 0 || doc.quotedTokens[t][0] !== tailEnd) {
        tailEnd++;
        continue;
      }
      tailEnd = doc.quotedTokens[t][1];
      if (/[.?!]/.test(lastContentChar(doc, t))) break;
    }
    // "... “A.” Lind says, “B.”": after a finished sentence, a cue that ends in a comma or
    // colon before another quote introduces that quote, not the one before it.
    // Only a short clause hands over so ("Lind told reporters,"); after a longer one ("she wrote,
    // arguing that if ..., “B.”") the next quote finishes a report of its own.
    if (!comma && tailEnd < paragraphEnd && doc.quoteOf[tailEnd] >= 0 && /^[,:]$/.test(tokens[tailEnd - 1].text) && tailEnd - 1 - last <= HANDOVER_TOKENS && /[.?!]/.test(lastContentChar(doc, q))) return null;
    return { cue: { first: c, last }, speaker, tailEnd };
  }
  return null;
}

/**
 * Whether a name opens the words from `i` to the cue at `c`, set off by a comma from a long
 * description that ends in a comma before the cue ("“...,” Ann Lee, 30, of Leeds, who was among
 * those polled, said"): the description is too long to read through, and the name is the subject.
 */
function namedRightAfter(doc: QuoteDocument, i: number, c: number): boolean {
  const name = subjectAfter(doc.tokens, i, c);
  return name !== null && name.kind === 'name' && name.first === i && doc.tokens[name.last + 1]?.text === ',';
}

/** How far before a quote an earlier cue of its sentence is looked for. */
const EARLIER_CUE_WINDOW = 40;

/** Whether a reporting cue stands before quote `q` in its sentence, at most EARLIER_CUE_WINDOW tokens back (constant work per quote). */
function cueEarlierInSentence(doc: QuoteDocument, q: number): boolean {
  const first = doc.quotedTokens[q][0];
  const floor = Math.max(doc.sentences[doc.sentenceOf[first]].first, first - EARLIER_CUE_WINDOW);
  for (let c = first - 1; c >= floor; c--) {
    if (doc.quoteOf[c] >= 0) return false;
    if (isCue(doc, c) > 0 && subjectBefore(doc.tokens, c, floor)) return true;
  }
  return false;
}

/** Particles that may close a verb of speaking ("shot back", "cried out"). */
const VERB_PARTICLES = new Set(['back', 'out', 'up', 'in']);

/** Whether a lower-case word can sit in a short subject noun phrase ("the crowd", "the home audience"). */
function isNounPhraseWordHere(t: { lower: string }): boolean {
  return !NOT_A_SPEAKER.has(t.lower) && !AUXILIARIES.has(t.lower) && !SPEECH_VERBS.has(t.lower) && !/(?:ed|ly)$/.test(t.lower);
}

/**
 * "“...,” he mocks." / "“...?” Smith wondered.": a quote whose content ends in a comma,
 * question or exclamation mark, followed by a person pronoun, a name or a definite noun
 * ("the crowd") and one finite verb, perhaps with a particle, that closes the sentence. Nothing else can follow such a quote, so the verb is its cue
 * even when no lexicon lists it. A quote with no closing punctuation at all ("“...” Grubbs
 * said.") takes the same shape with a known reporting verb.
 */
function bareAttribution(doc: QuoteDocument, q: number, i: number, paragraphEnd: number): Attribution | null {
  const { tokens } = doc;
  if (i >= paragraphEnd) return null;
  const last = lastContentChar(doc, q);
  const punctuated = /[,?!]/.test(last);
  if (!punctuated && !/[\p{L}\p{N}]/u.test(last)) return null;
  let v = i;
  let kind: SpeakerMention['kind'] = 'name';
  if (PERSON_SUBJECTS.has(tokens[i].lower)) {
    v++;
    kind = 'pronoun';
  } else if (tokens[i].lower === 'the' && punctuated) {
    // "“Mexico!” the crowd screamed back.": a definite group or person noun.
    v++;
    while (v < paragraphEnd && v < i + 3 && tokens[v].word && !tokens[v].cap && isNounPhraseWordHere(tokens[v])) v++;
    kind = 'noun';
    if (v === i + 1) return null;
  } else {
    while (v < paragraphEnd && v < i + 4 && tokens[v].cap && tokens[v].word && !CAPITALISED_FUNCTION_WORDS.has(tokens[v].lower)) v++;
  }
  if (v === i || v >= paragraphEnd) return null;
  const verb = tokens[v];
  // A verb the lexicon knows is the main search's business after punctuation; without any
  // ("“...” Grubbs said."), only a known verb may stand as the cue.
  if ((isCue(doc, v) === 1) === punctuated) return null;
  if (punctuated && (!verb.word || verb.cap || !(/(?:s|ed)$/.test(verb.lower) || IRREGULAR_PAST.has(verb.lower)) || NOT_A_SPEAKER.has(verb.lower) || AUXILIARIES.has(verb.lower))) return null;
  // "screamed back", "cried out": a particle may close the verb.
  const after = VERB_PARTICLES.has(tokens[v + 1]?.lower ?? '') && v + 1 < paragraphEnd ? v + 2 : v + 1;
  const speaker: SpeakerMention = { first: i, last: v - 1, kind };
  if (after < paragraphEnd && !(tokens[after].text === '.' || (tokens[after].text === ',' && after + 1 < paragraphEnd && doc.quoteOf[after + 1] >= 0))) {
    // "“...,” Lee assured the crowd.": after a quote that hands its clause over, a subject
    // and a finite verb are its attribution whatever the rest of the clause says.
    // After a question or exclamation a name and a verb may start the next sentence ("“...?” Lee put his house up for sale.").
    // Without punctuation ("“...” Lee said after the vote."), only a phrase opening with a
    // preposition may follow the verb; other words make the quote part of a clause of theirs.
    if (!punctuated ? !PREPOSITIONS.has(tokens[after].lower) || doc.quoteOf[after] >= 0 : last !== ',' && kind === 'name') return null;
    return { cue: { first: v, last: v }, speaker, tailEnd: clauseEndFrom(doc, after, paragraphEnd) };
  }
  return { cue: { first: v, last: v }, speaker, tailEnd: Math.min(after + 1, paragraphEnd) };
}

/** The token after the clause that starts at `from` (past its full stop), at most ATTRIBUTION_TAIL tokens on, never past a quote. */
function clauseEndFrom(doc: QuoteDocument, from: number, paragraphEnd: number): number {
  let k = from;
  while (k < paragraphEnd && k < from + ATTRIBUTION_TAIL && !isClauseEnd(doc, k) && doc.quoteOf[k] < 0) k++;
  return k < paragraphEnd && isClauseEnd(doc, k) ? k + 1 : k;
}

/**
 * "“...,” remembered Tom Lindqvist.": after a quote that hands its clause over, a lower-case verb
 * form the lexicon does not know ("-ed" or irregular past) followed by a name is an inverted cue.
 */
function invertedBareAttribution(doc: QuoteDocument, q: number, i: number, paragraphEnd: number): Attribution | null {
  const { tokens } = doc;
  if (i + 1 >= paragraphEnd) return null;
  const verb = tokens[i];
  // "“... a false story” said Nick Merrow.": a quote with no closing punctuation at all takes a
  // known verb of saying and a name after it as its attribution.
  if (/[\p{L}\p{N}]/u.test(lastContentChar(doc, q)) && isCue(doc, i) === 1 && !verb.cap) {
    const named = subjectAfter(tokens, i + 1, paragraphEnd);
    if (named && named.kind === 'name') return { cue: { first: i, last: i }, speaker: named, tailEnd: clauseEndFrom(doc, named.last + 1, paragraphEnd) };
  }
  if (!/[,?!]/.test(lastContentChar(doc, q))) return null;
  if (!verb.word || verb.cap || isCue(doc, i) || !(/ed$/.test(verb.lower) || IRREGULAR_PAST.has(verb.lower)) || NOT_A_SPEAKER.has(verb.lower) || AUXILIARIES.has(verb.lower)) return null;
  const speaker = subjectAfter(tokens, i + 1, paragraphEnd);
  if (!speaker || speaker.kind !== 'name') return null;
  return { cue: { first: i, last: i }, speaker, tailEnd: clauseEndFrom(doc, speaker.last + 1, paragraphEnd) };
}

/**
 * Whether token `i`, right after an inverted speaker, starts a verb phrase ("could", "has",
 * "believes"): then the phrase is the subject of a clause of its own.
 */
function startsVerbPhrase(doc: QuoteDocument, i: number, paragraphEnd: number): boolean {
  if (i >= paragraphEnd || doc.quoteOf[i] >= 0) return false;
  const t = doc.tokens[i];
  return t.word && !t.cap && (AUXILIARIES.has(t.lower) || SPEECH_VERBS.has(t.lower) || BELIEF_VERBS.has(t.lower) || STANCE_VERBS.has(t.lower));
}

/** Whether the words after a cue at token `i` are a content clause ("said he would", "said that"), not an adjunct. */
function opensClauseAfterCue(doc: QuoteDocument, i: number, paragraphEnd: number): boolean {
  if (i >= paragraphEnd || doc.quoteOf[i] >= 0) return false;
  const t = doc.tokens[i];
  return t.word && (t.lower === 'that' || SUBJECT_PRONOUNS.has(t.lower.replace(/'.*$/, '')) || DETERMINERS.has(t.lower));
}

/** Auxiliaries and modals, which only a subject comes before. */
const AUXILIARIES = new Set(['could', 'would', 'will', 'can', 'should', 'may', 'might', 'must', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'did', 'does']);

/** Dashes that sign a quote with its author's name: "“...” ― Jane Doe". */
const SIGNATURE_DASHES = new Set(['\u2015', '\u2014', '\u2013']);

/**
 * "“...” ― Jane Doe, a voter": a dash after the quote and a name that ends its block (with at
 * most a short appositive), the way collected reader quotes and epigraphs are signed.
 */
function signature(doc: QuoteDocument, i: number, paragraphEnd: number): Attribution | null {
  const { tokens } = doc;
  if (i >= paragraphEnd || !SIGNATURE_DASHES.has(tokens[i].text)) return null;
  const speaker = subjectAfter(tokens, i + 1, paragraphEnd);
  if (!speaker || speaker.kind !== 'name') return null;
  let rest = speaker.last + 1;
  if (rest < paragraphEnd && tokens[rest].text === ',') rest = Math.min(paragraphEnd, rest + CUE_WINDOW);
  while (rest < paragraphEnd && !tokens[rest].word) rest++;
  if (rest < paragraphEnd) return null;
  return { cue: { first: i, last: i }, speaker, tailEnd: paragraphEnd };
}

/** Whether token `i` opens a quote right after a comma: "“A,” he said, “and B.”". */
function resumesQuote(doc: QuoteDocument, i: number): boolean {
  const q = doc.quoteOf[i];
  return q >= 0 && doc.quotedTokens[q][0] === i && doc.tokens[i - 1]?.text === ',';
}

/** Whether token `i` opens a quote after a comma and "or" or "and": "“A,” he said, or “B.”" goes on with the same words. */
function resumesAfterJoiner(doc: QuoteDocument, i: number): boolean {
  const q = doc.quoteOf[i];
  return q >= 0 && doc.quotedTokens[q][0] === i && i >= 2 && LIST_JOINERS.has(doc.tokens[i - 1].lower) && doc.tokens[i - 2].text === ',';
}

/**
 * Whether token `i` opens a quote that reads as speech rather than a term inside a clause; one
 * after a preposition is the name of a programme or a work ("said on “Late Night With Ann Lee”").
 */
function isFreshQuote(doc: QuoteDocument, i: number): boolean {
  const q = doc.quoteOf[i];
  return q >= 0 && doc.quotedTokens[q][0] === i && wordCount(doc, q) >= 5 && !PREPOSITIONS.has(doc.tokens[i - 1]?.lower ?? '');
}

/** "He said, “...”" / "said Smith: “...”" / "According to X, “...”" / "He said:" ending the previous paragraph. */
function attributionBefore(doc: QuoteDocument, q: number): Attribution | null {
  const { tokens } = doc;
  const first = doc.quotedTokens[q][0];
  const sentence = doc.sentences[doc.sentenceOf[first]];
  let j = first - 1;
  let floor = sentence.first;
  if (first === sentence.first) {
    // The quote opens its sentence: only a previous paragraph ending in a colon can cue it.
    const p = sentence.paragraph;
    if (p === 0 || first !== doc.paragraphTokens[p][0]) return null;
    j = doc.paragraphTokens[p - 1][1] - 1;
    if (j < 0 || tokens[j].text !== ':') return null;
    floor = doc.sentences[doc.sentenceOf[j]].first;
  }
  if (j < floor) return null;
  const lead = tokens[j].text;
  if (lead !== ',' && lead !== ':' && !isCue(doc, j) && !BELIEF_VERBS.has(tokens[j].lower)) return null;
  for (let c = j; c >= floor && c > j - CUE_WINDOW; c--) {
    if (doc.quoteOf[c] >= 0) return null;
    if (tokens[c].lower === 'to' && c > floor && tokens[c - 1].lower === 'according') {
      const speaker = subjectAfter(tokens, c + 1, j + 1);
      return { cue: { first: c - 1, last: c }, speaker, tailEnd: first };
    }
    if (isCue(doc, c) !== 1 && !(c === j && BELIEF_VERBS.has(tokens[c].lower) && !afterSingularNoun(doc, c))) continue;
    let speaker = subjectBefore(tokens, c, floor);
    // "Hayek smiled and said, “...”", "Lee did not name them but told the crowd, “...”": a verb
    // joined to an earlier one by "and" or "but" shares that verb's subject, the person who
    // opens the sentence.
    if (!speaker && c > floor && (tokens[c - 1].lower === 'and' || tokens[c - 1].lower === 'but')) speaker = openingPerson(doc, floor, c - 1);
    // "Ryan said it is unrealistic to think that, “...”": the cue's content clause begins
    // before the quote, so the quote is a fragment of reported speech, not direct speech.
    if (speaker && opensContentClause(doc, c + 1, j)) return null;
    // "She said in an interview that in her state, “...”": a "that" between the cue and the
    // quote opens the cue's content clause, which the quote finishes.
    if (thatClauseBefore(doc, c + 1, j)) return null;
    // ", saying “...”", ", chanting “...”": a participle set off by a comma reports for the
    // subject of the sentence's reporting verb, or else for the person who opens the sentence
    // ("Ms. Varga attacked the council over ..., saying, “...”").
    if (!speaker && (PARTICIPLE_CUES.has(tokens[c].lower) || (/ing$/.test(tokens[c].lower) && c > floor && tokens[c - 1].text === ','))) {
      speaker = subjectBefore(tokens, sentenceVerb(doc, floor, c), floor) ?? openingPerson(doc, floor, c);
    }
    // "told the council, “...”", "before asking her, “...”": the phrase after a verb of telling
    // or a participle of asking is the one spoken to.
    // "told the council, “...”", "before asking her, “...”": the phrase after a verb of telling
    // or a participle of asking is the one spoken to.
    if (!TELLING_VERBS.has(tokens[c].lower) && !(ADDRESSEE_VERBS.has(tokens[c].lower) && /ing$/.test(tokens[c].lower))) speaker ??= subjectAfter(tokens, c + 1, j + 1);
    return { cue: { first: c, last: c }, speaker, tailEnd: first };
  }
  return null;
}

/** How many words of an adjunct may follow the cue that closes the sentence before a quote ("said in a statement."). */
const CLOSING_CUE_ADJUNCT = 4;

/**
 * "Lee agreed. “...”", "Lee said in a statement. “...”", "..., Lee said. “...”": a quote that
 * opens a sentence inside its paragraph, right after a sentence that ends in a cue with a subject
 * of its own (and at most a short phrase after it opening with a preposition), is what that
 * speaker said. A cue followed by words of its own ("Lee said the plan would pass.") has its
 * content there, and the quote after it is left alone.
 */
function cueSentenceBefore(doc: QuoteDocument, q: number): Attribution | null {
  const { tokens } = doc;
  const first = doc.quotedTokens[q][0];
  const s = doc.sentenceOf[first];
  if (s === 0 || doc.sentences[s].first !== first) return null;
  const previous = doc.sentences[s - 1];
  const stop = previous.end - 1;
  if (previous.paragraph !== doc.sentences[s].paragraph || stop !== first - 1 || tokens[stop].text !== '.') return null;
  for (let c = stop - 1; c >= previous.first && c >= stop - 1 - CLOSING_CUE_ADJUNCT; c--) {
    if (doc.quoteOf[c] >= 0 || !tokens[c].word) return null;
    if (isCue(doc, c) !== 1) continue;
    if (c + 1 < stop && !PREPOSITIONS.has(tokens[c + 1].lower)) return null;
    const speaker = subjectBefore(tokens, c, previous.first);
    if (!speaker) return null;
    // The sentence is only the attribution ("Iowa State's Ann Lee agreed."), or it opens with a
    // quote the cue attributes ("“A” before the vote, she said."); after a paraphrase of its own
    // ("The plan will fail, Lee says.") the quote goes on with that report.
    if (!opensWithQuote(doc, previous.first) && !namesOnlyBefore(doc, previous.first, speaker.first)) return null;
    return { cue: { first: c, last: c }, speaker, tailEnd: first };
  }
  return null;
}

/** Whether token `k` opens a quoted span. */
function opensWithQuote(doc: QuoteDocument, k: number): boolean {
  const q = doc.quoteOf[k];
  return q >= 0 && doc.quotedTokens[q][0] === k;
}

/** Whether the tokens from `from` to `end` are capitalised words and possessive marks only ("Iowa State University's"). */
function namesOnlyBefore(doc: QuoteDocument, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = doc.tokens[k];
    if (!(t.word ? t.cap || /^['’]s$/.test(t.lower) : /^['’]$/.test(t.text))) return false;
  }
  return true;
}

/**
 * Whether the bare belief verb at `c` follows a lower-case singular noun ("the reality show
 * “Cake Boss”"), which makes it a noun itself; after a pronoun, a name or a plural it is a verb.
 */
function afterSingularNoun(doc: QuoteDocument, c: number): boolean {
  const prev = neighbour(doc, c, c - 1);
  if (!prev?.word || prev.cap || /s$|ly$/.test(prev.lower)) return false;
  return !SUBJECT_PRONOUNS.has(prev.lower) && !AUXILIARIES.has(prev.lower) && !BETWEEN_SUBJECT_AND_VERB.has(prev.lower);
}

/**
 * Whether a "that" opening a clause stands among the words from `from` to `end` (between a cue
 * and its quote); a "that" before an auxiliary is a relative pronoun ("a phrase that could").
 */
function thatClauseBefore(doc: QuoteDocument, from: number, end: number): boolean {
  // After a preposition "that" is a determiner ("told reporters at that meeting, “...”").
  for (let k = from; k < end; k++) if (doc.tokens[k].lower === 'that' && doc.quoteOf[k] < 0 && !AUXILIARIES.has(doc.tokens[k + 1]?.lower ?? '') && !PREPOSITIONS.has(doc.tokens[k - 1]?.lower ?? '')) return true;
  return false;
}

/**
 * Whether the words from `from` to `end` (between a cue and its quote) begin a content clause
 * of their own ("that ...", "it is ...", "the plan would ...") rather than an adjunct or addressee.
 */
function opensContentClause(doc: QuoteDocument, from: number, end: number): boolean {
  let words = 0;
  for (let k = from; k < end; k++) if (doc.tokens[k].word) words++;
  if (words < 3) return false;
  const lead = doc.tokens[from];
  if (ADDRESSEE_VERBS.has(doc.tokens[from - 1].lower)) return false;
  // A pronoun may carry a contraction ("it's", "they'd").
  const word = lead.lower.replace(/'.*$/, '');
  return word === 'that' || word === 'if' || word === 'there' || SUBJECT_PRONOUNS.has(word) || DETERMINERS.has(word);
}

/**
 * Whether quote `q`, with no attribution of its own, continues the `previous` draft: the
 * previous one is a direct quote (attributed or standing alone, as in a run of quoted lines)
 * ending in the paragraph just before, no other quote stands between them, and quote `q`
 * opens its paragraph.
 */
function continuesParagraphBefore(doc: QuoteDocument, q: number, previous: QuoteDraft, lastQuote: number): boolean {
  const span = doc.quoted[q];
  return (
    previous.kind === 'direct' &&
    lastQuote === q - 1 &&
    previous.paragraph === span.paragraph - 1 &&
    doc.paragraphs[span.paragraph].start === span.start
  );
}

/**
 * Whether the `previous` draft is a paragraph that is only a quote with no cue (standing alone)
 * in the paragraph right before quote `q`, which opens its own paragraph, no quote between.
 */
function leadsInto(doc: QuoteDocument, q: number, previous: QuoteDraft, lastQuote: number): boolean {
  const span = doc.quoted[q];
  if (previous.kind !== 'direct' || previous.cue || !previous.continues || lastQuote !== q - 1) return false;
  if (previous.paragraph !== span.paragraph - 1 || doc.paragraphs[span.paragraph].start !== span.start) return false;
  const p = doc.paragraphs[previous.paragraph];
  return previous.start === p.start && previous.end === p.start + p.text.trimEnd().length;
}

/** Verbs that add to what the same speaker has just said. */
const CONTINUING_CUES = new Set(['added', 'adds', 'continued', 'continues']);

/**
 * Whether quote `q`, introduced by a cue before it, adds to the `previous` direct quote: the
 * cue continues ("added") with a pronoun subject, the previous quote ends in the same block,
 * and nothing but that attribution stands between them.
 */
function addsToPrevious(doc: QuoteDocument, q: number, a: Attribution, previous: QuoteDraft, lastQuote: number): boolean {
  if (previous.kind !== 'direct' || lastQuote !== q - 1 || a.tailEnd !== doc.quotedTokens[q][0] || !a.speaker || a.speaker.kind !== 'pronoun') return false;
  if (!CONTINUING_CUES.has(doc.tokens[a.cue.first].lower)) return false;
  const previousEnd = doc.quotedTokens[q - 1][1];
  return previous.end === doc.quoted[q - 1].end && a.speaker.first === previousEnd && doc.quoted[q - 1].lastParagraph === doc.quoted[q].paragraph;
}

/**
 * Whether the words from `from` to the comma before the quote at `first` are an opening clause
 * or phrase that frames what was said ("If the bill passes,", "In past years,"): two words or
 * more with no cue of their own. A topic ("As for the budget,") and a single connective ("Yet,",
 * "Still,") are the writer's, and the quote after them stays direct.
 */
function opensWithFraming(doc: QuoteDocument, from: number, first: number): boolean {
  const { tokens } = doc;
  if (tokens[from].lower === 'as' && (tokens[from + 1]?.lower === 'for' || tokens[from + 1]?.lower === 'to')) return false;
  let words = 0;
  for (let k = from; k < first; k++) {
    if (isCue(doc, k)) return false;
    if (tokens[k].word) words++;
  }
  return words >= 2;
}

/**
 * Whether the attribution whose speaker starts at `speaker` is an "as" clause ("As Lee put it,
 * “...”", "as they say about him, “...”"): the writer's frame around the quote, which is then
 * the cue's whole content and direct speech, not the rest of a sentence begun before it.
 */
function asClause(doc: QuoteDocument, speaker: number): boolean {
  // The subject phrase may open with words the speaker mention leaves out ("as the paper's
  // columnist Ann Lee wrote"): a few words back, with no comma between.
  for (let k = speaker - 1; k >= 0 && k >= speaker - AS_CLAUSE_WORDS; k--) {
    const t = doc.tokens[k];
    if (t.lower === 'as') return true;
    if (!t.word || doc.quoteOf[k] >= 0) return false;
  }
  return false;
}

/** How many words an "as" clause may hold before the speaker mention it opens. */
const AS_CLAUSE_WORDS = 4;

/** Words that join the quotes of a list ("“A,” and “B”", "“A” or “B”"). */
const LIST_JOINERS = new Set(['and', 'or']);

/**
 * The quote listed right after quote `q` in its paragraph ("“A,” and, “B.”", "“A” or “B”":
 * commas and one "and" or "or" between, nothing else), or -1. Reads at most four tokens.
 */
function listedQuote(doc: QuoteDocument, q: number, paragraphEnd: number): number {
  let k = doc.quotedTokens[q][1];
  if (k < paragraphEnd && doc.tokens[k].text === ',') k++;
  if (k >= paragraphEnd || !LIST_JOINERS.has(doc.tokens[k].lower) || doc.quoteOf[k] >= 0) return -1;
  k++;
  if (k < paragraphEnd && doc.tokens[k].text === ',') k++;
  if (k >= paragraphEnd) return -1;
  const q2 = doc.quoteOf[k];
  return q2 > q && doc.quotedTokens[q2][0] === k ? q2 : -1;
}

/** Whether quote `q` opens a list of quotes ("“A” and “B.”") whose last quote closes the sentence. */
function listClosesSentence(doc: QuoteDocument, q: number, paragraphEnd: number): boolean {
  const last = listEnd(doc, q, paragraphEnd);
  return last !== q && closesSentence(doc, last);
}

/** The last quote of the list that quote `q` opens (`q` itself when none follows); memoised, so each list is walked once. */
function listEnd(doc: QuoteDocument, q: number, paragraphEnd: number): number {
  const { lists } = memoOf(doc);
  const chain: number[] = [];
  let k = q;
  while (lists[k] === -1) {
    chain.push(k);
    const next = listedQuote(doc, k, paragraphEnd);
    if (next < 0) {
      lists[k] = k;
      chain.pop();
      break;
    }
    k = next;
  }
  for (const c of chain) lists[c] = lists[k];
  return lists[q];
}

/** Connectives that open a sentence without saying anything of its own ("But, he said, “...”"). */
const CONNECTIVES = new Set(['but', 'and', 'still', 'yet', 'so', 'however', 'now', 'then', 'instead', 'meanwhile', 'indeed', 'also', 'again']);

/** Whether the words from `from` to `end` are one connective and its comma ("But,"). */
function onlyConnective(doc: QuoteDocument, from: number, end: number): boolean {
  return end - from <= 2 && CONNECTIVES.has(doc.tokens[from].lower) && (end - from === 1 || doc.tokens[from + 1].text === ',');
}

/** Whether a quote's content opens with a lower-case auxiliary ("was", "have"), whose subject stands before the quote. */
function opensWithAuxiliary(doc: QuoteDocument, q: number): boolean {
  const [f, e] = doc.quotedTokens[q];
  for (let k = f; k < e; k++) if (doc.tokens[k].word) return !doc.tokens[k].cap && AUXILIARIES.has(doc.tokens[k].lower);
  return false;
}

/** Whether a quote's content opens in lower case, going on with a sentence begun before it. */
function continuesSentence(doc: QuoteDocument, q: number): boolean {
  const [f, e] = doc.quotedTokens[q];
  for (let k = f; k < e; k++) if (doc.tokens[k].word) return !doc.tokens[k].cap;
  return false;
}

/** Whether an attribution clause hands over to a second cue ("he said, adding:", "he said, adding,"), which then owns the next quote. */
function hasSecondCue(doc: QuoteDocument, a: Attribution): boolean {
  for (let k = a.cue.last + 1; k < a.tailEnd; k++) {
    if (doc.tokens[k].text === ':') return true;
    // "“A,” Lee said, adding that the plan was “B.”": "that" after a participle cue opens a
    // content clause of its own, and the quote in it is part of that report, not more of "A".
    // A full stop before the next quote ends that clause first, and the quote goes on with "A".
    if (doc.tokens[k].lower === 'that' && doc.quoteOf[k] < 0 && isParticipleCue(doc, k - 1) && doc.quoteOf[a.tailEnd] >= 0) return true;
    // "he said, adding, “B.”", "adding later,", "before asking her,": a participle cue a word or
    // two before the comma that precedes the next quote introduces that quote.
    if (isParticipleCue(doc, k) && k + 2 <= a.tailEnd && k + 4 >= a.tailEnd && doc.tokens[a.tailEnd - 1].text === ',' && wordsOnly(doc, k + 1, a.tailEnd - 1)) return true;
    // "Lee said on Monday, though she said, “B.”": a cue with a pronoun subject of its own,
    // right before the comma that precedes the next quote, introduces that quote.
    if (k + 2 === a.tailEnd && doc.tokens[k + 1].text === ',' && isCue(doc, k) === 1 && PERSON_SUBJECTS.has(doc.tokens[k - 1].lower)) return true;
  }
  return false;
}

/** Whether token `k` is a participle of saying ("adding", "noting"). */
function isParticipleCue(doc: QuoteDocument, k: number): boolean {
  const t = doc.tokens[k];
  return PARTICIPLE_CUES.has(t.lower) || (/ing$/.test(t.lower) && isCue(doc, k) === 1);
}

/** Whether tokens `from` to `end` are all lower-case words (an adverb or an addressee: "later", "her"). */
function wordsOnly(doc: QuoteDocument, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (!doc.tokens[k].word || doc.tokens[k].cap) return false;
  return true;
}

/** The first reporting verb of a sentence before `limit`, for participles ("..., saying"); `floor` starts a sentence. */
function sentenceVerb(doc: QuoteDocument, floor: number, limit: number): number {
  const { verbs } = memoOf(doc);
  const s = doc.sentenceOf[floor];
  if (verbs[s] === -1) {
    verbs[s] = -2;
    for (let c = floor; c < doc.sentences[s].end; c++) {
      if (isCue(doc, c) === 1) {
        verbs[s] = c;
        break;
      }
    }
  }
  return verbs[s] >= 0 && verbs[s] < limit ? verbs[s] : floor;
}

/** How far into a sentence an opening adjunct may reach before the subject ("Later on Sunday, Ms. Varga ..."). */
const OPENING_ADJUNCT = 12;

/**
 * The person who opens the sentence from `floor`, at its start or after an opening adjunct
 * closed by a comma, before `limit`: a name or person pronoun followed by a lower-case word
 * that is no preposition (its verb). Null otherwise. Looks at a bounded number of tokens.
 */
function openingPerson(doc: QuoteDocument, floor: number, limit: number): SpeakerMention | null {
  const { tokens } = doc;
  let from = floor;
  for (let k = floor; k < limit && k < floor + OPENING_ADJUNCT; k++) {
    if (tokens[k].text === ',' && doc.quoteOf[k] < 0) {
      from = k + 1;
      break;
    }
  }
  for (const start of from === floor ? [floor] : [floor, from]) {
    const subject = subjectAfter(tokens, start, limit);
    if (!subject || (subject.kind !== 'name' && !(subject.kind === 'pronoun' && PERSON_SUBJECTS.has(tokens[start].lower)))) continue;
    const next = tokens[subject.last + 1];
    if (subject.last + 1 < limit && next.word && !next.cap && !PREPOSITIONS.has(next.lower) && doc.quoteOf[subject.last + 1] < 0) return subject;
  }
  return null;
}

/** Whether the quote closes its sentence, so that it is the whole content of the cue before it. */
function closesSentence(doc: QuoteDocument, q: number): boolean {
  const end = doc.quotedTokens[q][1];
  const sentence = doc.sentences[doc.sentenceOf[end - 1]];
  if (end >= sentence.end) return true;
  const next = doc.tokens[end].text;
  return next === '.' || next === '?' || next === '!' || next === ',' || endsClause(doc, q);
}

/** Words after a quote that open an adjunct or another verb phrase of the same subject, not a clause the quote begins. */
const ADJUNCT_OPENERS = new Set(['and', 'while', 'before', 'after', 'until', 'as', 'when']);

/**
 * "Lee posted a message reading “Thank you all” moments after ...", "the crowd was chanting
 * “Four more years” and waving flags": a quote of two words or more right after a participle
 * of saying (perhaps past a colon or comma), followed by a preposition, a time word or a
 * conjunction that goes on with the verb phrase, is the participle's whole object: what was
 * said, with the sentence going on around it, not a clause the quote begins ("saying “the
 * plan” was flawed"). After a finite verb ("Lee said “...” about the plan") the sentence often
 * goes on with the report, so only participles count.
 */
function adjunctAfterObject(doc: QuoteDocument, q: number, a: Attribution): boolean {
  const [first, end] = doc.quotedTokens[q];
  let before = first - 1;
  if (before >= 0 && /^[,:]$/.test(doc.tokens[before].text)) before--;
  if (a.cue.last !== before || a.cue.first !== a.cue.last || !/ing$/.test(doc.tokens[before].lower) || wordCount(doc, q) < 2) return false;
  const next = doc.tokens[end];
  if (!next?.word || next.cap) return false;
  return PREPOSITIONS.has(next.lower) || ADJUNCT_OPENERS.has(next.lower) || TIME_WORDS_AFTER.has(next.lower);
}

/** Time words that open an adjunct after an object ("moments after", "repeatedly", "again"). */
const TIME_WORDS_AFTER = new Set(['moments', 'minutes', 'hours', 'days', 'again', 'repeatedly', 'today', 'yesterday', 'earlier', 'later', 'twice']);

/** How far back from a colon the cue of a "that" clause it closes is looked for. */
const THAT_CLAUSE_WINDOW = 30;

/**
 * "Lee added that voters have two choices: “...”": a quote after a colon that closes a "that"
 * clause of a cue in its sentence is the end of that report, its quoted part (a mixed quote),
 * not direct speech standing alone. Looks at most THAT_CLAUSE_WINDOW tokens back.
 */
function closesThatClause(doc: QuoteDocument, q: number): boolean {
  const colon = doc.quotedTokens[q][0] - 1;
  if (colon < 0 || doc.tokens[colon].text !== ':') return false;
  const floor = Math.max(doc.sentences[doc.sentenceOf[colon]].first, colon - THAT_CLAUSE_WINDOW);
  for (let k = colon - 2; k > floor; k--) {
    if (doc.quoteOf[k] >= 0) return false;
    // A "that" before an auxiliary is a pronoun or a relative ("how hard that can be").
    if (doc.tokens[k].lower === 'that' && !AUXILIARIES.has(doc.tokens[k + 1].lower) && cueBeforeThat(doc, k, floor)) return true;
  }
  return false;
}

/** How many words of an adjunct may stand between a cue and its "that" ("said in an interview Friday that"). */
const CUE_ADJUNCT_WORDS = 5;

/** Whether a cue or a verb of belief stands right before the "that" at `k`, or a few words of adjunct before it. */
function cueBeforeThat(doc: QuoteDocument, k: number, floor: number): boolean {
  for (let c = k - 1; c >= floor && c >= k - 1 - CUE_ADJUNCT_WORDS; c--) {
    const t = doc.tokens[c];
    if (!t.word || doc.quoteOf[c] >= 0) return false;
    if (isCue(doc, c) === 1 || BELIEF_VERBS.has(t.lower)) return true;
  }
  return false;
}

/** Whether token `f` comes right after a quote, perhaps past the full stop that closes it. */
function followsQuote(doc: QuoteDocument, f: number): boolean {
  const before = f >= 2 && isClauseEnd(doc, f - 1) ? f - 2 : f - 1;
  return before >= 0 && doc.quoteOf[before] >= 0;
}

/**
 * Whether an unattributed quote stands as speech on its own: it opens its paragraph, follows
 * a colon or another quote, ends its sentence, and reads like a sentence rather than a term.
 */
function standsAlone(doc: QuoteDocument, q: number): boolean {
  const [f] = doc.quotedTokens[q];
  const sentence = doc.sentences[doc.sentenceOf[f]];
  // "HOW THE HARBOUR WAS SAVED “The council ...” [Source.]": a digest's headline in capitals,
  // run into its paragraph, ends where the quote under it begins.
  const headline = afterHeadline(doc, f, sentence.first);
  const opensSentence = f === sentence.first || doc.tokens[f - 1]?.text === ':' || headline;
  if (!opensSentence) return false;
  // "The judge leaned back. “...”": a quote after a sentence of narrative inside its paragraph
  // leans on that sentence for its source, which names no cue; it stands alone only when it
  // opens its paragraph, follows a colon, a headline or another quote.
  const opensParagraph = f === doc.paragraphTokens[sentence.paragraph][0];
  if (!opensParagraph && doc.tokens[f - 1].text !== ':' && !headline && !followsQuote(doc, f)) return false;
  // "“Orange Is the New Black” star X ...", "''...,'' since so many ...": a lower-case word
  // after the quote goes on with the sentence, so the quote is its subject or a title, not speech.
  const next = doc.tokens[doc.quotedTokens[q][1]];
  const paragraphEnd = doc.paragraphTokens[doc.quoted[q].lastParagraph][1];
  if (doc.quotedTokens[q][1] < paragraphEnd && next.word && !next.cap && !PERSON_SUBJECTS.has(next.lower)) return false;
  const words = wordCount(doc, q);
  if (opensParagraph ? isSubhead(doc, q, words) : inCapitals(doc, q)) return false;
  return words >= 5 || (words >= 3 && endsClause(doc, q));
}

/** Whether every word of quote `q` is in capitals ("‘GLASS HALF FULL’"): a headline, not speech. */
function inCapitals(doc: QuoteDocument, q: number): boolean {
  const [f, e] = doc.quotedTokens[q];
  for (let k = f; k < e; k++) if (doc.tokens[k].word && doc.tokens[k].text !== doc.tokens[k].text.toUpperCase()) return false;
  return true;
}

/** How many words in capitals before a quote make a headline run into its paragraph. */
const HEADLINE_WORDS = 3;

/** Whether the HEADLINE_WORDS words right before token `f` (from `floor` on) are words in capitals: a headline. Reads a few tokens. */
function afterHeadline(doc: QuoteDocument, f: number, floor: number): boolean {
  let words = 0;
  for (let k = f - 1; k >= floor && k >= f - 2 * HEADLINE_WORDS && words < HEADLINE_WORDS; k--) {
    const t = doc.tokens[k];
    if (doc.quoteOf[k] >= 0) return false;
    if (!t.word) continue;
    if (!/\p{Lu}/u.test(t.text) || t.text !== t.text.toUpperCase()) return false;
    words++;
  }
  return words >= HEADLINE_WORDS;
}

/**
 * "‘A change of guard.’", "“VOTERS DECIDE”": a paragraph that is only a short phrase in quotes
 * (under five words, with no pronoun or auxiliary that would make it a sentence) or a quote in
 * capitals is a subhead that quotes a phrase, not speech.
 */
function isSubhead(doc: QuoteDocument, q: number, words: number): boolean {
  const span = doc.quoted[q];
  const [f, e] = doc.quotedTokens[q];
  if (e !== doc.paragraphTokens[span.lastParagraph][1]) return false;
  let capitals = true;
  let clause = false;
  for (let k = f; k < e; k++) {
    const t = doc.tokens[k];
    if (!t.word) continue;
    if (t.text !== t.text.toUpperCase()) capitals = false;
    // A pronoun or an auxiliary makes a sentence someone says ("This is irresponsible.").
    const word = t.lower.replace(/'.*$/, '');
    if (SUBJECT_PRONOUNS.has(word) || FIRST_PERSON.has(word) || AUXILIARIES.has(word) || word === 'this' || word === 'that' || t.lower.includes("'")) clause = true;
  }
  return capitals || (words < 5 && !clause);
}

/**
 * The subject opening the clause that a colon right before quote `q` closes, when it is a name
 * or a person pronoun followed by a verb form, perhaps after an adverb: "She then told them: “...”".
 */
function colonSubject(doc: QuoteDocument, q: number): SpeakerMention | null {
  const { tokens } = doc;
  const colon = doc.quotedTokens[q][0] - 1;
  if (colon < 0 || tokens[colon].text !== ':') return null;
  const sentence = doc.sentences[doc.sentenceOf[colon]];
  const label = labelSpeaker(doc, sentence.first, colon);
  if (label) return label;
  const subject = subjectAfter(tokens, sentence.first, colon);
  if (!subject || !(subject.kind === 'name' || (subject.kind === 'pronoun' && PERSON_SUBJECTS.has(tokens[subject.first].lower)))) return null;
  // A verb form must follow ("boomed", "adds", "then"): "Each election cycle, ...:" or
  // "Signs of ...:" open with a capitalised word that is no subject.
  const verb = tokens[subject.last + 1];
  if (subject.last + 1 >= colon || !verb.word || verb.cap) return null;
  return /(?:ed|s|ly)$/.test(verb.lower) || IRREGULAR_PAST.has(verb.lower) || BETWEEN_SUBJECT_AND_VERB.has(verb.lower) ? subject : null;
}

/** How many tokens a label before a colon may have ("Jeffrey M. Jones, Gallup"). */
const LABEL_TOKENS = 10;

/**
 * "Trump: ‘...’", "- Carl Bialik: “...”", "Jeffrey M. Jones, Gallup: “...”": a name alone
 * before the colon, opening its sentence or following a dash, as headlines and round-ups
 * label a quote; what follows a comma is the outlet. The name is the speaker.
 */
function labelSpeaker(doc: QuoteDocument, floor: number, colon: number): SpeakerMention | null {
  if (doc.off.has('labels')) return null;
  const { tokens } = doc;
  let from = colon - 1;
  while (from > floor && from > colon - LABEL_TOKENS && !/^[-\u2014\u2013]$/.test(tokens[from - 1].text)) from--;
  if (from > floor && !/^[-\u2014\u2013]$/.test(tokens[from - 1].text)) return null;
  const name = subjectAfter(tokens, from, colon);
  if (!name || name.kind !== 'name') return null;
  // The rest is the outlet after a comma, in capitals, or nothing.
  let k = name.last + 1;
  if (k < colon) {
    if (tokens[k].text !== ',') return null;
    for (k++; k < colon; k++) if (!(tokens[k].cap || tokens[k].text === '.' || tokens[k].text === '&')) return null;
  }
  return name;
}

/**
 * Finds direct quotes: quoted spans attributed by a cue after them or before them, quotes
 * interrupted by their attribution ("“A,” he said. “B.”", kept as one quote), and quotes
 * that stand alone as sentences (which continue the previous speaker).
 */
export function findDirectQuotes(doc: QuoteDocument): DirectResult {
  const drafts: QuoteDraft[] = [];
  const used = new Set<number>();
  const cueTokens = new Set<number>();
  // The last quoted span the latest draft took in, to tell whether another quote comes between.
  let lastQuote = -1;
  // The token after the latest draft's quotes and attribution: a later quote in the same
  // sentence that finishes a clause begun outside it starts its report there, not at the
  // sentence start, so reports never repeat one another ('X called it "A," he said, and Y "B,"
  // she said' would otherwise repeat the sentence in every report, its square in all).
  let taken = 0;
  for (let q = 0; q < doc.quoted.length; q++) {
    if (used.has(q)) continue;
    const span = doc.quoted[q];
    if (wordCount(doc, q) === 0) continue;
    // A work's title is a quoted term, not speech (it stays a scare quote).
    if (isWorkTitle(doc, q)) continue;
    const paragraphEnd = doc.paragraphTokens[span.lastParagraph][1];
    let attribution = attributionAfter(doc, q, paragraphEnd);
    // The quote opening the sentence whose closing cue attributes quote `q`, when no draft took it in.
    let opener = -1;
    if (!attribution) {
      attribution = attributionBefore(doc, q);
      if (!attribution) {
        attribution = cueSentenceBefore(doc, q);
        if (attribution) opener = doc.quoteOf[doc.sentences[doc.sentenceOf[doc.quotedTokens[q][0]] - 1].first];
      }
      if (attribution && !closesSentence(doc, q) && !listClosesSentence(doc, q, paragraphEnd) && !adjunctAfterObject(doc, q, attribution)) attribution = null;
    }
    if (!attribution && (!standsAlone(doc, q) || closesThatClause(doc, q))) continue;
    used.add(q);
    const previous = drafts[drafts.length - 1];
    if (!attribution && previous && continuesParagraphBefore(doc, q, previous, lastQuote)) {
      // "“A,” she said.⏎⏎“B.”": a paragraph that is only a quote goes on with the attributed
      // quote closing the paragraph before it, the way long quotes run in news copy.
      previous.end = span.end;
      previous.paragraph = span.lastParagraph;
      lastQuote = q;
      taken = doc.quotedTokens[q][1];
      continue;
    }
    if (attribution && previous && addsToPrevious(doc, q, attribution, previous, lastQuote)) {
      // "“A.” He added, “B.”": a pronoun speaker adding to the quote just before goes on with
      // it, the way the other interruptions of one quote by its attribution are kept whole.
      for (let c = attribution.cue.first; c <= attribution.cue.last; c++) cueTokens.add(c);
      previous.end = span.end;
      previous.paragraph = span.lastParagraph;
      lastQuote = q;
      taken = Math.max(doc.quotedTokens[q][1], attribution.cue.last + 1);
      continue;
    }
    // "Trump leaned in and boomed: “...”": a quote after a colon belongs to the subject of the
    // clause the colon closes, not to an earlier speaker.
    const introducer = attribution ? null : colonSubject(doc, q);
    const lastQuoteBefore = lastQuote;
    let start = span.start;
    let end = span.end;
    let lastParagraph = span.lastParagraph;
    let kind: 'direct' | 'mixed' = 'direct';
    if (attribution && opener >= 0 && opener > lastQuote && !used.has(opener)) {
      // "“People were dancing” before it, she said. “B.”": the quote the cue closes and the
      // quote after it are one quote interrupted by its attribution.
      used.add(opener);
      start = doc.quoted[opener].start;
    }
    lastQuote = q;
    if (attribution) {
      for (let c = attribution.cue.first; c <= attribution.cue.last; c++) cueTokens.add(c);
      const first = doc.quotedTokens[q][0];
      const from = clauseStart(doc, Math.max(doc.sentences[doc.sentenceOf[first]].first, taken), first);
      if (attribution.tailEnd > doc.quotedTokens[q][1] && first > from && (doc.tokens[first - 1].word || (doc.tokens[first - 1].text === ',' && (opensWithAuxiliary(doc, q) || opensWithFraming(doc, from, first))))) {
        // "Trump and Clinton have “very different goals,” she said": the quote finishes a
        // sentence begun outside it, so the report is the whole sentence, partly quoted. So does
        // a quote whose verb follows a subject outside it ("Smith, as he was known, “was caught ...”"),
        // and one after an opening clause or phrase that frames what was said ("If the bill
        // passes, “it will help,” Lee said").
        kind = 'mixed';
        start = doc.tokens[from].start;
      } else if (attribution.tailEnd === first && attribution.speaker && attribution.speaker.first > from && !asClause(doc, attribution.speaker.first) && !onlyConnective(doc, from, attribution.speaker.first) && continuesSentence(doc, q)) {
        // "That, the commission said, “would help.”": an aside cue inside a sentence whose
        // quoted rest goes on in lower case; the report is the whole sentence.
        kind = 'mixed';
        start = doc.tokens[from].start;
      }
      // "“A,” he said. “B.” “C.”": the quote goes on after its attribution, to the last
      // quote of the paragraph that has no attribution of its own.
      let next = attribution.tailEnd > doc.quotedTokens[q][1] && !hasSecondCue(doc, attribution) ? attribution.tailEnd : -1;
      while (next >= 0 && next < paragraphEnd) {
        if (isClauseEnd(doc, next) || doc.tokens[next].text === ',') next++;
        if (next < paragraphEnd && doc.quoteOf[next] < 0) next = narrativeBridge(doc, next, paragraphEnd);
        const q2 = next >= 0 && next < paragraphEnd ? doc.quoteOf[next] : -1;
        // A quote that runs on into a later paragraph is looked at up to its own end: "“A,” he
        // said. “B.⏎⏎“C,” she said." has C's attribution there, which makes B-and-C a quote of its own.
        if (q2 <= q || used.has(q2) || doc.quotedTokens[q2][0] !== next || attributionAfter(doc, q2, quoteParagraphEnd(doc, q2, paragraphEnd))) break;
        used.add(q2);
        lastQuote = q2;
        end = doc.quoted[q2].end;
        lastParagraph = doc.quoted[q2].lastParagraph;
        next = doc.quotedTokens[q2][1];
      }
      // "They chanted, “A,” and “B.”": quotes joined by "and" or "or" after a cue before the
      // first are one content, the cue's list of what was said.
      if (kind === 'direct' && attribution.tailEnd === doc.quotedTokens[q][0]) {
        for (let q2 = listedQuote(doc, lastQuote, paragraphEnd); q2 >= 0 && !used.has(q2) && closesSentence(doc, q2) && !attributionAfter(doc, q2, paragraphEnd); q2 = listedQuote(doc, q2, paragraphEnd)) {
          used.add(q2);
          lastQuote = q2;
          end = doc.quoted[q2].end;
          lastParagraph = doc.quoted[q2].lastParagraph;
        }
      }
    }
    if (kind === 'direct' && attribution && attribution.tailEnd > doc.quotedTokens[q][1] && previous && leadsInto(doc, q, previous, lastQuoteBefore)) {
      // "“A.”⏎⏎“B,” Ann Lee said.": a paragraph that is only a quote with no source of its own,
      // right before the attributed quote that opens the next paragraph, is its first part.
      drafts.pop();
      start = previous.start;
    }
    const named = attribution?.speaker ?? introducer ?? undefined;
    const speaker = named ? settleSpeaker(doc, named) : undefined;
    drafts.push({
      start,
      end,
      kind,
      paragraph: lastParagraph,
      cue: attribution?.cue,
      speaker,
      continues: !attribution && !introducer,
      unattributed: named !== undefined && speaker === undefined,
      confidence: attribution ? (speaker ? 0.9 : 0.6) : 0.5,
    });
    taken = Math.max(doc.quotedTokens[lastQuote][1], attribution ? Math.max(attribution.cue.last, attribution.speaker?.last ?? -1) + 1 : 0);
  }
  return { drafts, used, cueTokens };
}

/** The token end of the last paragraph of quote `q`, or `paragraphEnd` when the quote ends in the paragraph it is read from. */
function quoteParagraphEnd(doc: QuoteDocument, q: number, paragraphEnd: number): number {
  return Math.max(paragraphEnd, doc.paragraphTokens[doc.quoted[q].lastParagraph][1]);
}

/**
 * "“A,” said X, a farmer. He has voted for 40 years. “B.”": the first token of the next quote
 * in the paragraph after an attributed quote, when the words from `from` to it hold no cue of
 * their own (narrative about the same speaker, which news copy sets between the parts of one
 * quote); -1 otherwise. Reads only up to the next quote, so every token is read once per quote.
 */
function narrativeBridge(doc: QuoteDocument, from: number, paragraphEnd: number): number {
  let stance = false;
  for (let k = from; k < paragraphEnd; k++) {
    // A colon before the quote introduces it in a clause of its own ("X went further: “...”").
    // After a verb of believing or taking a stance, only a quote that opens a sentence of its
    // own goes on with the speaker's words ("She plans to vote for her. “...”"); one inside
    // the verb's sentence is what that verb reports ("His aides called him “...”").
    if (doc.quoteOf[k] >= 0) return doc.tokens[k - 1].text === ':' || (stance && !isClauseEnd(doc, k - 1)) ? -1 : k;
    // A verb of saying starts someone's report.
    if (isCue(doc, k)) return -1;
    if (BELIEF_VERBS.has(doc.tokens[k].lower) || STANCE_VERBS.has(doc.tokens[k].lower)) stance = true;
  }
  return -1;
}

/** Words a title may hold in lower case ("Born to Run", "A Tale of Two Cities"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'is', 'vs']);
/** How many words a quoted title may have. */
const TITLE_WORDS = 8;

/**
 * "her new book, “Tides of the North,”", "the TV show “Harbour Lights.”", "who wrote “The Long Pier,”",
 * "told “Morning Report”": a short quote in title case right after a noun for a work (perhaps
 * past a comma), an authoring verb or a verb of telling names a work or a programme, not speech.
 */
function isWorkTitle(doc: QuoteDocument, q: number): boolean {
  const [f, e] = doc.quotedTokens[q];
  let words = 0;
  for (let k = f; k < e; k++) {
    const t = doc.tokens[k];
    if (!t.word) continue;
    if (++words > TITLE_WORDS || !(t.cap || /^\d/.test(t.text) || (words > 1 && TITLE_SMALL_WORDS.has(t.lower)))) return false;
  }
  if (words === 0) return false;
  let b = f - 1;
  if (b < 0) return false;
  if (doc.tokens[b].text === ',') {
    b--;
    return b >= 0 && WORK_NOUNS.has(doc.tokens[b].lower);
  }
  const before = doc.tokens[b].lower;
  return WORK_NOUNS.has(before) || AUTHORING_VERBS.has(before) || TELLING_VERBS.has(before);
}

/** The first token from `from` (up to the quote at `first`) that a report may start on: a word or a quote. */
function clauseStart(doc: QuoteDocument, from: number, first: number): number {
  let k = from;
  while (k < first && !doc.tokens[k].word && doc.quoteOf[k] < 0) k++;
  return k;
}

/**
 * "Lee praised the plan and said it would pass.⏎⏎“We need this now.”": a paragraph that is
 * only a quote, with no cue and no introducer of its own, right after a paragraph that ends in
 * a report of speech goes on with that report; the report takes the quote in as its quoted
 * part (a mixed quote), the way news copy follows a paraphrase with the speaker's own words.
 * `drafts` are in document order; the joined quote drafts are left out of the result.
 */
export function joinQuoteParagraphsToReports(doc: QuoteDocument, drafts: QuoteDraft[]): QuoteDraft[] {
  const out: QuoteDraft[] = [];
  // Reports whose fragment list this pass made its own: copied once, then added to, so a run of
  // quote paragraphs costs linear time.
  const grown = new Set<QuoteDraft>();
  for (const d of drafts) {
    const previous = out[out.length - 1];
    if (previous && d.kind === 'direct' && !d.cue && d.continues && previous.kind !== 'direct' && previous.cue && previous.end <= d.start && isQuoteParagraphAfter(doc, d, previous)) {
      previous.kind = 'mixed';
      if (!grown.has(previous)) {
        previous.fragments = [...(previous.fragments ?? [])];
        grown.add(previous);
      }
      previous.fragments!.push({ start: d.start, end: d.end });
      previous.end = d.end;
      previous.paragraph = d.paragraph;
      continue;
    }
    out.push(d);
  }
  return out;
}

/** Whether draft `d` is whole paragraphs, the first right after the paragraph in which the report `previous` ends, with only white space or closing punctuation after the report and no colon ending that paragraph. */
function isQuoteParagraphAfter(doc: QuoteDocument, d: QuoteDraft, previous: QuoteDraft): boolean {
  const last = doc.paragraphs[d.paragraph];
  const first = paragraphAt(doc, d.start);
  if (first <= 0 || doc.paragraphs[first].start !== d.start || d.end !== last.start + last.text.trimEnd().length) return false;
  const before = doc.paragraphs[first - 1];
  if (previous.end <= before.start || !previous.cue) return false;
  let rest = doc.text.slice(previous.end, before.end);
  // "..., he told reporters.": the report's own attribution after its content may close the paragraph.
  const cueStart = doc.tokens[previous.cue.first].start;
  if (cueStart >= previous.end && cueStart < before.end) rest = rest.replace(/^[^.?!:“”"]*/, '');
  // No colon: a report that ends in one introduces the quote as its own words ("X said the plan would pass:").
  return /^[\s.,;!?”"’']*$/.test(rest);
}

/** The index of the paragraph (block) holding offset `at`, by binary search. */
function paragraphAt(doc: QuoteDocument, at: number): number {
  let lo = 0;
  let hi = doc.paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.paragraphs[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

