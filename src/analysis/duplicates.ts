import { Memo } from './memo';
import { hashText } from './paragraphs';
import { DuplicateBlock, DuplicateCopy, DuplicateReport, Paragraph, Span, WordChange } from './types';

/** Tuning of duplicate detection. */
export interface DuplicateOptions {
  /** Paragraphs shorter than this many characters (after normalisation) are never flagged on their own. */
  minLength: number;
  /** Word-level similarity (0..1) from which a paragraph counts as a near duplicate; 1 turns near duplicates off. */
  similarity: number;
}

/** Defaults that flag real repeated copy and leave datelines and "Advertisement" lines alone. */
export const defaultDuplicateOptions: DuplicateOptions = { minLength: 30, similarity: 0.8 };

const QUOTE_VARIANTS = /[\u2018\u2019\u201a\u201b\u2032\u00b4`\uff07]/g;
const DOUBLE_QUOTE_VARIANTS = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02]/g;
const DASH_VARIANTS = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;

/**
 * The form two paragraphs are compared in: lower case, one kind of quote and dash, white space
 * collapsed, and canonically equivalent characters (an accented letter written as one code
 * point or as a letter and a combining accent) in one form. These differences carry no
 * content, so two paragraphs with the same normal form are exact duplicates and removing one
 * loses nothing. Compatibility characters keep their identity: `10⁶` is not `106`, `CO₂` is
 * not `CO2`, `Ⅲ` is not `III`, `ﬁ` is not `fi`, `Ｆ` is not `F` (a copy that differs in them is
 * at most a near duplicate, left for review).
 */
export function normalizeParagraph(text: string): string {
  let out = text;
  // Most news text is ASCII: the Unicode passes are skipped when they cannot change anything.
  if (/[^\x00-\x7f]/.test(out)) {
    out = out.normalize('NFC').replace(QUOTE_VARIANTS, "'").replace(DOUBLE_QUOTE_VARIANTS, '"').replace(DASH_VARIANTS, '-');
  }
  out = out.toLowerCase();
  if (/\s\s|[^\S ]/.test(out)) out = out.replace(/\s+/g, ' ');
  return out.trim();
}

/** Words of a normalised paragraph: runs of letters, digits and marks, punctuation dropped. */
function words(normal: string): string[] {
  return normal.match(/[\p{L}\p{N}\p{M}]+(?:['-][\p{L}\p{N}\p{M}]+)*/gu) ?? [];
}

/** Words as they appear in the original paragraph, for showing changes to a person. */
function displayWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}]+(?:['\u2019-][\p{L}\p{N}\p{M}]+)*/gu) ?? [];
}

/** How many word pairs a paragraph's sketch keeps: its bottom-k shingle hashes. */
const SKETCH_SIZE = 8;
/**
 * Earlier paragraphs remembered per sketch value. A value shared by more paragraphs than this
 * is a common word pair ("said on"): it says nothing about near duplicates and is ignored,
 * which bounds the work per paragraph.
 */
const POSTING_CAP = 8;
/** Sketch values a candidate must share before it is diffed (of SKETCH_SIZE). */
const MIN_VOTES = 3;
/** Candidates verified per paragraph, best sketch overlap first. */
const CANDIDATES = 3;
/** Longest middle section (in words) that the exact word diff is run on. */
const DIFF_LIMIT = 2000;

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  // Surrogate halves count as word characters: an astral letter stays one word.
  return (c >= 0xd800 && c <= 0xdfff) || NON_ASCII_WORD_CHAR.test(text[i]);
}

/** Inserts a hash into a sorted bottom-k list unless it is already there or too large. */
function keepSmallest(best: number[], h: number): void {
  if (best.length === SKETCH_SIZE && h >= best[SKETCH_SIZE - 1]) return;
  if (best.includes(h)) return;
  let j = best.length < SKETCH_SIZE ? best.length : SKETCH_SIZE - 1;
  best[j] = h;
  while (j > 0 && best[j - 1] > best[j]) {
    const t = best[j - 1];
    best[j - 1] = best[j];
    best[j] = t;
    j--;
  }
}

/**
 * A bottom-k sketch of a normalised paragraph's word-pair shingles: the SKETCH_SIZE smallest
 * hashes. Two paragraphs that differ by a word or two share most of their sketches, so
 * indexing the sketches finds near-duplicate candidates without comparing all pairs. Words
 * are hashed as they are scanned, without building strings: this runs on every paragraph.
 */
function sketch(normal: string): number[] {
  const best: number[] = [];
  let prev = -1;
  let h = 0;
  let inWord = false;
  for (let i = 0; i <= normal.length; i++) {
    if (i < normal.length && isWordChar(normal, i)) {
      if (!inWord) {
        h = 0x811c9dc5;
        inWord = true;
      }
      h = Math.imul(h ^ normal.charCodeAt(i), 0x01000193);
    } else if (inWord) {
      inWord = false;
      const word = h >>> 0;
      if (prev >= 0) keepSmallest(best, (Math.imul(prev, 0x9e3779b1) ^ word) >>> 0);
      prev = word;
    }
  }
  // A one-word paragraph is its own sketch.
  if (!best.length && prev >= 0) best.push(prev);
  return best;
}

/** Dice coefficient of two word multisets: a cheap upper bound check before the word diff. */
function diceBound(a: string[], b: string[]): number {
  if (a.length + b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const c = counts.get(w);
    if (c) {
      shared++;
      counts.set(w, c - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

interface WordDiff {
  similarity: number;
  /** Index ranges [aStart, aEnd) and [bStart, bEnd) of each changed stretch. */
  hunks: Array<[number, number, number, number]>;
}

/**
 * Word-level diff: common prefix and suffix trimmed, then a longest-common-subsequence table
 * over the middle. Near duplicates differ in a few words, so the middle is small.
 */
function diffWords(a: string[], b: string[]): WordDiff | undefined {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const am = a.slice(pre, a.length - suf);
  const bm = b.slice(pre, b.length - suf);
  if (am.length > DIFF_LIMIT || bm.length > DIFF_LIMIT) return undefined;
  const rows = am.length + 1;
  const cols = bm.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = am.length - 1; i >= 0; i--) {
    for (let j = bm.length - 1; j >= 0; j--) {
      table[i * cols + j] =
        am[i] === bm[j] ? table[(i + 1) * cols + j + 1] + 1 : Math.max(table[(i + 1) * cols + j], table[i * cols + j + 1]);
    }
  }
  const hunks: Array<[number, number, number, number]> = [];
  let i = 0;
  let j = 0;
  let open: [number, number, number, number] | undefined;
  const close = () => {
    if (open) {
      open[1] = pre + i;
      open[3] = pre + j;
      hunks.push(open);
      open = undefined;
    }
  };
  while (i < am.length || j < bm.length) {
    if (i < am.length && j < bm.length && am[i] === bm[j]) {
      close();
      i++;
      j++;
      continue;
    }
    if (!open) open = [pre + i, 0, pre + j, 0];
    if (j < bm.length && (i === am.length || table[i * cols + j + 1] >= table[(i + 1) * cols + j])) j++;
    else i++;
  }
  close();
  const common = pre + suf + table[0];
  return { similarity: (2 * common) / Math.max(1, a.length + b.length), hunks };
}

/**
 * What a paragraph is on the page, told from its layout alone: a `caption` has a caption
 * label ("Photo:", "FILE PHOTO") or ends in a credit ("(Reuters)", "REUTERS/Name",
 * "Photo: Name"); a `heading` (headline, subhead) is a short line that does not end a
 * sentence, or a short line in capitals; everything else is `body`. A caption that echoes the
 * headline, or a body sentence that expands it, is not a near copy of it: near duplicates
 * pair paragraphs of one kind only.
 */
export type ParagraphKind = 'heading' | 'caption' | 'body';

/** Longest heading, in words: a longer line is body text even without a full stop. */
const HEADING_MAX_WORDS = 20;
/** Caption cues are looked for this close to a paragraph's start and end (it also bounds their cost). */
const CUE_WINDOW = 64;
/** A caption label at the start: "Photo:", "FILE PHOTO -", "Pictured:", "Photograph by". */
const CAPTION_LABEL = /^\W{0,3}(?:file\s)?(?:photo(?:graph)?s?|pictures?|pictured|images?|caption|video|graphic|illustration)\s?(?:[:|/\u2013\u2014-]|by\s)/i;
/** A credit at the end: in parentheses after a sentence or naming a photo or a source with a slash. */
const CAPTION_PAREN_CREDIT = /(?:[.!?]["\u201d\u2019']?\s?\([^()]{1,40}|\([^()]*(?:photo|picture|image|credit|file|\/)[^()]*)\)$/i;
/** An agency credit with a slash at the end: "REUTERS/Yves Herman", "AFP/Getty Images". */
const CAPTION_SLASH_CREDIT = /\b[A-Z]{2,}\s?\/\s?[A-Z][^\s/]*(?: [A-Z][^\s/]*){0,3}$/;
/** A labelled credit at the end: "Photo: Name", "Credit: Agency", "Photo by Name". */
const CAPTION_LABELLED_CREDIT = /\b(?:photo(?:graph)?s?|pictures?|images?|credit)\s?(?::|by\s)[^.!?:]{1,48}$/i;
/** Sentence ends and clause breaks: a line ending in one of these is not a heading. */
const SENTENCE_END = new Set(['.', '!', '?', '\u2026', ':', ';', ',']);
/** Closing marks looked past when finding how a line ends. */
const CLOSING = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);

/** The layout kind of a paragraph (see ParagraphKind); its cost is bounded by the cue windows and the first words. */
export function paragraphKind(p: Paragraph): ParagraphKind {
  const text = p.text;
  const head = text.slice(0, CUE_WINDOW);
  const tail = text.length > CUE_WINDOW ? text.slice(text.length - CUE_WINDOW) : text;
  if (CAPTION_LABEL.test(head) || CAPTION_PAREN_CREDIT.test(tail) || CAPTION_SLASH_CREDIT.test(tail) || CAPTION_LABELLED_CREDIT.test(tail)) {
    return 'caption';
  }
  if (p.endLine > p.line) return 'body';
  let words = 0;
  let inWord = false;
  let lower = false;
  let upper = false;
  for (let i = 0; i < text.length && words <= HEADING_MAX_WORDS; i++) {
    const word = isWordChar(text, i);
    if (word && !inWord) words++;
    inWord = word;
    if (word) {
      const ch = text[i];
      if (ch !== ch.toUpperCase()) lower = true;
      else if (ch !== ch.toLowerCase()) upper = true;
    }
  }
  if (words > HEADING_MAX_WORDS) return 'body';
  let end = text.length - 1;
  while (end > 0 && CLOSING.has(text[end])) end--;
  // A line in capitals is a heading whatever its end; scripts without case say nothing here.
  return !SENTENCE_END.has(text[end]) || (upper && !lower) ? 'heading' : 'body';
}

/**
 * Per paragraph, by index: its normal form and whether it is long enough to be flagged on its
 * own. Plain arrays rather than an object per paragraph: a scraped file can have a million
 * one-word lines.
 */
interface Prepared {
  normal: string[];
  eligible: Uint8Array;
}

/**
 * What a paragraph's own text says, whatever the rest of the document: its normal form,
 * whether it has a letter or digit, and (worked out when first needed) its sketch and its
 * kind. Cached by the paragraph's text (memo.ts), so after an edit of a long article only the
 * changed paragraphs are normalised again; the normal forms are then the same strings as in
 * the last pass, whose hashes the maps below already know.
 */
interface Own {
  normal: string;
  letters: boolean;
  sketch?: number[];
  kind?: ParagraphKind;
}

// Room for every paragraph of a long file (a 10 MB article has some 40,000): a pass over more
// paragraphs than a memo holds finds none of them from the last pass.
const owns = new Memo<Own>(100_000);

function ownOfText(text: string): Own {
  const normal = normalizeParagraph(text);
  return { normal, letters: /[\p{L}\p{N}]/u.test(normal) };
}

function ownOf(p: Paragraph): Own {
  const hash = p.hash || hashText(p.text);
  // The kind also reads whether the paragraph spans lines, so that is part of the key.
  return owns.getOne(p.text, p.endLine > p.line ? `${hash}+` : hash, ownOfText);
}

/**
 * Finds paragraphs that repeat earlier ones, exactly (after normalisation) or nearly (a word
 * or two changed), and groups consecutive copies of consecutive originals into blocks.
 * The cost is linear in the text: exact copies are found by hashing, near ones through a
 * bounded sketch index, and only a few candidates per paragraph are diffed.
 */
export function findDuplicates(paragraphs: Paragraph[], options: DuplicateOptions = defaultDuplicateOptions): DuplicateReport {
  const n = paragraphs.length;
  const prepared: Prepared = { normal: new Array<string>(n), eligible: new Uint8Array(n) };
  const own = new Array<Own>(n);
  for (let i = 0; i < n; i++) {
    const o = ownOf(paragraphs[i]);
    own[i] = o;
    prepared.normal[i] = o.normal;
    prepared.eligible[i] = o.normal.length >= options.minLength && o.letters ? 1 : 0;
  }
  // Kinds are worked out only for paragraphs that a near-duplicate check compares.
  const kindOf = (j: number): ParagraphKind => (own[j].kind ??= paragraphKind(paragraphs[j]));
  const nearEnabled = options.similarity < 1;
  const firstByNormal = new Map<string, number>();
  const postings = new Map<number, number[]>();
  /** The posting list of each value of the current paragraph's sketch, as findNearOriginal found it. */
  const found: Array<number[] | undefined> = [];
  const copyOf: Array<DuplicateCopy | undefined> = new Array(n);

  for (let i = 0; i < n; i++) {
    const normal = prepared.normal[i];
    const first = firstByNormal.get(normal);
    if (first !== undefined) {
      if (prepared.eligible[i]) copyOf[i] = { paragraph: i, original: first, kind: 'exact', similarity: 1, changes: [] };
      continue;
    }
    firstByNormal.set(normal, i);
    if (!nearEnabled || !prepared.eligible[i]) continue;

    const mySketch = (own[i].sketch ??= sketch(normal));
    const near = findNearOriginal(i, mySketch, prepared, kindOf, postings, found, options.similarity, paragraphs);
    if (near) {
      copyOf[i] = { paragraph: i, original: near.original, kind: 'near', similarity: near.similarity, changes: near.changes() };
      continue;
    }
    // Only first occurrences are indexed: a near copy's original is never a copy itself. The
    // lists were looked up for the votes: one look-up per sketch value, not two.
    for (let s = 0; s < mySketch.length; s++) {
      const list = found[s];
      if (!list) postings.set(mySketch[s], [i]);
      else if (list.length < POSTING_CAP) list.push(i);
    }
  }

  bridgeRepeatsInsideRuns(prepared, copyOf);
  joinShortRuns(prepared, copyOf);
  const copies = copyOf.filter((c): c is DuplicateCopy => c !== undefined);
  return { copies, blocks: groupBlocks(copies, paragraphs) };
}

/**
 * The votes of one paragraph's sketch: at most SKETCH_SIZE * POSTING_CAP voters, counted in
 * small typed arrays reused from paragraph to paragraph (nothing here runs inside another call
 * of findNearOriginal). Arrays made per paragraph were garbage that made the collector run
 * more often in a long article, each time copying everything the pass holds: the pass's
 * cost grew faster than the text.
 */
const VOTERS = new Int32Array(SKETCH_SIZE * POSTING_CAP);
const COUNTS = new Int32Array(SKETCH_SIZE * POSTING_CAP);
const RANKED = new Int32Array(SKETCH_SIZE * POSTING_CAP);

function findNearOriginal(
  i: number,
  mySketch: number[],
  prepared: Prepared,
  kindOf: (j: number) => ParagraphKind,
  postings: Map<number, number[]>,
  found: Array<number[] | undefined>,
  threshold: number,
  paragraphs: Paragraph[],
): { original: number; similarity: number; changes: () => WordChange[] } | undefined {
  const voters = VOTERS;
  const counts = COUNTS;
  const ranked = RANKED;
  let nVoters = 0;
  for (let s = 0; s < mySketch.length; s++) {
    const list = postings.get(mySketch[s]);
    found[s] = list;
    if (!list || list.length >= POSTING_CAP) continue;
    for (let l = 0; l < list.length; l++) {
      const voter = list[l];
      let k = 0;
      while (k < nVoters && voters[k] !== voter) k++;
      if (k < nVoters) counts[k]++;
      else {
        voters[nVoters] = voter;
        counts[nVoters++] = 1;
      }
    }
  }
  // Paragraphs with short sketches (few words) need fewer shared values.
  const needed = Math.min(MIN_VOTES, Math.max(1, mySketch.length - 1));
  // Most votes first, then the earliest paragraph (an insertion sort: a few voters pass).
  let nRanked = 0;
  for (let k = 0; k < nVoters; k++) {
    if (counts[k] < needed) continue;
    let at = nRanked++;
    while (at > 0 && (counts[ranked[at - 1]] < counts[k] || (counts[ranked[at - 1]] === counts[k] && voters[ranked[at - 1]] > voters[k]))) {
      ranked[at] = ranked[at - 1];
      at--;
    }
    ranked[at] = k;
  }
  let best: { j: number; pair: Pair } | undefined;
  for (let r = 0; r < nRanked && r < CANDIDATES; r++) {
    const j = voters[ranked[r]];
    // A caption that echoes the headline, or a body sentence that expands it, is another kind of text.
    if (kindOf(j) !== kindOf(i)) continue;
    const pair = compare(paragraphs[j], paragraphs[i], prepared.normal[j], prepared.normal[i], threshold);
    const diff = pair.diff;
    if (diff && diff.similarity >= threshold && (!best || diff.similarity > best.pair.diff!.similarity)) best = { j, pair };
  }
  if (!best) return undefined;
  const { j, pair } = best;
  return {
    original: j,
    similarity: pair.diff!.similarity,
    // A copy of the cached changes: results never share objects that a caller might change.
    changes: () => (pair.changes ??= describeChanges(paragraphs[j].text, paragraphs[i].text, pair.diff!)).map((c) => ({ ...c })),
  };
}

/**
 * The comparison of an earlier paragraph with a later one: their word diff when the cheap
 * bound lets it be near, and the changes a person reads. Cached by the two texts (memo.ts):
 * after an edit only the pairs with a changed paragraph are diffed again.
 */
interface Pair {
  diff?: WordDiff;
  changes?: WordChange[];
}

const pairs = new Memo<Pair>();

function compare(original: Paragraph, copy: Paragraph, theirNormal: string, myNormal: string, threshold: number): Pair {
  const limit = String(threshold);
  return pairs.get(
    [original.text, copy.text, limit],
    () => {
      const theirs = words(theirNormal);
      const mine = words(myNormal);
      return diceBound(theirs, mine) < threshold ? {} : { diff: diffWords(theirs, mine) ?? undefined };
    },
    original.hash && copy.hash ? [original.hash, copy.hash, limit] : undefined,
  );
}

/**
 * Turns diff hunks into the words a person sees, taken from the original texts. Copies whose
 * words are the same but whose punctuation or symbols differ get one change: the stretch of
 * characters between their common start and end.
 */
function describeChanges(originalText: string, copyText: string, diff: WordDiff): WordChange[] {
  if (!diff.hunks.length) {
    let pre = 0;
    while (pre < originalText.length && pre < copyText.length && originalText[pre] === copyText[pre]) pre++;
    let suf = 0;
    const room = Math.min(originalText.length, copyText.length) - pre;
    while (suf < room && originalText[originalText.length - 1 - suf] === copyText[copyText.length - 1 - suf]) suf++;
    return [{ removed: originalText.slice(pre, originalText.length - suf).trim(), added: copyText.slice(pre, copyText.length - suf).trim() }];
  }
  const a = displayWords(originalText);
  const b = displayWords(copyText);
  return diff.hunks.map(([a0, a1, b0, b1]) => ({ removed: a.slice(a0, a1).join(' '), added: b.slice(b0, b1).join(' ') }));
}

/**
 * A paragraph that occurs more than once inside a repeated run (a standard sentence at the
 * end of several articles of a bundle) has its first occurrence elsewhere, which would cut the
 * run's copy into pieces. When the paragraphs after the run's original repeat such a stretch
 * and the run goes on in step after it, the stretch takes them as its originals.
 * Each paragraph is looked at a bounded number of times: a failed stretch is skipped whole.
 */
function bridgeRepeatsInsideRuns(prepared: Prepared, copyOf: Array<DuplicateCopy | undefined>): void {
  const n = copyOf.length;
  let i = 1;
  while (i < n) {
    const prev = copyOf[i - 1];
    const cur = copyOf[i];
    if (!prev || !cur || cur.kind !== 'exact' || cur.original === prev.original + 1) {
      i++;
      continue;
    }
    let k = i;
    let s = prev.original + 1;
    while (k < n && s < k && copyOf[k]?.original !== s && prepared.normal[s] === prepared.normal[k] && (copyOf[k]?.kind === 'exact' || (!copyOf[k] && !prepared.eligible[k]))) {
      k++;
      s++;
    }
    if (k > i && k < n && copyOf[k]?.original === s) {
      for (let x = i; x < k; x++) {
        const c = copyOf[x];
        if (c) c.original = prev.original + 1 + (x - i);
      }
    }
    i = Math.max(k, i + 1);
  }
}

/**
 * Short paragraphs (a heading, a dateline, "Advertisement") are not flagged on their own, but
 * a run of them next to copied paragraphs belongs to the copied block when it repeats, in step,
 * the paragraphs next to the originals: those after the originals of the copy before the run,
 * or those before the original of the copy after it (a heading before a copied article).
 * Their originals are earlier paragraphs that are not copies themselves. Only exact copies
 * carry short paragraphs along: a short line next to a near copy stays, as the near copy does,
 * so that removing all exact copies leaves nothing more to remove. Linear: each short
 * paragraph is compared at most twice.
 */
function joinShortRuns(prepared: Prepared, copyOf: Array<DuplicateCopy | undefined>): void {
  const n = copyOf.length;
  const inStep = (p: number, partner: number, runStart: number) =>
    partner >= 0 && partner < runStart && !copyOf[partner] && prepared.normal[partner] === prepared.normal[p];
  const join = (p: number, original: number) => {
    copyOf[p] = { paragraph: p, original, kind: 'exact', similarity: 1, changes: [] };
  };
  let i = 0;
  while (i < n) {
    if (copyOf[i] || prepared.eligible[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && !copyOf[j + 1] && !prepared.eligible[j + 1]) j++;
    const length = j - i + 1;
    const before = i > 0 && copyOf[i - 1]?.kind === 'exact' ? copyOf[i - 1] : undefined;
    const after = j + 1 < n && copyOf[j + 1]?.kind === 'exact' ? copyOf[j + 1] : undefined;
    // Headings belong to what follows them: the run's end goes with the copy after it first.
    let tail = 0;
    if (after) while (tail < length && inStep(j - tail, after.original - 1 - tail, i)) tail++;
    let head = 0;
    if (before) while (head < length - tail && inStep(i + head, before.original + 1 + head, i)) head++;
    for (let x = 0; x < head; x++) join(i + x, (before as DuplicateCopy).original + 1 + x);
    for (let x = 0; x < tail; x++) join(j - x, (after as DuplicateCopy).original - 1 - x);
    i = j + 1;
  }
}

function spanOf(paragraphs: Paragraph[], first: number, last: number): Span {
  return { start: paragraphs[first].start, end: paragraphs[last].end };
}

/** Consecutive copies of consecutive originals form one block. */
function groupBlocks(copies: DuplicateCopy[], paragraphs: Paragraph[]): DuplicateBlock[] {
  const blocks: DuplicateBlock[] = [];
  let current: DuplicateBlock | undefined;
  for (const c of copies) {
    const lastCopy = current?.copies[current.copies.length - 1];
    const lastOriginal = current?.originals[current.originals.length - 1];
    if (current && lastCopy === c.paragraph - 1 && lastOriginal === c.original - 1) {
      current.copies.push(c.paragraph);
      current.originals.push(c.original);
    } else {
      current = { copies: [c.paragraph], originals: [c.original], span: { start: 0, end: 0 }, originalSpan: { start: 0, end: 0 } };
      blocks.push(current);
    }
  }
  for (const b of blocks) {
    b.span = spanOf(paragraphs, b.copies[0], b.copies[b.copies.length - 1]);
    b.originalSpan = spanOf(paragraphs, b.originals[0], b.originals[b.originals.length - 1]);
  }
  return blocks;
}

/** Which copies an edit removes. */
export type RemovalScope = { kind: 'all' } | { kind: 'block'; block: DuplicateBlock } | { kind: 'copy'; paragraph: number };

/** Where the line break after `offset` starts and where the next line starts; undefined on the last line. */
function lineBreakAfter(text: string, offset: number): { at: number; next: number } | undefined {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  if (i === text.length) return undefined;
  return { at: i, next: text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1 };
}

/**
 * The deletions that remove duplicate copies and leave every other line byte for byte. A
 * paragraph fills whole lines (its span only leaves out their leading and trailing white
 * space), so each run of removed paragraphs goes as whole lines, with the blank lines before
 * it: the neighbours keep their indentation, their line ends and the one separator between
 * them. At the end of the text, a run on the last line takes the line break before it instead.
 * Removing "all" or a block takes exact copies only, so no text is lost that does not occur
 * earlier; a near copy goes only when asked for by itself. Deletions are sorted and do not
 * overlap. Linear: each boundary scans only the white space at the end of a line.
 */
export function planRemoval(text: string, paragraphs: Paragraph[], report: DuplicateReport, scope: RemovalScope): Span[] {
  let chosen: number[];
  if (scope.kind === 'copy') {
    chosen = report.copies.some((c) => c.paragraph === scope.paragraph) ? [scope.paragraph] : [];
  } else {
    // Copies come in document order, and so do a block's.
    const exact = report.copies.filter((c) => c.kind === 'exact').map((c) => c.paragraph);
    if (scope.kind === 'block') {
      const inExact = new Set(exact);
      chosen = scope.block.copies.filter((p) => inExact.has(p));
    } else {
      chosen = exact;
    }
  }
  const deletions: Span[] = [];
  let k = 0;
  while (k < chosen.length) {
    let last = k;
    while (last + 1 < chosen.length && chosen[last + 1] === chosen[last] + 1) last++;
    const first = chosen[k];
    const endBreak = lineBreakAfter(text, paragraphs[chosen[last]].end);
    const prevBreak = first > 0 ? lineBreakAfter(text, paragraphs[first - 1].end) : undefined;
    if (!prevBreak) {
      deletions.push({ start: 0, end: endBreak ? endBreak.next : text.length });
    } else if (!endBreak) {
      deletions.push({ start: prevBreak.at, end: text.length });
    } else if (text[prevBreak.next - 1] === '\r' && text[endBreak.next] === '\n') {
      // Whole lines out would join a kept CR and a kept LF into one CRLF line end, which
      // removes an empty line: the run goes with the line break before it instead.
      deletions.push({ start: prevBreak.at, end: endBreak.at });
    } else {
      deletions.push({ start: prevBreak.next, end: endBreak.next });
    }
    k = last + 1;
  }
  return deletions;
}

/** Applies deletions (sorted, non-overlapping) to a text: what the editor edit will produce. */
export function applyDeletions(text: string, deletions: Span[]): string {
  const parts: string[] = [];
  let pos = 0;
  for (const d of deletions) {
    parts.push(text.slice(pos, d.start));
    pos = d.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}
