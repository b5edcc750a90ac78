import { ADDRESSEE_VERBS, BELIEF_VERBS, CAPITALISED_FUNCTION_WORDS, DETERMINERS, PARTICIPLE_CUES, QUOTING_VERBS, SPEECH_VERBS, STANCE_VERBS, SUBJECT_PRONOUNS } from './lexicon';
import { QuoteDocument } from './document';
import { QuoteDraft } from './drafts';
import { SpeakerMention, subjectAfter, subjectBefore } from './mentions';
import { isAbbreviation } from './tokens';

/** How far (in tokens) a cue may sit from the quote it introduces or follows. */
const CUE_WINDOW = 14;
/**
 * How far a cue after the quote may sit when an appositive or relative clause closes right
 * before it ("“...,” Trent Lott, who was majority leader under George W. Bush, told ...").
 */
const APPOSITIVE_CUE_WINDOW = 40;
/** How far (in tokens) an attribution clause after its cue may run: a speaker with a long appositive. */
const ATTRIBUTION_TAIL = 50;
const CLAUSE_END = new Set(['.', '?', '!', ';']);

/** Whether token `i` ends a clause; the period of "Mr." or "U.S." does not, nor one before a comma ("Cambridge, Mass., said"). */
function isClauseEnd(doc: QuoteDocument, i: number): boolean {
  const t = doc.tokens[i];
  if (!CLAUSE_END.has(t.text)) return false;
  if (t.text === '.' && doc.tokens[i + 1]?.text === ',') return false;
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

function isCue(doc: QuoteDocument, i: number): number {
  const t = doc.tokens[i];
  if (doc.quoteOf[i] >= 0) return 0;
  if (SPEECH_VERBS.has(t.lower) || QUOTING_VERBS.has(t.lower)) return 1;
  // "As Smith put it, “...”": the idiom quotes; "put" alone does not.
  if (t.lower === 'put' && doc.tokens[i + 1]?.lower === 'it') return 1;
  if (t.lower === 'according' && doc.tokens[i + 1]?.lower === 'to') return 2;
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

function wordCount(doc: QuoteDocument, q: number): number {
  const [f, e] = doc.quotedTokens[q];
  let n = 0;
  for (let i = f; i < e; i++) if (doc.tokens[i].word) n++;
  return n;
}

/** "“...,” he said." / "“...,” said Smith." / "“...,” according to X." */
function attributionAfter(doc: QuoteDocument, q: number, paragraphEnd: number): Attribution | null {
  const { tokens } = doc;
  let i = doc.quotedTokens[q][1];
  const signed = signature(doc, i, paragraphEnd);
  if (signed) return signed;
  const comma = i < paragraphEnd && tokens[i].text === ',';
  if (comma) i++;
  if (!comma && !endsClause(doc, q)) return null;
  // "... is “ongoing.” He said ...": a full stop in the quote and a capitalised pronoun or
  // article after it start a new sentence, which is not this quote's attribution.
  if (!comma && i < paragraphEnd && tokens[i].cap && CAPITALISED_FUNCTION_WORDS.has(tokens[i].lower) && lastContentChar(doc, q) === '.') return null;
  for (let c = i; c < paragraphEnd && c < i + APPOSITIVE_CUE_WINDOW; c++) {
    if (isClauseEnd(doc, c) || doc.quoteOf[c] >= 0) return null;
    const kind = isCue(doc, c);
    if (!kind) continue;
    if (c >= i + CUE_WINDOW && !(kind === 1 && /^[,)\u2014]$/.test(tokens[c - 1].text) && subjectBefore(tokens, c, i))) return null;
    const last = c + kind - 1;
    // "said Smith" / "according to X" name the speaker after the cue; otherwise the speaker
    // is the subject before it, which may carry an appositive ("Blunt, after a pause, said").
    const speaker = kind === 2 || c === i ? subjectAfter(tokens, last + 1, paragraphEnd) : subjectBefore(tokens, c, i) ?? subjectAfter(tokens, i, c);
    if (!speaker && kind !== 2 && c !== i) return null;
    // "X, citing “...,” said the candidate could ...": a verb after the phrase makes it the
    // subject of a content clause, not an inverted speaker of the quote.
    if (kind === 1 && c === i && speaker && startsVerbPhrase(doc, speaker.last + 1, paragraphEnd)) return null;
    // "... “the Art of the Deal.” Mr. Trump said he would ...": after a quote that finished
    // its sentence, a cue followed by its own content clause starts a new report.
    if (!comma && kind === 1 && c > i && /[.?!]/.test(lastContentChar(doc, q)) && opensClauseAfterCue(doc, last + 1, paragraphEnd)) return null;
    let tailEnd = last + 1;
    while (tailEnd < paragraphEnd && tailEnd < last + ATTRIBUTION_TAIL && !isClauseEnd(doc, tailEnd) && !isFreshQuote(doc, tailEnd) && !resumesQuote(doc, tailEnd)) {
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
    // "... “A.” Cruz says, “B.”": after a finished sentence, a cue that ends in a comma or
    // colon before another quote introduces that quote, not the one before it.
    if (!comma && tailEnd < paragraphEnd && doc.quoteOf[tailEnd] >= 0 && /^[,:]$/.test(tokens[tailEnd - 1].text) && /[.?!]/.test(lastContentChar(doc, q))) return null;
    return { cue: { first: c, last }, speaker, tailEnd };
  }
  return null;
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

/** Whether token `i` opens a quote that reads as speech rather than a term inside a clause. */
function isFreshQuote(doc: QuoteDocument, i: number): boolean {
  const q = doc.quoteOf[i];
  return q >= 0 && doc.quotedTokens[q][0] === i && wordCount(doc, q) >= 5;
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
    if (isCue(doc, c) !== 1 && !(c === j && BELIEF_VERBS.has(tokens[c].lower))) continue;
    let speaker = subjectBefore(tokens, c, floor);
    // "Ryan said it is unrealistic to think that, “...”": the cue's content clause begins
    // before the quote, so the quote is a fragment of reported speech, not direct speech.
    if (speaker && opensContentClause(doc, c + 1, j)) return null;
    if (!speaker && PARTICIPLE_CUES.has(tokens[c].lower)) {
      speaker = subjectBefore(tokens, sentenceVerb(doc, floor, c), floor);
    }
    speaker ??= subjectAfter(tokens, c + 1, j + 1);
    return { cue: { first: c, last: c }, speaker, tailEnd: first };
  }
  return null;
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

/** Whether a quote's content opens in lower case, going on with a sentence begun before it. */
function continuesSentence(doc: QuoteDocument, q: number): boolean {
  const [f, e] = doc.quotedTokens[q];
  for (let k = f; k < e; k++) if (doc.tokens[k].word) return !doc.tokens[k].cap;
  return false;
}

/** Whether an attribution clause hands over to a second cue ("he said, adding:"), which then owns the next quote. */
function hasSecondCue(doc: QuoteDocument, a: Attribution): boolean {
  for (let k = a.cue.last + 1; k < a.tailEnd; k++) {
    if (doc.tokens[k].text === ':') return true;
  }
  return false;
}

/** The first reporting verb of a sentence before `limit`, for participles ("..., saying"). */
function sentenceVerb(doc: QuoteDocument, floor: number, limit: number): number {
  for (let c = floor; c < limit; c++) if (isCue(doc, c) === 1) return c;
  return floor;
}

/** Whether the quote closes its sentence, so that it is the whole content of the cue before it. */
function closesSentence(doc: QuoteDocument, q: number): boolean {
  const end = doc.quotedTokens[q][1];
  const sentence = doc.sentences[doc.sentenceOf[end - 1]];
  if (end >= sentence.end) return true;
  const next = doc.tokens[end].text;
  return next === '.' || next === '?' || next === '!' || next === ',' || endsClause(doc, q);
}

/**
 * Whether an unattributed quote stands as speech on its own: it opens its sentence (or
 * follows a colon) and reads like a sentence rather than a term.
 */
function standsAlone(doc: QuoteDocument, q: number): boolean {
  const [f] = doc.quotedTokens[q];
  const sentence = doc.sentences[doc.sentenceOf[f]];
  const opensSentence = f === sentence.first || doc.tokens[f - 1]?.text === ':';
  if (!opensSentence) return false;
  const words = wordCount(doc, q);
  return words >= 5 || (words >= 3 && endsClause(doc, q));
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
  for (let q = 0; q < doc.quoted.length; q++) {
    if (used.has(q)) continue;
    const span = doc.quoted[q];
    if (wordCount(doc, q) === 0) continue;
    const paragraphEnd = doc.paragraphTokens[span.lastParagraph][1];
    let attribution = attributionAfter(doc, q, paragraphEnd);
    if (!attribution) {
      attribution = attributionBefore(doc, q);
      if (attribution && !closesSentence(doc, q)) attribution = null;
    }
    if (!attribution && !standsAlone(doc, q)) continue;
    used.add(q);
    const previous = drafts[drafts.length - 1];
    if (!attribution && previous && continuesParagraphBefore(doc, q, previous, lastQuote)) {
      // "“A,” she said.⏎⏎“B.”": a paragraph that is only a quote goes on with the attributed
      // quote closing the paragraph before it, the way long quotes run in news copy.
      previous.end = span.end;
      previous.paragraph = span.lastParagraph;
      lastQuote = q;
      continue;
    }
    let start = span.start;
    let end = span.end;
    let lastParagraph = span.lastParagraph;
    let kind: 'direct' | 'mixed' = 'direct';
    lastQuote = q;
    if (attribution) {
      for (let c = attribution.cue.first; c <= attribution.cue.last; c++) cueTokens.add(c);
      const first = doc.quotedTokens[q][0];
      const sentence = doc.sentences[doc.sentenceOf[first]];
      if (attribution.tailEnd > doc.quotedTokens[q][1] && first > sentence.first && doc.tokens[first - 1].word) {
        // "Trump and Clinton have “very different goals,” she said": the quote finishes a
        // sentence begun outside it, so the report is the whole sentence, partly quoted.
        kind = 'mixed';
        start = doc.tokens[sentence.first].start;
      } else if (attribution.tailEnd === first && attribution.speaker && attribution.speaker.first > sentence.first && continuesSentence(doc, q)) {
        // "That, the commission said, “would help.”": an aside cue inside a sentence whose
        // quoted rest goes on in lower case; the report is the whole sentence.
        kind = 'mixed';
        start = doc.tokens[sentence.first].start;
      }
      // "“A,” he said. “B.” “C.”": the quote goes on after its attribution, to the last
      // quote of the paragraph that has no attribution of its own.
      let next = attribution.tailEnd > doc.quotedTokens[q][1] && !hasSecondCue(doc, attribution) ? attribution.tailEnd : -1;
      while (next >= 0 && next < paragraphEnd) {
        if (isClauseEnd(doc, next) || doc.tokens[next].text === ',') next++;
        const q2 = next < paragraphEnd ? doc.quoteOf[next] : -1;
        if (q2 <= q || used.has(q2) || doc.quotedTokens[q2][0] !== next || attributionAfter(doc, q2, paragraphEnd)) break;
        used.add(q2);
        lastQuote = q2;
        end = doc.quoted[q2].end;
        lastParagraph = doc.quoted[q2].lastParagraph;
        next = doc.quotedTokens[q2][1];
      }
    }
    drafts.push({
      start,
      end,
      kind,
      paragraph: lastParagraph,
      cue: attribution?.cue,
      speaker: attribution?.speaker ?? undefined,
      continues: !attribution,
      confidence: attribution ? (attribution.speaker ? 0.9 : 0.6) : 0.5,
    });
  }
  return { drafts, used, cueTokens };
}
