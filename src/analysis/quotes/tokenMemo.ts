/**
 * The tokens of a block, cached by the block's text (memo.ts): re-analysing a long article
 * after an edit tokenises only the changed blocks, the others are copied at their new offsets.
 * The result is the same as `tokenize(text, start, end)`, fresh objects every time.
 */
import { Memo } from '../memo';
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
