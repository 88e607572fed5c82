/**
 * File names of new postmortems: `YYYY-MM-DD-slug.md`, never one that exists (`-2`, `-3`... are appended).
 * Pure: the caller lists the existing names.
 */

/** Lower-case ASCII words joined by `-`, at most `maxLength` characters; `postmortem` when nothing is left. */
export function slugify(title: string, maxLength = 60): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug) return 'postmortem';
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** `2026-03-12-database-failover.md` for the day `date` (`YYYY-MM-DD`) and `title`. */
export function postmortemFileName(date: string, title: string): string {
  return `${date}-${slugify(title)}.md`;
}

/**
 * `name` when no existing name equals it (case-insensitively, as on macOS and Windows), else `name-2.md`, `name-3.md`...
 */
export function uniqueFileName(name: string, existing: Iterable<string>): string {
  const taken = new Set<string>();
  for (const e of existing) taken.add(e.toLowerCase());
  if (!taken.has(name.toLowerCase())) return name;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${ext}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
