import * as vscode from 'vscode';
import type { QuoteMarkProblem } from '../analysis/types';
import { AnalysisStore } from '../analysisStore';
import { ConfigService, ProblemSeverity } from '../config';
import { Disposable } from '../disposable';
import { toRange } from './spans';

/** The diagnostic code of an unbalanced or mismatched quotation mark. */
export const QUOTE_MARK_CODE = 'quote-marks';

const SEVERITIES: Record<Exclude<ProblemSeverity, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

function message(p: QuoteMarkProblem): string {
  switch (p.kind) {
    case 'mismatched':
      return `This ${p.mark} closes a quote opened with another kind of mark${p.replacement ? `; expected ${p.replacement}` : ''}.`;
    case 'unclosed':
      return `This ${p.mark} opens a quote that is never closed.`;
    case 'unopened':
      return `This ${p.mark} closes a quote that was never opened.`;
  }
}

/** One Problems entry per quotation mark that does not pair up, with a fix where one is safe. */
export class QuoteMarkDiagnostics extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('newsAnnotator.quoteMarks'));

  constructor(private readonly store: AnalysisStore, private readonly config: ConfigService) {
    super();
    this.register(store.onDidChange((e) => e.state.kind !== 'pending' && this.update(e.document)));
    this.register(config.onDidChange(() => vscode.workspace.textDocuments.forEach((d) => this.update(d))));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.collection.delete(d.uri)));
  }

  private update(document: vscode.TextDocument): void {
    const severity = this.config.current.quotes.markSeverity;
    const analysis = this.store.get(document);
    if (!analysis || severity === 'off') {
      this.collection.delete(document.uri);
      return;
    }
    this.collection.set(
      document.uri,
      analysis.quoteMarkProblems.map((p) => {
        const d = new vscode.Diagnostic(toRange(document, p), message(p), SEVERITIES[severity]);
        d.source = 'News Annotator';
        d.code = QUOTE_MARK_CODE;
        return d;
      }),
    );
  }
}

/** Quick fixes for quotation marks: use the matching closing mark, or close the quote. */
export class QuoteMarkCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly store: AnalysisStore) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const analysis = this.store.get(document);
    if (!analysis) return [];
    const offset = document.offsetAt(range.start);
    const actions: vscode.CodeAction[] = [];
    for (const p of analysis.quoteMarkProblems) {
      if (offset < p.start || offset > p.end || !p.replacement) continue;
      const edit = new vscode.WorkspaceEdit();
      let title: string;
      if (p.kind === 'unclosed' && p.fixAt !== undefined) {
        edit.insert(document.uri, document.positionAt(p.fixAt), p.replacement);
        title = `Close the quote with ${p.replacement} at the end of its paragraph`;
      } else {
        edit.replace(document.uri, toRange(document, p), p.replacement);
        title = `Replace ${p.mark} with ${p.replacement}`;
      }
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.edit = edit;
      action.isPreferred = true;
      action.diagnostics = context.diagnostics.filter((d) => d.code === QUOTE_MARK_CODE);
      actions.push(action);
    }
    return actions;
  }
}
