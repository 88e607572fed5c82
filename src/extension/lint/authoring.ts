// What Insert Timestamp and Add Timeline Entry write, computed from a text of the document: in the rules' worker for
// a large document (it reads the document the way the last check did, from the core's memory, and the editor's
// thread never analyzes it), or inline for a small one. Plain data in and out: it crosses to and from the worker.
import { analyze } from '../../core/analysis/analyze';
import { timelineInsertion, timestampAt, type TimelineInsertion } from '../../core/templates';

/** How the document's times are read: now, its file name, and the `postmortem.defaultTimeZone` setting. */
export interface AuthoringContext {
  now: number;
  fileName?: string;
  /** The zone setting: the document's zone when it declares none, and the zone of a timestamp without samples. */
  defaultTimeZone?: string;
}

/**
 * What a command asks: timestamps for the given 1-based lines (and columns, where each goes: bold already opened
 * there is not opened again), or the new timeline entry.
 */
export type AuthoringAsk = { kind: 'timestamps'; lines: number[]; columns?: number[] } | { kind: 'timelineEntry' };

/** The answer: one timestamp per asked line, or the entry's edit and where the cursor goes. */
export type AuthoringAnswer = { kind: 'timestamps'; texts: string[] } | { kind: 'timelineEntry'; insertion: TimelineInsertion };

/** Answers `ask` for `text`. */
export function answerAuthoring(text: string, context: AuthoringContext, ask: AuthoringAsk): AuthoringAnswer {
  const { now, fileName, defaultTimeZone } = context;
  const analysis = analyze(text, { now, ...(fileName !== undefined ? { fileName } : {}), ...(defaultTimeZone ? { defaultTimeZone } : {}) });
  if (ask.kind === 'timelineEntry') return { kind: 'timelineEntry', insertion: timelineInsertion(analysis, now, defaultTimeZone) };
  return { kind: 'timestamps', texts: ask.lines.map((line, i) => timestampAt(analysis, now, line, defaultTimeZone, ask.columns?.[i]).text) };
}

/** True for a well-formed ask (checked in the worker, like every request). */
export function isAuthoringAsk(a: unknown): a is AuthoringAsk {
  const ask = a as { kind?: unknown; lines?: unknown; columns?: unknown } | null;
  if (!ask || typeof ask !== 'object') return false;
  const numbers = (v: unknown) => Array.isArray(v) && v.every((n) => typeof n === 'number');
  return ask.kind === 'timelineEntry' || (ask.kind === 'timestamps' && numbers(ask.lines) && (ask.columns === undefined || numbers(ask.columns)));
}

/** True for a well-formed context. */
export function isAuthoringContext(c: unknown): c is AuthoringContext {
  const ctx = c as { now?: unknown; fileName?: unknown; defaultTimeZone?: unknown } | null;
  return !!ctx && typeof ctx === 'object' && typeof ctx.now === 'number'
    && (ctx.fileName === undefined || typeof ctx.fileName === 'string') && (ctx.defaultTimeZone === undefined || typeof ctx.defaultTimeZone === 'string');
}
