import * as assert from 'assert';
import { analyze, Span } from '../../src/analysis';

/** A small deterministic PRNG so that every run checks the same generated texts. */
function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

// Pieces of news-like text and the odd input the core must survive: quotation marks of every
// kind and unbalanced, CRLF, emoji with modifiers, right-to-left script, NUL, replacement characters.
const pieces = ['A', 'b', ' ', '\n', '\n\n', '"', '\u201c', '\u201d', '\u2018', '\u2019', "'", '.', ',', 'said', 'Mr', 'The', 'Minister', 'Smith', '\ud83d\udc4b\ud83c\udffd', '\u0645', '\r\n', '\u0000', '\ufffd', '(', ')', 'ABC', '\u2014', '-', ':', '\t', 'according to', 'he', 'She', 'Inc', 'of', 'Moscow'];

describe('analyze (property over generated odd text)', () => {
  it('never throws, and every span lies in the text and matches its own text', () => {
    const rand = prng(7);
    for (let run = 0; run < 800; run++) {
      let text = '';
      const length = Math.floor(rand() * 80);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(rand() * pieces.length)] + (rand() < 0.5 ? ' ' : '');
      const result = analyze(text);
      const inside = (span: Span, what: string) =>
        assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what} ${JSON.stringify(span)} outside ${JSON.stringify(text)}`);
      const matches = (span: Span & { text: string }, what: string) => {
        inside(span, what);
        assert.strictEqual(text.slice(span.start, span.end), span.text, `${what} text differs in ${JSON.stringify(text)}`);
      };
      assert.strictEqual(result.length, text.length);
      result.paragraphs.forEach((p) => matches(p, 'paragraph'));
      result.entities.forEach((e) => e.mentions.forEach((m) => matches(m, 'mention')));
      for (const q of result.quotes) {
        matches(q, 'quote');
        if (q.speaker) matches(q.speaker, 'speaker');
        if (q.cue) matches(q.cue, 'cue');
      }
      result.scareQuotes.forEach((s) => matches(s, 'scare quote'));
      result.quoteMarkProblems.forEach((p) => inside(p, 'quote mark'));
    }
  });
});
