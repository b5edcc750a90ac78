import * as assert from 'assert';
import { afterWrite, AnnotationRecord, emptyAnnotations, entityRecord, mergeAnnotations, mergeLexicon, emptyLexicon, lexiconRecord, restoreRecord, withdrawRecord } from '../../src/analysis/annotations';

const text = 'Sergei Shoigu met Khawaja Asif in Islamabad on Thursday.';
const T = (minute: number) => `2024-05-01T12:${String(minute).padStart(2, '0')}:00.000Z`;

/** A record `id` that sets the type of Islamabad, as made at minute `minute` by `by`. */
function typed(id: string, type: string, minute: number, by = 'Ann'): AnnotationRecord {
  return entityRecord({ action: 'entity.type', type }, 'article', text, { start: 34, end: 43 }, { by, at: T(minute), id });
}

const a1 = typed('a', 'event', 1);
const a2 = typed('a', 'organization', 2, 'Bo');
const aGone3 = withdrawRecord(typed('a', 'event', 1), { by: 'Bo', at: T(3) });
const aGone1 = withdrawRecord(typed('a', 'event', 1), { by: 'Bo', at: T(1) });
const aBack4 = restoreRecord(aGone3, { by: 'Ann', at: T(4) });
const b = typed('b', 'place', 1);
const c = typed('c', 'place', 2);
const aOther1 = typed('a', 'law', 1, 'Cy');

/** What is on disk, what this window has, and which version of each record the merge keeps. */
const table: Array<{ name: string; disk: AnnotationRecord[]; mine: AnnotationRecord[]; kept: AnnotationRecord[] }> = [
  { name: 'records only on disk are kept', disk: [a1, b], mine: [c], kept: [a1, b, c] },
  { name: 'records only in this window are kept', disk: [], mine: [a1, b], kept: [a1, b] },
  { name: 'the newer change of one record wins (mine newer)', disk: [a1], mine: [a2], kept: [a2] },
  { name: 'the newer change of one record wins (disk newer)', disk: [a2], mine: [a1], kept: [a2] },
  { name: 'a tombstone wins over an older edit (undo in this window)', disk: [a2], mine: [aGone3], kept: [aGone3] },
  { name: 'a tombstone wins over an older edit (undo in the other window)', disk: [aGone3], mine: [a2], kept: [aGone3] },
  { name: 'a tombstone wins over an edit as old as it', disk: [a1], mine: [aGone1], kept: [aGone1] },
  { name: 'an edit newer than the tombstone (redo) wins', disk: [aGone3], mine: [aBack4], kept: [aBack4] },
  { name: 'two windows that each add a record keep both', disk: [a1, b], mine: [a1, c], kept: [a1, b, c] },
];

describe('merging annotations files by record id', () => {
  for (const row of table) {
    it(row.name, () => {
      const merged = mergeAnnotations({ ...emptyAnnotations(), records: row.disk }, { ...emptyAnnotations(), records: row.mine });
      const byId = (list: AnnotationRecord[]) => [...list].sort((x, y) => (x.id < y.id ? -1 : 1));
      assert.deepStrictEqual(byId(merged.records), byId(row.kept));
    });
  }

  it('gives the same records whichever side is on disk, even for two versions from the same instant', () => {
    for (const [x, y] of [
      [a1, aOther1],
      [a1, a2],
      [aGone1, a1],
    ]) {
      const one = mergeAnnotations({ ...emptyAnnotations(), records: [x] }, { ...emptyAnnotations(), records: [y] }).records;
      const two = mergeAnnotations({ ...emptyAnnotations(), records: [y] }, { ...emptyAnnotations(), records: [x] }).records;
      assert.deepStrictEqual(one, two);
    }
  });

  it('keeps top-level fields of both files, this window winning a clash', () => {
    const disk = { ...emptyAnnotations(), records: [], note: 'disk', onlyDisk: 1 };
    const mine = { ...emptyAnnotations(), records: [], note: 'mine' };
    const merged = mergeAnnotations(disk, mine) as unknown as Record<string, unknown>;
    assert.strictEqual(merged.note, 'mine');
    assert.strictEqual(merged.onlyDisk, 1);
  });

  it('merges the lexicon the same way', () => {
    const rule = (minute: number, type: string) => lexiconRecord({ action: 'entity.type', type }, 'Moscow conference', { by: 'Ann', at: T(minute), id: 'x' });
    const merged = mergeLexicon({ ...emptyLexicon(), records: [rule(5, 'event')] }, { ...emptyLexicon(), records: [rule(2, 'organization')] });
    assert.deepStrictEqual(merged.records, [rule(5, 'event')]);
  });

  describe('after a write, what the window holds', () => {
    // The window sent [a1, b] to disk; disk had another window's c and a newer version of b.
    const bNewer = typed('b', 'organization', 5, 'Cy');
    const written = [a1, bNewer, c];
    const sent = [a1, b];

    it('is what was written when nothing changed meanwhile', () => {
      assert.deepStrictEqual(afterWrite(written, sent, sent), written);
    });

    it('keeps a correction made while the write was under way (the flaky UI test: the speaker set during the write of the entity before it)', () => {
      const d = typed('d', 'person', 6);
      const held = afterWrite(written, sent, [...sent, d]);
      assert.deepStrictEqual(held, [a1, bNewer, c, d]);
    });

    it('keeps a record changed or moved meanwhile as the window holds it, not as written', () => {
      const moved: AnnotationRecord = { ...a1, anchor: { ...a1.anchor, start: a1.anchor.start + 3, end: a1.anchor.end + 3 } };
      const held = afterWrite(written, sent, [moved, b]);
      assert.deepStrictEqual(held, [moved, bNewer, c]);
      assert.strictEqual(held[0], moved);
    });

    it('holds another window\'s newer change of a record that an edit moved meanwhile, not the stale copy', () => {
      const movedB: AnnotationRecord = { ...b, anchor: { ...b.anchor, start: b.anchor.start + 3, end: b.anchor.end + 3 } };
      assert.deepStrictEqual(afterWrite(written, sent, [a1, movedB]), [a1, bNewer, c]);
    });

    it('keeps a change made meanwhile that is newer than the one another window wrote', () => {
      const bMine = typed('b', 'event', 6);
      assert.deepStrictEqual(afterWrite(written, sent, [a1, bMine]), [a1, bMine, c]);
    });

    it('holds what the next write would keep for every record changed meanwhile', () => {
      const movedB: AnnotationRecord = { ...b, anchor: { ...b.anchor, start: b.anchor.start + 3, end: b.anchor.end + 3 } };
      for (const held of [[a1, movedB], [a1, typed('b', 'event', 6)], [a2, b], [aGone3, movedB]]) {
        const next = mergeAnnotations({ ...emptyAnnotations(), records: written }, { ...emptyAnnotations(), records: held }).records;
        const kept = afterWrite(written, sent, held);
        const withoutAnchors = (list: AnnotationRecord[]) => list.map((r) => ({ ...r, anchor: undefined })).sort((x, y) => (x.id < y.id ? -1 : 1));
        assert.deepStrictEqual(withoutAnchors(kept), withoutAnchors(next));
      }
    });
  });
});
