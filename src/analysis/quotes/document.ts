import { normalName } from '../entities/lexicon';
import { Entity, Paragraph, QuoteMarkProblem } from '../types';
import { pairQuoteMarks, QuotedSpan } from './marks';
import { PHRASAL_SPEECH_VERBS, RARER_SPEECH_VERBS, TITLES } from './lexicon';
import { isAbbreviation, Token } from './tokens';
import { blockTokens } from './tokenMemo';

/** A sentence as a half-open range of token indexes. */
export interface Sentence {
  first: number;
  end: number;
  paragraph: number;
}

/**
 * The shared view of one text for the quote passes: tokens of every paragraph in order,
 * quoted spans, which quote (if any) each token lies in, and sentences.
 */
export interface QuoteDocument {
  text: string;
  paragraphs: Paragraph[];
  tokens: Token[];
  /** For each paragraph, the half-open range of its tokens. */
  paragraphTokens: Array<[number, number]>;
  quoted: QuotedSpan[];
  /** Double quotation marks that do not pair up, found while pairing them. */
  markProblems: QuoteMarkProblem[];
  /** For each quoted span, its first token (the opening mark) and its end token (exclusive). */
  quotedTokens: Array<[number, number]>;
  /** For each token, the index of the quoted span containing it, or -1. */
  quoteOf: Int32Array;
  sentences: Sentence[];
  /** For each token, the index of its sentence. */
  sentenceOf: Int32Array;
  /** For each token: 3 inside the mention of a person or organisation, 1 of another named entity, 2 of a date, 0 elsewhere (see `inName`). */
  entityOf: Int8Array;
  /** Names the user ignores, normalised (`normalName`): never shown as speakers. */
  ignored: ReadonlySet<string>;
  /** Rule families left out (the evaluation's ablation table); empty in the product. */
  off: ReadonlySet<QuoteRuleFamily>;
}

/**
 * Rule families that can be left out one by one, so `npm run eval` shows what each adds:
 * `stance` (counted subjects and infinitive complements of stance and belief verbs),
 * `verbs` (rarer verbs of saying), `labels` ("Name:" and "Name, Outlet:" before a quote), `interviews` (question-and-answer layout and the first
 * person in answers), `agreement` (pronouns agree in gender and number with their person),
 * `openers` (a report whose cue has no subject of its own speaks for the source opening its sentence),
 * `clauses` (other verbs and adjectives of certainty with a "that" clause: "learned that", "is confident that"),
 * `arbiter` (the learned arbiter over reported-speech candidates, quotes/arbiter.ts; without it the rules decide).
 */
export type QuoteRuleFamily = 'stance' | 'verbs' | 'labels' | 'interviews' | 'agreement' | 'openers' | 'clauses' | 'arbiter';

/** What the document view knows beyond the text: the entities found in it and the names to ignore. */
export interface DocumentOptions {
  entities?: readonly Entity[];
  ignore?: readonly string[];
  off?: readonly QuoteRuleFamily[];
}

const SENTENCE_END = new Set(['.', '?', '!']);
/** Capitalised words that open a sentence and never continue a name. */
const SENTENCE_OPENERS = new Set(['The', 'He', 'She', 'It', 'They', 'We', 'I', 'But', 'And', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Their', 'Its', 'In', 'A', 'An', 'There']);
const OPENING_MARKS = /^["“‘'`„«]$/;

/** Characters that end a block when a line's last visible character is one: sentence-final punctuation, a colon or a closing mark. */
const BLOCK_END = new Set(['.', '?', '!', ':', ';', '…', '”', '"', '’', "'", ')', ']']);
/** A line that starts a block of its own: it opens with a quotation mark, a dash or a bullet. */
const BLOCK_START = /^\s*["“‘'„«`\u2015\u2014•*-]/;

/** `/\s/` for one character, without a regular expression for the common ASCII ones (this runs on every character). */
function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(ch);
}

/**
 * Splits paragraphs further at single line breaks that end a sentence or start a quote.
 * Some copy separates paragraphs by one newline, and a quote on one line is never attributed
 * by a cue on the next; a hard-wrapped line that stops mid-sentence stays joined to the next.
 */
export function splitBlocks(text: string, paragraphs: Paragraph[]): Paragraph[] {
  const blocks: Paragraph[] = [];
  const push = (p: Paragraph, start: number, end: number, line: number, endLine: number) => {
    blocks.push({ ...p, start, end, index: blocks.length, line, endLine, text: text.slice(start, end) });
  };
  // The next line feed at or after the paragraph's start: found with indexOf, each search
  // starting past the last one, so the text is searched once (CR-only text has none to find).
  let feed = paragraphs.length > 0 ? text.indexOf('\n', paragraphs[0].start) : -1;
  for (const p of paragraphs) {
    let start = p.start;
    let line = p.line;
    let lines = 0;
    // The last character of the current block that is not white space, or -1; each line is
    // read backwards from its end to its last visible character, never the block so far again.
    let visible = -1;
    let unread = p.start;
    if (feed !== -1 && feed < p.start) feed = text.indexOf('\n', p.start);
    for (; feed !== -1 && feed < p.end; feed = text.indexOf('\n', feed + 1)) {
      const i = feed;
      for (let k = i - 1; k >= unread; k--) {
        if (!isSpace(text[k])) {
          visible = k;
          break;
        }
      }
      unread = i + 1;
      lines++;
      const next = i + 1;
      const after = text.slice(next, Math.min(p.end, next + 4));
      if (visible >= start && (BLOCK_END.has(text[visible]) || BLOCK_START.test(after))) {
        push(p, start, visible + 1, line, p.line + lines - 1);
        start = next;
        while (start < p.end && /[ \t\r]/.test(text[start])) start++;
        line = p.line + lines;
        visible = -1;
      }
    }
    if (start < p.end) push(p, start, p.end, line, p.endLine);
  }
  return blocks;
}

/**
 * Builds the document view; linear in the length of the text. Its paragraphs are the blocks
 * of `splitBlocks`, so a quote never runs across a line that ends a sentence.
 */
export function buildDocument(text: string, textParagraphs: Paragraph[], options: DocumentOptions = {}): QuoteDocument {
  const paragraphs = splitBlocks(text, textParagraphs);
  // The blocks' tokens, copied once into an array of the right size (not grown token by token).
  const perBlock = paragraphs.map((p) => blockTokens(text, p.start, p.end));
  let count = 0;
  for (const ts of perBlock) count += ts.length;
  const tokens = new Array<Token>(count);
  // Token offsets side by side in typed arrays: the walks below read them without visiting
  // every token object again.
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const paragraphTokens: Array<[number, number]> = new Array(paragraphs.length);
  let n = 0;
  for (let b = 0; b < perBlock.length; b++) {
    const first = n;
    const own = perBlock[b];
    for (let i = 0; i < own.length; i++) {
      const t = own[i];
      starts[n] = t.start;
      ends[n] = t.end;
      tokens[n++] = t;
    }
    paragraphTokens[b] = [first, n];
  }
  const { spans: quoted, problems: markProblems } = pairQuoteMarks(text, paragraphs);
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  const quotedTokens: Array<[number, number]> = [];
  let k = 0;
  for (let q = 0; q < quoted.length; q++) {
    const span = quoted[q];
    while (k < tokens.length && starts[k] < span.start) k++;
    const first = k;
    let j = k;
    while (j < tokens.length && starts[j] < span.end) {
      // Quoted spans do not nest after pairing, but a single-mark span may sit inside a
      // double one's neighbour; the first claim wins.
      if (quoteOf[j] < 0) quoteOf[j] = q;
      j++;
    }
    quotedTokens.push([first, j]);
  }
  const sentences: Sentence[] = [];
  const sentenceOf = new Int32Array(tokens.length);
  for (let p = 0; p < paragraphs.length; p++) {
    const [pf, pe] = paragraphTokens[p];
    let first = pf;
    for (let i = pf; i < pe; i++) {
      if (i + 1 < pe && endsSentence(text, tokens, quoted, quoteOf, i)) {
        sentences.push({ first, end: i + 1, paragraph: p });
        first = i + 1;
      }
    }
    if (first < pe) sentences.push({ first, end: pe, paragraph: p });
  }
  for (let s = 0; s < sentences.length; s++) {
    for (let i = sentences[s].first; i < sentences[s].end; i++) sentenceOf[i] = s;
  }
  const entityOf = markEntities(starts, ends, options.entities ?? []);
  const ignored = new Set((options.ignore ?? []).map(normalName).filter((name) => name !== ''));
  const off = new Set(options.off ?? []);
  return { text, paragraphs, tokens, paragraphTokens, quoted, markProblems, quotedTokens, quoteOf, sentences, sentenceOf, entityOf, ignored, off };
}

/** Marks the tokens inside entity mentions (dates apart); mentions are sorted once, tokens found by binary search. */
/** Whether token `k` lies in the mention of a named entity other than a date. */
export function inName(doc: QuoteDocument, k: number): boolean {
  return doc.entityOf[k] === 1 || doc.entityOf[k] === 3;
}

function markEntities(starts: Int32Array, ends: Int32Array, entities: readonly Entity[]): Int8Array {
  const marks = new Int8Array(starts.length);
  const mentions = entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, mark: e.type === 'date' ? 2 : e.type === 'person' || e.type === 'organization' ? 3 : 1 }))).sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= m.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < starts.length && starts[k] < m.end; k++) marks[k] = m.mark;
  }
  return marks;
}

/**
 * Whether a sentence ends after token `i`: a full stop, question or exclamation mark outside
 * quotes, or the closing mark of a quote whose content ends one, followed by a capital, a
 * digit or an opening mark. Periods of abbreviations ("Mr.", "U.S.") do not count.
 */
function endsSentence(text: string, tokens: Token[], quoted: QuotedSpan[], quoteOf: Int32Array, i: number): boolean {
  const t = tokens[i];
  const q = quoteOf[i];
  // Most tokens end no sentence: the cheap test on the token itself goes first.
  if (q < 0 ? !SENTENCE_END.has(t.text) : t.end !== quoted[q].end) return false;
  const next = tokens[i + 1];
  const nextStarts = next.cap || /^\d/.test(next.text) || OPENING_MARKS.test(next.text);
  if (!nextStarts) return false;
  if (q < 0) {
    if (!(t.text === '.' && i > 0 && tokens[i - 1].end === t.start && isAbbreviation(tokens[i - 1]))) return true;
    // "... to enter the U.S. The proposal ...": an abbreviation that can end a sentence,
    // followed by a word that only opens one, ends it; a title ("Mr.") never does.
    return !TITLES.has(tokens[i - 1].lower) && SENTENCE_OPENERS.has(next.text);
  }
  const span = quoted[q];
  if (t.end !== span.end || quoteOf[i + 1] === q) return false;
  let k = span.innerEnd - 1;
  while (k > span.innerStart && /\s/.test(text[k])) k--;
  return SENTENCE_END.has(text[k]);
}

/**
 * Token `k` when it lies in the same sentence as token `i`, else undefined: a rule that looks
 * at a cue's neighbours never reads before the first token, past the last, or across a
 * sentence or paragraph start.
 */
export function neighbour(doc: QuoteDocument, i: number, k: number): Token | undefined {
  return k >= 0 && k < doc.tokens.length && doc.sentenceOf[k] === doc.sentenceOf[i] ? doc.tokens[k] : undefined;
}

/** Whether `word` (followed by `next`) is one of the rarer verbs of saying, unless that family is left out. */
export function isRarerSpeechVerb(doc: QuoteDocument, word: string, next: string | undefined): boolean {
  if (doc.off.has('verbs')) return false;
  return RARER_SPEECH_VERBS.has(word) || (next !== undefined && PHRASAL_SPEECH_VERBS.get(word) === next);
}

/** Whether a token is the opening or closing mark of its quoted span. */
export function isQuoteMark(doc: QuoteDocument, i: number): boolean {
  const q = doc.quoteOf[i];
  if (q < 0) return false;
  const span = doc.quoted[q];
  const t = doc.tokens[i];
  return t.start < span.innerStart || t.start >= span.innerEnd;
}
