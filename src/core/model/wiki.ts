/**
 * Jira and Confluence wiki markup pasted as text, as incident tools export their postmortems: `h2. Timeline`
 * headings, `||Time||Event||` and `|14:02|Alert fired|` table rows, `#` and `**` list items, `{code}` and
 * `{noformat}` blocks, `{info}` and `{panel}` macro lines. Read as the Markdown blocks they stand for, only in a
 * document that is written in it (its first heading an `hN.` one, and no `##` heading), so Markdown is never touched.
 */
import { perLine, type LineRecord } from '../cache';
import type { Cell } from './cells';
import type { ScannedLine } from './scan';
import { plain } from './scanned';
import { skipSpaces, trimEnd } from './text';

const H = 104;
const DOT = 46;
const HASH = 35;
const LEFT_BRACE = 123;
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const IMAGE_FILE = /\.(?:png|jpe?g|gif|svg|webp|bmp|ico|tiff?)$/i;
const HTTP = /^https?:\/\//i;

/** Whether an image may show `target` (`!diagram.png!`, `!x.svg?v=2!`, `!https://host/x!`): an image file or an `http(s)` URL. */
export function isImageTarget(target: string): boolean {
  const trimmed = target.trim();
  // the file name without its query: a regex running past `?` could take quadratic time on a line of dots
  return HTTP.test(trimmed) || IMAGE_FILE.test(trimmed.split(/[?#]/, 1)[0]);
}

/** The level of an `h1.`-`h6.` heading opening at `start` (a blank or the end of the line after the dot), else 0. */
export function wikiHeadingLevel(line: string, start: number): number {
  if (start >= 4 || line.charCodeAt(start) !== H || line.charCodeAt(start + 2) !== DOT) return 0;
  const level = line.charCodeAt(start + 1) - 48;
  const after = line.charCodeAt(start + 3);
  return level >= 1 && level <= 6 && (Number.isNaN(after) || after === 32 || after === 9) ? level : 0;
}

/** A `{code}` or `{noformat}` tag opening a line, with its parameters (`{code:java}`): a block of code starts. */
export const CODE_OPEN = /^\{(code|noformat)(?::[^}]*)?\}/;
/** A line that is only a block macro's tag (`{info}`, `{panel:title=Cause}`, `{color:green}`): no content. */
export const MACRO_LINE = /^\{(?:info|note|tip|warning|panel|quote|toc|expand|color|section|column)(?::[^}]*)?\}$/;

/**
 * True when the document is written in wiki markup: it has an `hN.` heading, no Markdown heading comes before the
 * first, and no `##` (or deeper) Markdown heading follows (a wiki `# item` is a numbered list item). Ends at the
 * first Markdown heading of a Markdown document; lines inside `{code}` blocks do not count.
 */
export function isWikiMarkup(lines: readonly string[], scanned: readonly ScannedLine[]): boolean {
  let wiki = false;
  let codeEnd: string | undefined;
  for (let i = 0; i < scanned.length; i++) {
    const s = scanned[i];
    if (s.kind !== 'heading' && s.kind !== 'text') continue;
    const line = lines[i];
    if (codeEnd) { if (line.includes(codeEnd)) codeEnd = undefined; continue; }
    const first = line.charCodeAt(s.contentStart);
    if (s.kind === 'text' && first === LEFT_BRACE) codeEnd = codeBlockEnd(line, s.contentStart, s.contentEnd);
    else if (s.kind === 'text' && first === H && wikiHeadingLevel(line, s.contentStart) > 0) wiki = true;
    else if (s.kind === 'heading' && !(wiki && ((s.level ?? 1) === 1 || !opensWithHash(line) || (i > 0 && opensWithHash(lines[i - 1]))))) return false;
  }
  return wiki;
}

/** True when a line's first character past its blanks is `#`: a Markdown heading or a wiki numbered item. */
function opensWithHash(line: string): boolean {
  return line.charCodeAt(skipSpaces(line, 0)) === HASH;
}

/** The closing tag of a `{code}` or `{noformat}` block opening on `line` and not closed on it, else undefined. */
function codeBlockEnd(line: string, start: number, end: number): string | undefined {
  const open = CODE_OPEN.exec(line.slice(start, end));
  if (!open) return undefined;
  const close = `{${open[1]}}`;
  return line.includes(close, start + open[0].length) ? undefined : close;
}

/**
 * Splits a wiki table row into trimmed cells: `||` opens a header cell and `|` a cell; a pipe inside a link, a
 * macro or an image (`[OPS-1|https://...]`, `{status:colour=Red|title=P1}`, `!graph.png|thumbnail!`) or after `\` is
 * text.
 */
export function wikiCells(line: string): Cell[] {
  const cells: Cell[] = [];
  const end = trimEnd(line, 0);
  let i = skipSpaces(line, 0);
  while (line[i] === '|') i++;
  let cellStart = i;
  let depth = 0;
  // the `!` that may open an image in this cell, else -1
  let bang = -1;
  for (; i < end; i++) {
    const c = line[i];
    if (c === '\\') i++;
    else if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && depth > 0) depth--;
    else if (c === '!') bang = bang < 0 && (i === cellStart || !WORD.test(line[i - 1])) && !SPACE.test(line[i + 1] ?? ' ') ? i : -1;
    else if (c === '|' && depth === 0 && bang >= 0 && imageParameters(line, bang, i, end)) continue;
    else if (c === '|' && depth === 0) {
      bang = -1;
      const s = skipSpaces(line, cellStart, i);
      cells.push({ start: s, end: trimEnd(line, s, i) });
      while (line[i + 1] === '|') i++;
      cellStart = i + 1;
    }
  }
  if (cellStart < end) {
    const s = skipSpaces(line, cellStart, end);
    cells.push({ start: s, end: trimEnd(line, s, end) });
  }
  return cells;
}

/**
 * True when the `|` at `pipe` separates the parameters of an image opened by the `!` at `bang`: an image file or URL
 * before it, and its closing `!` after parameters before the next `|` (`!a.png|!b.png|` is two cells).
 */
function imageParameters(line: string, bang: number, pipe: number, end: number): boolean {
  if (!isImageTarget(line.slice(bang + 1, pipe))) return false;
  let k = pipe + 1;
  while (k < end && line[k] !== '!' && line[k] !== '|') k++;
  return k > pipe + 1 && line[k] === '!';
}

/** The cells of a wiki table row, kept in the line's record (reads only its line). */
const wikiCellsOf = perLine(wikiCells);

/**
 * The list item a line opening with wiki list markers stands for (`# step`, `** nested`, `#* mixed`), or undefined.
 * The last marker stands for the item's indent, so `**` nests under `*` as an indented Markdown item does.
 */
function wikiItem(line: string, start: number, end: number, record: LineRecord): ScannedLine | undefined {
  let last = start;
  while (last + 1 < end && (line[last + 1] === '*' || line[last + 1] === '#')) last++;
  const after = line.charCodeAt(last + 1);
  if (after !== 32 && after !== 9) return undefined;
  return { kind: 'list', marker: line[last], markerStart: last, contentStart: skipSpaces(line, last + 1, end), contentEnd: end, record };
}

/**
 * Reads the lines of a wiki markup document (see `isWikiMarkup`) as what they stand for, in place: headings, table
 * rows (a run of lines opening with `|`, headed by its `||` row or else its first), list items, code blocks, and
 * macro lines as comments. A `----` under a line of text is a rule, not a setext underline. Markdown fences and
 * tables stay as read.
 */
export function readWikiMarkup(lines: readonly string[], out: ScannedLine[]): void {
  let codeEnd: string | undefined;
  let table = -1;
  for (let i = 0; i < out.length; i++) {
    const s = out[i];
    const line = lines[i];
    if (codeEnd) {
      const closes = line.includes(codeEnd);
      out[i] = plain(closes ? 'fence' : 'code', s.contentStart, s.contentEnd, s.record);
      if (closes) codeEnd = undefined;
      continue;
    }
    if (s.kind !== 'text' && s.kind !== 'heading' && s.kind !== 'list' && s.kind !== 'underline') { table = -1; continue; }
    const start = skipSpaces(line, 0);
    const end = s.kind === 'heading' ? trimEnd(line, start) : s.contentEnd;
    const first = line[start];
    if (first === '|' && s.kind !== 'underline') {
      const header = line[start + 1] === '|';
      if (header || table < 0) table = i;
      out[i] = { kind: 'table', contentStart: start, contentEnd: end, tableStart: table, cells: wikiCellsOf(s.record, line), header: header || undefined, record: s.record };
      continue;
    }
    table = -1;
    if (s.kind === 'underline') {
      // `----` is a wiki rule: the line above it stays what it is
      if (out[i - 1]?.kind === 'heading' && wikiHeadingLevel(lines[i - 1], skipSpaces(lines[i - 1], 0)) === 0) {
        out[i - 1] = plain('text', out[i - 1].contentStart, out[i - 1].contentEnd, out[i - 1].record);
      }
      out[i] = plain(line[start] === '-' && end - start >= 4 ? 'rule' : 'text', start, end, s.record);
    } else if (first === '{') {
      codeEnd = codeBlockEnd(line, start, end);
      if (codeEnd || CODE_OPEN.test(line.slice(start, end)) || MACRO_LINE.test(line.slice(start, end))) out[i] = plain(codeEnd ? 'fence' : 'comment', start, end, s.record);
    } else if (first === 'h') {
      const level = wikiHeadingLevel(line, start);
      if (level > 0) out[i] = { kind: 'heading', level, contentStart: Math.min(skipSpaces(line, start + 3), end), contentEnd: end, record: s.record };
    } else if (first === '#' || (first === '*' && s.kind !== 'list')) {
      const item = wikiItem(line, start, end, s.record);
      if (item) out[i] = item;
      else if (s.kind === 'heading') out[i] = plain('text', start, end, s.record);
    }
    const read = out[i];
    if ((read.kind === 'text' || read.kind === 'list') && line.includes('{color', read.contentStart)) {
      const [from, to] = insideColor(line, read.contentStart, read.contentEnd);
      if (from !== read.contentStart) out[i] = { ...read, contentStart: from, contentEnd: to };
    }
  }
}

/** `{color}`, the closing tag of a coloured span. */
const COLOR_CLOSE = '{color}';

/**
 * The content of a line coloured as a whole, inside its `{color:red}`...`{color}` tags and the bold around them
 * (`*{color:red}_TODO: Analyze the root causes._{color}*`, as templates mark what is still to write); else [start, end).
 */
function insideColor(line: string, start: number, end: number): [number, number] {
  const bold = line[start] === '*' && line[end - 1] === '*' ? 1 : 0;
  const open = start + bold;
  const close = end - bold - COLOR_CLOSE.length;
  const tagEnd = line.indexOf('}', open);
  if (!line.startsWith('{color', open) || tagEnd < 0 || tagEnd >= close || !line.startsWith(COLOR_CLOSE, close)) return [start, end];
  const from = skipSpaces(line, tagEnd + 1, close);
  return [from, trimEnd(line, from, close)];
}
