/**
 * Workspace templates: `.postmortem/templates/*.md`, Markdown whose front matter (`name`, `description`) describes
 * the template; everything after it is the body, which may start with the new document's own front matter.
 */
import { parse as parseYaml } from 'yaml';
import type { Template, TemplateProblem } from './types';

/** The folder of workspace templates, relative to a workspace folder. */
export const workspaceTemplateFolder = '.postmortem/templates';

/** A template file read: the template, and what is wrong with its front matter. */
export interface ParsedTemplateFile {
  template: Template;
  problems: TemplateProblem[];
}

/** The file name without folders and without `.md`. */
function baseName(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.md$/i, '');
}

/** Reads a workspace template; without front matter, the whole file is the body and the file name is its name. */
export function parseWorkspaceTemplate(text: string, path: string): ParsedTemplateFile {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const lines = normalized.split('\n');
  const problems: TemplateProblem[] = [];
  let name = baseName(path);
  let description = path;
  let bodyLineOffset = 0;
  if (lines[0]?.trimEnd() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (close < 0) {
      problems.push({ line: 1, column: 1, message: 'the front matter has no closing `---`' });
    } else {
      bodyLineOffset = close + 1;
      try {
        const data: unknown = parseYaml(lines.slice(1, close).join('\n'));
        const meta = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
        if (typeof meta.name === 'string' && meta.name.trim()) name = meta.name.trim();
        else problems.push({ line: 1, column: 1, message: `the front matter has no \`name\`; the template is called "${name}"` });
        if (typeof meta.description === 'string') description = meta.description.trim();
      } catch (e) {
        problems.push({ line: 1, column: 1, message: `the front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}` });
      }
    }
  }
  // the blank line after the template's front matter is not part of the document
  while (bodyLineOffset < lines.length - 1 && bodyLineOffset > 0 && lines[bodyLineOffset].trim() === '') bodyLineOffset += 1;
  const body = lines.slice(bodyLineOffset).join('\n');
  return { template: { name, description, body, source: 'workspace', path, bodyLineOffset }, problems };
}

/** The template called `name` (case-insensitive); workspace templates win over built-in ones of the same name. */
export function findTemplate(templates: readonly Template[], name: string): Template | undefined {
  const wanted = name.trim().toLowerCase();
  const matches = templates.filter((t) => t.name.toLowerCase() === wanted);
  return matches.find((t) => t.source === 'workspace') ?? matches[0];
}
