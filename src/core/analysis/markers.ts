/**
 * Timeline markers: words in a timeline entry that say which milestone it is ("OUTAGE BEGINS", "<START OF OUTAGE>",
 * "alert fired", "Mitigated", "Resolved"). The first entry that matches a milestone is that milestone.
 */

/** Milestones a timeline entry can mark. */
export type MarkerKind = 'start' | 'end' | 'detected' | 'mitigated' | 'resolved';

const MARKERS: readonly [MarkerKind, RegExp][] = [
  ['start', /\b(?:outage|incident|impact|downtime|degradation)\s+(?:begins|began|starts|started)\b|<?\bstart\s+of\s+(?:the\s+)?(?:outage|incident|impact)\b>?|\bimpact\s+start\b/i],
  ['end', /\b(?:outage|incident|impact|downtime|degradation)\s+(?:ends|ended|over)\b|<?\bend\s+of\s+(?:the\s+)?(?:outage|incident|impact)\b>?|\bimpact\s+end\b|\bfull(?:y)?\s+recovered\b/i],
  ['detected', /\bdetected\b|\balerts?\s+(?:fired|firing|triggered|received|raised)\b|\b(?:was|were|gets?|got)\s+paged\b|\bpages?\s+(?:the\s+)?on-?call\b|\bon-?call\s+(?:engineer\s+)?paged\b|\bfirst\s+(?:customer\s+)?reports?\b/i],
  ['mitigated', /\bmitigated\b|\bmitigation\s+(?:applied|complete[d]?|in\s+place)\b|\bimpact\s+mitigated\b/i],
  ['resolved', /\bresolved\b|\bresolution\s+confirmed\b|\bincident\s+closed\b/i],
];

/** The milestones an entry's text marks, in a fixed order. */
export function markersIn(text: string): MarkerKind[] {
  return MARKERS.filter(([, re]) => re.test(text)).map(([kind]) => kind);
}

/** True when an entry's text marks the milestone `kind` (one pattern: callers that look for one kind skip the others). */
export function marks(text: string, kind: MarkerKind): boolean {
  return PATTERN[kind].test(text);
}

const PATTERN = Object.fromEntries(MARKERS) as Record<MarkerKind, RegExp>;

/** Every marker pattern in one: most entries mark nothing, and one scan says so. */
const ANY = new RegExp(MARKERS.map(([, re]) => `(?:${re.source})`).join('|'), 'i');

/** True when an entry's text marks any milestone. */
export function marksAny(text: string): boolean {
  return ANY.test(text);
}
