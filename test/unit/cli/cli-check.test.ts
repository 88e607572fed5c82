import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve('.');
const cli = path.join(root, 'dist/cli.js');
const docs = path.join(root, 'test/fixtures/documents');
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

/** Runs the built CLI and returns its exit code and output. */
function run(args: string[], options: { input?: string | Buffer; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: options.cwd ?? root, input: options.input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A one-line message, no stack trace. */
function assertOneLine(stderr: string) {
  assert.strictEqual(stderr.trim().split('\n').length, 1, stderr);
  assert.doesNotMatch(stderr, /\n\s+at /);
}

const clean = path.join(docs, 'styles/front-matter-metrics.md');
const withError = path.join(docs, 'rules/pm015-percentages.md');
const withInfos = path.join(docs, 'rules/pm017-blame.md');

describe('CLI cli check (built dist/cli.js)', function () {
  this.timeout(60_000);
  let tmp: string;
  before(function () {
    if (!existsSync(cli)) this.skip();
    tmp = mkdtempSync(path.join(os.tmpdir(), 'pm-cli-'));
  });
  after(() => { if (tmp) rmSync(tmp, { recursive: true, force: true }); });

  it('prints its version and help', () => {
    assert.deepStrictEqual(run(['--version']), { code: 0, stdout: `${version}\n`, stderr: '' });
    const help = run(['--help']);
    assert.strictEqual(help.code, 0);
    assert.match(help.stdout, /check \[--format text\|json\] \[--config FILE\] FILE\.\.\./);
  });

  it('exits 0 on a clean document, with a summary line', () => {
    const r = run(['check', clean]);
    assert.strictEqual(r.code, 0, r.stdout + r.stderr);
    assert.strictEqual(r.stdout, 'no problems (1 file checked)\n');
  });

  it('exits 0 when findings are only warnings and infos', () => {
    const r = run(['check', withInfos]);
    assert.strictEqual(r.code, 0);
    assert.match(r.stdout, /0 errors, 0 warnings, 4 info \(1 file checked\)\n$/);
  });

  it('prints FILE:LINE:COL SEVERITY RULE message and exits 1 on an error', () => {
    const r = run(['check', path.relative(root, withError)]);
    assert.strictEqual(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    assert.match(lines[0], /^test\/fixtures\/documents\/rules\/pm015-percentages\.md:9:\d+ error PM015 Inverted range "55% - 45%"/);
    for (const l of lines.slice(0, -1)) assert.match(l, /^\S+:\d+:\d+ (error|warning|info) [A-Z]+\d{3} \S/);
    assert.match(lines[lines.length - 1], /^3 errors, 0 warnings, 0 info \(1 file checked\)$/);
  });

  it('prints the JSON contract', () => {
    const r = run(['check', '--format', 'json', clean, withError]);
    assert.strictEqual(r.code, 1);
    const json = JSON.parse(r.stdout);
    assert.deepStrictEqual(Object.keys(json), ['files']);
    const [first, second] = json.files;
    assert.deepStrictEqual(first.summary, {
      title: 'Search indexing stalled',
      start: '2024-02-14T08:20:00+00:00',
      end: '2024-02-14T10:05:00+00:00',
      durationMinutes: 105,
      timeToDetectMinutes: 12,
      timeToMitigateMinutes: 80,
      timeToResolveMinutes: 105,
    });
    assert.deepStrictEqual(first.diagnostics, []);
    assert.deepStrictEqual(Object.keys(second.diagnostics[0]), ['rule', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message']);
    assert.deepStrictEqual(second.diagnostics.map((d: { rule: string; line: number }) => `${d.line}:${d.rule}`), ['9:PM015', '10:PM015', '15:PM015']);
  });

  it('reads standard input for -', () => {
    const r = run(['check', '--format=json', '-'], { input: readFileSync(withError) });
    assert.strictEqual(r.code, 1);
    assert.strictEqual(JSON.parse(r.stdout).files[0].path, '-');
  });

  it('checks every file it is given, whatever its name', () => {
    const file = path.join(tmp, 'notes.txt');
    writeFileSync(file, '# Outage\n\nAbout 55% - 45% of users.\n');
    const r = run(['check', file]);
    assert.strictEqual(r.code, 1);
    assert.match(r.stdout, /notes\.txt:3:7 error PM015/);
  });

  it('checks empty input without crashing', () => {
    const r = run(['check', '-'], { input: '' });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /-:1:1 warning PM001 Required section "Summary" is missing/);
  });

  const usage: [string, string[], RegExp][] = [
    ['no command', [], /no command/],
    ['an unknown command', ['lint', clean], /unknown command "lint"/],
    ['no file', ['check'], /no file to check/],
    ['an unknown option', ['check', '--fix', clean], /unknown option --fix/],
    ['a bad format', ['check', '--format', 'xml', clean], /--format must be text or json/],
    ['a missing file', ['check', 'does-not-exist.md'], /cannot read does-not-exist\.md: no such file/],
    ['a directory', ['check', 'test'], /cannot read test: is a directory/],
    ['a missing config', ['check', '--config', 'nope.json', clean], /cannot read config nope\.json/],
  ];
  for (const [title, args, message] of usage) {
    it(`exits 2 with one line on standard error for ${title}`, () => {
      const r = run(args);
      assert.strictEqual(r.code, 2);
      assertOneLine(r.stderr);
      assert.match(r.stderr, message);
    });
  }

  it('refuses binary input with exit 2 and still checks the other files', () => {
    const bin = path.join(tmp, 'image.md');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const r = run(['check', bin, withError]);
    assert.strictEqual(r.code, 2);
    assertOneLine(r.stderr);
    assert.match(r.stderr, /image\.md is not a text file/);
    assert.match(r.stdout, /pm015-percentages\.md:9:\d+ error PM015/);
  });

  it('says in the summary how many files could not be read, never "no problems" for them', () => {
    assert.strictEqual(run(['check', 'does-not-exist.md']).stdout, 'nothing checked (1 file could not be read)\n');
    assert.strictEqual(run(['check', 'does-not-exist.md', 'test']).stdout, 'nothing checked (2 files could not be read)\n');
    const r = run(['check', clean, 'does-not-exist.md']);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.stdout, 'no problems (1 file checked, 1 could not be read)\n');
    assert.match(run(['check', withError, 'test', 'does-not-exist.md']).stdout, /\n\d+ errors?, \d+ warnings?, \d+ info \(1 file checked, 2 could not be read\)\n$/);
  });

  it('survives random bytes without a NUL', () => {
    const bytes = Buffer.alloc(20_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = 1 + ((i * 7919) % 255);
    const r = run(['check', '-'], { input: bytes });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    assert.strictEqual(r.stderr, '');
  });

  it('uses --config and an auto-discovered .postmortem.json', () => {
    const config = path.join(tmp, 'strict.json');
    writeFileSync(config, JSON.stringify({ rules: { 'blameful-language': 'error' } }));
    assert.strictEqual(run(['check', '--config', config, withInfos]).code, 1);
    writeFileSync(path.join(tmp, '.postmortem.json'), '{ "rules": { "PM015": "off" } } // quiet');
    const r = run(['check', withError], { cwd: tmp });
    assert.strictEqual(r.code, 0, r.stdout + r.stderr);
    assert.strictEqual(r.stdout, 'no problems (1 file checked)\n');
  });

  it('honours a .markdownlint.json in the working directory', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pm-md-'));
    try {
      const doc = path.join(dir, 'doc.md');
      writeFileSync(doc, readFileSync(clean, 'utf8').replace('## Impact', '#Impact'));
      assert.match(run(['check', doc], { cwd: dir }).stdout, /doc\.md:\d+:1 warning MD018 /);
      writeFileSync(path.join(dir, '.markdownlint.json'), '{ "MD018": false }');
      assert.doesNotMatch(run(['check', doc], { cwd: dir }).stdout, /MD018/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('routes render, new and templates', () => {
    const html = run(['render', clean]);
    assert.strictEqual(html.code, 0, html.stderr);
    assert.match(html.stdout, /^<!DOCTYPE html>/);
    const templates = run(['templates']);
    assert.strictEqual(templates.code, 0, templates.stderr);
    assert.match(templates.stdout, /Classic/);
    const created = run(['new', '--title', 'Checkout outage', '--start', '2024-03-12 14:02 UTC']);
    assert.strictEqual(created.code, 0, created.stderr);
    assert.match(created.stdout, /Checkout outage/);
  });

  it('exits 2 on an invalid configuration, naming the key', () => {
    const config = path.join(tmp, 'bad.json');
    writeFileSync(config, JSON.stringify({ rules: { PM001: 'fatal' } }));
    const r = run(['check', '--config', config, clean]);
    assert.strictEqual(r.code, 2);
    assertOneLine(r.stderr);
    assert.match(r.stderr, /invalid config .*bad\.json: rules\.PM001/);
  });
});
