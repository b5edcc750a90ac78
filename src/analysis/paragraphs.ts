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

interface Line {
  start: number;
  /** End of the line's content, before its line break. */
  end: number;
  blank: boolean;
}

/** Splits on \r\n, \n and \r alike, keeping exact offsets. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    lines.push({ start, end: m.index, blank: isBlank(text, start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, blank: isBlank(text, start, text.length) });
  return lines;
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
 */
export function splitParagraphs(text: string): Paragraph[] {
  const lines = splitLines(text);
  let blockMode = false;
  let seenText = false;
  let pendingBlank = false;
  for (const line of lines) {
    if (line.blank) {
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
    let start = lines[firstLine].start;
    let end = lines[lastLine].end;
    while (start < end && isSpace(text, start)) start++;
    while (end > start && isSpace(text, end - 1)) end--;
    const body = text.slice(start, end);
    paragraphs.push({ index: paragraphs.length, start, end, line: firstLine, endLine: lastLine, text: body, hash: hashText(body) });
  };

  let blockStart = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].blank) {
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
    push(blockStart, lines.length - 1);
  }
  return paragraphs;
}
