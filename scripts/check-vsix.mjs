// Checks a packaged VSIX: nothing but the allowlisted files, every required one present, and it installs into
// code-server (`--install-extension`). Usage: node scripts/check-vsix.mjs postmortem-author-X.Y.Z.vsix
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { codeServerEntry, installVsix, node24 } from './lib/code-server.mjs';
import { listZip, requiredFiles, vsixProblems } from './lib/vsix.mjs';

const vsix = process.argv[2];
if (!vsix) { console.error('usage: node scripts/check-vsix.mjs FILE.vsix'); process.exit(2); }
// vsce stores README.md, LICENSE and CHANGELOG.md under its own names
const renamed = { 'readme.md': 'README.md', 'LICENSE.txt': 'LICENSE', 'changelog.md': 'CHANGELOG.md' };
const files = listZip(vsix).filter((n) => n.startsWith('extension/')).map((n) => n.slice('extension/'.length)).map((n) => renamed[n] ?? n);
const problems = vsixProblems(files, requiredFiles);
console.log(`${vsix}: ${files.length} files\n  ${files.join('\n  ')}`);
if (problems.length) { console.error(`VSIX problems:\n  ${problems.join('\n  ')}`); process.exit(1); }

const dir = mkdtempSync(path.join(os.tmpdir(), 'pm-vsix-'));
try {
  installVsix(path.resolve(vsix), dir);
  const r = spawnSync(node24, [codeServerEntry, '--extensions-dir', path.join(dir, 'exts'), '--list-extensions', '--show-versions'], { encoding: 'utf8' });
  if (!/postmortem-author\.postmortem-author@/.test(r.stdout)) {
    console.error(`the VSIX did not install:\n${r.stdout}\n${r.stderr}`);
    process.exit(1);
  }
  console.log(`installed into code-server: ${r.stdout.trim()}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
