/**
 * The single facade of the analysis core: text in, plain data out. Pure TypeScript with no
 * `vscode` import, so the extension, the worker, the CLI, the tests, the bench and the
 * evaluation all run the very same code.
 */
import { defaultDuplicateOptions, DuplicateOptions, findDuplicates } from './duplicates';
import { findEntities, EntityOptions } from './entities';
import { entitiesFromView, paragraphsOf, proseView, quotesFromView, spanIsProse } from './markdown';
import { splitParagraphs } from './paragraphs';
import { findQuotes } from './quotes';
import { applyCorrections, Corrections } from './annotations/apply';
import { Analysis, CorrectedAnalysis, Span } from './types';

export * from './types';
export { normalizeParagraph, planRemoval, applyDeletions, RemovalScope, DuplicateOptions, defaultDuplicateOptions } from './duplicates';
export { splitParagraphs, hashText } from './paragraphs';
export { EntityOptions } from './entities';

/** What to look for and how. */
export interface AnalysisOptions {
  duplicates: DuplicateOptions;
  /** Custom entities and ignored words; all entity types are always found (views filter them). */
  entities: Pick<EntityOptions, 'custom' | 'ignore'>;
  /**
   * Texts longer than this (in UTF-16 code units) get duplicates only: entity and quote
   * analysis is skipped with a notice, never silently.
   */
  nlpMaxLength: number;
  /**
   * When given, entities and quotes are found only in the paragraphs that overlap this span
   * (the visible part of a long article, decorated first); duplicates always cover the text.
   */
  focus?: Span;
  /**
   * `markdown`: the text is Markdown, whose syntax (markers, link targets, code, HTML) is never
   * part of an entity, a quote or a speaker; offsets still point into the text. Default `plain`.
   */
  format?: 'plain' | 'markdown';
}

/** Options used when a caller gives none: the same defaults as the extension's settings. */
export const defaultAnalysisOptions: AnalysisOptions = { duplicates: defaultDuplicateOptions, entities: {}, nlpMaxLength: 5_000_000 };

/**
 * Analyses one text. Never throws on odd input: any string gives a result with valid offsets.
 * With `corrections` (an article's records and the lexicon's, see annotations/), they are
 * applied to the machine's result, which then carries statuses and may carry user-defined types.
 */
export function analyze(text: string, options?: AnalysisOptions): Analysis;
export function analyze(text: string, options: AnalysisOptions | undefined, corrections: Corrections): CorrectedAnalysis;
export function analyze(text: string, options: AnalysisOptions = defaultAnalysisOptions, corrections?: Corrections): Analysis | CorrectedAnalysis {
  const found = analyzeText(text, options);
  return corrections ? applyCorrections(text, found, corrections.records, corrections.lexicon) : found;
}

function analyzeText(text: string, options: AnalysisOptions): Analysis {
  const paragraphs = splitParagraphs(text);
  const duplicates = findDuplicates(paragraphs, options.duplicates);
  if (text.length > options.nlpMaxLength) {
    const notice = `Entities and quotes were not analysed: the text has ${text.length.toLocaleString('en-US')} characters, more than the limit of ${options.nlpMaxLength.toLocaleString('en-US')} (setting newsAnnotator.maxAnalysisLength).`;
    return { length: text.length, paragraphs, duplicates, entities: [], quotes: [], scareQuotes: [], quoteMarkProblems: [], partial: false, notices: [notice] };
  }
  const focus = options.focus;
  // Markdown: entities and quotes are found in the prose view and read back from the text.
  const view = options.format === 'markdown' ? proseView(text) : undefined;
  const proseParagraphs = view ? splitParagraphs(view.prose) : paragraphs;
  const nlpParagraphs = focus ? proseParagraphs.filter((p) => p.end >= focus.start && p.start <= focus.end) : proseParagraphs;
  const entities = view
    ? entitiesFromView(findEntities(view.names, paragraphsOf(nlpParagraphs, view.names), { ...options.entities, isProse: spanIsProse(text, view.prose) }))
    : findEntities(text, nlpParagraphs, options.entities);
  const quoteFindings = findQuotes(view?.prose ?? text, nlpParagraphs, entities, { ignore: options.entities.ignore });
  const { quotes, scareQuotes, markProblems, statedGender } = view ? quotesFromView(quoteFindings, text, view.prose) : quoteFindings;
  return { length: text.length, paragraphs, duplicates, entities, quotes, scareQuotes, quoteMarkProblems: markProblems, statedGender, partial: !!focus, notices: [] };
}
