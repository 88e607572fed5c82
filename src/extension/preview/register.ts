/** Wires the preview: panels, their serializer, the preview and export commands, and the inspect hook for tests. */
import * as vscode from 'vscode';
import { check } from '../../core/check';
import { PREVIEW_VIEW_TYPE } from '../../core/render/protocol';
import { ConfigService } from '../config';
import { HEAD_LINES, isPostmortemFile } from '../diagnostics/match';
import { registerExportCommand } from './exportHtmlCommand';
import { PreviewManager } from './previewManager';
import { checkingSource } from './reportSource';
import { registerShowPreviewCommands } from './showPreviewCommand';

/** Whether the preview follows an editor showing `document`: a Markdown file that is a postmortem. */
function isPostmortem(document: vscode.TextDocument, config: ConfigService): boolean {
  if (document.languageId !== 'markdown') return false;
  const head = document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, HEAD_LINES), 0));
  return isPostmortemFile({
    languageId: document.languageId,
    relativePath: vscode.workspace.asRelativePath(document.uri, false),
    absolutePath: document.uri.path,
    headText: head,
    forced: false,
  }, config.settings(document.uri).files);
}

/**
 * Registers the preview feature. `postmortem.preview.inspect` (not in `contributes`, used by the integration
 * tests) returns what the panel of a URI, or the most recent panel, last sent and displayed.
 */
export function registerPreview(context: vscode.ExtensionContext): PreviewManager {
  // the same reading of settings and .postmortem.json as the diagnostics (invalid values are reported there)
  const config = new ConfigService(() => undefined);
  const source = checkingSource(check, (uri) => config.checkOptions(uri));
  const manager = new PreviewManager(context.extensionUri, source, (d) => isPostmortem(d, config), config.onDidChange);
  context.subscriptions.push(
    config,
    manager,
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, manager),
    ...registerShowPreviewCommands(manager),
    registerExportCommand(manager, source),
    vscode.commands.registerCommand('postmortem.preview.inspect', (uri?: string) =>
      manager.inspect(uri ? vscode.Uri.parse(uri) : undefined)),
  );
  return manager;
}
