/**
 * Scores analyses against gold documents. Pure and incremental (add one document's analysis at a
 * time, keep only counts and errors), so a large gold set streams through the CLI, the editor
 * and `npm run eval` alike, with the same figures.
 *
 * Entities (the rules written down so figures from different runs compare):
 * - Only PERSON, PLACE and ORG are scored; our `nationality` and `date` map to no scored type and
 *   are left out. Gold OTHER spans are not scored, and a prediction inside one is ignored.
 * - `exact`: start, end and type equal. `overlap`: same type and at least one shared character.
 *   Each gold span is matched at most once, predictions taken in the order the analysis lists them.
 *
 * Quotes:
 * - Our `mixed` is reported speech with a quoted fragment, scored as `indirect`.
 * - Coverage of a gold quote by a prediction = shared characters / characters of the gold quote;
 *   a pair matches from the threshold on (30%, and separately 80%), one to one, pairs taken by
 *   descending coverage. By kind: that kind on both sides; overall: every quote.
 * - Speaker accuracy: among matched pairs whose gold quote has a speaker, the share whose
 *   predicted speaker mention overlaps the gold speaker span; where the gold speaker is a
 *   relative pronoun ("Ann Lee, who said"), a mention that ends right before it (past white
 *   space and at most one comma) is right: a speaker is never "who". Cue accuracy likewise.
 */
import type { Analysis, EntityType, Quote } from '../analysis/types';
import type { GoldDoc, GoldEntity, GoldQuote } from './gold';

export const SCORED_TYPES = ['PERSON', 'PLACE', 'ORG'] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 in percent (one decimal), with the counts. */
export interface Figures extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export type EntityTable = Record<ScoredType | 'micro', Figures>;

export type QuoteScope = 'direct' | 'indirect' | 'overall';
export const QUOTE_SCOPES: QuoteScope[] = ['direct', 'indirect', 'overall'];
export const COVERAGES = [0.3, 0.8] as const;

/** Figures of one quote scope at one coverage threshold, in percent. */
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

/** One error, with where it is: the document's index in the gold and UTF-16 offsets in its text. */
export interface EvalError {
  doc: number;
  docId: string;
  layer: 'entity' | 'quote';
  /** missed: gold not found; spurious: found, not in gold; type / boundary: found with another type or other ends; speaker: matched quote, wrong speaker. */
  kind: 'missed' | 'spurious' | 'type' | 'boundary' | 'speaker';
  start: number;
  end: number;
  /** 1-based line and column of `start`. */
  line: number;
  column: number;
  /** What went wrong, in words. */
  detail: string;
}

export interface EvalResult {
  docs: number;
  /** Present when some gold document annotates entities. */
  entities?: { docs: number; exact: EntityTable; overlap: EntityTable };
  /** Keys `${scope}@${coverage}`, e.g. `overall@0.3`; present when some gold document annotates quotes. */
  quotes?: { docs: number; figures: Record<string, QuoteFigures> };
  errors: EvalError[];
}

interface Labelled {
  start: number;
  end: number;
  type: ScoredType;
}

interface Tally {
  tp: number;
  predicted: number;
  gold: number;
  speakerChecked: number;
  speakerRight: number;
  cueChecked: number;
  cueRight: number;
}

const TYPE_OF: Partial<Record<EntityType, ScoredType>> = { person: 'PERSON', place: 'PLACE', organization: 'ORG' };
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which', 'that']);

function emptyCounts(): Record<ScoredType, Counts> {
  return { PERSON: { tp: 0, fp: 0, fn: 0 }, PLACE: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 } };
}

function emptyTally(): Tally {
  return { tp: 0, predicted: 0, gold: 0, speakerChecked: 0, speakerRight: 0, cueChecked: 0, cueRight: 0 };
}

function shared(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

function quoteKind(q: Quote): 'direct' | 'indirect' {
  return q.kind === 'direct' ? 'direct' : 'indirect';
}

/** The scored entity mentions of an analysis, in its order. */
export function entityPredictions(analysis: Pick<Analysis, 'entities'>): Labelled[] {
  const out: Labelled[] = [];
  for (const entity of analysis.entities) {
    const type = TYPE_OF[entity.type];
    if (!type) continue;
    for (const m of entity.mentions) out.push({ start: m.start, end: m.end, type });
  }
  return out;
}

/** Matches one document's entities, exact or overlap; returns the gold and predictions left unmatched. */
function matchEntities(gold: GoldEntity[], predicted: Labelled[], overlap: boolean, counts: Record<ScoredType, Counts>) {
  const others = gold.filter((g) => g.type === 'OTHER');
  const scored = gold.filter((g): g is GoldEntity & { type: ScoredType } => g.type !== 'OTHER');
  const used = new Set<number>();
  const spurious: Labelled[] = [];
  for (const p of predicted) {
    if (others.some((o) => p.start >= o.start && p.end <= o.end)) continue;
    const hit = scored.findIndex((g, i) => !used.has(i) && g.type === p.type && (overlap ? g.start < p.end && p.start < g.end : g.start === p.start && g.end === p.end));
    if (hit >= 0) {
      used.add(hit);
      counts[p.type].tp++;
    } else {
      counts[p.type].fp++;
      spurious.push(p);
    }
  }
  const missed = scored.filter((_g, i) => !used.has(i));
  for (const g of missed) counts[g.type].fn++;
  return { missed, spurious };
}

/** One-to-one matching by descending coverage; returns matched pairs with their coverage. */
function matchQuotes(preds: Quote[], golds: GoldQuote[], threshold: number): Array<{ p: Quote; g: GoldQuote; coverage: number }> {
  const pairs: Array<{ p: number; g: number; coverage: number }> = [];
  for (let g = 0; g < golds.length; g++) {
    const gold = golds[g];
    const length = Math.max(1, gold.end - gold.start);
    for (let p = 0; p < preds.length; p++) {
      const coverage = shared(preds[p].start, preds[p].end, gold.start, gold.end) / length;
      if (coverage >= threshold) pairs.push({ p, g, coverage });
    }
  }
  pairs.sort((a, b) => b.coverage - a.coverage);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: Array<{ p: Quote; g: GoldQuote; coverage: number }> = [];
  for (const { p, g, coverage } of pairs) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
    out.push({ p: preds[p], g: golds[g], coverage });
  }
  return out;
}

/** Whether `p`'s speaker names the gold speaker: the same mention, or the antecedent of a gold relative pronoun. */
function speakerRight(text: string, p: Quote, g: GoldQuote & { speakerStart: number; speakerEnd: number }): boolean {
  if (!p.speaker) return false;
  if (shared(p.speaker.start, p.speaker.end, g.speakerStart, g.speakerEnd) > 0) return true;
  if (!RELATIVE_PRONOUNS.has(text.slice(g.speakerStart, g.speakerEnd).toLowerCase()) || p.speaker.end > g.speakerStart) return false;
  const between = text.slice(p.speaker.end, g.speakerStart);
  return between.length <= 3 && between.replace(/[\s,]/g, '') === '' && (between.match(/,/g)?.length ?? 0) <= 1;
}

function hasSpeaker(g: GoldQuote): g is GoldQuote & { speakerStart: number; speakerEnd: number } {
  return g.speakerStart !== null && g.speakerEnd !== null;
}

function addQuotes(tally: Tally, text: string, preds: Quote[], golds: GoldQuote[], threshold: number) {
  tally.predicted += preds.length;
  tally.gold += golds.length;
  const pairs = matchQuotes(preds, golds, threshold);
  for (const { p, g } of pairs) {
    tally.tp++;
    if (hasSpeaker(g)) {
      tally.speakerChecked++;
      if (speakerRight(text, p, g)) tally.speakerRight++;
    }
    if (g.cueStart !== null && g.cueEnd !== null) {
      tally.cueChecked++;
      if (p.cue && shared(p.cue.start, p.cue.end, g.cueStart, g.cueEnd) > 0) tally.cueRight++;
    }
  }
  return pairs;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Entity figures (precision and recall rounded, F1 from the unrounded values). */
function entityFigures(c: Counts): Figures {
  const precision = c.tp + c.fp ? (100 * c.tp) / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? (100 * c.tp) / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round1(precision), recall: round1(recall), f1: round1(f1), ...c };
}

function entityTable(counts: Record<ScoredType, Counts>): EntityTable {
  const micro: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const t of SCORED_TYPES) {
    micro.tp += counts[t].tp;
    micro.fp += counts[t].fp;
    micro.fn += counts[t].fn;
  }
  return { PERSON: entityFigures(counts.PERSON), PLACE: entityFigures(counts.PLACE), ORG: entityFigures(counts.ORG), micro: entityFigures(micro) };
}

function percent(n: number, d: number): number {
  return d === 0 ? 0 : Math.round((1000 * n) / d) / 10;
}

function quoteFigures(t: Tally): QuoteFigures {
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

/** 1-based line and column of every offset asked for, in one pass over the text up to the last. */
function lineColumns(text: string, offsets: number[]): Map<number, { line: number; column: number }> {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const out = new Map<number, { line: number; column: number }>();
  let line = 1;
  let lineStart = 0;
  let i = 0;
  for (const offset of sorted) {
    for (; i < offset && i < text.length; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    out.set(offset, { line, column: offset - lineStart + 1 });
  }
  return out;
}

/** Short quoted excerpt of a span for the report. */
export function excerpt(text: string, start: number, end: number, max = 80): string {
  const s = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}\u2026` : s;
}

/** Scores documents one at a time: `add` each gold document with its analysis, then `result`. */
export class Evaluation {
  private docs = 0;
  private entityDocs = 0;
  private quoteDocs = 0;
  private readonly exact = emptyCounts();
  private readonly overlap = emptyCounts();
  private readonly tallies = new Map<string, Tally>();
  private readonly errors: EvalError[] = [];

  constructor() {
    for (const t of COVERAGES) for (const s of QUOTE_SCOPES) this.tallies.set(`${s}@${t}`, emptyTally());
  }

  /** Adds one gold document (`index`: its place in the gold, for links) and the analysis of its text. */
  add(index: number, doc: GoldDoc, analysis: Pick<Analysis, 'entities' | 'quotes'>): void {
    this.docs++;
    const found: Array<Omit<EvalError, 'line' | 'column' | 'doc' | 'docId'>> = [];
    if (doc.entities) {
      this.entityDocs++;
      const predicted = entityPredictions(analysis);
      matchEntities(doc.entities, predicted, true, this.overlap);
      const { missed, spurious } = matchEntities(doc.entities, predicted, false, this.exact);
      found.push(...entityErrors(doc.text, missed, spurious));
    }
    if (doc.quotes) {
      this.quoteDocs++;
      found.push(...this.addQuoteDoc(doc.text, analysis.quotes, doc.quotes));
    }
    const at = lineColumns(doc.text, found.map((e) => e.start));
    for (const e of found) this.errors.push({ doc: index, docId: doc.id, ...e, ...at.get(e.start)! });
  }

  result(): EvalResult {
    const out: EvalResult = { docs: this.docs, errors: this.errors };
    if (this.entityDocs) out.entities = { docs: this.entityDocs, exact: entityTable(this.exact), overlap: entityTable(this.overlap) };
    if (this.quoteDocs) {
      const figures: Record<string, QuoteFigures> = {};
      for (const [key, tally] of this.tallies) figures[key] = quoteFigures(tally);
      out.quotes = { docs: this.quoteDocs, figures };
    }
    return out;
  }

  private addQuoteDoc(text: string, quotes: Quote[], gold: GoldQuote[]): Array<Omit<EvalError, 'line' | 'column' | 'doc' | 'docId'>> {
    let loose: Array<{ p: Quote; g: GoldQuote; coverage: number }> = [];
    for (const t of COVERAGES) {
      for (const kind of ['direct', 'indirect'] as const) {
        addQuotes(this.tallies.get(`${kind}@${t}`)!, text, quotes.filter((q) => quoteKind(q) === kind), gold.filter((g) => g.kind === kind), t);
      }
      const pairs = addQuotes(this.tallies.get(`overall@${t}`)!, text, quotes, gold, t);
      if (t === COVERAGES[0]) loose = pairs;
    }
    return quoteErrors(text, quotes, gold, loose);
  }
}

/** Entity errors of one document, exact matching: a type or boundary error where a wrong prediction overlaps a missed gold span. */
function entityErrors(text: string, missed: GoldEntity[], spurious: Labelled[]): Array<Omit<EvalError, 'line' | 'column' | 'doc' | 'docId'>> {
  const out: Array<Omit<EvalError, 'line' | 'column' | 'doc' | 'docId'>> = [];
  const left = new Set(missed);
  for (const p of spurious) {
    const sameSpan = missed.find((g) => left.has(g) && g.start === p.start && g.end === p.end);
    const overlapping = sameSpan ?? missed.find((g) => left.has(g) && g.type === p.type && g.start < p.end && p.start < g.end);
    const said = `"${excerpt(text, p.start, p.end)}"`;
    if (sameSpan) {
      left.delete(sameSpan);
      out.push({ layer: 'entity', kind: 'type', start: p.start, end: p.end, detail: `${said} found as ${p.type}, gold says ${sameSpan.type}` });
    } else if (overlapping) {
      left.delete(overlapping);
      out.push({ layer: 'entity', kind: 'boundary', start: p.start, end: p.end, detail: `${p.type} ${said} found, gold has "${excerpt(text, overlapping.start, overlapping.end)}"` });
    } else {
      out.push({ layer: 'entity', kind: 'spurious', start: p.start, end: p.end, detail: `${p.type} ${said} found, not in gold` });
    }
  }
  for (const g of left) out.push({ layer: 'entity', kind: 'missed', start: g.start, end: g.end, detail: `${g.type} "${excerpt(text, g.start, g.end)}" not found` });
  return out.sort((a, b) => a.start - b.start);
}

/** Quote errors of one document, from the 30% matching: missed, spurious, under 80% coverage, wrong speaker. */
function quoteErrors(text: string, quotes: Quote[], gold: GoldQuote[], pairs: Array<{ p: Quote; g: GoldQuote; coverage: number }>) {
  const out: Array<Omit<EvalError, 'line' | 'column' | 'doc' | 'docId'>> = [];
  const matchedP = new Set(pairs.map((x) => x.p));
  const matchedG = new Set(pairs.map((x) => x.g));
  for (const g of gold) if (!matchedG.has(g)) out.push({ layer: 'quote', kind: 'missed', start: g.start, end: g.end, detail: `${g.kind} quote not found: "${excerpt(text, g.start, g.end)}"` });
  for (const p of quotes) if (!matchedP.has(p)) out.push({ layer: 'quote', kind: 'spurious', start: p.start, end: p.end, detail: `${p.kind} quote found, not in gold: "${excerpt(text, p.start, p.end)}"` });
  for (const { p, g, coverage } of pairs) {
    if (coverage < COVERAGES[1]) {
      out.push({ layer: 'quote', kind: 'boundary', start: p.start, end: p.end, detail: `covers ${Math.round(coverage * 100)}% of the gold quote "${excerpt(text, g.start, g.end)}"` });
    }
    if (hasSpeaker(g) && !speakerRight(text, p, g)) {
      const said = p.speaker ? `"${excerpt(text, p.speaker.start, p.speaker.end)}"${p.speakerName && p.speakerName !== p.speaker.text ? ` (${p.speakerName})` : ''}` : 'no speaker';
      out.push({ layer: 'quote', kind: 'speaker', start: p.start, end: p.end, detail: `speaker ${said}, gold says "${excerpt(text, g.speakerStart, g.speakerEnd)}"` });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
