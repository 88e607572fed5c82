/** The templates New Postmortem offers: built in, then each workspace folder's `.postmortem/templates/*.md`, read fresh. */
import * as vscode from 'vscode';
import { builtInTemplates, parseWorkspaceTemplate, workspaceTemplateFolder, type Template, type TemplateProblem } from '../../core/templates';

/** A template and the problems of its file. */
export interface LoadedTemplate {
  template: Template;
  problems: TemplateProblem[];
  /** The template file, for a workspace template. */
  uri?: vscode.Uri;
}

/** Reads the workspace templates of every folder (no caching: an edited or new template shows up at once). */
export async function loadTemplates(): Promise<LoadedTemplate[]> {
  const loaded: LoadedTemplate[] = builtInTemplates.map((template) => ({ template, problems: [] }));
  const decoder = new TextDecoder();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const dir = vscode.Uri.joinPath(folder.uri, workspaceTemplateFolder);
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      continue; // no templates folder
    }
    const files = entries.filter(([name, type]) => type === vscode.FileType.File && name.toLowerCase().endsWith('.md')).map(([name]) => name).sort();
    for (const name of files) {
      const uri = vscode.Uri.joinPath(dir, name);
      try {
        const text = decoder.decode(await vscode.workspace.fs.readFile(uri));
        const parsed = parseWorkspaceTemplate(text, vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1));
        loaded.push({ ...parsed, uri });
      } catch {
        // unreadable file: skip it, the others still work
      }
    }
  }
  return loaded;
}
