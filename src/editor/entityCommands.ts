import * as vscode from 'vscode';
import type { EntityType } from '../analysis/types';
import { AnalysisStore } from '../host/analysisStore';
import { ConfigService, ENTITY_TYPES } from '../host/config';
import { mentionAt, typeLabel } from './entityLookup';
import { toOffset, toRange } from './spans';

/** Commands on entities: toggle highlights, choose shown types, move between mentions. */
export class EntityCommands {
  constructor(private readonly store: AnalysisStore, private readonly config: ConfigService) {}

  /** "News: Toggle Entity Highlights". */
  async toggleHighlights(): Promise<void> {
    await this.config.update('entities.highlight', !this.config.current.entities.highlight);
  }

  /** "News: Choose Shown Entity Types": a multi-select quick pick. */
  async chooseTypes(): Promise<void> {
    const shown = this.config.current.entities.shownTypes;
    const picked = await vscode.window.showQuickPick(
      ENTITY_TYPES.map((type) => ({ label: typeLabel(type), type, picked: shown.includes(type) })),
      { canPickMany: true, title: vscode.l10n.t('News: show which entity types?') },
    );
    if (!picked) return;
    const types: EntityType[] = picked.map((p) => p.type);
    await this.config.update('entities.shownTypes', types);
  }

  /** "News: Go to Next/Previous Mention of Entity": the entity under the cursor, wrapping around. */
  async goToMention(direction: 1 | -1): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const analysis =
      editor &&
      (await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('News Annotator: analysing the article…') }, () =>
        this.store.analyzeNow(editor.document),
      ));
    const ref = editor && analysis && mentionAt(analysis, toOffset(editor.document, editor.selection.active));
    if (!editor || !ref) {
      void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: put the cursor on a highlighted name first.'));
      return;
    }
    const mentions = ref.entity.mentions;
    const i = mentions.indexOf(ref.mention);
    const target = mentions[(i + direction + mentions.length) % mentions.length];
    const range = toRange(editor.document, target);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
