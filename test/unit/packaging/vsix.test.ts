import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/ban-ts-comment
// @ts-ignore -- plain ESM helper shared with scripts/check-vsix.mjs
import { requiredFiles, vsixProblems } from '../../../scripts/lib/vsix.mjs';

// built to out/test/unit/packaging/
const root = path.resolve(__dirname, '../../../..');

describe('packaging', function () {
  this.timeout(60_000);

  it('the VSIX holds only allowlisted files (no src, test, node_modules or source maps)', () => {
    const vsce = path.join(root, 'node_modules/@vscode/vsce/vsce');
    const r = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    const files = r.stdout.split('\n').map((s) => s.trim()).filter(Boolean);
    assert.deepStrictEqual(vsixProblems(files, requiredFiles), []);
  });

  it('the allowlist check catches what must not ship', () => {
    const problems: string[] = vsixProblems(['src/core/index.ts', 'dist/extension.js.map', 'node_modules/x/index.js', 'test/unit/a.js'], ['README.md']);
    assert.strictEqual(problems.length, 6, problems.join('\n'));
  });
});
