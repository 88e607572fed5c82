/**
 * Reads the YAML front matter between leading `---` lines (TOML between `+++` lines: `frontmatter-toml.ts`), keeping
 * the range of every top-level key and value, and reports syntax errors and schema violations where they are.
 */
import { isMap, isScalar, parseDocument } from 'yaml';
import { memoized } from '../cache';
import type { Range } from '../types';
import { frontMatterSchema } from '../schema/frontmatter';
import { readPlainBlock } from './frontmatter-plain';
import { readTomlBlock } from './frontmatter-toml';
import type { FrontMatter } from './types';
import { lineRange, spanRange, trimEnd } from './text';

/** Front matter and the 0-based index of its closing line (-1 when the document has none). */
export interface FrontMatterBlock {
  frontMatter?: FrontMatter;
  closingLine: number;
}

/**
 * Index of the closing line of front matter opened on the first line, or -1: YAML between `---` and `---`/`...`,
 * TOML (Hugo, Zola) between `+++` and `+++`.
 */
function findClosingLine(lines: string[]): number {
  const first = lines[0]?.replace(/^\ufeff/, '') ?? '';
  const opener = first.slice(0, trimEnd(first, 0));
  if (opener !== '---' && opener !== '+++') return -1;
  for (let i = 1; i < lines.length; i++) {
    const end = trimEnd(lines[i], 0);
    if (end !== 3) continue;
    if (opener === '---' ? lines[i].startsWith('---') || lines[i].startsWith('...') : lines[i].startsWith('+++')) return i;
  }
  return -1;
}

/** Reads the front matter of a document, when its first line opens one that a later line closes. */
export function readFrontMatter(lines: string[]): FrontMatterBlock {
  const closingLine = findClosingLine(lines);
  if (closingLine < 0) return { closingLine };
  return { frontMatter: frontMatterOf(lines.slice(0, closingLine + 1).join('\n')), closingLine };
}

/** Checks the data read from front matter with the schema; each violation is a problem on the value it concerns. */
function validate(frontMatter: FrontMatter): void {
  const checked = frontMatterSchema.safeParse(frontMatter.data);
  if (checked.success) { frontMatter.data = checked.data; return; }
  for (const issue of checked.error.issues) {
    const key = String(issue.path[0] ?? '');
    const entry = frontMatter.entries.find((x) => x.key === key);
    const where = entry ? (entry.valueRange.start.line === entry.valueRange.end.line && entry.valueRange.start.column === entry.valueRange.end.column ? entry.keyRange : entry.valueRange) : frontMatter.range;
    frontMatter.problems.push({ message: `\`${key}\`: ${issue.message}`, range: where });
  }
}

/** Front matter blocks remembered: those of the few documents being edited. */
const MAX_FRONT_MATTERS = 64;

/**
 * The front matter of its block of lines (opening and closing lines included), kept per block: the front matter
 * changes less often than the rest of a document. Callers must not change the result.
 */
const frontMatterOf = memoized((block: string): FrontMatter => {
  const lines = block.split('\n');
  if (!lines[0].replace(/^\ufeff/, '').startsWith('+++')) return readBlock(lines);
  const toml = readTomlBlock(lines);
  validate(toml);
  return toml;
}, MAX_FRONT_MATTERS);

/** Reads a front matter block: `lines` from the opening line to the closing line. */
function readBlock(lines: string[]): FrontMatter {
  // Most front matter is plain `key: value` lines: read without the parser, the same.
  const plain = readPlainBlock(lines);
  if (!plain) return readYamlBlock(lines);
  validate(plain);
  return plain;
}

/**
 * A YAML front matter block (`lines` from the opening line to the closing line) as the YAML library reads it and
 * validates it: every block that `readPlainBlock` leaves is read so, and its readings must equal this one's.
 */
export function readYamlBlock(lines: string[]): FrontMatter {
  const closingLine = lines.length - 1;
  const yamlLines = lines.slice(1, closingLine);
  const starts: number[] = [];
  let offset = 0;
  for (const l of yamlLines) { starts.push(offset); offset += l.length + 1; }
  // Offsets in the YAML text map back to document lines (YAML starts on document line index 1).
  const at = (pos: number): { line: number; column: number } => {
    if (yamlLines.length === 0) return { line: 1, column: 0 };
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= pos) lo = mid; else hi = mid - 1;
    }
    return { line: lo + 1, column: Math.min(pos - starts[lo], yamlLines[lo].length) };
  };
  const toRange = (from: number, to: number): Range => {
    const a = at(from);
    const b = at(Math.max(from, to));
    // A block value ends at the start of the next line: end it after the last character of its own last line.
    if (b.column === 0 && b.line > a.line) return spanRange(a.line, a.column, b.line - 1, trimEnd(lines[b.line - 1], 0));
    return spanRange(a.line, a.column, b.line, b.column);
  };
  const range = spanRange(0, 0, closingLine, lines[closingLine].length);
  const frontMatter: FrontMatter = { range, data: {}, entries: [], problems: [] };
  // No console warnings from the library (`[a: b]` as a key): the core reports through problems, never the console.
  const doc = parseDocument(yamlLines.join('\n'), { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  for (const e of doc.errors) frontMatter.problems.push({ message: `YAML: ${e.message}`, range: toRange(e.pos[0], e.pos[1]) });
  let data: unknown = null;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    frontMatter.problems.push({ message: `YAML: ${(e as Error).message}`, range });
  }
  if (data === null || data === undefined) return frontMatter;
  if (!isMap(doc.contents) || typeof data !== 'object' || Array.isArray(data)) {
    frontMatter.problems.push({ message: 'expected a list of `key: value` lines.', range: lineRange(1, 0, lines[1]?.length ?? 0) });
    return frontMatter;
  }
  frontMatter.data = data as Record<string, unknown>;
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const key = String(pair.key.value);
    const keyRange = toRange(pair.key.range[0], pair.key.range[1]);
    const v = pair.value as { range?: [number, number, number] } | null;
    const valueRange = v?.range ? toRange(v.range[0], v.range[1]) : { start: keyRange.end, end: keyRange.end };
    frontMatter.entries.push({ key, keyRange, valueRange, value: frontMatter.data[key] });
  }
  validate(frontMatter);
  return frontMatter;
}
