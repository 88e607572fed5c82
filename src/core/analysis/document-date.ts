/**
 * The document's date, which dates the times written without one when no start is stated: front matter `date`, a
 * "Date:" field, else the first full date in the title, the Summary, its fields or the lead paragraph; the year of a
 * month and year in the title; and the lines of the lead paragraph.
 */
import { fieldCoversSection, isDateLabel, isTitle, leadSpans, scannedLinesOf } from '../model';
import type { ScannedLine } from '../model/scan';
import type { PostmortemModel } from '../model/types';
import { MONTH_YEAR_SRC, resolveTime, type CivilDate, type TimeContext, type TimeMatch } from '../time';
import type { Range } from '../types';
import { firstTimeIn, MAX_SCANNED_LINE, timesOfLine } from './line-times';
import { dayOf, resolvedAt, spanToRange } from './resolved';

/** A date for the whole document when no start is stated: front matter `date`, a "Date:" field. */
export function documentDate(model: PostmortemModel, ctx: TimeContext): CivilDate | undefined {
  const fm = model.frontMatter?.entries.find((e) => e.key === 'date');
  const field = model.fields.find((f) => isDateLabel(f.label));
  const span = fm?.valueRange ?? field?.valueRange;
  // a month and year in the title give the year of a day written without one ("# March 2024 availability report",
  // then "On March 5, between 08:23 and 09:16 UTC")
  const found = span ? firstTimeIn(model, span) : summaryDate(model, ctx.yearHint !== undefined);
  // A day without a year counts when its weekday pins the year ("On Monday, Oct 15" is 2018), or the title's does.
  if (!found || (found.match.year === undefined && found.match.weekday === undefined && ctx.yearHint === undefined)) return undefined;
  return dayOf(resolvedAt(found.match, found.range, resolveTime(found.match, ctx), 'text'));
}

/**
 * The first full date (with a year, or a weekday that pins it; any day when `yearKnown`) in the title, the Summary section, the summary's fields
 * or the lead paragraph (under the title, or before the first heading): "failed for 38 minutes on June 4, 2024",
 * "On Monday, Oct 15, starting at approximately 20:00 UTC".
 */
function summaryDate(model: PostmortemModel, yearKnown: boolean): { match: TimeMatch; range: Range } | undefined {
  const scanned = scannedLinesOf(model);
  const dateOn = (line: number | undefined): { match: TimeMatch; range: Range } | undefined => {
    const text = line === undefined ? '' : model.lines[line - 1] ?? '';
    if (text.length > MAX_SCANNED_LINE) return undefined;
    const record = line === undefined ? undefined : scanned[line - 1]?.record;
    const match = timesOfLine(record, text).find((m) => (m.year !== undefined || m.weekday !== undefined || yearKnown) && m.month !== undefined && m.day !== undefined && !m.invalid);
    return match && { match, range: spanToRange(line!, 0, match) };
  };
  // In order, each looked at only when the ones before give no date: the title, the Summary section, the fields that
  // stand for it, the lead paragraph.
  const title = dateOn(model.title?.range.start.line) ?? dateOn(openingHeadingLine(model, scanned));
  if (title) return title;
  const summary = model.sections.find((s) => s.standard === 'summary');
  if (summary) {
    for (let line = summary.bodyStartLine; line <= summary.endLine; line++) {
      const found = dateOn(line);
      if (found) return found;
    }
  }
  for (const f of model.fields) {
    const found = fieldCoversSection(f) === 'summary' ? dateOn(f.valueRange.start.line) : undefined;
    if (found) return found;
  }
  for (const line of leadLines(model, scanned)) {
    const found = dateOn(line);
    if (found) return found;
  }
  return undefined;
}

/**
 * The line of the heading that opens a document whose title is the front matter's (`title: Cache outage`, then
 * `### Cache outage: 26 September 2025`): the heading would be the title without it, and may date the document as the
 * title does. Undefined when the title is that heading, or the first heading names a section or does not open it.
 */
function openingHeadingLine(model: PostmortemModel, scanned: readonly ScannedLine[]): number | undefined {
  const first = model.sections[0];
  if (!first || !model.title || model.title.range.start.line === first.headingRange.start.line || !isTitle(model.sections, scanned)) return undefined;
  return first.headingRange.start.line;
}

/** A month name and a year with no day between them: "July 2017", "Sept. 2024", "juin 2025", "im März 2024". */
const MONTH_YEAR = new RegExp(MONTH_YEAR_SRC, 'iu');

/** The year of a month and year written in the title without a day ("# July 2017 IT service disruption summary"). */
export function monthYearInTitle(model: PostmortemModel): number | undefined {
  const line = model.title?.range.start.line;
  const text = line === undefined ? '' : model.lines[line - 1] ?? '';
  if (text.length > MAX_SCANNED_LINE) return undefined;
  const m = MONTH_YEAR.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** How many lines of a lead paragraph are searched for the document's date. */
const MAX_LEAD_LINES = 40;

/** The lines (1-based) of text that open the document (`leadSpans`), at most `MAX_LEAD_LINES` of each span. */
export function leadLines(model: PostmortemModel, scanned: readonly ScannedLine[]): number[] {
  const out: number[] = [];
  for (const [from, to] of leadSpans(model)) {
    for (let line = from; line < Math.min(to, from + MAX_LEAD_LINES); line++) if (scanned[line - 1]?.kind === 'text') out.push(line);
  }
  return out;
}
