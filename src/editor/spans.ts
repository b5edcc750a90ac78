import * as vscode from 'vscode';
import type { Span } from '../analysis/types';

/** The only place where analysis offsets (UTF-16, end exclusive) and editor positions convert. */

export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** The offset of a position, for looking things up in an analysis. */
export function toOffset(document: vscode.TextDocument, position: vscode.Position): number {
  return document.offsetAt(position);
}

/** The position of an offset, for moving a cursor or building a selection. */
export function toPosition(document: vscode.TextDocument, offset: number): vscode.Position {
  return document.positionAt(offset);
}

/** The offsets shown in the document's visible editors, with `margin` lines around them. */
export function visibleSpan(document: vscode.TextDocument, margin: number): Span | undefined {
  const ranges = vscode.window.visibleTextEditors.filter((e) => e.document === document).flatMap((e) => e.visibleRanges);
  if (!ranges.length) return undefined;
  const first = Math.max(0, Math.min(...ranges.map((r) => r.start.line)) - margin);
  const last = Math.min(document.lineCount - 1, Math.max(...ranges.map((r) => r.end.line)) + margin);
  return { start: document.offsetAt(new vscode.Position(first, 0)), end: document.offsetAt(document.lineAt(last).range.end) };
}

/** The length of a document's text in UTF-16 code units, without copying the text. */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}
