import * as vscode from 'vscode';
import type { Span } from '../analysis/types';

/** The only place where analysis offsets (UTF-16, end exclusive) become editor ranges. */
export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** The offset of a position, for looking things up in an analysis. */
export function toOffset(document: vscode.TextDocument, position: vscode.Position): number {
  return document.offsetAt(position);
}
