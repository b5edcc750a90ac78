import * as vscode from 'vscode';
import { AnalysisStore } from '../analysisStore';
import { ConfigService, ProblemSeverity } from '../config';
import { Disposable } from '../disposable';
import { blockMessage } from './duplicateLookup';
import { toRange } from './spans';

/** The diagnostic code of a duplicated block, which the quick fixes answer to. */
export const DUPLICATE_CODE = 'duplicate-paragraphs';

const SEVERITIES: Record<Exclude<ProblemSeverity, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/**
 * Problems entries listed per document at most: beyond this a scraped file full of scattered
 * copies would flood the Problems panel (and slow the workbench); one more entry says how many
 * blocks are not listed, and the decorations and "Go to Next Duplicate" still cover them all.
 */
const MAX_LISTED_BLOCKS = 200;

/** One Problems entry per duplicated block (never one per line), at the chosen severity. */
export class DuplicateDiagnostics extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('newsAnnotator.duplicates'));

  constructor(private readonly store: AnalysisStore, private readonly config: ConfigService) {
    super();
    this.register(store.onDidChange((e) => e.state.kind !== 'pending' && this.update(e.document)));
    this.register(config.onDidChange(() => vscode.workspace.textDocuments.forEach((d) => this.update(d))));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.collection.delete(d.uri)));
  }

  private update(document: vscode.TextDocument): void {
    const severity = this.config.current.duplicates.severity;
    const analysis = this.store.get(document);
    if (!analysis || severity === 'off') {
      this.collection.delete(document.uri);
      return;
    }
    const blocks = analysis.duplicates.blocks;
    const diagnostics = blocks.slice(0, MAX_LISTED_BLOCKS).map((block) => {
      // The entry points at the first copy: a squiggle under the whole block would drown the
      // text in marks on top of the decorations, which already show every copy.
      const first = analysis.paragraphs[block.copies[0]];
      const d = new vscode.Diagnostic(toRange(document, first), blockMessage(analysis, block), SEVERITIES[severity]);
      d.source = 'News Annotator';
      d.code = DUPLICATE_CODE;
      d.relatedInformation = [
        new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, toRange(document, block.originalSpan)), 'First occurrence'),
      ];
      return d;
    });
    if (blocks.length > MAX_LISTED_BLOCKS) {
      const rest = blocks.slice(MAX_LISTED_BLOCKS);
      const d = new vscode.Diagnostic(
        toRange(document, rest[0].span),
        `${rest.length} more duplicated blocks are not listed here; they are marked in the editor (News: Go to Next Duplicate moves through them).`,
        SEVERITIES[severity],
      );
      d.source = 'News Annotator';
      d.code = DUPLICATE_CODE;
      diagnostics.push(d);
    }
    this.collection.set(document.uri, diagnostics);
  }
}
