// `npm start`: builds and packages the extension, installs the VSIX into a private code-server profile
// (.vscode-test/start) and serves a real VS Code on 127.0.0.1 with the examples/ folder open. Ctrl+C stops it.
//   POSTMORTEM_PORT=8080 npm start   choose the port (default 8765, or a free one when it is taken)
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureInstalled, freePort, installVsix, root, startCodeServer } from './lib/code-server.mjs';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) { console.error(`npm start: ${cmd} ${args.join(' ')} failed`); process.exit(1); }
};

const portFree = async (port) => {
  try { await fetch(`http://127.0.0.1:${port}/`); return false; } catch { return true; }
};

const { version, name } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
console.log('building and packaging the extension...');
run('npm', ['run', '--silent', 'package']);
ensureInstalled();
const dir = path.join(root, '.vscode-test/start');
rmSync(path.join(dir, 'exts'), { recursive: true, force: true });
installVsix(path.join(root, `${name}-${version}.vsix`), dir);

const wanted = Number(process.env.POSTMORTEM_PORT ?? 8765);
const port = (await portFree(wanted)) ? wanted : await freePort();
const server = await startCodeServer({ dir, port, stdio: 'inherit', settings: { 'workbench.colorTheme': 'Default Dark Modern' } });
const folder = path.join(root, 'examples');
console.log(`\nPostmortem Author is running in VS Code (code-server ${port}).`);
console.log(`Open  ${server.base}/?folder=${encodeURIComponent(folder)}  in a browser. Ctrl+C stops it.\n`);

const stop = () => { console.log('\nstopping VS Code...'); server.stop(); process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.process.on('exit', (code) => { console.log(`code-server exited (${code})`); process.exit(code ?? 0); });
