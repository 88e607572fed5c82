// Quick fixes from the core's fix data: one code action per fix (the obvious one preferred), "Fix all postmortem
// problems", and the `source.fixAll.postmortem` kind for users who opt in to fixing on save. Each applies as one
// WorkspaceEdit, hence one undo step.
import * as vscode from 'vscode';
import type { Fix, TextEdit } from '../../core/types';
import type { DiagnosticsController } from '../diagnostics/controller';
import { toVscodeRange } from '../ranges';
import { fixAllEdits } from './fixAll';

/** `source.fixAll.postmortem`: run by `editor.codeActionsOnSave` only when the user lists it. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('postmortem');
const FIX_ALL_TITLE = 'Fix all postmortem problems';

/** The edits as one WorkspaceEdit on `uri`. */
export function toWorkspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(uri, toVscodeRange(e.range), e.replacement);
  return edit;
}

/** The code action provider for postmortems. */
export class PostmortemCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly diagnostics: DiagnosticsController) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    // fixes are offered only for the checked version: older ranges would edit the wrong text
    const result = this.diagnostics.currentResult(doc);
    if (!result) return [];
    const only = context.only;
    const actions: vscode.CodeAction[] = [];
    if (!only || only.contains(vscode.CodeActionKind.QuickFix) || vscode.CodeActionKind.QuickFix.contains(only)) {
      result.output.findings.forEach((finding, i) => {
        const diagnostic = result.diagnostics[i];
        if (!finding.fixes?.length || !diagnostic.range.intersection(range)) return;
        const single = finding.fixes.length === 1;
        for (const fix of finding.fixes) actions.push(this.quickFix(doc, fix, diagnostic, !!fix.preferred || (single && fix.preferred !== false)));
      });
      if (actions.length > 0) {
        const all = fixAllEdits(result.output.findings);
        if (all.fixed > 1) {
          const a = new vscode.CodeAction(FIX_ALL_TITLE, vscode.CodeActionKind.QuickFix);
          a.edit = toWorkspaceEdit(doc.uri, all.edits);
          actions.push(a);
        }
      }
    }
    if (only && (FIX_ALL_KIND.contains(only) || only.contains(FIX_ALL_KIND))) {
      const all = fixAllEdits(result.output.findings);
      if (all.fixed > 0) {
        const a = new vscode.CodeAction(FIX_ALL_TITLE, FIX_ALL_KIND);
        a.edit = toWorkspaceEdit(doc.uri, all.edits);
        actions.push(a);
      }
    }
    return actions;
  }

  private quickFix(doc: vscode.TextDocument, fix: Fix, diagnostic: vscode.Diagnostic, preferred: boolean): vscode.CodeAction {
    const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    a.edit = toWorkspaceEdit(doc.uri, fix.edits);
    a.diagnostics = [diagnostic];
    a.isPreferred = preferred;
    return a;
  }
}

/** `postmortem.fixAll`: applies every obvious fix of the active postmortem as one edit (one undo step). */
export async function fixAllCommand(diagnostics: DiagnosticsController): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return false;
  const result = await diagnostics.freshResult(editor.document);
  if (!result) {
    void vscode.window.showInformationMessage('Postmortem: this file is not checked as a postmortem (run "Postmortem: Validate This File" first).');
    return false;
  }
  const all = fixAllEdits(result.output.findings);
  if (all.fixed === 0) {
    void vscode.window.showInformationMessage('Postmortem: nothing to fix automatically.');
    return false;
  }
  return vscode.workspace.applyEdit(toWorkspaceEdit(editor.document.uri, all.edits));
}
