import * as vscode from 'vscode';
import { AnalysisStore } from '../host/analysisStore';
import { ConfigService } from '../host/config';
import { Disposable } from '../host/disposable';

/**
 * Base of the decorators: they only read stored results, and re-render an editor when its
 * document's analysis lands or is mapped through an edit, when the visible editors change, or
 * when the settings do. While a new analysis runs, the last one shows, mapped through every
 * edit since: marks move with the text or go, and are never blinked off wholesale.
 */
export abstract class AnalysisDecorator extends Disposable {
  constructor(
    protected readonly store: AnalysisStore,
    protected readonly config: ConfigService,
  ) {
    super();
  }

  /** Renders one editor from the stored analysis of its document (or clears it). */
  protected abstract render(editor: vscode.TextEditor): void;

  /** Subscribes and renders the visible editors; subclasses call it once their decoration types exist. */
  protected start(): void {
    const settled = (editor: vscode.TextEditor) => {
      if (this.store.state(editor.document).kind !== 'pending') this.render(editor);
    };
    this.register(
      this.store.onDidChange((e) => {
        for (const editor of vscode.window.visibleTextEditors) {
          if (editor.document === e.document) settled(editor);
        }
      }),
    );
    this.register(this.config.onDidChange(() => vscode.window.visibleTextEditors.forEach(settled)));
    this.register(vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach(settled)));
    vscode.window.visibleTextEditors.forEach(settled);
  }
}
