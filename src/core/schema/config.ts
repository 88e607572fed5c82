/**
 * The project configuration file (`.postmortem.json`, or `--config FILE`): the same keys as CheckOptions,
 * so the CLI, CI and the editor read one file the same way.
 */
import { z } from 'zod';
import type { CheckOptions } from '../check/types';
import { STANDARD_SECTION_IDS, isKnownTimeZone, ruleSettingSchema } from './settings';

/** The name of the configuration file looked up in the working directory (or workspace folder). */
export const CONFIG_FILE_NAME = '.postmortem.json';

/** The shape of `.postmortem.json`. Unknown keys are refused so a typo does not silently do nothing. */
export const configSchema = z.strictObject({
  $schema: z.string().optional().describe('Path or URL of this file\'s JSON Schema, for editors.'),
  requiredSections: z.array(z.enum(STANDARD_SECTION_IDS)).optional()
    .describe('Sections every postmortem must have (default: summary, impact, timeline, rootCause, resolution, actionItems).'),
  rules: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/, 'a rule id (PM004, MD013) or name (end-before-start)'), ruleSettingSchema).optional()
    .describe('Severity per rule, by id (`PM004`, `MD013`) or name: `error`, `warning`, `info`, `off`, or `default`.'),
  defaultTimeZone: z.string().refine(isKnownTimeZone, 'an IANA time zone such as America/New_York, or UTC').optional()
    .describe('Time zone for times written without one when the document declares none.'),
  markdownlint: z.union([z.boolean(), z.record(z.string(), z.unknown())]).optional()
    .describe('markdownlint\'s own rules: false turns them off; an object is a markdownlint configuration merged over the quiet defaults.'),
});

/** A parsed configuration file. */
export type PostmortemConfig = z.infer<typeof configSchema>;

/** The outcome of reading a configuration file: options, or one readable message. */
export type ConfigResult = { ok: true; options: CheckOptions } | { ok: false; message: string };

/** Parses the text of a configuration file (JSON, `//` and `/* *\/` comments allowed) into check options. */
export function parseConfig(text: string): ConfigResult {
  let data: unknown;
  try {
    data = JSON.parse(stripJsonComments(text.replace(/^\uFEFF/, '')));
  } catch (e) {
    return { ok: false, message: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length > 0 ? issue.path.join('.') : 'the file';
    return { ok: false, message: `${where}: ${issue.message}` };
  }
  const { $schema: _schema, ...options } = parsed.data;
  return { ok: true, options };
}

/** Removes `//` and `/* *\/` comments outside strings, keeping the rest as is. */
export function stripJsonComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else {
      out += c;
    }
  }
  return out;
}
