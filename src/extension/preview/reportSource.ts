/** Turns an open document into the renderer's input: the check's findings and analysis, with the editor's configuration. */
import type * as vscode from 'vscode';
import type { CheckOptions, CheckResult } from '../../core/check/types';
import type { RenderInput } from '../../core/render';

/** The check function (the core's `check`, injected so the preview does not fix which build it runs in). */
export type CheckFunction = (text: string, options: CheckOptions) => CheckResult;

/** Where the preview and the export get their input. */
export interface ReportSource {
  input(document: vscode.TextDocument): Promise<RenderInput>;
}

/**
 * A source that checks the document with `check` and the options the diagnostics use (settings and
 * `.postmortem.json`), so the findings strip and the Problems view agree.
 */
export function checkingSource(check: CheckFunction, checkOptions: (uri: vscode.Uri) => Promise<CheckOptions>): ReportSource {
  return {
    async input(document) {
      const options = await checkOptions(document.uri);
      const text = document.getText();
      const result = check(text, options);
      return { analysis: result.analysis, findings: result.findings, text };
    },
  };
}
