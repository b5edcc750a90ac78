/**
 * The tokens (and quotation marks) of a block, cached by the block's text (memo.ts):
 * re-analysing a long article after an edit tokenises only the changed blocks, the others are
 * copied at their new offsets, or reused where they did not move.
 */
import { Memo } from '../memo';
import type { Mark } from './marks';
import { Token, tokenize } from './tokens';

/** A block's tokens relative to its start, and the last copy made at an offset. */
interface BlockTokens {
  relative: Token[];
  at: number;
  tokens: Token[];
}

const blocks = new Memo<BlockTokens>();

/**
 * The tokens of the block `text.slice(start, end)`, equal to `tokenize(text, start, end)`. A
 * block at the same offset as last time gets the same array (every block before an edit), so
 * callers must not change it or its tokens.
 */
export function blockTokens(text: string, start: number, end: number): Token[] {
  const slice = text.slice(start, end);
  const entry = blocks.get([slice], () => ({ relative: tokenize(slice, 0, slice.length), at: -1, tokens: [] }));
  if (entry.at === start) return entry.tokens;
  const relative = entry.relative;
  const tokens = new Array<Token>(relative.length);
  for (let i = 0; i < relative.length; i++) {
    const t = relative[i];
    tokens[i] = { start: t.start + start, end: t.end + start, text: t.text, lower: t.lower, word: t.word, cap: t.cap };
  }
  entry.at = start;
  entry.tokens = tokens;
  return tokens;
}

const marks = new Memo<Mark[]>();

/**
 * How far past a block's end `collectMarks` may read: a backquote's partner and the elisions
 * after an apostrophe ('90s, 'cause) are read from the text that follows.
 */
const MARK_LOOKAHEAD = 6;

/**
 * The quotation-mark candidates of a block (marks.ts, `collect`), cached by the block's text
 * and the few characters after it that the collector may read; the same as
 * `collect(text, start, end)`, fresh objects every time.
 */
export function blockMarks(text: string, start: number, end: number, collect: (text: string, start: number, end: number) => Mark[]): Mark[] {
  const slice = text.slice(start, Math.min(text.length, end + MARK_LOOKAHEAD));
  const relative = marks.get([slice], () => collect(slice, 0, end - start));
  return relative.map((m) => ({ ...m, pos: m.pos + start }));
}
