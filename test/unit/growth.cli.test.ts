import type { Analysis, DuplicateBlock, DuplicateCopy, Entity, Paragraph, Quote } from '../../src/analysis';
import { summary } from '../../src/cli/summary';
import { assertGrowsLinearly } from './growth';

/**
 * An analysis shaped like a big bundle of articles: `n` paragraphs whose second half repeats the
 * first, every other copy near, each copy its own block (many blocks and many copies), and
 * many entities and quotes whose speakers are the last entities listed. Built directly, so the
 * check times the summary alone.
 */
function bigAnalysis(n: number): Analysis {
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < n; i++) {
    const text = `Paragraph ${i % (n / 2)} of the bundle.`;
    paragraphs.push({ index: i, start: i * 40, end: i * 40 + text.length, line: 2 * i, endLine: 2 * i, text, hash: String(i) });
  }
  const copies: DuplicateCopy[] = [];
  const blocks: DuplicateBlock[] = [];
  for (let i = n / 2; i < n; i += 2) {
    const near = i % 4 === 0;
    copies.push({ paragraph: i, original: i - n / 2, kind: near ? 'near' : 'exact', similarity: near ? 0.9 : 1, changes: [] });
    blocks.push({ copies: [i], originals: [i - n / 2], span: paragraphs[i], originalSpan: paragraphs[i - n / 2] });
  }
  const entities: Entity[] = [];
  const quotes: Quote[] = [];
  for (let i = 0; i < n / 4; i++) {
    const name = `Person Number${i}`;
    const at = paragraphs[i];
    entities.push({ id: `person:${name}`, type: 'person', canonical: name, aliases: [], roles: [], mentions: [{ start: at.start, end: at.start + 5, text: name }] });
  }
  for (let i = 0; i < n / 2; i += 2) {
    const at = paragraphs[i];
    quotes.push({ start: at.start, end: at.end, text: at.text, kind: 'direct', speakerEntity: entities[entities.length - 1 - (i % 8)].id, confidence: 0.9 });
  }
  return { length: n * 40, paragraphs, duplicates: { copies, blocks }, entities, quotes, scareQuotes: [], quoteMarkProblems: [], partial: false, notices: [] };
}

describe('growth: the CLI', () => {
  it('writes the readable summary in linear time (many blocks, copies, entities and quotes)', () => {
    assertGrowsLinearly('summary', bigAnalysis, (analysis) => summary('bundle.txt', analysis), 16384);
  });
});
