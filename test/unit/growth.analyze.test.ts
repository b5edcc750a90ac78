/**
 * The whole analyze() grows linearly on every hostile family: 8 times the text may cost about
 * 8 times the time, never 64. Each text is analysed once when made, so the timed runs find its
 * paragraphs in the cache (as every re-analysis does) and time the document-level passes; the
 * families of one huge paragraph also run with the cache cleared, timing compromise with them.
 */
import { analyzeFamily, hostileFamilies } from './families';
import { assertGrowsLinearly } from './growth';

describe('the whole analyze() grows linearly on hostile families', () => {
  for (const f of hostileFamilies) {
    for (const cold of f.cold ? [false, true] : [false]) {
      it(`${f.name}${cold ? ' (cache cleared)' : ''}`, function () {
        this.timeout(120_000);
        const { make, run } = analyzeFamily(f.format, cold);
        assertGrowsLinearly(f.name, (n) => make(f.make(n)), run, f.size);
      });
    }
  }
});
