/**
 * Growth checks of the entity passes on hostile input: 8 times the input may cost about 8
 * times the time, never 64. Document-level families run with the paragraph cache warm (as on
 * every re-analysis), so that compromise's own cost does not hide a quadratic pass; the
 * per-paragraph families clear the cache on every run; the sentence rules run on one long
 * sentence of plain tokens, without compromise.
 */
import { findEntities, EntityOptions } from '../../src/analysis/entities';
import { placeNames } from '../../src/analysis/entities/lexicon';
import { recogniseSentence, Token } from '../../src/analysis/entities/recognise';
import { clearCandidateCache } from '../../src/analysis/nlp';
import { splitParagraphs } from '../../src/analysis/paragraphs';
import { Paragraph } from '../../src/analysis/types';
import { assertGrowsLinearly } from './growth';

interface Input {
  text: string;
  paragraphs: Paragraph[];
}

function input(text: string): Input {
  return { text, paragraphs: splitParagraphs(text) };
}

/** A distinct capitalised word for each `i` ("Bav", "Cav", ... "Bbav"): new names that no lexicon knows. */
function word(i: number): string {
  let s = '';
  do {
    s += 'bcdfghjklmnprstvz'[i % 17];
    i = Math.floor(i / 17);
  } while (i > 0);
  return s[0].toUpperCase() + s.slice(1) + 'av';
}

/** `count` lines made by `line`, in one paragraph (a blank line after the first), so the paragraph cache holds them all. */
function lines(first: string, count: number, line: (i: number) => string): string {
  const out = [first, ''];
  for (let i = 0; i < count; i++) out.push(line(i));
  return out.join('\n');
}

/** One-word town names, each making a distinct role ("the Leeds minister"). */
const towns = [...placeNames.keys()].filter((name) => /^[a-z]{4,}$/.test(name)).map((name) => name[0].toUpperCase() + name.slice(1));

/** One paragraph repeated to about `n` characters: compromise parses it once, whatever `n`. */
function copies(paragraph: string, n: number): string {
  return `${paragraph}\n\n`.repeat(Math.ceil(n / (paragraph.length + 2)));
}

describe('entity passes grow linearly on hostile input', () => {
  const documentFamilies: { name: string; make: (n: number) => string; options?: EntityOptions }[] = [
    { name: 'many full names and surnames of one person', make: (n) => copies('John Smith came. Then Smith left.', n) },
    { name: 'many distinct full names sharing a given name', make: (n) => lines('Mr John Smith spoke.', n / 30, (i) => `John ${word(2 * i)} met John ${word(2 * i + 1)}.`) },
    { name: 'a long shouted line repeating a name', make: (n) => `Mr Olaf Berg spoke.\n\n${'BERG SAYS NO. '.repeat(n / 14)}\n` },
    { name: 'many shouted lines with names', make: (n) => `Mr Olaf Berg spoke.\n\n${copies('BERG AND BERG SAY NO TO OSLO', n)}` },
    { name: 'many acronyms in brackets', make: (n) => lines('The talks began.', n / 40, (i) => `The ${word(i)} ${word(i + 7)} Organization (${word(i)[0]}${word(i + 7)[0]}O${i}) met.`) },
    { name: 'many acronyms of terms spelled out in brackets', make: (n) => lines('The tests began.', n / 50, (i) => `Cells took ${word(i)[0].toUpperCase()}MC${i} [${word(i)} Metal Compounds] and MC${i}.`) },
    { name: 'many storms named again without their kind word', make: (n) => lines('The season began.', n / 40, (i) => `Cyclone ${word(i)} grew. ${word(i)} hit land.`) },
    { name: 'many mentions beside custom names', make: (n) => copies('Acme and Smith met John Smith.', n), options: { custom: { Acme: 'organization' } } },
    {
      name: 'a sports report: many sides in fixtures, each repeated',
      make: (n) => lines('The league match ended in a draw after the striker scored two goals and the coach praised the team.', n / 40, (i) => `${towns[i % towns.length]} v ${word(i)}, ${word(i)} beat ${towns[i % towns.length]}.`),
    },
    { name: 'many towns named as firms', make: (n) => lines('Shares fell.', n / 60, (i) => `${towns[i % towns.length]} officials said ${towns[i % towns.length]}'s board met ${word(i)} Mining Corp.`) },
    { name: 'one name with many types', make: (n) => copies('Bristol beat Leeds. Bristol officials met in Bristol. Bristol Pacific Gold Corp said Bristol shares rose.', n) },
    { name: 'many roles of one person', make: (n) => lines('Mr John Smith spoke.', n / 50, (i) => `John Smith, the ${towns[i % towns.length]} ${towns[Math.floor(i / towns.length)]} minister, spoke.`) },
  ];
  for (const f of documentFamilies) {
    it(f.name, () => {
      const once = (x: Input) => findEntities(x.text, x.paragraphs, f.options);
      // Each input is analysed when made, so that every timed run finds its paragraphs cached
      // (and the garbage of parsing them is collected before the timing starts). A timed run
      // analyses it four times: a size that is quick to parse is then long enough to time.
      const make = (n: number) => {
        const x = input(f.make(n));
        once(x);
        once(x);
        return x;
      };
      const run = (x: Input) => {
        for (let i = 0; i < 4; i++) once(x);
      };
      assertGrowsLinearly(f.name, make, run, 4000);
    });
  }

  // Per-paragraph passes (compromise, the sentence rules) with a cold cache on every run, and a
  // family whose document-level work is too quick to time next to the parse of its long line.
  const paragraphFamilies: { name: string; make: (n: number) => string }[] = [
    { name: 'a long run of dots and hyphens after a repeated name', make: (n) => `John Smith spoke.\n\na${'.-'.repeat(n / 2)}b\n` },
    { name: 'a single enormous line of prose', make: (n) => 'Mr Olaf Berg met Amina Diallo in Oslo, the ministry said. '.repeat(n / 58) },
    { name: 'a single enormous line of capitalised words', make: (n) => 'Foreign Minister John Smith Bank of England '.repeat(n / 44) },
    { name: 'a single enormous results line', make: (n) => 'Bolton 2 (Keane 61) Swindon 1 2 3 4 '.repeat(n / 36) },
  ];
  for (const f of paragraphFamilies) {
    it(f.name, () => {
      const run = (x: Input) => {
        clearCandidateCache();
        return findEntities(x.text, x.paragraphs);
      };
      assertGrowsLinearly(f.name, (n) => input(f.make(n)), run, 2000);
    });
  }
});

/**
 * Plain tokens for the sentence rules, split at white space with brackets and punctuation kept
 * apart as compromise does; the given names in `firstNames` carry compromise's tag.
 */
function tokens(text: string, firstNames: ReadonlySet<string>): Token[] {
  const out: Token[] = [];
  const re = /([(]*)([^\s(),.;:]+)([),.;:]*\s*)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[1].length;
    const tags = new Set(firstNames.has(m[2]) ? ['FirstName', 'Person'] : []);
    out.push({ text: m[2], start, end: start + m[2].length, pre: m[1], post: m[3], tags, known: false });
  }
  return out;
}

// The sentence rules must be linear in a sentence's length by themselves: nlp.ts cuts long
// lines into pieces, but no rule may rely on that to stay fast.
describe('sentence rules grow linearly with the sentence', () => {
  // Each sentence is `unit` repeated, then `last`.
  const families: { name: string; unit: string; last: string }[] = [
    { name: 'titles with no name after them', unit: 'Minister ', last: '' },
    { name: 'names one after another', unit: 'John Smith ', last: '' },
    { name: 'organisation words joined by "of"', unit: 'Office of ', last: 'Smith' },
    { name: 'nationalities before a name', unit: 'Russian ', last: 'Smith' },
    { name: 'a results table with scorers and prices', unit: '1 2 3 Bolton (Keane 61) Wheat 121.3 ', last: '' },
  ];
  const firstNames = new Set(['John']);
  for (const f of families) {
    it(f.name, () => {
      const make = (n: number) => {
        const text = f.unit.repeat(Math.ceil(n / f.unit.length)) + f.last;
        return { text, tokens: tokens(text, firstNames) };
      };
      assertGrowsLinearly(f.name, make, (x) => recogniseSentence(x.tokens, x.text, true), 8000);
    });
  }
});
