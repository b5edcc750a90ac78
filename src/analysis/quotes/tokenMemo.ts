/**
 * The tokens (and quotation marks) of a block, cached by the block's text (memo.ts): re-analysing a long article
 * after an edit tokenises only the changed blocks, the others are copied at their new offsets.
 * The result is the same as `tokenize(text, start, end)`, fresh objects every time.
 */
import { Memo } from '../memo';
import type { Mark } from './marks';
import { Token, tokenize } from './tokens';

const blocks = new Memo<Token[]>();

export function blockTokens(text: string, start: number, end: number): Token[] {
  const slice = text.slice(start, end);
  const relative = blocks.get([slice], () => tokenize(slice, 0, slice.length));
  const tokens = new Array<Token>(relative.length);
  for (let i = 0; i < relative.length; i++) {
    const t = relative[i];
    tokens[i] = { start: t.start + start, end: t.end + start, text: t.text, lower: t.lower, word: t.word, cap: t.cap };
  }
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
