import * as assert from 'assert';
import { applyDeletions, Paragraph, planRemoval, splitParagraphs } from '../../src/analysis';
import { findDuplicates } from '../../src/analysis/duplicates';

/** Paragraphs and duplicates of a text, as analyze() finds them (the rest of the analysis plays no part here). */
function analyze(text: string) {
  const paragraphs = splitParagraphs(text);
  return { paragraphs, duplicates: findDuplicates(paragraphs) };
}

/** A small deterministic PRNG so that every run checks the same generated documents. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    s ^= s + Math.imul(s ^ (s >>> 7), 61 | s);
    return ((s ^ (s >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * What README.md documents as carrying no content: case, white space, quote and dash style,
 * and canonically equivalent forms. Written here from that list, not taken from the product.
 */
function contentFree(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`\uff07]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02]/g, '"')
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

// Words with a twin that differs only in compatibility characters (which carry content), and
// words with a twin that differs only in what carries none.
const compatibilityTwins: Array<[string, string]> = [
  ['10⁶', '106'],
  ['CO₂', 'CO2'],
  ['Ⅲ', 'III'],
  ['ﬁnal', 'final'],
  ['Ｍoscow', 'Moscow'],
  ['x²', 'x2'],
  ['½', '1/2'],
  ['H₂O', 'H2O'],
];
const contentFreeTwins: Array<[string, string]> = [
  ['“quoted”', '"quoted"'],
  ['it’s', "it's"],
  ['—', '-'],
  ['\u2212', '-'],
  ['élan', 'e\u0301lan'],
];
const vocabulary = ['the', 'minister', 'said', 'on', 'Monday', 'that', 'talks', 'would', 'continue', 'Moscow', 'trade', 'ties', 'a', 'new', 'deal', '👋', 'مرحبا', ...compatibilityTwins.map((t) => t[0]), ...contentFreeTwins.map((t) => t[0])];
const lineEnds = ['\n', '\r\n', '\r'];
const indents = ['', '', '', '  ', '\t', '    ', ' \u00a0'];

/** A copy changed in one of the ways a scraped copy differs: some carry content, some do not. */
function vary(p: string, rand: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const swap = (twins: Array<[string, string]>) => {
    const [a, b] = pick(twins);
    return rand() < 0.5 ? p.replace(a, b) : p.replace(b, a);
  };
  const r = rand();
  if (r < 0.2) return p.toUpperCase();
  if (r < 0.35) return swap(contentFreeTwins);
  if (r < 0.5) return p.replace(/ /, rand() < 0.5 ? '  ' : '\u00a0');
  if (r < 0.65) return swap(compatibilityTwins);
  if (r < 0.75) return p.replace(/ /, ` ${pick(vocabulary)} `);
  return p;
}

/** A document of repeated and varied paragraphs, indented or not, with LF, CRLF or CR line ends (sometimes mixed). */
function generate(rand: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const pool: string[] = [];
  const lineEnd = pick(lineEnds);
  const blankLines = rand() < 0.5;
  const mixed = rand() < 0.15;
  const end = () => (mixed ? pick(lineEnds) : lineEnd);
  const lines: string[] = [];
  const count = 1 + Math.floor(rand() * 12);
  for (let i = 0; i < count; i++) {
    let p: string;
    if (pool.length && rand() < 0.45) {
      p = vary(pool[Math.floor(rand() * pool.length)], rand);
    } else {
      const n = 1 + Math.floor(rand() * 14);
      p = Array.from({ length: n }, () => pick(vocabulary)).join(' ');
      pool.push(p);
    }
    // In a file of blank-line separated blocks, a paragraph may be wrapped over two lines.
    const words = p.split(' ');
    const wrapAt = blankLines && words.length > 3 && rand() < 0.3 ? 1 + Math.floor(rand() * (words.length - 1)) : 0;
    const parts = wrapAt ? [words.slice(0, wrapAt).join(' '), words.slice(wrapAt).join(' ')] : [p];
    for (const part of parts) lines.push(pick(indents) + part + (rand() < 0.2 ? pick([' ', '\t', '  ']) : ''));
    if (blankLines && i < count - 1) lines.push(rand() < 0.8 ? '' : pick([' ', '\t']));
  }
  const lead = rand() < 0.2 ? end() : '';
  return lead + lines.map((l, i) => (i < lines.length - 1 ? l + end() : l)).join('') + (rand() < 0.5 ? end() : '');
}

interface Line {
  text: string;
  start: number;
  end: number;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: text.slice(start, m.index), start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ text: text.slice(start), start, end: text.length });
  return out;
}

const blank = (s: string) => /^\s*$/.test(s);

/**
 * Checks one removal of every exact copy from `text`: what goes is copies of paragraphs kept
 * before them (under the content-free normalisation only) and the line breaks around them;
 * every kept line is byte for byte a line of the original, in order; the text between kept
 * lines that had nothing removed between them is untouched. Returns the text after removal.
 */
function checkRemoval(text: string): string {
  const before = analyze(text);
  const deletions = planRemoval(text, before.paragraphs, before.duplicates, { kind: 'all' });
  const after = applyDeletions(text, deletions);
  const where = `in ${JSON.stringify(text)}`;
  const isRemoved = (p: Paragraph) => deletions.some((d) => d.start <= p.start && p.end <= d.end);
  const removed = new Set(before.paragraphs.filter(isRemoved).map((p) => p.index));

  // Exactly the exact copies go, each with an equal paragraph kept before it.
  assert.deepStrictEqual([...removed], before.duplicates.copies.filter((c) => c.kind === 'exact').map((c) => c.paragraph), where);
  for (const i of removed) {
    const p = before.paragraphs[i];
    const kept = before.paragraphs.some((q) => q.index < i && !removed.has(q.index) && contentFree(q.text) === contentFree(p.text));
    assert.ok(kept, `removed ${JSON.stringify(p.text)} with no equal paragraph kept before it, ${where}`);
  }
  // Deletions hold only removed paragraphs and white space.
  for (const d of deletions) {
    let rest = '';
    let pos = d.start;
    for (const p of before.paragraphs.filter((q) => removed.has(q.index) && q.start >= d.start && q.end <= d.end)) {
      rest += text.slice(pos, p.start);
      pos = p.end;
    }
    rest += text.slice(pos, d.end);
    assert.ok(blank(rest), `a deletion takes ${JSON.stringify(rest)}, ${where}`);
  }

  // Kept lines, byte for byte and in order.
  const original = linesOf(text);
  const removedLine = new Set<number>();
  for (const i of removed) for (let l = before.paragraphs[i].line; l <= before.paragraphs[i].endLine; l++) removedLine.add(l);
  const keptIndexes = original.map((_, i) => i).filter((i) => !removedLine.has(i) && !blank(original[i].text));
  const afterLines = linesOf(after).filter((l) => !blank(l.text));
  assert.deepStrictEqual(afterLines.map((l) => l.text), keptIndexes.map((i) => original[i].text), `kept lines differ, ${where}`);

  // Between two kept lines, the text is untouched when nothing was removed there; otherwise it
  // is still a line break or more, and a blank line still separates them if it did on both sides.
  for (let k = 0; k + 1 < keptIndexes.length; k++) {
    const [a, b] = [keptIndexes[k], keptIndexes[k + 1]];
    const gapAfter = after.slice(afterLines[k].end, afterLines[k + 1].start);
    const gapBefore = text.slice(original[a].end, original[b].start);
    const cut = [...removedLine].filter((l) => l > a && l < b).sort((x, y) => x - y);
    if (!cut.length) {
      assert.strictEqual(gapAfter, gapBefore, `the text between kept lines ${a} and ${b} changed, ${where}`);
      continue;
    }
    const breaks = (s: string) => (s.match(/\r\n|\n|\r/g) ?? []).length;
    assert.ok(blank(gapAfter) && breaks(gapAfter) >= 1, `kept lines ${a} and ${b} run together, ${where}`);
    const separated = breaks(text.slice(original[a].end, original[cut[0]].start)) > 1 && breaks(text.slice(original[cut[cut.length - 1]].end, original[b].start)) > 1;
    if (separated) assert.ok(breaks(gapAfter) > 1, `the blank line between kept lines ${a} and ${b} is gone, ${where}`);
  }
  // Before the first kept line, nothing changes.
  if (keptIndexes.length) assert.strictEqual(after.slice(0, afterLines[0].start), text.slice(0, original[keptIndexes[0]].start), where);

  // With one paragraph per line, the kept paragraphs are the paragraphs of the result, and a second removal finds nothing.
  if (before.paragraphs.every((p) => p.line === p.endLine)) {
    assert.deepStrictEqual(splitParagraphs(after).map((p) => p.text), before.paragraphs.filter((p) => !removed.has(p.index)).map((p) => p.text), where);
    const again = analyze(after);
    assert.deepStrictEqual(planRemoval(after, again.paragraphs, again.duplicates, { kind: 'all' }), [], `a second removal still finds copies, ${where}`);
  }
  return after;
}

describe('duplicate removal (property over generated documents)', () => {
  it('removes only copies of paragraphs kept before them and leaves every other line byte for byte', () => {
    const rand = prng(20261126);
    let removedSomething = 0;
    let keptNear = 0;
    for (let run = 0; run < 600; run++) {
      const text = generate(rand);
      if (checkRemoval(text) !== text) removedSomething++;
      if (analyze(text).duplicates.copies.some((c) => c.kind === 'near')) keptNear++;
    }
    assert.ok(removedSomething > 100, `the generator produced too few documents with exact duplicates (${removedSomething})`);
    assert.ok(keptNear > 50, `the generator produced too few documents with near duplicates (${keptNear})`);
  });

  // The examples, each checked by the same property, with what removal must leave.
  const examples: Array<{ name: string; text: string; after: string }> = [
    { name: 'superscript', text: 'Output rose to 10⁶ tonnes this year, the ministry said.\nOutput rose to 106 tonnes this year, the ministry said.', after: 'Output rose to 10⁶ tonnes this year, the ministry said.\nOutput rose to 106 tonnes this year, the ministry said.' },
    { name: 'subscript', text: 'Emissions of CO₂ fell sharply in the third quarter.\r\nEmissions of CO2 fell sharply in the third quarter.\r\n', after: 'Emissions of CO₂ fell sharply in the third quarter.\r\nEmissions of CO2 fell sharply in the third quarter.\r\n' },
    { name: 'roman numeral', text: 'Chapter Ⅲ of the treaty sets out the rules on trade.\n\nChapter III of the treaty sets out the rules on trade.\n', after: 'Chapter Ⅲ of the treaty sets out the rules on trade.\n\nChapter III of the treaty sets out the rules on trade.\n' },
    { name: 'ligature', text: 'The ﬁnal round of talks opens in Geneva on Monday.\rThe final round of talks opens in Geneva on Monday.', after: 'The ﬁnal round of talks opens in Geneva on Monday.\rThe final round of talks opens in Geneva on Monday.' },
    { name: 'full width', text: 'ＵＮ envoys met the delegation in the capital today.\nUN envoys met the delegation in the capital today.', after: 'ＵＮ envoys met the delegation in the capital today.\nUN envoys met the delegation in the capital today.' },
    { name: 'case, quotes and dashes', text: 'He said “yes” — twice, loudly and clearly.\nHE SAID "YES" - TWICE, LOUDLY AND CLEARLY.\n', after: 'He said “yes” — twice, loudly and clearly.\n' },
    { name: 'indented lines', text: '  The talks will continue next week in the capital.\n\tOther news of the day follows in this short report.\n    The talks will continue next week in the capital.\n Last line of the report stays as it is.\n', after: '  The talks will continue next week in the capital.\n\tOther news of the day follows in this short report.\n Last line of the report stays as it is.\n' },
    { name: 'indented CRLF lines', text: '\tThe talks will continue next week in the capital.\r\n  The talks will continue next week in the capital.\r\n   Last line of the report stays as it is.', after: '\tThe talks will continue next week in the capital.\r\n   Last line of the report stays as it is.' },
    { name: 'CR-only lines', text: 'The talks will continue next week in the capital.\r  Other news of the day follows here.\r\tThe talks will continue next week in the capital.\r', after: 'The talks will continue next week in the capital.\r  Other news of the day follows here.\r' },
  ];
  for (const e of examples) {
    it(e.name, () => assert.strictEqual(checkRemoval(e.text), e.after));
  }
});
