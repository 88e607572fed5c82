// The typed contract between the editor and the lint worker (worker_threads in Node, a web worker in the browser).
// Only plain data crosses: the findings and the small part of the analysis that hovers and the status bar need.
import type { CheckOptions } from '../../core/check/types';
import type { DocumentZone, Metrics, Milestone, ResolvedTime } from '../../core/analysis/types';
import type { RenderOptions } from '../../core/render';
import type { PostmortemModel, StandardSectionId } from '../../core/model/types';
import type { Finding } from '../../core/types';
import { isAuthoringAsk, isAuthoringContext, type AuthoringAnswer, type AuthoringAsk, type AuthoringContext } from './authoring';

/** What hovers show of a resolved time (the scanner's details stay in the worker). */
export type TimeView = Pick<ResolvedTime, 'text' | 'range' | 'instant' | 'zone' | 'offsetMinutes' | 'unknown' | 'assumptions' | 'problem' | 'zoneAssumed' | 'zoneText' | 'source' | 'zeroOffsetMinutes' | 'approximate' | 'hedgedText'>;

/** Where the document's sections are (1-based lines), for completions: small, so it crosses with every result. */
export interface OutlineView {
  sections: { standard?: StandardSectionId; headingLine: number; endLine: number }[];
  frontMatter?: { startLine: number; endLine: number };
}

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
  outline: OutlineView;
  /** Milliseconds the check itself took. */
  checkMs: number;
}

/** The view of a resolved time. */
export function toTimeView(t: ResolvedTime): TimeView {
  const v: TimeView = { text: t.text, range: t.range, assumptions: t.assumptions, source: t.source };
  if (t.zoneText !== undefined) v.zoneText = t.zoneText;
  if (t.instant !== undefined) v.instant = t.instant;
  if (t.zone !== undefined) v.zone = t.zone;
  if (t.offsetMinutes !== undefined) v.offsetMinutes = t.offsetMinutes;
  if (t.unknown) v.unknown = true;
  if (t.problem) v.problem = t.problem;
  if (t.zoneAssumed) v.zoneAssumed = true;
  // an offset entry's offset: the "now" completion writes now as an offset next to it
  if (t.zeroOffsetMinutes !== undefined) v.zeroOffsetMinutes = t.zeroOffsetMinutes;
  // a hedged clock (`~14:05`): shown as written, its instant as approximate
  if (t.approximate) v.approximate = true;
  if (t.hedgedText !== undefined) v.hedgedText = t.hedgedText;
  return v;
}

/** The outline of a model. */
export function toOutlineView(model: PostmortemModel): OutlineView {
  const view: OutlineView = {
    sections: model.sections.map((s) => ({ ...(s.standard ? { standard: s.standard } : {}), headingLine: s.headingRange.start.line, endLine: s.endLine })),
  };
  if (model.frontMatter) view.frontMatter = { startLine: model.frontMatter.range.start.line, endLine: model.frontMatter.range.end.line };
  return view;
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

/** Editor -> worker: our rules for this text (answered with `result`). */
export interface LintRequest {
  type: 'lint';
  id: number;
  text: string;
  options: CheckOptions;
}

/**
 * Editor -> worker: markdownlint's rules for this text of document `key` (answered with `markdownlint`). A newer
 * request for the same key replaces this one: it is answered `abandoned` if it is still waiting, or at its next chunk
 * if it is running.
 */
export interface MarkdownlintRequest {
  type: 'markdownlint';
  id: number;
  key: string;
  text: string;
  options: CheckOptions;
}

/** How the worker renders a report: the renderer's options without the body cache (the worker keeps its own). */
export type WorkerRenderOptions = Omit<RenderOptions, 'bodyCache'>;

/**
 * Editor -> worker: the report of this text of document `key` (answered with `rendered`): `content` is what the
 * preview swaps in, `page` a whole HTML page. Like markdownlint requests, a newer request with the same key replaces
 * this one.
 */
export interface RenderRequest {
  type: 'render';
  id: number;
  key: string;
  text: string;
  options: CheckOptions;
  render: WorkerRenderOptions;
  part: 'content' | 'page';
}

/** Editor -> worker: what Insert Timestamp or Add Timeline Entry writes in this text (answered with `authored`). */
export interface AuthoringRequest {
  type: 'authoring';
  id: number;
  text: string;
  context: AuthoringContext;
  ask: AuthoringAsk;
}

export type WorkerRequest = LintRequest | MarkdownlintRequest | RenderRequest | AuthoringRequest;

/** Worker -> editor: the answer to request `id`. */
export type WorkerResponse =
  | { type: 'result'; id: number; output: LintOutput }
  | { type: 'markdownlint'; id: number; findings: Finding[] }
  | { type: 'rendered'; id: number; html: string }
  | { type: 'authored'; id: number; answer: AuthoringAnswer }
  | { type: 'abandoned'; id: number }
  | { type: 'error'; id: number; message: string };

/** True for a well-formed request (anything else sent to the worker is ignored). */
export function isWorkerRequest(m: unknown): m is WorkerRequest {
  const r = m as { type?: unknown; id?: unknown; key?: unknown; text?: unknown; options?: unknown; render?: unknown; part?: unknown; context?: unknown; ask?: unknown } | null;
  if (!r || typeof r.id !== 'number' || typeof r.text !== 'string') return false;
  if (r.type === 'authoring') return isAuthoringContext(r.context) && isAuthoringAsk(r.ask);
  if (typeof r.options !== 'object' || r.options === null) return false;
  if (r.type === 'lint') return true;
  if (typeof r.key !== 'string') return false;
  return r.type === 'markdownlint'
    || (r.type === 'render' && typeof r.render === 'object' && r.render !== null && (r.part === 'content' || r.part === 'page'));
}

/** An error as the message that crosses back to the editor. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
}
