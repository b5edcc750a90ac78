/**
 * Context rule family: organisations without a legal suffix, known by what the words around
 * them say of firms and agencies ("shares of X", "X's board", "owned by X", "X analyst Jane
 * Roe"). Sentence rules here only read a few tokens either side of a name (constant time per
 * name); the document pass (`entities/index.ts`) decides with the votes of every mention, so a
 * town that names a firm ("Norilsk" the nickel producer) turns only when its contexts agree.
 */
import type { Token } from './recognise';

/** Nouns after a firm's name or possessive ("X's board", "X shares", "the X takeover"). */
const corporateParts = new Set([
  'board', 'shareholder', 'shareholders', 'shares', 'stock', 'stake', 'debts', 'debt', 'profits', 'profit', 'earnings', 'revenues',
  'revenue', 'sales', 'executives', 'executive', 'chairman', 'subsidiary', 'unit', 'units', 'brand', 'brands', 'products', 'plant', 'plants',
  'factory', 'factories', 'workers', 'employees', 'staff', 'refinery', 'takeover', 'bid', 'merger', 'acquisition', 'deal', 'management',
  'spokesman', 'spokeswoman', 'spokesperson', 'officials', 'analysts', 'executives', 'dividend', 'headquarters', 'ceo', 'bonds',
]);

/** Words before a firm's name ("owned by X", "stake in X", "analysts at X"): the last one or two words. */
const corporateBefore = new Set([
  'owned by', 'stake in', 'stakes in', 'merged with', 'merge with', 'takeover of', 'bid for', 'shares of', 'shares in', 'acquired by',
  'subsidiary of', 'unit of', 'director at', 'analyst at', 'analysts at', 'economist at', 'strategist at', 'dealer at', 'trader at',
  'spokesman for', 'spokeswoman for', 'spokesperson for', 'executive of', 'officer of', 'chairman of', 'investment in', 'suitor for',
  'members of', 'member of', 'founder of', 'co-founder of',
]);

/** Kinds of firm or body named right after a name ("the official X news agency", "X Inc said"). */
const kindsAfter = new Set(['news agency', 'newspaper', 'daily', 'weekly', 'magazine', 'agency', 'brokerage', 'bank', 'group', 'charity']);

/** Kinds of firm or body named right before a name ("the medical charity X", "the Italian newspaper X"). */
const kindsBefore = new Set(['charity', 'newspaper', 'daily', 'weekly', 'magazine', 'broadcaster', 'agency', 'brokerage', 'insurer', 'lender', 'carrier', 'airline', 'automaker', 'carmaker', 'retailer', 'conglomerate', 'bank', 'firm', 'company', 'group', 'party', 'club']);

/** Occupations named after an employer and before a person ("PaineWebber analyst Marc Cohen"). */
const employees = new Set(['analyst', 'economist', 'strategist', 'dealer', 'trader', 'broker', 'researcher', 'executive', 'director', 'spokesman', 'spokeswoman', 'spokesperson']);

function lower(t: Token | undefined): string {
  return t ? t.text.toLowerCase() : '';
}

/** Whether the words around tokens `from`..`to` speak of a firm or an agency. */
export function organisationCue(tokens: Token[], from: number, to: number): boolean {
  const last = tokens[to];
  const possessive = /['’]s?$/.test(last.text);
  const next = tokens[to + 1];
  const prev = tokens[from - 1];
  if (next && !/[,;:.]/.test(last.post)) {
    // "X's new majority shareholder": an adjective or two may come between.
    for (let k = to + 1; k < tokens.length && k <= to + (possessive ? 3 : 1); k++) {
      if (corporateParts.has(lower(tokens[k]))) return true;
      if (/[,;:.]/.test(tokens[k].post) || /^\p{Lu}/u.test(tokens[k].text)) break;
    }
    if (employees.has(lower(next)) && /^\p{Lu}/u.test(tokens[to + 2]?.text ?? '')) return true;
    if (kindsAfter.has(lower(next)) || kindsAfter.has(`${lower(next)} ${lower(tokens[to + 2])}`)) return true;
  }
  // "the medical charity X", "the Italian newspaper X".
  if (prev && !/[,;:.]/.test(prev.post) && kindsBefore.has(lower(prev))) return true;
  if (prev && from >= 2 && !/[,;:.]/.test(tokens[from - 2].post)) return corporateBefore.has(`${lower(tokens[from - 2])} ${lower(prev)}`);
  return false;
}
