/**
 * Turns one article into the text the command line writes for it. Runs in the worker threads,
 * so that the costly part (analysis, and turning results into text) is spread over the cores
 * while the main thread only reads inputs and writes outputs in order.
 */
import { analyze, Analysis, AnalysisOptions, defaultAnalysisOptions } from '../analysis';
import { analysisResult, documentItem, formats, jsonLine, Label, OutputFile } from './formats';
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
}

/** A worker's answer: text for standard output, or the files of `--out`. */
export type Rendered = string | OutputFile[];

/** Analyses the task's text and renders it as the task asks. */
export function render(task: RenderTask): Rendered {
  const analysis: Analysis = analyze(task.text, { ...defaultAnalysisOptions, format: task.textFormat });
  if (task.kind === 'summary') return summary(String(task.label.value), analysis);
  const result = analysisResult(task.label, analysis);
  if (task.kind === 'json') return documentItem(result);
  if (task.kind === 'jsonl') return jsonLine(result);
  return formats[task.outFormat].files(result);
}
