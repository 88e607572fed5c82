// `npm test`: type check, lint, build, generated-file drift, unit tests (mocha in Node), then the integration suite
// inside a real VS Code. Ends with one line `N passed, N failed` over unit and integration tests together.
//   --only unit | integration   run one of the two test stages (the checks before them still run)
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import { runIntegration } from './integration.mjs';

const root = path.resolve(import.meta.dirname, '..');
const onlyIdx = process.argv.indexOf('--only');
const only = onlyIdx >= 0 ? process.argv[onlyIdx + 1] : undefined;
const npx = (args) => ({ cmd: process.execPath, args: [path.join(root, 'node_modules', args[0]), ...args.slice(1)] });

function step(name, { cmd, args }) {
  console.log(`\n> ${name}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n${name} failed`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const files = (dir) => !existsSync(dir) ? [] : readdirSync(dir).flatMap((n) => {
  const p = path.join(dir, n);
  return statSync(p).isDirectory() ? files(p) : n.endsWith('.test.js') ? [p] : [];
});

step('type check', npx(['typescript/bin/tsc', '--noEmit', '-p', '.']));
if (existsSync(path.join(root, 'src/webview/preview.ts'))) {
  step('type check (webview)', npx(['typescript/bin/tsc', '--noEmit', '-p', 'src/webview']));
}
step('lint', npx(['eslint/bin/eslint.js', '--max-warnings', '0', '.']));
step('build', { cmd: process.execPath, args: ['scripts/build.mjs'] });
if (existsSync(path.join(root, 'out/tools/generate-schemas.js'))) {
  step('schemas match the zod sources', { cmd: process.execPath, args: ['out/tools/generate-schemas.js', '--check'] });
}

let passes = 0;
let failures = 0;
if (only !== 'integration') {
  console.log('\n> unit tests');
  const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 10_000 });
  for (const f of files(path.join(root, 'out/test/unit')).sort()) mocha.addFile(f);
  await mocha.loadFilesAsync();
  const stats = await new Promise((resolve) => { const run = mocha.run(() => resolve(run.stats)); });
  passes += stats.passes;
  failures += stats.failures;
}
if (only !== 'unit') {
  console.log('\n> integration tests');
  try {
    const r = await runIntegration();
    console.log(r.output);
    passes += r.passes;
    failures += r.failures;
    if (r.passes === 0) { console.error('the integration suite ran no test'); failures += 1; }
  } catch (e) {
    console.error(`integration tests could not run: ${e.message}`);
    failures += 1;
  }
}
console.log(`\n${passes} passed, ${failures} failed`);
process.exit(failures > 0 || passes === 0 ? 1 : 0);
