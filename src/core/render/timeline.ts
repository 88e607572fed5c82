/**
 * The visual timeline: an SVG band for the outage window with each timed event placed on it, x proportional
 * to time, and the list of entries with their `T+hh:mm` offsets from the start. A timeline of offsets with no clock
 * time for its zero point (`T+0:26`) is drawn on its offsets, which need no instant.
 */
import type { Analysis, AnalyzedTimelineEntry, DocumentZone, ResolvedTime } from '../analysis/types';
import { isStrayTime } from '../analysis/resolved';
import { delayWords, scaleOf } from '../analysis/zero-point';
import { escapeHtml } from './escape';
import { formatInstant, formatOffset } from './format';

/** SVG coordinates: the drawing is `WIDTH` wide with `PAD` on each side. */
export const TIMELINE_WIDTH = 1000;
const PAD = 40;
const AXIS_Y = 56;
const TICK_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080];

/** One event on the band. */
export interface TimelinePoint {
  line: number;
  instant: number;
  x: number;
  text: string;
}

/** Where things go on the band. */
export interface TimelineLayout {
  /** Instant (or, on a relative timeline, offset from zero in ms) at the left and right ends of the axis. */
  from: number;
  to: number;
  /** The outage window, when start and end are known. */
  band?: { x1: number; x2: number };
  points: TimelinePoint[];
  /** What offsets count from: the outage start, else the first event. */
  origin: number;
}

/** x of `instant` on an axis from `from` to `to`. */
export function xOf(instant: number, from: number, to: number): number {
  const span = to - from || 1;
  return PAD + ((instant - from) / span) * (TIMELINE_WIDTH - 2 * PAD);
}

/** Places the outage window and the timed events; undefined when nothing can be placed. */
export function layoutTimeline(analysis: Analysis): TimelineLayout | undefined {
  const onInstants = !analysis.relativeTimeline;
  const start = scaleOf(analysis.metrics.start?.time, onInstants);
  const end = scaleOf(analysis.metrics.end?.time, onInstants);
  // a stray time (a clock alone on its line, nothing under it) is listed but not drawn: nothing happened there to show
  const timed = analysis.timeline.filter((e) => scaleOf(e.time, onInstants) !== undefined && !e.time.unknown && !isStrayTime(e, e.time));
  const instants = [start, end, ...timed.map((e) => scaleOf(e.time, onInstants))].filter((t): t is number => t !== undefined);
  if (instants.length === 0) return undefined;
  let from = Math.min(...instants);
  let to = Math.max(...instants);
  if (to - from < 60_000) {
    from -= 30 * 60_000;
    to += 30 * 60_000;
  }
  const points = timed.map((e) => {
    const at = scaleOf(e.time, onInstants) as number;
    return { line: e.line, instant: at, x: xOf(at, from, to), text: e.text };
  });
  const band = start !== undefined && end !== undefined && end >= start ? { x1: xOf(start, from, to), x2: xOf(end, from, to) } : undefined;
  return { from, to, band, points, origin: start ?? Math.min(...points.map((p) => p.instant)) };
}

const fmt = (n: number): string => n.toFixed(1);

function ticks(layout: TimelineLayout): string {
  const spanMinutes = (layout.to - layout.from) / 60_000;
  const step = TICK_STEPS.find((s) => spanMinutes / s <= 8) ?? 10080;
  const out: string[] = [];
  const firstOffset = Math.ceil((layout.from - layout.origin) / 60_000 / step) * step;
  for (let offset = firstOffset; layout.origin + offset * 60_000 <= layout.to; offset += step) {
    const x = fmt(xOf(layout.origin + offset * 60_000, layout.from, layout.to));
    out.push(`<line class="pm-tl-tick" x1="${x}" x2="${x}" y1="${AXIS_Y - 4}" y2="${AXIS_Y + 4}"></line>`);
    out.push(`<text class="pm-tl-tick-label" x="${x}" y="${AXIS_Y + 30}" text-anchor="middle">${formatOffset(offset)}</text>`);
  }
  return out.join('');
}

/** Points grouped by drawing unit: events closer than one unit share a marker, so a huge timeline stays light. */
function markers(points: readonly TimelinePoint[]): TimelinePoint[][] {
  const groups = new Map<number, TimelinePoint[]>();
  for (const p of points) {
    const key = Math.round(p.x);
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  return [...groups.values()];
}

/** Renders the SVG band. */
export function renderTimelineSvg(layout: TimelineLayout): string {
  const parts = [
    `<svg class="pm-tl-svg" id="pm-timeline-svg" viewBox="0 0 ${TIMELINE_WIDTH} 96" width="100%" role="img" aria-label="Outage timeline">`,
    `<line class="pm-tl-axis" x1="${PAD}" x2="${TIMELINE_WIDTH - PAD}" y1="${AXIS_Y}" y2="${AXIS_Y}"></line>`,
  ];
  if (layout.band) {
    const { x1, x2 } = layout.band;
    parts.push(`<rect class="pm-tl-band" id="pm-tl-band" x="${fmt(x1)}" y="${AXIS_Y - 14}" width="${fmt(Math.max(x2 - x1, 2))}" height="28" rx="3"><title>Outage window</title></rect>`);
  }
  parts.push(ticks(layout));
  markers(layout.points).forEach((group, i) => {
    // alternate marker heights a little so neighbouring events stay visible
    const y = AXIS_Y - 24 - (i % 3) * 6;
    const p = group[0];
    const first = formatOffset((p.instant - layout.origin) / 60_000);
    const title = group.length === 1 ? `${first} ${p.text}`
      : `${first} to ${formatOffset((group[group.length - 1].instant - layout.origin) / 60_000)}: ${group.length} events, first: ${p.text}`;
    parts.push(
      `<g class="pm-tl-point" data-line="${p.line}"><line class="pm-tl-stem" x1="${fmt(p.x)}" x2="${fmt(p.x)}" y1="${y}" y2="${AXIS_Y}"></line>` +
      `<circle class="pm-tl-dot" cx="${fmt(p.x)}" cy="${y}" r="5"><title>${escapeHtml(title)}</title></circle></g>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

function offsetOf(entry: AnalyzedTimelineEntry, origin: number | undefined, onInstants: boolean): string {
  const at = entry.time.unknown ? undefined : scaleOf(entry.time, onInstants);
  const minutes = entry.offsetFromStartMinutes ?? (at !== undefined && origin !== undefined ? (at - origin) / 60_000 : undefined);
  return minutes === undefined ? '<span class="pm-offset pm-unknown">T?</span>' : `<span class="pm-offset">${formatOffset(minutes)}</span>`;
}

/**
 * The time of an entry written as a delay after the entry before (`Five minutes later`), marked as computed: its clock
 * time when it has one (`≈` before it when the delay is hedged) and the delay it adds (`(+5 min)`).
 */
function computedTime(t: ResolvedTime, placed: boolean, zone: DocumentZone | undefined): string {
  const { minutes, line } = t.afterPrevious!;
  const delay = delayWords(minutes);
  const clock = placed ? `${escapeHtml(formatInstant(t, zone).local)} ` : '';
  const title = `computed: ${t.approximate ? 'about ' : ''}${delay} after the entry on line ${line}`;
  return ` <span class="pm-tl-clock pm-tl-computed" title="${title}">${t.approximate ? '≈ ' : ''}${clock}(+${delay})</span>`;
}

/** An entry's time as written: a hedged clock with its hedge (`~14:05`, `about 14:15 UTC`, `14:05-ish`). */
function shownTime(e: AnalyzedTimelineEntry): string {
  return e.time.hedgedText ?? (e.time.text || e.timeText);
}

/** A clock struck through in a time corrected in place (`2024-03-12 ~~14:30~~ 14:40`), in escaped text. */
const STRUCK = /~~([^~]+)~~/g;

/** An entry's time as written, as HTML: escaped, and a clock struck through in it shown struck through. */
function shownTimeHtml(e: AnalyzedTimelineEntry): string {
  const html = escapeHtml(shownTime(e));
  return html.includes('~~') ? html.replace(STRUCK, '<del>$1</del>') : html;
}

/** The note a table's time cell writes after the time (`(first page)`), after the time. */
function timeNote(e: AnalyzedTimelineEntry): string {
  return e.timeNote ? ` <span class="pm-tl-note">${escapeHtml(e.timeNote.text)}</span>` : '';
}

/** The tooltip of a hedged clock: how far off it may be. */
function hedgeTitle(t: ResolvedTime): string {
  return t.approximate && !t.afterPrevious && t.hedgeMinutes ? ` title="approximate: may be off by ${t.hedgeMinutes} min"` : '';
}

/** Renders the timeline section: the band and the entries with their offsets. */
export function renderTimeline(analysis: Analysis): string {
  const layout = layoutTimeline(analysis);
  if (!layout && analysis.timeline.length === 0) return '';
  const onInstants = !analysis.relativeTimeline;
  const items = analysis.timeline.map((e) => {
    const placed = e.time.instant !== undefined && !e.time.unknown;
    const datetime = placed ? ` datetime="${new Date(e.time.instant as number).toISOString()}"` : '';
    // an offset from the zero point (`T+3m`) placed by the zero point's clock shows that clock too
    const clock = e.time.afterPrevious ? computedTime(e.time, placed, analysis.documentZone)
      : placed && e.zeroOffsetMinutes !== undefined ? ` <span class="pm-tl-clock">${escapeHtml(formatInstant(e.time, analysis.documentZone).local)}</span>` : '';
    // a message pasted from a chat names its sender before its text
    const author = e.author ? `<span class="pm-tl-author">${escapeHtml(e.author.text)}</span> ` : '';
    return `<li class="pm-tl-entry" data-line="${e.line}">${offsetOf(e, layout?.origin, onInstants)}` +
      `<time class="pm-tl-time"${datetime}${hedgeTitle(e.time)}>${shownTimeHtml(e)}</time>${clock}${timeNote(e)} ${author}<span class="pm-tl-text">${escapeHtml(e.text)}</span></li>`;
  });
  return [
    '<section class="pm-card pm-timeline" id="pm-timeline">',
    '<h2>Timeline</h2>',
    layout ? renderTimelineSvg(layout) : '',
    items.length ? `<ol class="pm-tl-list">${items.join('')}</ol>` : '',
    '</section>',
  ].join('');
}
