/**
 * The words of a text that may repeat a name (entities/index.ts, `repeatedNames`), and counts
 * of words (sports.ts), line by line through a memo (memo.ts): after an edit only the changed lines are scanned again, the
 * others' words are read from the cache at their new offsets. Words never cross a line break,
 * so the result is the scan of the whole text, word for word.
 */
import { Memo } from '../memo';

/** A word as the scan of the whole text finds it: its characters and where it starts. */
export interface Word {
  text: string;
  index: number;
}

/** The word pattern of the scan; it never matches a line break. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.&'’-]*/gu;
const CAPITAL = /^\p{Lu}/u;

/** Per line: the words that open with a capital, as [text, offset in the line] pairs flattened. */
const lines = new Memo<ReadonlyArray<string | number>>();

function capitalWords(line: string): Array<string | number> {
  const out: Array<string | number> = [];
  const word = new RegExp(WORD.source, 'gu');
  for (let m = word.exec(line); m; m = word.exec(line)) if (CAPITAL.test(m[0])) out.push(m[0], m.index);
  return out;
}

/** The lines of a text that are not empty, each with where it starts. */
function* linesOf(text: string): Generator<[string, number]> {
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) yield [text.slice(start, end), start];
    start = end + 1;
  }
}

function* allWords(text: string): Generator<Word> {
  const word = new RegExp(WORD.source, 'gu');
  for (let m = word.exec(text); m; m = word.exec(text)) yield { text: m[0], index: m.index };
}

/**
 * The words of `text` in order, or only those that open with a capital when every one of
 * `sought` (the forms the caller looks for, which keep a word's first character) opens with one.
 */
export function* wordsFor(text: string, sought: Iterable<string>): Generator<Word> {
  for (const s of sought) {
    if (!CAPITAL.test(s)) {
      yield* allWords(text);
      return;
    }
  }
  for (const [line, start] of linesOf(text)) {
    const words = lines.get([line], () => capitalWords(line));
    for (let i = 0; i < words.length; i += 2) yield { text: words[i] as string, index: (words[i + 1] as number) + start };
  }
}

/** Per counting function, its counts per line. */
const counts = new Map<(line: string) => readonly number[], Memo<readonly number[]>>();

/**
 * The sums over the lines of `text` of `count(line)`, which must count only what never crosses
 * a line break (words); each line's counts come from a memo after the first time.
 */
export function sumOverLines(text: string, count: (line: string) => readonly number[]): number[] {
  let memo = counts.get(count);
  if (!memo) counts.set(count, (memo = new Memo<readonly number[]>()));
  const sums: number[] = [];
  for (const [line] of linesOf(text)) {
    const c = memo.get([line], () => count(line));
    for (let i = 0; i < c.length; i++) sums[i] = (sums[i] ?? 0) + c[i];
  }
  return sums;
}
