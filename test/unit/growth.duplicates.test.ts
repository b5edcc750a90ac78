import { Analysis, splitParagraphs } from '../../src/analysis';
import { applyDeletions, defaultDuplicateOptions, findDuplicates, planRemoval } from '../../src/analysis/duplicates';
import { blockMessage } from '../../src/editor/duplicateLookup';
import { bundle } from './bundle';
import { assertGrowsLinearly } from './growth';

// Hostile families of about `n` characters each: every duplicate pass must cost about 8 times
// as much on 8 times the text, whatever the shape of the text.
const sentence = 'The minister said on Monday that talks on trade would continue next week.';
const repeatTo = (unit: string, n: number) => unit.repeat(Math.max(1, Math.ceil(n / unit.length)));
const numbered = (n: number, line: (i: number) => string, sep = '\n') => {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < n; i++) {
    const l = line(i);
    out.push(l);
    length += l.length + sep.length;
  }
  return out.join(sep);
};

// `remove`: the family has copies to remove, so removal is timed too; `describe`: it has many
// blocks or one huge one, so their Problems messages are timed too.
const families: Array<{ name: string; make: (n: number) => string; remove?: boolean; describe?: boolean }> = [
  { name: 'one huge paragraph of many lines', make: (n) => `Intro.\n\n${repeatTo(`${sentence}\n`, n)}` },
  { name: 'one huge line without a break: a, dots, b', make: (n) => `a${'.'.repeat(n)}b` },
  { name: 'many tiny paragraphs', make: (n) => repeatTo('a\n', n) },
  { name: 'many identical paragraphs', make: (n) => repeatTo(`${sentence}\n`, n), remove: true, describe: true },
  { name: 'many near-identical paragraphs', make: (n) => numbered(n, (i) => `${sentence} Report ${i}.`), describe: true },
  { name: 'copies with short lines between them', make: (n) => numbered(n, (i) => (i % 2 ? 'Advertisement' : `${sentence} ${i % 10}`)), remove: true },
  { name: 'a bundle of articles repeated', make: (n) => repeatTo(`${bundle(19).join('\n')}\n`, n), remove: true, describe: true },
  { name: 'indented copies and white-space lines', make: (n) => numbered(n, (i) => `${' '.repeat(i % 200)}${sentence} ${i % 7}${'\t'.repeat(i % 50)}`), remove: true },
  { name: 'CR-only line ends', make: (n) => numbered(n, (i) => (i % 3 ? `${sentence} ${i % 11}` : ''), '\r'), remove: true },
];

/** Runs a cheap pass several times, so that the smaller input takes long enough to time without a huge text. */
const repeated =
  <T>(run: (input: T) => unknown, times: number) =>
  (input: T) => {
    for (let k = 0; k < times; k++) run(input);
  };

/** A text with its duplicates found, as the editor holds it. */
interface Prepared {
  text: string;
  analysis: Analysis;
}

function prepare(text: string): Prepared {
  const paragraphs = splitParagraphs(text);
  const duplicates = findDuplicates(paragraphs, defaultDuplicateOptions);
  return { text, analysis: { length: text.length, paragraphs, duplicates, entities: [], quotes: [], scareQuotes: [], quoteMarkProblems: [], partial: false, notices: [] } };
}

// Cheap passes run several times per timing, so that the smaller text takes long enough to
// time while both texts stay small: on huge texts the garbage collector's work on the whole
// heap would weigh on the larger one alone.
const SIZE = 20_000;

describe('duplicate passes grow linearly on hostile text', () => {
  for (const f of families) {
    describe(f.name, () => {
      it('paragraph splitting and duplicate detection', () => {
        assertGrowsLinearly(`detection on ${f.name}`, f.make, repeated((text: string) => findDuplicates(splitParagraphs(text), defaultDuplicateOptions), 4), SIZE);
      });
      if (f.remove) {
        it('removal planning and applying', () => {
          const remove = (p: Prepared) => applyDeletions(p.text, planRemoval(p.text, p.analysis.paragraphs, p.analysis.duplicates, { kind: 'all' }));
          assertGrowsLinearly(`removal on ${f.name}`, (n) => prepare(f.make(n)), repeated(remove, 20), SIZE);
        });
      }
      if (f.describe) {
        it('Problems messages of the blocks', () => {
          // The Problems panel lists at most 200 blocks; their messages must not cost blocks x copies.
          const messages = (p: Prepared) => {
            // A new analysis object each time, as after every edit: its lookup index is built afresh.
            const analysis = { ...p.analysis };
            return analysis.duplicates.blocks.slice(0, 200).map((b) => blockMessage(analysis, b));
          };
          assertGrowsLinearly(`messages on ${f.name}`, (n) => prepare(f.make(n)), repeated(messages, 20), SIZE);
        });
      }
    });
  }
});
