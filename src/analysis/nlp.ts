/**
 * The one module that imports compromise. It extends compromise with a plugin (place,
 * nationality and organisation names from the lexicon module, as lexicon words carrying
 * compromise's own tags), turns each paragraph into plain tokens, runs the sentence rules of
 * `entities/recognise.ts` and caches the resulting candidates by paragraph hash, so a
 * paragraph that repeats or did not change costs nothing on re-analysis.
 *
 * Only compromise's lexicon and pre-tagger run: the post-tagger's match patterns cost about
 * three quarters of its time and the rules here need lexicon facts and capitals, not a full
 * part-of-speech analysis. Offsets come from `compute('offset')`, read term by term, because
 * `.json({offset: true})` grows quadratically with the length of one text.
 */
import nlp from 'compromise';
import { reportCaught } from './errors';
import { hashText } from './paragraphs';
import { detach } from './memo';
import { Candidate, recogniseSentence, Token } from './entities/recognise';
import { knownOrganizations, nationalityNames, placeNames } from './entities/lexicon';
import { allFamilies, familiesKey, RuleFamilies } from './entities/families';

/** Terms as compromise stores them inside a document; only the fields read here. */
interface Term {
  text: string;
  pre: string;
  post: string;
  normal?: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

interface Lexiconed {
  document: Term[][];
  compute(what: string | string[]): unknown;
}

/** The plugin: names from the data packages become lexicon words with compromise's own tags. */
const newsPlugin = { words: buildWords() };

function buildWords(): Record<string, string> {
  const words: Record<string, string> = {};
  const tagOf = { country: 'Country', city: 'City', region: 'Region' } as const;
  const known = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;
  for (const [name, kind] of placeNames) {
    // compromise's given names and surnames win over places of the same spelling ("David",
    // "Bradford", "Jordan"), so "David Campese" stays a person; a lone "Jordan" is still a
    // place, because the rules look the word up in the place list first.
    if (/Name|Person/.test(String(known[name] ?? ''))) continue;
    words[name] = tagOf[kind];
  }
  for (const name of nationalityNames) if (!(name in words)) words[name] = 'Demonym';
  // An acronym that spells an English function word ("WHO" / "who") keeps the word's own tags.
  for (const name of knownOrganizations) if (!(name in words) && !/QuestionWord|Pronoun|Determiner|Preposition|Conjunction/.test(String(known[name] ?? ''))) words[name] = 'Organization';
  return words;
}

nlp.plugin(newsPlugin);
const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;
/** The lexicon's tags of given names. */
const GIVEN_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

/**
 * Paragraphs are parsed line by line, and long lines in pieces cut at sentence ends:
 * compromise's cost grows faster than the length of one input (measured here: a 1 MB text
 * took 4.0 s parsed by blank-line paragraphs and 2.3 s parsed line by line). No sentence
 * spans a line break in compromise either, so nothing is lost.
 */
const pieceLength = 1500;

/** Splits a text into lines, and long lines at sentence ends (or white space), keeping offsets. */
function pieces(text: string): { offset: number; text: string }[] {
  const out: { offset: number; text: string }[] = [];
  const lineBreak = /\r\n|\n|\r/g;
  let lineStart = 0;
  for (;;) {
    const m = lineBreak.exec(text);
    const lineEnd = m ? m.index : text.length;
    let start = lineStart;
    while (start < lineEnd) {
      let end = Math.min(lineEnd, start + pieceLength);
      if (end < lineEnd) {
        const window = text.slice(start + pieceLength / 2, end);
        const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
        const cut = sentence >= 0 ? sentence + 1 : window.lastIndexOf(' ');
        if (cut >= 0) end = start + pieceLength / 2 + cut + 1;
      }
      if (/\S/.test(text.slice(start, end))) out.push({ offset: start, text: text.slice(start, end) });
      start = end;
    }
    if (!m) break;
    lineStart = m.index + m[0].length;
  }
  return out;
}

/** Tokenises one piece of text into sentences of plain tokens with offsets relative to `base`. */
function tokenise(text: string, base: number): Token[][] {
  const doc = nlp.tokenize(text) as unknown as Lexiconed;
  doc.compute(['lexicon', 'preTagger']);
  doc.compute('offset');
  const sentences: Token[][] = [];
  let cursor = 0;
  for (const terms of doc.document) {
    const tokens: Token[] = [];
    for (const term of terms) {
      if (!term.text) continue;
      let start = term.offset?.start ?? -1;
      // compromise normalises a few characters; fall back to a search from the last token.
      if (start < cursor || !text.startsWith(term.text, start)) start = text.indexOf(term.text, cursor);
      if (start < 0) continue;
      cursor = start + term.text.length;
      const normal = term.normal ?? term.text.toLowerCase();
      tokens.push({
        text: term.text,
        start: base + start,
        end: base + cursor,
        pre: term.pre,
        post: term.post,
        tags: term.tags,
        known: Object.prototype.hasOwnProperty.call(lexicon, normal),
        given: GIVEN_NAME_TAGS.has(String(lexicon[normal])),
      });
    }
    if (tokens.length) sentences.push(tokens);
  }
  return sentences;
}

/** Runs compromise and the sentence rules on one paragraph; never throws. */
function recogniseParagraph(text: string, families: RuleFamilies): Candidate[] {
  const out: Candidate[] = [];
  for (const piece of pieces(text)) {
    try {
      let first = piece.offset === 0;
      for (const sentence of tokenise(piece.text, piece.offset)) {
        out.push(...recogniseSentence(sentence, text, first, families));
        first = false;
      }
    } catch (err) {
      // Odd input (binary garbage, unusual scripts) must not stop the analysis of the rest.
      reportCaught('entity candidates', err);
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

interface CacheEntry {
  text: string;
  candidates: readonly Candidate[];
  /** When the entry was last computed or hit (a counter). */
  used: number;
}

/** Paragraph hash -> candidates; the least recently used tenth goes when it is full. */
const cache = new Map<string, CacheEntry>();
const cacheLimit = 20000;
let clock = 0;

/**
 * Candidate entity mentions of one paragraph, offsets relative to the paragraph. Results are
 * cached by `hash` (computed when not given) and the rule families switched off; the text is
 * compared on a hit, so a hash collision only costs a re-parse. The returned array is shared: do not modify it.
 */
export function paragraphCandidates(text: string, hash: string = hashText(text), families: RuleFamilies = allFamilies): readonly Candidate[] {
  // Candidates under other rule families (the evaluation's ablation) are cached apart.
  const switchedOff = familiesKey(families);
  if (switchedOff) hash = `${hash}|${switchedOff}`;
  const hit = cache.get(hash);
  if (hit && hit.text === text) {
    // A hit only stamps its entry: moving it to the end of the map (delete and set) on every
    // hit made the map rehash its deleted slots over and over, as in memo.ts.
    hit.used = clock++;
    return hit.candidates;
  }
  // A detached copy: the paragraph is a slice of the whole document, and the cached text and
  // every candidate's text (sliced from it) would otherwise keep that version alive.
  const own = detach(text);
  const candidates = recogniseParagraph(own, families);
  cache.set(hash, { text: own, candidates, used: clock++ });
  if (cache.size > cacheLimit) {
    const stamps = [...cache.values()].map((e) => e.used).sort((a, b) => a - b);
    const below = stamps[Math.floor(cacheLimit / 10)];
    for (const [key, e] of cache) if (e.used < below) cache.delete(key);
  }
  return candidates;
}

/** Number of paragraphs held by the candidate cache (for tests and diagnostics). */
export function candidateCacheSize(): number {
  return cache.size;
}

/** Empties the candidate cache, e.g. to measure cold analysis. */
export function clearCandidateCache(): void {
  cache.clear();
}
