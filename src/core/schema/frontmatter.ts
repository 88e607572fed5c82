/**
 * The YAML front matter of a postmortem, as a zod schema. The parser validates with it; the JSON Schema
 * shipped in `schemas/frontmatter.schema.json` is generated from it with `z.toJSONSchema(frontMatterSchema)`.
 */
import { z } from 'zod';

/** Case-insensitive letter class for JSON Schema patterns, which have no `i` flag (`sev` -> `[Ss][Ee][Vv]`). */
function anyCase(word: string): string {
  return word.replace(/[a-z]/g, (c) => `[${c.toUpperCase()}${c}]`);
}

/** Severity words accepted besides `SEV1`-style and `P1`-style levels. */
export const severityWords = ['critical', 'major', 'high', 'medium', 'moderate', 'minor', 'low'] as const;

/**
 * Severity words of status pages (cState: down, disrupted, notice; Jekyll status themes: outage, degradation; others:
 * major outage, degraded performance, ...).
 */
export const statusPageSeverityWords = [
  'down', 'disrupted', 'notice', 'outage', 'major outage', 'partial outage', 'minor outage', 'degraded performance', 'degraded',
  'degradation', 'maintenance', 'under maintenance',
] as const;

/** Document status words (the lifecycle of the postmortem itself, or of the incident). */
export const statusWords = [
  'draft', 'in-review', 'in review', 'review', 'reviewed', 'final', 'published', 'approved', 'complete', 'completed',
  'closed', 'open', 'resolved', 'ongoing', 'investigating', 'mitigated', 'monitoring',
] as const;

/** A severity, maybe with a note in parentheses after it (`P1 (2h53m total API outage)`). */
const severityPattern = `^(?:${anyCase('sev')}[ -]?[0-5]|[Pp][0-5]|${[...severityWords, ...statusPageSeverityWords].map((w) => anyCase(w).replace(/ /g, '[ -]?')).join('|')})(?: +\\([^()]*(?:\\([^()]*\\)[^()]*)*\\))?$`;
const severityMessage = `expected SEV1-SEV5, P1-P5, a number 0-5, ${severityWords.join(', ')}, or a status-page severity (${statusPageSeverityWords.join(', ')}).`;
const timeMessage = 'expected a date and time as text (`2024-03-12T14:02Z`, `2024-03-12 14:02 UTC`)';
const statusPattern = `^(?:${statusWords.map((w) => anyCase(w).replace(/[ -]/g, '[ -]?')).join('|')})$`;

/** A YAML timestamp becomes its ISO text. */
const timeText = z.preprocess((v) => (v instanceof Date ? v.toISOString() : v), z.string({ error: `${timeMessage}.` }));
const timeExamples = '(`2024-03-12T14:02Z`, `2024-03-12 14:02 UTC`, `September 27, 2021 3:06 PM EDT`)';

/** A time as written; times are checked later by the time analysis. */
const timeValue = (what: string) => timeText.optional().describe(`${what}, as written ${timeExamples}.`);

/** A string or a list of strings (`authors: Alice` or `authors: [Alice, Bob]`). */
const stringOrList = z.union([z.string(), z.array(z.string())], { error: 'expected a name or a list of names (`Alice` or `[Alice, Bob]`).' });

/**
 * The front matter keys a postmortem may carry. Every key is optional; unknown keys are allowed and kept.
 * Time keys take any text; the analysis reads and checks it.
 */
export const frontMatterSchema = z.looseObject({
  title: z.string({ error: 'expected text.' }).optional().describe('Title of the postmortem.'),
  type: z.string({ error: 'expected text, e.g. `postmortem`.' }).optional().describe('Kind of document, e.g. `postmortem`.'),
  severity: z.union([
    z.string({ error: severityMessage }).regex(new RegExp(severityPattern), { error: severityMessage }),
    z.number({ error: severityMessage }).int({ error: severityMessage }).min(0, { error: severityMessage }).max(5, { error: severityMessage }),
  ], { error: severityMessage }).optional()
    .describe('Incident severity: `SEV1`-`SEV5` (also `SEV0`, `Sev 2`), `P0`-`P5`, a number 0-5, critical/major/high/medium/moderate/minor/low, '
      + `or a status-page severity (${statusPageSeverityWords.join('/')}), maybe with a note in parentheses (\`P1 (API down)\`).`),
  status: z.string({ error: `expected one of ${statusWords.join(', ')}.` }).regex(new RegExp(statusPattern), { error: `expected one of ${statusWords.join(', ')}.` }).optional()
    .describe(`Status of the document or incident: ${statusWords.join(', ')}.`),
  incident: z.union([z.string(), z.number()], { error: 'expected an incident id or URL (`INC-1234`, `1234`, `https://...`).' }).optional()
    .describe('Incident id (`INC-1234`, `1234`) or the URL of the incident.'),
  date: timeValue('Date of the incident'),
  start: timeValue('When the impact started'),
  end: timeValue('When the impact ended'),
  detected: timeValue('When the incident was detected'),
  mitigated: timeValue('When the impact was mitigated'),
  resolved: z.union([timeText, z.boolean()], { error: `${timeMessage}, or true/false (a status page's "resolved").` }).optional()
    .describe(`When the incident was resolved, as written ${timeExamples}; or \`true\`/\`false\`, as status pages (cState) write whether it is resolved (no time).`),
  resolvedWhen: timeValue('When a status-page (cState) incident was resolved, with `resolved: true`'),
  resolvedDate: timeValue('When a status-page incident was resolved (Jekyll status themes; with a clock, `date` is then the start)'),
  timezone: z.string({ error: 'expected a zone: an IANA name (`America/New_York`), `UTC`, an abbreviation or an offset (`+01:00`).' }).optional()
    .describe('Zone of times written without one: an IANA name (`America/New_York`), `UTC`, an abbreviation (`PST/PDT`) or an offset (`+01:00`).'),
  authors: stringOrList.optional().describe('Author or authors of the postmortem.'),
  owner: z.string({ error: 'expected a name.' }).optional().describe('Owner of the postmortem or incident commander.'),
  services: stringOrList.optional().describe('Services affected.'),
  tags: stringOrList.optional().describe('Free-form tags.'),
}).describe('Front matter of an incident postmortem.');

/** The validated front matter data. */
export type FrontMatterData = z.infer<typeof frontMatterSchema>;
