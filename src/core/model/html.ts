/**
 * HTML blocks written in Markdown on lines of their own, as exported pages and hand-written HTML reports hold them
 * (`<h2>Timeline</h2>`, `<li><strong>08:00 AM:</strong> ...</li>`, `<p><strong>Duration:</strong> 4h</p>`,
 * `<tr><td>14:02</td><td>...</td></tr>`): the heading, list item, line of text or table row each stands for, and where
 * its content is inside the tags.
 */
import type { Cell } from './scan';
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

/** A row of an HTML table written on one line: its cells' content spans, and whether they are header cells. */
export interface HtmlRow {
  cells: Cell[];
  header: boolean;
}

/**
 * The row an HTML line holds when it opens with `<tr>` and has its cells on the same line
 * (`<tr><td>14:02</td><td>Alert fired</td></tr>`), or undefined. A row whose cells are on lines of their own is not
 * read: its lines stay text.
 */
export function htmlRow(line: string): HtmlRow | undefined {
  const start = skipSpaces(line, 0);
  const end = trimEnd(line, start);
  const lower = line.slice(0, end).toLowerCase();
  // A letter whose lower case is longer would shift every index after it: such a row is not read.
  if (lower.length !== end || !lower.startsWith('<tr', start) || (lower[start + 3] !== '>' && lower[start + 3] !== ' ')) return undefined;
  const cells: Cell[] = [];
  let header = false;
  for (let open = lower.indexOf('<t', start + 3); open >= 0; open = lower.indexOf('<t', open + 2)) {
    const kind = lower[open + 2];
    if ((kind !== 'd' && kind !== 'h') || (lower[open + 3] !== '>' && lower[open + 3] !== ' ')) continue;
    const after = lower.indexOf('>', open + 3);
    if (after < 0) break;
    const close = lower.indexOf(`</t${kind}>`, after + 1);
    const cellEnd = trimEnd(line, after + 1, close < 0 ? end : close);
    cells.push({ start: skipSpaces(line, after + 1, cellEnd), end: cellEnd });
    header ||= kind === 'h';
    if (close < 0) break;
    open = close;
  }
  return cells.length > 0 ? { cells, header } : undefined;
}
