/**
 * Quote evaluation: scores `findQuotes` against gold documents
 * `[{id, text, quotes: [{start, end, text, kind, speaker, speakerStart, speakerEnd, cue, cueStart, cueEnd, partialQuote}]}]`.
 *
 * Scoring rules, written down so figures from different runs compare:
 * - Gold kinds are `direct` and `indirect` (`partialQuote` marks indirect content with a quoted
 *   fragment). Our `mixed` is reported speech with a quoted fragment, so it is scored as
 *   `indirect`; our `direct` as `direct`.
 * - Coverage of a gold quote by a prediction = characters they share / characters of the gold
 *   quote. A prediction matches a gold quote when coverage reaches the threshold (30%, and
 *   separately 80%). Matching is one-to-one: candidate pairs are taken in order of coverage,
 *   each gold quote and each prediction used at most once, so one long prediction cannot
 *   claim several gold quotes.
 * - By kind: predictions and gold of that kind only. Overall: every prediction against every
 *   gold quote regardless of kind.
 * - Speaker accuracy: among matched pairs whose gold quote has a speaker, the share where the
 *   predicted speaker mention overlaps the gold speaker span by at least one character (the
 *   gold span is the mention in the text, "he", not a resolved name). Where the gold speaker
 *   is a relative pronoun ("Ann Lee, who said ..."), the tool names the phrase the pronoun
 *   stands for instead (a speaker is never "who"): a predicted mention that ends right before
 *   the pronoun, past white space and one comma, counts as right. Cue accuracy likewise.
 * - Speakers come from `findEntities` plus the quote finder's own mention finder.
 */
import * as fs from 'fs';
import { findEntities } from '../../src/analysis/entities';
import { splitParagraphs } from '../../src/analysis/paragraphs';
import { findQuotes, QuoteRuleFamily } from '../../src/analysis/quotes';
import { Entity, Paragraph, Quote } from '../../src/analysis/types';

interface GoldQuote {
  start: number;
  end: number;
  text: string;
  kind: 'direct' | 'indirect';
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  partialQuote: boolean;
}

interface GoldDoc {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

type Scope = 'direct' | 'indirect' | 'overall';
const scopes: Scope[] = ['direct', 'indirect', 'overall'];
const thresholds = [0.3, 0.8] as const;

interface Tally {
  tp: number;
  predicted: number;
  gold: number;
  speakerChecked: number;
  speakerRight: number;
  cueChecked: number;
  cueRight: number;
}

/** Figures of one scope at one threshold, in percent. */
export interface QuoteFigures {
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
  cueAccuracy: number;
  tp: number;
  predicted: number;
  gold: number;
  speakerChecked: number;
}

function emptyTally(): Tally {
  return { tp: 0, predicted: 0, gold: 0, speakerChecked: 0, speakerRight: 0, cueChecked: 0, cueRight: 0 };
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

function scoredKind(q: Quote): 'direct' | 'indirect' {
  return q.kind === 'direct' ? 'direct' : 'indirect';
}

/** One-to-one matching by descending coverage; returns matched [prediction, gold] pairs. */
function match(preds: Quote[], golds: GoldQuote[], threshold: number): Array<[Quote, GoldQuote]> {
  const pairs: Array<{ p: number; g: number; coverage: number }> = [];
  for (let g = 0; g < golds.length; g++) {
    const gold = golds[g];
    const length = Math.max(1, gold.end - gold.start);
    for (let p = 0; p < preds.length; p++) {
      const coverage = overlap(preds[p].start, preds[p].end, gold.start, gold.end) / length;
      if (coverage >= threshold) pairs.push({ p, g, coverage });
    }
  }
  pairs.sort((a, b) => b.coverage - a.coverage);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: Array<[Quote, GoldQuote]> = [];
  for (const { p, g } of pairs) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
    out.push([preds[p], golds[g]]);
  }
  return out;
}

const relativePronouns = new Set(['who', 'whom', 'whose', 'which', 'that']);

/** Whether `p`'s speaker names the gold speaker: the same mention, or the antecedent of a gold relative pronoun. */
function speakerRight(text: string, p: Quote, g: GoldQuote & { speakerStart: number; speakerEnd: number }): boolean {
  if (!p.speaker) return false;
  if (overlap(p.speaker.start, p.speaker.end, g.speakerStart, g.speakerEnd) > 0) return true;
  if (!relativePronouns.has(text.slice(g.speakerStart, g.speakerEnd).toLowerCase()) || p.speaker.end > g.speakerStart) return false;
  const between = text.slice(p.speaker.end, g.speakerStart);
  return between.length <= 3 && between.replace(/[\s,]/g, '') === '' && (between.match(/,/g)?.length ?? 0) <= 1;
}

function add(tally: Tally, text: string, preds: Quote[], golds: GoldQuote[], threshold: number): void {
  tally.predicted += preds.length;
  tally.gold += golds.length;
  for (const [p, g] of match(preds, golds, threshold)) {
    tally.tp++;
    if (g.speakerStart !== null && g.speakerEnd !== null) {
      tally.speakerChecked++;
      if (speakerRight(text, p, { ...g, speakerStart: g.speakerStart, speakerEnd: g.speakerEnd })) tally.speakerRight++;
    }
    if (g.cueStart !== null && g.cueEnd !== null) {
      tally.cueChecked++;
      if (p.cue && overlap(p.cue.start, p.cue.end, g.cueStart, g.cueEnd) > 0) tally.cueRight++;
    }
  }
}

function percent(n: number, d: number): number {
  return d === 0 ? 0 : Math.round((1000 * n) / d) / 10;
}

function figures(t: Tally): QuoteFigures {
  const precision = percent(t.tp, t.predicted);
  const recall = percent(t.tp, t.gold);
  const f1 = precision + recall === 0 ? 0 : Math.round((20 * precision * recall) / (precision + recall)) / 10;
  return {
    precision,
    recall,
    f1,
    speakerAccuracy: percent(t.speakerRight, t.speakerChecked),
    cueAccuracy: percent(t.cueRight, t.cueChecked),
    tp: t.tp,
    predicted: t.predicted,
    gold: t.gold,
    speakerChecked: t.speakerChecked,
  };
}

/** The rule families the ablation leaves out one at a time (see `QuoteRuleFamily`). */
const FAMILIES: QuoteRuleFamily[] = ['stance', 'verbs', 'labels', 'interviews', 'agreement'];

interface Prepared {
  doc: GoldDoc;
  paragraphs: Paragraph[];
  entities: Entity[];
}

/** Scores every document with the given families left out; returns the figures and the time the quote finder took. */
function score(prepared: Prepared[], off: QuoteRuleFamily[]): { result: Record<string, QuoteFigures>; quoteMs: number } {
  const tallies = new Map<string, Tally>();
  for (const t of thresholds) for (const s of scopes) tallies.set(`${s}@${t}`, emptyTally());
  let quoteMs = 0;
  for (const { doc, paragraphs, entities } of prepared) {
    const t0 = performance.now();
    const { quotes } = findQuotes(doc.text, paragraphs, entities, { off });
    quoteMs += performance.now() - t0;
    for (const t of thresholds) {
      for (const kind of ['direct', 'indirect'] as const) {
        add(tallies.get(`${kind}@${t}`)!, doc.text, quotes.filter((q) => scoredKind(q) === kind), doc.quotes.filter((g) => g.kind === kind), t);
      }
      add(tallies.get(`overall@${t}`)!, doc.text, quotes, doc.quotes, t);
    }
  }
  const result: Record<string, QuoteFigures> = {};
  for (const [key, tally] of tallies) result[key] = figures(tally);
  return { result, quoteMs };
}

/**
 * Scores the quote finder on one gold file and prints a table (or, with `json`, the figures
 * as JSON): precision, recall, F1, speaker and cue accuracy by kind and overall, at 30% and
 * 80% coverage; then the ablation: the headline figures with each rule family left out.
 */
export async function runQuotesEval(file: string, opts: { json: boolean }): Promise<void> {
  const docs = JSON.parse(fs.readFileSync(file, 'utf8')) as GoldDoc[];
  let chars = 0;
  let entityMs = 0;
  // Entities are found once; every run of the ablation reuses them.
  const prepared: Prepared[] = docs.map((doc) => {
    const paragraphs = splitParagraphs(doc.text);
    const t0 = performance.now();
    const entities = findEntities(doc.text, paragraphs);
    entityMs += performance.now() - t0;
    chars += doc.text.length;
    return { doc, paragraphs, entities };
  });
  const { result, quoteMs } = score(prepared, []);
  const ablation: Record<string, Record<string, QuoteFigures>> = {};
  for (const family of FAMILIES) ablation[family] = score(prepared, [family]).result;
  const timing = { documents: docs.length, characters: chars, quoteMs: Math.round(quoteMs), entityMs: Math.round(entityMs) };
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ file, figures: result, ablation, timing }, null, 2)}\n`);
    return;
  }
  const lines = [`Quotes: ${file}`, `${docs.length} documents, ${chars} characters; quotes ${timing.quoteMs} ms, entities ${timing.entityMs} ms`];
  lines.push('coverage  kind      precision  recall     F1  speaker  cue   (tp/pred/gold, speaker n)');
  for (const t of thresholds) {
    for (const s of scopes) {
      const f = result[`${s}@${t}`];
      const cells = [`${t * 100}%`.padEnd(9), s.padEnd(9), f.precision.toFixed(1).padStart(9), f.recall.toFixed(1).padStart(7), f.f1.toFixed(1).padStart(6), f.speakerAccuracy.toFixed(1).padStart(8), f.cueAccuracy.toFixed(1).padStart(5)];
      lines.push(`${cells.join(' ')}   (${f.tp}/${f.predicted}/${f.gold}, ${f.speakerChecked})`);
    }
  }
  // The ablation: each family's worth is what the figures lose without it.
  const head = (r: Record<string, QuoteFigures>) => [r['direct@0.8'].f1, r['direct@0.8'].speakerAccuracy, r['indirect@0.3'].f1, r['indirect@0.3'].speakerAccuracy];
  const all = head(result);
  lines.push('', 'ablation (family left out)  direct F1@80  speaker  indirect F1@30  speaker   (change against all rules)');
  const row = (name: string, v: number[]) => {
    const cell = (i: number, width: number) => `${v[i].toFixed(1)}${name === 'all rules' ? '' : ` (${v[i] - all[i] >= 0 ? '+' : ''}${(v[i] - all[i]).toFixed(1)})`}`.padStart(width);
    return `${name.padEnd(27)} ${cell(0, 12)} ${cell(1, 13)} ${cell(2, 14)} ${cell(3, 13)}`;
  };
  lines.push(row('all rules', all));
  for (const family of FAMILIES) lines.push(row(`without ${family}`, head(ablation[family])));
  process.stdout.write(`${lines.join('\n')}\n\n`);
}
