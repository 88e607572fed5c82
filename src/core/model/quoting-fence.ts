/**
 * A postmortem quoted whole in one fenced code block (```` ```markdown ```` ... ```` ``` ````), as an assistant's answer
 * or a template's README hands it over: Markdown shows it as code, so the model reads the Markdown inside instead and
 * PM020 asks for the fence lines to go.
 */
import { matchStandardSection } from './sections';

/** A fence line: its run of backticks or tildes and what follows it. */
const FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*(.*?)[ \t]*$/;
/** The info strings of a fence that quotes Markdown: none, or a Markdown language. */
const MARKDOWN_INFO = /^(?:markdown|md|gfm)?$/i;
const ATX = /^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;

/** The 0-based lines of the fence that quotes a whole document; `close` is -1 when the fence is never closed. */
export interface QuotingFence {
  open: number;
  close: number;
}

/**
 * The fence around the whole of `lines` after the front matter (closing line `frontMatterEnd`, or -1), if any: its
 * first line opens a fence without info or with a Markdown one, its last line (blank lines aside) closes that fence,
 * or nothing does, and a heading inside names a standard section (`## Timeline`), so a block of shell commands with
 * `# comments` is not taken for a document. An inner block whose closing line would end the quote early for
 * CommonMark (```` ```bash ```` inside ```` ```markdown ````) does not end it here: the quote plainly runs to its last line.
 */
export function quotingFence(lines: readonly string[], frontMatterEnd: number): QuotingFence | undefined {
  let open = frontMatterEnd + 1;
  while (open < lines.length && lines[open].trim() === '') open++;
  // Only a document whose first line opens a fence is tested further: one character test for all the others.
  const head = open < lines.length ? lines[open].trimStart()[0] : undefined;
  if (head !== '`' && head !== '~') return undefined;
  const opening = FENCE.exec(lines[open]);
  if (!opening || !MARKDOWN_INFO.test(opening[2])) return undefined;
  const run = opening[1];
  let last = lines.length - 1;
  while (last > open && lines[last].trim() === '') last--;
  const closes = (line: string, fence: string) => {
    const m = FENCE.exec(line);
    return m !== null && m[1][0] === fence[0] && m[1].length >= fence.length && m[2] === '';
  };
  // The code blocks inside: the last line closes the quote only if it does not close one of them. Headings in
  // them are code, not sections.
  let inner = '';
  let named = false;
  for (let i = open + 1; i <= last; i++) {
    const line = lines[i];
    if (inner !== '') { if (i < last && closes(line, inner)) inner = ''; continue; }
    const m = FENCE.exec(line);
    if (m && i < last && !(m[1][0] === '`' && m[2].includes('`'))) inner = m[1];
    const heading = m ? null : ATX.exec(line);
    if (heading && !named) named = matchStandardSection(heading[1]) !== undefined;
  }
  const close = inner === '' && last > open && closes(lines[last], run) ? last : -1;
  // Unclosed, it runs to the end only if no line closes it before: otherwise it is a code block and text follows.
  if (close < 0 && lines.some((line, i) => i > open && closes(line, run))) return undefined;
  if (named) return { open, close };
  return undefined;
}
