// The one place where core positions (1-based line and column, UTF-16 columns, end exclusive) meet
// VS Code's (0-based): every other file converts through these functions, so an off-by-one can live only here.
import * as vscode from 'vscode';
import type { Position, Range } from '../core/types';

/** A core 1-based position as a `vscode.Position`. */
export function toVscodePosition(p: Position): vscode.Position {
  return new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
}

/** A core 1-based range as a `vscode.Range`. */
export function toVscodeRange(r: Range): vscode.Range {
  return new vscode.Range(toVscodePosition(r.start), toVscodePosition(r.end));
}

/** A `vscode.Position` as a core 1-based position. */
export function fromVscodePosition(p: vscode.Position): Position {
  return { line: p.line + 1, column: p.character + 1 };
}

/** A `vscode.Range` as a core 1-based range. */
export function fromVscodeRange(r: vscode.Range): Range {
  return { start: fromVscodePosition(r.start), end: fromVscodePosition(r.end) };
}
