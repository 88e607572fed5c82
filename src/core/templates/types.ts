/**
 * Templates for new postmortems: Markdown with `{{variables}}` substituted literally and `<blanks>` that become
 * tab stops in the editor. Nothing in a template runs; a value can never become markup of another kind.
 */

/** The variables a template may use, each already formatted as text. */
export interface TemplateVariables {
  /** The incident title, as typed. */
  title: string;
  /** The day the incident started, `YYYY-MM-DD`, in the incident's zone. */
  date: string;
  /** The incident start, formatted in the incident's zone (`2026-03-12 14:02 UTC`). */
  start: string;
  /** The zone the times are written in (`UTC`, `America/New_York`). */
  timezone: string;
  /** `SEV1`...`SEV5`, or as typed. */
  severity: string;
  /** Who writes the postmortem. */
  author: string;
}

/** The names of the template variables. */
export type TemplateVariableName = keyof TemplateVariables;

/** Every variable name, in the order the documentation lists them. */
export const templateVariableNames: readonly TemplateVariableName[] = ['title', 'date', 'start', 'timezone', 'severity', 'author'];

/** A template offered by New Postmortem. */
export interface Template {
  /** Shown in the quick pick and given to `new --template` (case-insensitive). */
  name: string;
  /** One line shown beside the name. */
  description: string;
  /** The Markdown body with `{{variables}}` and `<blanks>`. */
  body: string;
  /** Built in, or read from `.postmortem/templates/*.md`. */
  source: 'built-in' | 'workspace';
  /** For a workspace template: its path relative to the workspace folder. */
  path?: string;
  /** Lines before the body in the template's file (its front matter), so reported lines match the file. */
  bodyLineOffset: number;
}

/** A problem in a template, at a 1-based line and column of its file. */
export interface TemplateProblem {
  message: string;
  line: number;
  column: number;
}
