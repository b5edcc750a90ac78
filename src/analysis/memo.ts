/**
 * Bounded caches of pure per-paragraph work, keyed by the texts the work reads: re-analysing a
 * long article after a small edit recomputes only what the changed paragraphs feed. A hit is
 * confirmed by comparing the texts themselves, so a hash collision costs a recomputation, never
 * a wrong result; the least recently used tenth of the entries goes when a cache is full.
 */
import { hashText } from './paragraphs';

interface Entry<V> {
  texts: readonly string[];
  value: V;
  /** When the entry was last computed or hit (a counter). */
  used: number;
}

/**
 * A copy of a text that does not hold on to the text it was cut from: a slice of a 1 MB
 * document kept in a cache would keep that whole version of the document alive (V8 slices
 * point into their parent), and typing makes a new version on every key.
 */
export function detach(text: string): string {
  return text.length < 64 ? text : (' ' + text).slice(1);
}

/** Every memo, so that a benchmark can measure cold runs. */
const all: Memo<unknown>[] = [];

export class Memo<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private clock = 0;

  constructor(private readonly limit = 20_000) {
    all.push(this as Memo<unknown>);
  }

  /**
   * The value computed from `texts`, from the cache when the same texts were seen. `hashes`,
   * when given, are the texts' hashes (a paragraph carries its own); else they are computed.
   * `valid`, when given, checks a hit against what the texts do not hold (what the work read
   * from the rest of the document); a hit it refuses is computed again.
   */
  get(texts: readonly string[], compute: () => V, hashes?: readonly string[], valid?: (value: V) => boolean): V {
    // One text without its hash is its own key: the map hashes and compares it natively, which
    // costs less than hashing it here (a detached copy is stored, as for the texts).
    const own = texts.length === 1 && !hashes;
    const key = own ? texts[0] : texts.length === 1 ? (hashes?.[0] ?? hashText(texts[0])) : (hashes ?? texts.map(hashText)).join('|');
    const hit = this.entries.get(key);
    // An own key was compared by the map itself.
    if (hit && (own || (hit.texts.length === texts.length && hit.texts.every((t, i) => t === texts[i]))) && (!valid || valid(hit.value))) {
      hit.used = this.clock++;
      return hit.value;
    }
    const value = compute();
    const stored = texts.map(detach);
    this.entries.set(own ? stored[0] : key, { texts: stored, value, used: this.clock++ });
    if (this.entries.size > this.limit) this.evict();
    return value;
  }

  /**
   * `get` for one text whose hash is known (a paragraph's), without the arrays and the closure
   * `get` takes: it runs once per paragraph of every pass, where a 10 MB article has 40,000.
   */
  getOne(text: string, hash: string, compute: (text: string) => V): V {
    const hit = this.entries.get(hash);
    if (hit && hit.texts.length === 1 && hit.texts[0] === text) {
      hit.used = this.clock++;
      return hit.value;
    }
    const value = compute(text);
    this.entries.set(hash, { texts: [detach(text)], value, used: this.clock++ });
    if (this.entries.size > this.limit) this.evict();
    return value;
  }

  /**
   * Drops the least recently used tenth of the entries. A hit only stamps its entry: moving it
   * to the end of the map on every hit made the map rehash its deleted slots over and over.
   */
  private evict(): void {
    const stamps = [...this.entries.values()].map((e) => e.used).sort((a, b) => a - b);
    const below = stamps[Math.floor(this.limit / 10)];
    for (const [key, e] of this.entries) if (e.used < below) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Empties every memo (and so measures a cold analysis, with clearCandidateCache). */
export function clearMemos(): void {
  for (const m of all) m.clear();
}
