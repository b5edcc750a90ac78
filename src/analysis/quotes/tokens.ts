import { ABBREVIATIONS } from './lexicon';

/** A word or punctuation character with its absolute offsets. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text, with curly apostrophes made straight, for lexicon look-ups. */
  lower: string;
  /** Whether the token is a word (letters or digits) rather than punctuation. */
  word: boolean;
  /** Whether the word starts with a capital letter. */
  cap: boolean;
}

// A comma between groups of three digits belongs to its number ("1,100"): it is no clause break.
const TOKEN = /[\p{L}\p{N}]+(?:[’'.\-&][\p{L}\p{N}]+|,\p{N}{3}(?!\p{N}))*|[^\s\p{L}\p{N}]/gu;
const UPPER_START = /^\p{Lu}/u;

/** Splits `text` between `start` and `end` into tokens; linear in the length of the range. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const t = m[0];
    const word = /[\p{L}\p{N}]/u.test(t[0]);
    tokens.push({
      start: start + m.index,
      end: start + m.index + t.length,
      text: t,
      lower: t.toLowerCase().replace(/’/g, "'"),
      word,
      cap: word && UPPER_START.test(t),
    });
  }
  return tokens;
}

/** Whether a period after this token is part of an abbreviation rather than a sentence end. */
export function isAbbreviation(token: Token): boolean {
  // Initials and dotted abbreviations end in one capital ("G.K." in "G.K. Butterfield", "D-N.C.").
  return ABBREVIATIONS.has(token.lower) || /(?:^|[.\-])\p{Lu}$/u.test(token.text);
}

/**
 * Index of the first token whose start is at or after `offset` (tokens are sorted).
 * Returns `tokens.length` when every token is before it.
 */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
