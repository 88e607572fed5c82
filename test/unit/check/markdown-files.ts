// The fixture documents the check tests read.
import { readdirSync, statSync } from 'fs';
import * as path from 'path';

/** Every Markdown file under a folder, sorted. */
export function markdownFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? markdownFiles(p) : name.endsWith('.md') ? [p] : [];
  });
}
