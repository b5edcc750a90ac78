import * as assert from 'assert';
import { analyze, Analysis, Span } from '../../src/analysis';
import { onCaught } from '../../src/analysis/errors';
import { decodeReply, encodeReply } from '../../src/analysis/transfer';

/** A small deterministic PRNG so that every run checks the same generated texts. */
function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

/**
 * Runs `analyze` with a handler that records what the core catches, so a property fails on a
 * swallowed exception and names the text that caused it (the global hook names only the test).
 */
function analyzeAndCatch(text: string): { result: Analysis; caught: string[] } {
  const caught: string[] = [];
  const restore = onCaught((where, error) => caught.push(`${where}: ${error instanceof Error ? error.message : String(error)}`));
  try {
    return { result: analyze(text), caught };
  } finally {
    restore();
  }
}

/** Whether a paragraph starts strictly inside the span: a report must never run across one. */
function crossesParagraph(result: Analysis, span: Span): boolean {
  return result.paragraphs.some((p) => p.start > span.start && p.start < span.end);
}

// Pieces of news-like text and the odd input the core must survive: quotation marks of every
// kind and unbalanced, CRLF, emoji with modifiers, right-to-left script, NUL, replacement
// characters, and verbs of seeming that may open a sentence or a paragraph with no subject.
const pieces = ['A', 'b', ' ', '\n', '\n\n', '"', '\u201c', '\u201d', '\u2018', '\u2019', "'", '.', ',', 'said', 'Mr', 'The', 'Minister', 'Smith', '\ud83d\udc4b\ud83c\udffd', '\u0645', '\r\n', '\u0000', '\ufffd', '(', ')', 'ABC', '\u2014', '-', ':', '\t', 'according to', 'he', 'She', 'Inc', 'of', 'Moscow', 'Seems', 'Appears', 'seemed', 'is expected to', 'Is expected to', '. Seems', '\n\nSeems', '\n\nAppears', 'to'];

// Well-formed sentences, many opening with a verb of seeming or "is expected to" and no subject.
const sentences = ['Seems fine.', 'Appears so.', 'Seems the deal is off.', 'Appears to be over.', 'Is expected to pass.', 'Seemed unlikely.', 'The talks ended', 'The minister is expected to resign.', 'Prices seem high.', 'Officials said the vote was close.', 'It rained'];
const separators = [' ', '\n', '\n\n'];
const QUOTE = '"We will not sign this deal,"';

describe('analyze (property over generated odd text)', () => {
  it('never throws or catches, every span lies in the text and matches its own text, and no report crosses a paragraph', () => {
    const rand = prng(7);
    for (let run = 0; run < 800; run++) {
      let text = '';
      const length = Math.floor(rand() * 80);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(rand() * pieces.length)] + (rand() < 0.5 ? ' ' : '');
      const { result, caught } = analyzeAndCatch(text);
      assert.deepStrictEqual(caught, [], `caught while analysing ${JSON.stringify(text)}`);
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
        if (q.kind === 'indirect') assert.ok(!crossesParagraph(result, q), `report ${JSON.stringify(q.text)} crosses a paragraph in ${JSON.stringify(text)}`);
      }
      result.scareQuotes.forEach((s) => matches(s, 'scare quote'));
      result.quoteMarkProblems.forEach((p) => inside(p, 'quote mark'));
      // The worker's reply (JSON of the packed analysis) brings back the very same analysis.
      assert.deepStrictEqual(decodeReply(text, encodeReply(text, result)), result, `reply differs for ${JSON.stringify(text)}`);
    }
  });

  it('finds a quote after sentences that open with a verb of seeming, whatever comes before', () => {
    const rand = prng(11);
    for (let run = 0; run < 300; run++) {
      let text = '';
      const count = 1 + Math.floor(rand() * 4);
      for (let i = 0; i < count; i++) {
        const sentence = sentences[Math.floor(rand() * sentences.length)];
        // A line with no full stop ends only at a paragraph break ("The talks ended⏎⏎Seems ...").
        text += sentence + (sentence.endsWith('.') ? separators[Math.floor(rand() * separators.length)] : '\n\n');
      }
      text += `${QUOTE} Smith said.`;
      const { result, caught } = analyzeAndCatch(text);
      assert.deepStrictEqual(caught, [], `caught while analysing ${JSON.stringify(text)}`);
      const quote = result.quotes.find((q) => q.text === QUOTE);
      assert.ok(quote, `the quote is lost in ${JSON.stringify(text)}`);
      assert.strictEqual(quote.speaker?.text, 'Smith', `speaker in ${JSON.stringify(text)}`);
      for (const q of result.quotes) {
        if (q.kind === 'indirect') assert.ok(!crossesParagraph(result, q), `report ${JSON.stringify(q.text)} crosses a paragraph in ${JSON.stringify(text)}`);
      }
    }
  });
});
