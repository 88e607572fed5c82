/** Names of exported reports: `<name>.html` next to the document, then `<name>-2.html`, `<name>-3.html`... */

/** The document's file name without its Markdown extension. */
export function reportBaseName(fileName: string): string {
  return fileName.replace(/\.(md|markdown|mdown|mkd)$/i, '') || 'postmortem';
}

/** The n-th candidate name (n from 1). */
export function exportFileName(baseName: string, n: number): string {
  return n <= 1 ? `${baseName}.html` : `${baseName}-${n}.html`;
}

/** The first candidate for which `exists` says no; gives up after `limit` tries. */
export async function firstFreeName(baseName: string, exists: (name: string) => Promise<boolean>, limit = 1000): Promise<string> {
  for (let n = 1; n <= limit; n++) {
    const name = exportFileName(baseName, n);
    if (!(await exists(name))) return name;
  }
  throw new Error(`no free file name for ${baseName}.html after ${limit} tries`);
}
