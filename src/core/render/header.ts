/**
 * The header card: what the reader of the report wants first (title, severity, status, the outage window in
 * the document's zone and in UTC, the duration in large type, and the times to detect, mitigate and resolve).
 */
import type { Analysis, DocumentZone, Milestone } from '../analysis/types';
import type { StandardFieldId } from '../model/types';
import { escapeHtml } from './escape';
import { formatInstant, formatMinutes } from './format';

/** The formula behind each metric, shown as its tooltip (see docs/metrics.md). */
export const METRIC_FORMULAS = {
  duration: 'Outage duration = end − start',
  timeToDetect: 'Time to detect = detected − start',
  timeToMitigate: 'Time to mitigate = mitigated − start',
  timeToResolve: 'Time to resolve = resolved − start (the end when no separate resolution time is given)',
} as const;

/** The duration box's tooltip when the duration is the one a Duration field states. */
const STATED_DURATION = 'Outage duration as the Duration field states it: the start or the end is not stated, so end − start cannot be computed';

/** A front matter value or a labelled field's value, as text. */
export function documentValue(analysis: Analysis, key: StandardFieldId): string | undefined {
  const fromFrontMatter = analysis.model.frontMatter?.data[key];
  if (typeof fromFrontMatter === 'string' || typeof fromFrontMatter === 'number') return String(fromFrontMatter);
  return analysis.model.fields.find((f) => f.key === key)?.value.trim() || undefined;
}

/** The report's title: the document's, else the file name, else `Postmortem`. */
export function reportTitle(analysis: Analysis, fileName?: string): string {
  return analysis.model.title?.text.trim() || fileName || 'Postmortem';
}

function milestoneRow(id: string, label: string, milestone: Milestone | undefined, zone: DocumentZone | undefined): string {
  if (!milestone) {
    return `<div class="pm-when" id="${id}"><dt>${label}</dt><dd class="pm-unknown">not stated</dd></div>`;
  }
  const f = formatInstant(milestone.time, zone);
  const line = milestone.time.range.start.line;
  const utc = f.utc && f.utc !== f.local ? `<span class="pm-utc">${escapeHtml(f.utc)}</span>` : '';
  const time = f.iso ? `<time datetime="${f.iso}">${escapeHtml(f.local)}</time>` : `<span class="pm-unknown">${escapeHtml(f.local)}</span>`;
  return `<div class="pm-when" id="${id}" data-line="${line}"><dt>${label}</dt><dd>${time}${utc}</dd></div>`;
}

function metricCell(id: string, label: string, minutes: number | null, formula: string): string {
  const value = minutes === null ? '<span class="pm-unknown">unknown</span>' : escapeHtml(formatMinutes(minutes));
  return `<div class="pm-metric" id="${id}" title="${escapeHtml(formula)}"><dt>${label}</dt><dd>${value}</dd></div>`;
}

function badge(id: string, label: string, value: string | undefined): string {
  if (!value) return '';
  const tone = value.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 24);
  return `<span class="pm-badge pm-badge-${tone}" id="${id}"><span class="pm-badge-label">${label}</span> ${escapeHtml(value)}</span>`;
}

/** Renders the header card. */
export function renderHeader(analysis: Analysis, fileName?: string): string {
  const m = analysis.metrics;
  const title = reportTitle(analysis, fileName);
  const titleLine = analysis.model.title?.range.start.line;
  const zone = analysis.documentZone;
  const zoneNote = zone
    ? `<p class="pm-zone" id="pm-zone">Times without a zone are read in ${escapeHtml(zone.zone)} (${escapeHtml(zone.source === 'setting' ? 'from the settings' : `“${zone.text}”`)}).</p>`
    : '';
  const duration = m.durationLabel ?? (m.durationMinutes === null ? null : formatMinutes(m.durationMinutes));
  return [
    '<header class="pm-card pm-header">',
    `<h1 id="pm-title"${titleLine ? ` data-line="${titleLine}"` : ''}>${escapeHtml(title)}</h1>`,
    `<div class="pm-badges">${badge('pm-severity', 'Severity', documentValue(analysis, 'severity'))}${badge('pm-status', 'Status', documentValue(analysis, 'status'))}</div>`,
    '<div class="pm-header-grid">',
    `<div class="pm-duration-box" title="${escapeHtml(m.durationStated ? STATED_DURATION : METRIC_FORMULAS.duration)}"${m.durationStated ? ` data-line="${m.durationStated.range.start.line}"` : ''}><div class="pm-duration-label">Outage duration</div>`,
    `<div class="pm-duration${duration ? '' : ' pm-unknown'}" id="pm-duration">${escapeHtml(duration ?? 'unknown')}</div>`,
    m.durationStated ? '<div class="pm-duration-note" id="pm-duration-stated">as stated (no start or end to compute it from)</div>' : '',
    '</div>',
    '<dl class="pm-window">',
    milestoneRow('pm-start', 'Start', m.start, zone),
    milestoneRow('pm-end', 'End', m.end, zone),
    '</dl>',
    '<dl class="pm-metrics">',
    metricCell('pm-ttd', 'Time to detect', m.timeToDetectMinutes, METRIC_FORMULAS.timeToDetect),
    metricCell('pm-ttm', 'Time to mitigate', m.timeToMitigateMinutes, METRIC_FORMULAS.timeToMitigate),
    metricCell('pm-ttr', 'Time to resolve', m.timeToResolveMinutes, METRIC_FORMULAS.timeToResolve),
    '</dl>',
    '</div>',
    zoneNote,
    '</header>',
  ].join('');
}
