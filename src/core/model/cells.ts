/**
 * Reading a table row's cells where they are: on the row's own line, or each on a line of its own (an HTML row
 * written `<tr>` / `<td>14:02</td>` / `<td>Alert fired</td>` / `</tr>`).
 */
import type { Range } from '../types';
import type { Cell, ScannedLine } from './scan';
import { lineRange, spanRange } from './text';

/** The 0-based line a cell of the row on line `row` is on. */
export function cellLine(row: number, cell: Cell): number {
  return cell.line ?? row;
}

/** The text of a cell of the row on line `row`. */
export function cellText(lines: readonly string[], row: number, cell: Cell): string {
  return lines[cell.line ?? row].slice(cell.start, cell.end);
}

/** The range of the table row on line `row`: its content, or from its `<tr>` to the end of its last cell. */
export function rowRange(row: number, s: ScannedLine): Range {
  const last = s.cells?.[s.cells.length - 1];
  return last?.line === undefined ? lineRange(row, s.contentStart, s.contentEnd) : spanRange(row, s.contentStart, last.line, last.end);
}
