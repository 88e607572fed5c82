// Hover on a timestamp of a postmortem: how it was read, in the document's zone and in UTC, its offset from the
// outage start and what was assumed. The times come from the last check (run now if the text changed since).
import * as vscode from 'vscode';
import type { DiagnosticsController } from '../diagnostics/controller';
import { outputTimes } from '../lint/protocol';
import { fromVscodePosition, toVscodeRange } from '../ranges';
import type { Position, Range } from '../../core/types';
import { timeHoverLines } from './format';

const le = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.column <= b.column);
const contains = (r: Range, p: Position) => le(r.start, p) && le(p, r.end);

/** Provides the timestamp hover for Markdown postmortems. */
export class TimeHoverProvider implements vscode.HoverProvider {
  constructor(private readonly diagnostics: DiagnosticsController) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!this.diagnostics.isPostmortem(doc)) return undefined;
    const result = await this.diagnostics.freshResult(doc, false);
    if (!result || token.isCancellationRequested) return undefined;
    const p = fromVscodePosition(position);
    const time = outputTimes(result.output).find((t) => contains(t.range, p));
    if (!time) return undefined;
    const lines = timeHoverLines(time, { documentZone: result.output.documentZone, start: result.output.metrics.start?.time });
    const md = new vscode.MarkdownString(lines.join('\n'));
    md.isTrusted = false;
    return new vscode.Hover(md, toVscodeRange(time.range));
  }
}
