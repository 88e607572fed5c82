/**
 * `postmortem check [--format text|json] [--config FILE] FILE...`: the contract other tools depend on.
 * Text: `FILE:LINE:COL SEVERITY RULE message` lines and a summary; JSON: files with summary and diagnostics.
 * Exit 0 without error findings, 1 with any, 2 for a usage error or an unreadable file.
 */
import { check } from '../core/check/check';
import type { CheckOptions, CheckResult } from '../core/check/types';
import type { ResolvedTime } from '../core/analysis/types';
import { CONFIG_FILE_NAME, parseConfig, stripJsonComments } from '../core/schema/config';
import type { CliIo } from './io';

/** Inputs larger than this are refused: the check would take minutes and the report would be unreadable. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** The usage line of the check command. */
export const checkUsage = 'usage: postmortem check [--format text|json] [--config FILE] FILE... (- reads standard input)';

/** The JSON output's shape (fixed: other tools read it). */
export interface CheckJson {
  files: {
    path: string;
    summary: {
      title: string | null;
      start: string | null;
      end: string | null;
      durationMinutes: number | null;
      timeToDetectMinutes: number | null;
      timeToMitigateMinutes: number | null;
      timeToResolveMinutes: number | null;
    };
    diagnostics: { rule: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string }[];
  }[];
}

/** A usage problem: reported on one line of standard error, exit 2. */
export class UsageError extends Error {}

interface CheckArgs {
  format: 'text' | 'json';
  config?: string;
  files: string[];
}

/** Reads the command's arguments; throws UsageError on anything it does not understand. */
function parseArgs(args: string[]): CheckArgs {
  const out: CheckArgs = { format: 'text', files: [] };
  let onlyFiles = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (onlyFiles || a === '-' || !a.startsWith('-')) {
      out.files.push(a);
    } else if (a === '--') {
      onlyFiles = true;
    } else if (a === '--format' || a.startsWith('--format=')) {
      const v = a === '--format' ? args[++i] : a.slice('--format='.length);
      if (v !== 'text' && v !== 'json') throw new UsageError(`--format must be text or json, not ${v === undefined ? 'nothing' : `"${v}"`}`);
      out.format = v;
    } else if (a === '--config' || a.startsWith('--config=')) {
      const v = a === '--config' ? args[++i] : a.slice('--config='.length);
      if (!v) throw new UsageError('--config needs a file');
      out.config = v;
    } else {
      throw new UsageError(`unknown option ${a}`);
    }
  }
  if (out.files.length === 0) throw new UsageError('no file to check');
  return out;
}

/** The check options from `--config FILE`, else `.postmortem.json` in the working directory, else none. Throws UsageError. */
export function loadConfig(io: CliIo, file: string | undefined): CheckOptions {
  const options = readConfigFile(io, file);
  if (options.markdownlint === undefined) {
    const workspace = readMarkdownlintConfig(io);
    if (workspace) options.markdownlint = workspace;
  }
  return options;
}

/** markdownlint's own configuration files, looked up in the working directory like markdownlint-cli2 does. */
const MARKDOWNLINT_CONFIG_FILES = ['.markdownlint.jsonc', '.markdownlint.json'];

/** A workspace `.markdownlint.json(c)` in the working directory, merged over the quiet defaults by the check. */
function readMarkdownlintConfig(io: CliIo): Record<string, unknown> | undefined {
  const path = MARKDOWNLINT_CONFIG_FILES.find((f) => io.exists(f));
  if (path === undefined) return undefined;
  try {
    const data: unknown = JSON.parse(stripJsonComments(decode(io.readFile(path))));
    if (data && typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>;
    throw new Error('not a JSON object');
  } catch (e) {
    throw new UsageError(`invalid ${path}: ${reason(e)}`);
  }
}

/** The options of `--config FILE` or `.postmortem.json`, or none. */
function readConfigFile(io: CliIo, file: string | undefined): CheckOptions {
  const path = file ?? (io.exists(CONFIG_FILE_NAME) ? CONFIG_FILE_NAME : undefined);
  if (path === undefined) return {};
  let text: string;
  try {
    text = decode(io.readFile(path));
  } catch (e) {
    throw new UsageError(`cannot read config ${path}: ${reason(e)}`);
  }
  const parsed = parseConfig(text);
  if (!parsed.ok) throw new UsageError(`invalid config ${path}: ${parsed.message}`);
  return parsed.options;
}

/** Runs `check` over the files; resolves to the exit code. */
export function checkCommand(args: string[], io: CliIo): number {
  let parsed: CheckArgs;
  let options: CheckOptions;
  try {
    parsed = parseArgs(args);
    options = loadConfig(io, parsed.config);
  } catch (e) {
    const hint = e instanceof UsageError && !/config|markdownlint/.test(e.message) ? ` (${checkUsage})` : '';
    io.stderr(`postmortem check: ${reason(e)}${hint}\n`);
    return 2;
  }
  let unreadable = 0;
  const results: { path: string; result: CheckResult }[] = [];
  for (const path of parsed.files) {
    const text = readText(io, path);
    if (text === undefined) {
      unreadable++;
      continue;
    }
    const fileName = path === '-' ? undefined : path.split(/[\\/]/).pop();
    results.push({ path, result: check(text, { ...options, fileName, now: options.now ?? io.now() }) });
  }
  if (parsed.format === 'json') io.stdout(`${JSON.stringify(toJson(results), null, 2)}\n`);
  else io.stdout(toText(results, unreadable));
  if (unreadable > 0) return 2;
  return results.some(({ result }) => result.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/** A file's text, or undefined after a one-line message when it cannot be read as text. */
function readText(io: CliIo, path: string): string | undefined {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch (e) {
    io.stderr(`postmortem check: cannot read ${path === '-' ? 'standard input' : path}: ${reason(e)}\n`);
    return undefined;
  }
  if (bytes.length > MAX_INPUT_BYTES) {
    io.stderr(`postmortem check: ${path} is too large to check (${Math.round(bytes.length / 1024 / 1024)} MiB; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MiB)\n`);
    return undefined;
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    io.stderr(`postmortem check: ${path} is not a text file (binary content)\n`);
    return undefined;
  }
  return decode(bytes);
}

/** UTF-8 text without a byte order mark; invalid bytes become U+FFFD. */
function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/**
 * The text report: one line per finding, then a summary line, which also counts the files that could not be read
 * (`unreadable`; each has its message on standard error).
 */
export function toText(results: { path: string; result: CheckResult }[], unreadable = 0): string {
  let out = '';
  const counts = { error: 0, warning: 0, info: 0 };
  for (const { path, result } of results) {
    for (const f of result.findings) {
      counts[f.severity]++;
      out += `${path}:${f.range.start.line}:${f.range.start.column} ${f.severity} ${f.ruleId} ${oneLine(f.message)}\n`;
    }
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
  if (results.length === 0 && unreadable > 0) return `${out}nothing checked (${plural(unreadable, 'file')} could not be read)\n`;
  const files = `${plural(results.length, 'file')} checked${unreadable > 0 ? `, ${unreadable} could not be read` : ''}`;
  const total = counts.error + counts.warning + counts.info;
  out += total === 0
    ? `no problems (${files})\n`
    : `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')} (${files})\n`;
  return out;
}

/** The JSON report (see CheckJson). */
export function toJson(results: { path: string; result: CheckResult }[]): CheckJson {
  return {
    files: results.map(({ path, result }) => {
      const m = result.analysis.metrics;
      return {
        path,
        summary: {
          title: result.analysis.model.title?.text ?? null,
          start: isoTime(m.start?.time),
          end: isoTime(m.end?.time),
          durationMinutes: m.durationMinutes,
          timeToDetectMinutes: m.timeToDetectMinutes,
          timeToMitigateMinutes: m.timeToMitigateMinutes,
          timeToResolveMinutes: m.timeToResolveMinutes,
        },
        diagnostics: result.findings.map((f) => ({
          rule: f.ruleId,
          severity: f.severity,
          line: f.range.start.line,
          column: f.range.start.column,
          endLine: f.range.end.line,
          endColumn: f.range.end.column,
          message: oneLine(f.message),
        })),
      };
    }),
  };
}

/** An instant as ISO 8601 with the offset it was written in (`2021-09-27T15:06:00-04:00`), or null. */
export function isoTime(time: ResolvedTime | undefined): string | null {
  if (!time || time.instant === undefined || !Number.isFinite(time.instant)) return null;
  const offset = time.offsetMinutes ?? 0;
  const local = new Date(time.instant + offset * 60_000);
  if (Number.isNaN(local.getTime())) return null;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local.toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
}

/** A message on one line. */
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** An error's message, without a stack. */
function reason(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    const code = (e as { code: string }).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'is a directory';
    if (code === 'EACCES') return 'permission denied';
  }
  return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}
