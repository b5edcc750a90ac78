import * as vscode from 'vscode';
import { AnalysisStore } from '../host/analysisStore';
import { ConfigService } from '../host/config';
import { AnalysisDecorator } from './decorator';
import { toRange } from './spans';

/**
 * Marks later copies of duplicated paragraphs; first occurrences stay clean. Decoration types
 * are created once.
 */
export class DuplicateDecorator extends AnalysisDecorator {
  private readonly exactType: vscode.TextEditorDecorationType;
  private readonly nearType: vscode.TextEditorDecorationType;

  constructor(store: AnalysisStore, config: ConfigService, extensionUri: vscode.Uri) {
    super(store, config);
    const common = (background: string, ruler: string, icon: string): vscode.DecorationRenderOptions => ({
      isWholeLine: true,
      backgroundColor: new vscode.ThemeColor(background),
      overviewRulerColor: new vscode.ThemeColor(ruler),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
      gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', icon),
      gutterIconSize: 'contain',
      // Text typed at a copy's edge is not part of the copy: the mark must not grow over it.
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
    this.exactType = this.register(
      vscode.window.createTextEditorDecorationType(common('newsAnnotator.duplicateBackground', 'newsAnnotator.duplicateRuler', 'duplicate-gutter.svg')),
    );
    this.nearType = this.register(
      vscode.window.createTextEditorDecorationType(common('newsAnnotator.nearDuplicateBackground', 'newsAnnotator.duplicateRuler', 'near-duplicate-gutter.svg')),
    );
    this.start();
  }

  protected render(editor: vscode.TextEditor): void {
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
