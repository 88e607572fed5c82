/**
 * HTML blocks written in Markdown on lines of their own, as exported pages and hand-written HTML reports hold them
 * (`<h2>Timeline</h2>`, `<li><strong>08:00 AM:</strong> ...</li>`, `<p><strong>Duration:</strong> 4h</p>`): the
 * heading, list item or line of text each stands for, and where its content is inside the tags.
 */
import { skipSpaces, trimEnd } from './text';

/** What an HTML line stands for: its kind, heading level, and its content's 0-based span inside the tags. */
export interface HtmlBlock {
  kind: 'heading' | 'list' | 'text';
  level?: number;
  contentStart: number;
  contentEnd: number;
}

/** An opening heading, list item or paragraph tag, maybe with attributes (`<h1 align="center">`), read where it starts. */
const OPENING = /<(h[1-6]|li|p)(?:[ \t][^>]*)?>/iy;

/**
 * The block an HTML line at `start` (its first character a `<`) stands for, or undefined. A heading needs its closing
 * tag on the same line (`<h1 align="center">` over a logo is no title); a list item or paragraph may wrap on (its
 * content then runs to the end of the line). A tag with nothing after it is left as it was read: a line of text.
 */
export function htmlBlock(line: string, start: number, end: number): HtmlBlock | undefined {
  OPENING.lastIndex = start;
  const open = OPENING.exec(line);
  if (!open) return undefined;
  const tag = open[1].toLowerCase();
  const close = `</${tag}>`;
  const after = start + open[0].length;
  const closed = end - close.length >= after && line.slice(end - close.length, end).toLowerCase() === close;
  if (tag[0] === 'h' && !closed) return undefined;
  const contentEnd = trimEnd(line, after, closed ? end - close.length : end);
  const contentStart = skipSpaces(line, after, contentEnd);
  if (contentStart === contentEnd) return undefined;
  if (tag[0] === 'h') return { kind: 'heading', level: Number(tag[1]), contentStart, contentEnd };
  return { kind: tag === 'li' ? 'list' : 'text', contentStart, contentEnd };
}
