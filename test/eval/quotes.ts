/**
 * Quote evaluation: `analyze()` against gold documents `[{id, text, quotes: [{start, end, text,
 * kind, speaker, speakerStart, speakerEnd, cue, cueStart, cueEnd, partialQuote}]}]`, scored by
 * src/eval (the rules are written there), the same code as `news-annotator eval` and the
 * editor's evaluation: precision, recall, F1, speaker and cue accuracy by kind and overall, at
 * 30% and 80% coverage.
 */
import * as fs from 'fs';
import { analyze } from '../../src/analysis';
import { findEntities } from '../../src/analysis/entities';
import { splitParagraphs } from '../../src/analysis/paragraphs';
import { findQuotes, QuoteRuleFamily } from '../../src/analysis/quotes';
import { Entity, Paragraph } from '../../src/analysis/types';
import { evaluate, GoldDoc, parseGoldJson, QuoteFigures, quoteTableText } from '../../src/eval';


/** The rule families the ablation leaves out one at a time (see `QuoteRuleFamily`). */
const FAMILIES: QuoteRuleFamily[] = ['stance', 'verbs', 'labels', 'interviews', 'agreement', 'openers', 'clauses', 'arbiter'];

interface Prepared {
  paragraphs: Paragraph[];
  entities: Entity[];
}

/**
 * The ablation's figures with `off` left out: entities are found once per document and reused,
 * and the quote finder runs with the families switched off, scored by the same code.
 */
async function ablate(docs: GoldDoc[], prepared: Prepared[], off: QuoteRuleFamily[]): Promise<Record<string, QuoteFigures>> {
  const r = await evaluate(docs, (text, i) => ({ entities: prepared[i].entities, quotes: findQuotes(text, prepared[i].paragraphs, prepared[i].entities, { off }).quotes }));
  return r!.quotes!.figures;
}

/**
 * Scores the quote finder on one gold file and prints a table (or, with `json`, the figures as
 * JSON), then the ablation: the headline figures with each rule family left out in turn.
 */
export async function runQuotesEval(file: string, opts: { json: boolean }): Promise<void> {
  const read = parseGoldJson(fs.readFileSync(file, 'utf8'));
  if (!read.ok) throw new Error(`${file}: ${read.error}`);
  const docs = read.docs.filter((d) => d.quotes);
  let chars = 0;
  let analysisMs = 0;
  const r = await evaluate(docs, (text) => {
    const t0 = performance.now();
    const analysis = analyze(text);
    analysisMs += performance.now() - t0;
    chars += text.length;
    return analysis;
  });
  const figures = r!.quotes!.figures;
  const prepared = docs.map((d) => {
    const paragraphs = splitParagraphs(d.text);
    return { paragraphs, entities: findEntities(d.text, paragraphs) };
  });
  const base = await ablate(docs, prepared, []);
  const ablation: Record<string, Record<string, QuoteFigures>> = {};
  for (const family of FAMILIES) ablation[family] = await ablate(docs, prepared, [family]);
  const timing = { documents: docs.length, characters: chars, analysisMs: Math.round(analysisMs) };
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ file, figures, ablation: { 'all rules': base, ...ablation }, timing }, null, 2)}\n`);
    return;
  }
  const lines = [`Quotes: ${file}`, `${docs.length} documents, ${chars} characters; analysis ${timing.analysisMs} ms`, quoteTableText(figures)];
  // The ablation: each family's worth is what the figures lose without it (quote finder alone,
  // so the 'all rules' row can differ slightly from the table above, which is the whole analysis).
  const headline = (f: Record<string, QuoteFigures>) => [f['direct@0.8'].f1, f['direct@0.8'].speakerAccuracy, f['indirect@0.3'].f1, f['indirect@0.3'].speakerAccuracy];
  const all = headline(base);
  lines.push('', 'ablation (family left out)  direct F1@80  speaker  indirect F1@30  speaker   (change against all rules)');
  const row = (name: string, v: number[]) => {
    const cell = (i: number, width: number) => `${v[i].toFixed(1)}${name === 'all rules' ? '' : ` (${v[i] - all[i] >= 0 ? '+' : ''}${(v[i] - all[i]).toFixed(1)})`}`.padStart(width);
    return `${name.padEnd(27)} ${cell(0, 12)} ${cell(1, 13)} ${cell(2, 14)} ${cell(3, 13)}`;
  };
  lines.push(row('all rules', all));
  for (const family of FAMILIES) lines.push(row(`without ${family}`, headline(ablation[family])));
  process.stdout.write(`${lines.join('\n')}\n\n`);
}
