/**
 * Hostile text families for the whole `analyze()`: the shapes that once made a pass cost the
 * square of a paragraph's or the document's size (issue 7 item 2), gathered from the growth
 * tests of each pass and from the issue, as plain texts of about `n` characters. Shared by the
 * growth test of analyze() and by `npm run bench`, which prints the worst family's ratio.
 */
import { analyze, AnalysisOptions, defaultAnalysisOptions } from '../../src/analysis';
import { clearCandidateCache } from '../../src/analysis/nlp';
import { bundle } from './bundle';

export interface Family {
  name: string;
  make: (n: number) => string;
  /** The starting size of the growth check (the check doubles it until a run is long enough to time). */
  size: number;
  /** One huge paragraph: time compromise too (cold paragraph cache), not only the document-level passes. */
  cold?: boolean;
  format?: AnalysisOptions['format'];
}

const sentence = 'The minister said on Monday that talks on trade would continue next week.';
const fill = (unit: string, n: number) => unit.repeat(Math.max(1, Math.ceil(n / unit.length)));
/** Lines made by `line(i)` up to about `n` characters. */
const upTo = (n: number, line: (i: number) => string, sep = '\n') => {
  const out: string[] = [];
  for (let i = 0, length = 0; length < n; i++) {
    out.push(line(i));
    length += out[i].length + sep.length;
  }
  return out.join(sep);
};
/** A made-up capitalised name per `i`, that no lexicon knows ("Bav", "Cav", ...). */
const name = (i: number) => {
  let s = '';
  do {
    s += 'bcdfghjklmnprstvz'[i % 17];
    i = Math.floor(i / 17);
  } while (i > 0);
  return `${s[0].toUpperCase()}${s.slice(1)}av`;
};

export const hostileFamilies: Family[] = [
  // Paragraphs and duplicates.
  { name: 'one huge paragraph of many lines', make: (n) => `Intro.\n\n${fill(`${sentence}\n`, n)}`, size: 4000 },
  { name: 'a, 200,000 dots, b after a repeated name (the issue)', make: (n) => `John Smith spoke.\n\na${'.'.repeat(n)}b`, size: 4000, cold: true },
  { name: 'many tiny paragraphs', make: (n) => fill('a\n', n), size: 4000 },
  { name: 'many identical paragraphs', make: (n) => fill(`${sentence}\n`, n), size: 4000 },
  { name: 'many near-identical paragraphs', make: (n) => upTo(n, (i) => `${sentence} Report ${i}.`), size: 4000 },
  { name: 'a bundle of articles repeated', make: (n) => fill(`${bundle(19).join('\n')}\n`, n), size: 8000 },
  { name: 'CR-only line ends', make: (n) => upTo(n, (i) => (i % 3 ? `${sentence} ${i % 11}` : ''), '\r'), size: 4000 },
  // Entities.
  { name: 'many full names and surnames of one person', make: (n) => fill('John Smith came. Then Smith left.\n\n', n), size: 4000 },
  { name: 'many distinct full names sharing a given name', make: (n) => `Mr John Smith spoke.\n\n${upTo(n, (i) => `John ${name(2 * i)} met John ${name(2 * i + 1)}.`)}`, size: 2000 },
  { name: 'a long shouted line repeating a name', make: (n) => `Mr Olaf Berg spoke.\n\n${fill('BERG SAYS NO. ', n)}\n`, size: 4000, cold: true },
  { name: 'many acronyms in brackets', make: (n) => `The talks began.\n\n${upTo(n, (i) => `The ${name(i)} ${name(i + 7)} Organization (${name(i)[0]}${name(i + 7)[0]}O${i}) met.`)}`, size: 2000 },
  { name: 'a single enormous line of capitalised words', make: (n) => fill('Foreign Minister John Smith Bank of England ', n), size: 2000, cold: true },
  { name: 'a single enormous results line', make: (n) => fill('Bolton 2 (Keane 61) Swindon 1 2 3 4 ', n), size: 2000, cold: true },
  // Quotes.
  { name: '"he said" repeated without a full stop', make: (n) => `Officials said ${fill('he said ', n)}it would rain.`, size: 4000, cold: true },
  { name: 'sentence-initial verbs of seeming', make: (n) => fill('Seems fine. "We will not sign this deal," Smith said. ', n), size: 4000 },
  { name: '"according to" repeated in one sentence', make: (n) => `Taxes rose${fill(', according to Ann, and prices rose', n)}.`, size: 4000, cold: true },
  { name: 'mixed quotes repeated without a full stop', make: (n) => `Intro.\n\n${fill('and Ann called it "a big step," he said, ', n)}end`, size: 2000, cold: true },
  { name: 'many unbalanced opening marks', make: (n) => `Intro.\n\n${fill('\u201ca ', n)}`, size: 4000, cold: true },
  { name: 'many quotes by many speakers', make: (n) => upTo(n, (i) => `"We will win," ${name(i)} said. He said it would rain.`, '\n\n'), size: 2000 },
  { name: 'a paragraph of many short lines', make: (n) => `Intro.\n\n${fill('word and\n', n)}end`, size: 4000 },
  // Markdown.
  { name: 'Markdown: link targets that never close', make: (n) => `Olaf Berg spoke.\n\n${fill('[a](', n)}`, size: 4000, format: 'markdown' },
  { name: 'Markdown: a long emphasis run around a name', make: (n) => `${'*'.repeat(n / 2)}Olaf Berg${'*'.repeat(n / 2)}`, size: 4000, format: 'markdown', cold: true },
];

/**
 * The growth check's two halves for one family: `make` analyses a text once (filling the
 * paragraph cache), `run` analyses it as timed, with the cache cleared first when `cold`.
 */
export function analyzeFamily(format: AnalysisOptions['format'], cold: boolean): { make: (text: string) => string; run: (text: string) => number } {
  const options: AnalysisOptions = { ...defaultAnalysisOptions, format };
  // Serialised as the worker posts it: quote texts are cheap slices until then.
  const run = (text: string) => {
    if (cold) clearCandidateCache();
    return JSON.stringify(analyze(text, options)).length;
  };
  return { run, make: (text) => (run(text), text) };
}
