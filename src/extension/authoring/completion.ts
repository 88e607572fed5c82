/**
 * Completions while writing: "now" inside the Timeline section (in the document's style), and in front matter the
 * keys and allowed values of the front matter schema.
 */
import * as vscode from 'vscode';
import { documentTimestamp, frontMatterSuggestions } from '../../core/templates';
import { fromVscodePosition } from '../ranges';
import { analyzeDocument, settingZone } from './document-context';

// zone names for `timezone:`, where the platform lists them
const zoneNames: readonly string[] = (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];

/** Completion items for Markdown postmortems. */
export class AuthoringCompletionProvider implements vscode.CompletionItemProvider {
  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, _token: vscode.CancellationToken, context: vscode.CompletionContext): vscode.CompletionItem[] {
    // `:` opens value suggestions in front matter only, never while typing `14:02` in the body
    const byColon = context.triggerKind === vscode.CompletionTriggerKind.TriggerCharacter;
    if (byColon && document.lineAt(0).text.trimEnd() !== '---') return [];
    const now = Date.now();
    const analysis = analyzeDocument(document, now);
    const { line } = fromVscodePosition(position);
    const zone = settingZone(document.uri);
    const fm = analysis.model.frontMatter;
    if (fm && line > fm.range.start.line && line < fm.range.end.line) {
      const lineText = document.lineAt(position.line).text;
      const documentZone = analysis.documentZone?.zone ?? zone ?? 'UTC';
      const present = fm.entries.map((e) => e.key);
      return frontMatterSuggestions(lineText, position.character + 1, present, now, documentZone, zoneNames).map((s, i) => {
        const item = new vscode.CompletionItem(s.label, s.kind === 'key' ? vscode.CompletionItemKind.Property : vscode.CompletionItemKind.Value);
        item.insertText = s.insertText;
        item.detail = s.detail;
        if (s.documentation) item.documentation = new vscode.MarkdownString(s.documentation);
        item.sortText = String(i).padStart(4, '0');
        if (s.kind === 'key') item.command = { command: 'editor.action.triggerSuggest', title: 'values' };
        return item;
      });
    }
    if (byColon) return [];
    const timeline = analysis.model.sections.find((s) => s.standard === 'timeline');
    if (!timeline || line <= timeline.headingRange.start.line || line > timeline.endLine) return [];
    const samples = analysis.timeline.length ? analysis.timeline.map((e) => e.time) : undefined;
    const stamp = documentTimestamp(analysis, now, line, zone, samples);
    const item = new vscode.CompletionItem({ label: 'now', description: stamp.text }, vscode.CompletionItemKind.Constant);
    item.insertText = stamp.text;
    item.detail = `The current time in ${stamp.zone}`;
    item.filterText = 'now';
    item.range = document.getWordRangeAtPosition(position, /[A-Za-z]+/) ?? new vscode.Range(position, position);
    return [item];
  }
}
