// Wires live validation: the configuration, the lint worker, the diagnostics controller and "Validate This File".
import * as vscode from 'vscode';
import { ConfigService } from '../config';
import { LintClient } from '../lint/client';
import { runLint } from '../lint/run';
import type { Platform } from '../platform';
import { DiagnosticsController } from './controller';

/**
 * Registers postmortem diagnostics and `postmortem.validateFile`; returns the controller that quick fixes,
 * hovers, the status bar and other features read results from.
 */
export function registerDiagnostics(context: vscode.ExtensionContext, platform: Platform, output?: vscode.OutputChannel): DiagnosticsController {
  const log = (m: string) => output?.appendLine(`[diagnostics] ${m}`);
  const config = new ConfigService(log);
  const client = new LintClient({ createPort: () => platform.createLintWorker(context), lintInline: runLint, log });
  const controller = new DiagnosticsController(context, client, config, log);
  client.warmUp();
  context.subscriptions.push(
    config,
    controller,
    { dispose: () => client.dispose() },
    vscode.commands.registerCommand('postmortem.validateFile', async (uri?: vscode.Uri) => {
      const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc || doc.languageId !== 'markdown') {
        void vscode.window.showInformationMessage('Postmortem: "Validate This File" works on Markdown files.');
        return;
      }
      await controller.validateFile(doc);
    }),
  );
  return controller;
}
