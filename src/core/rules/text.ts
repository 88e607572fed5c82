/**
 * Small text helpers shared by rules: ranges of lines, and the prose lines of a document
 * (front matter, fenced code, inline code and comments masked so rules do not read them).
 */
import type { LineRecord } from '../cache';
import { scannedLinesOf } from '../model/parse';
import type { PostmortemModel } from '../model/types';
import type { Range } from '../types';

/** The range of a line's content without its leading and trailing blanks (1-based). */
export function lineRange(lines: readonly string[], line: number): Range {
  const text = lines[line - 1] ?? '';
  const start = text.length - text.trimStart().length;
  const end = Math.max(start, text.trimEnd().length);
  return { start: { line, column: start + 1 }, end: { line, column: end + 1 } };
}

/** A range on one line from a 0-based offset and a length. */
export function spanRange(line: number, offset: number, length: number): Range {
  return { start: { line, column: offset + 1 }, end: { line, column: offset + 1 + length } };
}

/**
 * The prose lines of a document, the k-th in place k of each list (lists, not an object per line: a rule reads
 * thousands of lines and keeps nothing of most).
 */
export interface ProseLines {
  /** Each line's number (1-based). */
  line: number[];
  /** Each line's text with code and comments replaced by spaces (columns kept). */
  text: string[];
  /** Each line's record for per-line memos, when its text is the line as written (nothing masked). */
  record: (LineRecord | undefined)[];
}

const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;

/** True when a line may open or close a fence: a backtick or tilde after at most three spaces (most lines are told without `fenceOpen`). */
function mayOpenFence(line: string): boolean {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 0x20) i++;
  const c = line.charCodeAt(i);
  return c === 0x60 || c === 0x7e;
}

/** Replaces inline code spans and HTML comments with spaces, keeping every column in place. */
export function maskInline(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, (m) => ' '.repeat(m.length))
    .replace(/(`+)[^`]+?\1/g, (m) => ' '.repeat(m.length));
}

/** Prose lines per model: several rules read them, the model never changes. */
const proseCache = new WeakMap<PostmortemModel, ProseLines>();

/** The document's prose lines: outside front matter, fenced code blocks and multi-line comments. */
export function proseLines(model: PostmortemModel): ProseLines {
  let cached = proseCache.get(model);
  if (!cached) {
    cached = readProseLines(model);
    proseCache.set(model, cached);
  }
  return cached;
}

/** Reads the prose lines of a model (see proseLines). */
function readProseLines(model: PostmortemModel): ProseLines {
  const out: ProseLines = { line: [], text: [], record: [] };
  const lines = model.lines;
  const scanned = scannedLinesOf(model);
  const fmEnd = model.frontMatter ? model.frontMatter.range.end.line : 0;
  let fence: string | undefined;
  let inComment = false;
  for (let i = fmEnd; i < lines.length; i++) {
    const raw = lines[i];
    if (fence !== undefined) {
      const m = mayOpenFence(raw) ? fenceOpen.exec(raw) : null;
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && raw.trim() === m[1]) fence = undefined;
      continue;
    }
    const open = mayOpenFence(raw) ? fenceOpen.exec(raw) : null;
    if (open && !inComment) {
      fence = open[1];
      continue;
    }
    let text = raw;
    if (inComment) {
      const close = text.indexOf('-->');
      if (close < 0) continue;
      text = ' '.repeat(close + 3) + text.slice(close + 3);
      inComment = false;
    }
    // One search for a comment serves both: a line with neither a comment nor a backtick is neither masked nor cut.
    let unclosed = text.indexOf('<!--');
    if (unclosed >= 0 || text.includes('`')) {
      text = maskInline(text);
      unclosed = text.indexOf('<!--');
    }
    if (unclosed >= 0) {
      text = text.slice(0, unclosed) + ' '.repeat(text.length - unclosed);
      inComment = true;
    }
    out.line.push(i + 1);
    out.text.push(text);
    out.record.push(text === raw ? scanned[i].record : undefined);
  }
  return out;
}
