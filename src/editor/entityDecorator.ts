import * as vscode from 'vscode';
import type { EntityType } from '../analysis/types';
import { AnalysisStore } from '../host/analysisStore';
import { ConfigService, ENTITY_TYPES, TypeLabels, typeShown } from '../host/config';
import { AnalysisDecorator } from './decorator';
import { TYPE_CUES } from './entityLookup';
import { toRange } from './spans';

/** Whether mentions carry their type label: on request, or by default in high-contrast themes. */
export function typeLabelsShown(setting: TypeLabels, theme: vscode.ColorThemeKind): boolean {
  const highContrast = theme === vscode.ColorThemeKind.HighContrast || theme === vscode.ColorThemeKind.HighContrastLight;
  return setting === 'on' || (setting === 'auto' && highContrast);
}

/** Whether a person has looked at an annotation: accepted or corrected it (machine guesses and rejections are not). */
function reviewed(status: string | undefined): boolean {
  return status === 'accepted' || status === 'corrected';
}

/** A type's colours: the theme's for built-in types, the setting's for a person's own types. */
interface TypeStyle {
  background: string | vscode.ThemeColor;
  border: string | vscode.ThemeColor;
  cue: string;
}

/**
 * Highlights entity mentions, two decoration types per entity type (created once; a person's own
 * types when the setting names them): machine guesses with a thin solid underline, mentions a
 * person accepted or corrected with a double one. Quotes get a subtle border: dotted for the
 * machine's, dashed once a person checked them. With type labels on, each mention is followed by its type's label. Marks
 * never grow over text typed at their edges (the store maps or drops them on each edit).
 */
export class EntityDecorator extends AnalysisDecorator {
  /** Per type: [machine guess, reviewed]. */
  private readonly types = new Map<string, { style: TypeStyle; kinds: [vscode.TextEditorDecorationType, vscode.TextEditorDecorationType] }>();
  private readonly quoteTypes: [vscode.TextEditorDecorationType, vscode.TextEditorDecorationType];
  private userTypesKey = '';

  constructor(store: AnalysisStore, config: ConfigService) {
    super(store, config);
    for (const type of ENTITY_TYPES) {
      this.addType(type, { background: new vscode.ThemeColor(`newsAnnotator.${type}Background`), border: new vscode.ThemeColor(`newsAnnotator.${type}Border`), cue: TYPE_CUES[type] });
    }
    const quote = (style: string, width: string) =>
      this.register(
        vscode.window.createTextEditorDecorationType({
          backgroundColor: new vscode.ThemeColor('newsAnnotator.quoteBackground'),
          borderColor: new vscode.ThemeColor('newsAnnotator.quoteBorder'),
          borderStyle: `none none ${style} none`,
          borderWidth: `0 0 ${width} 0`,
          rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        }),
      );
    this.quoteTypes = [quote('dotted', '1px'), quote('dashed', '2px')];
    this.syncUserTypes();
    this.register(config.onDidChange(() => this.syncUserTypes()));
    this.register(vscode.window.onDidChangeActiveColorTheme(() => vscode.window.visibleTextEditors.forEach((e) => this.render(e))));
    this.start();
  }

  private addType(type: string, style: TypeStyle): void {
    const make = (border: string, width: string) =>
      vscode.window.createTextEditorDecorationType({
        backgroundColor: style.background,
        borderColor: style.border,
        borderStyle: `none none ${border} none`,
        borderWidth: `0 0 ${width} 0`,
        borderRadius: '2px',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
    this.types.set(type, { style, kinds: [make('solid', '1px'), make('double', '3px')] });
  }

  /** (Re)creates the decoration types of a person's own entity types after the setting changed. */
  private syncUserTypes(): void {
    const own = this.config.current.entities.userTypes;
    const key = JSON.stringify(own);
    if (key === this.userTypesKey) return;
    this.userTypesKey = key;
    for (const [type, entry] of [...this.types]) {
      if (ENTITY_TYPES.includes(type as EntityType)) continue;
      entry.kinds.forEach((k) => k.dispose());
      this.types.delete(type);
    }
    for (const [type, spec] of Object.entries(own)) this.addType(type, { background: translucent(spec.color), border: spec.color, cue: spec.label });
  }

  /** A type found in an analysis but named in no setting (a file from a colleague): neutral colours. */
  private styleOf(type: string): { style: TypeStyle; kinds: [vscode.TextEditorDecorationType, vscode.TextEditorDecorationType] } {
    let entry = this.types.get(type);
    if (!entry) {
      this.addType(type, { background: new vscode.ThemeColor('editor.wordHighlightBackground'), border: new vscode.ThemeColor('editorInfo.foreground'), cue: type.toUpperCase() });
      entry = this.types.get(type)!;
    }
    return entry;
  }

  protected render(editor: vscode.TextEditor): void {
    const analysis = this.store.get(editor.document);
    const settings = this.config.current;
    const labels = typeLabelsShown(settings.entities.typeLabels, vscode.window.activeColorTheme.kind);
    const marks = new Map<vscode.TextEditorDecorationType, vscode.DecorationOptions[]>();
    for (const entry of this.types.values()) entry.kinds.forEach((k) => marks.set(k, []));
    if (analysis && settings.entities.highlight) {
      for (const e of analysis.entities) {
        if (!typeShown(settings, e.type)) continue;
        const { style, kinds } = this.styleOf(e.type);
        if (!marks.has(kinds[0])) kinds.forEach((k) => marks.set(k, []));
        // The label is an instance option: the decoration types stay the same whether it shows or not.
        const after: vscode.DecorationInstanceRenderOptions | undefined = labels
          ? { after: { contentText: style.cue, color: style.border, margin: '0 0 0 0.25em', fontWeight: 'bold' } }
          : undefined;
        for (const m of e.mentions) marks.get(kinds[reviewed(m.status ?? e.status) ? 1 : 0])!.push({ range: toRange(editor.document, m), renderOptions: after });
      }
    }
    for (const [decoration, list] of marks) editor.setDecorations(decoration, list);
    const quotes: [vscode.Range[], vscode.Range[]] = [[], []];
    if (analysis && settings.quotes.highlight) for (const q of analysis.quotes) quotes[reviewed(q.status) ? 1 : 0].push(toRange(editor.document, q));
    editor.setDecorations(this.quoteTypes[0], quotes[0]);
    editor.setDecorations(this.quoteTypes[1], quotes[1]);
  }

  override dispose(): void {
    for (const entry of this.types.values()) entry.kinds.forEach((k) => k.dispose());
    this.types.clear();
    super.dispose();
  }
}

/** A CSS colour made faint for a background: `#rrggbb` gets an alpha; other forms are used as a border only. */
function translucent(color: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? `${color}26` : /^#[0-9a-f]{3}$/i.test(color) ? `${color}2` : 'transparent';
}
