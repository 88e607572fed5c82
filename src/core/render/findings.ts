/** The findings strip: counts by severity, and the list of findings, each revealing its line when clicked. */
import type { Finding, Severity } from '../types';
import { escapeHtml } from './escape';

const ORDER: Severity[] = ['error', 'warning', 'info'];
const LABELS: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
};

/** Counts findings by severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Renders the strip; says so when the document has no findings. */
export function renderFindings(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  if (findings.length === 0) {
    return '<section class="pm-findings pm-findings-clean" id="pm-findings"><span class="pm-chip pm-chip-ok">No problems found</span></section>';
  }
  const chips = ORDER.filter((s) => counts[s] > 0).map((s) => {
    const first = findings.find((f) => f.severity === s) as Finding;
    const label = LABELS[s][counts[s] === 1 ? 0 : 1];
    return `<button type="button" class="pm-chip pm-chip-${s}" id="pm-count-${s}" data-line="${first.range.start.line}" title="Go to the first ${LABELS[s][0]}">${counts[s]} ${label}</button>`;
  });
  const items = findings.map((f) =>
    `<li class="pm-finding pm-finding-${f.severity}" data-line="${f.range.start.line}">` +
    `<span class="pm-finding-where">line ${f.range.start.line}</span> <code>${escapeHtml(f.ruleId)}</code> ${escapeHtml(f.message)}</li>`,
  );
  return [
    '<section class="pm-findings" id="pm-findings">',
    `<div class="pm-chips">${chips.join('')}</div>`,
    `<details class="pm-finding-list"><summary>Show ${findings.length === 1 ? 'the finding' : `all ${findings.length} findings`}</summary><ul>${items.join('')}</ul></details>`,
    '</section>',
  ].join('');
}
