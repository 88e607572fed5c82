/**
 * Splits a large document into chunks that markdownlint can lint one by one with the same findings as the whole:
 * markdownlint's parse grows faster than linearly past a few thousand lines, chunks of about 1,000 lines keep it
 * linear. Each chunk is given the document context its rules need (see docs/rules/markdownlint.md).
 */
import type { Configuration } from 'markdownlint';

/** Documents with more lines than this are linted in chunks. */
export const CHUNK_MIN_DOCUMENT_LINES = 1500;
/** The size a chunk grows to before the next split point ends it. */
export const CHUNK_TARGET_LINES = 1000;

/** How large a document must be to be chunked, and how large chunks grow. */
export interface ChunkSizes {
  minDocumentLines: number;
  targetLines: number;
}

/** The sizes used by the check. */
export const DEFAULT_CHUNK_SIZES: Readonly<ChunkSizes> = { minDocumentLines: CHUNK_MIN_DOCUMENT_LINES, targetLines: CHUNK_TARGET_LINES };

/** One chunk: the text to lint, and where its own lines sit in it and in the document. */
export interface LintChunk {
  text: string;
  /** Lines of injected context before the chunk's own lines. */
  prefixLines: number;
  /** 0-based index in the document of the chunk's first own line. */
  firstLine: number;
  /** Number of the chunk's own lines. */
  ownLines: number;
  first: boolean;
  last: boolean;
}

/** Rules whose findings are the same chunk by chunk, given the context added (headings, definitions, front matter). */
const CHUNK_SAFE = new Map<string, string>([
  ['MD001', 'heading-increment'], ['MD005', 'list-indent'], ['MD007', 'ul-indent'], ['MD009', 'no-trailing-spaces'],
  ['MD010', 'no-hard-tabs'], ['MD011', 'no-reversed-links'], ['MD012', 'no-multiple-blanks'], ['MD013', 'line-length'],
  ['MD014', 'commands-show-output'], ['MD018', 'no-missing-space-atx'], ['MD019', 'no-multiple-space-atx'],
  ['MD020', 'no-missing-space-closed-atx'], ['MD021', 'no-multiple-space-closed-atx'], ['MD022', 'blanks-around-headings'],
  ['MD023', 'heading-start-left'], ['MD024', 'no-duplicate-heading'], ['MD025', 'single-title'], ['MD026', 'no-trailing-punctuation'],
  ['MD027', 'no-multiple-space-blockquote'], ['MD028', 'no-blanks-blockquote'], ['MD029', 'ol-prefix'],
  ['MD031', 'blanks-around-fences'], ['MD032', 'blanks-around-lists'], ['MD033', 'no-inline-html'], ['MD034', 'no-bare-urls'],
  ['MD036', 'no-emphasis-as-heading'], ['MD037', 'no-space-in-emphasis'], ['MD038', 'no-space-in-code'],
  ['MD039', 'no-space-in-links'], ['MD040', 'fenced-code-language'], ['MD041', 'first-line-heading'], ['MD042', 'no-empty-links'],
  ['MD045', 'no-alt-text'], ['MD047', 'single-trailing-newline'], ['MD051', 'link-fragments'],
  ['MD052', 'reference-links-images'], ['MD056', 'table-column-count'], ['MD058', 'blanks-around-tables'],
]);
const SAFE_KEYS = new Set([...CHUNK_SAFE.keys(), ...CHUNK_SAFE.values(), 'single-h1', 'first-line-h1'].map((k) => k.toLowerCase()));

/**
 * True when every rule the configuration turns on gives the same findings chunk by chunk. Any other rule on
 * (`default: true`, a style-consistency rule, a tag) means the document is linted whole.
 */
export function chunkSafeConfig(config: Configuration): boolean {
  for (const [key, value] of Object.entries(config)) {
    if (key === '$schema' || value === false) continue;
    if (key === 'default') { if (value) return false; continue; }
    if (!SAFE_KEYS.has(key.toLowerCase())) return false;
  }
  return true;
}

/** The line a fence, math block or directive container is closed by, or how a raw HTML block ends. */
interface Open { kind: 'fence'; char: string; length: number; prefix: string; nested: boolean }
interface RawHtml { kind: 'html'; end: RegExp }
const FENCE_LINE = /^([ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?[ \t]*)(`{3,}|~{3,}|\${2,}|:{3,})(.*)$/;
const HTML_OPEN: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:pre|script|style|textarea)(?:[\s>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/], [/^ {0,3}<\?/, /\?>/], [/^ {0,3}<![A-Za-z]/, />/], [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
const SPLIT_BLOCK = /^(?:#{1,6}(?:[ \t]|$)|[A-Za-z])/;
const BULLET = /^([-*+])[ \t]+\S/;
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const DEFINITION = /^ {0,3}\[((?:[^\]\\]|\\.){1,999})\]:[ \t]*(<[^>\n]*>|\S+)?/;
const ANCHOR = /<[A-Za-z][^>]*?\s(?:id|name)\s*=\s*["']?([^"'\s>]+)/g;

/** What the document holds outside code: headings, anchors, definitions, and where it may be split. */
interface Outline {
  frontMatterEnd: number;
  /** Lines a chunk may start at; a table row carries its table's header and delimiter rows. */
  splits: { line: number; table?: [number, number] }[];
  headings: { line: number; endLine: number; level: number; keys: string[] }[];
  anchors: { line: number; id: string }[];
  definitions: { line: number; label: string; text: string }[];
}

/** Lowercase letters and digits only: the part of a heading or fragment that names it. */
function key(text: string): string {
  return text.toLowerCase().replace(/\]\([^)]*\)/g, ']').replace(/<[^>]*>/g, '').replace(/[^\p{L}\p{N}]/gu, '');
}

function label(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The end (0-based line index) of front matter in markdownlint's sense (`---`, `+++` or `{` ... `}`), or -1. */
function frontMatterEnd(lines: readonly string[]): number {
  const open = lines[0]?.trimEnd();
  const close = open === '---' ? /^---\s*$/ : open === '+++' ? /^\+\+\+\s*$/ : open === '{' ? /^\}\s*$/ : undefined;
  if (!close) return -1;
  for (let i = 1; i < lines.length; i++) if (close.test(lines[i])) return i;
  return -1;
}

/** One pass over the lines; anything inside code, math, containers or raw HTML is never a split point. */
function outline(lines: readonly string[]): Outline {
  const fmEnd = frontMatterEnd(lines);
  const out: Outline = { frontMatterEnd: fmEnd, splits: [], headings: [], anchors: [], definitions: [] };
  let open: Open | RawHtml | undefined;
  let prevBlank = true;
  let prevText = false;
  let table: [number, number] | undefined;
  let htmlBlock = false;
  for (let i = fmEnd + 1; i < lines.length; i++) {
    const line = lines[i];
    const blank = line.trim() === '';
    if (open?.kind === 'html') {
      if (open.end.test(line)) open = undefined;
      prevBlank = blank; prevText = false;
      continue;
    }
    const fence = FENCE_LINE.exec(line);
    if (open) {
      // A fence inside a list item or quote also ends where its container does; this reader keeps it open longer.
      if (fence && fence[2][0] === open.char && fence[2].length >= open.length && fence[3].trim() === '') open = undefined;
      prevBlank = blank; prevText = false;
      continue;
    }
    if (fence) {
      open = { kind: 'fence', char: fence[2][0], length: fence[2].length, prefix: fence[1], nested: fence[1] !== '' };
      prevBlank = false; prevText = false;
      continue;
    }
    const html = HTML_OPEN.find(([start]) => start.test(line));
    if (html) {
      if (!html[1].test(line.slice(line.indexOf('<') + 2))) open = { kind: 'html', end: html[1] };
      prevBlank = false; prevText = false;
      continue;
    }
    // Split points: a heading or paragraph after a blank line, the next item of a bullet list of one-line items,
    // the next row of a table (at the start of the line, so in no list or quote).
    const prev = lines[i - 1] ?? '';
    if (blank) { table = undefined; htmlBlock = false; } else if (/^ {0,3}<\/?[A-Za-z]/.test(line)) htmlBlock = true;
    if (blank || htmlBlock) { /* an HTML block runs to the next blank line: no split inside it */ }
    else if (line[0] === '|' && prev[0] === '|' && DELIMITER_ROW.test(line) && !table) table = [i - 1, i];
    else if (table && line[0] === '|' && prev[0] === '|' && i > table[1] + 1) out.splits.push({ line: i, table });
    else if (prevBlank && SPLIT_BLOCK.test(line)) out.splits.push({ line: i });
    else if (!table && BULLET.exec(line)?.[1] === BULLET.exec(prev)?.[1] && BULLET.test(prev) && !THEMATIC.test(line) && !THEMATIC.test(prev)) out.splits.push({ line: i });
    const atx = ATX.exec(line);
    if (atx) {
      out.headings.push({ line: i, endLine: i, level: atx[1].length, keys: headingKeys(atx[2] ?? '') });
    } else if (prevText && SETEXT.exec(line)) {
      out.headings.push({ line: i - 1, endLine: i, level: line.trim()[0] === '=' ? 1 : 2, keys: headingKeys(lines[i - 1]) });
    }
    const def: RegExpExecArray | null = prevText ? null : DEFINITION.exec(line);
    if (def) {
      const dest = def[2] ?? (lines[i + 1] ?? '').trim().split(/\s/)[0];
      if (dest) out.definitions.push({ line: i, label: label(def[1]), text: `[${def[1]}]: ${dest}` });
    }
    for (const m of line.matchAll(ANCHOR)) out.anchors.push({ line: i, id: m[1] });
    prevBlank = blank;
    prevText = !blank && !atx && !def && !/^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|^ {0,3}>|^ {4}/.test(line);
  }
  return out;
}

/** True when lines `from` to `to` (exclusive) hold nothing but blank lines and HTML comments. */
function onlyBlankOrComments(lines: readonly string[], from: number, to: number): boolean {
  const rest = lines.slice(from, to).join('\n').replace(/<!--[\s\S]*?-->/g, '');
  return rest.trim() === '';
}

/** The headings still open where a chunk starts: the last one, its parent, its parent's parent... (MD001, MD024). */
function openHeadings(before: Outline['headings']): Set<Outline['headings'][number]> {
  const open = new Set<Outline['headings'][number]>();
  let level = 7;
  for (let i = before.length - 1; i >= 0 && level > 1; i--) {
    if (before[i].level < level) { open.add(before[i]); level = before[i].level; }
  }
  return open;
}

function headingKeys(text: string): string[] {
  const keys = [key(text)];
  for (const m of text.matchAll(/\{#([^}\s]+)\}/g)) keys.push(key(m[1]));
  return keys;
}

/** Fragments (`#timeline-1`) and reference labels used on a range of lines. */
function usedIn(lines: readonly string[], from: number, to: number): { fragments: Set<string>; labels: Set<string> } {
  const fragments = new Set<string>();
  const labels = new Set<string>();
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (line.includes('#')) {
      for (const m of line.matchAll(/(?:\]\(|\]:\s*|<)\s*<?#([^)\s>"']+)/g)) {
        let f = m[1];
        try { f = decodeURIComponent(f); } catch { /* keep it as written */ }
        fragments.add(key(f));
        fragments.add(key(f.replace(/-\d+$/, '')));
      }
    }
    if (line.includes('[')) for (const m of line.matchAll(/\[((?:[^\]\\]|\\.){1,999})\]/g)) labels.add(label(m[1]));
  }
  return { fragments, labels };
}

/**
 * The chunks of a document, or one chunk holding it whole when it is small or has no split points. Chunks split
 * at `#` and `##` headings at the start of a line after a blank line, outside front matter, code, math and HTML blocks.
 */
export function lintChunks(lines: readonly string[], topLevel = 1, sizes: Readonly<ChunkSizes> = DEFAULT_CHUNK_SIZES): LintChunk[] {
  const whole: LintChunk[] = [{ text: lines.join('\n'), prefixLines: 0, firstLine: 0, ownLines: lines.length, first: true, last: true }];
  if (lines.length < sizes.minDocumentLines) return whole;
  const o = outline(lines);
  const starts = [0];
  const tables = new Map<number, [number, number]>();
  for (const s of o.splits) {
    // Table rows cost markdownlint more the longer the table (about 1 ms a row at 200 rows, 1.8 ms at 1,000): split tables finer.
    const target = s.table ? Math.max(1, Math.round(sizes.targetLines / 5)) : sizes.targetLines;
    if (s.line - starts[starts.length - 1] < target || lines.length - s.line < target / 4) continue;
    starts.push(s.line);
    if (s.table) tables.set(s.line, s.table);
  }
  if (starts.length === 1) return whole;
  const front = o.frontMatterEnd >= 0 ? lines.slice(0, o.frontMatterEnd + 1) : [];
  const firstTop = o.headings.find((h) => h.level === topLevel);
  const top = firstTop !== undefined && onlyBlankOrComments(lines, o.frontMatterEnd + 1, firstTop.line);
  return starts.map((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] : lines.length;
    const { fragments, labels } = usedIn(lines, start, end);
    const own = new Set(o.headings.filter((h) => h.line >= start && h.line < end).flatMap((h) => h.keys));
    const before = o.headings.filter((h) => h.line < start);
    const firstH1 = before.find((h) => h.level === topLevel);
    const stack = openHeadings(before);
    const wanted = (h: Outline['headings'][number], earlier: boolean): boolean =>
      h.keys.some((x) => fragments.has(x)) || (earlier && (stack.has(h) || h.keys.some((x) => own.has(x))));
    const outside = (line: number): boolean => line < start || line >= end;
    const block = (from: number, to: number, earlier: boolean): string[] => {
      const out: string[] = [];
      for (const h of o.headings) if (h.line >= from && h.line < to && h !== firstH1 && wanted(h, earlier)) out.push(...lines.slice(h.line, h.endLine + 1), '');
      for (const a of o.anchors) if (a.line >= from && a.line < to && fragments.has(key(a.id))) out.push(`<a id="${a.id}"></a>`, '');
      return out;
    };
    // MD025: the document's first top-level heading leads the context when it leads the document, else text does.
    const lead = top ? (firstH1 ? [...lines.slice(firstH1.line, firstH1.endLine + 1), ''] : []) : ['.', ''];
    const table = tables.get(start);
    // The blank lines before the chunk as in the document (MD022, MD012), or a table's header and delimiter rows.
    let gap = 0;
    while (start - gap - 1 >= 0 && lines[start - gap - 1].trim() === '') gap++;
    const lead2 = table ? ['', lines[table[0]], lines[table[1]]] : Array<string>(Math.max(1, gap)).fill('');
    const prefix = k === 0 ? [] : [...front, '', ...lead, ...block(0, start, true), ...lead2];
    const suffix = k + 1 === starts.length ? [] : ['', ...block(end, lines.length, false)];
    const definitions = k + 1 === starts.length ? prefix : suffix;
    for (const d of o.definitions) if (outside(d.line) && labels.has(d.label)) definitions.push(d.text, '');
    const text = [...prefix, ...lines.slice(start, end), ...suffix].join('\n');
    return { text, prefixLines: prefix.length, firstLine: start, ownLines: end - start, first: k === 0, last: k + 1 === starts.length };
  });
}
