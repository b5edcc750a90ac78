import * as assert from 'assert';
import { candidateCacheSize, clearCandidateCache, paragraphCandidates } from '../../src/analysis/nlp';

describe('paragraphCandidates', () => {
  it('gives offsets relative to the paragraph', () => {
    const text = 'Yesterday, Defence Minister Leila Haddad visited Beirut.';
    for (const c of paragraphCandidates(text)) assert.strictEqual(text.slice(c.start, c.end), c.text);
  });
  it('serves a repeated paragraph from the cache', () => {
    clearCandidateCache();
    const first = paragraphCandidates('Olaf Berg flew to Oslo.');
    const again = paragraphCandidates('Olaf Berg flew to Oslo.');
    assert.strictEqual(again, first);
    assert.strictEqual(candidateCacheSize(), 1);
  });
  it('re-parses when two texts share a hash', () => {
    clearCandidateCache();
    paragraphCandidates('Olaf Berg flew to Oslo.', 'same');
    const other = paragraphCandidates('Maria Lopez flew to Lima.', 'same');
    assert.ok(other.some((c) => c.text === 'Lima'));
  });
});
