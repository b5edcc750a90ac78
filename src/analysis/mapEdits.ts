/**
 * Moves an analysis onto the text after an edit, so that the editor can show the last result
 * while the new analysis runs without ever marking the wrong characters: every span after an
 * edit shifts, and every span an edit touches (overlaps, or borders: typing at the edge of a name
 * changes the name) is dropped, never stretched. Pure and linear in the size of the analysis
 * (with a binary search over the edits of one batch).
 */
import type { Analysis, DuplicateBlock, DuplicateCopy, Entity, Paragraph, Quote, QuoteMarkProblem, Span, StatedGender } from './types';

/**
 * One replacement in a text: `deleted` UTF-16 code units at `offset` replaced by `inserted`
 * ones. `lines` is how many more line breaks the inserted text has than the deleted one
 * (negative when it has fewer), so that line numbers move with the text.
 */
export interface TextEdit {
  offset: number;
  deleted: number;
  inserted: number;
  lines: number;
}

/** How many line breaks a text has, counting `\r\n` once, as editors do. */
export function lineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/**
 * The edits of one batch in the offsets of the text before the batch, sorted and apart. A batch
 * lists its edits as an editor applies them, each in the offsets left by the ones before it;
 * editors list the edits of one change from the last to the first, which are then already in the
 * old text's offsets. Any other order is merged into one edit covering them all: that drops more
 * than needed until the next analysis, but never keeps a span that changed.
 */
function normalise(edits: readonly TextEdit[]): TextEdit[] {
  let apart = true;
  for (let j = 1; j < edits.length && apart; j++) apart = edits[j].offset + edits[j].deleted <= edits[j - 1].offset;
  if (apart) return [...edits].reverse();
  // The changed window in the current text's offsets, and how much longer the text has become.
  let start = Infinity;
  let end = -Infinity;
  let delta = 0;
  let lines = 0;
  for (const e of edits) {
    const shifted = end >= e.offset + e.deleted ? end + e.inserted - e.deleted : end;
    start = Math.min(start, e.offset);
    end = Math.max(shifted, e.offset + e.inserted);
    delta += e.inserted - e.deleted;
    lines += e.lines;
  }
  return [{ offset: start, deleted: end - delta - start, inserted: end - start, lines }];
}

/** Maps spans of the old text to the new one, or says they were touched. */
class SpanMapper {
  private readonly shift: number[] = [0];
  private readonly lineShift: number[] = [0];

  constructor(private readonly edits: TextEdit[]) {
    for (const e of edits) {
      this.shift.push(this.shift[this.shift.length - 1] + e.inserted - e.deleted);
      this.lineShift.push(this.lineShift[this.lineShift.length - 1] + e.lines);
    }
  }

  /** The index of the first edit that ends at or after `offset`. */
  private firstEndingFrom(offset: number): number {
    let lo = 0;
    let hi = this.edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.edits[mid].offset + this.edits[mid].deleted < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Which edits come before a span: undefined when an edit touches it. Edits are apart and
   * sorted, so only the first one ending at or after the span's start can touch it.
   */
  private before(start: number, end: number): number | undefined {
    const j = this.firstEndingFrom(start);
    return j < this.edits.length && this.edits[j].offset <= end ? undefined : j;
  }

  /** A span with its offsets (and any other fields) moved, or undefined when an edit touched it. */
  span<T extends Span>(s: T): T | undefined {
    const j = this.before(s.start, s.end);
    return j === undefined ? undefined : { ...s, start: s.start + this.shift[j], end: s.end + this.shift[j] };
  }

  /**
   * A span of text (a mention, a cue, a speaker, a scare quote) moved, or undefined. Built as a
   * literal: copying the many shapes of analysis objects field by field is what costs most here.
   */
  text(s: Span & { text: string }): (Span & { text: string }) | undefined {
    const j = this.before(s.start, s.end);
    return j === undefined ? undefined : { start: s.start + this.shift[j], end: s.end + this.shift[j], text: s.text };
  }

  /** Plain offsets moved, or undefined. */
  offsets(s: Span): Span | undefined {
    const j = this.before(s.start, s.end);
    return j === undefined ? undefined : { start: s.start + this.shift[j], end: s.end + this.shift[j] };
  }

  /** An offset moved, or undefined when an edit touched it. */
  point(offset: number): number | undefined {
    const j = this.before(offset, offset);
    return j === undefined ? undefined : offset + this.shift[j];
  }

  /** A paragraph with its offsets and lines moved. */
  paragraph(p: Paragraph, index: number): Paragraph | undefined {
    const j = this.before(p.start, p.end);
    if (j === undefined) return undefined;
    const d = this.shift[j];
    const l = this.lineShift[j];
    return { index, start: p.start + d, end: p.end + d, line: p.line + l, endLine: p.endLine + l, text: p.text, hash: p.hash };
  }

  /** Whether an edit touches a span. */
  touches(start: number, end: number): boolean {
    return this.before(start, end) === undefined;
  }

  /** How much longer the text has become. */
  get growth(): number {
    return this.shift[this.shift.length - 1];
  }
}

function mapDuplicates(analysis: Analysis, map: SpanMapper, newIndex: Int32Array): { copies: DuplicateCopy[]; blocks: DuplicateBlock[] } {
  const ps = analysis.paragraphs;
  // A copy stays only while it, its neighbours and what lies between them are unchanged:
  // removing it deletes up to the next paragraph (or from the previous one), so that text must
  // be the text it was, and the neighbours must still be there to bound the deletion.
  const kept = new Set<number>();
  for (const c of analysis.duplicates.copies) {
    const from = c.paragraph > 0 ? ps[c.paragraph - 1].start : 0;
    const to = c.paragraph + 1 < ps.length ? ps[c.paragraph + 1].end : analysis.length;
    if (newIndex[c.original] >= 0 && !map.touches(from, to)) kept.add(c.paragraph);
  }
  const blocks: DuplicateBlock[] = [];
  const inKeptBlock = new Set<number>();
  for (const b of analysis.duplicates.blocks) {
    const span = map.offsets(b.span);
    const originalSpan = map.offsets(b.originalSpan);
    // A block goes as a whole: its Problems entry and fixes speak of all of its copies.
    if (!span || !originalSpan || !b.copies.every((p) => kept.has(p))) continue;
    b.copies.forEach((p) => inKeptBlock.add(p));
    blocks.push({ copies: b.copies.map((p) => newIndex[p]), originals: b.originals.map((p) => newIndex[p]), span, originalSpan });
  }
  const copies = analysis.duplicates.copies
    .filter((c) => inKeptBlock.has(c.paragraph))
    .map((c) => ({ ...c, paragraph: newIndex[c.paragraph], original: newIndex[c.original] }));
  return { copies, blocks };
}

function mapEntities(entities: Entity[], map: SpanMapper): Entity[] {
  const out: Entity[] = [];
  for (const e of entities) {
    const mentions = defined(e.mentions.map((m) => map.text(m)));
    if (mentions.length) out.push({ ...e, mentions });
  }
  return out;
}

function mapQuote(q: Quote, map: SpanMapper): Quote | undefined {
  const moved = map.span(q);
  if (!moved) return undefined;
  // A changed cue or speaker may change who said it: the quote waits for the next analysis.
  if (q.cue && !(moved.cue = map.text(q.cue))) return undefined;
  if (q.speaker && !(moved.speaker = map.text(q.speaker))) return undefined;
  // A fragment an edit touched is dropped; the quote keeps the rest until the next analysis.
  if (q.fragments) moved.fragments = q.fragments.map((f) => map.span(f)).filter((f): f is Span => f !== undefined);
  return moved;
}

function mapMarkProblem(p: QuoteMarkProblem, map: SpanMapper): QuoteMarkProblem | undefined {
  const moved = map.span(p);
  if (!moved || p.fixAt === undefined) return moved;
  const fixAt = map.point(p.fixAt);
  return fixAt === undefined ? undefined : { ...moved, fixAt };
}

function defined<T>(items: Array<T | undefined>): T[] {
  return items.filter((x): x is T => x !== undefined);
}

/**
 * The analysis of a text, moved onto the text after one batch of edits (as one editor change
 * event reports them, each edit in the offsets left by the edits before it in the list). Spans
 * after an edit shift; spans an edit overlaps or borders are dropped, with what depends on them:
 * an entity without mentions left, a quote whose cue or speaker changed, a duplicated block any
 * of whose paragraphs (or what lies between a copy and its neighbours) changed. Paragraphs that
 * changed are dropped and the others renumbered. Every field of `Analysis` is built here, so a
 * new one cannot pass through unmapped.
 */
export function mapAnalysisThroughEdits(analysis: Analysis, edits: readonly TextEdit[]): Analysis {
  if (!edits.length) return analysis;
  const map = new SpanMapper(normalise(edits));
  const newIndex = new Int32Array(analysis.paragraphs.length).fill(-1);
  const paragraphs: Paragraph[] = [];
  for (const p of analysis.paragraphs) {
    const moved = map.paragraph(p, paragraphs.length);
    if (moved) {
      newIndex[p.index] = moved.index;
      paragraphs.push(moved);
    }
  }
  const entities = mapEntities(analysis.entities, map);
  // Every key of Analysis, optional ones too, so that the compiler asks for a new field here (corrections' fields aside: they are added after).
  const mapped: { [K in Exclude<keyof Analysis, 'orphans' | 'review'>]-?: Analysis[K] } = {
    length: analysis.length + map.growth,
    paragraphs,
    duplicates: mapDuplicates(analysis, map, newIndex),
    entities,
    quotes: defined(analysis.quotes.map((q) => mapQuote(q, map))),
    scareQuotes: defined(analysis.scareQuotes.map((s) => map.text(s))),
    quoteMarkProblems: defined(analysis.quoteMarkProblems.map((p) => mapMarkProblem(p, map))),
    statedGender: analysis.statedGender && keepGenders(analysis.statedGender, entities),
    partial: analysis.partial,
    notices: [...analysis.notices],
  };
  return mapped;
}

/** The stated genders of the entities still there (ids do not change through edits). */
function keepGenders(stated: Record<string, StatedGender>, entities: readonly Entity[]): Record<string, StatedGender> {
  const out: Record<string, StatedGender> = {};
  for (const e of entities) if (stated[e.id]) out[e.id] = stated[e.id];
  return out;
}
