/**
 * Offsets in the unit a format's readers count in. The analysis counts UTF-16 code units (what
 * JavaScript's `String.prototype.slice` takes); Python, brat, doccano and Label Studio's
 * back end count Unicode code points. The two differ after every character outside the Basic
 * Multilingual Plane (most emoji, some CJK, mathematical letters), by one per such character.
 */

/** `utf16`: UTF-16 code units (JavaScript string indices); `codepoints`: Unicode code points (Python string indices). */
export type OffsetUnit = 'utf16' | 'codepoints';

/** Every offset unit, for option checking. */
export const OFFSET_UNITS: readonly OffsetUnit[] = ['utf16', 'codepoints'];

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Converts offsets of one text between UTF-16 code units and the chosen unit. Built once per
 * text in one linear pass (the places of surrogate pairs); each conversion is a binary search.
 */
export class Offsets {
  /** UTF-16 index of the second half of each surrogate pair, ascending. */
  private readonly pairs: number[] = [];

  constructor(private readonly text: string, readonly unit: OffsetUnit) {
    if (unit === 'utf16') return;
    for (let i = 1; i < text.length; i++) {
      if (isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) this.pairs.push(i);
    }
  }

  /** How many pair halves lie strictly before `index` (a UTF-16 index). */
  private pairsBefore(index: number): number {
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pairs[mid] < index) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A UTF-16 offset in this unit. An offset inside a surrogate pair counts as the pair's start. */
  out(utf16: number): number {
    if (this.unit === 'utf16') return utf16;
    const before = this.pairsBefore(utf16);
    return utf16 - before - (this.pairs[before] === utf16 ? 1 : 0);
  }

  /** An offset in this unit as a UTF-16 offset (clamped to the text). */
  in(offset: number): number {
    if (this.unit === 'utf16') return Math.max(0, Math.min(offset, this.text.length));
    // The UTF-16 index u with u - pairsBefore(u + 1) = offset: each pair before adds one unit.
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // The pair's second half sits at pairs[mid]; its code point index is pairs[mid] - 1 - mid.
      if (this.pairs[mid] - 1 - mid < offset) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(0, Math.min(offset + lo, this.text.length));
  }

  /** The length of the text in this unit. */
  get length(): number {
    return this.out(this.text.length);
  }
}
