import * as vscode from 'vscode';
import { AnalysisStore } from '../host/analysisStore';
import { copyAt, linesLabel } from './duplicateLookup';
import { toOffset, toPosition } from './spans';
import { md } from './text';


/** On a duplicate copy: which paragraph it repeats (a link to it) and, for a near copy, what differs. */
export class DuplicateHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: AnalysisStore) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.store.get(document);
    if (!analysis) return undefined;
    const info = copyAt(analysis, toOffset(document, position));
    if (!info) return undefined;
    const { copy, original, block } = info;
    const target = document.uri.with({ fragment: `L${original.line + 1}` });
    const where = `[${linesLabel(original, original)}](${target.toString()})`;
    const content = new vscode.MarkdownString();
    if (copy.kind === 'exact') {
      content.appendMarkdown(`${vscode.l10n.t('**Duplicate of** {0}: the same paragraph appears earlier.', where)}\n\n`);
    } else {
      content.appendMarkdown(`${vscode.l10n.t('**Near duplicate of** {0} ({1}% similar).', where, Math.round(copy.similarity * 100))}\n\n`);
      const changes = copy.changes
        .slice(0, 8)
        .map((c) => `${c.removed ? `~~${md(c.removed)}~~` : ''}${c.removed && c.added ? ' \u2192 ' : ''}${c.added ? `**${md(c.added)}**` : ''}`);
      content.appendMarkdown(`${vscode.l10n.t('What differs: {0}', `${changes.join(', ')}${copy.changes.length > 8 ? ', \u2026' : ''}`)}\n\n`);
    }
    if (block.copies.length > 1) {
      const ps = analysis.paragraphs;
      content.appendMarkdown(
        `${vscode.l10n.t(
          'Part of a block: {0} repeat {1}.',
          linesLabel(ps[block.copies[0]], ps[block.copies[block.copies.length - 1]]),
          linesLabel(ps[block.originals[0]], ps[block.originals[block.originals.length - 1]]),
        )}\n\n`,
      );
    }
    content.appendMarkdown(`_${vscode.l10n.t('News Annotator: use the quick fix (Ctrl+.) to remove copies.')}_`);
    return new vscode.Hover(content, document.validateRange(new vscode.Range(toPosition(document, info.paragraph.start), toPosition(document, info.paragraph.end))));
  }
}
