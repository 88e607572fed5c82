// The editor's configuration for a document: `postmortem.*` settings validated by the zod schema, with the
// workspace folder's `.postmortem.json` (the file the CLI and CI read) over them. Bad values give one clear
// message and fall back to the defaults; nothing here throws.
import * as vscode from 'vscode';
import type { CheckOptions } from '../core/check/types';
import { CONFIG_FILE_NAME, parseConfig } from '../core/schema/config';
import { parseSettings, toCheckOptions, type Settings } from '../core/schema/settings';

/** Reads the raw `postmortem.*` values for a resource, in the shape of the settings schema. */
function readRawSettings(scope: vscode.Uri | undefined): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration('postmortem', scope);
  return {
    enable: c.get('enable'),
    files: c.get('files'),
    defaultTimeZone: c.get('defaultTimeZone'),
    requiredSections: c.get('requiredSections'),
    rules: c.get('rules'),
    markdownlint: { enable: c.get('markdownlint.enable') },
    validate: { debounceMs: c.get('validate.debounceMs') },
  };
}

/** Settings and `.postmortem.json` per workspace folder, cached until either changes. */
export class ConfigService implements vscode.Disposable {
  private readonly settingsCache = new Map<string, Settings>();
  private readonly projectCache = new Map<string, Promise<CheckOptions | undefined>>();
  private readonly reported = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Fires when a `postmortem.*` setting or a `.postmortem.json` changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: (message: string) => void) {
    this.disposables.push(vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('postmortem')) return;
      this.settingsCache.clear();
      this.changed.fire();
    }));
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const reload = () => { this.projectCache.clear(); this.changed.fire(); };
    this.disposables.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
    this.disposables.push(vscode.workspace.onDidChangeWorkspaceFolders(() => { this.settingsCache.clear(); reload(); }));
  }

  /** The validated settings that apply to `uri`. */
  settings(uri?: vscode.Uri): Settings {
    const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
    const key = folder?.uri.toString() ?? '';
    let s = this.settingsCache.get(key);
    if (!s) {
      const parsed = parseSettings(readRawSettings(folder?.uri ?? uri));
      for (const p of parsed.problems) this.report(`Postmortem: invalid setting ${p}. The default is used instead.`);
      s = parsed.settings;
      this.settingsCache.set(key, s);
    }
    return s;
  }

  /** The check options for a document: its settings with its folder's `.postmortem.json` over them. */
  async checkOptions(uri: vscode.Uri): Promise<CheckOptions> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const project = folder ? await this.project(folder) : undefined;
    const fileName = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    return toCheckOptions(this.settings(uri), project, fileName || undefined);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private project(folder: vscode.WorkspaceFolder): Promise<CheckOptions | undefined> {
    const key = folder.uri.toString();
    let p = this.projectCache.get(key);
    if (!p) {
      p = this.readProject(folder);
      this.projectCache.set(key, p);
    }
    return p;
  }

  private async readProject(folder: vscode.WorkspaceFolder): Promise<CheckOptions | undefined> {
    const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
    const parsed = parseConfig(text);
    if (parsed.ok) return parsed.options;
    this.report(`Postmortem: ${CONFIG_FILE_NAME} in ${folder.name}: ${parsed.message}; the file is ignored.`);
    return undefined;
  }

  /** Logs every problem and shows each distinct one once, so a bad value never nags on every keystroke. */
  private report(message: string): void {
    this.log(message);
    if (this.reported.has(message)) return;
    this.reported.add(message);
    void vscode.window.showWarningMessage(message, 'Open Settings').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'postmortem.');
    });
  }
}
