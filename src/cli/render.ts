/**
 * Turns one article into the text the command line writes for it. Runs in the worker threads,
 * so that the costly part (analysis, and turning results into text) is spread over the cores
 * while the main thread only reads inputs and writes outputs in order.
 */
import { analyze, AnalysisOptions, CorrectedAnalysis, defaultAnalysisOptions } from '../analysis';
import type { Corrections } from '../analysis/annotations/apply';
import type { OffsetUnit } from '../analysis/exports';
import { clearMemos } from '../analysis/memo';
import { clearCandidateCache } from '../analysis/nlp';
import { analysisResult, articleFiles, documentItem, jsonLine, Label, OutputFile } from './formats';
import { summary } from './summary';

/** What the main thread wants for an article: the readable summary, one `--json` result, a JSON line, or `--out` files. */
export type OutputKind = 'summary' | 'json' | 'jsonl' | 'out';

/** One article sent to a worker. */
export interface RenderTask {
  label: Label;
  text: string;
  /** How the text is written: Markdown for .md and .markdown files, plain otherwise. */
  textFormat: NonNullable<AnalysisOptions['format']>;
  kind: OutputKind;
  /** The `--out` format's name, for `kind` `out`. */
  outFormat: string;
  /** `--offsets`: the unit of the offsets written; each format's default when absent. */
  offsets?: OffsetUnit;
  /** The article's corrections, when it has any and they are not turned off. */
  corrections?: Corrections;
}

/** A worker's answer: text for standard output, or the files of `--out`. */
export type Rendered = string | OutputFile[];

/** Analyses the task's text and renders it as the task asks. */
export function render(task: RenderTask): Rendered {
  const options = { ...defaultAnalysisOptions, format: task.textFormat };
  // Corrected results carry each annotation's status and who made it.
  const analysis: CorrectedAnalysis = task.corrections ? analyze(task.text, options, task.corrections) : analyze(task.text, options);
  // The per-paragraph caches serve re-analysis of a text being edited; in a corpus each text
  // comes once (under 1% of PolNeAR's paragraphs repeat), and full caches in every worker held
  // about 230 MB each and made every full garbage collection mark them. Results never depend on them.
  clearMemos();
  clearCandidateCache();
  if (task.kind === 'summary') return summary(String(task.label.value), analysis);
  if (task.kind === 'out') return articleFiles(task.outFormat, task.label, task.text, analysis, task.offsets);
  const result = analysisResult(task.label, analysis, task.text, task.offsets ?? 'utf16');
  return task.kind === 'json' ? documentItem(result) : jsonLine(result);
}
