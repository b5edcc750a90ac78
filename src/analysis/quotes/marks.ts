import { Paragraph, QuoteMarkProblem } from '../types';
import { blockMarks } from './tokenMemo';

/**
 * A span between quotation marks. `start`/`end` include the marks; `innerStart`/`innerEnd`
 * are the content. An unclosed quote ends where its paragraph (or continued paragraph) ends.
 */
export interface QuotedSpan {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  /** Double marks (“ ” " '' ``) or single marks (‘ ’ '). */
  double: boolean;
  closed: boolean;
  /** Index of the paragraph the quote opens in. */
  paragraph: number;
  /** Index of the paragraph the quote ends in (later than `paragraph` for a continued quote). */
  lastParagraph: number;
}

type Role = 'open' | 'close' | 'either';

export interface Mark {
  pos: number;
  len: number;
  double: boolean;
  role: Role;
  /**
   * A curly mark standing the wrong way round for where it is (“ after a word and before a
   * space, ” before a word), the usual trace of an editor's auto-correction. It acts by its
   * position, and its mirror image is the fix.
   */
  reversed?: string;
}

/** The quoted spans of a text, and the double marks that do not pair up. */
export interface MarkPairing {
  spans: QuotedSpan[];
  problems: QuoteMarkProblem[];
}

/** The closing mark that matches each opening mark. */
const CLOSER_OF: Record<string, string> = { '“': '”', '„': '“', '«': '»', '"': '"', '``': "''", "''": "''" };

/** Closing marks each opening mark accepts without complaint („ closes with “ in German and ” in Polish). */
const ACCEPTED_CLOSERS: Record<string, string> = { '“': '”', '„': '“”', '«': '»', '"': '"', '``': "''", "''": "''" };

const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:;,]/;
const CLOSE_CONTEXT = /[\s)\]}.,;:!?\u2014\u2013\-/…]/;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * Decides how a straight mark can act from its neighbours: after a space and before a word it
 * opens; after a word and before a space or punctuation it closes; otherwise either.
 */
function straightRole(prev: string | undefined, next: string | undefined): Role | null {
  const canOpen = prev === undefined || OPEN_CONTEXT.test(prev) || /["“‘'`]/.test(prev);
  const canClose = next === undefined || CLOSE_CONTEXT.test(next) || /["”’']/.test(next);
  const nextBlank = next === undefined || /\s/.test(next);
  const prevBlank = prev === undefined || /\s/.test(prev);
  if (canOpen && !nextBlank && !(canClose && !prevBlank)) return 'open';
  if (canClose && !prevBlank && !(canOpen && !nextBlank)) return 'close';
  return 'either';
}

/** Collects the quotation-mark candidates of one paragraph, in order. */
function collectMarks(text: string, start: number, end: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = start; i < end; i++) {
    const ch = text[i];
    const prev = i > start ? text[i - 1] : undefined;
    switch (ch) {
      case '\u201C': // “
        marks.push(curlyMark(i, 'open', prev, i + 1 < end ? text[i + 1] : undefined));
        break;
      case '\u201D': // ”
        if (isInchSign(text, i, start)) break;
        marks.push(curlyMark(i, 'close', prev, i + 1 < end ? text[i + 1] : undefined));
        break;
      case '\u201E': // „
      case '\u00AB': // «
        marks.push({ pos: i, len: 1, double: true, role: 'open' });
        break;
      case '\u00BB': // »
        marks.push({ pos: i, len: 1, double: true, role: 'close' });
        break;
      case '"':
        if (isInchSign(text, i, start)) break;
        marks.push({ pos: i, len: 1, double: true, role: straightRole(prev, i + 1 < end ? text[i + 1] : undefined) ?? 'either' });
        break;
      case '`':
        if (text[i + 1] === '`') {
          marks.push({ pos: i, len: 2, double: true, role: 'open' });
          i++;
        }
        break;
      case '\u2018': // ‘
        if (!isWordChar(prev)) marks.push({ pos: i, len: 1, double: false, role: 'open' });
        break;
      case '\u2019': // ’
      case "'": {
        // Three in a row close a single quote and the double one around it (",''' said X"), or
        // open both ("''' Yes"), in the newswire style below.
        if (ch === "'" && text[i + 1] === "'" && text[i + 2] === "'" && i + 2 < end) {
          const after = i + 3 < end ? text[i + 3] : undefined;
          if (prev !== undefined && !/\s/.test(prev) && !isWordChar(after)) {
            marks.push({ pos: i, len: 1, double: false, role: 'close' }, { pos: i + 1, len: 2, double: true, role: 'close' });
            i += 2;
            break;
          }
          if ((prev === undefined || OPEN_CONTEXT.test(prev)) && isWordChar(after)) {
            marks.push({ pos: i, len: 2, double: true, role: 'open' }, { pos: i + 2, len: 1, double: false, role: 'open' });
            i += 2;
            break;
          }
        }
        // Two apostrophes in a row are a double mark in some newswire styles ('' ... '').
        if (ch === "'" && text[i + 1] === "'" && i + 1 < end) {
          const role = straightRole(prev, i + 2 < end ? text[i + 2] : undefined);
          marks.push({ pos: i, len: 2, double: true, role: role ?? 'either' });
          i++;
          break;
        }
        const next = i + 1 < end ? text[i + 1] : undefined;
        // Between letters it is an apostrophe (don't, Russia's); never a quote mark.
        if (isWordChar(prev) && isWordChar(next)) break;
        if (!isWordChar(prev) && isWordChar(next)) {
          // Elisions at a word start ('90s, 'em) are apostrophes too.
          if (/^['’](?:\d\d|em\b|til\b|cause\b|n\b)/.test(text.slice(i, i + 6))) break;
          if (prev === undefined || OPEN_CONTEXT.test(prev) || /["“]/.test(prev)) marks.push({ pos: i, len: 1, double: false, role: 'open' });
        } else if (prev !== undefined && !/\s/.test(prev) && (next === undefined || !isWordChar(next))) {
          marks.push({ pos: i, len: 1, double: false, role: 'close' });
        }
        break;
      }
      default:
        break;
    }
  }
  return marks;
}

/** Whether the double mark at `i` is an inch sign in a height or length in feet and inches ("6’2”", "5'11\""), not a quote mark. */
function isInchSign(text: string, i: number, start: number): boolean {
  let k = i - 1;
  while (k >= start && k >= i - 2 && /\d/.test(text[k])) k--;
  return k < i - 1 && k - 1 >= start && /['’′]/.test(text[k]) && /\d/.test(text[k - 1]);
}

/**
 * A curly double mark. It keeps its own direction unless its neighbours leave no doubt about
 * the opposite (“ between the end of a sentence and a space, ” between a space and a word),
 * in which case it acts by its position and is recorded as reversed, its mirror image the fix.
 * A mark with no space on either side (“Yes,”he said) keeps its own direction.
 */
function curlyMark(pos: number, own: 'open' | 'close', prev: string | undefined, next: string | undefined): Mark {
  const spaceBefore = prev === undefined || /[\s([{]/.test(prev);
  const spaceAfter = next === undefined || /[\s)\]}]/.test(next);
  if (own === 'open' && !spaceBefore && /[\p{L}\p{N}.,!?…]/u.test(prev ?? '') && spaceAfter) {
    return { pos, len: 1, double: true, role: 'close', reversed: '\u201D' };
  }
  if (own === 'close' && spaceBefore && isWordChar(next)) return { pos, len: 1, double: true, role: 'open', reversed: '\u201C' };
  return { pos, len: 1, double: true, role: own };
}

/** Whether a paragraph starts with an opening double mark: the sign of a continued quote. */
function opensWithDoubleMark(marks: Mark[], paragraph: Paragraph): boolean {
  return marks.length > 0 && marks[0].pos === paragraph.start && marks[0].double && marks[0].role !== 'close';
}

/**
 * Pairs the quotation marks of a text into quoted spans and reports the double marks that do
 * not pair up. Double marks pair within a paragraph, any double opener with any double closer
 * (a curly opener closed by a straight mark is common in scraped text, and is reported as
 * mismatched). A paragraph that opens a quote without closing it continues into the next
 * paragraph when that one opens with a quotation mark, the usual convention for long quotes;
 * otherwise the quote ends with its paragraph and is reported as unclosed. Single marks pair
 * only outside double quotes, so quotes nested inside a quote are left to it; they are never
 * reported, because a lone single mark is as likely an apostrophe (the ministers', '90s).
 */
export function pairQuoteMarks(text: string, paragraphs: Paragraph[]): MarkPairing {
  const spans: QuotedSpan[] = [];
  const problems: QuoteMarkProblem[] = [];
  const markText = (m: Mark) => text.slice(m.pos, m.pos + m.len);
  const reportReversed = (m: Mark) => {
    if (m.reversed) problems.push({ start: m.pos, end: m.pos + m.len, kind: 'mismatched', mark: markText(m), replacement: m.reversed });
  };
  /** The opener of a quote that runs to `paragraph`'s end without closing. */
  const unclosed = (open: OpenQuote, paragraph: Paragraph) => {
    const m = open.last;
    const replacement = CLOSER_OF[m.reversed ?? markText(m)] ?? '”';
    problems.push({ start: m.pos, end: m.pos + m.len, kind: 'unclosed', mark: markText(m), replacement, fixAt: paragraph.end });
  };
  let carried: OpenQuote | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    const marks = blockMarks(text, para.start, para.end, collectMarks);
    let open: OpenQuote | null = null;
    let k = 0;
    if (carried) {
      if (opensWithDoubleMark(marks, para)) {
        open = { mark: carried.mark, last: marks[0], paragraph: carried.paragraph };
        reportReversed(marks[0]);
        k = 1;
      } else {
        const prev = paragraphs[p - 1];
        spans.push(makeSpan(carried, prev.end, prev.end, false, p - 1));
        unclosed(carried, prev);
      }
      carried = null;
    }
    const doubleSpans: QuotedSpan[] = [];
    const singles: Mark[] = [];
    for (; k < marks.length; k++) {
      const m = marks[k];
      if (!m.double) {
        if (!open) singles.push(m);
        continue;
      }
      reportReversed(m);
      if (!open) {
        if (m.role !== 'close') open = { mark: m, last: m, paragraph: p };
        // A closer with nothing open; a straight mark after a digit is an inch or second sign.
        else if (!(m.len === 1 && text[m.pos] === '"' && /\d/.test(text[m.pos - 1] ?? ''))) problems.push({ start: m.pos, end: m.pos + m.len, kind: 'unopened', mark: markText(m) });
      } else if (m.role !== 'open' || closesGerman(text, open.last, m)) {
        doubleSpans.push(makeSpan(open, m.pos, m.pos + m.len, true, p));
        const opener = open.last.reversed ?? markText(open.last);
        const closer = m.reversed ?? markText(m);
        if (!m.reversed && !(ACCEPTED_CLOSERS[opener] ?? '').includes(closer)) {
          problems.push({ start: m.pos, end: m.pos + m.len, kind: 'mismatched', mark: closer, replacement: CLOSER_OF[opener] ?? closer });
        }
        open = null;
      } else {
        // A second opener before any closer: the first quote was never closed, and where its
        // closer belongs is a guess, so it gets no fix. Restarting at the new opener keeps one
        // stray mark from swallowing the rest of the paragraph.
        problems.push({ start: open.last.pos, end: open.last.pos + open.last.len, kind: 'unclosed', mark: markText(open.last) });
        open = { mark: m, last: m, paragraph: p };
      }
    }
    if (open) {
      const next = paragraphs[p + 1];
      if (next && text[next.start] !== undefined && /["“„«`']/.test(text[next.start])) {
        carried = open;
      } else {
        doubleSpans.push(makeSpan(open, para.end, para.end, false, p));
        unclosed(open, para);
      }
    }
    // A loop, not push(...spans): a paragraph with a hundred thousand quotes would overflow the
    // call stack with that many arguments.
    for (const span of doubleSpans) spans.push(span);
    for (const span of pairSingles(singles, doubleSpans, p)) spans.push(span);
  }
  if (carried) {
    const last = paragraphs[paragraphs.length - 1];
    spans.push(makeSpan(carried, last.end, last.end, false, paragraphs.length - 1));
    unclosed(carried, last);
  }
  return { spans: spans.sort((a, b) => a.start - b.start), problems: problems.sort((a, b) => a.start - b.start) };
}

/** A quote opened and not yet closed: its first opening mark and the one of its latest paragraph. */
interface OpenQuote {
  mark: Mark;
  last: Mark;
  paragraph: number;
}

/** „ is closed by “ in German, where “ would otherwise open a new quote. */
function closesGerman(text: string, opener: Mark, m: Mark): boolean {
  return text[opener.pos] === '\u201E' && text[m.pos] === '\u201C';
}

function makeSpan(open: OpenQuote, innerEnd: number, end: number, closed: boolean, lastParagraph: number): QuotedSpan {
  return {
    start: open.mark.pos,
    end,
    innerStart: open.mark.pos + open.mark.len,
    innerEnd,
    double: open.mark.double,
    closed,
    paragraph: open.paragraph,
    lastParagraph,
  };
}

/**
 * Pairs single marks that lie outside the paragraph's double quotes, each opener with the next
 * closer, never across a double quote. One pass with a pointer into the (sorted) doubles.
 */
function pairSingles(singles: Mark[], doubles: QuotedSpan[], paragraph: number): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let d = 0;
  let open: Mark | null = null;
  for (const m of singles) {
    let crossed = false;
    while (d < doubles.length && doubles[d].end <= m.pos) {
      if (open && doubles[d].start > open.pos) crossed = true;
      d++;
    }
    if (d < doubles.length && m.pos > doubles[d].start) continue;
    if (crossed) open = null;
    if (m.role === 'open') {
      open = m;
    } else if (open) {
      out.push({ start: open.pos, end: m.pos + 1, innerStart: open.pos + 1, innerEnd: m.pos, double: false, closed: true, paragraph, lastParagraph: paragraph });
      open = null;
    }
  }
  return out;
}
