/** Wires the preview: panels, their serializer, the preview and export commands, and the inspect hook for tests. */
import * as vscode from 'vscode';
import { PREVIEW_VIEW_TYPE } from '../../core/render/protocol';
import type { DiagnosticsController } from '../diagnostics/controller';
import { registerExportCommand } from './exportHtmlCommand';
import { PreviewManager } from './previewManager';
import { workerSource } from './reportSource';
import { registerShowPreviewCommands } from './showPreviewCommand';

/**
 * Registers the preview feature. `postmortem.preview.inspect` (not in `contributes`, used by the integration
 * tests) returns what the panel of a URI, or the most recent panel, last sent and displayed.
 */
export function registerPreview(context: vscode.ExtensionContext, diagnostics: DiagnosticsController): PreviewManager {
  // the diagnostics' reading of settings and .postmortem.json (one cache, one watcher; invalid values reported once)
  const config = diagnostics.config;
  const source = workerSource(diagnostics.client, (uri) => config.checkOptions(uri));
  // the preview follows the same documents the diagnostics check (Validate This File included)
  const manager = new PreviewManager(context.extensionUri, source, (d) => diagnostics.isPostmortem(d), config.onDidChange);
  context.subscriptions.push(
    manager,
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, manager),
    ...registerShowPreviewCommands(manager),
    registerExportCommand(manager, source),
    vscode.commands.registerCommand('postmortem.preview.inspect', (uri?: string) =>
      manager.inspect(uri ? vscode.Uri.parse(uri) : undefined)),
  );
  return manager;
}
