/**
 * CoNLL-2003 style tokens with IOB2 tags: a `-DOCSTART- -X- -X- O` line, then one token per line
 * (`token _ _ TAG`: word, part of speech and chunk left empty as `_`, named-entity tag), and a
 * blank line after each line of the article. Tags are `B-`/`I-` plus `PER`, `ORG`, `LOC`, `MISC`
 * (nationalities) or `DATE` (and a person's label in upper case); `O` outside. Tokens are runs of
 * letters, marks, digits and `_`, or single other characters; a mention's ends always fall
 * between tokens. The format has no offsets, quotes or review status: readers align the tokens
 * with the text.
 */
import type { ExportDocument } from './document';
import { conllLabel } from './labels';

/** The tokens of `text[from, to)` as UTF-16 spans: word runs, or single code points that are neither word nor space. */
export function tokenize(text: string, from: number, to: number, out: [number, number][]): void {
  let i = from;
  while (i < to) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const size = ch.length;
    if (/\s/u.test(ch)) {
      i += size;
      continue;
    }
    if (/[\p{L}\p{M}\p{N}_]/u.test(ch)) {
      let j = i + size;
      while (j < to) {
        const next = String.fromCodePoint(text.codePointAt(j)!);
        if (!/[\p{L}\p{M}\p{N}_]/u.test(next)) break;
        j += next.length;
      }
      out.push([i, Math.min(j, to)]);
      i = j;
    } else {
      out.push([i, i + size]);
      i += size;
    }
  }
}

/** The article as CoNLL-2003 IOB2 lines. */
export function exportConll(doc: ExportDocument): string {
  const lines: string[] = ['-DOCSTART- -X- -X- O', ''];
  // Token boundaries: mention edges cut tokens, so mentions are whole tokens.
  const tokens: [number, number][] = [];
  const cuts: number[] = [];
  for (const m of doc.mentions) cuts.push(m.start, m.end);
  cuts.sort((a, b) => a - b);
  const text = doc.text;
  let cut = 0;
  let lineStart = 0;
  const flushLine = (end: number) => {
    tokens.length = 0;
    let from = lineStart;
    while (cut < cuts.length && cuts[cut] <= from) cut++;
    while (cut < cuts.length && cuts[cut] < end) {
      tokenize(text, from, cuts[cut], tokens);
      from = cuts[cut++];
    }
    tokenize(text, from, end, tokens);
    return tokens;
  };
  let mention = 0;
  const mentions = doc.mentions;
  const emit = (end: number) => {
    const toks = flushLine(end);
    if (!toks.length) return;
    for (const [s, e] of toks) {
      while (mention < mentions.length && mentions[mention].end <= s) mention++;
      const m = mentions[mention];
      const tag = m && m.start <= s && e <= m.end ? `${m.start === s ? 'B' : 'I'}-${conllLabel(m.type)}` : 'O';
      lines.push(`${text.slice(s, e)} _ _ ${tag}`);
    }
    lines.push('');
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      emit(i);
      lineStart = i + 1;
    }
  }
  emit(text.length);
  return `${lines.join('\n')}\n`;
}
