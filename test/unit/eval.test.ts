import * as assert from 'assert';
import type { Entity, Quote } from '../../src/analysis/types';
import { evaluate, Evaluation, GoldDoc, GoldIo, loadGold, parseBrat, parseDoccano, parseGoldJson, resultMarkdown } from '../../src/eval';

/** A prediction: one entity per mention list. */
function entity(type: Entity['type'], ...spans: Array<[number, number]>): Entity {
  return { id: `${type}:${spans[0][0]}`, type, canonical: 'x', aliases: [], roles: [], mentions: spans.map(([start, end]) => ({ start, end, text: 'x' })) };
}

function quote(start: number, end: number, kind: Quote['kind'], speaker?: [number, number]): Quote {
  return { start, end, text: '', kind, confidence: 1, ...(speaker ? { speaker: { start: speaker[0], end: speaker[1], text: '' } } : {}) };
}

describe('evaluation against gold', () => {
  const text = 'Ann Lee met Bob Smith in Paris at the United Nations. Nobody else came.';
  //            0   4   8   12  16      24 27          38         49
  const gold: GoldDoc = {
    id: 'd1',
    text,
    entities: [
      { start: 0, end: 7, type: 'PERSON' },
      { start: 12, end: 21, type: 'PERSON' },
      { start: 25, end: 30, type: 'PLACE' },
      { start: 38, end: 52, type: 'ORG' },
    ],
  };

  it('counts exact and overlap matches per type and lists each error once, by kind', () => {
    const e = new Evaluation();
    // Right: Ann Lee. Boundary: "Smith" for "Bob Smith". Type: Paris as ORG. Spurious: "Nobody". Missed: United Nations.
    e.add(0, gold, { entities: [entity('person', [0, 7], [16, 21], [54, 60]), entity('organization', [25, 30])], quotes: [] });
    const r = e.result();
    assert.deepStrictEqual([r.entities!.exact.PERSON.tp, r.entities!.exact.PERSON.fp, r.entities!.exact.PERSON.fn], [1, 2, 1]);
    assert.deepStrictEqual([r.entities!.overlap.PERSON.tp, r.entities!.overlap.PERSON.fp, r.entities!.overlap.PERSON.fn], [2, 1, 0]);
    assert.deepStrictEqual([r.entities!.exact.ORG.tp, r.entities!.exact.ORG.fp, r.entities!.exact.ORG.fn], [0, 1, 1]);
    assert.strictEqual(r.entities!.exact.PLACE.fn, 1);
    assert.strictEqual(r.entities!.exact.micro.precision, 25);
    assert.strictEqual(r.entities!.exact.micro.recall, 25);
    assert.deepStrictEqual(
      r.errors.map((x) => [x.kind, x.start]),
      [['boundary', 16], ['type', 25], ['missed', 38], ['spurious', 54]],
    );
    assert.strictEqual(r.errors[1].detail, '"Paris" found as ORG, gold says PLACE');
    assert.strictEqual(r.quotes, undefined, 'no quote figures without quote gold');
  });

  it('ignores predictions inside gold OTHER spans and types it does not score', () => {
    const e = new Evaluation();
    e.add(0, { id: 'o', text: 'Russian Cup final', entities: [{ start: 0, end: 11, type: 'OTHER' }] }, { entities: [entity('place', [0, 7]), entity('date', [12, 17])], quotes: [] });
    const r = e.result();
    assert.strictEqual(r.entities!.exact.micro.fp, 0);
    assert.strictEqual(r.errors.length, 0);
  });

  it('scores quotes at 30% and 80% coverage, one to one, with speaker accuracy', () => {
    const t = 'He said "we will win the race today" and Ann Lee, who spoke later, said taxes would rise.';
    const q1 = { start: 8, end: 36, kind: 'direct' as const, speakerStart: 0, speakerEnd: 2, cueStart: 3, cueEnd: 7 };
    const q2 = { start: 72, end: 88, kind: 'indirect' as const, speakerStart: 50, speakerEnd: 53, cueStart: 67, cueEnd: 71 };
    const e = new Evaluation();
    // q1 found whole with its speaker; q2 found at half its length, speaker the antecedent of "who"; one spurious quote.
    e.add(3, { id: 'q', text: t, quotes: [q1, q2] }, { entities: [], quotes: [quote(8, 36, 'direct', [0, 2]), quote(80, 88, 'mixed', [41, 48]), quote(0, 2, 'direct')] });
    const f = e.result().quotes!.figures;
    assert.deepStrictEqual([f['overall@0.3'].tp, f['overall@0.3'].predicted, f['overall@0.3'].gold], [2, 3, 2]);
    assert.strictEqual(f['overall@0.3'].speakerAccuracy, 100);
    assert.strictEqual(f['overall@0.8'].tp, 1);
    assert.strictEqual(f['indirect@0.3'].tp, 1, 'mixed is scored as indirect');
    assert.strictEqual(f['direct@0.3'].precision, 50);
    const errors = e.result().errors;
    assert.deepStrictEqual(errors.map((x) => [x.kind, x.doc, x.line]), [['spurious', 3, 1], ['boundary', 3, 1]]);
  });

  it('reports a wrong speaker and lists it with a link in the Markdown report', async () => {
    const t = 'Line one.\nBob said "yes" to Ann.';
    const doc: GoldDoc = { id: 's', text: t, quotes: [{ start: 19, end: 24, kind: 'direct', speakerStart: 10, speakerEnd: 13, cueStart: 14, cueEnd: 18 }] };
    const r = (await evaluate([doc], () => ({ entities: [], quotes: [quote(19, 24, 'direct', [28, 31])] })))!;
    assert.strictEqual(r.quotes!.figures['overall@0.3'].speakerAccuracy, 0);
    assert.deepStrictEqual(r.errors.map((x) => [x.kind, x.line, x.column]), [['speaker', 2, 10]]);
    const report = resultMarkdown('gold.json', r, (x) => `doc:${x.doc}#L${x.line}`);
    assert.match(report, /\| 30% \| overall \| 100\.0 \| 100\.0 \| 100\.0 \| 0\.0 \|/);
    assert.match(report, /- \[line 2, column 10\]\(doc:0#L2\) \*\*wrong speaker\*\*: speaker "Ann", gold says "Bob"/);
  });

  it('stops and returns nothing when an analysis is cancelled', async () => {
    assert.strictEqual(await evaluate([gold, gold], (_t, i) => (i === 0 ? { entities: [], quotes: [] } : undefined)), undefined);
  });

  describe('gold readers', () => {
    it('reads our JSON and says what is wrong with bad gold, without throwing', () => {
      const r = parseGoldJson(JSON.stringify([{ id: 7, text: 'Ann said "hi".', entities: [{ start: 0, end: 3, type: 'PER' }], quotes: [{ start: 9, end: 13, speakerStart: 0, speakerEnd: 3 }] }]));
      assert.ok(r.ok);
      assert.deepStrictEqual(r.docs[0].entities, [{ start: 0, end: 3, type: 'PERSON' }]);
      assert.strictEqual(r.docs[0].quotes![0].kind, 'direct');
      assert.strictEqual(r.docs[0].id, '7');
      for (const bad of ['{', '{}', '[{"text": 1}]', '[{"text": "ab", "entities": [{"start": 0, "end": 9, "type": "ORG"}]}]', '[{"text": "ab"}]']) {
        const read = parseGoldJson(bad);
        assert.ok(!read.ok && read.error.length > 10, bad);
      }
    });

    it('reads brat with code-point offsets, discontinuous spans and Source/Cue/Content events', () => {
      const text = '👋 Ann Lee said that taxes rise.';
      const ann = ['T1\tPERSON 2 9\tAnn Lee', 'T2\tSource 2 9\tAnn Lee', 'T3\tCue 10 14\tsaid', 'T4\tContent 15 19;20 31\tthat taxes rise.', 'E1\tCue:T3 Source:T2 Content:T4', 'A1\tStatus T1 accepted', '#1\tAnnotatorNotes T1\tby me'].join('\n');
      const r = parseBrat('doc', text, ann);
      assert.ok(r.ok);
      const [doc] = r.docs;
      assert.deepStrictEqual(doc.entities, [{ start: 3, end: 10, type: 'PERSON' }]);
      assert.strictEqual(text.slice(doc.entities![0].start, doc.entities![0].end), 'Ann Lee');
      assert.deepStrictEqual(doc.quotes, [{ start: 16, end: 32, kind: 'indirect', speakerStart: 3, speakerEnd: 10, cueStart: 11, cueEnd: 15 }]);
      assert.ok(!parseBrat('doc', text, 'T1\tPERSON 2 99\tx').ok);
    });

    it('reads doccano JSONL in both layouts, with relations from speaker to quote', () => {
      const text = '👋 Ann said "go".';
      const lines = [
        JSON.stringify({ id: 1, text, label: [[2, 5, 'PER']] }),
        JSON.stringify({ id: 2, text, entities: [{ id: 10, start_offset: 2, end_offset: 5, label: 'Speaker' }, { id: 11, start_offset: 11, end_offset: 15, label: 'Quote' }], relations: [{ id: 1, from_id: 10, to_id: 11, type: 'says' }] }),
      ];
      const r = parseDoccano(lines.join('\n'));
      assert.ok(r.ok);
      assert.deepStrictEqual(r.docs[0].entities, [{ start: 3, end: 6, type: 'PERSON' }]);
      assert.deepStrictEqual(r.docs[1].quotes, [{ start: 12, end: 16, kind: 'direct', speakerStart: 3, speakerEnd: 6, cueStart: null, cueEnd: null }]);
      assert.ok(!parseDoccano('{"text": "a"}\nnot json').ok);
    });

    it('loads a folder of brat pairs and names the text file of each document', async () => {
      const files: Record<string, string> = { 'g/a.ann': 'T1\tORG 0 3\tACME', 'g/a.txt': 'ACME', 'g/b.ann': '', 'g/b.txt': 'Nothing.', 'g/notes.md': '' };
      const io: GoldIo = {
        isDirectory: async (p) => p === 'g',
        list: async () => Object.keys(files).filter((f) => f.startsWith('g/')).map((f) => f.slice(2)),
        readText: async (p) => {
          if (!(p in files)) throw new Error('missing');
          return files[p];
        },
        join: (a, b) => `${a}/${b}`,
      };
      const set = await loadGold('g', io);
      assert.ok(set.ok);
      assert.deepStrictEqual(set.files, ['g/a.txt', 'g/b.txt']);
      assert.deepStrictEqual(set.docs.map((d) => d.id), ['a', 'b']);
      delete files['g/b.txt'];
      const broken = await loadGold('g', io);
      assert.ok(!broken.ok && /g\/b\.txt is missing/.test(broken.error));
    });
  });
});
