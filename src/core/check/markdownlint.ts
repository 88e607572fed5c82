/**
 * markdownlint's own rules, run with quiet defaults: only rules that catch broken structure or rendering,
 * none about taste (line length, trailing spaces, blank lines). A workspace configuration merges over them.
 */
import { lint } from 'markdownlint/sync';
import type { Configuration, LintError } from 'markdownlint';
import type { Finding, Fix, Range } from '../types';
import { LruCache } from '../cache';
import { splitLines } from '../model/text';
import { chunkSafeConfig, DEFAULT_CHUNK_SIZES, lintChunks, type ChunkSizes } from './markdownlint-chunks';

/** The quiet defaults (documented in docs/rules/markdownlint.md). */
export const quietMarkdownlintConfig: Readonly<Configuration> = {
  default: false,
  MD001: true, // heading levels skip (## then ####)
  MD005: true, // list items at one level indented differently
  MD011: true, // (reversed)[link]
  MD018: true, // #Heading without a space: not a heading at all
  MD019: true,
  MD020: true,
  MD021: true,
  MD023: true, // indented heading: not a heading
  MD024: { siblings_only: true }, // two "Timeline" sections side by side
  MD025: { front_matter_title: '' }, // two top-level titles (front matter title allowed next to "# Title")
  MD037: true, // ** bold ** does not render
  MD038: true,
  MD039: true,
  MD042: true, // [empty]() link
  MD045: true, // image without alt text
  MD051: true, // [link](#missing-heading)
  MD052: true, // [undefined reference][ref]
  MD056: true, // table row with a different column count: cells shift
};

/** The configuration used: quiet defaults, with a workspace configuration merged over them. */
export function markdownlintConfig(workspace?: Record<string, unknown>): Configuration {
  return { ...quietMarkdownlintConfig, ...(workspace ?? {}) } as Configuration;
}

/** Runs markdownlint's own rules over a document; findings carry the rule id (`MD001`) and name. */
export function runMarkdownlint(text: string, lines: readonly string[], workspace?: Record<string, unknown>, cache?: ChunkCache): Finding[] {
  return drain(markdownlintSteps(text, lines, workspace, cache));
}

/**
 * `runMarkdownlint` one chunk at a time: the generator yields after each chunk it lints, so a caller (the editor's
 * worker) can stop between chunks when a newer text is waiting, and returns the findings.
 */
export function* markdownlintSteps(text: string, lines: readonly string[], workspace?: Record<string, unknown>, cache?: ChunkCache): Generator<void, Finding[], void> {
  const errors = yield* lintErrorSteps(text, lines, markdownlintConfig(workspace), DEFAULT_CHUNK_SIZES, cache);
  return errors.map((e) => toFinding(e, lines));
}

/**
 * markdownlint's errors by chunk text, kept between checks of the same documents: when someone types in one part of a
 * large document only the chunk they type in is linted again. Least recently used entries go first.
 */
export class ChunkCache extends LruCache<string, readonly LintError[]> {
  /** `capacity` chunks are kept (about 1,000 lines each). */
  constructor(capacity = 48) {
    super(capacity);
  }
}

/** Runs a step generator (one that yields between pieces of work) to its end. */
export function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * markdownlint's errors for a document. Large documents are linted in chunks (markdownlint grows faster than
 * linearly), with the same errors as a whole-document run, unless the configuration or an inline
 * `<!-- markdownlint-... -->` comment needs the whole document.
 */
export function lintErrors(text: string, lines: readonly string[], config: Configuration, sizes: Readonly<ChunkSizes> | false = DEFAULT_CHUNK_SIZES, cache?: ChunkCache): LintError[] {
  return drain(lintErrorSteps(text, lines, config, sizes, cache));
}

/** `lintErrors`, yielding after each chunk it lints (a chunk found in `cache` is not linted again). */
export function* lintErrorSteps(text: string, lines: readonly string[], config: Configuration, sizes: Readonly<ChunkSizes> | false = DEFAULT_CHUNK_SIZES, cache?: ChunkCache): Generator<void, LintError[], void> {
  // the configuration is part of every key: the same text under another configuration has other errors
  const configKey = cache ? `${JSON.stringify(config)}\u0000` : '';
  const lintOne = function* (chunkText: string): Generator<void, readonly LintError[], void> {
    const key = configKey + chunkText;
    const cached = cache?.get(key);
    if (cached) return cached;
    const errors = lint({ strings: { chunk: chunkText }, config, handleRuleFailures: true }).chunk ?? [];
    cache?.set(key, errors);
    yield;
    return errors;
  };
  if (!sizes || !chunkSafeConfig(config) || /<!--\s*markdownlint-/.test(text)) return [...yield* lintOne(text)];
  const chunks = lintChunks(lines.length > 0 ? lines : splitLines(text), topLevelOf(config), sizes);
  if (chunks.length === 1) return [...yield* lintOne(text)];
  const out: LintError[] = [];
  for (const c of chunks) {
    const errors = yield* lintOne(c.text);
    const shift = c.firstLine - c.prefixLines;
    for (const e of errors) {
      if (e.lineNumber <= c.prefixLines || e.lineNumber > c.prefixLines + c.ownLines) continue;
      // The first line and the last newline belong to the first and last chunks only.
      if ((e.ruleNames[0] === 'MD041' && !c.first) || (e.ruleNames[0] === 'MD047' && !c.last)) continue;
      const fixInfo = e.fixInfo ? { ...e.fixInfo, ...(e.fixInfo.lineNumber ? { lineNumber: e.fixInfo.lineNumber + shift } : {}) } : e.fixInfo;
      out.push({ ...e, lineNumber: e.lineNumber + shift, fixInfo });
    }
  }
  return out;
}

/** The heading level MD025 treats as the title (its `level` option, 1 by default). */
function topLevelOf(config: Configuration): number {
  const c = config as Record<string, unknown>;
  const rule = c.MD025 ?? c['single-title'] ?? c['single-h1'];
  const level = typeof rule === 'object' && rule !== null ? Number((rule as { level?: unknown }).level ?? 1) : 1;
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 1;
}

/** One markdownlint error as a finding (severity warning until the configuration says otherwise). */
function toFinding(e: LintError, lines: readonly string[]): Finding {
  const line = e.lineNumber;
  const text = lines[line - 1] ?? '';
  const range: Range = e.errorRange
    ? { start: { line, column: e.errorRange[0] }, end: { line, column: e.errorRange[0] + e.errorRange[1] } }
    : { start: { line, column: 1 }, end: { line, column: text.length + 1 } };
  const detail = e.errorDetail ? `: ${e.errorDetail}` : '';
  const context = e.errorContext ? ` [${e.errorContext}]` : '';
  const finding: Finding = {
    ruleId: e.ruleNames[0],
    ruleName: e.ruleNames[1] ?? e.ruleNames[0],
    severity: 'warning',
    message: `${e.ruleDescription}${detail}${context}`,
    range,
  };
  const fix = e.fixInfo ? toFix(e, lines) : undefined;
  if (fix) finding.fixes = [fix];
  return finding;
}

/** markdownlint's fix info as text edits (`deleteCount: -1` removes the whole line). */
function toFix(e: LintError, lines: readonly string[]): Fix | undefined {
  const info = e.fixInfo;
  if (!info) return undefined;
  const line = info.lineNumber ?? e.lineNumber;
  const column = info.editColumn ?? 1;
  const title = `Fix ${e.ruleNames[0]} (${e.ruleNames[1] ?? e.ruleDescription})`;
  if (info.deleteCount === -1) {
    const last = line >= lines.length;
    const range: Range = last
      ? { start: { line: Math.max(1, line - 1), column: (lines[line - 2] ?? '').length + 1 }, end: { line, column: (lines[line - 1] ?? '').length + 1 } }
      : { start: { line, column: 1 }, end: { line: line + 1, column: 1 } };
    return { title, edits: [{ range, replacement: '' }] };
  }
  const range: Range = { start: { line, column }, end: { line, column: column + (info.deleteCount ?? 0) } };
  return { title, edits: [{ range, replacement: info.insertText ?? '' }] };
}
