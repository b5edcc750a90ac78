/**
 * Evaluation against gold data, shared by `news-annotator eval`, **News: Evaluate Against
 * Gold…** and `npm run eval`: gold readers (gold.ts), scoring (score.ts) and reports (report.ts).
 * Pure: the caller reads the files and supplies the analysis (in-process in the CLI and the
 * evaluation script, through the worker in the editor), so this never loads the NLP library.
 */
import type { Analysis } from '../analysis/types';
import type { GoldDoc } from './gold';
import { Evaluation, EvalResult } from './score';

export * from './gold';
export * from './score';
export * from './report';

/** What scoring reads from an analysis. */
export type Predicted = Pick<Analysis, 'entities' | 'quotes'>;

/**
 * Analyses and scores every gold document in order, one at a time (only counts and errors are
 * kept). `analyzeText` may return undefined (cancelled): the run then stops and returns undefined.
 */
export async function evaluate(
  docs: GoldDoc[],
  analyzeText: (text: string, index: number) => Promise<Predicted | undefined> | Predicted | undefined,
  progress?: (done: number) => void,
): Promise<EvalResult | undefined> {
  const evaluation = new Evaluation();
  for (let i = 0; i < docs.length; i++) {
    const analysis = await analyzeText(docs[i].text, i);
    if (!analysis) return undefined;
    evaluation.add(i, docs[i], analysis);
    progress?.(i + 1);
  }
  return evaluation.result();
}
export * from './load';
