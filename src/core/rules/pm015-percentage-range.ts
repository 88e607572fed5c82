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
    const prose = proseLines(ctx.model);
    for (let k = 0; k < prose.line.length; k++) {
      const text = prose.text[k];
      if (!text.includes('%')) continue;
      const line = prose.line[k];
      for (const p of percentProblemsKept(prose.record[k], text)) {
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

/** No problem: one array for every line without one. */
const NONE: readonly PercentProblem[] = [];

/** The percentage problems of a line, in the order found. */
function percentProblems(text: string): readonly PercentProblem[] {
  if (!mayBeProblem(text)) return NONE;
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

/** `percentProblems` kept per line (reads only its line; a document is checked again on every edit). */
const percentProblemsKept = perLine(percentProblems);

/**
 * True when a `%` of the text may end a problem: a number of three digits or more before it (a share over 100%), or a
 * number after a dash or "to" (a range). Most percentages ("38%", "above 5%") are neither, and the two patterns, which
 * try every digit of the line, are not run for them.
 */
function mayBeProblem(text: string): boolean {
  for (let p = text.indexOf('%'); p >= 0; p = text.indexOf('%', p + 1)) {
    let i = skipSpacesBack(text, p);
    // the number before the blanks: its longest run of digits (a share over 100 has three before its point)
    let digits = 0;
    let run = 0;
    for (let c = text.charCodeAt(i - 1); (c >= 0x30 && c <= 0x39) || c === 0x2e; c = text.charCodeAt(--i - 1)) {
      run = c === 0x2e ? 0 : run + 1;
      if (run > digits) digits = run;
    }
    if (digits >= 3) return true;
    if (digits === 0) continue;
    i = skipSpacesBack(text, i);
    const c = text.charCodeAt(i - 1);
    if (c === 0x2d || c === 0x2013 || c === 0x2014 || (c === 0x6f && text.charCodeAt(i - 2) === 0x74)) return true;
  }
  return false;
}

/** Where the blanks before `at` begin: every character `\s` matches is passed over (and a few more: the test may only be looser). */
function skipSpacesBack(text: string, at: number): number {
  let i = at;
  for (let c = text.charCodeAt(i - 1); c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff; c = text.charCodeAt(i - 1)) i--;
  return i;
}

/** The sentence (or list item clause) around a match, for context words. */
function sentenceAround(text: string, index: number, length: number): string {
  const before = text.slice(0, index);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const afterEnd = text.slice(index + length).search(/[.;](?:\s|$)/);
  const end = afterEnd < 0 ? text.length : index + length + afterEnd;
  return text.slice(start, end);
}
