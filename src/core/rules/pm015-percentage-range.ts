// "120% of users" or "55% - 45%" is a typo that readers trust; a share of a whole stays within 0-100%, low to high.
import { perLine } from '../cache';
import type { ModelRule } from './types';
import { insideUrl } from '../time/chars';
import { proseLines, spanRange } from './text';

/** A range of percentages: `45% - 55%`, `45-55%`, `45 to 55 %`, `45%–55%`. */
const rangePattern = /(?<![\w.])(\d+(?:\.\d+)?)(\s*%)?(\s*(?:-|–|—|to)\s*)(\d+(?:\.\d+)?)(\s*%)/g;
/** A single percentage. */
const percentPattern = /(?<![\w.])(\d+(?:\.\d+)?)\s*%/g;
/** Words that make a share over 100% meaningful (growth, load, multiples). */
const growthWords = /\b(?:increase[ds]?|increasing|grew|grow(?:s|th|ing)?|rose|rise[ns]?|rising|spike[ds]?|jump(?:ed|s)?|surge[ds]?|higher|above|cpu|load|utili[sz](?:ation|ed)|capacity|quota|memory|disk|saturat\w*|overcommit\w*|provision\w*|schedul\w*|limits?|allocat\w*|reserv\w*|headroom|target|budget|burn|faster|slower|latency)\b/i;

/** PM015: a percentage over 100% (where it is a share) or a range written high to low. */
export const percentageRange: ModelRule = {
  id: 'PM015',
  name: 'percentage-range',
  description: 'Percentages of a whole stay within 0-100%, and ranges go from low to high.',
  defaultSeverity: 'error',
  tags: ['impact', 'numbers'],
  docs: 'docs/rules/PM015.md',
  scope: 'model',
  check(ctx, report) {
    for (const { line, text, record } of proseLines(ctx.model)) {
      if (!text.includes('%')) continue;
      for (const p of percentProblemsKept(record, text)) {
        const range = spanRange(line, p.at, p.length);
        report(p.swapped === undefined
          ? { message: p.message, range }
          : { message: p.message, range, fixes: [{ title: `Write "${p.swapped}"`, edits: [{ range, replacement: p.swapped }], preferred: true }] });
      }
    }
  },
};

/** A problem on a line: where, what, and for an inverted range the text written low to high. */
interface PercentProblem { at: number; length: number; message: string; swapped?: string }

/** The percentage problems of a line, in the order found. */
function percentProblems(text: string): readonly PercentProblem[] {
  const out: PercentProblem[] = [];
  // exec loops over the shared patterns: matchAll would copy each pattern for every line.
  rangePattern.lastIndex = 0;
  for (let m = rangePattern.exec(text); m; m = rangePattern.exec(text)) {
    const low = Number(m[1]);
    const high = Number(m[4]);
    const at = m.index;
    if (low <= high || insideUrl(text, at)) continue;
    // "returned 503 to 38% of requests": with "to", only "55% to 45%" is a range
    if (!m[2] && /to/.test(m[3])) continue;
    // "fell from 99.9% to 99.5%" is a change, not a range
    if (/\bfrom\s*$/i.test(text.slice(Math.max(0, at - 12), at))) continue;
    const swapped = `${m[4]}${m[2] ?? ''}${m[3]}${m[1]}${m[5]}`;
    out.push({ at, length: m[0].length, message: `Inverted range "${m[0]}": write it from low to high, "${swapped}".`, swapped });
  }
  percentPattern.lastIndex = 0;
  for (let m = percentPattern.exec(text); m; m = percentPattern.exec(text)) {
    const value = Number(m[1]);
    // `%22` in a web address's query runs into the digits after it: `id%3D%22487...`
    if (value <= 100 || insideUrl(text, m.index)) continue;
    const sentence = sentenceAround(text, m.index, m[0].length);
    if (growthWords.test(sentence)) continue;
    out.push({ at: m.index, length: m[0].trimEnd().length, message: `"${m[0].trim()}" is over 100%: a share of users or requests is at most 100%. Check the number.` });
  }
  return out;
}

/** `percentProblems` kept per line (a document is checked again on every edit). */
const percentProblemsKept = perLine(percentProblems);

/** The sentence (or list item clause) around a match, for context words. */
function sentenceAround(text: string, index: number, length: number): string {
  const before = text.slice(0, index);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const afterEnd = text.slice(index + length).search(/[.;](?:\s|$)/);
  const end = afterEnd < 0 ? text.length : index + length + afterEnd;
  return text.slice(start, end);
}
