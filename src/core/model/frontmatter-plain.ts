/**
 * The YAML front matter most documents write, read without the YAML parser: every line a `key: value` pair whose value
 * is a plain or quoted string, a boolean, or a flow list of plain strings (`authors: [Priya Raman, Tomás Ortega]`).
 * Parsing even a few lines with the YAML library costs more than the rest of a short document's reading; anything
 * else (comments, escapes, numbers, nested or multi-line values, a duplicate key) is left to it, so the result is
 * always what it would give.
 */
import type { FrontMatter } from './types';
import { spanRange } from './text';

/** A key as every parser reads it alike: a word, not starting with `_` (no `__proto__`) nor naming `null` or `true`. */
const KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;
/**
 * What the YAML 1.2 core schema reads as something other than a string: null, booleans, integers (decimal, octal,
 * hexadecimal), floats, infinities and not-a-number (the tag patterns of the specification, 10.3.2).
 */
const NOT_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
/** A character a plain scalar may not start with (an indicator), or a blank. */
const INDICATOR_FIRST = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
/**
 * What is left to the parser in a value: controls, comment marks, flow indicators, a colon that makes a mapping (`a: b`,
 * `a:` at the end), and what YAML or JavaScript read as line breaks or marks (NEL, U+2028, U+2029, a byte order mark)
 * or cannot store alone (surrogates: a value with an emoji is left to it too).
 */
// eslint-disable-next-line no-control-regex
const AWKWARD_VALUE = /[\x00-\x1f\x7f-\x9f#[\]{}\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]|:(?: |$)/;
/** The same in a list's item, where commas, colons and quotes are left to the parser too. */
// eslint-disable-next-line no-control-regex
const AWKWARD_ITEM = /[\x00-\x1f\x7f-\x9f#:[\]{},"'\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/;

/** True when `text` is a plain scalar (with none of `awkward`) that the core schema reads as the string it is. */
function plainString(text: string, awkward: RegExp): boolean {
  return text !== '' && !INDICATOR_FIRST.test(text) && !awkward.test(text) && !NOT_STRING.test(text);
}

/** The end of `line[from, to)` past its trailing spaces. */
function withoutSpaces(line: string, from: number, to: number): number {
  while (to > from && line.charCodeAt(to - 1) === 32) to--;
  return to;
}

/**
 * The front matter of a block (`lines` from the opening `---` to the closing line) read as the YAML parser reads it,
 * when every line between is a plain `key: value` pair (see the file's comment); undefined otherwise.
 */
export function readPlainBlock(lines: readonly string[]): FrontMatter | undefined {
  const closingLine = lines.length - 1;
  if (closingLine < 2) return undefined;
  const data: Record<string, unknown> = {};
  const entries: FrontMatter['entries'] = [];
  for (let i = 1; i < closingLine; i++) {
    const line = lines[i];
    const colon = line.indexOf(': ');
    if (colon <= 0) return undefined;
    const key = line.slice(0, colon);
    if (!KEY.test(key) || NOT_STRING.test(key) || Object.prototype.hasOwnProperty.call(data, key)) return undefined;
    let start = colon + 2;
    while (line.charCodeAt(start) === 32) start++;
    const end = withoutSpaces(line, start, line.length);
    if (end <= start) return undefined;
    const value = valueAt(line, start, end);
    if (value === undefined) return undefined;
    data[key] = value;
    entries.push({ key, keyRange: spanRange(i, 0, i, colon), valueRange: spanRange(i, start, i, end), value });
  }
  return { range: spanRange(0, 0, closingLine, lines[closingLine].length), data, entries, problems: [] };
}

/**
 * The value at `line[start, end)`: a flow list of plain strings, a quoted string without escapes (`"Outage: EU"`), a
 * boolean, or a plain string; undefined for anything else.
 */
function valueAt(line: string, start: number, end: number): unknown {
  const first = line.charCodeAt(start);
  if (first === 0x5b) return plainList(line, start, end);
  const text = line.slice(start, end);
  if (first === 0x22 || first === 0x27) return end - start >= 2 && line.charCodeAt(end - 1) === first && !AWKWARD_QUOTED.test(text.slice(1, -1)) ? text.slice(1, -1) : undefined;
  const bool = BOOLEAN.exec(text);
  if (bool) return bool[1] !== undefined;
  return plainString(text, AWKWARD_VALUE) ? text : undefined;
}

/** The core schema's booleans: group 1 is set for true. */
const BOOLEAN = /^(?:([Tt]rue|TRUE)|[Ff]alse|FALSE)$/;
/** What is left to the parser inside quotes: both quotes, escapes, controls and the marks of `AWKWARD_VALUE`. */
// eslint-disable-next-line no-control-regex
const AWKWARD_QUOTED = /["'\\\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/;

/** The items of a flow list `[a, b]` at `line[start, end)` when each is a plain string, else undefined. */
function plainList(line: string, start: number, end: number): string[] | undefined {
  if (line.charCodeAt(end - 1) !== 0x5d) return undefined;
  const items: string[] = [];
  let from = start + 1;
  for (;;) {
    const comma = line.indexOf(',', from);
    const to = comma < 0 || comma > end - 1 ? end - 1 : comma;
    let a = from;
    while (line.charCodeAt(a) === 32) a++;
    const item = line.slice(a, withoutSpaces(line, a, to));
    if (!plainString(item, AWKWARD_ITEM)) return undefined;
    items.push(item);
    if (to === end - 1) return items;
    from = to + 1;
  }
}
