// The active postmortem's computed outage duration in the status bar; a click opens the preview when that
// feature is installed, else "Show Outage Metrics".
import * as vscode from 'vscode';
import type { DiagnosticsController } from './diagnostics/controller';
import { metricsRows, statusBarText } from './metricsRows';
import { toVscodeRange } from './ranges';

/** Runs when the status bar item is clicked (internal: not in the command palette). */
const CLICK_COMMAND = 'postmortem.statusBar.click';

/** `postmortem.showMetrics`: the active postmortem's metrics in a quick pick; picking one reveals its text. */
export async function showMetrics(diagnostics: DiagnosticsController): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  // metrics come from our rules: no need to wait for markdownlint
  const result = editor && (await diagnostics.freshResult(editor.document, false));
  if (!editor || !result) {
    void vscode.window.showInformationMessage('Postmortem: open a postmortem to see its outage metrics.');
    return;
  }
  const rows = metricsRows(result.output.metrics);
  const picked = await vscode.window.showQuickPick(
    rows.map((r) => ({ label: r.label, description: r.value, detail: r.detail, row: r })),
    { title: 'Outage metrics', placeHolder: 'Pick a metric to go to the text it comes from' },
  );
  if (picked?.row.range) {
    const range = toVscodeRange(picked.row.range);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

/** Shows the duration of the active postmortem and keeps it current. */
export function registerStatusBar(context: vscode.ExtensionContext, diagnostics: DiagnosticsController): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('postmortem.duration', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Postmortem outage duration';
  item.command = CLICK_COMMAND;
  let shownFor: string | undefined;
  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !diagnostics.isPostmortem(doc)) { item.hide(); shownFor = undefined; return; }
    const result = diagnostics.currentResult(doc);
    if (!result) {
      // keep this document's last value while its check runs; never show another document's
      if (shownFor !== doc.uri.toString()) item.hide();
      return;
    }
    shownFor = doc.uri.toString();
    const m = result.output.metrics;
    item.text = statusBarText(m);
    const tip = new vscode.MarkdownString(`**Outage duration** (computed)\n\n${metricsRows(m).slice(0, 3).map((r) => `- ${r.label}: ${r.value}`).join('\n')}\n\nClick for the report or the metrics.`);
    item.tooltip = tip;
    item.show();
  };
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    diagnostics.onDidUpdate((uri) => { if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) update(); }),
    vscode.commands.registerCommand('postmortem.showMetrics', () => showMetrics(diagnostics)),
    vscode.commands.registerCommand(CLICK_COMMAND, async () => {
      const commands = await vscode.commands.getCommands(true);
      await vscode.commands.executeCommand(commands.includes('postmortem.showPreviewToSide') ? 'postmortem.showPreviewToSide' : 'postmortem.showMetrics');
    }),
  );
  update();
  return item;
}
