/**
 * `check(text, options)`: the one entry point every front calls (editor, CLI, preview, markdownlint-cli2),
 * so they never disagree. Analyze, run our rules and markdownlint's, drop suppressed findings, sort.
 * It never throws: a crash in any step becomes one finding naming it.
 */
import { analyze } from '../analysis/analyze';
import type { Analysis } from '../analysis/types';
import { parsePostmortem } from '../model/parse';
import type { PostmortemModel } from '../model/types';
import type { Finding } from '../types';
import { drain, markdownlintSteps, type ChunkCache } from './markdownlint';
import { internalFinding, runRules } from './run-rules';
import { configuredSeverity } from './severity';
import { readSuppressions } from './suppression';
import type { CheckOptions, CheckResult } from './types';

/** Above this size markdownlint's own rules are skipped (our rules still run): they grow too slow to stay useful. */
export const MARKDOWNLINT_MAX_CHARS = 8 * 1024 * 1024;

/** Checks a postmortem: every finding, sorted by position, plus the analysis it was based on. */
export function check(text: string, options: CheckOptions = {}): CheckResult {
  const findings: Finding[] = [];
  const source = typeof text === 'string' ? text : String(text ?? '');
  const analysis = safeAnalyze(source, options, findings);
  findings.push(...runRules(analysis, options));
  if (options.markdownlint !== false) findings.push(...markdownlintFindings(source, analysis.model, options));
  return { findings: finish(findings, analysis.model.lines, source), analysis };
}

/** markdownlint's findings at their configured severities (`rules` keys work for MD ids and names too). */
function markdownlintFindings(text: string, model: PostmortemModel, options: CheckOptions): Finding[] {
  return drain(markdownlintFindingSteps(text, model.lines, options, undefined, model.wikiMarkup === true));
}

/** A line that opens with a wiki heading (`h2. Timeline`): only a document with one can be in wiki markup. */
const WIKI_HEADING = /^[ \t]{0,3}h[1-6]\.(?:[ \t]|$)/m;

/** True when the document is in Jira/Confluence wiki markup, as the model reads it (see model/wiki.ts). */
function isWikiDocument(text: string): boolean {
  return WIKI_HEADING.test(text) && parsePostmortem(text).wikiMarkup === true;
}

/**
 * markdownlint's findings as `check` reports them (configured severities, suppression comments applied, over-size
 * notice), one chunk at a time: the generator yields after each chunk it lints so the editor's worker can stop
 * between chunks when a newer text is waiting. `cache` keeps chunks linted before (see `ChunkCache`).
 */
export function* markdownlintFindingSteps(text: string, lines: readonly string[], options: CheckOptions, cache?: ChunkCache, wikiMarkup?: boolean): Generator<void, Finding[], void> {
  if (options.markdownlint === false) return [];
  // markdownlint's rules are Markdown's: on a document in wiki markup (`h2.`, `||Time||`, `# item`) each would be noise
  if (wikiMarkup ?? isWikiDocument(text)) return [];
  if (text.length > MARKDOWNLINT_MAX_CHARS) {
    return [{
      ruleId: 'markdownlint',
      ruleName: 'markdownlint',
      severity: 'info',
      message: `markdownlint's own rules were skipped: the document is over ${MARKDOWNLINT_MAX_CHARS / 1024 / 1024} MiB.`,
      range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    }];
  }
  const workspace = typeof options.markdownlint === 'object' ? options.markdownlint : undefined;
  let raw: Finding[];
  try {
    raw = yield* markdownlintSteps(text, lines, workspace, cache);
  } catch (e) {
    return [internalFinding('markdownlint', 'markdownlint', e)];
  }
  const suppressions = readSuppressions(lines, text);
  const out: Finding[] = [];
  for (const f of raw) {
    const severity = configuredSeverity(f.ruleId, f.ruleName, f.severity, options.rules);
    if (severity !== undefined && !suppressions.isSuppressed(f.range.start.line, f.ruleId, f.ruleName)) out.push({ ...f, severity });
  }
  return out;
}

/** The analysis, or when analysis crashes, the model alone with no times (and a finding saying so). */
function safeAnalyze(text: string, options: CheckOptions, findings: Finding[]): Analysis {
  try {
    return analyze(text, options);
  } catch (e) {
    findings.push(internalFinding('analysis', 'analysis', e));
  }
  let model: PostmortemModel;
  try {
    model = parsePostmortem(text);
  } catch (e) {
    findings.push(internalFinding('model', 'model', e));
    model = { lines: text.split(/\r\n|\r|\n/), sections: [], fields: [], timeline: [], actionItems: [], zoneDeclarations: [] };
  }
  return {
    model,
    fieldTimes: {},
    times: [],
    timeline: [],
    actionItems: model.actionItems,
    metrics: { durationMinutes: null, durationLabel: null, timeToDetectMinutes: null, timeToMitigateMinutes: null, timeToResolveMinutes: null },
  };
}

/** Drops suppressed findings, keeps ranges inside the document, sorts by position then rule id. */
function finish(findings: Finding[], lines: readonly string[], text: string): Finding[] {
  const suppressions = readSuppressions(lines, text);
  return findings
    .filter((f) => !suppressions.isSuppressed(f.range.start.line, f.ruleId, f.ruleName))
    .sort(compareFindings);
}

/** Document order: line, column, then rule id, then message. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line
    || a.range.start.column - b.range.start.column
    || a.ruleId.localeCompare(b.ruleId)
    || a.message.localeCompare(b.message);
}
