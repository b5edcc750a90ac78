import { Paragraph } from './types';

/**
 * A 53-bit string hash (cyrb53). Not cryptographic: it keys caches and buckets, and every
 * bucket hit is confirmed by comparing the strings themselves.
 */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The lines of a text: where each starts, where its content ends (before its line break), and
 * whether it is blank. Arrays of numbers rather than an object per line: a scraped file can
 * have millions of short lines.
 */
interface Lines {
  start: number[];
  end: number[];
  blank: boolean[];
}

/**
 * Splits on \r\n, \n and \r alike (old Mac files end lines with \r alone), keeping exact
 * offsets. Line breaks are found with indexOf, each search starting where the last one left
 * off, so the text is scanned once.
 */
function splitLines(text: string): Lines {
  const lines: Lines = { start: [], end: [], blank: [] };
  let pos = 0;
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (;;) {
    if (lf !== -1 && lf < pos) lf = text.indexOf('\n', pos);
    if (cr !== -1 && cr < pos) cr = text.indexOf('\r', pos);
    const lineBreak = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
    const end = lineBreak === -1 ? text.length : lineBreak;
    lines.start.push(pos);
    lines.end.push(end);
    lines.blank.push(isBlank(text, pos, end));
    if (lineBreak === -1) return lines;
    pos = lineBreak + (lineBreak === cr && lf === cr + 1 ? 2 : 1);
  }
}

/** White space as `\s` defines it, with a fast path for ASCII. */
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(text[i]);
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (!isSpace(text, i)) return false;
  }
  return true;
}

/**
 * Splits a text into paragraphs with exact offsets. Paragraphs are blocks separated by blank
 * lines; a text with no blank line between two non-blank lines (the way scrapers often
 * write articles) has one paragraph per non-empty line. Spans exclude surrounding white space.
 * Linear in the text: every character is looked at a bounded number of times.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const lines = splitLines(text);
  let blockMode = false;
  let seenText = false;
  let pendingBlank = false;
  const count = lines.start.length;
  for (let i = 0; i < count; i++) {
    if (lines.blank[i]) {
      pendingBlank = seenText;
    } else {
      if (pendingBlank) {
        blockMode = true;
        break;
      }
      seenText = true;
    }
  }

  const paragraphs: Paragraph[] = [];
  const push = (firstLine: number, lastLine: number) => {
    let start = lines.start[firstLine];
    let end = lines.end[lastLine];
    while (start < end && isSpace(text, start)) start++;
    while (end > start && isSpace(text, end - 1)) end--;
    const body = text.slice(start, end);
    paragraphs.push({ index: paragraphs.length, start, end, line: firstLine, endLine: lastLine, text: body, hash: hashText(body) });
  };

  let blockStart = -1;
  for (let i = 0; i < count; i++) {
    if (lines.blank[i]) {
      if (blockStart >= 0) {
        push(blockStart, i - 1);
        blockStart = -1;
      }
    } else if (!blockMode) {
      push(i, i);
    } else if (blockStart < 0) {
      blockStart = i;
    }
  }
  if (blockStart >= 0) {
    push(blockStart, count - 1);
  }
  return paragraphs;
}
