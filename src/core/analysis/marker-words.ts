/**
 * The words that a timeline marker's pattern needs, found in one pass over a text: which kinds of marker (one bit
 * each) a text may hold, so that each kind's pattern runs only on the texts that hold one of its words.
 */

/** What a kind's pattern needs: words after a word boundary (`begin`, `on-?call`), and words anywhere (`beginn` in `Störungsbeginn`). */
export interface KindWords {
  words: readonly string[];
  loose: readonly string[];
}

/**
 * A test for any of `words` after a word boundary, or any of `loose` anywhere. The words are grouped by their first
 * letter (`a(?:lert|larm)|b(?:egin|eginn)`): the engine then tries one group at each boundary, not every word. With
 * `firstOnly`, a match is the word's first character only, the rest being looked ahead for (`a(?=lert|larm)`): a
 * global test then tells where the word starts (`lastIndex - 1`), without the match an `exec` would build.
 */
function prefilter(words: readonly string[], loose: readonly string[], flags: string, firstOnly = false): RegExp {
  const groups = new Map<string, string[]>();
  const other: string[] = [];
  for (const word of new Set(words)) {
    const first = word[0];
    if (first >= 'a' && first <= 'z') {
      const rests = groups.get(first) ?? [];
      rests.push(word.slice(1));
      groups.set(first, rests);
    } else other.push(word);
  }
  const rest = (r: string) => (firstOnly ? `(?=${r})` : r);
  const grouped = [...groups].map(([first, rests]) => first + rest(rests.length === 1 ? rests[0] : `(?:${rests.join('|')})`));
  const alone = (word: string) => (!firstOnly ? word : word[0] >= 'a' && word[0] <= 'z' ? word[0] + rest(word.slice(1)) : `(?=${word})[\\s\\S]`);
  return new RegExp([`\\b(?:${[...grouped, ...other.map(alone)].join('|')})`, ...[...new Set(loose)].map(alone)].join('|'), flags);
}

/** Index of the letter a-z a character is (as `/i` reads it: either case), or 26 for any other character. */
function letterIndex(c: number): number {
  const letter = (c | 0x20) - 0x61;
  return c < 0x80 && letter >= 0 && letter < 26 ? letter : 26;
}

/**
 * The kinds (one bit each, in the order of `kinds`) whose words a text holds: `holds(text)` has kind k's bit when
 * `\b(?:words)|loose` of kind k matches in the text.
 *
 * One pattern of every kind's words finds each place where one of them is (one scan of the text, where a test of
 * each kind's words would scan it once per kind); each kind whose words may start there is then tried there. Every
 * word opens with a letter a-z, mostly followed by a set one, so a table of the letter and the character after it
 * gives those kinds: at `above` only the kinds with a word in `ab` are tried, not every kind with one in `a` (`alert`,
 * `again`, `augment`...). A kind with a word that may open otherwise is tried at every place.
 */
export function wordScan(kinds: readonly KindWords[]): (text: string) => number {
  // the kinds with a word that may start with letter `l` and character `c` after it (a letter, or 26: any other)
  const byPair = new Array<number>(27 * 27).fill(0);
  // the kinds with a word that does not open with a letter a-z that is always there
  let anywhere = 0;
  kinds.forEach(({ words, loose }, k) => {
    // a word inside a longer one (`Störungsbeginn`) starts where its match does too
    for (const word of [...words, ...loose]) {
      const first = word.charCodeAt(0) - 0x61;
      if (first < 0 || first >= 26 || word.length < 2 || '?*{'.includes(word[1])) { anywhere |= 1 << k; continue; }
      // the second character when it is a letter that is always there, else any character may follow
      const second = letterIndex(word.charCodeAt(1));
      const fixed = second < 26 && (word.length === 2 || !'?*{'.includes(word[2]));
      for (let c = 0; c < 27; c++) if (!fixed || c === second) byPair[first * 27 + c] |= 1 << k;
    }
  });
  const all = kinds.flatMap(({ words }) => words);
  const allLoose = kinds.flatMap(({ loose }) => loose);
  const any = prefilter(all, allLoose, 'gi', true);
  const at = kinds.map(({ words, loose }) => prefilter(words, loose, 'iy'));
  return (text) => {
    let holds = 0;
    any.lastIndex = 0;
    // every place where a word starts, overlapping ones too
    while (any.test(text)) {
      const p = any.lastIndex - 1;
      let maybe = (byPair[letterIndex(text.charCodeAt(p)) * 27 + letterIndex(text.charCodeAt(p + 1))] | anywhere) & ~holds;
      for (let k = 0; maybe !== 0; k++, maybe >>>= 1) {
        if ((maybe & 1) === 0) continue;
        at[k].lastIndex = p;
        if (at[k].test(text)) holds |= 1 << k;
      }
    }
    return holds;
  };
}
