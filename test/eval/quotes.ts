/**
 * Quote evaluation: `analyze()` against gold documents `[{id, text, quotes: [{start, end, text,
 * kind, speaker, speakerStart, speakerEnd, cue, cueStart, cueEnd, partialQuote}]}]`, scored by
 * src/eval (the rules are written there), the same code as `news-annotator eval` and the
 * editor's evaluation: precision, recall, F1, speaker and cue accuracy by kind and overall, at
 * 30% and 80% coverage.
 */
import * as fs from 'fs';
import { analyze } from '../../src/analysis';
import { evaluate, parseGoldJson, quoteTableText } from '../../src/eval';

/** Scores the quote finder on one gold file and prints a table (or, with `json`, the figures as JSON). */
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
  const timing = { documents: docs.length, characters: chars, analysisMs: Math.round(analysisMs) };
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ file, figures, timing }, null, 2)}\n`);
    return;
  }
  const lines = [`Quotes: ${file}`, `${docs.length} documents, ${chars} characters; analysis ${timing.analysisMs} ms`, quoteTableText(figures)];
  process.stdout.write(`${lines.join('\n')}\n\n`);
}
