/**
 * Markdown is syntax, not text. `proseView` turns a Markdown text into a prose view of the same
 * length: every character of syntax (block quote, heading and list markers, emphasis, link and
 * image targets, reference definitions, code, HTML, table pipes) becomes a space, while line
 * ends and the words a reader sees stay where they are, so an offset found in the view is an
 * offset into the original. Entities and quotes are found in the view and read back from the
 * original (`quotesFromView`, and `isProse` in the entity options).
 *
 * A scanner written here rather than a Markdown library: micromark, the maintained parser that
 * gives a position for every token, took 13 s for 1 MB of prose and grows with the square of
 * the input on unclosed links and long emphasis runs; markdown-it and commonmark.js give no
 * positions inside a paragraph. The scanner follows CommonMark and GFM closely enough for
 * articles, with one simplification: it does not pair emphasis markers, since any marker that
 * could open or close emphasis is syntax either way. It is linear: every position is read a
 * bounded number of times, and the lookups that a failed link or tag could repeat (the next
 * closing mark, the end of a target) use sorted positions or caches.
 */
import type { QuoteFindings } from './quotes';
import { hashText } from './paragraphs';
import { Entity, Paragraph, Span } from './types';

/** A Markdown text seen as prose. */
export interface ProseView {
  /** The text with every character of syntax replaced by a space; same length, line ends kept. */
  prose: string;
  /**
   * The prose with the pipes between table cells put back, for entity recognition: a name
   * never runs from one cell into the next.
   */
  names: string;
}

/** Turns a Markdown text into its prose view. Linear in the text; never throws. */
export function proseView(markdown: string): ProseView {
  const scanner = new Scanner(markdown);
  scanner.blocks();
  for (const [from, to] of scanner.segments) scanner.inline(from, to);
  const prose = scanner.view([]);
  return { prose, names: scanner.cellPipes.length ? scanner.view(scanner.cellPipes) : prose };
}

/** Whether `text.slice(start, end)` holds no syntax: it reads the same in its prose view. */
export function spanIsProse(text: string, prose: string): (start: number, end: number) => boolean {
  return (start, end) => text.slice(start, end) === prose.slice(start, end);
}

/** The same paragraphs with their text (and hash) read from `text`, a view of equal length. */
export function paragraphsOf(paragraphs: readonly Paragraph[], text: string): Paragraph[] {
  return paragraphs.map((p) => {
    const own = text.slice(p.start, p.end);
    return { ...p, text: own, hash: hashText(own) };
  });
}

/**
 * Entities found in a names view, for the original text: roles are read from the view and so
 * may hold the bars and spaces that stand for syntax; they are written with single spaces.
 */
export function entitiesFromView(entities: Entity[]): Entity[] {
  return entities.map((e) => {
    const roles: string[] = [];
    const seen = new Set<string>();
    for (const role of e.roles) {
      const clean = role.split(/[\s|]+/).filter(Boolean).join(' ');
      if (!clean || seen.has(clean.toLowerCase())) continue;
      seen.add(clean.toLowerCase());
      roles.push(clean);
    }
    return { ...e, roles };
  });
}

/**
 * Quote findings made on the prose view, for the original text. A span never starts or ends on
 * syntax; a quote keeps the syntax inside it (a span has no holes), while a speaker or a cue,
 * which names someone or something, keeps its longest stretch of words between syntax. Every
 * text is read from the original.
 */
export function quotesFromView(findings: QuoteFindings, source: string, prose: string): QuoteFindings {
  const syntax = (i: number) => source.charCodeAt(i) !== prose.charCodeAt(i);
  const trim = (span: Span): Span => {
    let { start, end } = span;
    while (start < end && (syntax(start) || isSpace(prose.charCodeAt(start)))) start++;
    while (end > start && (syntax(end - 1) || isSpace(prose.charCodeAt(end - 1)))) end--;
    return { start, end };
  };
  const read = <T extends Span & { text: string }>(span: T): T => {
    const { start, end } = trim(span);
    return { ...span, start, end, text: source.slice(start, end) };
  };
  // The stretch between syntax with the most letters: "trade minister" in "the [trade minister](url)".
  const name = <T extends Span & { text: string }>(span: T | undefined): T | undefined => {
    if (!span) return undefined;
    let best: Span | undefined;
    let bestLetters = 0;
    for (let i = span.start; i < span.end; ) {
      let j = i;
      let letters = 0;
      while (j < span.end && !syntax(j)) letters += letter.test(prose[j++]) ? 1 : 0;
      if (letters > 0 && letters >= bestLetters) {
        best = trim({ start: i, end: j });
        bestLetters = letters;
      }
      i = j + 1;
    }
    return best ? { ...span, ...best, text: source.slice(best.start, best.end) } : undefined;
  };
  const quotes = findings.quotes.map((q) => {
    const out = read(q);
    const speaker = name(q.speaker);
    const cue = name(q.cue);
    if (speaker) out.speaker = speaker;
    else delete out.speaker;
    if (cue) out.cue = cue;
    else delete out.cue;
    return out;
  });
  const nonEmpty = (span: Span) => span.start < span.end;
  return { quotes: quotes.filter(nonEmpty), scareQuotes: findings.scareQuotes.map(read).filter(nonEmpty), markProblems: findings.markProblems, statedGender: findings.statedGender };
}

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const BANG = 33;
const HASH = 35;
const LPAREN = 40;
const RPAREN = 41;
const STAR = 42;
const PLUS = 43;
const DASH = 45;
const DOT = 46;
const COLON = 58;
const LT = 60;
const EQUALS = 61;
const GT = 62;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const CARET = 94;
const UNDERSCORE = 95;
const BACKTICK = 96;
const PIPE = 124;
const TILDE = 126;

/** Tags whose content is never text: an HTML block of one of these runs to its closing tag. */
const rawTags = ['script', 'pre', 'style', 'textarea'];

function isSpace(c: number): boolean {
  return c === SPACE || c === TAB || c === LF || c === CR || c === 12 || c === 11 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f || c === 0x205f || c === 0x1680;
}

function isLineEnd(c: number): boolean {
  return c === LF || c === CR;
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiAlphanumeric(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57);
}

const punctuation = /[\p{P}\p{S}]/u;
const letter = /\p{L}/u;

function isPunctuation(ch: string): boolean {
  return punctuation.test(ch);
}

/** A normalised reference label: case and runs of white space do not matter. */
function labelKey(label: string): string {
  return label.toLowerCase().split(/\s+/).filter(Boolean).join(' ');
}

/**
 * Sorted positions of one character in a range, built on first use: "the next closing quote
 * after here" is then a binary search, however many failed links ask.
 */
class Positions {
  private readonly at: number[] = [];

  constructor(text: string, code: number, from: number, to: number) {
    for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) this.at.push(i);
  }

  /** The first position at or after `from`, or -1. */
  next(from: number): number {
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.at[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.at.length ? this.at[lo] : -1;
  }
}

/** A pending "[" or "![" of a link or an image. */
interface Opener {
  at: number;
  image: boolean;
}

class Scanner {
  /** 1 where the character is syntax; line ends are never marked. */
  private readonly blank: Uint8Array;
  private readonly n: number;
  /** Reference definitions' labels, normalised. */
  private readonly definitions = new Set<string>();
  /** Ranges of inline content (paragraphs, headings, table rows), in document order. */
  readonly segments: [number, number][] = [];
  /** Pipes between table cells, which the names view keeps. */
  readonly cellPipes: number[] = [];

  constructor(private readonly text: string) {
    this.n = text.length;
    this.blank = new Uint8Array(text.length);
  }

  /** The view: marked characters become spaces, except `keep` (sorted), which stay as written. */
  view(keep: readonly number[]): string {
    const { text, blank, n } = this;
    const parts: string[] = [];
    let k = 0;
    let i = 0;
    while (i < n) {
      let j = i;
      const marked = blank[i] === 1;
      while (j < n && (blank[j] === 1) === marked) j++;
      if (!marked) parts.push(text.slice(i, j));
      else {
        let from = i;
        while (k < keep.length && keep[k] < j) {
          if (keep[k] >= from) {
            parts.push(' '.repeat(keep[k] - from), text[keep[k]]);
            from = keep[k] + 1;
          }
          k++;
        }
        parts.push(' '.repeat(j - from));
      }
      i = j;
    }
    return parts.join('');
  }

  private mark(from: number, to: number): void {
    for (let i = from; i < to; i++) if (!isLineEnd(this.text.charCodeAt(i))) this.blank[i] = 1;
  }

  private code(i: number): number {
    return i < this.n ? this.text.charCodeAt(i) : -1;
  }

  // ---- Blocks -------------------------------------------------------------------------------

  /** Reads the text line by line: marks block syntax, collects definitions and inline segments. */
  blocks(): void {
    const b = new BlockState();
    let start = 0;
    while (start <= this.n) {
      let end = start;
      while (end < this.n && !isLineEnd(this.text.charCodeAt(end))) end++;
      const next = this.nextLine(end);
      const resume = this.line(start, end, next, b);
      start = Math.max(next, resume);
    }
    this.closeParagraph(b);
  }

  private closeParagraph(b: BlockState): void {
    if (b.paragraph) this.segments.push([b.paragraph[0], b.paragraph[1]]);
    b.paragraph = undefined;
  }

  /** Where the line after the line end at `at` starts (past the text's end at the last line). */
  private nextLine(at: number): number {
    if (at >= this.n) return this.n + 1;
    return at + (this.text.charCodeAt(at) === CR && this.code(at + 1) === LF ? 2 : 1);
  }

  /** The end of the line that starts at or after `from`: its first line end or the text's end. */
  private lineEndFrom(from: number): number {
    let i = from;
    while (i < this.n && !isLineEnd(this.text.charCodeAt(i))) i++;
    return i;
  }

  /** Columns of white space from `from` (a tab reaches the next multiple of 4), and where it ends. */
  private indentation(from: number, end: number): { columns: number; at: number } {
    let columns = 0;
    let at = from;
    for (; at < end; at++) {
      const c = this.text.charCodeAt(at);
      if (c === SPACE) columns++;
      else if (c === TAB) columns += 4 - (columns % 4);
      else break;
    }
    return { columns, at };
  }

  /** Handles one line; returns where the next line starts when a block swallowed more lines. */
  private line(start: number, end: number, next: number, b: BlockState): number {
    // Block quote markers, however deeply nested.
    let p = start;
    let quotes = 0;
    for (;;) {
      const { columns, at } = this.indentation(p, end);
      if (columns > 3 || this.code(at) !== GT) break;
      this.mark(at, at + 1);
      p = at + 1;
      const c = this.code(p);
      if (c === SPACE || c === TAB) p++;
      quotes++;
    }

    if (b.fence) {
      const { columns, at } = this.indentation(p, end);
      const blank = at === end;
      if (quotes < b.fence.quotes || (!blank && columns < b.fence.indent)) {
        // The block quote or list item holding the fence ended, and the code with it.
        b.fence = undefined;
      } else {
        this.mark(start, end);
        let k = at;
        while (k < end && this.text.charCodeAt(k) === b.fence.char) k++;
        if (columns - b.fence.indent < 4 && k - at >= b.fence.count && this.indentation(k, end).at === end) b.fence = undefined;
        return next;
      }
    }

    const { columns, at: c } = this.indentation(p, end);
    if (c === end) {
      this.closeParagraph(b);
      b.table = false;
      b.blankBefore = true;
      return next;
    }
    const blankBefore = b.blankBefore;
    b.blankBefore = false;

    if (b.indentedCode) {
      if (columns >= 4) {
        this.mark(start, end);
        return next;
      }
      b.indentedCode = false;
    }
    if (b.list && blankBefore && columns < b.list && !this.listMarker(c, end)) b.list = 0;
    if (!b.paragraph && columns >= b.list + 4) {
      b.indentedCode = true;
      this.mark(start, end);
      return next;
    }

    if (b.table && !b.delimiterNext && !this.hasPipe(c, end)) b.table = false;
    if (b.table) {
      if (b.delimiterNext) {
        b.delimiterNext = false;
        this.mark(c, end);
      } else {
        this.tableRow(c, end);
      }
      return next;
    }

    if (this.rule(c, end, !!b.paragraph)) {
      this.mark(c, end);
      this.closeParagraph(b);
      return next;
    }

    // List markers (with a task box), and block quotes opened inside a list item.
    let q = c;
    let listed = false;
    for (;;) {
      const marker = this.listMarker(q, end);
      if (!marker || (b.paragraph && !b.list && !marker.interrupts)) break;
      this.mark(q, marker.end);
      let content = marker.end;
      const spaces = this.indentation(content, end);
      content = spaces.columns > 4 ? content + 1 : spaces.at;
      b.list = content - p;
      listed = true;
      if (this.code(content) === LBRACKET && ' xX'.includes(this.text[content + 1] ?? '') && this.code(content + 2) === RBRACKET && isSpace(this.code(content + 3))) {
        this.mark(content, content + 3);
        content = this.indentation(content + 3, end).at;
      }
      q = content;
      if (this.code(q) === GT) {
        this.mark(q, q + 1);
        q = this.indentation(q + 1, end).at;
      }
    }
    if (listed) this.closeParagraph(b);
    if (q === end) return next;

    const heading = this.atxHeading(q, end);
    if (heading) {
      this.closeParagraph(b);
      this.segments.push(heading);
      return next;
    }

    const fence = this.fenceOpening(q, end);
    if (fence) {
      this.closeParagraph(b);
      this.mark(start, end);
      b.fence = { ...fence, quotes, indent: listed || b.list ? q - p : 0 };
      return next;
    }

    if (this.code(q) === LT) {
      const until = this.htmlBlockEnd(q, end);
      if (until >= 0) {
        this.closeParagraph(b);
        const blockEnd = this.lineEndFrom(until);
        this.mark(start, blockEnd);
        return this.nextLine(blockEnd);
      }
    }

    if (this.code(q) === LBRACKET && !b.paragraph) {
      const after = this.definition(q, end);
      if (after === end) {
        this.mark(q, end);
        return next;
      }
      if (after > q) {
        // A footnote's definition: its label is syntax, its words are text.
        this.mark(q, after);
        b.paragraph = [after, end];
        return next;
      }
    }

    if (this.hasPipe(q, end) && next <= this.n && this.isDelimiterRow(next)) {
      this.closeParagraph(b);
      b.table = true;
      b.delimiterNext = true;
      this.tableRow(q, end);
      return next;
    }

    if (b.paragraph) b.paragraph[1] = end;
    else b.paragraph = [q, end];
    return next;
  }

  /** A list marker at `at`: "-", "+", "*" or "1." / "1)" followed by white space or the line end. */
  private listMarker(at: number, end: number): { end: number; interrupts: boolean } | undefined {
    const c = this.code(at);
    const emptyAfter = (k: number) => this.indentation(k, end).at === end;
    if (c === DASH || c === PLUS || c === STAR) {
      if (at + 1 < end && !isSpace(this.code(at + 1))) return undefined;
      return { end: at + 1, interrupts: !emptyAfter(at + 1) };
    }
    let k = at;
    while (k < end && k - at < 9 && this.code(k) >= 48 && this.code(k) <= 57) k++;
    if (k === at || (this.code(k) !== DOT && this.code(k) !== RPAREN)) return undefined;
    if (k + 1 < end && !isSpace(this.code(k + 1))) return undefined;
    return { end: k + 1, interrupts: this.text.slice(at, k) === '1' && !emptyAfter(k + 1) };
  }

  /** A thematic break or a setext underline: one of "-*_=" repeated, with spaces between. */
  private rule(at: number, end: number, underParagraph: boolean): boolean {
    const c = this.code(at);
    if (c !== DASH && c !== STAR && c !== UNDERSCORE && c !== EQUALS) return false;
    let count = 0;
    for (let k = at; k < end; k++) {
      const d = this.text.charCodeAt(k);
      if (d === c) count++;
      else if (d !== SPACE && d !== TAB) return false;
    }
    if (c === EQUALS) return underParagraph;
    if (c === DASH) return count >= 3 || underParagraph;
    return count >= 3;
  }

  /** An ATX heading: marks its "#" runs and returns the range of its text, or undefined. */
  private atxHeading(at: number, end: number): [number, number] | undefined {
    let k = at;
    while (k < end && this.code(k) === HASH) k++;
    if (k === at || k - at > 6 || (k < end && !isSpace(this.code(k)))) return undefined;
    this.mark(at, k);
    let last = end;
    while (last > k && isSpace(this.code(last - 1))) last--;
    let closing = last;
    while (closing > k && this.code(closing - 1) === HASH) closing--;
    if (closing < last && (closing === k || isSpace(this.code(closing - 1)))) {
      this.mark(closing, last);
      last = closing;
    }
    return [k, last];
  }

  /** A code fence opening: three or more "`" or "~" (no "`" after a backtick fence). */
  private fenceOpening(at: number, end: number): { char: number; count: number } | undefined {
    const c = this.code(at);
    if (c !== BACKTICK && c !== TILDE) return undefined;
    let k = at;
    while (k < end && this.code(k) === c) k++;
    if (k - at < 3) return undefined;
    if (c === BACKTICK) for (let i = k; i < end; i++) if (this.text.charCodeAt(i) === BACKTICK) return undefined;
    return { char: c, count: k - at };
  }

  /**
   * An HTML block that is never text (a comment, a processing instruction, a declaration, CDATA,
   * or script, pre, style and textarea): the position where its end mark ends, which may be
   * lines later (the text's end when it never closes), or -1 when no such block starts here.
   */
  private htmlBlockEnd(at: number, lineEnd: number): number {
    const rest = (s: string) => this.text.startsWith(s, at);
    let close: string | undefined;
    let from = at + 2;
    if (rest('<!--')) close = '-->';
    else if (rest('<?')) close = '?>';
    else if (rest('<![CDATA[')) close = ']]>';
    else if (rest('<!') && isAsciiLetter(this.code(at + 2))) close = '>';
    else {
      for (const tag of rawTags) {
        const after = at + 1 + tag.length;
        if (this.text.slice(at + 1, after).toLowerCase() !== tag) continue;
        const c = this.code(after);
        if (after === lineEnd || c === GT || isSpace(c)) {
          close = `</${tag}>`;
          from = after;
        }
      }
    }
    if (!close) return -1;
    const found = close.startsWith('</') ? this.indexOfCaseless(close, from) : this.text.indexOf(close, from);
    return found < 0 ? this.n : found + close.length;
  }

  /** `indexOf` for an ASCII closing tag, in any case. */
  private indexOfCaseless(tag: string, from: number): number {
    for (let i = this.text.indexOf('</', from); i >= 0; i = this.text.indexOf('</', i + 2)) {
      if (this.text.slice(i, i + tag.length).toLowerCase() === tag) return i;
    }
    return -1;
  }

  /**
   * A link reference definition "[label]: target 'title'" on one line: records the label and
   * returns the line's end; for a footnote definition "[^label]:" returns where its text
   * starts; otherwise `at`.
   */
  private definition(at: number, end: number): number {
    let k = at + 1;
    const footnote = this.code(k) === CARET;
    while (k < end && k - at <= 1000) {
      const c = this.code(k);
      if (c === RBRACKET || c === LBRACKET) break;
      k += c === BACKSLASH ? 2 : 1;
    }
    if (this.code(k) !== RBRACKET || this.code(k + 1) !== COLON || k === at + 1) return at;
    const label = this.text.slice(at + 1, k);
    if (footnote) return k + 2;
    let d = this.indentation(k + 2, end).at;
    if (d === end) return at;
    if (this.code(d) === LT) {
      while (d < end && this.code(d) !== GT) d++;
      if (d === end) return at;
      d++;
    } else {
      while (d < end && !isSpace(this.code(d))) d++;
    }
    let t = this.indentation(d, end).at;
    if (t < end && t > d) {
      const open = this.code(t);
      const close = open === LPAREN ? RPAREN : open;
      if (open !== 34 && open !== 39 && open !== LPAREN) return at;
      t++;
      while (t < end && this.code(t) !== close) t++;
      if (t === end) return at;
      t = this.indentation(t + 1, end).at;
    }
    if (t !== end) return at;
    this.definitions.add(labelKey(label));
    return end;
  }

  private hasPipe(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.text.charCodeAt(i) === PIPE) return true;
    return false;
  }

  /** A table's delimiter row ("|---|:--:|") on the line starting at `from`, after block quote markers. */
  private isDelimiterRow(from: number): boolean {
    const end = this.lineEndFrom(from);
    let pipes = 0;
    let dashes = 0;
    for (let i = from; i < end; i++) {
      const c = this.text.charCodeAt(i);
      if (c === PIPE) pipes++;
      else if (c === DASH) dashes++;
      else if (c !== COLON && c !== GT && !isSpace(c)) return false;
    }
    return pipes > 0 && dashes > 0;
  }

  /** A table row: its unescaped pipes are syntax, its cells inline content. */
  private tableRow(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const c = this.text.charCodeAt(i);
      if (c === BACKSLASH) i++;
      else if (c === PIPE) {
        this.mark(i, i + 1);
        this.cellPipes.push(i);
      }
    }
    this.segments.push([from, to]);
  }

  // ---- Inline content -----------------------------------------------------------------------

  /** Marks the inline syntax of one segment (a paragraph, a heading's text, a table row). */
  inline(from: number, to: number): void {
    new InlineScanner(this.text, this.blank, this.definitions, from, to, (a, b) => this.mark(a, b)).run();
  }
}

/** What the block pass carries from one line to the next. */
class BlockState {
  /** The open paragraph's range, from its first content to the end of its last line. */
  paragraph: [number, number] | undefined;
  fence: { char: number; count: number; quotes: number; indent: number } | undefined;
  indentedCode = false;
  /** The column where the current list item's content starts, or 0 outside lists. */
  list = 0;
  table = false;
  delimiterNext = false;
  blankBefore = true;
}

class InlineScanner {
  private readonly positions = new Map<number, Positions>();
  /** Backtick runs of the segment by length, for closing code spans. */
  private backtickRuns: Map<number, number[]> | undefined;
  /** Parentheses of the segment with the depth before each, and where the depth first falls below it. */
  private parens: { at: number[]; fallsAt: number[] } | undefined;
  /** Where a run of white space that starts at a position ends. */
  private readonly spaceRuns = new Map<number, number>();
  /** The last search for an end mark ("-->", "?>", "]]>"): from where, and where it was found. */
  private readonly endMarks = new Map<string, { from: number; at: number }>();

  constructor(
    private readonly text: string,
    private readonly blank: Uint8Array,
    private readonly definitions: ReadonlySet<string>,
    private readonly from: number,
    private readonly to: number,
    private readonly mark: (from: number, to: number) => void,
  ) {}

  private code(i: number): number {
    return i < this.to ? this.text.charCodeAt(i) : -1;
  }

  /** The character before `i`; the segment's start counts as white space. */
  private before(i: number): string {
    return i > this.from ? this.text[i - 1] : ' ';
  }

  /** The character at `i`; the segment's end counts as white space. */
  private after(i: number): string {
    return i < this.to ? this.text[i] : ' ';
  }

  run(): void {
    const openers: Opener[] = [];
    // The last "[" or "]" seen: a shortcut reference's label holds no brackets.
    let lastBracket = -1;
    let i = this.from;
    while (i < this.to) {
      if (this.blank[i]) {
        i++;
        continue;
      }
      const c = this.text.charCodeAt(i);
      if (c === BACKSLASH) {
        const d = this.code(i + 1);
        if (isAsciiPunctuation(d) || isLineEnd(d)) this.mark(i, i + 1);
        i += isAsciiPunctuation(d) ? 2 : 1;
      } else if (c === BACKTICK) {
        const run = this.runLength(i, c);
        const close = this.codeSpanEnd(i, run);
        if (close > 0) this.mark(i, close);
        i = close > 0 ? close : i + run;
      } else if (c === LT) {
        const end = this.autolinkOrTag(i);
        if (end > i) this.mark(i, end);
        i = end > i ? end : i + 1;
      } else if (c === BANG && this.code(i + 1) === LBRACKET) {
        openers.push({ at: i, image: true });
        lastBracket = i + 1;
        i += 2;
      } else if (c === LBRACKET) {
        const footnote = this.footnoteReference(i);
        if (footnote > i) {
          this.mark(i, footnote);
          i = footnote;
          continue;
        }
        openers.push({ at: i, image: false });
        lastBracket = i;
        i++;
      } else if (c === RBRACKET) {
        const opener = openers.pop();
        const open = opener ? opener.at + (opener.image ? 1 : 0) : -1;
        const plainLabel = opener !== undefined && lastBracket === open;
        lastBracket = i;
        const end = opener ? this.linkTail(open, i, plainLabel) : -1;
        if (opener && end > 0) {
          this.mark(opener.at, open + 1);
          this.mark(i, end);
          i = end;
        } else i++;
      } else if (c === STAR || c === UNDERSCORE || c === TILDE) {
        const run = this.runLength(i, c);
        if (this.isDelimiter(i, run, c)) this.mark(i, i + run);
        i += run;
      } else if (c === 104 || c === 72 || c === 119 || c === 87) {
        const end = this.literalUrl(i);
        if (end > i) this.mark(i, end);
        i = end > i ? end : i + 1;
      } else {
        i++;
      }
    }
  }

  private runLength(at: number, c: number): number {
    let k = at;
    while (k < this.to && this.text.charCodeAt(k) === c) k++;
    return k - at;
  }

  /** Sorted positions of a character in the segment. */
  private next(c: number, from: number): number {
    let p = this.positions.get(c);
    if (!p) {
      p = new Positions(this.text, c, this.from, this.to);
      this.positions.set(c, p);
    }
    return p.next(from);
  }

  /** Where white space (with at most one line end) starting at `at` ends. */
  private skipSpace(at: number): number {
    const known = this.spaceRuns.get(at);
    if (known !== undefined) return known;
    let k = at;
    let lineEnds = 0;
    while (k < this.to) {
      const c = this.text.charCodeAt(k);
      if (isLineEnd(c)) {
        if (lineEnds++ > 0) break;
        k += c === CR && this.code(k + 1) === LF ? 2 : 1;
      } else if (isSpace(c) || this.blank[k]) k++;
      else break;
    }
    this.spaceRuns.set(at, k);
    return k;
  }

  /** The end of the code span opened by a backtick run of `run` at `at`, or -1. */
  private codeSpanEnd(at: number, run: number): number {
    if (!this.backtickRuns) {
      this.backtickRuns = new Map();
      for (let k = this.from; k < this.to; ) {
        if (this.text.charCodeAt(k) !== BACKTICK) {
          k++;
          continue;
        }
        const length = this.runLength(k, BACKTICK);
        const list = this.backtickRuns.get(length) ?? [];
        list.push(k);
        this.backtickRuns.set(length, list);
        k += length;
      }
    }
    const list = this.backtickRuns.get(run) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length ? list[lo] + run : -1;
  }

  /**
   * An autolink ("<https://...>", "<name@host>") or an HTML tag, comment, processing
   * instruction, declaration or CDATA section at `at`: where it ends, or `at`.
   */
  private autolinkOrTag(at: number): number {
    const t = this.text;
    if (t.startsWith('<!--', at)) return this.endMark('-->', at + 4, at);
    if (t.startsWith('<?', at)) return this.endMark('?>', at + 2, at);
    if (t.startsWith('<![CDATA[', at)) return this.endMark(']]>', at + 9, at);
    if (t.startsWith('<!', at) && isAsciiLetter(this.code(at + 2))) {
      const gt = this.next(GT, at + 2);
      return gt < 0 ? at : gt + 1;
    }
    return Math.max(this.autolink(at), this.tag(at));
  }

  /** Where `close` ends after `from`; `at` when it never comes. Searches move forward, so each is cached. */
  private endMark(close: string, from: number, at: number): number {
    const last = this.endMarks.get(close);
    let found: number;
    if (last && last.from <= from && (last.at < 0 || last.at >= from)) found = last.at;
    else {
      found = this.text.indexOf(close, from);
      if (found + close.length > this.to) found = -1;
      this.endMarks.set(close, { from, at: found });
    }
    return found < 0 ? at : found + close.length;
  }

  private autolink(at: number): number {
    let k = at + 1;
    // A scheme ("https:"): a letter, then letters, digits, "+", "." or "-", 2 to 32 in all.
    if (isAsciiLetter(this.code(k))) {
      while (k < this.to && k - at <= 33 && (isAsciiAlphanumeric(this.code(k)) || this.code(k) === PLUS || this.code(k) === DOT || this.code(k) === DASH)) k++;
      if (this.code(k) === COLON && k - at - 1 >= 2) {
        k++;
        while (k < this.to && this.code(k) !== GT && this.code(k) !== LT && !isSpace(this.code(k))) k++;
        if (this.code(k) === GT) return k + 1;
      }
    }
    // An e-mail address.
    k = at + 1;
    const local = (c: number) => isAsciiAlphanumeric(c) || ".!#$%&'*+/=?^_`{|}~-".includes(String.fromCharCode(c));
    while (k < this.to && local(this.code(k))) k++;
    if (k === at + 1 || this.code(k) !== 64) return at;
    k++;
    const domainStart = k;
    while (k < this.to && (isAsciiAlphanumeric(this.code(k)) || this.code(k) === DASH || this.code(k) === DOT)) k++;
    return k > domainStart && this.code(k) === GT ? k + 1 : at;
  }

  /** An open or closing HTML tag at `at`: where it ends, or `at`. */
  private tag(at: number): number {
    let k = at + 1;
    const closing = this.code(k) === 47;
    if (closing) k++;
    if (!isAsciiLetter(this.code(k))) return at;
    while (k < this.to && (isAsciiAlphanumeric(this.code(k)) || this.code(k) === DASH)) k++;
    if (closing) {
      k = this.skipSpace(k);
      return this.code(k) === GT ? k + 1 : at;
    }
    for (;;) {
      const spaced = this.skipSpace(k);
      const c = this.code(spaced);
      if (c === GT) return spaced + 1;
      if (c === 47) return this.code(spaced + 1) === GT ? spaced + 2 : at;
      // An attribute needs white space before it.
      if (spaced === k || !(isAsciiLetter(c) || c === UNDERSCORE || c === COLON)) return at;
      k = spaced;
      while (k < this.to && (isAsciiAlphanumeric(this.code(k)) || '_.:-'.includes(this.text[k]))) k++;
      const eq = this.skipSpace(k);
      if (this.code(eq) !== EQUALS) continue;
      const v = this.skipSpace(eq + 1);
      const q = this.code(v);
      if (q === 34 || q === 39) {
        const close = this.next(q, v + 1);
        if (close < 0) return at;
        k = close + 1;
      } else {
        k = v;
        while (k < this.to && !isSpace(this.code(k)) && !'"\'=<>`'.includes(this.text[k])) k++;
        if (k === v) return at;
      }
    }
  }

  /** A footnote reference "[^label]" at `at`: where it ends, or `at`. */
  private footnoteReference(at: number): number {
    if (this.code(at + 1) !== CARET) return at;
    let k = at + 2;
    while (k < this.to && k - at <= 1000 && !isSpace(this.code(k)) && this.code(k) !== RBRACKET && this.code(k) !== LBRACKET) k++;
    return k > at + 2 && this.code(k) === RBRACKET ? k + 1 : at;
  }

  /**
   * What follows the "]" at `close` of a link whose text starts after `open`: an inline target
   * "(url 'title')", a reference "[label]" or "[]", or a defined shortcut. Returns where the link
   * ends, or -1 when the brackets are plain text.
   */
  private linkTail(open: number, close: number, plainLabel: boolean): number {
    const c = this.code(close + 1);
    if (c === LPAREN) return this.resource(close + 2);
    const defined = (label: string) => label.length <= 999 && this.definitions.has(labelKey(label));
    if (c === LBRACKET) {
      const end = this.next(RBRACKET, close + 2);
      if (end < 0) return -1;
      const nested = this.next(LBRACKET, close + 2);
      if (nested >= 0 && nested < end) return -1;
      const label = end === close + 2 ? (plainLabel ? this.text.slice(open + 1, close) : '') : this.text.slice(close + 2, end);
      return defined(label) ? end + 1 : -1;
    }
    return plainLabel && close - open - 1 <= 999 && defined(this.text.slice(open + 1, close)) ? close + 1 : -1;
  }

  /** An inline link target "(url 'title')" whose "(" is just before `at`: where it ends, or -1. */
  private resource(at: number): number {
    let k = this.skipSpace(at);
    if (this.code(k) === RPAREN) return k + 1;
    if (this.code(k) === LT) {
      // "<...>" on one line, with no "<" inside.
      const gt = this.next(GT, k + 1);
      if (gt < 0) return -1;
      for (const c of [LT, LF, CR]) {
        const k2 = this.next(c, k + 1);
        if (k2 >= 0 && k2 < gt) return -1;
      }
      k = gt + 1;
    } else {
      const end = this.destinationEnd(k);
      if (end === k) return -1;
      k = end;
    }
    const t = this.skipSpace(k);
    if (this.code(t) === RPAREN) return t + 1;
    const open = this.code(t);
    if (t === k || (open !== 34 && open !== 39 && open !== LPAREN)) return -1;
    const close = this.next(open === LPAREN ? RPAREN : open, t + 1);
    if (close < 0) return -1;
    const after = this.skipSpace(close + 1);
    return this.code(after) === RPAREN ? after + 1 : -1;
  }

  /** Where a bare link target starting at `at` ends: at white space or a ")" that no "(" in it opened. */
  private destinationEnd(at: number): number {
    let end = this.to;
    for (const c of [SPACE, TAB, LF, CR]) {
      const k = this.next(c, at);
      if (k >= 0 && k < end) end = k;
    }
    const parens = this.parenDepths();
    // The first parenthesis at or after `at`; the target ends where the depth first falls below its own.
    let lo = 0;
    let hi = parens.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (parens.at[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    if (lo < parens.at.length) {
      const falls = parens.fallsAt[lo];
      if (falls >= 0 && parens.at[falls] < end) end = parens.at[falls];
    }
    return end;
  }

  /**
   * Every parenthesis of the segment and, for each, the index of the first later ")" that takes
   * the depth below the depth before it (-1 if none): a target starting there ends at that ")".
   */
  private parenDepths(): { at: number[]; fallsAt: number[] } {
    if (this.parens) return this.parens;
    const at: number[] = [];
    const before: number[] = [];
    let depth = 0;
    for (let k = this.from; k < this.to; k++) {
      const c = this.text.charCodeAt(k);
      if (c !== LPAREN && c !== RPAREN) continue;
      at.push(k);
      before.push(depth);
      depth += c === LPAREN ? 1 : -1;
    }
    // depths[i] is the depth before parenthesis i (and, last, the depth at the end). The ")" at
    // j ends a target that starts at i when the depth after it, depths[j + 1], is the first to
    // fall below depths[i]: the next smaller value, found for all i with one stack.
    const depths = [...before, depth];
    const fallsAt = new Array<number>(at.length).fill(-1);
    const stack: number[] = [];
    for (let i = depths.length - 1; i >= 0; i--) {
      while (stack.length && depths[stack[stack.length - 1]] >= depths[i]) stack.pop();
      if (i < at.length && stack.length) fallsAt[i] = stack[stack.length - 1] - 1;
      stack.push(i);
    }
    this.parens = { at, fallsAt };
    return this.parens;
  }

  /** Whether a run of "*", "_" or "~" can open or close emphasis (CommonMark's flanking rules). */
  private isDelimiter(at: number, run: number, c: number): boolean {
    if (c === TILDE && run > 2) return false;
    const prev = this.before(at);
    const next = this.after(at + run);
    const prevSpace = isSpace(prev.charCodeAt(0));
    const nextSpace = isSpace(next.charCodeAt(0));
    const prevPunct = isPunctuation(prev);
    const nextPunct = isPunctuation(next);
    const left = !nextSpace && (!nextPunct || prevSpace || prevPunct);
    const right = !prevSpace && (!prevPunct || nextSpace || nextPunct);
    if (c !== UNDERSCORE) return left || right;
    return (left && (!right || prevPunct)) || (right && (!left || nextPunct));
  }

  /** A bare web address (GFM's autolink literals: "https://…", "www.…"): where it ends, or `at`. */
  private literalUrl(at: number): number {
    // After white space, an emphasis mark, "(" or syntax that the view blanks.
    const prev = this.before(at);
    if (!isSpace(prev.charCodeAt(0)) && !'*_~('.includes(prev) && !this.blank[at - 1]) return at;
    const head = this.text.slice(at, at + 8).toLowerCase();
    const prefix = head.startsWith('https://') ? 8 : head.startsWith('http://') ? 7 : head.startsWith('www.') ? 4 : 0;
    if (!prefix || !isAsciiAlphanumeric(this.code(at + prefix))) return at;
    let end = at + prefix;
    let open = 0;
    let close = 0;
    while (end < this.to && !isSpace(this.code(end)) && this.code(end) !== LT && !this.blank[end]) {
      if (this.code(end) === LPAREN) open++;
      else if (this.code(end) === RPAREN) close++;
      end++;
    }
    // Trailing punctuation ends the sentence, not the address; so does a ")" that no "(" opened.
    while (end > at + prefix) {
      const last = this.code(end - 1);
      if ('?!.,:*_~\'";'.includes(String.fromCharCode(last))) end--;
      else if (last === RPAREN && close > open) {
        end--;
        close--;
      } else break;
    }
    return end;
  }
}
