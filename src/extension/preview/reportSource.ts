/**
 * Where the preview and the export get their HTML: the report of an open document, checked with the options the
 * diagnostics use (settings and `.postmortem.json`) so the findings strip and the Problems view agree. The check
 * and the render run in the background worker (see `LintClient.render`), never on the extension host's thread.
 */
import type * as vscode from 'vscode';
import type { CheckOptions } from '../../core/check/types';
import type { LintClient } from '../lint/client';
import type { WorkerRenderOptions } from '../lint/protocol';

export interface ReportSource {
  /**
   * The report of `document`: `content` for a live preview's update, `page` for a whole page. Requests with the
   * same `key` replace each other: a replaced one rejects with `AbandonedCheck`.
   */
  render(document: vscode.TextDocument, options: WorkerRenderOptions, part: 'content' | 'page', key: string): Promise<string>;
}

/** A source that renders through the lint client's worker. */
export function workerSource(client: LintClient, checkOptions: (uri: vscode.Uri) => Promise<CheckOptions>): ReportSource {
  return {
    async render(document, options, part, key) {
      const check = await checkOptions(document.uri);
      return client.render(key, document.getText(), check, options, part, document.lineCount);
    },
  };
}
