/**
 * Incremental body rendering for live previews: the document is cut at top-level ATX headings (which always end
 * every open block) and each piece's HTML is reused while its text is unchanged, so typing in one section of a
 * long postmortem re-renders only that section. The output equals a whole-document render.
 */
import { renderBody, renderWholeBody, uniqueHeadingIds, type BodyOptions } from './body';

/** Reused HTML of document pieces, keyed by their text; owned by one preview panel. */
export class BodyCache {
  /** Piece text → HTML rendered with lines counted from 1. */
  entries = new Map<string, string>();
  /** The options the entries were rendered with. */
  key = '';
}

/** A piece of the document and the 1-based line it starts on. */
interface Piece {
  line: number;
  text: string;
}

// fences at column 1 are top-level for sure; an opening backtick fence has no backtick in its info string
const OPEN_FENCE = /^(?:(`{3,})[^`]*|(~{3,}).*)$/;
const CLOSE_FENCE = /^(`{3,}|~{3,})[ \t]*$/;
const ATX = /^#{1,6}(?:[ \t]|$)/;
// rendered whole: a reference or footnote definition (also in a list or quote) can be used anywhere; a fence that is
// indented or in a list or quote may be top-level or contained, which only a full parse can tell
const WHOLE_ONLY = /^ {0,3}\[[^\]]+\]:|^[ \t>*+\-\d.)]*\[\^[^\]\s]+\]:|^[ \t>*+\-\d.)]+(?:`{3,}|~{3,})/m;

/** Splits before each heading at column 1 that is not inside a (column 1) fenced code block. */
export function splitAtHeadings(text: string): Piece[] {
  const lines = text.split('\n');
  const pieces: Piece[] = [];
  let start = 0;
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (fence !== undefined) {
      const close = CLOSE_FENCE.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) fence = undefined;
      continue;
    }
    const open = OPEN_FENCE.exec(line);
    if (open) {
      fence = open[1] ?? open[2];
      continue;
    }
    if (i > start && ATX.test(line)) {
      pieces.push({ line: start + 1, text: lines.slice(start, i).join('\n') });
      start = i;
    }
  }
  pieces.push({ line: start + 1, text: lines.slice(start).join('\n') });
  return pieces;
}

const DATA_LINE = /data-line="(\d+)"/g;

function shiftLines(html: string, by: number): string {
  return by === 0 ? html : html.replace(DATA_LINE, (_, n: string) => `data-line="${Number(n) + by}"`);
}

/** Renders the body like `renderBody`, reusing the pieces whose text did not change since the last call. */
export function renderBodyCached(text: string, options: BodyOptions, cache: BodyCache): string {
  if (WHOLE_ONLY.test(text)) return renderWholeBody(text, options);
  const key = `${options.mode}\n${(options.workspaceRoots ?? []).join('\n')}`;
  if (cache.key !== key) {
    cache.entries.clear();
    cache.key = key;
  }
  const next = new Map<string, string>();
  const out: string[] = [];
  for (const piece of splitAtHeadings(text)) {
    const html = next.get(piece.text) ?? cache.entries.get(piece.text) ?? renderBody(piece.text, options);
    next.set(piece.text, html);
    out.push(shiftLines(html, piece.line - 1));
  }
  cache.entries = next;
  return uniqueHeadingIds(out.join(''));
}
