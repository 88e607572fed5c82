/**
 * Reads TOML front matter between `+++` lines (Hugo, Zola): top-level `key = value` lines with the range of every key
 * and value. Values: basic and literal strings on one line, integers, floats, booleans, dates and times (kept as
 * their text), arrays (also over several lines) and inline tables. Tables (`[extra]`) and dotted keys are not
 * postmortem keys: they are skipped. What cannot be read (multi-line strings, a line that is not `key = value`) is a
 * problem on its line.
 */
import type { Range } from '../types';
import type { FrontMatter } from './types';
import { lineRange, spanRange } from './text';

type Value = string | number | boolean | Value[] | { [key: string]: Value };

/** Why a value cannot be read, and where (0-based line and columns). */
class Unreadable extends Error {
  constructor(message: string, readonly line: number, readonly start: number, readonly end: number) { super(message); }
}

const BARE_KEY = /^[A-Za-z0-9_-]+/;
const LITERAL_KEY = /^'[^']*'/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?(?![\w:.-])/;
const LOCAL_TIME = /^\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?![\w:.-])/;
const NUMBER = /^(?:[+-]?(?:0x[0-9A-Fa-f_]+|0o[0-7_]+|0b[01_]+|(?:\d[\d_]*)(?:\.\d[\d_]*)?(?:[eE][+-]?\d[\d_]*)?|inf|nan))(?![\w.])/;
const ESCAPES: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\' };

/** A reading position over the block's lines (0-based line index in the document, column in that line). */
class Cursor {
  constructor(readonly lines: readonly string[], public line: number, public col: number, readonly last: number) {}
  get text(): string { return this.lines[this.line] ?? ''; }
  skipSpaces(): void { while (this.col < this.text.length && (this.text[this.col] === ' ' || this.text[this.col] === '\t')) this.col++; }
  /** True at the end of the line or at a comment. */
  atLineEnd(): boolean { this.skipSpaces(); return this.col >= this.text.length || this.text[this.col] === '#'; }
  /** Skips blanks, comments and line ends (inside arrays); false at the end of the block. */
  skipToValue(): boolean {
    while (this.atLineEnd()) {
      if (this.line + 1 >= this.last) return false;
      this.line++;
      this.col = 0;
    }
    return true;
  }
}

function unreadableHere(c: Cursor, message: string): Unreadable {
  return new Unreadable(message, c.line, c.col, Math.max(c.col + 1, c.text.length));
}

/** Reads one value at the cursor, leaving the cursor after it. */
function readValue(c: Cursor, depth = 0): Value {
  const rest = c.text.slice(c.col);
  if (rest.startsWith('"""') || rest.startsWith("'''")) throw new Unreadable('multi-line strings are not read', c.line, c.col, c.col + 3);
  if (rest[0] === '"') return readBasicString(c);
  if (rest[0] === "'") {
    const close = rest.indexOf("'", 1);
    if (close < 0) throw unreadableHere(c, 'unclosed string');
    c.col += close + 1;
    return rest.slice(1, close);
  }
  if (rest[0] === '[' || rest[0] === '{') {
    if (depth > 16) throw unreadableHere(c, 'values nested too deeply');
    return rest[0] === '[' ? readArray(c, depth) : readInlineTable(c, depth);
  }
  const literal = /^(?:true|false)(?![\w-])/.exec(rest);
  if (literal) { c.col += literal[0].length; return literal[0] === 'true'; }
  const time = DATE_TIME.exec(rest) ?? LOCAL_TIME.exec(rest);
  if (time) { c.col += time[0].length; return time[0]; }
  const number = NUMBER.exec(rest);
  if (number) {
    c.col += number[0].length;
    const text = number[0].replace(/_/g, '');
    if (/inf$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
    if (/nan$/.test(text)) return NaN;
    return /^[+-]?0[xob]/.test(text) ? Number(text.replace(/^\+/, '')) : Number(text);
  }
  const end = c.text.indexOf('#', c.col);
  const to = end < 0 ? c.text.length : end;
  throw new Unreadable('the value cannot be read: write a quoted string ("..."), a number, true/false, a date (2024-03-12) or a list ([...])', c.line, c.col, Math.max(c.col + 1, c.text.slice(0, to).trimEnd().length));
}

function readBasicString(c: Cursor): string {
  const text = c.text;
  let out = '';
  for (let i = c.col + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') { c.col = i + 1; return out; }
    if (ch !== '\\') { out += ch; continue; }
    const next = text[i + 1];
    if (next === 'u' || next === 'U') {
      const len = next === 'u' ? 4 : 8;
      const hex = text.slice(i + 2, i + 2 + len);
      const code = /^[0-9A-Fa-f]+$/.test(hex) && hex.length === len ? parseInt(hex, 16) : NaN;
      if (Number.isNaN(code) || code > 0x10ffff) throw new Unreadable('bad \\u escape in the string', c.line, i, i + 2);
      out += String.fromCodePoint(code);
      i += 1 + len;
    } else if (next !== undefined && next in ESCAPES) {
      out += ESCAPES[next];
      i++;
    } else throw new Unreadable('bad escape in the string', c.line, i, i + 2);
  }
  throw unreadableHere(c, 'unclosed string');
}

function readArray(c: Cursor, depth: number): Value[] {
  const out: Value[] = [];
  c.col++;
  for (;;) {
    if (!c.skipToValue()) throw unreadableHere(c, 'unclosed list: a `]` is missing');
    if (c.text[c.col] === ']') { c.col++; return out; }
    out.push(readValue(c, depth + 1));
    if (!c.skipToValue()) throw unreadableHere(c, 'unclosed list: a `]` is missing');
    if (c.text[c.col] === ',') { c.col++; continue; }
    if (c.text[c.col] === ']') { c.col++; return out; }
    throw unreadableHere(c, 'expected `,` or `]` in the list');
  }
}

function readInlineTable(c: Cursor, depth: number): { [key: string]: Value } {
  const out: { [key: string]: Value } = {};
  c.col++;
  c.skipSpaces();
  if (c.text[c.col] === '}') { c.col++; return out; }
  for (;;) {
    c.skipSpaces();
    const key = readKey(c);
    if (key === undefined) throw unreadableHere(c, 'expected `key = value` in the inline table');
    c.skipSpaces();
    if (c.text[c.col] !== '=') throw unreadableHere(c, 'expected `=` after the key');
    c.col++;
    c.skipSpaces();
    out[key.name] = readValue(c, depth + 1);
    c.skipSpaces();
    if (c.text[c.col] === ',') { c.col++; continue; }
    if (c.text[c.col] === '}') { c.col++; return out; }
    throw unreadableHere(c, 'expected `,` or `}` in the inline table');
  }
}

/** A key at the cursor (bare, quoted, or dotted: `dotted` then says so), leaving the cursor after it. */
function readKey(c: Cursor): { name: string; start: number; end: number; dotted: boolean } | undefined {
  const start = c.col;
  let name = '';
  let dotted = false;
  for (;;) {
    const rest = c.text.slice(c.col);
    if (rest[0] === '"') name += readBasicString(c);
    else {
      const m = BARE_KEY.exec(rest) ?? LITERAL_KEY.exec(rest);
      if (!m) return undefined;
      name += m[0][0] === "'" ? m[0].slice(1, -1) : m[0];
      c.col += m[0].length;
    }
    const save = c.col;
    c.skipSpaces();
    if (c.text[c.col] !== '.') { c.col = save; return { name, start, end: save, dotted }; }
    c.col++;
    c.skipSpaces();
    name += '.';
    dotted = true;
  }
}

/** Reads a TOML front matter block: `lines` from the opening `+++` line to the closing one. */
export function readTomlBlock(lines: readonly string[]): FrontMatter {
  const closingLine = lines.length - 1;
  const range: Range = spanRange(0, 0, closingLine, lines[closingLine].length);
  const frontMatter: FrontMatter = { range, data: {}, entries: [], problems: [] };
  const problem = (message: string, r: Range): void => { frontMatter.problems.push({ message: `TOML: ${message}`, range: r }); };
  let inTable = false;
  for (let i = 1; i < closingLine; i++) {
    const c = new Cursor(lines, i, 0, closingLine);
    if (c.atLineEnd()) continue;
    const text = lines[i];
    if (text[c.col] === '[') {
      // `[extra]`, `[[menu.main]]`: a table of its own, not the postmortem's keys; it runs to the end of the block.
      inTable = true;
      continue;
    }
    const keyLine = i;
    let key: ReturnType<typeof readKey>;
    try {
      key = readKey(c);
    } catch (e) {
      if (!(e instanceof Unreadable)) throw e;
      key = undefined;
    }
    c.skipSpaces();
    if (key === undefined || text[c.col] !== '=') {
      problem('not a `key = value` line; it is not read.', lineRange(i, key?.start ?? skipIndent(text), text.trimEnd().length));
      continue;
    }
    c.col++;
    c.skipSpaces();
    const valueStart = c.col;
    let value: Value;
    try {
      value = readValue(c);
    } catch (e) {
      if (!(e instanceof Unreadable)) throw e;
      problem(`\`${key.name}\`: ${e.message}; it is not read.`, lineRange(e.line, e.start, e.end));
      // A multi-line string or list runs on: skip its lines up to the closing delimiter.
      i = Math.max(skipUnread(lines, i, valueStart, closingLine), e.line);
      continue;
    }
    const valueRange = spanRange(i, valueStart, c.line, c.col);
    const endLine = c.line;
    if (!c.atLineEnd()) {
      const after = c.col;
      problem(`\`${key.name}\`: unexpected text after the value; the key is not read.`, lineRange(endLine, after, lines[endLine].trimEnd().length));
      i = endLine;
      continue;
    }
    i = endLine;
    if (inTable || key.dotted) continue;
    const keyRange = lineRange(keyLine, key.start, key.end);
    if (frontMatter.entries.some((e) => e.key === key.name)) {
      problem(`\`${key.name}\` is given more than once; the first is read.`, keyRange);
      continue;
    }
    frontMatter.data[key.name] = value;
    frontMatter.entries.push({ key: key.name, keyRange, valueRange, value });
  }
  return frontMatter;
}

function skipIndent(text: string): number {
  return text.length - text.trimStart().length;
}

/** After an unreadable value: the last line it spans (a `"""` string to its closing `"""`, else the line itself). */
function skipUnread(lines: readonly string[], line: number, valueStart: number, closingLine: number): number {
  const opener = lines[line].slice(valueStart, valueStart + 3);
  if (opener !== '"""' && opener !== "'''") return line;
  if (lines[line].indexOf(opener, valueStart + 3) >= 0) return line;
  for (let i = line + 1; i < closingLine; i++) if (lines[i].includes(opener)) return i;
  return closingLine - 1;
}
