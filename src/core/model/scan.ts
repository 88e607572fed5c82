/**
 * A line-based block scanner: classifies every line once (headings, lists, tables, fences, comments),
 * so the readers of fields, sections, timeline and action items never look inside code or comments.
 */
import { lineRecords, lineSlot, perLine, type LineRecord } from '../cache';
import { htmlBlock, htmlRow, htmlRowOver, type HtmlRow } from './html';
import type { QuotingFence } from './quoting-fence';
import { plain } from './scanned';
import { skipSpaces, trimEnd } from './text';
import { isDelimiterRow, splitCells, type Cell } from './cells';
import { closesFence, openingFence } from './fences';
import { isWikiMarkup, readWikiMarkup } from './wiki';

/**
 * What a line is. `code`, `fence`, `comment`, `rule`, `underline` and `frontmatter` lines carry no content; a `cell`
 * line holds cells of the HTML table row whose `<tr>` line is above it, read through that row.
 */
export type LineKind =
  | 'blank' | 'heading' | 'underline' | 'rule' | 'fence' | 'code' | 'comment' | 'frontmatter'
  | 'list' | 'table' | 'delimiter' | 'text' | 'cell';

/** A classified line. Indices are 0-based into the line string. */
export interface ScannedLine {
  kind: LineKind;
  /** Start and end (exclusive, trailing whitespace dropped) of the content: heading text, list item text, line text. */
  contentStart: number;
  contentEnd: number;
  /** Heading level (1-6). */
  level?: number;
  /** List marker (`-`, `*`, `+`, `•`, `1.`, an HTML `<li>`) and its index. */
  marker?: string;
  markerStart?: number;
  /** `[ ]` or `[x]` after the list marker. */
  checked?: boolean;
  /** Table rows: the table they belong to (index of its header line) and their cells. */
  tableStart?: number;
  cells?: Cell[];
  /** An HTML table's row of header cells (`<tr><th>Time</th>...`): it names columns, as a row over `|---|` does. */
  header?: boolean;
  /** What the per-line memos remember of this line's text (see `lineRecords`). */
  record: LineRecord;
}

const ATX = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** Bullets that open a list item when a blank or the end of the line follows (`•` opens one even without). */
const BULLETS = '-*+•·◦‣▪–';
const CHECKBOX = /^\[([ xX])\](?=[ \t]|$)/;
const CLOSING_HASHES = /[ \t]+#+[ \t]*$/;
const ONLY_HASHES = /^#+$/;

/**
 * The list marker opening a line whose first non-blank character is at `start`: a bullet, or 1-9 digits and `.` or
 * `)`, followed by a blank or the end of the line; a `•` even when glued to the text. Read by hand rather than with a
 * pattern: it runs for most lines of a document.
 */
function listMarker(line: string, start: number): string | undefined {
  const c = line.charCodeAt(start);
  let end = start;
  if (BULLETS.includes(line[start])) end = start + 1;
  else if (c >= 0x30 && c <= 0x39) {
    while (end < line.length && end - start <= 9 && line.charCodeAt(end) >= 0x30 && line.charCodeAt(end) <= 0x39) end++;
    end = end - start <= 9 && (line[end] === '.' || line[end] === ')') ? end + 1 : start;
  }
  const after = line.charCodeAt(end);
  if (end > start && (end === line.length || after === 32 || after === 9)) return line.slice(start, end);
  return line[start] === '•' ? '•' : undefined;
}

/** The end of a line's content before a trailing `<!-- ... -->` comment (notes and markers are not content). */
function withoutTrailingComment(line: string, start: number, end: number): number {
  if (end - start < 8 || !line.startsWith('-->', end - 3)) return end;
  const open = line.lastIndexOf('<!--', end - 3);
  return open > start ? trimEnd(line, start, open) : end;
}

/**
 * True when a line whose content opens with `first` and ends before `end` is a setext underline (`===`, `---`). Such a
 * line ends with the character it opens with: a list item (`- 14:02 ...`) is told apart without the pattern.
 */
function isUnderline(line: string, first: string, end: number): boolean {
  return (first === '=' || first === '-') && line[end - 1] === first && UNDERLINE.test(line);
}

/** An ATX heading or a thematic break opening at `start`, or undefined. */
function headingOrRule(line: string, start: number, end: number, first: string, record: LineRecord): ScannedLine | undefined {
  if (start >= 4) return undefined;
  if (first === '#') {
    const atx = ATX.exec(line);
    if (atx) {
      const textStart = Math.min(skipSpaces(line, atx[0].length), end);
      let textEnd = end;
      const closing = line[end - 1] === '#' ? CLOSING_HASHES.exec(line.slice(textStart, end + 1)) : null;
      if (closing) textEnd = trimEnd(line, textStart, textStart + closing.index);
      else if (ONLY_HASHES.test(line.slice(textStart, end))) textEnd = textStart;
      return { kind: 'heading', level: atx[1].length, contentStart: textStart, contentEnd: textEnd, record };
    }
  }
  if ((first === '-' || first === '*' || first === '_') && line[end - 1] === first && RULE.test(line)) return plain('rule', start, end, record);
  return undefined;
}

/** A list item (marker, checkbox, content) or a line of text. */
function itemOrText(line: string, start: number, end: number, record: LineRecord): ScannedLine {
  const marker = listMarker(line, start);
  if (marker === undefined) return plain('text', start, end, record);
  const markerStart = start;
  let contentStart = skipSpaces(line, markerStart + marker.length);
  let checked: boolean | undefined;
  if (line[contentStart] === '[') {
    const box = CHECKBOX.exec(line.slice(contentStart, contentStart + 4));
    if (box) {
      checked = box[1] !== ' ';
      contentStart = skipSpaces(line, contentStart + 3);
    }
  }
  return { kind: 'list', marker, markerStart, contentStart, contentEnd: Math.max(contentStart, end), checked, record };
}

/**
 * A line read without its neighbours, as `scanLines` reads it outside front matter, fences, comments and tables:
 * blank, an ATX heading, a thematic break, a list item or text. Null when its kind may depend on the lines around it
 * (a pipe, a fence or comment opener, a setext underline), or it opens with an HTML tag.
 */
function readAlone(line: string, record: LineRecord): ScannedLine | null {
  const start = skipSpaces(line, 0);
  const end = withoutTrailingComment(line, start, trimEnd(line, start));
  if (start === end) return plain('blank', start, end, record);
  if (line.includes('|')) return null;
  const first = line[start];
  // An HTML tag may open a block at any indent (`    <li>` in a nested HTML list).
  if (first === '<' || (start < 4 && (first === '`' || first === '~' || (isUnderline(line, first, end))))) return null;
  return headingOrRule(line, start, end, first, record) ?? itemOrText(line, start, end, record);
}

/** `readAlone` of a line, kept in its record (reads only its line): the same object serves every check until the line changes. */
const alone = lineSlot<ScannedLine | null>();

/**
 * Classifies every line; `frontMatterEnd` is the 0-based index of the closing front matter line, or -1. The lines of
 * a fence `quoting` the whole document are fence lines, and the lines between them are read as the Markdown they quote.
 */
export function scanLines(lines: string[], frontMatterEnd: number, quoting?: QuotingFence): ScannedLine[] {
  const out: ScannedLine[] = new Array(lines.length);
  const records = lineRecords(lines);
  // the run of the open fence (```` ``` ````), or undefined
  let fence: string | undefined;
  let inComment = false;
  let tableStart = -1;
  // The header row of the HTML table being read (`<table>` and `</table>` end it), or -1.
  let htmlTable = -1;
  for (let i = 0; i < lines.length; i++) {
    // A byte order mark (files read from disk) is not content: read it as a space, keeping every index.
    const bom = i === 0 && lines[0].charCodeAt(0) === 0xfeff;
    const line = bom ? ` ${lines[0].slice(1)}` : lines[i];
    if (quoting !== undefined && (i + 1 === quoting.open || i + 1 === quoting.close)) {
      out[i] = plain('fence', skipSpaces(line, 0), trimEnd(line, 0), records[i]);
      tableStart = -1;
      continue;
    }
    if (i > frontMatterEnd && !fence && !inComment && !bom) {
      let known = alone.get(records[i]);
      if (known === undefined) {
        known = readAlone(line, records[i]);
        alone.set(records[i], known);
      }
      // A line without a pipe ends any table.
      if (known !== null) { out[i] = known; tableStart = -1; continue; }
    }
    const start = skipSpaces(line, 0);
    const end = withoutTrailingComment(line, start, trimEnd(line, start));
    if (i <= frontMatterEnd) { out[i] = plain('frontmatter', start, end, records[i]); continue; }
    // Only the first character of a line can open a block: test the patterns it may start.
    const first = line[start];
    if (fence) {
      if ((first === '`' || first === '~') && start < 4 && closesFence(line, fence)) { fence = undefined; out[i] = plain('fence', start, end, records[i]); } else out[i] = plain('code', start, end, records[i]);
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      out[i] = plain('comment', start, end, records[i]);
      continue;
    }
    if (start === end) { out[i] = plain('blank', start, end, records[i]); tableStart = -1; continue; }
    const hasPipe = line.includes('|');
    if (tableStart >= 0) {
      if (hasPipe) { out[i] = { kind: 'table', contentStart: start, contentEnd: end, tableStart, cells: bom ? splitCells(line) : cellsOf(records[i], line), record: records[i] }; continue; }
      tableStart = -1;
    }
    if (start < 4) {
      if (first === '`' || first === '~') {
        const opened = openingFence(line);
        if (opened) {
          fence = opened.run;
          out[i] = plain('fence', start, end, records[i]);
          continue;
        }
      } else if (first === '<' && line.startsWith('<!--', start)) {
        inComment = !line.includes('-->', start + 4);
        out[i] = plain('comment', start, end, records[i]);
        continue;
      } else if (first === '=' || first === '-') {
        if (i > 0 && out[i - 1].kind === 'text' && isUnderline(line, first, end)) {
          const prev = out[i - 1];
          out[i - 1] = { kind: 'heading', level: first === '=' ? 1 : 2, contentStart: prev.contentStart, contentEnd: prev.contentEnd, record: prev.record };
          out[i] = plain('underline', start, end, records[i]);
          continue;
        }
      }
    }
    const block = headingOrRule(line, start, end, first, records[i]);
    if (block) { out[i] = block; continue; }
    if (first === '<') {
      // A row on its line, or one whose cells are on the lines under it, up to its `</tr>` line (`last`).
      const row: (HtmlRow & { last?: number }) | undefined = htmlRowOf(records[i], line) ?? htmlRowOver(lines, i);
      if (row) {
        // A row of header cells, or the first row of a table, heads the rows after it (as a Markdown table's first row).
        if (row.header || htmlTable < 0) htmlTable = i;
        out[i] = { kind: 'table', contentStart: start, contentEnd: end, tableStart: htmlTable, cells: row.cells, header: row.header || undefined, record: records[i] };
        const last = row.last ?? i;
        for (let j = i + 1; j <= last; j++) out[j] = plain('cell', skipSpaces(lines[j], 0), trimEnd(lines[j], 0), records[j]);
        i = last;
        continue;
      }
      if (TABLE_TAG.test(line)) htmlTable = -1;
      const html = htmlBlock(line, start, end);
      if (html) { out[i] = html.kind === 'list' ? { ...html, marker: '<li>', markerStart: start, record: records[i] } : { ...html, record: records[i] }; continue; }
    }
    if (hasPipe && i + 1 < lines.length && isDelimiterRow(lines[i + 1])) {
      tableStart = i;
      out[i] = { kind: 'table', contentStart: start, contentEnd: end, tableStart, cells: bom ? splitCells(line) : cellsOf(records[i], line), record: records[i] };
      i++;
      out[i] = { kind: 'delimiter', contentStart: skipSpaces(lines[i], 0), contentEnd: trimEnd(lines[i], 0), tableStart, record: records[i] };
      continue;
    }
    out[i] = itemOrText(line, start, end, records[i]);
  }
  // Jira and Confluence markup pasted as text: its blocks read as what they stand for.
  if (isWikiMarkup(lines, out)) {
    readWikiMarkup(lines, out);
    wikiScans.add(out);
  }
  return out;
}

/** The scans of documents written in wiki markup, so the model can say so without looking again. */
const wikiScans = new WeakSet<readonly ScannedLine[]>();

/** True when `scanned` (from `scanLines`) is of a document written in Jira/Confluence wiki markup (see `isWikiMarkup`). */
export function isWikiScan(scanned: readonly ScannedLine[]): boolean {
  return wikiScans.has(scanned);
}

/**
 * True when two scans of the same line read it alike (what the readers of items and entries look at): the same
 * object for lines read alone, equal parts for table rows (made again in every check; their cells are kept).
 */
export function sameScan(a: ScannedLine, b: ScannedLine): boolean {
  return a === b || (a.record === b.record && a.kind === b.kind && a.contentStart === b.contentStart && a.contentEnd === b.contentEnd
    && a.cells === b.cells && a.markerStart === b.markerStart && a.checked === b.checked && a.level === b.level);
}

/** The cells of a table row, kept in the line's record (reads only its line). */
const cellsOf = perLine(splitCells);

/** The row of an HTML table a line holds, kept in the line's record (reads only its line; a row over several lines is read afresh). */
const htmlRowOf = perLine(htmlRow);

/** A line that opens or closes an HTML table. */
const TABLE_TAG = /^\s*<\/?table\b/i;
