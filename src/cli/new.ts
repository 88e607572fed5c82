/**
 * `postmortem new` and `postmortem templates`: the documents New Postmortem creates, from the command line.
 * `new` prints the document, or writes it with -o, never over an existing file.
 */
import * as path from 'path';
import {
  builtInTemplates, findTemplate, parseIncidentStart, parseWorkspaceTemplate, postmortemFileName, renderTemplate, templateVariables,
  uniqueFileName, workspaceTemplateFolder, type ParsedTemplateFile,
} from '../core/templates';
import type { CliIo } from './io';

/** The io of these commands: `listDir` (names in a folder) finds workspace templates when the io offers it. */
export type NewIo = CliIo & { listDir?(dir: string): string[] };

/** Usage text of `new`. */
export const NEW_USAGE = `Usage: postmortem new --title TITLE [--template NAME] [--start TIME] [--severity S] [--author A]
                      [--timezone ZONE] [-o FILE | -o DIR/]

Prints a new postmortem from a template (default: Classic); the same document as the editor's New Postmortem.
Templates: the built-in ones and .postmortem/templates/*.md (see \`postmortem templates\`); NAME may also be
the path of a template file.

Options:
  --title TITLE      the incident title (required)
  --template NAME    template name (case-insensitive) or template file
  --start TIME       incident start, e.g. "2026-03-12 14:02 UTC", "3:06 PM EST", "14:02" (default: now)
  --severity S       SEV1...SEV5 (default: SEV3)
  --author A         for {{author}} (default: a blank to fill in)
  --timezone ZONE    zone of a start written without one, and of the document (default: UTC)
  -o FILE            write FILE instead of printing; an existing FILE is never replaced (exit 1)
  -o DIR/            write DIR/YYYY-MM-DD-slug.md, adding -2, -3... when the name is taken
`;

/** Usage text of `templates`. */
export const TEMPLATES_USAGE = `Usage: postmortem templates [--format text|json]

Lists the templates \`postmortem new --template\` accepts: built in, then .postmortem/templates/*.md.
`;

const decoder = new TextDecoder();

/** Built-in templates, then the workspace templates of the working directory. */
export function loadCliTemplates(io: NewIo): ParsedTemplateFile[] {
  const all: ParsedTemplateFile[] = builtInTemplates.map((template) => ({ template, problems: [] }));
  const dir = path.resolve(io.cwd, workspaceTemplateFolder);
  if (!io.listDir || !io.exists(dir)) return all;
  for (const name of io.listDir(dir).filter((n) => n.toLowerCase().endsWith('.md')).sort()) {
    const rel = `${workspaceTemplateFolder}/${name}`;
    all.push(parseWorkspaceTemplate(decoder.decode(io.readFile(path.join(dir, name))), rel));
  }
  return all;
}

function parseOptions(args: string[]): { options: Record<string, string>; error?: string; help?: boolean } {
  const options: Record<string, string> = {};
  const names = new Set(['title', 'template', 'start', 'severity', 'author', 'timezone', 'output', 'format']);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') return { options, help: true };
    const m = /^--?([a-z]+)(?:=(.*))?$/.exec(a);
    const name = m?.[1] === 'o' ? 'output' : m?.[1];
    if (!m || !name || !names.has(name)) return { options, error: `unknown option ${a}` };
    const value = m[2] ?? args[++i];
    if (value === undefined) return { options, error: `${a} needs a value` };
    options[name] = value;
  }
  return { options };
}

/** `postmortem new`: exit 0 when printed or written; 1 when refused (file exists, template problem); 2 on usage errors. */
export function newCommand(args: string[], io: NewIo): number {
  const { options, error, help } = parseOptions(args);
  if (help) { io.stdout(NEW_USAGE); return 0; }
  if (error) { io.stderr(`postmortem new: ${error}\n${NEW_USAGE}`); return 2; }
  if (!options.title?.trim()) { io.stderr(`postmortem new: --title is required\n${NEW_USAGE}`); return 2; }
  const wanted = options.template ?? 'Classic';
  let picked: ParsedTemplateFile | undefined;
  if (/\.md$/i.test(wanted) && io.exists(path.resolve(io.cwd, wanted))) {
    picked = parseWorkspaceTemplate(decoder.decode(io.readFile(path.resolve(io.cwd, wanted))), wanted);
  } else {
    const all = loadCliTemplates(io);
    const template = findTemplate(all.map((t) => t.template), wanted);
    picked = all.find((t) => t.template === template);
    if (!picked) {
      io.stderr(`postmortem new: no template "${wanted}"; the templates are: ${all.map((t) => t.template.name).join(', ')}\n`);
      return 2;
    }
  }
  const zone = options.timezone ?? 'UTC';
  const start = parseIncidentStart(options.start ?? 'now', io.now(), zone);
  if (!start.ok) { io.stderr(`postmortem new: --start: ${start.message}\n`); return 2; }
  const variables = templateVariables({ title: options.title.trim(), severity: options.severity ?? 'SEV3', author: options.author ?? '', start: start.instant, zone: start.zone });
  const rendered = renderTemplate(picked.template, variables);
  if (rendered.problems.length > 0) {
    const file = picked.template.path ?? picked.template.name;
    for (const p of rendered.problems) io.stderr(`${file}:${p.line}:${p.column}: ${p.message}\n`);
    return 1;
  }
  if (options.output === undefined) { io.stdout(rendered.text); return 0; }
  let target = path.resolve(io.cwd, options.output);
  if (/[\\/]$/.test(options.output) || (io.exists(target) && io.listDir && isDir(io, target))) {
    if (!io.exists(target)) {
      io.stderr(`postmortem new: the folder ${options.output} does not exist: create it first\n`);
      return 2;
    }
    const name = postmortemFileName(variables.date, variables.title);
    const taken: string[] = [];
    let candidate = name;
    while (io.exists(path.join(target, candidate))) { taken.push(candidate); candidate = uniqueFileName(name, taken); }
    target = path.join(target, candidate);
  } else if (io.exists(target)) {
    io.stderr(`postmortem new: ${options.output} exists and is never replaced: choose another name, or -o DIR/ to number it\n`);
    return 1;
  }
  io.writeFile(target, rendered.text);
  io.stdout(`${path.relative(io.cwd, target)}\n`);
  return 0;
}

function isDir(io: NewIo, p: string): boolean {
  try { io.listDir?.(p); return true; } catch { return false; }
}

/** `postmortem templates`: one line per template (name, description, where), or JSON with `--format json`. */
export function templatesCommand(args: string[], io: NewIo): number {
  const { options, error, help } = parseOptions(args);
  if (help) { io.stdout(TEMPLATES_USAGE); return 0; }
  if (error || (options.format && !['text', 'json'].includes(options.format))) {
    io.stderr(`postmortem templates: ${error ?? `unknown format ${options.format}`}\n${TEMPLATES_USAGE}`);
    return 2;
  }
  const all = loadCliTemplates(io);
  if (options.format === 'json') {
    const list = all.map(({ template: t, problems }) => ({ name: t.name, description: t.description, source: t.source, path: t.path, problems }));
    io.stdout(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...all.map((t) => t.template.name.length));
  for (const { template: t, problems } of all) {
    const where = t.source === 'built-in' ? 'built-in' : t.path ?? '';
    io.stdout(`${t.name.padEnd(width)}  ${t.description}  (${where})${problems.length ? `  [${problems.map((p) => p.message).join('; ')}]` : ''}\n`);
  }
  return 0;
}
