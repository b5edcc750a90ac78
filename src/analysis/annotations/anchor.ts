/**
 * Anchors: making them, carrying them through editor edits exactly, and placing them again in a
 * text that changed elsewhere (git pull, another editor). See ARCHITECTURE.md, "Corrections",
 * for the rules; each is a table in test/unit/annotationAnchor.test.ts.
 */
import search from 'approx-string-match';
import { hashText } from '../paragraphs';
import { Anchor, AnnotationRecord, CONTEXT_LENGTH, isDeleted } from './model';

/** The article text hash anchors carry: the algorithm's name, then its value. */
export function textHash(text: string): string {
  return `cyrb53:${hashText(text)}`;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The anchor of `text.slice(start, end)`, with its context; the context never splits a surrogate pair (emoji). */
export function anchorAt(text: string, start: number, end: number, hash: string = textHash(text)): Anchor {
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to--;
  return { start, end, exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to), hash };
}

/**
 * One edit of the text, as VS Code reports it (`rangeOffset`, `rangeLength`, `text`): the
 * `deletedLength` UTF-16 units at `offset` were replaced by `insertedText`.
 */
export interface TextChange {
  offset: number;
  deletedLength: number;
  insertedText: string;
}

/**
 * What an edit did to an anchor: `unchanged`; `moved` (text before it changed); `edited` (its
 * own text changed and the anchor now covers what is left of it, `exact` updated); `deleted`
 * (all of its text is gone: the anchor collapses to where it was and keeps its old `exact`, so
 * that an undo or a re-anchoring can find it again; until then its record is an orphan).
 */
export type EditEffect = 'unchanged' | 'moved' | 'edited' | 'deleted';

const effectRank: Record<EditEffect, number> = { unchanged: 0, moved: 1, edited: 2, deleted: 3 };

/**
 * Carries an anchor through `changes`, applied one after another (each offset refers to the
 * text the previous changes left, as applying a VS Code change event's `contentChanges` in
 * their order does). The rule for an edit that touches the anchor's own text:
 * - an insertion at its start or end stays outside it (typing next to a name does not grow it);
 * - a replacement of exactly its text (a rename) or an edit inside it keeps the anchor on the
 *   new text: `edited`;
 * - an edit over one of its ends keeps the part that survives: `edited`;
 * - an edit that removes all of it: `deleted`.
 * `prefix`, `suffix` and `hash` are left as they were; `refreshAnchor` renews them from the text.
 */
export function mapAnchor(anchor: Anchor, changes: readonly TextChange[]): { anchor: Anchor; effect: EditEffect } {
  let { start, end, exact } = anchor;
  let effect = 'unchanged' as EditEffect;
  const note = (e: EditEffect) => {
    if (effectRank[e] > effectRank[effect]) effect = e;
  };
  for (const c of changes) {
    const from = c.offset;
    const to = c.offset + c.deletedLength;
    const shift = c.insertedText.length - c.deletedLength;
    if (effect === 'deleted') {
      // A collapsed anchor is a point: it moves with text before it and stays at an edit over it.
      if (to <= start) start += shift;
      else if (from < start) start = from;
      end = start;
    } else if (to <= start) {
      if (shift !== 0) {
        start += shift;
        end += shift;
        note('moved');
      }
    } else if (from >= end) {
      continue;
    } else if (from === start && to === end && c.insertedText) {
      exact = c.insertedText;
      end = start + exact.length;
      note('edited');
    } else if (from >= start && to <= end && !(from === start && to === end)) {
      exact = exact.slice(0, from - start) + c.insertedText + exact.slice(to - start);
      end += shift;
      note('edited');
    } else if (from <= start && to >= end) {
      start = from;
      end = from;
      note('deleted');
    } else if (from < start) {
      exact = exact.slice(to - start);
      start = from + c.insertedText.length;
      end = start + exact.length;
      note('edited');
    } else {
      exact = exact.slice(0, from - start);
      end = from;
      note('edited');
    }
  }
  return { anchor: effect === 'unchanged' ? anchor : { ...anchor, start, end, exact }, effect };
}

/** Records carried through editor edits, with the ids of those whose own text was edited or deleted. */
export interface MappedRecords {
  records: AnnotationRecord[];
  edited: string[];
  deleted: string[];
}

/** `mapAnchor` over every live record of an article (tombstones stay as they are). */
export function mapRecords(records: readonly AnnotationRecord[], changes: readonly TextChange[]): MappedRecords {
  const edited: string[] = [];
  const deleted: string[] = [];
  const out = records.map((r) => {
    if (isDeleted(r) || !changes.length) return r;
    const m = mapAnchor(r.anchor, changes);
    if (m.effect === 'unchanged') return r;
    if (m.effect === 'edited') edited.push(r.id);
    if (m.effect === 'deleted') deleted.push(r.id);
    return { ...r, anchor: m.anchor };
  });
  return { records: out, edited, deleted };
}

/** The anchor's context and hash renewed from `text`, where its offsets still hold its exact text; otherwise it is returned as it is. */
export function refreshAnchor(anchor: Anchor, text: string, hash: string = textHash(text)): Anchor {
  if (anchor.start >= anchor.end || !text.startsWith(anchor.exact, anchor.start) || anchor.end > text.length) return anchor;
  return anchorAt(text, anchor.start, anchor.end, hash);
}

/**
 * How a re-anchored record was placed: `kept` (its offsets still hold its text), `moved` (its
 * exact text found elsewhere, with its context or, failing that, nearest its old place),
 * `fuzzy` (an approximate match of its text, with its context: its `exact` is updated), or
 * `orphaned` (not placed; the anchor is unchanged so that a later try or a person can place it).
 */
export type Placement = 'kept' | 'moved' | 'fuzzy' | 'orphaned';

/** A text prepared for re-anchoring many anchors: its hash and a cache of where each exact text occurs. */
export class AnchorText {
  readonly hash: string;
  private readonly occurrences = new Map<string, number[]>();

  constructor(readonly text: string) {
    this.hash = textHash(text);
  }

  /** Every start of `exact` in the text, in order (overlapping ones too). */
  positions(exact: string): number[] {
    let list = this.occurrences.get(exact);
    if (!list) {
      list = [];
      for (let at = this.text.indexOf(exact); at >= 0; at = this.text.indexOf(exact, at + 1)) list.push(at);
      this.occurrences.set(exact, list);
    }
    return list;
  }
}

/** Below this share of an approximate match (1 - errors / length), text or context does not count as the same. */
const SIMILARITY = 0.75;
/** Extra characters a context is looked for in, so that text inserted right beside an anchor costs few errors. */
const CONTEXT_SLACK = 16;
/** Characters on each side of an expected place that the approximate search covers. */
const FUZZY_WINDOW = 2048;

/** 0..1: how well `context` matches the text that ends at `at` (prefix) or starts at `at` (suffix). */
function contextScore(text: string, at: number, context: string, side: 'prefix' | 'suffix'): number {
  if (!context) return 1;
  const window = side === 'prefix' ? text.slice(Math.max(0, at - context.length - CONTEXT_SLACK), at) : text.slice(at, at + context.length + CONTEXT_SLACK);
  if (side === 'prefix' ? window.endsWith(context) : window.startsWith(context)) return 1;
  if (!window) return 0;
  let errors = context.length;
  for (const m of search(window, context, context.length)) errors = Math.min(errors, m.errors);
  return 1 - errors / context.length;
}

interface Candidate {
  start: number;
  end: number;
  prefix: number;
  suffix: number;
}

/** Context supports a place when one side of it matches well (the other may have been edited). */
function supported(c: Candidate): boolean {
  return Math.max(c.prefix, c.suffix) >= SIMILARITY;
}

function score(text: string, anchor: Anchor, start: number, end: number): Candidate {
  return { start, end, prefix: contextScore(text, start, anchor.prefix, 'prefix'), suffix: contextScore(text, end, anchor.suffix, 'suffix') };
}

/** Better context first, then nearer the expected place. */
function better(a: Candidate, b: Candidate | undefined, expected: number): boolean {
  if (!b) return true;
  const d = a.prefix + a.suffix - (b.prefix + b.suffix);
  if (Math.abs(d) > 1e-9) return d > 0;
  return Math.abs(a.start - expected) < Math.abs(b.start - expected);
}

/** The exact occurrences, best first by context then distance; stops early at one with perfect context, scanning outward from `expected`. */
function bestExact(prepared: AnchorText, anchor: Anchor, expected: number): Candidate | undefined {
  const list = prepared.positions(anchor.exact);
  if (!list.length) return undefined;
  let hi = 0;
  for (let top = list.length; hi < top; ) {
    const mid = (hi + top) >> 1;
    if (list[mid] < expected) hi = mid + 1;
    else top = mid;
  }
  let lo = hi - 1;
  let best: Candidate | undefined;
  while (lo >= 0 || hi < list.length) {
    const takeHigh = lo < 0 || (hi < list.length && list[hi] - expected <= expected - list[lo]);
    const at = takeHigh ? list[hi++] : list[lo--];
    const c = score(prepared.text, anchor, at, at + anchor.exact.length);
    if (better(c, best, expected)) best = c;
    if (c.prefix === 1 && c.suffix === 1) break;
  }
  return best;
}

/**
 * Where the anchored text probably begins now: the expected place, the old place, right after
 * an exact hit of the end of its prefix and right before one of the start of its suffix.
 */
function likelyStarts(prepared: AnchorText, anchor: Anchor, expected: number): number[] {
  const starts = [expected, anchor.start];
  const prefixTail = anchor.prefix.slice(-16);
  if (prefixTail.length >= 8) for (const at of prepared.positions(prefixTail).slice(0, 8)) starts.push(at + prefixTail.length);
  const suffixHead = anchor.suffix.slice(0, 16);
  if (suffixHead.length >= 8) for (const at of prepared.positions(suffixHead).slice(0, 8)) starts.push(at - anchor.exact.length);
  return starts;
}

/** The best approximate matches of the anchor's text in `[from, to)` whose context supports them. */
function fuzzyIn(prepared: AnchorText, anchor: Anchor, from: number, to: number, maxErrors: number, found: Array<{ c: Candidate; errors: number }>): void {
  from = Math.max(0, from);
  to = Math.min(prepared.text.length, to);
  if (to <= from) return;
  for (const m of search(prepared.text.slice(from, to), anchor.exact, maxErrors)) {
    if (m.end <= m.start) continue;
    const c = score(prepared.text, anchor, from + m.start, from + m.end);
    if (supported(c)) found.push({ c, errors: m.errors });
  }
}

/**
 * An approximate match of the anchor's text: first in a tight window at each likely start
 * (the search returns only the fewest-error matches of a window, so a nearby exact copy of the
 * old text must not share it), then in a wide window around the expected place.
 */
function bestFuzzy(prepared: AnchorText, anchor: Anchor, expected: number): Candidate | undefined {
  const length = anchor.exact.length;
  // A text of fewer than four characters allows no error: one letter off would be another word.
  const maxErrors = Math.floor(length * (1 - SIMILARITY));
  if (maxErrors === 0) return undefined;
  const found: Array<{ c: Candidate; errors: number }> = [];
  const seen = new Set<number>();
  for (const at of likelyStarts(prepared, anchor, expected)) {
    if (seen.has(at)) continue;
    seen.add(at);
    fuzzyIn(prepared, anchor, at - maxErrors, at + length + maxErrors, maxErrors, found);
  }
  if (!found.length) fuzzyIn(prepared, anchor, expected - FUZZY_WINDOW, expected + length + FUZZY_WINDOW, maxErrors, found);
  let best: { c: Candidate; errors: number } | undefined;
  for (const f of found) if (!best || f.errors < best.errors || (f.errors === best.errors && better(f.c, best.c, expected))) best = f;
  return best?.c;
}

/**
 * Places one anchor in `prepared.text`, in this order: its old offsets if they still hold its
 * exact text; else the exact text where its context matches (one side at least 75%), best
 * context first, then nearest the expected place; else an approximate match of the text
 * (at least 75% alike, via approx-string-match) near the expected place or its context, with
 * its context; else the exact text nearest the expected place whatever its context (not for an
 * anchor whose text was deleted in the editor: that one waits for its text to come back);
 * else it is orphaned. `expected` is where the text is likely to be now: by default the old
 * place; `reanchorRecords` passes the old place shifted as much as the anchor before it moved.
 */
export function reanchor(anchor: Anchor, prepared: AnchorText, expected: number = anchor.start): { anchor: Anchor; placement: Placement } {
  const { text, hash } = prepared;
  const { exact } = anchor;
  if (!exact) return { anchor, placement: 'orphaned' };
  if (anchor.start < anchor.end && text.startsWith(exact, anchor.start)) {
    return { anchor: anchor.hash === hash ? anchor : anchorAt(text, anchor.start, anchor.end, hash), placement: 'kept' };
  }
  if (expected !== anchor.start && text.startsWith(exact, expected)) {
    const c = score(text, anchor, expected, expected + exact.length);
    if (supported(c)) return { anchor: anchorAt(text, c.start, c.end, hash), placement: 'moved' };
  }
  const exactHit = bestExact(prepared, anchor, expected);
  if (exactHit && supported(exactHit)) return { anchor: anchorAt(text, exactHit.start, exactHit.end, hash), placement: 'moved' };
  const fuzzy = bestFuzzy(prepared, anchor, expected);
  if (fuzzy) return { anchor: anchorAt(text, fuzzy.start, fuzzy.end, hash), placement: 'fuzzy' };
  if (exactHit && anchor.start < anchor.end) return { anchor: anchorAt(text, exactHit.start, exactHit.end, hash), placement: 'moved' };
  return { anchor, placement: 'orphaned' };
}

/** Records placed in a text: every record (orphans with their anchors unchanged), and how each live one was placed. */
export interface ReanchoredRecords {
  records: AnnotationRecord[];
  placements: Map<string, Placement>;
}

/**
 * Re-anchors every live record of an article in `text` (tombstones stay as they are), in the
 * order of their old offsets, each expected where the one before it moved to (text inserted
 * above moves them all alike), so that an outside edit costs about one comparison per record.
 */
export function reanchorRecords(records: readonly AnnotationRecord[], text: string | AnchorText): ReanchoredRecords {
  const prepared = typeof text === 'string' ? new AnchorText(text) : text;
  const placements = new Map<string, Placement>();
  const out = records.slice();
  const order = out.map((_r, i) => i).filter((i) => !isDeleted(out[i]));
  order.sort((a, b) => out[a].anchor.start - out[b].anchor.start);
  let delta = 0;
  for (const i of order) {
    const r = out[i];
    const placed = reanchor(r.anchor, prepared, r.anchor.start + delta);
    placements.set(r.id, placed.placement);
    if (placed.placement === 'orphaned') continue;
    delta = placed.anchor.start - r.anchor.start;
    if (placed.anchor !== r.anchor) out[i] = { ...r, anchor: placed.anchor };
  }
  return { records: out, placements };
}
