import * as vscode from 'vscode';
import { planRemoval, RemovalScope } from '../analysis/duplicates';
import type { CorrectedAnalysis, DuplicateBlock } from '../analysis/types';
import { AnalysisStore } from '../host/analysisStore';
import { DUPLICATE_CODE } from './duplicateDiagnostics';
import { blocksStartingBefore, copyAt, copyOfParagraph } from './duplicateLookup';
import { toOffset, toRange } from './spans';
import { byCount } from './text';

/** The edit that removes the chosen copies from a document (whose text is `text`), or undefined when there is none. */
export function removalEdit(document: vscode.TextDocument, text: string, analysis: CorrectedAnalysis, scope: RemovalScope): vscode.WorkspaceEdit | undefined {
  const deletions = planRemoval(text, analysis.paragraphs, analysis.duplicates, scope);
  if (!deletions.length) return undefined;
  const edit = new vscode.WorkspaceEdit();
  for (const d of deletions) edit.delete(document.uri, toRange(document, d));
  return edit;
}

/** Quick fixes on duplicate copies: remove this copy, this block, or all exact duplicates. */
export class DuplicateCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly store: AnalysisStore) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    const analysis = this.store.get(document);
    if (!analysis) return [];
    const info = copyAt(analysis, toOffset(document, range.start));
    if (!info) return [];
    const actions: vscode.CodeAction[] = [];
    const text = document.getText();
    const add = (title: string, scope: RemovalScope, preferred = false) => {
      const edit = removalEdit(document, text, analysis, scope);
      if (!edit) return;
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.edit = edit;
      action.isPreferred = preferred;
      action.diagnostics = vscode.languages
        .getDiagnostics(document.uri)
        .filter((d) => d.code === DUPLICATE_CODE && d.range.contains(range.start));
      actions.push(action);
    };
    if (info.copy.kind === 'exact') {
      add(vscode.l10n.t('Remove this duplicate paragraph'), { kind: 'copy', paragraph: info.copy.paragraph }, info.block.copies.length === 1);
    } else {
      const lost = info.copy.changes.map((c) => c.added).filter(Boolean).join(', ');
      add(lost ? vscode.l10n.t('Remove this near-duplicate paragraph (drops "{0}")', lost.slice(0, 40)) : vscode.l10n.t('Remove this near-duplicate paragraph'), { kind: 'copy', paragraph: info.copy.paragraph });
    }
    const exactInBlock = info.block.copies.filter((p) => copyOfParagraph(analysis, p)?.kind === 'exact').length;
    if (info.block.copies.length > 1 && exactInBlock > 0) {
      add(vscode.l10n.t('Remove this duplicated block ({0})', paragraphs(exactInBlock)), { kind: 'block', block: info.block }, true);
    }
    const exactAll = analysis.duplicates.copies.filter((c) => c.kind === 'exact').length;
    if (exactAll > exactInBlock) add(vscode.l10n.t('Remove all duplicate paragraphs ({0})', paragraphs(exactAll)), { kind: 'all' });
    return actions;
  }
}

const paragraphs = (n: number) => byCount(n, vscode.l10n.t('{0} paragraph', n), vscode.l10n.t('{0} paragraphs', n));

/** Commands that act on the duplicates of the active editor. */
export class DuplicateCommands {
  constructor(private readonly store: AnalysisStore) {}

  /** "News: Remove Duplicate Paragraphs": one edit, one undo step, first occurrences kept. */
  async removeAll(): Promise<number> {
    const editor = vscode.window.activeTextEditor;
    const analysis = editor && (await this.articleAnalysis(editor));
    if (!editor || !analysis) return 0;
    const deletions = planRemoval(editor.document.getText(), analysis.paragraphs, analysis.duplicates, { kind: 'all' });
    const near = analysis.duplicates.copies.filter((c) => c.kind === 'near').length;
    const nearNote = near
      ? ` ${byCount(near, vscode.l10n.t('{0} near duplicate left for review (hover it to see what differs).', near), vscode.l10n.t('{0} near duplicates left for review (hover them to see what differs).', near))}`
      : '';
    if (!deletions.length) {
      void vscode.window.showInformationMessage(`${vscode.l10n.t('News Annotator: no exact duplicate paragraphs to remove.')}${nearNote}`);
      return 0;
    }
    const removed = analysis.duplicates.copies.length - near;
    // All deletions in one edit call: one undo step restores everything.
    const ok = await editor.edit((builder) => deletions.forEach((d) => builder.delete(toRange(editor.document, d))));
    if (!ok) {
      void vscode.window.showWarningMessage(vscode.l10n.t('News Annotator: the document changed while removing duplicates; nothing was removed. Try again.'));
      return 0;
    }
    void vscode.window.showInformationMessage(
      `${byCount(removed, vscode.l10n.t('News Annotator: removed {0} duplicate paragraph.', removed), vscode.l10n.t('News Annotator: removed {0} duplicate paragraphs.', removed))}${nearNote}`,
    );
    return removed;
  }

  /**
   * "News: Go to Next Duplicate" (or previous): moves to the start of the next duplicated
   * block (or the previous one), wrapping around the document. A block is one step however
   * many paragraphs it has; going back from inside a block goes to its start first.
   */
  async goTo(direction: 1 | -1): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const analysis = editor && (await this.articleAnalysis(editor));
    if (!editor || !analysis) return;
    const blocks = analysis.duplicates.blocks;
    if (!blocks.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: this article has no duplicated paragraphs.'));
      return;
    }
    const here = toOffset(editor.document, editor.selection.active);
    const target =
      direction === 1
        ? blocks[blocksStartingBefore(blocks, here, true)] ?? blocks[0]
        : blocks[blocksStartingBefore(blocks, here, false) - 1] ?? blocks[blocks.length - 1];
    this.reveal(editor, analysis, target);
  }

  private reveal(editor: vscode.TextEditor, analysis: CorrectedAnalysis, block: DuplicateBlock): void {
    const first = toRange(editor.document, analysis.paragraphs[block.copies[0]]);
    editor.selection = new vscode.Selection(first.start, first.start);
    editor.revealRange(first, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async articleAnalysis(editor: vscode.TextEditor): Promise<CorrectedAnalysis | undefined> {
    if (!this.store.isArticle(editor.document)) {
      // Not awaited: a command must finish at once (callers and tests await it), and the
      // offer stays in the notification for the person to take up.
      const document = editor.document;
      const annotate = vscode.l10n.t('Annotate This File');
      void vscode.window
        .showInformationMessage(vscode.l10n.t('News Annotator: this file is not annotated as an article. Run the command again once it is.'), annotate)
        .then(async (choice) => {
          if (choice === annotate) await this.store.setArticle(document, true);
        });
      return undefined;
    }
    // Duplicates are complete in a long article's quick first pass, so that one will do.
    const analysis = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('News Annotator: analysing the article…') },
      () => this.store.analyzeNow(editor.document, true),
    );
    if (!analysis) {
      const state = this.store.state(editor.document);
      const why = state.kind === 'skipped' || state.kind === 'failed' ? state.reason : vscode.l10n.t('The analysis did not finish.');
      void vscode.window.showWarningMessage(vscode.l10n.t('News Annotator: {0}', why));
    }
    return analysis;
  }
}
