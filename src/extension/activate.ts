import * as vscode from 'vscode';
import { registerAuthoring } from './authoring';
import { registerCodeActions } from './codeActions';
import { registerDiagnostics } from './diagnostics';
import { registerHover } from './hover';
import type { Platform } from './platform';
import { registerPreview } from './preview/register';
import { registerStatusBar } from './statusBar';

/**
 * Wires every feature; shared by the Node and the browser entry points. Only wiring happens here:
 * each feature registers its own providers and commands and hands its disposables to `context.subscriptions`.
 */
export function activateShared(context: vscode.ExtensionContext, platform: Platform): void {
  const output = vscode.window.createOutputChannel('Postmortem Author');
  context.subscriptions.push(output);
  output.appendLine(`Postmortem Author ${context.extension.packageJSON.version} activated (${platform.kind} extension host)`);
  const diagnostics = registerDiagnostics(context, platform, output);
  registerCodeActions(context, diagnostics);
  registerHover(context, diagnostics);
  registerStatusBar(context, diagnostics);
  registerAuthoring(context, diagnostics);
  registerPreview(context, diagnostics);
}
