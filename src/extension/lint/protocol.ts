// The typed contract between the editor and the lint worker (worker_threads in Node, a web worker in the browser).
// Only plain data crosses: the findings and the small part of the analysis that hovers and the status bar need.
import type { CheckOptions } from '../../core/check/types';
import type { DocumentZone, Metrics, Milestone, ResolvedTime } from '../../core/analysis/types';
import type { Finding } from '../../core/types';

/** What hovers show of a resolved time (the scanner's details stay in the worker). */
export type TimeView = Pick<ResolvedTime, 'text' | 'range' | 'instant' | 'zone' | 'offsetMinutes' | 'unknown' | 'assumptions' | 'problem' | 'zoneAssumed'>;

/** A milestone with its time as a TimeView. */
export interface MilestoneView {
  time: TimeView;
  source: Milestone['source'];
}

type MilestoneKey = 'start' | 'end' | 'detected' | 'mitigated' | 'resolved';
/** The metrics with their milestones as views. */
export type MetricsView = Omit<Metrics, MilestoneKey> & Partial<Record<MilestoneKey, MilestoneView>>;

/** What a check of one document gives the editor. */
export interface LintOutput {
  findings: Finding[];
  /**
   * Every time in the document as JSON of TimeView[]: a string crosses from the worker at memcpy speed, and is
   * parsed only when a hover needs it (thousands of objects would cost the main thread a long decode per check).
   */
  timesJson: string;
  metrics: MetricsView;
  documentZone?: DocumentZone;
  /** Milliseconds the check itself took. */
  checkMs: number;
}

/** The view of a resolved time. */
export function toTimeView(t: ResolvedTime): TimeView {
  const v: TimeView = { text: t.text, range: t.range, assumptions: t.assumptions };
  if (t.instant !== undefined) v.instant = t.instant;
  if (t.zone !== undefined) v.zone = t.zone;
  if (t.offsetMinutes !== undefined) v.offsetMinutes = t.offsetMinutes;
  if (t.unknown) v.unknown = true;
  if (t.problem) v.problem = t.problem;
  if (t.zoneAssumed) v.zoneAssumed = true;
  return v;
}

/** The metrics with milestone times as views. */
export function toMetricsView(m: Metrics): MetricsView {
  const { start, end, detected, mitigated, resolved, ...rest } = m;
  const view: MetricsView = { ...rest };
  const milestones = { start, end, detected, mitigated, resolved };
  for (const [k, ms] of Object.entries(milestones) as [MilestoneKey, Milestone | undefined][]) {
    if (ms) view[k] = { time: toTimeView(ms.time), source: ms.source };
  }
  return view;
}

const parsedTimes = new WeakMap<LintOutput, TimeView[]>();

/** The times of a result, parsed on first use. */
export function outputTimes(output: LintOutput): TimeView[] {
  let times = parsedTimes.get(output);
  if (!times) {
    times = JSON.parse(output.timesJson) as TimeView[];
    parsedTimes.set(output, times);
  }
  return times;
}

/** Editor -> worker: check this text. */
export interface LintRequest {
  type: 'lint';
  id: number;
  text: string;
  options: CheckOptions;
}

/** Worker -> editor: our rules' findings of request `id` (`partial`), then its result, or why it failed. */
export type LintResponse =
  | { type: 'partial'; id: number; output: LintOutput }
  | { type: 'result'; id: number; output: LintOutput }
  | { type: 'error'; id: number; message: string };

/** A function that checks a text (the core's `check`, adapted to LintOutput), optionally reporting a first phase. */
export type LintFunction = (text: string, options: CheckOptions, onPartial?: (partial: LintOutput) => void) => LintOutput;

function isLintRequest(m: unknown): m is LintRequest {
  const r = m as LintRequest;
  return !!r && r.type === 'lint' && typeof r.id === 'number' && typeof r.text === 'string' && typeof r.options === 'object';
}

/** Answers one message sent to the worker through `post` (a partial, then the result); never throws. */
export function answerLintRequest(message: unknown, lint: LintFunction, post: (response: LintResponse) => void): void {
  if (!isLintRequest(message)) return;
  const { id } = message;
  let response: LintResponse;
  try {
    response = { type: 'result', id, output: lint(message.text, message.options, (output) => post({ type: 'partial', id, output })) };
  } catch (e) {
    response = { type: 'error', id, message: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
  }
  post(response);
}
