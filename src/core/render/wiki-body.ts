/**
 * The body of a document written in Jira/Confluence wiki markup, rendered from the model's reading of its lines
 * (`scannedLinesOf`): `h2.` headings, `||header||` and `|cell|` tables, `*`/`#` nested lists, `{code}` and `{noformat}`
 * blocks, `{quote}`/`bq.` quotes, `{info}`/`{panel}` blocks as quotes headed by their title, `----` rules, and
 * paragraphs whose lines are kept apart (a newline is a line break in wiki markup). The HTML has the shape markdown-it
 * gives Markdown: every block carries `data-line` (1-based source line), headings the ids Markdown headings get.
 *
 * Rendered here rather than converted to Markdown lines for markdown-it: a header row needs a `|---|` line under it in
 * Markdown, and a `\\` break inside a line a new line, so converted lines cannot keep their source numbers; and
 * `+underline+` has no Markdown form but raw HTML, which the locked-down Markdown renderer refuses (the tests
 * "keeps data-line on table rows under a header row" and "renders wiki inline markup" in
 * test/unit/render/wiki-body.test.ts hold both). Text reaches the output only through `escapeHtml`, links only through
 * `isSafeLink`, as on the Markdown path.
 */
import { CODE_OPEN, MACRO_LINE, wikiHeadingLevel } from '../model/wiki';
import type { Cell } from '../model/cells';
import type { ScannedLine } from '../model/scan';
import { skipSpaces, trimEnd } from '../model/text';
import { slug, uniqueHeadingIds, type BodyOptions } from './body';
import { escapeHtml } from './escape';
import { renderWikiInline } from './wiki-inline';

interface Context {
  lines: readonly string[];
  scanned: readonly ScannedLine[];
  options: BodyOptions;
}

/** Block macros shown as a quote (a note block) with their content; the tags of other macros are dropped. */
const QUOTED = new Set(['quote', 'info', 'note', 'tip', 'warning', 'panel', 'expand']);
/** A `{code}` block's language: `{code:java}`, `{code:language=java|title=x}`; only word characters pass. */
const LANGUAGE = /^[\w#+.-]+$/;
const PIPE = 124;

/** Renders a wiki markup document's body; `lines` and `scanned` are the model's (front matter lines are skipped). */
export function renderWikiBody(lines: readonly string[], scanned: readonly ScannedLine[], options: BodyOptions): string {
  return uniqueHeadingIds(blocks({ lines, scanned, options }, 0, Math.min(lines.length, scanned.length)));
}

/** `data-line` of the 0-based line `i`. */
function at(i: number): string {
  return ` data-line="${i + 1}"`;
}

function inlineHtml(ctx: Context, i: number, from: number, to: number): string {
  return renderWikiInline(ctx.lines[i], from, to, ctx.options).html;
}

/** The blocks of lines [from, to). */
function blocks(ctx: Context, from: number, to: number): string {
  let html = '';
  let i = from;
  while (i < to) {
    const s = ctx.scanned[i];
    const line = ctx.lines[i];
    const start = skipSpaces(line, 0);
    let next = i + 1;
    if (s.kind === 'heading' && wikiHeadingLevel(line, start) > 0) html += heading(ctx, i, s);
    else if (s.kind === 'table') {
      next = rowsEnd(ctx, i, to);
      html += table(ctx, i, next);
    } else if (s.kind === 'list') {
      next = runEnd(i, to, (k) => ctx.scanned[k].kind === 'list');
      html += list(ctx, i, next);
    } else if (s.kind === 'fence') {
      next = codeEnd(ctx, i, to);
      html += code(ctx, i, next);
    } else if (s.kind === 'comment') {
      next = macroEnd(ctx, i, to);
      html += macro(ctx, i, next);
    } else if (s.kind === 'rule') html += `<hr${at(i)}>\n`;
    else if (isText(ctx, i) && isQuoteLine(line, start)) {
      html += `<blockquote${at(i)}>\n<p${at(i)}>${inlineHtml(ctx, i, skipSpaces(line, start + 3), trimEnd(line, start))}</p>\n</blockquote>\n`;
    } else if (isText(ctx, i)) {
      next = runEnd(i, to, (k) => isText(ctx, k) && !isQuoteLine(ctx.lines[k], skipSpaces(ctx.lines[k], 0)));
      html += `<p${at(i)}>`;
      for (let k = i; k < next; k++) {
        const part = inlineHtml(ctx, k, skipSpaces(ctx.lines[k], 0), trimEnd(ctx.lines[k], 0));
        // each line of a paragraph is a line of its own; one that ends with a `\\` break has its break already
        html += k === i ? part : `${html.endsWith('<br>') ? '' : '<br>'}\n${part}`;
      }
      html += '</p>\n';
    }
    i = next;
  }
  return html;
}

/** `bq. text`: a quoted paragraph. */
function isQuoteLine(line: string, start: number): boolean {
  return line.startsWith('bq.', start) && (line.length === start + 3 || line[start + 3] === ' ' || line[start + 3] === '\t');
}

/** A line of a paragraph: text, or a line the model reads as a heading that is not a wiki one (`*Timeline*` alone). */
function isText(ctx: Context, i: number): boolean {
  const kind = ctx.scanned[i].kind;
  return kind === 'text' || (kind === 'heading' && wikiHeadingLevel(ctx.lines[i], skipSpaces(ctx.lines[i], 0)) === 0);
}

/** The first line after `i` for which `same` is false (or `to`). */
function runEnd(i: number, to: number, same: (k: number) => boolean): number {
  let k = i + 1;
  while (k < to && same(k)) k++;
  return k;
}

function heading(ctx: Context, i: number, s: ScannedLine): string {
  const level = s.level ?? 1;
  const inline = renderWikiInline(ctx.lines[i], s.contentStart, s.contentEnd, ctx.options);
  return `<h${level}${at(i)} id="${slug(inline.text) || 'section'}">${inline.html}</h${level}>\n`;
}

/**
 * The line after the last row of the table whose first row is `i` (the lines of an HTML row's cells included). A run
 * of wiki rows is one table, though the model starts a table at each `||` row (`||Start|14:02|` / `||End|15:00|`).
 */
function rowsEnd(ctx: Context, i: number, to: number): number {
  const table = ctx.scanned[i].tableStart;
  const wiki = isWikiRow(ctx, i);
  return runEnd(i, to, (k) => {
    const s = ctx.scanned[k];
    return (s.kind === 'table' && (s.tableStart === table || (wiki && isWikiRow(ctx, k)))) || s.kind === 'cell' || s.kind === 'delimiter';
  });
}

/** A table row in wiki markup: opening with `|`, in a table with no Markdown `|---|` row. */
function isWikiRow(ctx: Context, k: number): boolean {
  const s = ctx.scanned[k];
  return ctx.lines[k][s.contentStart] === '|' && ctx.scanned[(s.tableStart ?? k) + 1]?.kind !== 'delimiter';
}

/**
 * A table: a first row of header cells only is its head (`||Time||Event||`, a Markdown header row, an HTML row of
 * `<th>`); other cells are `<th>` when opened by `||` (`||Start|14:02|`), else `<td>`.
 */
function table(ctx: Context, first: number, end: number): string {
  const rows: number[] = [];
  for (let k = first; k < end; k++) if (ctx.scanned[k].kind === 'table') rows.push(k);
  const headers = (k: number): boolean[] => {
    const s = ctx.scanned[k];
    const cells = s.cells ?? [];
    if (isWikiRow(ctx, k)) return cells.map((c) => headerCell(ctx.lines[k], c));
    return cells.map(() => (ctx.scanned[k + 1]?.kind === 'delimiter' || s.header === true));
  };
  const firstHeaders = headers(first);
  const head = firstHeaders.length > 0 && firstHeaders.every(Boolean);
  let html = `<table${at(first)}>\n`;
  if (head) html += `<thead${at(first)}>\n${row(ctx, first, firstHeaders)}</thead>\n`;
  const body = head ? rows.slice(1) : rows;
  if (body.length > 0) html += `<tbody${at(body[0])}>\n${body.map((k) => row(ctx, k, headers(k))).join('')}</tbody>\n`;
  return `${html}</table>\n`;
}

/** True when a wiki cell is opened by `||`, a header cell. */
function headerCell(line: string, cell: Cell): boolean {
  let p = cell.start - 1;
  while (p > 0 && (line[p] === ' ' || line[p] === '\t')) p--;
  return line.charCodeAt(p) === PIPE && line.charCodeAt(p - 1) === PIPE;
}

function row(ctx: Context, k: number, headers: boolean[]): string {
  const cells = (ctx.scanned[k].cells ?? []).map((c, n) => {
    const tag = headers[n] ? 'th' : 'td';
    return `<${tag}>${inlineHtml(ctx, c.line ?? k, c.start, c.end)}</${tag}>\n`;
  });
  return `<tr${at(k)}>\n${cells.join('')}</tr>\n`;
}

/**
 * A run of list items, nested by their markers: `*` opens a bullet level and `#` a numbered one (`#*` is a bullet list
 * in a numbered item); a `-` item is a bullet, `1.` numbered. A marker that changes at a level starts a new list.
 */
function list(ctx: Context, first: number, end: number): string {
  const open: string[] = [];
  let html = '';
  for (let k = first; k < end; k++) {
    const [levels, from, until] = item(ctx.lines[k], ctx.scanned[k]);
    let same = 0;
    while (same < open.length && same < levels.length && open[same] === levels[same]) same++;
    if (same === levels.length) {
      // a sibling at the item's level: deeper lists close, then the open item of its own list
      while (open.length > levels.length) html += `</li>\n</${open.pop()}>\n`;
      html += '</li>\n';
    } else {
      while (open.length > same) html += `</li>\n</${open.pop()}>\n`;
      // a level skipped (`**` with no `*` above it) gets an item of its own to hold the deeper list
      for (let level = open.length; level < levels.length; level++) {
        html += `${level > 0 ? '\n' : ''}<${levels[level]}${at(k)}>\n${level < levels.length - 1 ? `<li${at(k)}>` : ''}`;
        open.push(levels[level]);
      }
    }
    html += `<li${at(k)}>${inlineHtml(ctx, k, from, until)}`;
  }
  while (open.length > 0) html += `</li>\n</${open.pop()}>\n`;
  return html;
}

/** The list tags of an item's levels (`#*`: `ol`, `ul`), and its content's [start, end). */
function item(line: string, s: ScannedLine): [string[], number, number] {
  const start = skipSpaces(line, 0);
  const last = s.markerStart ?? start;
  const marker = s.marker ?? '*';
  if (marker === '*' || marker === '#' || marker === '-') {
    const chain = marker === '-' ? '*' : line.slice(start, last + 1);
    const from = skipSpaces(line, last + 1);
    return [[...chain].map((c) => (c === '#' ? 'ol' : 'ul')), from, Math.max(from, trimEnd(line, from))];
  }
  return [[/^\d/.test(marker) ? 'ol' : 'ul'], s.contentStart, s.contentEnd];
}

/** The line after the code block opening at `i`: after its closing tag or fence (the model reads where that is). */
function codeEnd(ctx: Context, i: number, to: number): number {
  const k = runEnd(i, to, (n) => ctx.scanned[n].kind === 'code');
  return k < to && ctx.scanned[k].kind === 'fence' ? k + 1 : k;
}

/** A `{code}`, `{noformat}` or Markdown fenced block on lines [i, end): its content, and the language it names. */
function code(ctx: Context, i: number, end: number): string {
  const line = ctx.lines[i];
  const start = skipSpaces(line, 0);
  const content: string[] = [];
  const tag = CODE_OPEN.exec(line.slice(start));
  // `{code:java}first line` and `last line{code}`: what comes after the opening tag and before the closing one is code
  if (tag && line.slice(start + tag[0].length).trim() !== '') content.push(line.slice(start + tag[0].length));
  for (let k = i + 1; k < end; k++) {
    const text = ctx.lines[k];
    const close = tag && ctx.scanned[k].kind === 'fence' ? text.indexOf(`{${tag[1]}}`) : -1;
    if (ctx.scanned[k].kind === 'code') content.push(text);
    else if (close > 0 && text.slice(0, close).trim() !== '') content.push(text.slice(0, close));
  }
  const language = tag ? codeLanguage(tag[0]) : line.slice(start).replace(/^[`~]+/, '').trim().split(/\s/)[0];
  return pre(i, content, language);
}

/** A code block's HTML, as markdown-it writes a fence. */
function pre(i: number, content: readonly string[], language?: string): string {
  const cls = language && LANGUAGE.test(language) ? ` class="language-${escapeHtml(language)}"` : '';
  return `<pre><code${at(i)}${cls}>${escapeHtml(content.map((l) => `${l}\n`).join(''))}</code></pre>\n`;
}

/** The parameters of a macro tag (`{panel:title=Cause|borderColor=#ccc}`): the bare ones and the named ones. */
function params(tag: string): { bare: string[]; named: Map<string, string> } {
  const colon = tag.indexOf(':');
  const bare: string[] = [];
  const named = new Map<string, string>();
  if (colon < 0) return { bare, named };
  for (const part of tag.slice(colon + 1, tag.lastIndexOf('}')).split('|')) {
    const eq = part.indexOf('=');
    if (eq < 0) bare.push(part.trim());
    else named.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  return { bare, named };
}

function codeLanguage(tag: string): string | undefined {
  const p = params(tag);
  return p.named.get('language') ?? p.bare[0];
}

/** The closing tag of the quoting macro opening at line `i` (`{info}`...`{info}`), or -1 when it is none or not closed. */
function macroClose(ctx: Context, i: number, to: number): number {
  const text = ctx.lines[i].trim();
  const name = MACRO_LINE.test(text) ? /^\{(\w+)/.exec(text)?.[1] : undefined;
  if (!name || !QUOTED.has(name)) return -1;
  for (let k = i + 1; k < to; k++) if (ctx.scanned[k].kind === 'comment' && ctx.lines[k].trim() === `{${name}}`) return k;
  return -1;
}

/** The line after a line the model reads as no content: after the closing tag of a quoting macro it opens. */
function macroEnd(ctx: Context, i: number, to: number): number {
  return macroClose(ctx, i, to) + 1 || i + 1;
}

/**
 * A line the model reads as no content (`{info}`, `{code}x{code}`, an HTML comment), up to `end`: a one-line code
 * block is shown, a quoting macro becomes a quote of the blocks up to its closing tag (headed by its title), other
 * tags are dropped.
 */
function macro(ctx: Context, i: number, end: number): string {
  const text = ctx.lines[i].trim();
  const tag = CODE_OPEN.exec(text);
  if (tag) {
    const close = text.lastIndexOf(`{${tag[1]}}`);
    return pre(i, [text.slice(tag[0].length, close > tag[0].length ? close : text.length)], codeLanguage(tag[0]));
  }
  if (end === i + 1) return '';
  const p = params(text);
  const title = p.named.get('title') ?? (text.startsWith('{expand') ? p.bare[0] : undefined);
  const heading = title ? `<p${at(i)}><strong>${escapeHtml(title)}</strong></p>\n` : '';
  return `<blockquote${at(i)}>\n${heading}${blocks(ctx, i + 1, end - 1)}</blockquote>\n`;
}
