import type { CorrectedAnalysis } from '../analysis';
import { genderCountText, genderCounts, quotesOutsideCopies } from '../analysis/quoteList';
import { messages } from './messages';

/** Characters of a quote shown in the summary; longer quotes end in an ellipsis. */
const QUOTE_WIDTH = 90;

/**
 * A quote's text on one line: white-space runs become one space, and only the first
 * `QUOTE_WIDTH` characters are looked at, so a quote as long as the file costs no more than a
 * short one.
 */
function oneLine(text: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < text.length && out.length <= QUOTE_WIDTH; i++) {
    const c = text[i];
    if (/\s/.test(c)) {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  if (space && out.length <= QUOTE_WIDTH) out += ' ';
  return out.length > QUOTE_WIDTH ? `${out.slice(0, QUOTE_WIDTH - 1)}\u2026` : out;
}

/**
 * The readable summary of one analysis. Linear in the size of the analysis: near copies are
 * counted per block through a set, and speakers are looked up by entity id in a map.
 */
export function summary(file: string, analysis: CorrectedAnalysis): string {
  const { paragraphs, duplicates } = analysis;
  const lines = [messages.summaryHead(file, paragraphs.length, duplicates.copies.length)];
  const near = new Set<number>();
  for (const copy of duplicates.copies) if (copy.kind === 'near') near.add(copy.paragraph);
  for (const block of duplicates.blocks) {
    const c0 = paragraphs[block.copies[0]].line + 1;
    const c1 = paragraphs[block.copies[block.copies.length - 1]].endLine + 1;
    const o0 = paragraphs[block.originals[0]].line + 1;
    const o1 = paragraphs[block.originals[block.originals.length - 1]].endLine + 1;
    let nearCount = 0;
    for (const p of block.copies) if (near.has(p)) nearCount++;
    lines.push(messages.summaryBlock(c0, c1, o0, o1, nearCount));
  }
  for (const notice of analysis.notices) lines.push(messages.summaryNote(notice));
  // Only with corrections: how much a person has reviewed, and records that found no place.
  if (analysis.review) lines.push(messages.summaryCorrections(analysis.review.reviewed, analysis.review.total, analysis.orphans?.length ?? 0));
  if (analysis.entities.length) {
    lines.push(messages.summaryEntities(analysis.entities.length));
    for (const e of analysis.entities) {
      const extra = [e.roles.length ? messages.summaryRoles(e.roles.join(', ')) : '', e.aliases.length ? messages.summaryAliases(e.aliases.join(', ')) : ''].filter(Boolean).join('; ');
      lines.push(`    ${e.type.padEnd(12)} ${e.canonical} (${e.mentions.length})${extra ? ` - ${extra}` : ''}`);
    }
  }
  const quotes = quotesOutsideCopies(analysis);
  if (analysis.entities.some((e) => e.type === 'person')) {
    const genders = genderCounts(analysis);
    lines.push(messages.summaryGenders(genderCountText(genders.quoted), genderCountText(genders.mentioned)));
  }
  if (quotes.length) {
    const canonical = new Map(analysis.entities.map((e) => [e.id, e.canonical]));
    lines.push(messages.summaryQuotes(quotes.length, analysis.quotes.length - quotes.length));
    for (const q of quotes) {
      const speaker = (q.speakerEntity !== undefined ? canonical.get(q.speakerEntity) : undefined) ?? q.speakerName ?? q.speaker?.text ?? messages.unattributed;
      lines.push(`    ${speaker} [${q.kind}]: ${oneLine(q.text)}`);
    }
  }
  return lines.join('\n');
}
