// Front matter feeds the metrics and the report header: a YAML slip silently drops the start or the severity.
import type { ModelRule } from './types';

/** PM018: the YAML or TOML front matter does not parse or breaks its schema. */
export const frontMatter: ModelRule = {
  id: 'PM018',
  name: 'front-matter',
  description: 'YAML or TOML front matter parses and follows the postmortem front matter schema.',
  defaultSeverity: 'error',
  tags: ['front-matter'],
  docs: 'docs/rules/PM018.md',
  scope: 'model',
  check(ctx, report) {
    for (const problem of ctx.model.frontMatter?.problems ?? []) {
      report({ message: `Front matter: ${problem.message}`, range: problem.range });
    }
  },
};
