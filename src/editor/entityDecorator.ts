import * as vscode from 'vscode';
import type { EntityType } from '../analysis/types';
import { AnalysisStore } from '../host/analysisStore';
import { ConfigService, ENTITY_TYPES, TypeLabels } from '../host/config';
import { AnalysisDecorator } from './decorator';
import { TYPE_CUES } from './entityLookup';
import { toRange } from './spans';

/** Whether mentions carry their type label: on request, or by default in high-contrast themes. */
export function typeLabelsShown(setting: TypeLabels, theme: vscode.ColorThemeKind): boolean {
  const highContrast = theme === vscode.ColorThemeKind.HighContrast || theme === vscode.ColorThemeKind.HighContrastLight;
  return setting === 'on' || (setting === 'auto' && highContrast);
}

/**
 * Highlights entity mentions, one decoration type per entity type (created once), and quotes
 * with a subtle border; with type labels on, each mention is followed by its type's label.
 * Marks never grow over text typed at their edges (the store maps or drops them on each edit).
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
    this.register(vscode.window.onDidChangeActiveColorTheme(() => vscode.window.visibleTextEditors.forEach((e) => this.render(e))));
    this.start();
  }

  protected render(editor: vscode.TextEditor): void {
    const analysis = this.store.get(editor.document);
    const settings = this.config.current;
    const labels = typeLabelsShown(settings.entities.typeLabels, vscode.window.activeColorTheme.kind);
    for (const [type, decoration] of this.types) {
      const shown = analysis && settings.entities.highlight && settings.entities.shownTypes.includes(type);
      // The label is an instance option: the decoration types stay the same whether it shows or not.
      const after: vscode.DecorationInstanceRenderOptions | undefined = labels
        ? { after: { contentText: TYPE_CUES[type], color: new vscode.ThemeColor(`newsAnnotator.${type}Border`), margin: '0 0 0 0.25em', fontWeight: 'bold' } }
        : undefined;
      const marks = shown
        ? analysis.entities.filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => ({ range: toRange(editor.document, m), renderOptions: after })))
        : [];
      editor.setDecorations(decoration, marks);
    }
    const quotes = analysis && settings.quotes.highlight ? analysis.quotes.map((q) => toRange(editor.document, q)) : [];
    editor.setDecorations(this.quoteType, quotes);
  }
}
