import * as vscode from 'vscode';
import { AnalysisStore } from '../analysisStore';
import { Disposable } from '../disposable';
import { toRange } from './spans';

/**
 * Marks later copies of duplicated paragraphs; first occurrences stay clean. Decoration types
 * are created once; the decorator only reads stored results, for every visible editor, when
 * an analysis lands or the visible editors change.
 */
export class DuplicateDecorator extends Disposable {
  private readonly exactType: vscode.TextEditorDecorationType;
  private readonly nearType: vscode.TextEditorDecorationType;

  constructor(private readonly store: AnalysisStore, extensionUri: vscode.Uri) {
    super();
    const common = (background: string, ruler: string, icon: string): vscode.DecorationRenderOptions => ({
      isWholeLine: true,
      backgroundColor: new vscode.ThemeColor(background),
      overviewRulerColor: new vscode.ThemeColor(ruler),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
      gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', icon),
      gutterIconSize: 'contain',
    });
    this.exactType = this.register(
      vscode.window.createTextEditorDecorationType(common('newsAnnotator.duplicateBackground', 'newsAnnotator.duplicateRuler', 'duplicate-gutter.svg')),
    );
    this.nearType = this.register(
      vscode.window.createTextEditorDecorationType(common('newsAnnotator.nearDuplicateBackground', 'newsAnnotator.duplicateRuler', 'near-duplicate-gutter.svg')),
    );
    this.register(store.onDidChange((e) => this.renderDocument(e.document)));
    this.register(vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.render(e))));
    vscode.window.visibleTextEditors.forEach((e) => this.render(e));
  }

  private renderDocument(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document === document) this.render(editor);
    }
  }

  private render(editor: vscode.TextEditor): void {
    const state = this.store.state(editor.document);
    // While a new analysis runs, the old marks stay: they are replaced, not blinked off.
    if (state.kind === 'pending') return;
    const analysis = this.store.get(editor.document);
    const exact: vscode.Range[] = [];
    const near: vscode.Range[] = [];
    for (const copy of analysis?.duplicates.copies ?? []) {
      (copy.kind === 'exact' ? exact : near).push(toRange(editor.document, analysis!.paragraphs[copy.paragraph]));
    }
    editor.setDecorations(this.exactType, exact);
    editor.setDecorations(this.nearType, near);
  }
}
