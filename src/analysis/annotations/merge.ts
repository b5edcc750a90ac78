/**
 * Merging two versions of one annotations file (or lexicon) by record id, so that two windows,
 * or the two sides of a git merge, lose nothing: records only one side has are kept; for a
 * record both have, the newer change wins (`at`), a tombstone wins over an edit as old as it,
 * and two different versions from the same instant are settled by their content, so that
 * `merge(a, b)` and `merge(b, a)` give the same records.
 */
import { AnnotationsFile, LexiconFile, RecordBase } from './model';

/** JSON with object keys sorted at every level: equal content gives equal text whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Which of two versions of one record wins a merge. */
export function newerRecord<R extends RecordBase>(a: R, b: R): R {
  const ta = Date.parse(a.at);
  const tb = Date.parse(b.at);
  if (ta !== tb) return ta > tb ? a : b;
  const da = a.deleted === true;
  const db = b.deleted === true;
  if (da !== db) return da ? a : b;
  return canonical(a) >= canonical(b) ? a : b;
}

/** The records of both sides merged by id, in the order they first appear (disk first). */
export function mergeRecords<R extends RecordBase>(onDisk: readonly R[], mine: readonly R[]): R[] {
  const byId = new Map<string, R>();
  for (const r of onDisk) byId.set(r.id, r);
  for (const r of mine) {
    const other = byId.get(r.id);
    byId.set(r.id, other ? newerRecord(other, r) : r);
  }
  return [...byId.values()];
}

/**
 * Merges the annotations file on disk with this window's version of it, just before writing.
 * Top-level fields of both are kept (this window's win where both have one).
 */
export function mergeAnnotations(onDisk: AnnotationsFile, mine: AnnotationsFile): AnnotationsFile {
  return { ...onDisk, ...mine, records: mergeRecords(onDisk.records, mine.records) };
}

/** Merges two versions of the workspace lexicon, as `mergeAnnotations` does. */
export function mergeLexicon(onDisk: LexiconFile, mine: LexiconFile): LexiconFile {
  return { ...onDisk, ...mine, records: mergeRecords(onDisk.records, mine.records) };
}

/** Whether two versions of one record are the same change, anchors apart (one moved by an edit, or refreshed). */
function sameChange<R extends RecordBase>(a: R, b: R): boolean {
  return canonical({ ...a, anchor: undefined }) === canonical({ ...b, anchor: undefined });
}

/**
 * The records a window holds after one of its writes. `written` is what went to disk (the file
 * there merged with `sent`, the window's records when the write began); `held` is what the
 * window holds now. A record the window added while the write was under way (a correction made
 * meanwhile) is kept, and goes to disk with the next write. A record it changed meanwhile (a
 * different object than the one sent) is kept as the window holds it when it is the same change
 * as the one written (an edit moved its anchor: the window's anchor is on its current text) or
 * the newer one; when another window wrote a newer change of it, that one is held, as the next
 * write would settle it (`newerRecord`; its anchor is found again in this text when applied).
 * Every other record is taken as written (refreshed anchors, another window's newer version).
 * Without this, a correction made during a write would be dropped when the write ends, or a
 * stale copy shown until the next write.
 */
export function afterWrite<R extends RecordBase>(written: readonly R[], sent: readonly R[], held: readonly R[]): R[] {
  const before = new Map(sent.map((r) => [r.id, r]));
  const changed = new Map<string, R>();
  for (const r of held) if (before.get(r.id) !== r) changed.set(r.id, r);
  if (!changed.size) return [...written];
  const out = written.map((w) => {
    const h = changed.get(w.id);
    return h === undefined || sameChange(w, h) ? (h ?? w) : newerRecord(w, h);
  });
  const writtenIds = new Set(written.map((r) => r.id));
  for (const r of changed.values()) if (!writtenIds.has(r.id)) out.push(r);
  return out;
}
