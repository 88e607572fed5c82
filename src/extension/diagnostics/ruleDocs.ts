// Where each rule's documentation lives, decided in this one place: our rules' pages are docs/rules/<ID>.md in the
// extension's repository (or, without one, the copy shipped inside the extension); markdownlint's MDxxx rules link to
// markdownlint's own pages.

/** markdownlint's rule pages, for the version the core bundles. */
export const MARKDOWNLINT_RULE_DOCS = 'https://github.com/DavidAnson/markdownlint/blob/v0.40.0/doc/';
/** Our rule pages, relative to the repository's web address. */
export const RULE_DOCS_PATH = 'blob/HEAD/docs/rules/';
/** Our rule pages, relative to the installed extension's folder (docs/ ships in the VSIX). */
export const SHIPPED_RULE_DOCS_PATH = 'docs/rules/';

/** The repository's web address from package.json's `repository` (`git+https://host/x/y.git` -> `https://host/x/y/`). */
export function repositoryWebUrl(repository: unknown): string | undefined {
  const raw = typeof repository === 'string' ? repository : (repository as { url?: unknown } | undefined)?.url;
  if (typeof raw !== 'string' || !raw) return undefined;
  const url = raw.replace(/^git\+/, '').replace(/^git:\/\//, 'https://').replace(/\.git$/, '');
  return /^https?:\/\//.test(url) ? url.replace(/\/?$/, '/') : undefined;
}

/**
 * The doc page of a rule: markdownlint's page for MDxxx; for PMxxx docs/rules/<ID>.md in the repository, else in the
 * installed extension (`extensionUri`, a URI string); none for anything else (an internal-error finding).
 */
export function ruleDocUrl(ruleId: string, repository: unknown, extensionUri?: string): string | undefined {
  if (/^MD\d{3}$/i.test(ruleId)) return `${MARKDOWNLINT_RULE_DOCS}${ruleId.toLowerCase()}.md`;
  if (!/^PM\d{3}$/.test(ruleId)) return undefined;
  const web = repositoryWebUrl(repository);
  if (web) return `${web}${RULE_DOCS_PATH}${ruleId}.md`;
  return extensionUri ? `${extensionUri.replace(/\/?$/, '/')}${SHIPPED_RULE_DOCS_PATH}${ruleId}.md` : undefined;
}
