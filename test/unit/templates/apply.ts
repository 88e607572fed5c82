import type { TextEdit } from '../../../src/core/types';

/** The text with one edit applied, and the cursor line's text with `|` at the cursor. */
export function apply(text: string, edit: TextEdit, cursor: { line: number; column: number }): { text: string; cursorLine: string } {
  const lines = text.split('\n');
  const offset = (p: { line: number; column: number }) => lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column - 1;
  const out = text.slice(0, offset(edit.range.start)) + edit.replacement + text.slice(offset(edit.range.end));
  const line = out.split('\n')[cursor.line - 1];
  return { text: out, cursorLine: `${line.slice(0, cursor.column - 1)}|${line.slice(cursor.column - 1)}` };
}
