/**
 * Completions while writing: "now" inside the Timeline section (in the document's style), and in front matter the
 * keys and allowed values of the front matter schema. Completion runs on the extension host's thread at every
 * trigger, so it never analyzes a large document there: the Timeline and the document's times come from the last
 * check (done in the background worker), and front matter suggestions read the front matter block alone.
 */
import * as vscode from 'vscode';
import { analyze } from '../../core/analysis/analyze';
import type { DocumentZone, ResolvedTime } from '../../core/analysis/types';
import { timelineSectionAt } from '../../core/model/section-extent';
import { boldLikeItsEntry, documentTimestamp, frontMatterSuggestions, type TimestampSample } from '../../core/templates';
import type { DiagnosticsController } from '../diagnostics/controller';
import { outputTimes, toOutlineView, type OutlineView } from '../lint/protocol';
import { fromVscodePosition } from '../ranges';
import { analyzeDocument, settingZone } from './document-context';

// zone names for `timezone:`, where the platform lists them
const zoneNames: readonly string[] = (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];

/** Documents up to this many lines are analyzed right here when no check result is at hand (a few ms). */
export const COMPLETION_ANALYZE_MAX_LINES = 300;
/** Front matter is looked for in the first lines only. */
const FRONT_MATTER_MAX_LINES = 200;

/** What the "now" completion reads of a document. */
interface TimelineContext {
  outline: OutlineView;
  times: readonly (TimestampSample & Pick<ResolvedTime, 'source'>)[];
  documentZone?: DocumentZone;
}

/** Completion items for Markdown postmortems. */
export class AuthoringCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly diagnostics?: Pick<DiagnosticsController, 'lastResult'>) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, _token: vscode.CancellationToken, context: vscode.CompletionContext): vscode.CompletionItem[] {
    // `:` opens value suggestions in front matter only, never while typing `14:02` in the body
    const byColon = context.triggerKind === vscode.CompletionTriggerKind.TriggerCharacter;
    const opensFrontMatter = document.lineAt(0).text.trimEnd() === '---';
    if (byColon && !opensFrontMatter) return [];
    const now = Date.now();
    const zone = settingZone(document.uri);
    if (opensFrontMatter) {
      const items = this.frontMatterItems(document, position, now, zone);
      if (items) return items;
    }
    if (byColon) return [];
    const { line } = fromVscodePosition(position);
    const ctx = this.timelineContext(document, now);
    if (!ctx) return [];
    const timeline = timelineSectionAt(ctx.outline.sections, (s) => s.headingLine, line);
    if (!timeline) return [];
    const samples = ctx.times.filter((t) => t.source === 'timeline' && t.range.start.line > timeline.headingLine && t.range.start.line <= timeline.endLine);
    const range = document.getWordRangeAtPosition(position, /[A-Za-z]+/) ?? new vscode.Range(position, position);
    // bold next to bold offset entries, as Insert Timestamp writes it
    const lineText = (l: number) => (l >= 1 && l <= document.lineCount ? document.lineAt(l - 1).text : '');
    const stamp = boldLikeItsEntry(documentTimestamp(ctx, now, line, zone, samples.length ? samples : undefined), lineText, line, fromVscodePosition(range.start).column);
    const item = new vscode.CompletionItem({ label: 'now', description: stamp.text }, vscode.CompletionItemKind.Constant);
    item.insertText = stamp.text;
    item.detail = stamp.offset === 'blank' ? 'No clock time is given for T+0: type the offset'
      : stamp.offset ? 'The time since T+0' : `The current time in ${stamp.zone}`;
    item.filterText = 'now';
    item.range = range;
    return [item];
  }

  /** Keys and values when the cursor is inside the front matter (undefined when it is not). */
  private frontMatterItems(document: vscode.TextDocument, position: vscode.Position, now: number, zone: string | undefined): vscode.CompletionItem[] | undefined {
    // YAML keys only: TOML front matter (`+++`) is read but not completed
    if (document.lineCount === 0 || !/^(?:\ufeff)?---\s*$/.test(document.lineAt(0).text)) return undefined;
    let close = -1;
    for (let i = 1; i < Math.min(document.lineCount, FRONT_MATTER_MAX_LINES); i++) {
      if (/^(?:---|\.\.\.)\s*$/.test(document.lineAt(i).text)) { close = i; break; }
    }
    if (close < 0 || position.line === 0 || position.line >= close) return undefined;
    // the front matter block alone: its keys, and the zone it declares
    const block = analyze(document.getText(new vscode.Range(0, 0, close + 1, 0)), { now, ...(zone ? { defaultTimeZone: zone } : {}) });
    const fm = block.model.frontMatter;
    if (!fm) return undefined;
    const documentZone = block.documentZone?.source === 'front-matter' ? block.documentZone.zone
      : this.diagnostics?.lastResult(document)?.output.documentZone?.zone ?? zone ?? 'UTC';
    const lineText = document.lineAt(position.line).text;
    const present = fm.entries.map((e) => e.key);
    return frontMatterSuggestions(lineText, fromVscodePosition(position).column, present, now, documentZone, zoneNames).map((s, i) => {
      const item = new vscode.CompletionItem(s.label, s.kind === 'key' ? vscode.CompletionItemKind.Property : vscode.CompletionItemKind.Value);
      item.insertText = s.insertText;
      item.detail = s.detail;
      if (s.documentation) item.documentation = new vscode.MarkdownString(s.documentation);
      item.sortText = String(i).padStart(4, '0');
      if (s.kind === 'key') item.command = { command: 'editor.action.triggerSuggest', title: 'values' };
      return item;
    });
  }

  /**
   * The sections and times of the document: from its last check (lines may be off by what was typed since, which
   * only matters at a section's edge), else analyzed here when it is small; undefined for a large document that
   * is not checked (not a postmortem).
   */
  private timelineContext(document: vscode.TextDocument, now: number): TimelineContext | undefined {
    const result = this.diagnostics?.lastResult(document);
    if (result) return { outline: result.output.outline, times: outputTimes(result.output), documentZone: result.output.documentZone };
    if (document.lineCount > COMPLETION_ANALYZE_MAX_LINES) return undefined;
    const analysis = analyzeDocument(document, now);
    return { outline: toOutlineView(analysis.model), times: analysis.times, documentZone: analysis.documentZone };
  }
}
