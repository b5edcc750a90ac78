import * as vscode from 'vscode';
import type { EntityType } from '../analysis/types';
import { AnalysisStore } from '../host/analysisStore';
import { ConfigService, ENTITY_TYPES } from '../host/config';
import { AnalysisDecorator } from './decorator';
import { toRange } from './spans';

/**
 * Highlights entity mentions, one decoration type per entity type (created once), and quotes
 * with a subtle border. Marks never grow over text typed at their edges (the store maps or
 * drops them on each edit).
 */
export class EntityDecorator extends AnalysisDecorator {
  private readonly types = new Map<EntityType, vscode.TextEditorDecorationType>();
  private readonly quoteType: vscode.TextEditorDecorationType;

  constructor(store: AnalysisStore, config: ConfigService) {
    super(store, config);
    for (const type of ENTITY_TYPES) {
      this.types.set(
        type,
        this.register(
          vscode.window.createTextEditorDecorationType({
            backgroundColor: new vscode.ThemeColor(`newsAnnotator.${type}Background`),
            borderColor: new vscode.ThemeColor(`newsAnnotator.${type}Border`),
            borderStyle: 'none none solid none',
            borderWidth: '0 0 1px 0',
            borderRadius: '2px',
            rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
          }),
        ),
      );
    }
    this.quoteType = this.register(
      vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor('newsAnnotator.quoteBackground'),
        borderColor: new vscode.ThemeColor('newsAnnotator.quoteBorder'),
        borderStyle: 'none none dotted none',
        borderWidth: '0 0 1px 0',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    );
    this.start();
  }

  protected render(editor: vscode.TextEditor): void {
    const analysis = this.store.get(editor.document);
    const settings = this.config.current;
    for (const [type, decoration] of this.types) {
      const shown = analysis && settings.entities.highlight && settings.entities.shownTypes.includes(type);
      const ranges = shown
        ? analysis.entities.filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => toRange(editor.document, m)))
        : [];
      editor.setDecorations(decoration, ranges);
    }
    const quotes = analysis && settings.quotes.highlight ? analysis.quotes.map((q) => toRange(editor.document, q)) : [];
    editor.setDecorations(this.quoteType, quotes);
  }
}
