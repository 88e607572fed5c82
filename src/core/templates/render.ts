/**
 * Fills a template in: `{{variables}}` replaced literally (one pass, so a value is never read again) and
 * `<blanks>` kept as text for a file or turned into `${n:<blank>}` tab stops for an editor snippet.
 */
import { tokenizeTemplate } from './tokens';
import { templateVariableNames, type Template, type TemplateProblem, type TemplateVariables } from './types';

/** A filled-in template. */
export interface RenderedTemplate {
  /** The document text, blanks left as written. */
  text: string;
  /** The same text as a VS Code snippet: user text escaped, each blank a numbered placeholder. */
  snippet: string;
  /** Unknown variables, with their line and column in the template's file. */
  problems: TemplateProblem[];
}

/** Escapes text for a snippet body, as VS Code's `SnippetString.appendText` does. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/** A value as a YAML scalar, quoted when plain YAML would read it as something else. */
export function yamlScalar(value: string): string {
  const plain = /^[A-Za-z0-9_][\w .,+\-/():]*$/.test(value) && !/:( |$)/.test(value) && value === value.trim();
  if (plain && !/^(true|false|null|yes|no|on|off|~)$/i.test(value) && !/^[-+]?[\d.]+$/.test(value)) {
    return value;
  }
  return JSON.stringify(value);
}

/** The line range (0-based, end exclusive) of a front matter block at the top of `body`, if any. */
function frontMatterLines(body: string): number {
  const lines = body.split('\n');
  if (lines[0]?.trimEnd() !== '---') return 0;
  const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  return close < 0 ? 0 : close + 1;
}

/** One line (single-line values only: a newline in a title would break headings and front matter). */
function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** Substitutes the variables of `template` and reports the unknown ones. */
export function renderTemplate(template: Pick<Template, 'body' | 'bodyLineOffset'>, variables: TemplateVariables): RenderedTemplate {
  const known = new Set<string>(templateVariableNames);
  const fmEnd = template.bodyLineOffset + frontMatterLines(template.body);
  const tokens = tokenizeTemplate(template.body, template.bodyLineOffset);
  const problems: TemplateProblem[] = [];
  let text = '';
  let snippet = '';
  let stop = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'text') {
      text += t.text;
      snippet += escapeSnippetText(t.text);
    } else if (t.kind === 'blank') {
      text += t.text;
      snippet += `\${${++stop}:${escapeSnippetText(t.text)}}`;
    } else if (!known.has(t.name)) {
      problems.push({
        line: t.line,
        column: t.column,
        message: `unknown variable ${t.raw} on line ${t.line}; the variables are ${templateVariableNames.map((n) => `{{${n}}}`).join(', ')}`,
      });
      text += t.raw;
      snippet += escapeSnippetText(t.raw);
    } else if (!oneLine(variables[t.name as keyof TemplateVariables])) {
      // an empty value (no author configured) is a blank to fill in
      text += `<${t.name}>`;
      snippet += `\${${++stop}:<${t.name}>}`;
    } else {
      let value = oneLine(variables[t.name as keyof TemplateVariables]);
      if (t.line <= fmEnd) value = inFrontMatter(value, tokens[k - 1], tokens[k + 1]);
      text += value;
      snippet += escapeSnippetText(value);
    }
  }
  return { text, snippet, problems };
}

// In front matter a value must stay one YAML scalar: escaped inside quotes, quoted when it is the whole value.
function inFrontMatter(value: string, before: { kind: string; text?: string } | undefined, after: { kind: string; text?: string } | undefined): string {
  const prev = before?.kind === 'text' ? before.text ?? '' : '';
  const next = after?.kind === 'text' ? after.text ?? '' : '';
  if (prev.endsWith('"')) return JSON.stringify(value).slice(1, -1);
  if (prev.endsWith("'")) return value.replace(/'/g, "''");
  if (/:\s*$/.test(prev.split('\n').pop() ?? '') && /^\s*(\n|$)/.test(next)) return yamlScalar(value);
  return value;
}
