import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { serialize } from 'v8';
import { analyze, defaultAnalysisOptions } from '../../src/analysis';
import { decodeReply, encodeReply, packAnalysis, unpackAnalysis } from '../../src/analysis/transfer';

const dir = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'wikinews');
const articles = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));

describe('the compact reply of the worker (analysis/transfer.ts)', () => {
  it('comes back equal to the analysis after a structured clone and as JSON, in plain text and Markdown, and is smaller', function () {
    this.timeout(60_000);
    const texts = [articles.join('\n\n'), `# Talks\n\n"We are *ready*," [Smith](https://example.org) said.\n\n${articles[0]}`];
    for (const [i, text] of texts.entries()) {
      const format = i === 1 ? 'markdown' : 'plain';
      const analysis = analyze(text, { ...defaultAnalysisOptions, format });
      const before = JSON.stringify(analysis);
      const packed = packAnalysis(text, analysis);
      // Packing leaves the analysis it was given (and the caches behind it) as they were.
      assert.strictEqual(JSON.stringify(analysis), before);
      assert.ok(serialize(packed).length < serialize(analysis).length / 2, 'the packed reply is less than half the size');
      assert.deepStrictEqual(unpackAnalysis(text, structuredClone(packed)), analysis);
      // As the worker sends it: JSON of the packed analysis.
      assert.deepStrictEqual(decodeReply(text, encodeReply(text, analysis)), analysis);
      assert.strictEqual(JSON.stringify(analysis), before);
    }
  });

  it('keeps a text that is not the slice it spans', () => {
    const text = 'Smith said it.';
    const analysis = analyze(text);
    const odd = { ...analysis, scareQuotes: [{ start: 0, end: 5, text: 'Jones' }] };
    assert.deepStrictEqual(unpackAnalysis(text, structuredClone(packAnalysis(text, odd))), odd);
    assert.deepStrictEqual(decodeReply(text, encodeReply(text, odd)), odd);
  });
});
