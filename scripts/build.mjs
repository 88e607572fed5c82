// Bundles everything with esbuild. Types are checked separately by `npm run typecheck`.
//   node scripts/build.mjs               extension (Node + browser), webview, CLI, workers, tests, bench, tools
//   node scripts/build.mjs --production  only the shipped bundles, minified, without source maps
//   node scripts/build.mjs --watch       rebuild on change
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync, existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const argv = new Set(process.argv.slice(2));
const production = argv.has('--production');
const watch = argv.has('--watch');

/** Files under `dir` (relative to the root) whose names end with one of `suffixes`. */
function filesUnder(dir, suffixes) {
  const abs = path.join(root, dir);
  if (!existsSync(abs)) return [];
  const out = [];
  for (const name of readdirSync(abs)) {
    const p = path.join(abs, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(path.join(dir, name), suffixes));
    else if (suffixes.some((s) => name.endsWith(s))) out.push(path.join(dir, name));
  }
  return out;
}

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
};
const node = { ...common, platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'] };
// the web extension host and the lint worker are web workers, with no DOM: the `worker` export condition comes first
const browser = { ...common, platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], mainFields: ['browser', 'module', 'main'], conditions: ['worker', 'browser'] };

/** Shipped bundles. Add an entry here when a new bundle is needed. */
const shipped = [
  { ...node, entryPoints: { extension: 'src/extension/extension.node.ts' }, outdir: 'dist' },
  { ...browser, entryPoints: { extension: 'src/extension/extension.browser.ts' }, outdir: 'dist/web' },
  { ...node, entryPoints: { cli: 'src/cli.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  { ...node, entryPoints: { 'markdownlint-rules': 'src/core/rules/markdownlint-custom-rules.ts' }, outdir: 'dist' },
  { ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: { preview: 'src/webview/preview.ts' }, outdir: 'dist/webview' },
  { ...node, entryPoints: { 'lint-worker': 'src/extension/lint/lint-worker.node.ts' }, outdir: 'dist' },
  { ...common, platform: 'browser', format: 'iife', target: 'es2022', conditions: ['worker', 'browser'], entryPoints: { 'lint-worker': 'src/extension/lint/lint-worker.browser.ts' }, outdir: 'dist/web' },
].filter((b) => Object.values(b.entryPoints).every((f) => existsSync(path.join(root, f))));

/** Test, benchmark and tool bundles (never shipped). */
const devOnly = () => [
  { ...node, entryPoints: filesUnder('test/unit', ['.test.ts']), outdir: 'out/test/unit', outbase: 'test/unit', external: ['vscode', 'mocha', 'fast-check'] },
  { ...node, entryPoints: filesUnder('test/integration', ['.ts']), outdir: 'out/test/integration', outbase: 'test/integration', external: ['vscode', 'mocha'] },
  { ...node, entryPoints: filesUnder('bench', ['.ts']), outdir: 'out/bench', outbase: 'bench' },
  { ...node, entryPoints: filesUnder('scripts', ['.ts']), outdir: 'out/tools', outbase: 'scripts' },
].filter((b) => b.entryPoints.length > 0);

const builds = production ? shipped : [...shipped, ...devOnly()];
if (production) rmSync(path.join(root, 'dist'), { recursive: true, force: true });
// compiled tests of deleted test files must not run: the test folders are rebuilt from scratch
else for (const d of ['out/test/unit', 'out/test/integration']) rmSync(path.join(root, d), { recursive: true, force: true });

try {
  if (watch) {
    for (const b of builds) await (await esbuild.context(b)).watch();
    console.log('watching for changes...');
  } else {
    await Promise.all(builds.map((b) => esbuild.build(b)));
  }
} catch (e) {
  console.error(`build failed: ${e.message.split('\n')[0]}`);
  process.exit(1);
}
