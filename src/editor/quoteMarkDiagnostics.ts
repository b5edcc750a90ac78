import * as vscode from 'vscode';
import type { CorrectedAnalysis, QuoteMarkProblem } from '../analysis/types';
import { AnalysisStore } from '../host/analysisStore';
import { ConfigService, ProblemSeverity, Settings } from '../host/config';
import { AnalysisDiagnostics, Problem } from './diagnostics';
import { toOffset, toPosition, toRange } from './spans';

/** The diagnostic code of an unbalanced or mismatched quotation mark. */
export const QUOTE_MARK_CODE = 'quote-marks';

function message(p: QuoteMarkProblem): string {
  switch (p.kind) {
    case 'mismatched':
      return p.replacement
        ? vscode.l10n.t('This {0} closes a quote opened with another kind of mark; expected {1}.', p.mark, p.replacement)
        : vscode.l10n.t('This {0} closes a quote opened with another kind of mark.', p.mark);
    case 'unclosed':
      return vscode.l10n.t('This {0} opens a quote that is never closed.', p.mark);
    case 'unopened':
      return vscode.l10n.t('This {0} closes a quote that was never opened.', p.mark);
  }
}

/** One Problems entry per quotation mark that does not pair up, with a fix where one is safe. */
export class QuoteMarkDiagnostics extends AnalysisDiagnostics {
  constructor(store: AnalysisStore, config: ConfigService) {
    super('newsAnnotator.quoteMarks', QUOTE_MARK_CODE, store, config);
  }

  protected severity(settings: Settings): ProblemSeverity {
    return settings.quotes.markSeverity;
  }

  protected problems(analysis: CorrectedAnalysis): Problem[] {
    return analysis.quoteMarkProblems.map((p) => ({ span: p, message: message(p) }));
  }
}

/** Quick fixes for quotation marks: use the matching closing mark, or close the quote. */
export class QuoteMarkCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly store: AnalysisStore) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const analysis = this.store.get(document);
    if (!analysis) return [];
    const offset = toOffset(document, range.start);
    const actions: vscode.CodeAction[] = [];
    for (const p of analysis.quoteMarkProblems) {
      if (offset < p.start || offset > p.end || !p.replacement) continue;
      const edit = new vscode.WorkspaceEdit();
      let title: string;
      if (p.kind === 'unclosed' && p.fixAt !== undefined) {
        edit.insert(document.uri, toPosition(document, p.fixAt), p.replacement);
        title = vscode.l10n.t('Close the quote with {0} at the end of its paragraph', p.replacement);
      } else {
        edit.replace(document.uri, toRange(document, p), p.replacement);
        title = vscode.l10n.t('Replace {0} with {1}', p.mark, p.replacement);
      }
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.edit = edit;
      action.isPreferred = true;
      action.diagnostics = context.diagnostics.filter((d) => d.code === QUOTE_MARK_CODE && d.range.isEqual(toRange(document, p)));
      actions.push(action);
    }
    return actions;
  }
}
