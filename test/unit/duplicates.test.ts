import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, applyDeletions, defaultAnalysisOptions, normalizeParagraph, planRemoval, splitParagraphs } from '../../src/analysis';
import { paragraphKind, ParagraphKind } from '../../src/analysis/duplicates';
import { blockMessage } from '../../src/editor/duplicateLookup';
import { bundle } from './bundle';

const seedPath = path.resolve(__dirname, '..', '..', '..', 'seeds', '000_9eeae5c25ec30b8d.txt');
const seed = fs.readFileSync(seedPath, 'utf8');

describe('splitParagraphs', () => {
  const cases: Array<{ name: string; text: string; expected: string[] }> = [
    { name: 'empty text', text: '', expected: [] },
    { name: 'white space only', text: ' \n\t\n', expected: [] },
    { name: 'one line', text: 'Hello world.', expected: ['Hello world.'] },
    { name: 'lines without blank lines are paragraphs', text: 'One.\nTwo.\r\nThree.\rFour.', expected: ['One.', 'Two.', 'Three.', 'Four.'] },
    { name: 'blank-line blocks', text: 'A line\nwrapped.\n\nB para.\n  \nC.', expected: ['A line\nwrapped.', 'B para.', 'C.'] },
    { name: 'CRLF blocks', text: 'A\r\nA2\r\n\r\nB\r\n', expected: ['A\r\nA2', 'B'] },
    { name: 'leading blank lines do not switch to blocks', text: '\n\nOne.\nTwo.', expected: ['One.', 'Two.'] },
    { name: 'emoji and right-to-left text', text: 'Hi 👋🏽 there.\n\nمرحبا بالعالم', expected: ['Hi 👋🏽 there.', 'مرحبا بالعالم'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const ps = splitParagraphs(c.text);
      assert.deepStrictEqual(ps.map((p) => p.text), c.expected);
      for (const p of ps) assert.strictEqual(c.text.slice(p.start, p.end), p.text);
    });
  }

  it('gives line numbers', () => {
    const ps = splitParagraphs('a\n\nb\nc\n\n\nd');
    assert.deepStrictEqual(ps.map((p) => [p.line, p.endLine]), [[0, 0], [2, 3], [6, 6]]);
  });
});

describe('normalizeParagraph', () => {
  // Case, white space, quote and dash style and canonically equivalent forms carry no content;
  // compatibility characters do, and are kept.
  const cases: Array<[string, string]> = [
    ['“Quoted” — text', '"quoted" - text'],
    ['It’s  A\tTEST', "it's a test"],
    ['a\u00a0b\u2003c\r\nd', 'a b c d'],
    ['\u2212 5 \u2013 6 \u2010 7', '- 5 - 6 - 7'],
    ['e\u0301lan', '\u00e9lan'],
    ['Ｆｕｌｌ width', 'ｆｕｌｌ width'],
    ['10⁶ tonnes of CO₂', '10⁶ tonnes of co₂'],
    ['Chapter Ⅲ', 'chapter ⅲ'],
    ['the ﬁnal', 'the ﬁnal'],
  ];
  for (const [input, expected] of cases) {
    it(`normalises ${JSON.stringify(input)}`, () => assert.strictEqual(normalizeParagraph(input), expected));
  }
});

describe('findDuplicates on the seed article', () => {
  const result = analyze(seed);

  it('reports exactly the 17 paragraphs on lines 21-37', () => {
    assert.deepStrictEqual(
      result.duplicates.copies.map((c) => result.paragraphs[c.paragraph].line + 1),
      Array.from({ length: 17 }, (_, i) => 21 + i),
    );
    assert.ok(result.duplicates.copies.every((c) => c.kind === 'exact'));
  });

  it('groups them into one block repeating lines 4-20', () => {
    assert.strictEqual(result.duplicates.blocks.length, 1);
    const block = result.duplicates.blocks[0];
    assert.deepStrictEqual(block.originals.map((i) => result.paragraphs[i].line + 1), Array.from({ length: 17 }, (_, i) => 4 + i));
  });

  it('removal turns the seed into its first 20 lines', () => {
    const deletions = planRemoval(seed, result.paragraphs, result.duplicates, { kind: 'all' });
    assert.strictEqual(applyDeletions(seed, deletions), seed.split('\n').slice(0, 20).join('\n'));
  });
});

describe('findDuplicates', () => {
  const para = (words: string) => words.split(' ').map((w, i) => `${w}${i % 7 === 6 ? ',' : ''}`).join(' ');
  const a = para('the committee met on tuesday to discuss the budget for next year and agreed to raise spending on schools');
  const b = para('officials in the northern province reported heavy rain that flooded roads and closed several bridges overnight');
  const shared = 'according to the latest figures released by the national statistics office on monday';

  const cases: Array<{ name: string; text: string; copies: Array<[number, number, 'exact' | 'near']> }> = [
    { name: 'nothing repeated', text: `${a}\n${b}`, copies: [] },
    { name: 'exact copy', text: `${a}\n${b}\n${a}`, copies: [[2, 0, 'exact']] },
    { name: 'copy differing in case, quotes and dashes', text: `He said “yes” — twice, loudly and clearly.\nHE SAID "YES" - TWICE, LOUDLY AND CLEARLY.`, copies: [[1, 0, 'exact']] },
    { name: 'one word changed', text: `${a}\n${b}\n${a.replace('tuesday', 'wednesday')}`, copies: [[2, 0, 'near']] },
    { name: 'typo fixed', text: `${a.replace('committee', 'comittee')}\n${b}\n${a}`, copies: [[2, 0, 'near']] },
    {
      name: 'long shared phrase only',
      text: `Prices rose sharply, ${shared}, while wages stalled in most regions.\nUnemployment fell to a record low, ${shared}, surprising economists.`,
      copies: [],
    },
    { name: 'short repeated line is not flagged', text: `Advertisement\n${a}\nAdvertisement\n${b}`, copies: [] },
    { name: 'copy of a copy points at the first occurrence', text: `${a}\n${a}\n${a}`, copies: [[1, 0, 'exact'], [2, 0, 'exact']] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = analyze(c.text);
      assert.deepStrictEqual(r.duplicates.copies.map((x) => [x.paragraph, x.original, x.kind]), c.copies);
    });
  }

  it('shows what changed in a near duplicate', () => {
    const r = analyze(`${a}\n${b}\n${a.replace('tuesday', 'wednesday')}`);
    assert.deepStrictEqual(r.duplicates.copies[0].changes, [{ removed: 'tuesday', added: 'wednesday' }]);
    assert.ok(r.duplicates.copies[0].similarity > 0.9 && r.duplicates.copies[0].similarity < 1);
  });

  it('a short line between copies joins their block', () => {
    const text = `${a}\nAdvertisement\n${b}\n${a}\nAdvertisement\n${b}`;
    const r = analyze(text);
    assert.deepStrictEqual(r.duplicates.blocks.map((x) => x.copies), [[3, 4, 5]]);
  });

  it('near duplicates can be turned off with similarity 1', () => {
    const r = analyze(`${a}\n${b}\n${a.replace('tuesday', 'wednesday')}`, {
      ...defaultAnalysisOptions,
      duplicates: { ...defaultAnalysisOptions.duplicates, similarity: 1 },
    });
    assert.deepStrictEqual(r.duplicates.copies, []);
  });

  it('minimum length is a setting', () => {
    const r = analyze('Advertisement\nText\nAdvertisement', { ...defaultAnalysisOptions, duplicates: { minLength: 5, similarity: 0.8 } });
    assert.deepStrictEqual(r.duplicates.copies.map((x) => x.paragraph), [2]);
  });
});

describe('planRemoval', () => {
  const cases: Array<{ name: string; text: string; expected: string }> = [
    { name: 'blank-line blocks keep one separator', text: 'First paragraph is long enough.\n\nSecond paragraph is long enough.\n\nFirst paragraph is long enough.\n\nThird paragraph is long enough.\n', expected: 'First paragraph is long enough.\n\nSecond paragraph is long enough.\n\nThird paragraph is long enough.\n' },
    { name: 'copy at the end keeps the final newline', text: 'First paragraph is long enough.\nSecond paragraph is long enough.\nFirst paragraph is long enough.\n', expected: 'First paragraph is long enough.\nSecond paragraph is long enough.\n' },
    { name: 'CRLF line ends', text: 'First paragraph is long enough.\r\nFirst paragraph is long enough.\r\nOther paragraph is long enough.', expected: 'First paragraph is long enough.\r\nOther paragraph is long enough.' },
    {
      name: 'indented lines keep their own indentation',
      text: '  First paragraph is long enough.\n    Second paragraph is long enough.\n  First paragraph is long enough.\n\tThird paragraph is long enough.\n',
      expected: '  First paragraph is long enough.\n    Second paragraph is long enough.\n\tThird paragraph is long enough.\n',
    },
    {
      name: 'indented CRLF lines with trailing white space',
      text: '\tFirst paragraph is long enough.  \r\n\tFirst paragraph is long enough.\t\r\n  Other paragraph is long enough.\r\n',
      expected: '\tFirst paragraph is long enough.  \r\n  Other paragraph is long enough.\r\n',
    },
    {
      name: 'CR-only line ends (old Mac files)',
      text: 'First paragraph is long enough.\rSecond paragraph is long enough.\r    First paragraph is long enough.\r Third paragraph is long enough.',
      expected: 'First paragraph is long enough.\rSecond paragraph is long enough.\r Third paragraph is long enough.',
    },
    {
      name: 'indented blocks of several lines',
      text: '  First paragraph is long enough,\n  wrapped on two lines.\n\n  Second paragraph is long enough.\n\n    First paragraph is long enough,\n    wrapped on two lines.\n\n\tThird paragraph is long enough.\n',
      expected: '  First paragraph is long enough,\n  wrapped on two lines.\n\n  Second paragraph is long enough.\n\n\tThird paragraph is long enough.\n',
    },
    { name: 'copy on the last line without a line break', text: 'First paragraph is long enough.\nSecond paragraph is long enough.\n  First paragraph is long enough.  ', expected: 'First paragraph is long enough.\nSecond paragraph is long enough.' },
    { name: 'copy at the end followed by blank lines', text: 'First paragraph is long enough.\n\nSecond paragraph is long enough.\n\nFirst paragraph is long enough.\n\n', expected: 'First paragraph is long enough.\n\nSecond paragraph is long enough.\n\n' },
    {
      name: 'a kept CR and a kept LF are not joined into one line end',
      text: 'First paragraph is long enough.\r\rSecond paragraph is long enough.\r\rFirst paragraph is long enough.\r\n\nThird paragraph is long enough.',
      expected: 'First paragraph is long enough.\r\rSecond paragraph is long enough.\r\n\nThird paragraph is long enough.',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = analyze(c.text);
      assert.strictEqual(applyDeletions(c.text, planRemoval(c.text, r.paragraphs, r.duplicates, { kind: 'all' })), c.expected);
    });
  }

  it('leaves near duplicates to be removed one by one', () => {
    const text = 'The mayor opened the new bridge on Monday morning.\nThe mayor opened the new bridge on Tuesday morning.';
    const r = analyze(text);
    assert.strictEqual(r.duplicates.copies[0].kind, 'near');
    assert.deepStrictEqual(planRemoval(text, r.paragraphs, r.duplicates, { kind: 'all' }), []);
    assert.strictEqual(applyDeletions(text, planRemoval(text, r.paragraphs, r.duplicates, { kind: 'copy', paragraph: 1 })), 'The mayor opened the new bridge on Monday morning.');
  });
});

describe('exact duplicates differ only in what carries no content', () => {
  const sentence = (x: string) => `The ${x} report said emissions rose sharply across the region this year.`;
  const other = 'Officials in the northern province reported heavy rain that flooded roads overnight.';
  // Each row: how the first paragraph reads, how its later copy reads, and whether removal may take the copy.
  const cases: Array<{ name: string; first: string; copy: string; kind: 'exact' | 'near' }> = [
    { name: 'case', first: sentence('annual'), copy: sentence('ANNUAL').toUpperCase(), kind: 'exact' },
    { name: 'quote style', first: sentence('“annual”'), copy: sentence('"annual"'), kind: 'exact' },
    { name: 'dash style', first: sentence('annual \u2013 regional'), copy: sentence('annual - regional'), kind: 'exact' },
    { name: 'white space', first: sentence('annual'), copy: sentence('annual').replace(/ /g, '\u00a0 '), kind: 'exact' },
    { name: 'one or two code points for an accent', first: sentence('r\u00e9gional'), copy: sentence('re\u0301gional'), kind: 'exact' },
    { name: 'superscript', first: sentence('10⁶'), copy: sentence('106'), kind: 'near' },
    { name: 'subscript', first: sentence('CO₂'), copy: sentence('CO2'), kind: 'near' },
    { name: 'roman numeral', first: sentence('Ⅲ'), copy: sentence('III'), kind: 'near' },
    { name: 'ligature', first: sentence('ﬁnal'), copy: sentence('final'), kind: 'near' },
    { name: 'full-width letters', first: sentence('ＵＮ'), copy: sentence('UN'), kind: 'near' },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.kind === 'exact' ? 'an exact copy, removed' : 'a near copy, kept by "remove all"'}`, () => {
      const text = `${c.first}\n${other}\n${c.copy}\n`;
      const r = analyze(text);
      assert.deepStrictEqual(r.duplicates.copies.map((x) => [x.paragraph, x.original, x.kind]), [[2, 0, c.kind]]);
      const after = applyDeletions(text, planRemoval(text, r.paragraphs, r.duplicates, { kind: 'all' }));
      assert.strictEqual(after, c.kind === 'exact' ? `${c.first}\n${other}\n` : text);
    });
  }
});

/** A paragraph of one line with the given text, for the kind table. */
function line(text: string): Parameters<typeof paragraphKind>[0] {
  return { index: 0, start: 0, end: text.length, line: 0, endLine: text.includes('\n') ? 1 : 0, text, hash: '' };
}

describe('paragraphKind', () => {
  const cases: Array<[string, ParagraphKind]> = [
    ['Floods close roads across the north as rain continues', 'heading'],
    ["Minister calls the pact a 'milestone'", 'heading'],
    ['FLOODS CLOSE ROADS IN THE NORTH.', 'heading'],
    ['Floods closed roads across the north on Monday, officials said.', 'body'],
    ['Photo: Floods close roads across the north', 'caption'],
    ['FILE PHOTO: A flooded road in the north', 'caption'],
    ['Pictured - rescue teams at work', 'caption'],
    ['A flooded road in the north on Monday. (Reuters)', 'caption'],
    ['A flooded road in the north on Monday. REUTERS/Jane Doe', 'caption'],
    ['Cars in a flooded street in the north (AP Photo/Jane Doe)', 'caption'],
    ['Rescue teams at work in the north on Monday. Photo: Jane Doe', 'caption'],
    ['one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one', 'body'],
    ['A heading that runs\nover two lines', 'body'],
    ['قال الوزير إن المحادثات ستستمر الأسبوع المقبل.', 'body'],
  ];
  for (const [text, kind] of cases) {
    it(`${JSON.stringify(text.slice(0, 40))} is ${kind}`, () => assert.strictEqual(paragraphKind(line(text)), kind));
  }
});

describe('near duplicates pair paragraphs of one kind', () => {
  const headline = 'Floods close roads across the north as heavy rain continues';
  const cases: Array<{ name: string; first: string; later: string; near: boolean }> = [
    { name: 'a caption with a label that echoes the headline', first: headline, later: `Photo: ${headline}`, near: false },
    { name: 'a caption with a credit that echoes the headline', first: headline, later: `${headline}. REUTERS/Jane Doe`, near: false },
    { name: 'a body sentence that expands the headline', first: headline, later: `${headline}, officials said on Monday.`, near: false },
    { name: 'two versions of the headline', first: headline, later: headline.replace('heavy rain continues', 'heavy rains continue'), near: true },
    { name: 'two versions of a caption', first: `Photo: ${headline}`, later: `Photo: ${headline.replace('heavy', 'more')}`, near: true },
    { name: 'two versions of a body sentence', first: `${headline}, officials said.`, later: `${headline.replace('north', 'south')}, officials said.`, near: true },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.near ? 'a near duplicate' : 'not a duplicate'}`, () => {
      const r = analyze(`${c.first}\n${c.later}`);
      assert.deepStrictEqual(r.duplicates.copies.map((x) => [x.paragraph, x.original, x.kind]), c.near ? [[1, 0, 'near']] : []);
    });
  }
});

describe('short paragraphs inside repeated runs', () => {
  const a = 'The committee met on Tuesday to discuss the budget for next year.';
  const b = 'Officials in the northern province reported heavy rain overnight.';
  const c = 'The new library opens in the spring after three years of building.';
  const [h1, h2, dateline, ad] = ['Budget talks', 'Rain in the north', 'NORTHTOWN, Monday', 'Advertisement'];
  // Each row: the paragraphs (one per line) and the expected blocks as [copies, originals].
  const cases: Array<{ name: string; paragraphs: string[]; blocks: Array<[number[], number[]]> }> = [
    { name: 'a short repeated line alone is not flagged', paragraphs: [ad, a, ad, b], blocks: [] },
    { name: 'a heading before a copied article joins it', paragraphs: [h1, a, b, c, h1, a, b], blocks: [[[4, 5, 6], [0, 1, 2]]] },
    { name: 'a short line after a copied run at the end joins it', paragraphs: [a, ad, b, a, ad], blocks: [[[3, 4], [0, 1]]] },
    { name: 'two short lines between copies join them', paragraphs: [a, h2, dateline, b, a, h2, dateline, b], blocks: [[[4, 5, 6, 7], [0, 1, 2, 3]]] },
    { name: 'short lines out of step stay out', paragraphs: [a, h1, b, a, h2, b], blocks: [[[3], [0]], [[5], [2]]] },
    { name: 'a short line next to a near copy stays, as the near copy does', paragraphs: [a, ad, b, a.replace('Tuesday', 'Friday'), ad], blocks: [[[3], [0]]] },
    { name: 'between two copied runs, a heading goes with the run it heads', paragraphs: [h1, a, ad, c, h2, b, a, ad, h2, b], blocks: [[[6, 7], [1, 2]], [[8, 9], [4, 5]]] },
  ];
  for (const t of cases) {
    it(t.name, () => {
      const r = analyze(t.paragraphs.join('\n'));
      assert.deepStrictEqual(r.duplicates.blocks.map((x) => [x.copies, x.originals]), t.blocks);
    });
  }
});

describe('a bundle of articles repeated whole', () => {
  // 19 generated articles (88 paragraphs, 31 of them headings, datelines or advertisement
  // lines under the minimum length) repeated 11 times: the 10 later copies are 10 blocks,
  // one Problems entry each, and removal leaves one bundle.
  const one = bundle(19);
  const text = Array.from({ length: 11 }, () => one.join('\n')).join('\n');
  const r = analyze(text);

  it('gives one block per later copy, each repeating the whole first copy', () => {
    assert.strictEqual(one.length, 88);
    assert.strictEqual(r.duplicates.blocks.length, 10);
    r.duplicates.blocks.forEach((block, k) => {
      assert.deepStrictEqual(block.copies, one.map((_, i) => (k + 1) * 88 + i));
      assert.deepStrictEqual(block.originals, one.map((_, i) => i));
      assert.strictEqual(blockMessage(r, block), `Lines ${(k + 1) * 88 + 1}\u2013${(k + 2) * 88} repeat lines 1\u201388 (88 duplicated paragraphs).`);
    });
  });

  it('removal leaves the first copy', () => {
    assert.strictEqual(applyDeletions(text, planRemoval(text, r.paragraphs, r.duplicates, { kind: 'all' })), one.join('\n'));
  });

  it('a sentence that repeats inside the bundle does not cut its copies into pieces', () => {
    // The tagline ends articles 1, 6, 11 and 16: three copies of it inside the first bundle
    // are blocks of their own, and each later bundle is still one block.
    const tagged = bundle(19, 'Subscribe to our newsletter for more local news every morning.');
    const t = analyze(Array.from({ length: 11 }, () => tagged.join('\n')).join('\n'));
    const inside = t.duplicates.blocks.filter((x) => x.copies[0] < tagged.length);
    const later = t.duplicates.blocks.filter((x) => x.copies[0] >= tagged.length);
    assert.deepStrictEqual(inside.map((x) => x.copies.length), [1, 1, 1]);
    assert.deepStrictEqual(later.map((x) => [x.copies[0] % tagged.length, x.copies.length]), Array.from({ length: 10 }, () => [0, tagged.length]));
  });
});

describe('blockMessage', () => {
  const a = 'The committee met on Tuesday to discuss the budget for next year.';
  const b = 'Officials in the northern province reported heavy rain overnight.';
  const a2 = a.replace('Tuesday', 'Friday');
  const b2 = b.replace('heavy', 'light');
  const cases: Array<[string, string]> = [
    [`${a}\n${b}\n${a}`, 'Line 3 repeats line 1 (1 duplicated paragraph).'],
    [`${a}\n${b}\n${a2}`, 'Line 3 nearly repeats line 1 (1 duplicated paragraph).'],
    [`${a}\n${b}\n${a2}\n${b2}`, 'Lines 3\u20134 nearly repeat lines 1\u20132 (2 duplicated paragraphs).'],
    [`${a}\n${b}\n${a}\n${b2}`, 'Lines 3\u20134 repeat lines 1\u20132 (2 duplicated paragraphs, one of them a near copy).'],
    [`${a}\n${a}\n\n${b}\n\n${a}\n${a}`, 'Lines 6\u20137 repeat lines 1\u20132 (1 duplicated paragraph).'],
  ];
  for (const [text, message] of cases) {
    it(message, () => {
      const r = analyze(text);
      assert.deepStrictEqual(r.duplicates.blocks.map((x) => blockMessage(r, x)), [message]);
    });
  }
});

describe('CR-only line ends give the same results as LF', () => {
  const a = 'The committee met on Tuesday to discuss the budget for next year.';
  const b = 'Officials in the northern province reported heavy rain overnight.';
  const texts = [
    `${a}\n${b}\n${a}\n`,
    `  ${a}\n\n${b}\nwrapped on a second line.\n\n\t${a}\n\n`,
    `Heading\n${a}\n${b}\nHeading\n${a}\n${b.replace('heavy', 'light')}`,
    `\n\n${a}\n \n${a}`,
  ];
  for (const lf of texts) {
    it(JSON.stringify(lf.slice(0, 30)), () => {
      const cr = lf.replace(/\n/g, '\r');
      const [x, y] = [analyze(lf), analyze(cr)];
      assert.deepStrictEqual(y.paragraphs.map((p) => ({ ...p, text: p.text.replace(/\r/g, '\n'), hash: '' })), x.paragraphs.map((p) => ({ ...p, hash: '' })));
      assert.deepStrictEqual(y.duplicates, x.duplicates);
      const removeLf = planRemoval(lf, x.paragraphs, x.duplicates, { kind: 'all' });
      assert.deepStrictEqual(planRemoval(cr, y.paragraphs, y.duplicates, { kind: 'all' }), removeLf);
    });
  }
});
