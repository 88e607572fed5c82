/** The report renderer: pure HTML from an analysed postmortem. */
export { renderReport, renderReportContent, contentSecurityPolicy } from './report';
export type { RenderInput, RenderOptions } from './report';
export { REPORT_CSS } from './styles';
export { escapeHtml } from './escape';
export { formatMinutes, formatOffset, formatInstant } from './format';
export { layoutTimeline, xOf, TIMELINE_WIDTH } from './timeline';
export { isSafeLink } from './body';
export { METRIC_FORMULAS } from './header';
export { BodyCache } from './bodyCache';
