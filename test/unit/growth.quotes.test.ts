/**
 * The quote passes grow linearly on hostile input: each family below once cost the square of a
 * paragraph's or the document's size in one of the passes (tokens, mark pairing, the document
 * view, direct quotes, reported speech, speaker mentions and resolution, the facade).
 * Paragraphs and entities are built outside the timed call, so only the quote finder is timed
 * (with the serialisation of its findings).
 */
import { splitParagraphs } from '../../src/analysis/paragraphs';
import { findQuotes } from '../../src/analysis/quotes';
import { Entity, Paragraph } from '../../src/analysis/types';
import { assertGrowsLinearly } from './growth';

interface Input {
  text: string;
  paragraphs: Paragraph[];
  entities: Entity[];
}

function input(text: string, entities: Entity[] = []): Input {
  return { text, paragraphs: splitParagraphs(text), entities };
}

/**
 * Finds the quotes and serialises them, as the worker does to post them: a quote's text is a
 * cheap slice until then, so overlapping quotes that repeat the text show only there.
 */
const run = (i: Input) => JSON.stringify(findQuotes(i.text, i.paragraphs, i.entities)).length;

/** An entity of `type` whose mentions are every occurrence of `form` in `text`. */
function entityOf(text: string, id: number, type: Entity['type'], canonical: string, form: string, roles: string[] = []): Entity {
  const mentions = [];
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) mentions.push({ start: at, end: at + form.length, text: form });
  return { id: `${type}:${canonical}#${id}`, type, canonical, aliases: [], roles, mentions };
}

/** `n` numbered copies of `make(i)`, joined by `separator`; numbers are spelled as letters so they stay words. */
function repeat(n: number, make: (i: number) => string, separator = ''): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(make(i));
  return parts.join(separator);
}

/** A capitalised name made of letters only, different for each `i` ("Bab", "Bac", ...). */
function nameOf(i: number): string {
  let s = '';
  let k = i;
  do {
    s = String.fromCharCode(97 + (k % 26)) + s;
    k = Math.floor(k / 26);
  } while (k > 0);
  return `Ka${s}`;
}

describe('quote passes grow linearly', () => {
  const families: Array<[string, (n: number) => Input, number]> = [
    // Reported speech: cues that each scanned their whole sentence.
    ['"he said" repeated without a full stop', (n) => input(`Officials said ${'he said '.repeat(n)}it would rain.`), 2000],
    ['"one of" repeated after a cue', (n) => input(`“We will stay,” said ${'one of '.repeat(n)}the protesters.`), 4000],
    ['"X said that" nested without a full stop', (n) => input(`${'Ann said that '.repeat(n)}it rained.`), 4000],
    ['participles repeated in one sentence', (n) => input(`At the rally, the mayor spoke, ${'adding that taxes rose, '.repeat(n)}and left.`), 1500],
    ['verbs of seeming after punctuation that opens no clause', (n) => input(`Intro x ( . ${'seems '.repeat(n)}end.`), 8000],
    ['"according to" repeated in one sentence', (n) => input(`Taxes rose${', according to Ann, and prices rose'.repeat(n)}.`), 2400],
    ['a cue before a very long run of punctuation', (n) => input(`${'Ann said it rained, '.repeat(20)}and ${', '.repeat(n)}end`), 32000],
    ['a very long sentence with one cue', (n) => input(`The minister said that ${'the road is long and '.repeat(n)}it ends.`), 6000],
    // Direct quotes: many quotes in one sentence, each a mixed quote from the sentence start.
    ['mixed quotes repeated without a full stop', (n) => input(`Intro.\n\n${'and Ann called it "a big step," he said, '.repeat(n)}end`), 1200],
    // Quotation marks: unbalanced, or very many in one paragraph.
    ['many unbalanced opening marks', (n) => input(`Intro.\n\n${'\u201ca '.repeat(n)}`), 6000],
    ['a long list of quotes joined by "and", with and without a cue before it', (n) => input(`Intro.\n\nThey chanted "Go"${' and "Go"'.repeat(n)}.\n\nThen "Go"${' and "Go"'.repeat(n)} was heard.`), 1500],
    ['many quotes in one paragraph', (n) => input(`Intro.\n\n${'"We will win," he said. '.repeat(n)}`), 1500],
    // The document view: a hard-wrapped paragraph of many lines, and a headline over a long word.
    ['a paragraph of many short lines', (n) => input(`Intro.\n\n${'word and\n'.repeat(n)}end`), 16000],
    ['a headline source before a long word', (n) => input(`Ann Lee: ${'a'.repeat(n)}, 1`), 150000],
    // Speakers: resolution by name text, role and recency over many entities.
    ['many speakers with different names', (n) => {
      const text = repeat(n, (i) => `"We will win," ${nameOf(i)} said.`, '\n\n');
      // Each entity is named in full elsewhere, so the speaker resolves by its last name only.
      return input(text, repeat(n, (i) => nameOf(i), ' ').split(' ').map((name, i) => ({ ...entityOf('', i, 'person', `Ann ${name}`, name), mentions: [] })));
    }, 1200],
    ['many speakers with the same name', (n) => {
      const text = repeat(n, () => '"We will win," Lee said.', '\n\n');
      return input(text, repeat(n, (i) => String(i), ' ').split(' ').map((_, i) => ({ ...entityOf('', i, 'person', `Ann${nameOf(i)} Lee`, 'x'), mentions: [] })));
    }, 1000],
    ['many role speakers and entities without that role', (n) => {
      const text = repeat(n, (i) => `${nameOf(i)} spoke. The minister said it would rain.`, '\n\n');
      return input(text, repeat(n, (i) => nameOf(i), ' ').split(' ').map((name, i) => entityOf(text, i, 'person', name, name)));
    }, 800],
    ['many pronoun speakers among organisations only', (n) => {
      const text = repeat(n, () => 'The ministry said it would rain. He said it would not.', '\n\n');
      return input(text, [entityOf(text, 0, 'organization', 'ministry', 'ministry')]);
    }, 800],
    ['many places as speakers of verbs of wanting', (n) => {
      const text = repeat(n, (i) => `${nameOf(i)} wants better ties with its neighbours.`, '\n\n');
      return input(text, repeat(n, (i) => nameOf(i), ' ').split(' ').map((name, i) => entityOf(text, i, 'place', name, name)));
    }, 1600],
    // Interviews: many turns, many labels, many first-person quotes in answers.
    ['an interview of many question-and-answer turns', (n) => {
      const text = `Wikinews interviewed Ann Lee.\n\n${'What happened next?\n\nWe rebuilt the pier, I said, and the market opened.\n\n'.repeat(n)}`;
      return input(text, [entityOf(text, 0, 'person', 'Ann Lee', 'Ann Lee')]);
    }, 800],
    ['many quotes signed with a dash and pull quotes', (n) => input(repeat(n, (i) => `"We rebuilt the pier." — ${nameOf(i)}, on the harbour.\n\nWe will open the market in the spring after the rains. — ${nameOf(i)}`, '\n\n')), 800],
    ['an interview whose opening holds a long run of capitals', (n) => {
      const text = `The gene ${'ACGT'.repeat(n)} was read. Wikinews interviewed Ann Lee about it.\n\nWhat happened next?\n\nWe rebuilt the pier.\n\nWhy then?\n\nBecause the rains stopped.`;
      return input(text, [entityOf(text, 0, 'person', 'Ann Lee', 'Ann Lee')]);
    }, 2000],
    ['many different name labels taking turns', (n) => input(repeat(n, (i) => `${nameOf(i)}: Why now?\n\n${nameOf(i)}: Because it rained.`, '\n\n')), 800],
    ['an opening of many sentences before the first question', (n) => {
      const text = `${repeat(n, (i) => `${nameOf(i)} spoke to the press.`, ' ')}\n\nWhy now?\n\nBecause.\n\nWhy here?\n\nBecause.`;
      return input(text, repeat(n, (i) => nameOf(i), ' ').split(' ').map((name, i) => entityOf(text, i, 'person', name, name)));
    }, 1600],
  ];
  for (const [name, make, size] of families) {
    it(name, function () {
      this.timeout(120_000);
      assertGrowsLinearly(name, make, run, size);
    });
  }
});
