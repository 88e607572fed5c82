/** What the authoring features read from a document: its analysis, with the editor's zone setting as fallback. */
import * as vscode from 'vscode';
import { analyze } from '../../core/analysis/analyze';
import type { Analysis } from '../../core/analysis/types';

/** The `postmortem.defaultTimeZone` setting for a document, undefined when empty. */
export function settingZone(uri?: vscode.Uri): string | undefined {
  return vscode.workspace.getConfiguration('postmortem', uri).get<string>('defaultTimeZone') || undefined;
}

/** The analysis of a document as it is now. */
export function analyzeDocument(document: vscode.TextDocument, now: number): Analysis {
  const zone = settingZone(document.uri);
  return analyze(document.getText(), { now, fileName: document.uri.path.split('/').pop(), ...(zone ? { defaultTimeZone: zone } : {}) });
}
