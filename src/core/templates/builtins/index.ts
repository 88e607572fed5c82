/** The templates that ship with the extension, in the order the quick pick shows them. */
import type { Template } from '../types';
import { classicTemplate } from './classic';
import { googleSreTemplate } from './google-sre';
import { incidentSummaryTemplate } from './incident-summary';
import { pagerDutyTemplate } from './pagerduty';

/** Built-in templates: Classic, Google SRE, PagerDuty, Incident summary. */
export const builtInTemplates: readonly Template[] = [
  { name: 'Classic', description: 'Outage start and end, what occurred, impact, root cause; timeline; corrective measures', body: classicTemplate, source: 'built-in', bodyLineOffset: 0 },
  { name: 'Google SRE', description: 'Summary, impact, root causes, trigger, detection, action items, lessons learned, timeline', body: googleSreTemplate, source: 'built-in', bodyLineOffset: 0 },
  { name: 'PagerDuty', description: 'Overview, what happened, contributing factors, responders, timeline, messaging', body: pagerDutyTemplate, source: 'built-in', bodyLineOffset: 0 },
  { name: 'Incident summary', description: 'A short summary for small incidents: the required sections only', body: incidentSummaryTemplate, source: 'built-in', bodyLineOffset: 0 },
];
