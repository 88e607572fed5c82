/**
 * The editor settings (`postmortem.*`) as a zod schema: the single source of their types, defaults and
 * descriptions. The JSON schema and the settings docs are generated from / checked against it.
 * Parsing is per setting, so one bad value falls back to its default with a message instead of failing all.
 */
import { z } from 'zod';
import type { CheckOptions, RuleSetting } from '../check/types';
import type { StandardSectionId } from '../model/types';

/** Globs that mark a Markdown file as a postmortem by its path. */
export const DEFAULT_POSTMORTEM_FILES = ['**/postmortems/**', '**/postmortem*.md', '**/incidents/**'];

/** The standard section ids, in template order. */
export const STANDARD_SECTION_IDS = [
  'summary', 'impact', 'timeline', 'rootCause', 'trigger', 'detection', 'resolution',
  'actionItems', 'lessonsLearned', 'whatWentWell', 'whatWentWrong', 'whereWeGotLucky',
] as const satisfies readonly StandardSectionId[];

/** Sections required when nothing else is configured (the core's default). */
export const DEFAULT_REQUIRED_SECTIONS: StandardSectionId[] = ['summary', 'impact', 'timeline', 'rootCause', 'resolution', 'actionItems'];

/** True for a zone name the platform's Intl knows (`America/New_York`, `UTC`). */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A rule's severity override. */
export const ruleSettingSchema = z.enum(['error', 'warning', 'info', 'off', 'default']);

const ruleKey = z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/, 'a rule id (PM004, MD013) or name (end-before-start)');

/** The shape of every `postmortem.*` setting, keyed as under `postmortem.` (nested objects for dotted keys). */
export const settingsSchema = z.object({
  enable: z.boolean().default(true)
    .describe('Check postmortems as you type: diagnostics, quick fixes, hovers and the outage duration in the status bar.'),
  files: z.array(z.string().min(1)).default(DEFAULT_POSTMORTEM_FILES)
    .describe('Glob patterns of Markdown files that are postmortems, matched against the workspace-relative path. Files whose front matter says `type: postmortem` or whose first heading says Postmortem, Post-mortem, Incident review or Retrospective are checked too.'),
  defaultTimeZone: z.string().refine((s) => s === '' || isKnownTimeZone(s), 'an IANA time zone such as America/New_York, or UTC').default('')
    .describe('Time zone for times written without one when the document declares none (IANA name such as `America/New_York`, or `UTC`). Empty: UTC.'),
  requiredSections: z.array(z.enum(STANDARD_SECTION_IDS)).default(DEFAULT_REQUIRED_SECTIONS)
    .describe('Sections every postmortem must have. A `.postmortem.json` in the workspace folder overrides this.'),
  rules: z.record(ruleKey, ruleSettingSchema).default({})
    .describe('Severity per rule, by id (`PM004`, `MD013`) or name: `error`, `warning`, `info`, `off`, or `default`.'),
  markdownlint: z.object({
    enable: z.boolean().default(true).describe('Also report markdownlint\'s own Markdown style rules (with quiet defaults).'),
  }).default({ enable: true }),
  validate: z.object({
    debounceMs: z.number().int().min(0).max(5000).default(150)
      .describe('Milliseconds to wait after the last keystroke before checking the document again.'),
  }).default({ debounceMs: 150 }),
  newPostmortem: z.object({
    folder: z.string().min(1).default('postmortems')
      .describe('Folder, relative to the workspace folder, where New Postmortem writes YYYY-MM-DD-slug.md.'),
  }).default({ folder: 'postmortems' }),
  author: z.string().default('')
    .describe('Your name, for the {{author}} variable of templates. Empty: the name is left as a blank to fill in.'),
});

/** Parsed settings with every default filled in. */
export type Settings = z.infer<typeof settingsSchema>;

/** The settings when nothing is set. */
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Settings after validation, and one readable sentence per value that was rejected. */
export interface ParsedSettings {
  settings: Settings;
  problems: string[];
}

function describeIssue(key: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const at = [key, ...(issue?.path ?? []).map(String)].join('.');
  return `postmortem.${at}: ${issue?.message ?? 'invalid value'}`;
}

/**
 * Validates raw settings (as read from the editor) one key at a time: a bad value is replaced by its default and
 * reported; bad entries of `rules` are dropped one by one. Never throws.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  const input = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const problems: string[] = [];
  const out: Record<string, unknown> = {};
  const shape = settingsSchema.shape;
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const value = input[key];
    if (key === 'rules' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const rules: Record<string, RuleSetting> = {};
      for (const [k, v] of Object.entries(value)) {
        const r = z.object({ k: ruleKey, v: ruleSettingSchema }).safeParse({ k, v });
        if (r.success) rules[k] = r.data.v;
        else problems.push(`postmortem.rules.${k}: ${r.error.issues[0]?.path[0] === 'k' ? 'not a rule id or name' : r.error.issues[0]?.message}`);
      }
      out.rules = rules;
      continue;
    }
    const r = (shape[key] as z.ZodType).safeParse(value);
    if (r.success) out[key] = r.data;
    else {
      problems.push(describeIssue(key, r.error));
      out[key] = DEFAULT_SETTINGS[key];
    }
  }
  return { settings: out as Settings, problems };
}

/** What a workspace `.postmortem.json` may set that the editor uses (validated by its own schema). */
export interface ProjectConfigOverrides {
  requiredSections?: StandardSectionId[];
  rules?: Record<string, RuleSetting>;
  defaultTimeZone?: string;
  markdownlint?: boolean | Record<string, unknown>;
}

/**
 * The check options for the editor: settings, then the workspace `.postmortem.json` over them (the file the CLI and
 * CI read, so the editor agrees with CI); rules merge key by key. `markdownlint.enable: false` in the settings
 * always turns markdownlint off.
 */
export function toCheckOptions(settings: Settings, project: ProjectConfigOverrides | undefined, fileName?: string): CheckOptions {
  const zone = project?.defaultTimeZone ?? (settings.defaultTimeZone || undefined);
  const markdownlint = !settings.markdownlint.enable ? false : project?.markdownlint ?? true;
  const options: CheckOptions = {
    requiredSections: project?.requiredSections ?? settings.requiredSections,
    rules: { ...settings.rules, ...project?.rules },
    markdownlint,
  };
  if (zone) options.defaultTimeZone = zone;
  if (fileName) options.fileName = fileName;
  return options;
}
