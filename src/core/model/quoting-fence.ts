/**
 * A postmortem quoted whole in one fenced code block (```` ```markdown ```` ... ```` ``` ````), as an assistant's answer
 * or a template's README hands it over: Markdown shows it as code, so the model reads the Markdown inside instead and
 * PM020 asks for the fence lines to go.
 */
import { closesFence, openingFence } from './fences';
import { matchStandardSection } from './section-titles';
import type { PostmortemModel } from './types';

/** The info strings of a fence that quotes Markdown: none, or a Markdown language. */
const MARKDOWN_INFO = /^(?:markdown|md|gfm)?$/i;
const ATX = /^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;

/** The fence a line opens when it may quote Markdown (no info string or a Markdown one), else undefined. */
export function markdownOpening(line: string): { run: string; info: string } | undefined {
  const opening = openingFence(line);
  return opening && MARKDOWN_INFO.test(opening.info) ? opening : undefined;
}

/** The last line of `lines` after line `open` that is not blank (0-based), or `open` when none is. */
function lastFilledLine(lines: readonly string[], open: number): number {
  let last = lines.length - 1;
  while (last > open && lines[last].trim() === '') last--;
  return last;
}

/**
 * How a fence opened on line `open` (0-based, by `run`) that quotes a whole document ends: `closed` when its last line
 * that is not blank (`last`) closes it, false when no line closes it, and undefined when a line before the last closes
 * it (then it is a code block with text after it, no quote). `innerOpen` says the last line closes a code block inside
 * instead.
 */
export function quoteEnd(lines: readonly string[], open: number, run: string, innerOpen = false, last = lastFilledLine(lines, open)): { closed: boolean } | undefined {
  const closed = !innerOpen && last > open && closesFence(lines[last], run);
  if (!closed && lines.some((line, i) => i > open && closesFence(line, run))) return undefined;
  return { closed };
}

/** The 1-based lines of the fence that quotes a whole document; `close` missing when nothing closes it. */
export type QuotingFence = NonNullable<PostmortemModel['quotingFence']>;

/**
 * The fence around the whole of `lines` after the front matter (closing line `frontMatterEnd`, 0-based, or -1), if
 * any: its first line opens a fence without info or with a Markdown one, its last line (blank lines aside) closes that
 * fence, or nothing does, and a heading inside names a standard section (`## Timeline`), so a block of shell commands
 * with `# comments` is not taken for a document. An inner block whose closing line would end the quote early for
 * CommonMark (```` ```bash ```` inside ```` ```markdown ````) does not end it here: the quote plainly runs to its last line.
 */
export function quotingFence(lines: readonly string[], frontMatterEnd: number): QuotingFence | undefined {
  let open = frontMatterEnd + 1;
  while (open < lines.length && lines[open].trim() === '') open++;
  // Only a document whose first line opens a fence is tested further: one character test for all the others.
  const head = open < lines.length ? lines[open].trimStart()[0] : undefined;
  if (head !== '`' && head !== '~') return undefined;
  const opening = markdownOpening(lines[open]);
  if (!opening) return undefined;
  const run = opening.run;
  const last = lastFilledLine(lines, open);
  // The code blocks inside: the last line closes the quote only if it does not close one of them. Headings in
  // them are code, not sections.
  let inner = '';
  let named = false;
  for (let i = open + 1; i <= last; i++) {
    const line = lines[i];
    if (inner !== '') { if (i < last && closesFence(line, inner)) inner = ''; continue; }
    const opened = openingFence(line);
    if (opened && i < last) inner = opened.run;
    const heading = opened ? null : ATX.exec(line);
    if (heading && !named) named = matchStandardSection(heading[1]) !== undefined;
  }
  if (!named) return undefined;
  // Unclosed, it runs to the end only if no line closes it before: otherwise it is a code block and text follows.
  const end = quoteEnd(lines, open, run, inner !== '', last);
  if (!end) return undefined;
  return end.closed ? { open: open + 1, close: last + 1 } : { open: open + 1 };
}
