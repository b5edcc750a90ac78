import * as vscode from 'vscode';
import type { CorrectedAnalysis, OrphanedRecord } from '../analysis/types';
import { AnalysisStore } from '../host/analysisStore';
import { ConfigService, ProblemSeverity } from '../host/config';
import { CORRECTION_COMMANDS as C, CorrectionArgs } from './correctionCommands';
import { AnalysisDiagnostics, Problem } from './diagnostics';
import { mentionAt, quoteAt } from './entityLookup';
import { toOffset } from './spans';
import { firstWords } from './text';

/** The diagnostic code of a correction that lost its text. */
export const ORPHAN_CODE = 'orphaned-correction';

/** What a person may do at an offset: [command, title] pairs, for code actions and hover links. */
export function correctionsAt(analysis: CorrectedAnalysis, offset: number, selection: boolean): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const ref = mentionAt(analysis, offset);
  const quote = quoteAt(analysis, offset);
  if (ref) {
    if (ref.mention.status === 'suggested' || ref.mention.status === undefined) out.push([C.acceptAnnotation, vscode.l10n.t('Accept Annotation')]);
    out.push(
      [C.changeEntityType, vscode.l10n.t('Change Entity Type')],
      [C.notAnEntity, vscode.l10n.t('Not an Entity')],
      [C.mergeEntity, vscode.l10n.t('Merge Entity Into…')],
      [C.splitMention, vscode.l10n.t('Split Mention from Entity')],
      [C.setCanonicalName, vscode.l10n.t('Set Canonical Name')],
    );
  }
  if (quote) {
    if (!ref && (quote.status === 'suggested' || quote.status === undefined)) out.push([C.acceptAnnotation, vscode.l10n.t('Accept Annotation')]);
    out.push([C.setQuoteSpeaker, vscode.l10n.t('Set Quote Speaker')], [C.changeQuoteKind, vscode.l10n.t('Change Quote Kind')], [C.notAQuote, vscode.l10n.t('Not a Quote')]);
    if (quote.speakerEntity || quote.speakerName || quote.speaker) out.push([C.clearQuoteSpeaker, vscode.l10n.t('Clear Quote Speaker')]);
  }
  if (selection) out.push([C.markEntity, vscode.l10n.t('Mark Selection as Entity')], [C.markQuote, vscode.l10n.t('Mark Selection as Quote')]);
  return out;
}

/** A command link for Markdown: `command:id?args`. */
export function commandLink(title: string, command: string, args: CorrectionArgs): string {
  return `[${title}](command:${command}?${encodeURIComponent(JSON.stringify(args))} "${vscode.l10n.t('News: {0}', title)}")`;
}

/** Every command a hover may link to (MarkdownString.isTrusted takes this list). */
export const HOVER_COMMANDS = Object.values(C);

/** Ctrl+. on an annotation: the corrections that apply there; on an orphaned record's entry, its fixes. */
export class CorrectionCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly store: AnalysisStore) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const analysis = this.store.get(document);
    return analysis ? actionsAt(document.uri.toString(), analysis, toOffset(document, range.start), !range.isEmpty, context.diagnostics) : [];
  }
}

/** The fixes of orphaned records among `diagnostics`, then the corrections at `offset`. */
function actionsAt(uri: string, analysis: CorrectedAnalysis, offset: number, selection: boolean, diagnostics: readonly vscode.Diagnostic[]): vscode.CodeAction[] {
  const actions: vscode.CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.code !== ORPHAN_CODE || d.source !== vscode.l10n.t('News Annotator')) continue;
    const orphan = (analysis.orphans ?? []).find((o) => d.message.includes(o.id.slice(0, 8)));
    if (!orphan) continue;
    const reanchor = new vscode.CodeAction(vscode.l10n.t('Re-anchor the correction at the selection'), vscode.CodeActionKind.QuickFix);
    reanchor.command = { command: C.reanchorOrphan, title: reanchor.title, arguments: [{ uri, record: orphan.id } satisfies CorrectionArgs] };
    reanchor.diagnostics = [d];
    const remove = new vscode.CodeAction(vscode.l10n.t('Delete the correction'), vscode.CodeActionKind.QuickFix);
    remove.command = { command: C.deleteOrphan, title: remove.title, arguments: [{ uri, record: orphan.id } satisfies CorrectionArgs] };
    remove.diagnostics = [d];
    actions.push(reanchor, remove);
  }
  for (const [command, title] of correctionsAt(analysis, offset, selection)) {
    const action = new vscode.CodeAction(vscode.l10n.t('News: {0}', title), vscode.CodeActionKind.QuickFix);
    action.command = { command, title, arguments: [selection ? {} : ({ uri, offset } satisfies CorrectionArgs)] };
    actions.push(action);
  }
  return actions;
}

function orphanMessage(o: OrphanedRecord): string {
  return o.reason === 'not-found'
    ? vscode.l10n.t('A correction ({0} on “{1}”, {2}) cannot take effect: its text is no longer in the article. Re-anchor it at a selection or delete it.', o.action, firstWords(o.text, 40), o.id.slice(0, 8))
    : vscode.l10n.t('A correction ({0} on “{1}”, {2}) cannot take effect: there is nothing there to correct. Re-anchor it at a selection or delete it.', o.action, firstWords(o.text, 40), o.id.slice(0, 8));
}

/** One Problems entry per orphaned correction record, with the fixes above. */
export class OrphanDiagnostics extends AnalysisDiagnostics {
  constructor(store: AnalysisStore, config: ConfigService) {
    super('newsAnnotator.orphans', ORPHAN_CODE, store, config);
  }

  protected severity(): ProblemSeverity {
    return 'warning';
  }

  protected problems(analysis: CorrectedAnalysis): Problem[] {
    return (analysis.orphans ?? []).map((o) => {
      const start = Math.min(o.start, analysis.length);
      return { span: { start, end: Math.max(start, Math.min(o.end, analysis.length)) }, message: orphanMessage(o) };
    });
  }
}
