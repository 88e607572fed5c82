/** What the authoring features read from a document: its analysis, with the editor's zone setting as fallback. */
import * as vscode from 'vscode';
import { analyze } from '../../core/analysis/analyze';
import type { Analysis } from '../../core/analysis/types';
import { answerAuthoring, type AuthoringAnswer, type AuthoringAsk, type AuthoringContext } from '../lint/authoring';
import type { LintClient } from '../lint/client';

/** The `postmortem.defaultTimeZone` setting for a document, undefined when empty. */
export function settingZone(uri?: vscode.Uri): string | undefined {
  return vscode.workspace.getConfiguration('postmortem', uri).get<string>('defaultTimeZone') || undefined;
}

/** How a document's times are read now: its file name and the zone setting. */
function authoringContext(document: vscode.TextDocument, now: number): AuthoringContext {
  const zone = settingZone(document.uri);
  return { now, fileName: document.uri.path.split('/').pop(), ...(zone ? { defaultTimeZone: zone } : {}) };
}

/** The analysis of a document as it is now. */
export function analyzeDocument(document: vscode.TextDocument, now: number): Analysis {
  const { fileName, defaultTimeZone } = authoringContext(document, now);
  return analyze(document.getText(), { now, fileName, ...(defaultTimeZone ? { defaultTimeZone } : {}) });
}

/**
 * What a command writes in the document, asked of the rules' worker through `client` (a large document is never
 * analyzed on the editor's thread), with `state` what the ask was made from (the selections). When the document
 * changed while the worker answered, the answer is for an older text: the ask is made again from the document and
 * state as they are now, and answered here.
 */
export async function authoringAnswer<S>(document: vscode.TextDocument, state: () => S, ask: (state: S) => AuthoringAsk, client?: Pick<LintClient, 'authoring'>): Promise<{ state: S; answer: AuthoringAnswer }> {
  if (client) {
    const version = document.version;
    const asked = state();
    const answer = await client.authoring(document.getText(), authoringContext(document, Date.now()), ask(asked), document.lineCount);
    if (document.version === version) return { state: asked, answer };
  }
  const now = state();
  return { state: now, answer: answerAuthoring(document.getText(), authoringContext(document, Date.now()), ask(now)) };
}
