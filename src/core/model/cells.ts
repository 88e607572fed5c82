/**
 * A table row's cells: splitting a row into them, and reading them where they are: on the row's own line, or each on
 * a line of its own (an HTML row written `<tr>` / `<td>14:02</td>` / `<td>Alert fired</td>` / `</tr>`).
 */
import type { Range } from '../types';
import type { ScannedLine } from './scan';
import { lineRange, skipSpaces, spanRange, trimEnd } from './text';

/** One cell of a table row: 0-based string indices of its trimmed text. */
export interface Cell {
  start: number;
  end: number;
  /** The 0-based line the cell is on when that is not its row's line (an HTML row whose cells are on lines of their own). */
  line?: number;
}

const DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** A GitHub table delimiter row (`| --- | :---: |`). */
export function isDelimiterRow(line: string): boolean {
  return line.includes('|') && line.includes('-') && DELIMITER.test(line);
}

const BACKSLASH = 92;

/** Splits a table row into trimmed cells, honouring `\|` and pipes inside code spans. */
export function splitCells(line: string): Cell[] {
  const cells: Cell[] = [];
  let i = skipSpaces(line, 0);
  const end = trimEnd(line, 0);
  if (line[i] === '|') i++;
  if (i > end) return cells;
  let cellStart = i;
  let inCode = false;
  // Only pipes and backticks matter: jump from one to the next rather than visiting every character of every row.
  let pipe = line.indexOf('|', i);
  let tick = line.indexOf('`', i);
  for (;;) {
    const at = Math.min(pipe < 0 ? end : pipe, tick < 0 ? end : tick, end);
    if (at === end) {
      // The end of the row closes the last cell, unless it is empty after a closing pipe.
      if (!(cellStart >= end && cells.length > 0)) {
        const s = skipSpaces(line, cellStart, end);
        cells.push({ start: s, end: trimEnd(line, s, end) });
      }
      return cells;
    }
    if (at === tick) {
      inCode = !inCode;
      tick = line.indexOf('`', at + 1);
      continue;
    }
    if (!inCode && line.charCodeAt(at - 1) !== BACKSLASH) {
      const s = skipSpaces(line, cellStart, at);
      cells.push({ start: s, end: trimEnd(line, s, at) });
      cellStart = at + 1;
    }
    pipe = line.indexOf('|', at + 1);
  }
}

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
