/**
 * The single facade of the analysis core: text in, plain data out. Pure TypeScript with no
 * `vscode` import, so the extension, the worker, the CLI, the tests, the bench and the
 * evaluation all run the very same code.
 */
import { defaultDuplicateOptions, DuplicateOptions, findDuplicates } from './duplicates';
import { splitParagraphs } from './paragraphs';
import { Analysis } from './types';

export * from './types';
export { normalizeParagraph, planRemoval, applyDeletions, RemovalScope, DuplicateOptions, defaultDuplicateOptions } from './duplicates';
export { splitParagraphs, hashText } from './paragraphs';

/** What to look for and how. */
export interface AnalysisOptions {
  duplicates: DuplicateOptions;
}

/** Options used when a caller gives none: the same defaults as the extension's settings. */
export const defaultAnalysisOptions: AnalysisOptions = { duplicates: defaultDuplicateOptions };

/** Analyses one text. Never throws on odd input: any string gives a result with valid offsets. */
export function analyze(text: string, options: AnalysisOptions = defaultAnalysisOptions): Analysis {
  const paragraphs = splitParagraphs(text);
  return {
    length: text.length,
    paragraphs,
    duplicates: findDuplicates(paragraphs, options.duplicates),
    entities: [],
    quotes: [],
    scareQuotes: [],
  };
}
