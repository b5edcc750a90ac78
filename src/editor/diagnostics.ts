import * as vscode from 'vscode';
import type { CorrectedAnalysis, Span } from '../analysis/types';
import { AnalysisStore } from '../host/analysisStore';
import { ConfigService, ProblemSeverity, Settings } from '../host/config';
import { Disposable } from '../host/disposable';
import { toRange } from './spans';

const SEVERITIES: Record<Exclude<ProblemSeverity, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** What a subclass says about one problem; the base class turns it into a Diagnostic. */
export interface Problem {
  span: Span;
  message: string;
  related?: { span: Span; message: string };
}

/**
 * One diagnostic collection fed from stored analyses: refreshed when an analysis lands or the
 * settings change, cleared when a document closes or its severity setting is `off`.
 */
export abstract class AnalysisDiagnostics extends Disposable {
  private readonly collection: vscode.DiagnosticCollection;

  constructor(
    name: string,
    private readonly code: string,
    private readonly store: AnalysisStore,
    private readonly config: ConfigService,
  ) {
    super();
    this.collection = this.register(vscode.languages.createDiagnosticCollection(name));
    this.register(store.onDidChange((e) => e.state.kind !== 'pending' && this.update(e.document)));
    this.register(config.onDidChange(() => vscode.workspace.textDocuments.forEach((d) => this.update(d))));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.collection.delete(d.uri)));
  }

  /** The severity setting this collection follows. */
  protected abstract severity(settings: Settings): ProblemSeverity;

  /** The problems of one analysis. */
  protected abstract problems(analysis: CorrectedAnalysis): Problem[];

  private update(document: vscode.TextDocument): void {
    const severity = this.severity(this.config.current);
    const analysis = this.store.get(document);
    if (!analysis || severity === 'off') {
      this.collection.delete(document.uri);
      return;
    }
    this.collection.set(
      document.uri,
      this.problems(analysis).map((p) => {
        const d = new vscode.Diagnostic(toRange(document, p.span), p.message, SEVERITIES[severity]);
        d.source = vscode.l10n.t('News Annotator');
        d.code = this.code;
        if (p.related) {
          d.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, toRange(document, p.related.span)), p.related.message)];
        }
        return d;
      }),
    );
  }
}
