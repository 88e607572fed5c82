/**
 * Postmortem: New Postmortem. Asks for a template, a title, a severity and the start; only then writes
 * `<folder>/YYYY-MM-DD-slug.md` (never over an existing file) and opens it with tab stops on the blanks.
 * Cancelling any step writes nothing.
 */
import * as vscode from 'vscode';
import { formatStart, parseIncidentStart, postmortemFileName, renderTemplate, templateVariables, uniqueFileName } from '../../core/templates';
import { loadTemplates, type LoadedTemplate } from './templates';

/** The id of the command. */
export const newPostmortemCommandId = 'postmortem.newPostmortem';

const severities: vscode.QuickPickItem[] = [
  { label: 'SEV1', description: 'Critical: a complete outage or data loss for many users' },
  { label: 'SEV2', description: 'Major: a core feature down or badly degraded' },
  { label: 'SEV3', description: 'Minor: a partial degradation, a workaround exists' },
  { label: 'SEV4', description: 'Low: little or no user impact' },
  { label: 'SEV5', description: 'Informational: a near miss worth learning from' },
];

/** The zone new documents are written in: the `postmortem.defaultTimeZone` setting, else UTC. */
function configuredZone(): string {
  return vscode.workspace.getConfiguration('postmortem').get<string>('defaultTimeZone') || 'UTC';
}

/** The folder a new postmortem belongs to: the active document's workspace folder, else the first one. */
function targetFolder(): vscode.WorkspaceFolder | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && vscode.workspace.getWorkspaceFolder(active)) || vscode.workspace.workspaceFolders?.[0];
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Writes `text` to a new file in `dir` named `name` or `name-2.md`...; returns its URI. */
async function writeNewFile(dir: vscode.Uri, name: string, text: string): Promise<vscode.Uri> {
  await vscode.workspace.fs.createDirectory(dir);
  const taken: string[] = [];
  try {
    for (const [entry] of await vscode.workspace.fs.readDirectory(dir)) taken.push(entry);
  } catch {
    // an unreadable folder: each candidate is still checked below
  }
  for (;;) {
    const candidate = uniqueFileName(name, taken);
    const uri = vscode.Uri.joinPath(dir, candidate);
    // checked again right before writing: the listing may be stale
    if (await exists(uri)) {
      taken.push(candidate);
      continue;
    }
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return uri;
  }
}

/** Asks for each answer in turn; undefined as soon as one is cancelled. */
async function ask(): Promise<{ picked: LoadedTemplate; title: string; severity: string; start: { instant: number; zone: string } } | undefined> {
  const templates = await loadTemplates();
  const item = await vscode.window.showQuickPick(
    templates.map((t) => ({ label: t.template.name, description: t.template.description, detail: [t.template.path, ...t.problems.map((p) => p.message)].filter(Boolean).join(' · ') || undefined, loaded: t })),
    { title: 'New Postmortem (1/4): template', placeHolder: 'Choose a template', matchOnDescription: true, ignoreFocusOut: true },
  );
  if (!item) return undefined;
  const title = await vscode.window.showInputBox({
    title: 'New Postmortem (2/4): title', prompt: 'What happened, in a few words', placeHolder: 'Checkout API returned 500s', ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? undefined : 'The title is needed for the file name'),
  });
  if (title === undefined || !title.trim()) return undefined;
  const severity = await vscode.window.showQuickPick(severities, { title: 'New Postmortem (3/4): severity', placeHolder: 'How bad was it?', ignoreFocusOut: true });
  if (!severity) return undefined;
  const zone = configuredZone();
  const now = Date.now();
  const startText = await vscode.window.showInputBox({
    title: 'New Postmortem (4/4): incident start', prompt: `When the impact started (times without a zone are in ${zone})`,
    value: formatStart(now, zone), ignoreFocusOut: true,
    validateInput: (v) => { const r = parseIncidentStart(v, Date.now(), zone); return r.ok ? undefined : r.message; },
  });
  if (startText === undefined) return undefined;
  const start = parseIncidentStart(startText, Date.now(), zone);
  if (!start.ok) return undefined;
  return { picked: item.loaded, title: title.trim(), severity: severity.label, start };
}

/** Runs New Postmortem; resolves to the new document's URI, or undefined when cancelled or refused. */
export async function newPostmortem(): Promise<vscode.Uri | undefined> {
  const answers = await ask();
  if (!answers) return undefined;
  const { picked, title, severity, start } = answers;
  const author = vscode.workspace.getConfiguration('postmortem').get<string>('author') ?? '';
  const variables = templateVariables({ title, severity, author, start: start.instant, zone: start.zone });
  const rendered = renderTemplate(picked.template, variables);
  if (rendered.problems.length > 0) {
    const where = picked.template.path ?? picked.template.name;
    void vscode.window.showErrorMessage(`Template ${where}: ${rendered.problems.map((p) => p.message).join('; ')}`);
    return undefined;
  }
  const folder = targetFolder();
  let document: vscode.TextDocument;
  if (folder) {
    const setting = vscode.workspace.getConfiguration('postmortem', folder.uri).get<string>('newPostmortem.folder') ?? 'postmortems';
    const dir = vscode.Uri.joinPath(folder.uri, ...setting.split(/[\\/]+/).filter((s) => s && s !== '.'));
    const uri = await writeNewFile(dir, postmortemFileName(variables.date, title), rendered.text);
    document = await vscode.workspace.openTextDocument(uri);
  } else {
    document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  }
  const editor = await vscode.window.showTextDocument(document);
  const all = new vscode.Range(0, 0, document.lineCount, 0);
  // the same text again, as a snippet: the blanks become tab stops
  await editor.insertSnippet(new vscode.SnippetString(rendered.snippet), document.validateRange(all));
  if (!document.isUntitled) await document.save();
  return document.uri;
}
