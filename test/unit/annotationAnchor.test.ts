import * as assert from 'assert';
import fc from 'fast-check';
import { Anchor, anchorAt, AnchorText, AnnotationRecord, EditEffect, entityRecord, mapAnchor, mapRecords, reanchor, reanchorRecords, refreshAnchor, TextChange, textHash } from '../../src/analysis/annotations';
import { assertGrowsLinearly } from './growth';

/** Applies changes one after another, as `mapAnchor` reads them. */
function applyChanges(text: string, changes: TextChange[]): string {
  for (const c of changes) text = text.slice(0, c.offset) + c.insertedText + text.slice(c.offset + c.deletedLength);
  return text;
}

const change = (offset: number, deletedLength: number, insertedText: string): TextChange => ({ offset, deletedLength, insertedText });

describe('anchors follow editor edits exactly', () => {
  const text = 'Hello Sergei Shoigu said.';
  const anchor = anchorAt(text, 6, 19); // "Sergei Shoigu"
  const rows: Array<{ name: string; changes: TextChange[]; effect: EditEffect; exact: string; start: number }> = [
    { name: 'text inserted before it', changes: [change(0, 0, 'Ah. ')], effect: 'moved', exact: 'Sergei Shoigu', start: 10 },
    { name: 'text typed right at its start stays outside', changes: [change(6, 0, 'Mr ')], effect: 'moved', exact: 'Sergei Shoigu', start: 9 },
    { name: 'text typed right at its end stays outside', changes: [change(19, 0, ' Jr')], effect: 'unchanged', exact: 'Sergei Shoigu', start: 6 },
    { name: 'text changed after it', changes: [change(20, 4, 'told')], effect: 'unchanged', exact: 'Sergei Shoigu', start: 6 },
    { name: 'text deleted before it', changes: [change(0, 6, '')], effect: 'moved', exact: 'Sergei Shoigu', start: 0 },
    { name: 'an emoji inserted before it (two UTF-16 units each)', changes: [change(0, 0, '👋🏽')], effect: 'moved', exact: 'Sergei Shoigu', start: 10 },
    { name: 'a CRLF line break inserted before it', changes: [change(5, 1, '\r\n')], effect: 'moved', exact: 'Sergei Shoigu', start: 7 },
    { name: 'its text replaced as a whole (a rename)', changes: [change(6, 13, 'Sergey Shoygu')], effect: 'edited', exact: 'Sergey Shoygu', start: 6 },
    { name: 'a word inside it replaced', changes: [change(13, 6, 'Shoygu')], effect: 'edited', exact: 'Sergei Shoygu', start: 6 },
    { name: 'text inserted inside it', changes: [change(12, 0, ' K.')], effect: 'edited', exact: 'Sergei K. Shoigu', start: 6 },
    { name: 'an edit over its start keeps what is left', changes: [change(0, 13, 'Mr ')], effect: 'edited', exact: 'Shoigu', start: 3 },
    { name: 'an edit over its end keeps what is left', changes: [change(13, 12, 'X')], effect: 'edited', exact: 'Sergei ', start: 6 },
    { name: 'an edit around it deletes it', changes: [change(0, 25, 'gone')], effect: 'deleted', exact: 'Sergei Shoigu', start: 0 },
    { name: 'its text deleted', changes: [change(6, 13, '')], effect: 'deleted', exact: 'Sergei Shoigu', start: 6 },
    { name: 'a deleted anchor still moves with text before it', changes: [change(6, 13, ''), change(0, 0, 'Ah. ')], effect: 'deleted', exact: 'Sergei Shoigu', start: 10 },
    { name: 'several changes of one event, applied in order (last first, as VS Code sends them)', changes: [change(20, 4, 'told'), change(0, 0, 'Ah. ')], effect: 'moved', exact: 'Sergei Shoigu', start: 10 },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const mapped = mapAnchor(anchor, row.changes);
      assert.strictEqual(mapped.effect, row.effect);
      assert.strictEqual(mapped.anchor.exact, row.exact);
      assert.strictEqual(mapped.anchor.start, row.start);
      if (row.effect === 'deleted') assert.strictEqual(mapped.anchor.end, mapped.anchor.start);
      else {
        // Except for a deleted anchor, the new offsets hold the new exact text in the edited text.
        const edited = applyChanges(text, row.changes);
        assert.strictEqual(edited.slice(mapped.anchor.start, mapped.anchor.end), row.exact);
      }
    });
  }

  it('maps records, leaving tombstones alone, and names those edited or deleted', () => {
    const make = (id: string, start: number, end: number) => entityRecord({ action: 'entity.accept' }, 'mention', text, { start, end }, { by: 'Ann', at: '2024-05-01T12:00:00Z', id });
    const gone = { ...make('t', 0, 5), deleted: true as const };
    const result = mapRecords([make('a', 0, 5), make('b', 6, 19), make('c', 20, 24), gone], [change(13, 6, 'Shoygu'), change(20, 4, '')]);
    assert.deepStrictEqual(result.edited, ['b']);
    assert.deepStrictEqual(result.deleted, ['c']);
    assert.strictEqual(result.records[3], gone);
  });

  it('refreshes context and hash from the text once the offsets hold', () => {
    const edited = applyChanges(text, [change(0, 0, 'Ah. ')]);
    const mapped = mapAnchor(anchor, [change(0, 0, 'Ah. ')]).anchor;
    const fresh = refreshAnchor(mapped, edited);
    assert.deepStrictEqual(fresh, anchorAt(edited, 10, 23));
    assert.strictEqual(fresh.hash, textHash(edited));
  });
});

describe('anchors are placed again after an outside change', () => {
  const p1 = 'Defence Minister Sergei Shoigu arrived in Islamabad on Thursday for talks.';
  const p2 = 'Shoigu met his counterpart Khawaja Asif. Later Shoigu said the talks went well.';
  const p3 = '“Both sides will translate this relationship in tangible terms,” he said on the day.';
  const p4 = 'Pakistan and Russia signed an agreement on military cooperation in the evening.';
  const old = [p1, p2, p3, p4].join('\n\n');
  // The second "Shoigu" of p2: the same text sits a few words before it.
  const second = old.indexOf('Shoigu said');
  const quote = old.indexOf('“Both');
  const quoteEnd = old.indexOf('” he') + 1;

  const rows: Array<{ name: string; anchor: Anchor; text: string; placement: string; exact?: string; start: number }> = [
    { name: 'the text is unchanged', anchor: anchorAt(old, second, second + 6), text: old, placement: 'kept', start: second },
    {
      name: 'text inserted above',
      anchor: anchorAt(old, second, second + 6),
      text: `Breaking news from the capital.\n\n${old}`,
      placement: 'moved',
      start: second + 33,
    },
    {
      name: 'the same text repeated nearby: the occurrence with its context',
      anchor: anchorAt(old, second, second + 6),
      text: old.replace('Defence Minister ', ''),
      placement: 'moved',
      start: second - 17,
    },
    {
      name: 'text deleted around it (both sides of its context)',
      anchor: anchorAt(old, old.indexOf('Khawaja Asif'), old.indexOf('Khawaja Asif') + 12),
      text: old.replace('Shoigu met his counterpart Khawaja Asif. Later', 'Asif, the host, and Khawaja Asif at last. Later'),
      placement: 'moved',
      start: old.indexOf('Shoigu met') + 'Asif, the host, and '.length,
    },
    {
      name: 'edited inside: an approximate match where its context is, not the old text elsewhere',
      anchor: anchorAt(old, second, second + 6),
      text: old.replace('Later Shoigu said', 'Later Shoygu said'),
      placement: 'fuzzy',
      exact: 'Shoygu',
      start: second,
    },
    {
      name: 'a long quote edited inside',
      anchor: anchorAt(old, quote, quoteEnd),
      text: `Intro.\n\n${old.replace('in tangible terms', 'in concrete terms')}`,
      placement: 'fuzzy',
      exact: '“Both sides will translate this relationship in concrete terms,”',
      start: quote + 8,
    },
    {
      name: 'the paragraph moved',
      anchor: anchorAt(old, second, second + 6),
      text: [p1, p3, p4, p2].join('\n\n'),
      placement: 'moved',
      start: [p1, p3, p4].join('\n\n').length + 2 + p2.indexOf('Shoigu said'),
    },
    {
      name: 'an emoji before it',
      anchor: anchorAt(old, second, second + 6),
      text: old.replace('Shoigu met', '👋🏽 Shoigu met'),
      placement: 'moved',
      start: second + 5,
    },
    {
      name: 'line ends changed to CRLF',
      anchor: anchorAt(old, quote, quoteEnd),
      text: old.replace(/\n/g, '\r\n'),
      placement: 'moved',
      start: quote + 4,
    },
    {
      name: 'its text gone: orphaned, the anchor kept as it was',
      anchor: anchorAt(old, old.indexOf('Thursday'), old.indexOf('Thursday') + 8),
      text: old.replace('on Thursday ', ''),
      placement: 'orphaned',
      start: old.indexOf('Thursday'),
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const placed = reanchor(row.anchor, new AnchorText(row.text));
      assert.strictEqual(placed.placement, row.placement);
      assert.strictEqual(placed.anchor.start, row.start);
      if (row.placement === 'orphaned') {
        assert.strictEqual(placed.anchor, row.anchor);
        return;
      }
      const exact = row.exact ?? row.anchor.exact;
      assert.strictEqual(placed.anchor.exact, exact);
      assert.strictEqual(row.text.slice(placed.anchor.start, placed.anchor.end), exact);
      assert.strictEqual(placed.anchor.hash, textHash(row.text));
    });
  }

  it('does not place an anchor deleted in the editor on another copy of its text without context', () => {
    const text = 'On Thursday they met. Much later, on another Thursday, they signed.';
    const mapped = mapAnchor(anchorAt(text, 3, 11), [change(0, 21, 'They met.')]);
    assert.strictEqual(mapped.effect, 'deleted');
    const edited = applyChanges(text, [change(0, 21, 'They met.')]);
    assert.strictEqual(reanchor(mapped.anchor, new AnchorText(edited)).placement, 'orphaned');
  });

  it('places every record of an article after a paragraph inserted above, each where its neighbours moved', () => {
    const records: AnnotationRecord[] = [];
    for (const word of ['Shoigu', 'Islamabad', 'Khawaja Asif', 'Pakistan', 'Russia']) {
      for (let at = old.indexOf(word); at >= 0; at = old.indexOf(word, at + 1)) {
        records.push(entityRecord({ action: 'entity.accept' }, 'mention', old, { start: at, end: at + word.length }, { by: 'Ann', at: '2024-05-01T12:00:00Z', id: `${word}@${at}` }));
      }
    }
    const text = `A new first paragraph, written elsewhere.\n\n${old}`;
    const result = reanchorRecords(records, text);
    for (const r of result.records) {
      assert.strictEqual(result.placements.get(r.id), 'moved');
      const oldStart = records.find((x) => x.id === r.id)?.anchor.start ?? -1;
      assert.strictEqual(r.anchor.start, oldStart + 43, r.id);
    }
  });
});

/** Word pool with repeats, so that the same text occurs several times. */
const words = ['Shoigu', 'said', 'the', 'talks', 'Asif', 'met', 'in', 'Islamabad', 'on', 'Thursday', '“quote”', '👋🏽', 'and', 'Russia', 'Pakistan', '\r\n', '\n\n', 'of', 'a'];

describe('anchors are placed again (property)', () => {
  it('after random edits that do not touch an annotation’s own text, every annotation is placed on the same text', () => {
    const doc = fc.array(fc.constantFrom(...words), { minLength: 30, maxLength: 120 }).map((ws) => ws.join(' '));
    const scenario = doc.chain((text) => {
      // Word-aligned spans to annotate, and edits given as fractions of the text.
      const spans = fc.uniqueArray(fc.nat(text.length - 1), { minLength: 1, maxLength: 8 });
      const edits = fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(12), insert: fc.constantFrom('', 'new ', 'Shoigu ', 'the talks ', '👋🏽', '\r\n', 'x') }), { minLength: 1, maxLength: 12 });
      return fc.tuple(fc.constant(text), spans, edits);
    });
    fc.assert(
      fc.property(scenario, ([text, starts, edits]) => {
        // Annotate whole words at the chosen offsets, keeping them apart.
        let anns: Array<{ start: number; end: number }> = [];
        for (const s of [...starts].sort((a, b) => a - b)) {
          const from = text.lastIndexOf(' ', s) + 1;
          const space = text.indexOf(' ', from);
          const to = space < 0 ? text.length : space;
          if (to > from && !anns.some((a) => a.start <= to && from <= a.end)) anns.push({ start: from, end: to });
        }
        const records = anns.map((a, i) => entityRecord({ action: 'entity.accept' }, 'mention', text, a, { by: 'Ann', at: '2024-05-01T12:00:00Z', id: `r${i}` }));
        let edited = text;
        for (const e of edits) {
          let offset = Math.floor(e.at * edited.length);
          let deleted = Math.min(e.remove, edited.length - offset);
          // Keep clear of every annotation's own text: move the edit before the one it would touch.
          const hit = anns.find((a) => offset < a.end && offset + deleted > a.start) ?? anns.find((a) => offset > a.start && offset < a.end);
          if (hit) {
            deleted = Math.min(deleted, Math.max(0, hit.start - offset));
            if (offset > hit.start) {
              offset = hit.start;
              deleted = 0;
            }
          }
          // An edit never splits an emoji (a surrogate pair), as no editor does.
          const low = (i: number) => edited.charCodeAt(i) >= 0xdc00 && edited.charCodeAt(i) <= 0xdfff;
          if (low(offset) || low(offset + deleted)) continue;
          const shift = e.insert.length - deleted;
          edited = edited.slice(0, offset) + e.insert + edited.slice(offset + deleted);
          anns = anns.map((a) => (a.start >= offset + deleted ? { start: a.start + shift, end: a.end + shift } : a));
        }
        const result = reanchorRecords(records, edited);
        result.records.forEach((r, i) => {
          assert.notStrictEqual(result.placements.get(r.id), 'orphaned', `${r.id} orphaned`);
          assert.strictEqual(edited.slice(r.anchor.start, r.anchor.end), records[i].anchor.exact);
          // Where the text is unique, it is the very same occurrence.
          const exact = records[i].anchor.exact;
          if (edited.indexOf(exact) === edited.lastIndexOf(exact)) assert.strictEqual(r.anchor.start, anns[i].start);
        });
      }),
      { seed: 8, numRuns: 300 },
    );
  });
});

describe('re-anchoring grows linearly', () => {
  const paragraph = 'Defence Minister Sergei Shoigu met Khawaja Asif in Islamabad on Thursday to sign an agreement.';
  /** `n` paragraphs, a record on every eighth "Shoigu", and the text with a paragraph inserted above. */
  const make = (n: number) => {
    const text = Array.from({ length: n }, (_, i) => `(${i}) ${paragraph}`).join('\n\n');
    const hash = textHash(text);
    const model = entityRecord({ action: 'entity.accept' }, 'mention', text, { start: 0, end: 1 }, { by: 'Ann', at: '2024-05-01T12:00:00Z' });
    const records: AnnotationRecord[] = [];
    for (let i = 0, at = text.indexOf('Shoigu'); at >= 0; i++, at = text.indexOf('Shoigu', at + 1)) {
      if (i % 8 === 0) records.push({ ...model, id: `r${i}`, anchor: anchorAt(text, at, at + 6, hash) });
    }
    return { text: `Inserted elsewhere.\n\n${text}`, records };
  };

  // V8 optimises a function after many calls; the extension's long-lived process has made them, so the timing starts warm.
  before(() => {
    const warm = make(2000);
    for (let i = 0; i < 30; i++) reanchorRecords(warm.records, warm.text);
  });

  it('with the number of records and the length of the text', () => {
    assertGrowsLinearly('reanchorRecords after a paragraph inserted above', make, ({ text, records }) => reanchorRecords(records, text), 32000);
  });
});
