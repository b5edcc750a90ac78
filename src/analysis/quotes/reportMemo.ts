/**
 * Reported speech block by block through a memo (memo.ts): after an edit of a long article,
 * only the blocks whose inputs changed run the sentence rules of reported.ts again; the others'
 * drafts are copied at their new offsets. A block's entry is keyed by everything its rules
 * read: the block's text, its sentences, the quoted spans over it (with which are direct
 * quotes), the entity marks and direct cues on its tokens, the ignored names and the rule families left out; a rule that
 * reads a document-wide table records what it looked up (`lookedUp`), and a hit whose answers
 * differ in the current document is computed again. The result is the same as running the
 * rules over every sentence (a property test compares warm and fresh analyses). While the
 * arbiter's candidates are observed (training), every block is computed and the memo left alone.
 */
import { Memo } from '../memo';
import { isObserving } from './arbiter';
import { QuoteDocument, Sentence } from './document';
import { QuoteDraft } from './drafts';
import { QuotedSpan } from './marks';
import { SpeakerMention } from './mentions';

/** Every field of a draft, a speaker mention and a quoted span: a new one fails to compile here until it is moved and keyed. */
const DRAFT_FIELDS: { [K in keyof Required<QuoteDraft>]: true } = { start: true, end: true, kind: true, paragraph: true, cue: true, speaker: true, continues: true, unattributed: true, confidence: true, fragments: true };
const MENTION_FIELDS: { [K in keyof Required<SpeakerMention>]: true } = { first: true, last: true, kind: true, role: true };
const SPAN_FIELDS: { [K in keyof Required<QuotedSpan>]: true } = { start: true, end: true, innerStart: true, innerEnd: true, double: true, closed: true, paragraph: true, lastParagraph: true };
void DRAFT_FIELDS;
void MENTION_FIELDS;
void SPAN_FIELDS;

/** A document-wide table a rule reads, by the function that builds it for a document. */
type Table = (doc: QuoteDocument) => ReadonlySet<string>;

interface BlockReports {
  /** Drafts relative to the block: offsets from its start, tokens from its first, paragraphs from its index. */
  drafts: QuoteDraft[];
  /** Quoted spans that became fragments of mixed quotes, from the block's first quoted span. */
  fragments: number[];
  /** What the rules looked up in document-wide tables, with the answers. */
  lookups: Array<[Table, string, boolean]>;
  /** The block's parts (`blockParts`) the entry was computed with; the key holds only their hash. */
  parts: Int32Array;
}

const blocks = new Memo<BlockReports>();

/** The lookups of the block being computed, or null. */
let recording: Array<[Table, string, boolean]> | null = null;

/** `table(doc).has(word)`, recorded for the block being computed. */
export function lookedUp(doc: QuoteDocument, table: Table, word: string): boolean {
  const answer = table(doc).has(word);
  if (recording) recording.push([table, word, answer]);
  return answer;
}

function moved(d: QuoteDraft, offset: number, token: number, paragraph: number): QuoteDraft {
  const out: QuoteDraft = { ...d, start: d.start + offset, end: d.end + offset, paragraph: d.paragraph + paragraph };
  if (d.cue) out.cue = { first: d.cue.first + token, last: d.cue.last + token };
  if (d.speaker) out.speaker = { ...d.speaker, first: d.speaker.first + token, last: d.speaker.last + token };
  if (d.fragments) out.fragments = d.fragments.map((f) => ({ start: f.start + offset, end: f.end + offset }));
  return out;
}

/** Codes that open each record of a block's parts (see `blockParts`). */
const SENTENCE = 1;
const QUOTED_TOKEN = 2;
const ENTITY_TOKEN = 3;
const OWNED_TOKEN = 4;
const QUOTED_SPAN = 5;

/** The parts of the block being keyed; grown when a block needs more. */
let parts = new Int32Array(1024);

/** Makes room for `more` parts after the first `length`. */
function room(length: number, more: number): void {
  if (length + more <= parts.length) return;
  const grown = new Int32Array(Math.max(parts.length * 2, length + more));
  grown.set(parts);
  parts = grown;
}

/**
 * Everything but the text that the rules read about block `b`, as numbers relative to the
 * block (sentences; quoted, entity and cue tokens; quoted spans), written into `parts`;
 * returns how many. Numbers, not a string: a long article has hundreds of thousands of them.
 */
function blockParts(doc: QuoteDocument, b: number, sentences: [number, number], quotes: [number, number], owned: Uint8Array, usedQuotes: Set<number>): number {
  const [tf, te] = doc.paragraphTokens[b];
  const start = doc.paragraphs[b].start;
  let n = 0;
  room(n, 3 * (sentences[1] - sentences[0]));
  for (let s = sentences[0]; s < sentences[1]; s++) {
    parts[n++] = SENTENCE;
    parts[n++] = doc.sentences[s].first - tf;
    parts[n++] = doc.sentences[s].end - tf;
  }
  const { quoteOf, entityOf } = doc;
  for (let t = tf; t < te; t++) {
    room(n, 8);
    if (quoteOf[t] >= 0) {
      parts[n++] = QUOTED_TOKEN;
      parts[n++] = t - tf;
      parts[n++] = quoteOf[t] - quotes[0];
    }
    if (entityOf[t] !== 0) {
      parts[n++] = ENTITY_TOKEN;
      parts[n++] = t - tf;
      parts[n++] = entityOf[t];
    }
    if (owned[t]) {
      parts[n++] = OWNED_TOKEN;
      parts[n++] = t - tf;
    }
  }
  for (let q = quotes[0]; q < quotes[1]; q++) {
    const span = doc.quoted[q];
    const [qf, qe] = doc.quotedTokens[q];
    room(n, 12);
    for (const v of [QUOTED_SPAN, span.start - start, span.end - start, span.innerStart - start, span.innerEnd - start, +span.double, +span.closed, span.paragraph - b, span.lastParagraph - b, qf - tf, qe - tf, +usedQuotes.has(q)]) parts[n++] = v;
  }
  return n;
}

/** A hash of the first `n` parts; a hit is confirmed by comparing the parts themselves. */
function hashParts(n: number): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < n; i++) {
    h1 = Math.imul(h1 ^ parts[i], 0x01000193);
    h2 = Math.imul(h2 ^ parts[i], 1597334677);
  }
  return `${(h1 >>> 0).toString(36)}.${(h2 >>> 0).toString(36)}.${n}`;
}

function sameParts(stored: Int32Array, n: number): boolean {
  if (stored.length !== n) return false;
  for (let i = 0; i < n; i++) if (stored[i] !== parts[i]) return false;
  return true;
}

/**
 * Runs `each` (the sentence rules of reported speech, which add to `drafts` and `fragments`)
 * over the sentences of `doc`, block by block, taking a block's drafts from the memo when its
 * inputs are unchanged. `each` must only add to `fragments`, never read it.
 */
export function reportsByBlock(doc: QuoteDocument, owned: Set<number>, usedQuotes: Set<number>, drafts: QuoteDraft[], fragments: Set<number>, each: (sentence: Sentence) => void): void {
  const { sentences, quotedTokens } = doc;
  const ignored = `${[...doc.ignored].sort().join('\u0001')}\u0002${[...doc.off].sort().join(',')}`;
  const ownedTokens = new Uint8Array(doc.tokens.length);
  for (const t of owned) if (t >= 0 && t < ownedTokens.length) ownedTokens[t] = 1;
  let s = 0;
  let q0 = 0;
  for (let b = 0; b < doc.paragraphs.length && s < sentences.length; b++) {
    const s0 = s;
    while (s < sentences.length && sentences[s].paragraph === b) s++;
    if (s === s0) continue;
    const [tf, te] = doc.paragraphTokens[b];
    while (q0 < quotedTokens.length && quotedTokens[q0][1] <= tf) q0++;
    let q1 = q0;
    while (q1 < quotedTokens.length && quotedTokens[q1][0] < te) q1++;
    const start = doc.paragraphs[b].start;
    let computed = false;
    const compute = (): Omit<BlockReports, 'parts'> => {
      computed = true;
      const d0 = drafts.length;
      // The block's own fragments: those of its quoted spans that are in the set after it ran.
      const earlier: number[] = [];
      for (let q = q0; q < q1; q++) if (fragments.delete(q)) earlier.push(q);
      const outer = recording;
      const lookups: Array<[Table, string, boolean]> = [];
      recording = lookups;
      try {
        for (let k = s0; k < s; k++) each(sentences[k]);
      } finally {
        recording = outer;
      }
      if (outer) outer.push(...lookups);
      const own: number[] = [];
      for (let q = q0; q < q1; q++) if (fragments.has(q)) own.push(q - q0);
      for (const q of earlier) fragments.add(q);
      return { drafts: drafts.slice(d0).map((d) => moved(d, -start, -tf, -b)), fragments: own, lookups };
    };
    // While the arbiter's candidates are observed (its training), each block runs its rules:
    // a memo hit would hide the candidates of a paragraph the document repeats.
    if (isObserving()) {
      compute();
      continue;
    }
    const n = blockParts(doc, b, [s0, s], [q0, q1], ownedTokens, usedQuotes);
    const value = blocks.get(
      [`${doc.paragraphs[b].text}\u0000${hashParts(n)}\u0000${ignored}`],
      () => {
        const own = parts.slice(0, n);
        return { ...compute(), parts: own };
      },
      undefined,
      (v) => sameParts(v.parts, n) && v.lookups.every(([table, word, answer]) => table(doc).has(word) === answer),
    );
    if (computed) continue;
    for (const d of value.drafts) drafts.push(moved(d, start, tf, b));
    for (const q of value.fragments) fragments.add(q + q0);
  }
}
