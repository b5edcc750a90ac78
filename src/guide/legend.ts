import * as vscode from 'vscode';
import type { EntityType } from '../analysis/types';
import { ConfigService, ENTITY_TYPES } from '../host/config';
import { Disposable } from '../host/disposable';
import { TYPE_CUES, typeLabel } from '../editor/entityLookup';
import { typeLabelsShown } from '../editor/entityDecorator';
import { LegendType, legendHtml } from './legendHtml';

/** Example words drawn with each built-in type's mark (made up, not from any article). */
const EXAMPLES: Record<EntityType, string> = {
  person: 'Maria Lopez',
  organization: 'City Council',
  place: 'Lisbon',
  nationality: 'Portuguese',
  date: 'Tuesday',
  misc: 'World Cup',
};

/** The entity types a legend shows: the built-in ones, then a person's own (from the setting) in name order. */
export function legendTypes(config: ConfigService): LegendType[] {
  const own = config.current.entities.userTypes;
  return [
    ...ENTITY_TYPES.map((type) => ({ type, name: typeLabel(type), label: TYPE_CUES[type], example: EXAMPLES[type] })),
    ...Object.keys(own)
      .sort()
      .map((type) => ({ type, name: `${typeLabel(type)} (your own type)`, label: own[type].label, example: typeLabel(type), color: own[type].color })),
  ];
}

/** "News: Show Legend": one read-only page with every mark; redrawn when the theme or the settings change. */
export class Legend extends Disposable {
  private panel: vscode.WebviewPanel | undefined;

  constructor(private readonly config: ConfigService, private readonly extensionUri: vscode.Uri) {
    super();
    this.register(vscode.commands.registerCommand('newsAnnotator.showLegend', () => this.show()));
    this.register(config.onDidChange(() => this.render()));
    this.register(vscode.window.onDidChangeActiveColorTheme(() => this.render()));
  }

  show(): vscode.WebviewPanel {
    if (this.panel) {
      this.panel.reveal();
      return this.panel;
    }
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel('newsAnnotator.legend', vscode.l10n.t('News Annotator Legend'), vscode.ViewColumn.Active, {
      enableScripts: false,
      localResourceRoots: [media],
    });
    this.panel = panel;
    panel.onDidDispose(() => (this.panel = undefined));
    this.render();
    return panel;
  }

  private render(): void {
    const panel = this.panel;
    if (!panel) return;
    const icon = (name: string) => panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', name)).toString();
    panel.webview.html = legendHtml({
      types: legendTypes(this.config),
      labelsShown: typeLabelsShown(this.config.current.entities.typeLabels, vscode.window.activeColorTheme.kind),
      gutterIcons: { exact: icon('duplicate-gutter.svg'), near: icon('near-duplicate-gutter.svg') },
      nonce: nonce(),
      cspSource: panel.webview.cspSource,
    });
  }

  override dispose(): void {
    this.panel?.dispose();
    super.dispose();
  }
}

/** A fresh nonce for the style sheet (Web Crypto: also there in VS Code for the Web). */
function nonce(): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
