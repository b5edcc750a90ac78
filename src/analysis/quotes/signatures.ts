/**
 * Signature lines: a quotation signed with a dash and a name after it, as in pull quotes and
 * epigraphs ("... we have brains." — Levin, on oil), is that person's. Two layouts are read:
 * - a direct quote without a cue followed in its block by a dash and a name: the name is its
 *   speaker, before any speaker the quote inherited from the one before it;
 * - a block that ends in a sentence, a dash and a name, holds no quotation marks and speaks
 *   in the first or second person: the block before the dash is a direct quote of that name
 *   (a pull quote set without marks; a news brief signed "--Reporter Name." is none).
 * One pass over the quotes and one over the blocks; each test reads a bounded window.
 */
import { Entity, Quote } from '../types';
import { QuoteDocument } from './document';
import { entityAt, partyMentions } from './interviews';

/** A dash that signs ("—", "–", "--") and the name after it: up to four capitalised words. */
const SIGNED = /^[\s"”’'»]*(?:[—–]|--)\s?(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})(?=\s*(?:[,.;(]|$))/u;
/** How far after a quote its signature may start, and how long the window read is. */
const SIGNATURE_WINDOW = 80;
/** The end of a pull quote's block: a sentence's last mark, a dash and a name ending the block. */
const PULL_SIGNATURE = /[.!?…"”’]\s*(?:[—–]|--)\s?(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})\.?$/u;
/** Words of a speaker talking: a pull quote has them, a news brief signed by its reporter does not. Case matters: "US" is a country. */
const SPOKEN = /\b(?:I|I['’]m|[Ww]e|[Mm]y|[Oo]ur|us|[Yy]ou)\b/;
/** Quotation marks: a block with them reports speech in its own marks, it is no pull quote. */
const MARKS = /["“”«»„]/;
/** How many characters before the dash make a pull quote rather than a line of a list. */
const MIN_PULL = 40;

/**
 * Gives signed quotes their signer (in place) and returns the pull quotes found; `quotes` are
 * sorted by start.
 */
export function findSignatures(doc: QuoteDocument, entities: readonly Entity[], quotes: Quote[]): Quote[] {
  if (doc.off.has('labels')) return [];
  const mentions = partyMentions(entities);
  const speaker = (start: number, end: number) => {
    // "Kim Ostrom." ends a sentence; "J." keeps the dot of its initial.
    if (doc.text[end - 1] === '.' && /\p{L}{2}\.$/u.test(doc.text.slice(Math.max(start, end - 3), end))) end--;
    const entity = entityAt(mentions, start, end);
    return { speaker: { start, end, text: doc.text.slice(start, end) }, ...(entity ? { speakerEntity: entity } : {}) };
  };
  let p = 0;
  const quoted = new Set<number>();
  for (const q of quotes) {
    while (p < doc.paragraphs.length && doc.paragraphs[p].end <= q.start) p++;
    if (q.kind !== 'direct') continue;
    if (p < doc.paragraphs.length) quoted.add(p);
    if (q.cue || p >= doc.paragraphs.length) continue;
    const blockEnd = doc.paragraphs[p].end;
    const m = SIGNED.exec(doc.text.slice(q.end, Math.min(blockEnd, q.end + SIGNATURE_WINDOW)));
    if (!m) continue;
    const start = q.end + m[0].length - m[1].length;
    const found = speaker(start, start + m[1].length);
    q.speaker = found.speaker;
    if (found.speakerEntity) q.speakerEntity = found.speakerEntity;
    else delete q.speakerEntity;
  }
  const pulls: Quote[] = [];
  for (let b = 0; b < doc.paragraphs.length; b++) {
    if (quoted.has(b)) continue;
    const block = doc.paragraphs[b];
    const tail = doc.text.slice(Math.max(block.start, block.end - SIGNATURE_WINDOW), block.end).trimEnd();
    const m = PULL_SIGNATURE.exec(tail);
    if (!m) continue;
    const tailStart = Math.max(block.start, block.end - SIGNATURE_WINDOW);
    const nameStart = tailStart + m.index + m[0].lastIndexOf(m[1]);
    const dash = tailStart + m.index + 1;
    const lead = block.text.length - block.text.trimStart().length;
    const start = block.start + lead;
    const end = doc.text.slice(start, dash).trimEnd().length + start;
    if (end - start < MIN_PULL) continue;
    const said = doc.text.slice(start, end);
    if (MARKS.test(said) || !SPOKEN.test(said)) continue;
    pulls.push({ start, end, text: doc.text.slice(start, end), kind: 'direct', confidence: 0.6, ...speaker(nameStart, nameStart + m[1].length) });
  }
  return pulls;
}
