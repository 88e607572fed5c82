// The text of a timestamp hover: how the time was read, in the document's zone and in UTC, its offset from the
// outage start and what was assumed. Pure, so the wording is unit-tested without the editor.
import type { DocumentZone } from '../../core/analysis/types';
import type { TimeView } from '../lint/protocol';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** `+05:30`, `-04:00`; `UTC` offset 0 is `+00:00`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** The UTC offset of `zone` at `instant`, in minutes (east positive); undefined for a zone Intl does not know. */
export function zoneOffsetMinutes(instant: number, zone: string): number | undefined {
  if (zone === 'UTC' || zone === 'Z') return 0;
  const fixed = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (fixed) return (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3]));
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    }).formatToParts(new Date(instant));
    const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
    const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    return Math.round((local - Math.floor(instant / 1000) * 1000) / 60_000);
  } catch {
    return undefined;
  }
}

/** `Mon 27 Sep 2021 15:06` at the given offset (seconds only when not zero). */
export function formatWallClock(instant: number, offsetMinutes: number): string {
  const d = new Date(instant + offsetMinutes * 60_000);
  const seconds = d.getUTCSeconds() ? `:${pad(d.getUTCSeconds())}` : '';
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${seconds}`;
}

/** ISO-8601 in UTC without milliseconds: `2021-09-27T19:06:00Z`. */
export function formatUtc(instant: number): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `T+04:21`, `T-00:05`: hours and minutes from the outage start. */
export function formatOffsetFromStart(instant: number, start: number): string {
  const minutes = Math.round((instant - start) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `T${sign}${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** One line for an instant in a zone: `Mon 27 Sep 2021 15:06 America/New_York (UTC-04:00)`. */
function inZone(instant: number, zone: string, knownOffset?: number): string | undefined {
  const offset = knownOffset ?? zoneOffsetMinutes(instant, zone);
  if (offset === undefined) return undefined;
  return `${formatWallClock(instant, offset)} ${zone} (UTC${formatOffset(offset)})`;
}

/** Two resolved times are the same written time (results cross a worker, so identity is lost). */
function sameSpan(a: TimeView, b: TimeView): boolean {
  return a.range.start.line === b.range.start.line && a.range.start.column === b.range.start.column
    && a.range.end.line === b.range.end.line && a.range.end.column === b.range.end.column;
}

/** What the hover needs besides the time itself. */
export interface HoverContext {
  documentZone?: DocumentZone;
  /** The outage start, when the document gives one. */
  start?: TimeView;
}

/** The hover of a time as Markdown lines. */
export function timeHoverLines(t: TimeView, ctx: HoverContext): string[] {
  const written = `\`${t.text.replace(/`/g, '\'')}\``;
  if (t.unknown) return [`${written}: an unknown time, left out of the ordering and the metrics.`];
  if (t.instant === undefined) {
    const why = t.problem ? `: ${t.problem.message}` : '.';
    return [`${written} could not be placed in time${why}`, ...t.assumptions.map((a) => `- ${a}`)];
  }
  const lines = [`${written} is read as:`, ''];
  const docZone = ctx.documentZone?.zone;
  const own = t.zone ? inZone(t.instant, t.zone, t.offsetMinutes) : undefined;
  if (own && t.zone !== 'UTC') lines.push(`- ${own}${t.zone === docZone ? ' (the document\'s zone)' : ''}`);
  if (docZone && docZone !== t.zone && docZone !== 'UTC') {
    const doc = inZone(t.instant, docZone);
    if (doc) lines.push(`- ${doc} (the document's zone)`);
  }
  lines.push(`- ${formatUtc(t.instant)} (UTC)`);
  const isStart = !!ctx.start && sameSpan(ctx.start, t);
  if (ctx.start?.instant !== undefined && !isStart) {
    lines.push(`- ${formatOffsetFromStart(t.instant, ctx.start.instant)} from the outage start (\`${ctx.start.text}\`)`);
  } else if (isStart) {
    lines.push('- T+00:00: the outage start');
  }
  const assumed = [...t.assumptions];
  if (t.zoneAssumed && !assumed.some((a) => /UTC/.test(a))) assumed.push('no zone written or declared, so UTC');
  if (assumed.length) lines.push('', `Assumed: ${assumed.join('; ')}.`);
  return lines;
}
