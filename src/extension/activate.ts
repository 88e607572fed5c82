import * as vscode from 'vscode';
import type { Platform } from './platform';

/**
 * Wires every feature; shared by the Node and the browser entry points. Only wiring happens here:
 * each feature registers its own providers and commands and hands its disposables to `context.subscriptions`.
 */
export function activateShared(context: vscode.ExtensionContext, platform: Platform): void {
  const output = vscode.window.createOutputChannel('Postmortem Author');
  context.subscriptions.push(output);
  output.appendLine(`Postmortem Author ${context.extension.packageJSON.version} activated (${platform.kind} extension host)`);
}
