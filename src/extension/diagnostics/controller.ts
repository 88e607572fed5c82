// Live diagnostics for postmortems: decides which documents are checked, schedules checks (debounced, stale results
// dropped), publishes diagnostics and keeps the last result per document for quick fixes, hovers and the status bar.
import * as vscode from 'vscode';
import type { Finding } from '../../core/types';
import type { ConfigService } from '../config';
import type { LintOutput } from '../lint/protocol';
import { mergeFindings } from '../lint/run';
import { AbandonedCheck, type LintClient } from '../lint/client';
import { LintScheduler, markdownlintDelay } from '../lint/scheduler';
import { toVscodeRange } from '../ranges';
import { HEAD_LINES, isPostmortemFile, looksLikePostmortem } from './match';
import { ruleDocUrl } from './ruleDocs';

/** Read-only views of other versions (diffs, output, SCM input): never checked. */
const IGNORED_SCHEMES = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'review', 'pr']);

/** The workspaceState key of the files turned on by "Validate This File". */
const FORCED_KEY = 'postmortem.validatedFiles';

/** The last published check of a document. */
export interface DocumentResult {
  /** The document version that was checked. */
  version: number;
  /** Our rules' findings only, markdownlint's still running (`diagnostics` then also holds the previous ones). */
  partial?: boolean;
  output: LintOutput;
  /** Our rules' part of `output` alone, when markdownlint's comes separately. */
  ours?: LintOutput;
  /** One diagnostic per finding, same order. */
  diagnostics: vscode.Diagnostic[];
}

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** A finding as a diagnostic with `source` "postmortem" and a link to the rule's page. */
export function toDiagnostic(f: Finding, repository: unknown, extensionUri?: string): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toVscodeRange(f.range), f.message, SEVERITY[f.severity]);
  d.source = 'postmortem';
  const url = ruleDocUrl(f.ruleId, repository, extensionUri);
  d.code = url ? { value: f.ruleId, target: vscode.Uri.parse(url) } : f.ruleId;
  return d;
}

function isMarkdownlintDiagnostic(d: vscode.Diagnostic): boolean {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return /^MD\d{3}$/.test(String(code));
}

/** Owns the `postmortem` diagnostic collection and the check of every open postmortem. */
export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('postmortem');
  private readonly results = new Map<string, DocumentResult>();
  private readonly docs = new Map<string, vscode.TextDocument>();
  /** `looksLikePostmortem` of each document's first lines, recomputed only when those lines change. */
  private readonly headCache = new Map<string, boolean>();
  private readonly forced: Set<string>;
  /** markdownlint's findings per document, for the version they were linted from (they come after our rules'). */
  private readonly markdownlint = new Map<string, { version: number; findings: Finding[] }>();
  /** Per document, the markdownlint check still running (settles when it is published or dropped). */
  private readonly markdownlintRuns = new Map<string, Promise<void>>();
  /** Per document, the timer of its next markdownlint check. */
  private readonly markdownlintTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly scheduler: LintScheduler<{ version: number; output: LintOutput; partial: boolean }>;
  private readonly updated = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.collection, this.updated];
  /** Fires after new diagnostics are published for (or removed from) a document. */
  readonly onDidUpdate = this.updated.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    /** Checks and renders in the background workers (the preview renders through it too). */
    readonly client: LintClient,
    /** Settings and `.postmortem.json` per folder (the preview reads them here too). */
    readonly config: ConfigService,
    private readonly log: (message: string) => void,
  ) {
    this.forced = new Set(context.workspaceState.get<string[]>(FORCED_KEY, []));
    this.scheduler = new LintScheduler({
      run: (key) => this.run(key),
      publish: (key, r) => this.publishOurs(key, r.version, r.output, r.partial),
      error: (key, e) => this.log(`check of ${key} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`),
    });
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.consider(doc, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onChange(e)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)),
      config.onDidChange(() => this.revalidateAll()),
      { dispose: () => this.scheduler.dispose() },
    );
    this.revalidateAll();
  }

  /** True when the document gets postmortem diagnostics. */
  isPostmortem(doc: vscode.TextDocument): boolean {
    const settings = this.config.settings(doc.uri);
    if (!settings.enable || doc.languageId !== 'markdown' || IGNORED_SCHEMES.has(doc.uri.scheme)) return false;
    const key = doc.uri.toString();
    const inFolder = vscode.workspace.getWorkspaceFolder(doc.uri) !== undefined;
    return isPostmortemFile({
      languageId: doc.languageId,
      relativePath: inFolder ? vscode.workspace.asRelativePath(doc.uri, false) : undefined,
      absolutePath: doc.uri.scheme === 'untitled' ? undefined : doc.uri.path,
      byContent: () => {
        let head = this.headCache.get(key);
        if (head === undefined) {
          head = looksLikePostmortem(doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, HEAD_LINES), 0)));
          this.headCache.set(key, head);
        }
        return head;
      },
      forced: this.forced.has(key),
    }, settings.files);
  }

  /** The last published result, even for an older version of the document (its lines may be off since). */
  lastResult(doc: vscode.TextDocument): DocumentResult | undefined {
    return this.results.get(doc.uri.toString());
  }

  /** The last published result, when it is for the document's current text. */
  currentResult(doc: vscode.TextDocument): DocumentResult | undefined {
    const r = this.results.get(doc.uri.toString());
    return r && r.version === doc.version ? r : undefined;
  }

  /**
   * The result for the document's current text, checking it now if needed; undefined for non-postmortems.
   * `complete: false` accepts our rules' findings without waiting for markdownlint's.
   */
  async freshResult(doc: vscode.TextDocument, complete = true): Promise<DocumentResult | undefined> {
    const key = doc.uri.toString();
    const current = this.currentResult(doc);
    if (current && (!current.partial || !complete)) return current;
    if (!this.isPostmortem(doc)) return undefined;
    this.docs.set(key, doc);
    if (!current && !this.scheduler.isBusy(key)) this.scheduler.schedule(key, 0);
    await this.scheduler.whenIdle(key);
    if (complete && this.currentResult(doc)?.partial) {
      // no waiting for a pause: check markdownlint's rules now
      if (this.markdownlintTimers.has(key) || !this.markdownlintRuns.has(key)) this.startMarkdownlint(key);
      await this.markdownlintRuns.get(key);
    }
    return this.currentResult(doc);
  }

  /** Turns checking on for a Markdown file that is not a postmortem by path or content; remembered per workspace. */
  async validateFile(doc: vscode.TextDocument): Promise<void> {
    this.forced.add(doc.uri.toString());
    await this.context.workspaceState.update(FORCED_KEY, [...this.forced]);
    this.consider(doc, 0);
  }

  dispose(): void {
    for (const timer of this.markdownlintTimers.values()) clearTimeout(timer);
    this.markdownlintTimers.clear();
    for (const d of this.disposables) d.dispose();
  }

  /** Schedules a check of `doc` when it is a postmortem, else removes what it had. */
  private consider(doc: vscode.TextDocument, delayMs: number): void {
    const key = doc.uri.toString();
    if (!this.isPostmortem(doc)) {
      if (this.results.has(key) || this.scheduler.isBusy(key)) this.forget(doc.uri);
      return;
    }
    this.docs.set(key, doc);
    this.scheduler.schedule(key, delayMs);
    // tiny documents are checked inline, markdownlint included
    if (this.client.placeFor(doc.lineCount) === 'worker') this.scheduleMarkdownlint(key, markdownlintDelay(delayMs, doc.lineCount));
  }

  private scheduleMarkdownlint(key: string, delayMs: number): void {
    clearTimeout(this.markdownlintTimers.get(key));
    this.markdownlintTimers.set(key, setTimeout(() => this.startMarkdownlint(key), delayMs));
  }

  /** Sends the document's current text to the markdownlint worker (it drops a stale text of the same document). */
  private startMarkdownlint(key: string): void {
    clearTimeout(this.markdownlintTimers.get(key));
    this.markdownlintTimers.delete(key);
    const doc = this.docs.get(key);
    if (!doc || doc.isClosed) return;
    const version = doc.version;
    const done: Promise<void> = this.config.checkOptions(doc.uri)
      .then((options) => {
        if (options.markdownlint === false || doc.version !== version) return;
        return this.client.markdownlint(key, doc.getText(), options, doc.lineCount).then((findings) => this.publishMarkdownlint(key, version, findings));
      })
      .catch((e: unknown) => { if (!(e instanceof AbandonedCheck)) this.log(`markdownlint check of ${key} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`); })
      .finally(() => { if (this.markdownlintRuns.get(key) === done) this.markdownlintRuns.delete(key); });
    this.markdownlintRuns.set(key, done);
  }

  private onChange(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0) return;
    const key = e.document.uri.toString();
    if (e.contentChanges.some((c) => c.range.start.line < HEAD_LINES)) this.headCache.delete(key);
    this.consider(e.document, this.config.settings(e.document.uri).validate.debounceMs);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.scheduler.cancel(key);
    this.markdownlint.delete(key);
    this.markdownlintRuns.delete(key);
    clearTimeout(this.markdownlintTimers.get(key));
    this.markdownlintTimers.delete(key);
    this.docs.delete(key);
    this.headCache.delete(key);
    const had = this.results.delete(key);
    this.collection.delete(uri);
    if (had) this.updated.fire(uri);
  }

  /** Re-checks every open document (activation, settings or .postmortem.json changed); visible ones first. */
  private revalidateAll(): void {
    const visible = new Set(vscode.window.visibleTextEditors.map((e) => e.document));
    for (const doc of [...visible, ...vscode.workspace.textDocuments.filter((d) => !visible.has(d))]) {
      this.headCache.delete(doc.uri.toString());
      this.consider(doc, 0);
    }
  }

  private async run(key: string): Promise<{ version: number; output: LintOutput; partial: boolean }> {
    const doc = this.docs.get(key);
    if (!doc || doc.isClosed) throw new Error('the document was closed');
    const options = await this.config.checkOptions(doc.uri);
    const version = doc.version;
    const { output, complete } = await this.client.check(doc.getText(), options, doc.lineCount);
    if (complete) this.markdownlint.delete(key);
    return { version, output, partial: !complete };
  }

  /**
   * Shows our rules' result. While markdownlint's findings for the same text are still coming, the previous
   * markdownlint diagnostics stay until they are replaced, so they do not flicker.
   */
  private publishOurs(key: string, version: number, output: LintOutput, partial: boolean): void {
    const md = this.markdownlint.get(key);
    if (partial && md?.version === version) this.publish(key, version, { ...output, findings: mergeFindings(output.findings, md.findings) }, output);
    else this.publish(key, version, output, partial ? output : undefined);
  }

  /** Adds markdownlint's findings to our rules' result for the same text (or keeps them until it comes). */
  private publishMarkdownlint(key: string, version: number, findings: Finding[]): void {
    const doc = this.docs.get(key);
    if (!doc || doc.isClosed || doc.version !== version) return;
    this.markdownlint.set(key, { version, findings });
    const current = this.results.get(key);
    if (current?.version === version && current.ours) this.publish(key, version, { ...current.ours, findings: mergeFindings(current.ours.findings, findings) }, current.ours);
  }

  /**
   * Shows a result; `ours` (our rules' part alone) is set while markdownlint's part is missing or separate.
   * Without markdownlint's part yet, the previous markdownlint diagnostics are kept; findings and diagnostics
   * stay index-aligned for quick fixes.
   */
  private publish(key: string, version: number, output: LintOutput, ours?: LintOutput): void {
    const doc = this.docs.get(key);
    if (!doc || doc.isClosed || doc.version !== version) return;
    const repository = this.context.extension.packageJSON.repository;
    const extensionUri = this.context.extensionUri.toString();
    const diagnostics = output.findings.map((f) => toDiagnostic(f, repository, extensionUri));
    const previous = this.results.get(key);
    const partial = ours !== undefined && ours === output;
    const shown = partial && previous
      ? [...diagnostics, ...previous.diagnostics.filter(isMarkdownlintDiagnostic)]
      : diagnostics;
    this.collection.set(doc.uri, shown);
    this.results.set(key, { version, output, diagnostics: shown, partial, ...(ours ? { ours } : {}) });
    this.updated.fire(doc.uri);
  }
}
