// A postmortem pasted whole inside a ```markdown fence (as an assistant hands one over) renders as code everywhere.
import type { TextEdit } from '../types';
import type { ModelRule } from './types';

/** PM020: the whole postmortem is quoted in one fenced code block. */
export const postmortemInCodeFence: ModelRule = {
  id: 'PM020',
  name: 'postmortem-in-code-fence',
  description: 'The postmortem is not quoted whole in a fenced code block (```` ```markdown ```` ... ```` ``` ````), which Markdown shows as code.',
  defaultSeverity: 'warning',
  tags: ['structure'],
  docs: 'docs/rules/PM020.md',
  scope: 'model',
  check(ctx, report) {
    const fence = ctx.model.quotingFence;
    if (!fence) return;
    const { lines } = ctx;
    const where = fence.close === undefined ? `a code block that opens on line ${fence.open} and is never closed` : `a code block (lines ${fence.open}-${fence.close})`;
    const fenceLines = fence.close === undefined ? [fence.open] : [fence.open, fence.close];
    report({
      message: `The whole postmortem is inside ${where}: Markdown shows it as code, and other tools read none of it. Remove the fence ${fenceLines.length === 1 ? 'line' : 'lines'}.`,
      range: { start: { line: fence.open, column: 1 }, end: { line: fence.open, column: lines[fence.open - 1].length + 1 } },
      fixes: [{ title: 'Remove the code fence around the postmortem', edits: fenceLines.map((line) => removeLine(lines, line)), preferred: true }],
    });
  },
};

/** The edit that removes a 1-based line with its line break (the one before it, for the last line). */
function removeLine(lines: readonly string[], line: number): TextEdit {
  if (line < lines.length) return { range: { start: { line, column: 1 }, end: { line: line + 1, column: 1 } }, replacement: '' };
  const start = line > 1 ? { line: line - 1, column: lines[line - 2].length + 1 } : { line, column: 1 };
  return { range: { start, end: { line, column: lines[line - 1].length + 1 } }, replacement: '' };
}
