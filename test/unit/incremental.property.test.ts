/**
 * The caches that make re-analysis after an edit cheap (memo.ts, the paragraph candidates of
 * nlp.ts) never change a result: after each of many random edits, analyze() with the caches
 * warm from earlier versions equals analyze() with every cache cleared.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, AnalysisOptions, defaultAnalysisOptions } from '../../src/analysis';
import { clearMemos } from '../../src/analysis/memo';
import { clearCandidateCache } from '../../src/analysis/nlp';

/** A small deterministic PRNG so that every run checks the same edits. */
function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

const dir = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'wikinews');
const paragraphs = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split(/\n\s*\n/))
  .filter((p) => p.trim());

// What an edit inserts: letters, a space, line and paragraph breaks, quotation marks, a full
// stop, a name, a cue, Markdown emphasis.
const insertions = ['x', 'e', ' ', '\n', '\n\n', '"', '\u201c', '\u201d', '.', ',', 'Smith', ' said', 'Mr ', '*', 'The ', '(UN)'];

describe('re-analysis with warm caches equals a fresh analysis', () => {
  it('after random edits of articles made of real paragraphs, copies and near copies', function () {
    this.timeout(300_000);
    const rand = prng(11);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
    for (let doc = 0; doc < 6; doc++) {
      const parts: string[] = [];
      for (let i = 0; i < 14; i++) {
        const r = rand();
        if (i > 2 && r < 0.2) parts.push(pick(parts));
        else if (i > 2 && r < 0.35) parts.push(pick(parts).replace(/\b(the|a|said)\b/, 'some'));
        else parts.push(pick(paragraphs));
      }
      let text = parts.join(pick(['\n\n', '\n']));
      const options: AnalysisOptions = { ...defaultAnalysisOptions, format: doc % 3 === 2 ? 'markdown' : 'plain' };
      analyze(text, options);
      for (let edit = 0; edit < 12; edit++) {
        const at = Math.floor(rand() * (text.length + 1));
        const r = rand();
        if (r < 0.45) text = text.slice(0, at) + pick(insertions) + text.slice(at);
        else if (r < 0.8) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 40));
        else {
          // A paragraph moved or copied elsewhere, as cut and paste does.
          const from = Math.floor(rand() * text.length);
          const piece = text.slice(from, text.indexOf('\n', from) >>> 0);
          text = text.slice(0, at) + piece + text.slice(at);
        }
        const warm = analyze(text, options);
        clearCandidateCache();
        clearMemos();
        const fresh = analyze(text, options);
        assert.deepStrictEqual(warm, fresh, `document ${doc}, edit ${edit}: warm and fresh analyses differ`);
      }
    }
  });

  it('after edits that change what other paragraphs read: names capitalised elsewhere, entities, ignored names', function () {
    this.timeout(300_000);
    const rand = prng(29);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
    // Dictionary words that are also surnames: opening a sentence, such a word is a speaker only
    // when the document writes it with a capital inside some sentence (quotes/sources.ts).
    const names = ['Cook', 'Baker', 'Rice', 'Young', 'Brown', 'Hunter', 'Mason', 'Long'];
    const reports = (n: string) => [`${n} said the talks would resume next week.`, `"We are ready," ${n} said. ${n} told reporters that the deal was close.`, `According to ${n}, the plan failed because nobody backed it.`];
    const mentions = (n: string) => [`Officials met ${n} on Monday.`, `The minister, ${n.toLowerCase()} by trade, said nothing.`, `Mr ${n} disagreed.`];
    for (let doc = 0; doc < 4; doc++) {
      const parts: string[] = [];
      for (let i = 0; i < 10; i++) parts.push(rand() < 0.6 ? pick(reports(pick(names))) : pick(paragraphs));
      let text = parts.join('\n\n');
      let options: AnalysisOptions = { ...defaultAnalysisOptions };
      analyze(text, options);
      for (let edit = 0; edit < 14; edit++) {
        const r = rand();
        if (r < 0.5) {
          // A sentence naming someone inserted at a paragraph break far from the reports.
          const at = text.indexOf('\n\n', Math.floor(rand() * text.length));
          text = at < 0 ? `${text}\n\n${pick(mentions(pick(names)))}` : `${text.slice(0, at)} ${pick(mentions(pick(names)))}${text.slice(at)}`;
        } else if (r < 0.8) {
          // A mention taken out again.
          const n = pick(names);
          const at = text.indexOf(` ${n}`, Math.floor(rand() * text.length));
          if (at >= 0) text = text.slice(0, at) + text.slice(at + 1 + n.length);
        } else {
          options = { ...options, entities: { ignore: rand() < 0.5 ? [pick(names)] : [] } };
        }
        const warm = analyze(text, options);
        clearCandidateCache();
        clearMemos();
        const fresh = analyze(text, options);
        assert.deepStrictEqual(warm, fresh, `document ${doc}, edit ${edit}: warm and fresh analyses differ`);
      }
    }
  });
});
