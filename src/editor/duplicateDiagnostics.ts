import * as vscode from 'vscode';
import type { CorrectedAnalysis } from '../analysis/types';
import { AnalysisStore } from '../host/analysisStore';
import { ConfigService, ProblemSeverity, Settings } from '../host/config';
import { AnalysisDiagnostics, Problem } from './diagnostics';
import { blockMessage } from './duplicateLookup';

/** The diagnostic code of a duplicated block, which the quick fixes answer to. */
export const DUPLICATE_CODE = 'duplicate-paragraphs';

/**
 * Problems entries listed per document at most: beyond this a scraped file full of scattered
 * copies would flood the Problems panel (and slow the workbench); one more entry says how many
 * blocks are not listed, and the decorations and "Go to Next Duplicate" still cover them all.
 */
const MAX_LISTED_BLOCKS = 200;

/** One Problems entry per duplicated block (never one per line), at the chosen severity. */
export class DuplicateDiagnostics extends AnalysisDiagnostics {
  constructor(store: AnalysisStore, config: ConfigService) {
    super('newsAnnotator.duplicates', DUPLICATE_CODE, store, config);
  }

  protected severity(settings: Settings): ProblemSeverity {
    return settings.duplicates.severity;
  }

  protected problems(analysis: CorrectedAnalysis): Problem[] {
    const blocks = analysis.duplicates.blocks;
    const problems: Problem[] = blocks.slice(0, MAX_LISTED_BLOCKS).map((block) => ({
      // The entry points at the first copy: a squiggle under the whole block would drown the
      // text in marks on top of the decorations, which already show every copy.
      span: analysis.paragraphs[block.copies[0]],
      message: blockMessage(analysis, block),
      related: { span: block.originalSpan, message: vscode.l10n.t('First occurrence') },
    }));
    if (blocks.length > MAX_LISTED_BLOCKS) {
      const rest = blocks.slice(MAX_LISTED_BLOCKS);
      problems.push({
        span: analysis.paragraphs[rest[0].copies[0]],
        message: vscode.l10n.t('{0} more duplicated blocks are not listed here; they are marked in the editor (News: Go to Next Duplicate moves through them).', rest.length),
      });
    }
    return problems;
  }
}
