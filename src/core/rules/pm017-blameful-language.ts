// Blameless postmortems find what the system allowed; naming a person's mistake stops the search early.
import { perLine } from '../cache';
import type { ModelRule } from './types';
import { proseLines, spanRange } from './text';

const people = String.raw`(?:engineers?|developers?|devs?|operators?|admins?|administrators?|SREs?|employees?|interns?|on-?call(?:\s+engineers?)?|team\s+members?|staff|technicians?|DBAs?)`;
const slips = String.raw`(?:mistyped|fat[- ]fingered|forgot|failed\s+to|neglected|ignored|messed\s+up|screwed\s+up|made\s+(?:a|an)\s+(?:mistake|error|typo)|(?:executed|ran|typed|entered|pushed|deployed)\s+(?:the\s+|a\s+)?wrong)`;

/** Blameful phrases, each with the words it matched shown back in the message. */
const phrases: RegExp[] = [
  /\b(?:human|operator|pilot|engineer|personnel)\s+errors?\b/,
  // not a program named after its role: "jiva-operator failed to reconcile", "the prometheus-operator ignored it"
  new RegExp(String.raw`\b(?:(?:the|an?|our|one\s+of\s+our|that|this)\s+)?(?<![-/.])${people}\s+(?:\w+ly\s+)?${slips}`),
  new RegExp(String.raw`\b(?:he|she|they|someone|somebody)\s+(?:\w+ly\s+)?(?:mistyped|fat[- ]fingered|messed\s+up|screwed\s+up)`),
  /\bcareless(?:ly|ness)?\b/,
  /\bshould(?:\s+have|'ve)\s+(?:known|been\s+more\s+careful|double[- ]checked|noticed)\b/,
  /\bnegligen(?:t|ce|tly)\b/,
  /\bincompeten(?:t|ce)\b/,
  /\b(?:sloppy|stupid|lazy|reckless(?:ly)?)\b/,
  /\bfat[- ]finger(?:ed|ing|s)?\b/,
  /\b(?:his|her|their)\s+fault\b/,
  // a person to blame, not a thing: "the engineer was to blame", not "stale cache variables are to blame"
  new RegExp(String.raw`\b(?:(?:(?:the|an?|our|one\s+of\s+our|that|this)\s+)?${people}|he|she|they|someone|somebody)\s+(?:is|was|are|were)\s+(?:to\s+blame|responsible\s+for\s+the\s+(?:outage|incident))\b`),
  new RegExp(String.raw`\bblamed\s+(?:it\s+)?on\s+(?:(?:the|an?|our|one\s+of\s+our)\s+)?(?:${people}|him|her|them)\b`),
];

/** All phrases in one pattern: one pass per line, leftmost match first, no overlaps. */
const blameful = new RegExp(phrases.map((p) => `(?:${p.source})`).join('|'), 'gi');

/**
 * Words at least one blameful phrase contains, each at the start of a word: lines without any are skipped with one
 * scan. "error" counts only in the two phrases that hold it ("<role> error", "made an error", read back from it): "error
 * rate" and "error budget" are common in postmortems. The words are grouped by first letter, so that at the start of a
 * word the engine tries the few words of its letter, not all of them.
 */
const triggers = /\b(?:e(?:rror(?<=\b(?:(?:human|operator|pilot|engineer|personnel)\s+|made\s+an?\s+)error))|m(?:istyp|essed|istake)|f(?:at[- ]?finger|orgot|ail|ault)|n(?:eglect|egligen)|i(?:gnor|ncompeten)|s(?:crewed|hould|loppy|tupid)|typo|wrong|careless|lazy|r(?:eckless|esponsible)|blame)/i;

/** PM017: wording that blames a person instead of describing the system. */
export const blamefulLanguage: ModelRule = {
  id: 'PM017',
  name: 'blameful-language',
  description: 'Describe what the system allowed, not who erred ("human error", "the engineer mistyped", "careless").',
  defaultSeverity: 'info',
  tags: ['language', 'blameless'],
  docs: 'docs/rules/PM017.md',
  scope: 'model',
  check(ctx, report) {
    const prose = proseLines(ctx.model);
    for (let k = 0; k < prose.line.length; k++) {
      const line = prose.line[k];
      for (const [index, words] of blamefulKept(prose.record[k], prose.text[k])) {
        report({
          message: `Blameful wording "${words}": describe what the system allowed (the missing guard rail, check or alert) rather than who erred.`,
          range: spanRange(line, index, words.length),
        });
      }
    }
  },
};

const NONE: readonly (readonly [number, string])[] = [];

/** The blameful phrases of a line: index and words. */
function blamefulIn(text: string): readonly (readonly [number, string])[] {
  if (!triggers.test(text)) return NONE;
  const found: [number, string][] = [];
  // An exec loop over the shared pattern: matchAll would copy it for every line.
  blameful.lastIndex = 0;
  for (let m = blameful.exec(text); m; m = blameful.exec(text)) found.push([m.index, m[0]]);
  return found;
}

/** `blamefulIn` kept per line (reads only its line; a document is checked again on every edit). */
const blamefulKept = perLine(blamefulIn);
