// A postmortem without its impact or root cause cannot teach anything: every required part must be there.
import type { ModelRule } from './types';
import { coverage, defaultRequiredSections, headingMarker, insertSectionEdit, sectionTitles, usualLevel } from './sections';
import { lineRange } from './text';

/** PM001: a required standard section is missing (synonyms and labelled fields count). */
export const requiredSection: ModelRule = {
  id: 'PM001',
  name: 'required-section',
  description: 'Required sections (summary, impact, timeline, root cause, resolution, action items) are present.',
  defaultSeverity: 'warning',
  tags: ['sections', 'structure'],
  docs: 'docs/rules/PM001.md',
  scope: 'model',
  check(ctx, report) {
    const { model } = ctx;
    const required = ctx.options.requiredSections ?? defaultRequiredSections;
    const anchor = model.title?.range ?? lineRange(model.lines, 1);
    // the usual heading level is read only for a message: most documents have every required section
    let level: number | undefined;
    for (const id of required) {
      if (coverage(model, id) !== undefined) continue;
      level ??= usualLevel(model);
      const title = sectionTitles[id];
      report({
        message: `Required section "${title}" is missing: add a "${headingMarker(model, level)} ${title}" section (a synonym heading or a labelled field also counts).`,
        range: anchor,
        fixes: [{ title: `Add a "${title}" section`, edits: [insertSectionEdit(model, id)], preferred: true }],
      });
    }
  },
};
