/** Turns an open document into the renderer's input: the check's findings and analysis, with the editor's settings. */
import * as vscode from 'vscode';
import type { CheckOptions, CheckResult } from '../../core/check/types';
import type { RenderInput } from '../../core/render';
import { parseSettings, toCheckOptions } from '../../core/schema/settings';

/** The check function (the core's `check`, injected so the preview does not fix which build it runs in). */
export type CheckFunction = (text: string, options: CheckOptions) => CheckResult;

/** Where the preview and the export get their input. */
export interface ReportSource {
  input(document: vscode.TextDocument): RenderInput;
}

/** The check options for a document, from the `postmortem.*` settings of its folder. */
export function checkOptionsFor(document: vscode.TextDocument): CheckOptions {
  const { settings } = parseSettings(vscode.workspace.getConfiguration('postmortem', document.uri));
  return toCheckOptions(settings, undefined, document.uri.path.split('/').pop());
}

/** A source that checks the document text with `check`. */
export function checkingSource(check: CheckFunction): ReportSource {
  return {
    input(document) {
      const text = document.getText();
      const result = check(text, checkOptionsFor(document));
      return { analysis: result.analysis, findings: result.findings, text };
    },
  };
}
