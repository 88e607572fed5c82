// A heading with nothing under it, or a template placeholder left in, looks done but says nothing.
import { cellText } from '../model/cells';
import { fieldCoversSection } from '../model/field-labels';
import { scannedLinesOf } from '../model/parse';
import type { ScannedLine } from '../model/scan';
import type { Field, Section } from '../model/types';
import type { Range } from '../types';
import type { ModelRule } from './types';
import { sectionTitles } from './sections';

/** A whole body that is only a placeholder: TBD/TODO (with a short hint), `<...>`, `{...}`, `{{...}}`, `[...]`. */
const placeholderBody = /^(?:(?:TBD|TBA|TODO|FIXME|XXX)\b[^\n]{0,200}|<[^<>\n]{1,200}>|\{\{?[^{}\n]{1,200}\}?\}|\[[^\][\n]{1,200}\]|\.\.\.|…)$/i;

/** The placeholder of a section: the model's, else the body when it is nothing but one. */
export function sectionPlaceholder(section: Section, lines: readonly string[]): { text: string; range: Range } | undefined {
  if (section.placeholder) return section.placeholder;
  // A placeholder body is one line (the pattern has no line break): longer bodies are not read.
  if (section.bodyLines !== 1) return undefined;
  const body = section.bodyText.trim();
  if (body === '' || !placeholderBody.test(body)) return undefined;
  const probe = body.slice(0, 12);
  for (let line = section.bodyStartLine; line <= section.endLine; line++) {
    const text = lines[line - 1] ?? '';
    const at = text.indexOf(probe);
    if (at >= 0) {
      const end = text.trimEnd().length;
      return { text: body, range: { start: { line, column: at + 1 }, end: { line, column: Math.max(end, at) + 1 } } };
    }
  }
  return { text: body, range: section.headingRange };
}

/** Emphasis around a whole value (`_TBD_`, `**TODO**`). */
const EMPHASIS_AROUND = /^([*_]{1,3})(.*)\1$/;

/** The placeholder `text` is, without emphasis around it, or undefined when it is not one. */
function placeholderOf(text: string): string | undefined {
  const plain = EMPHASIS_AROUND.exec(text)?.[2].trim() ?? text;
  return placeholderBody.test(plain) ? plain : undefined;
}

/**
 * The placeholder a labelled field that stands for a section holds: its value (`- **Root cause:** TODO`), or, for a
 * label alone on its line (`**Impact:**`, `**Impact**`), the one line under it when nothing follows that line.
 */
function fieldPlaceholder(field: Field, lines: readonly string[], scanned: readonly ScannedLine[]): { text: string; range: Range } | undefined {
  if (field.value.trim() !== '') {
    const plain = placeholderOf(field.value.trim());
    return plain ? { text: plain, range: field.valueRange } : undefined;
  }
  if (field.contentLine === undefined) return undefined;
  const s = scanned[field.contentLine - 1];
  const next = scanned[field.contentLine];
  if (!s || (s.kind !== 'text' && s.kind !== 'list') || (next && next.kind !== 'blank' && next.kind !== 'heading')) return undefined;
  const line = lines[field.contentLine - 1];
  const text = line.slice(s.contentStart, s.contentEnd).trim();
  const plain = placeholderOf(text);
  if (!plain) return undefined;
  const at = line.indexOf(text, s.contentStart);
  return { text: plain, range: { start: { line: field.contentLine, column: at + 1 }, end: { line: field.contentLine, column: at + text.length + 1 } } };
}

/** Bodies longer than this (lines with text) are not read for an empty table: a template's table has a few rows. */
const MAX_EMPTY_TABLE_LINES = 20;
/** A line that only opens or closes an HTML table or its parts (`<table>`, `</tbody>`): no content of its own. */
const TABLE_TAG_LINE = /^\s*<\/?(?:table|thead|tbody)\b[^<>]*>\s*$/i;
/** A cell with nothing but markup and spaces in it. */
const EMPTY_CELL = /^[\s*_`~]*$/;

/**
 * True when the section's body is a table and nothing else, and no row under its header has a cell with text: a
 * template's `| Time | Event |` over `| | |` rows.
 */
function onlyEmptyTable(section: Section, lines: readonly string[], scanned: readonly ScannedLine[]): boolean {
  if (section.bodyLines < 1 || section.bodyLines > MAX_EMPTY_TABLE_LINES) return false;
  let header = false;
  for (let line = section.bodyStartLine; line <= section.endLine; line++) {
    const s = scanned[line - 1];
    // a row's own lines of cells are read with its `<tr>` line
    if (!s || s.kind === 'blank' || s.kind === 'comment' || s.kind === 'cell' || (s.kind === 'text' && TABLE_TAG_LINE.test(lines[line - 1]))) continue;
    if (s.kind === 'heading') return false;
    if (s.kind === 'delimiter') continue;
    if (s.kind !== 'table' || !s.cells) return false;
    if (s.tableStart === line - 1) { if (header) return false; header = true; continue; }
    if (s.cells.some((c) => !EMPTY_CELL.test(cellText(lines, line - 1, c)))) return false;
  }
  return header;
}

/** PM002: a standard section is empty or still holds a template placeholder. */
export const emptySection: ModelRule = {
  id: 'PM002',
  name: 'empty-section',
  description: 'Standard sections have real content, not nothing and not a placeholder (TBD, TODO, <...>, {...}).',
  defaultSeverity: 'warning',
  tags: ['sections', 'structure'],
  docs: 'docs/rules/PM002.md',
  scope: 'model',
  check(ctx, report) {
    for (const section of ctx.model.sections) {
      if (section.standard === undefined) continue;
      const name = sectionTitles[section.standard];
      if (section.bodyLines === 0) {
        report({
          message: `Section "${section.title}" is empty: write the ${name.toLowerCase()} here, or remove the heading.`,
          range: section.headingRange,
        });
        continue;
      }
      if (onlyEmptyTable(section, ctx.lines, scannedLinesOf(ctx.model))) {
        report({
          message: `Section "${section.title}" is empty: its table has no row filled in; write the ${name.toLowerCase()} in it, or remove the heading.`,
          range: section.headingRange,
        });
        continue;
      }
      const placeholder = sectionPlaceholder(section, ctx.lines);
      if (placeholder) {
        report({
          message: `Section "${section.title}" still holds the placeholder "${shown(placeholder.text)}": replace it with the ${name.toLowerCase()}.`,
          range: placeholder.range,
        });
      }
    }
    // A labelled field that stands for a section (the bullet style: `- **Root cause:** TODO`) is checked as its
    // section would be, unless a heading holds that section (checked above).
    const headed = new Set(ctx.model.sections.map((s) => s.standard));
    for (const field of ctx.model.fields) {
      const id = fieldCoversSection(field);
      if (id === undefined || headed.has(id)) continue;
      const placeholder = fieldPlaceholder(field, ctx.lines, scannedLinesOf(ctx.model));
      if (!placeholder) continue;
      report({
        message: `Field "${field.label}" still holds the placeholder "${shown(placeholder.text)}": replace it with the ${sectionTitles[id].toLowerCase()}.`,
        range: placeholder.range,
      });
    }
  },
};

/** A placeholder as a message quotes it: at most 40 characters. */
function shown(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
