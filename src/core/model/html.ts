/**
 * HTML blocks written in Markdown on lines of their own, as exported pages and hand-written HTML reports hold them
 * (`<h2>Timeline</h2>`, `<li><strong>08:00 AM:</strong> ...</li>`, `<p><strong>Duration:</strong> 4h</p>`,
 * `<tr><td>14:02</td><td>...</td></tr>`): the heading, list item, line of text or table row each stands for, and where
 * its content is inside the tags.
 */
import type { Cell } from './cells';
import { skipSpaces, trimEnd } from './text';

/** What an HTML line stands for: its kind, heading level, and its content's 0-based span inside the tags. */
export interface HtmlBlock {
  kind: 'heading' | 'list' | 'text';
  level?: number;
  contentStart: number;
  contentEnd: number;
}

/** An opening heading, list item or paragraph tag, maybe with attributes (`<h1 align="center">`), read where it starts. */
const OPENING = /<(h[1-6]|li|p)(?:[ \t][^>]*)?>/iy;

/**
 * The block an HTML line at `start` (its first character a `<`) stands for, or undefined. A heading needs its closing
 * tag on the same line (`<h1 align="center">` over a logo is no title); a list item or paragraph may wrap on (its
 * content then runs to the end of the line). A tag with nothing after it is left as it was read: a line of text.
 */
export function htmlBlock(line: string, start: number, end: number): HtmlBlock | undefined {
  OPENING.lastIndex = start;
  const open = OPENING.exec(line);
  if (!open) return undefined;
  const tag = open[1].toLowerCase();
  const close = `</${tag}>`;
  const after = start + open[0].length;
  const closed = end - close.length >= after && line.slice(end - close.length, end).toLowerCase() === close;
  if (tag[0] === 'h' && !closed) return undefined;
  const contentEnd = trimEnd(line, after, closed ? end - close.length : end);
  const contentStart = skipSpaces(line, after, contentEnd);
  if (contentStart === contentEnd) return undefined;
  if (tag[0] === 'h') return { kind: 'heading', level: Number(tag[1]), contentStart, contentEnd };
  return { kind: tag === 'li' ? 'list' : 'text', contentStart, contentEnd };
}

/** A row of an HTML table: its cells' content spans, and whether they are header cells. */
export interface HtmlRow {
  cells: Cell[];
  header: boolean;
}

/**
 * The row an HTML line holds when it opens with `<tr>` and has its cells on the same line
 * (`<tr><td>14:02</td><td>Alert fired</td></tr>`), or undefined. A row whose cells are on lines of their own is read
 * by `htmlRowOver`.
 */
export function htmlRow(line: string): HtmlRow | undefined {
  const start = skipSpaces(line, 0);
  const end = trimEnd(line, start);
  const lower = lowered(line, end);
  if (lower === undefined || !lower.startsWith('<tr', start) || (lower[start + 3] !== '>' && lower[start + 3] !== ' ')) return undefined;
  const row: HtmlRow = { cells: [], header: false };
  readCells(line, lower, start + 3, end, row);
  return row.cells.length > 0 ? row : undefined;
}

/** The line in lower case up to `end`; undefined when a letter's lower case is longer (it would shift every index after it). */
function lowered(line: string, end: number): string | undefined {
  const lower = line.slice(0, end).toLowerCase();
  return lower.length === end ? lower : undefined;
}

/** Adds the `<td>`/`<th>` cells of `line` from `from` to the row; false when a cell is not closed on the line. */
function readCells(line: string, lower: string, from: number, end: number, row: HtmlRow, cellLine?: number): boolean {
  for (let open = lower.indexOf('<t', from); open >= 0; open = lower.indexOf('<t', open + 2)) {
    const kind = lower[open + 2];
    if ((kind !== 'd' && kind !== 'h') || (lower[open + 3] !== '>' && lower[open + 3] !== ' ')) continue;
    const after = lower.indexOf('>', open + 3);
    if (after < 0) return false;
    const close = lower.indexOf(`</t${kind}>`, after + 1);
    const cellEnd = trimEnd(line, after + 1, close < 0 ? end : close);
    const cell: Cell = { start: skipSpaces(line, after + 1, cellEnd), end: cellEnd };
    if (cellLine !== undefined) cell.line = cellLine;
    row.cells.push(cell);
    row.header ||= kind === 'h';
    if (close < 0) return false;
    open = close;
  }
  return true;
}

/** How many lines a row whose cells are on lines of their own may take: a row of a report has a few cells. */
const MAX_ROW_LINES = 24;

/**
 * The row an HTML table writes over several lines, its `<tr>` alone on line `i` and each of its cells on lines of
 * their own up to a `</tr>` line (`<tr>` / `  <td>14:02</td>` / `  <td>Alert fired</td>` / `</tr>`): its cells, each
 * with its line, and the index of its `</tr>` line. Undefined when a line between holds anything else or a cell
 * that is not closed on its line.
 */
export function htmlRowOver(lines: readonly string[], i: number): (HtmlRow & { last: number }) | undefined {
  // `<tr` told by its characters first: most lines opening with a tag are none
  const at = skipSpaces(lines[i], 0);
  if ((lines[i].charCodeAt(at + 1) | 0x20) !== 0x74 || (lines[i].charCodeAt(at + 2) | 0x20) !== 0x72) return undefined;
  const open = lines[i].trim().toLowerCase();
  if (open !== '<tr>' && !(open.startsWith('<tr ') && open.endsWith('>'))) return undefined;
  const row: HtmlRow = { cells: [], header: false };
  for (let j = i + 1; j < lines.length && j <= i + MAX_ROW_LINES; j++) {
    const line = lines[j];
    const start = skipSpaces(line, 0);
    const end = trimEnd(line, start);
    const lower = lowered(line, end);
    if (lower === undefined) return undefined;
    if (lower.startsWith('</tr>', start)) return row.cells.length > 0 && end === start + 5 ? { ...row, last: j } : undefined;
    if (!lower.startsWith('<t', start) || !readCells(line, lower, start, end, row, j) || !lower.endsWith('>')) return undefined;
  }
  return undefined;
}
