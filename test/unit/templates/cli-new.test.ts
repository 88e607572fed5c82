import * as assert from 'assert';
import * as path from 'path';
import { newCommand, templatesCommand, type NewIo } from '../../../src/cli/new';

/** An in-memory file system under /work, with the clock at 2026-03-12 18:02 UTC. */
function memoryIo(files: Record<string, string> = {}): NewIo & { files: Map<string, string>; out: string; err: string } {
  const map = new Map(Object.entries(files).map(([p, t]) => [path.resolve('/work', p), t]));
  const io = {
    files: map, out: '', err: '', cwd: '/work',
    readFile: (p: string) => { const t = map.get(p); if (t === undefined) throw new Error(`ENOENT ${p}`); return new TextEncoder().encode(t); },
    writeFile: (p: string, t: string) => { map.set(p, t); },
    exists: (p: string) => map.has(p) || [...map.keys()].some((k) => k.startsWith(`${p}/`)),
    listDir: (d: string) => {
      if (map.has(d)) throw new Error(`ENOTDIR ${d}`);
      return [...new Set([...map.keys()].filter((k) => k.startsWith(`${d}/`)).map((k) => k.slice(d.length + 1).split('/')[0]))];
    },
    stdout: (t: string) => { io.out += t; },
    stderr: (t: string) => { io.err += t; },
    now: () => Date.UTC(2026, 2, 12, 18, 2),
  };
  return io;
}

describe('cli: postmortem new', () => {
  it('prints the Classic document by default, start now in UTC', () => {
    const io = memoryIo();
    assert.strictEqual(newCommand(['--title', 'Checkout API returned 500s', '--severity', 'SEV2', '--author', 'Dana Scully'], io), 0);
    assert.match(io.out, /^---\ntitle: Checkout API returned 500s\ndate: 2026-03-12\nseverity: SEV2\nauthors: Dana Scully\ntimezone: UTC\n/);
    assert.match(io.out, /\n- Outage \*\*start\*\* time: 2026-03-12 18:02 UTC\n/);
    assert.strictEqual(io.err, '');
  });

  it('reads the start as free text with its zone', () => {
    const io = memoryIo();
    assert.strictEqual(newCommand(['--template', 'incident summary', '--title', 'Login latency', '--start', 'Monday, September 27 at 3:06 PM EDT'], io), 0);
    assert.match(io.out, /\ndate: 2021-09-27\n/);
    assert.match(io.out, /\ntimezone: America\/New_York\n/);
    assert.match(io.out, /\n- 2021-09-27 15:06 EDT <the incident starts>\n/);
  });

  it('writes -o DIR/ as YYYY-MM-DD-slug.md, numbering taken names, never replacing a file', () => {
    const io = memoryIo({ 'postmortems/2026-03-12-disk-full.md': 'by hand\n' });
    assert.strictEqual(newCommand(['--title', 'Disk full', '-o', 'postmortems/'], io), 0);
    assert.strictEqual(newCommand(['--title', 'Disk full', '-o', 'postmortems'], io), 0);
    assert.strictEqual(io.out, 'postmortems/2026-03-12-disk-full-2.md\npostmortems/2026-03-12-disk-full-3.md\n');
    assert.strictEqual(io.files.get('/work/postmortems/2026-03-12-disk-full.md'), 'by hand\n');
    assert.match(io.files.get('/work/postmortems/2026-03-12-disk-full-3.md') ?? '', /^---\ntitle: Disk full\n/);
  });

  it('refuses -o FILE when FILE exists', () => {
    const io = memoryIo({ 'x.md': 'keep\n' });
    assert.strictEqual(newCommand(['--title', 'T', '-o', 'x.md'], io), 1);
    assert.match(io.err, /x\.md exists and is never replaced/);
    assert.strictEqual(io.files.get('/work/x.md'), 'keep\n');
  });

  it('uses workspace templates and reports an unknown variable with file, line and column', () => {
    const io = memoryIo({
      '.postmortem/templates/team.md': '---\nname: Team\ndescription: Ours\n---\n# {{title}}\n\nOwner: {{owner}}\n',
    });
    assert.strictEqual(newCommand(['--template', 'team', '--title', 'T'], io), 1);
    assert.strictEqual(io.err, '.postmortem/templates/team.md:7:8: unknown variable {{owner}} on line 7; the variables are {{title}}, {{date}}, {{start}}, {{timezone}}, {{severity}}, {{author}}\n');
    assert.strictEqual(io.out, '');
  });

  const usage: [string[], RegExp][] = [
    [[], /--title is required/],
    [['--title', 'T', '--template', 'Nope'], /no template "Nope"; the templates are: Classic, Google SRE, PagerDuty, Incident summary/],
    [['--title', 'T', '--start', 'yesterday-ish'], /--start: "yesterday-ish" is not one time/],
    [['--title', 'T', '--start', '3:06 PM CST'], /CST has several meanings/],
    [['--title'], /--title needs a value/],
    [['--bogus'], /unknown option --bogus/],
    [['--title', 'T', '-o', 'nowhere/'], /the folder nowhere\/ does not exist/],
  ];
  for (const [args, message] of usage) {
    it(`exits 2 for ${JSON.stringify(args)}`, () => {
      const io = memoryIo();
      assert.strictEqual(newCommand(args, io), 2);
      assert.match(io.err, message);
    });
  }
});

describe('cli: postmortem templates', () => {
  it('lists built-in and workspace templates', () => {
    const io = memoryIo({ '.postmortem/templates/team.md': '---\nname: Team review\ndescription: Ours\n---\n# {{title}}\n' });
    assert.strictEqual(templatesCommand([], io), 0);
    const lines = io.out.trimEnd().split('\n');
    assert.deepStrictEqual(lines.map((l) => l.split('  ')[0].trim()), ['Classic', 'Google SRE', 'PagerDuty', 'Incident summary', 'Team review']);
    assert.match(lines[4], /Ours {2}\(\.postmortem\/templates\/team\.md\)$/);
    const json = memoryIo();
    assert.strictEqual(templatesCommand(['--format', 'json'], json), 0);
    assert.deepStrictEqual(JSON.parse(json.out).map((t: { source: string }) => t.source), ['built-in', 'built-in', 'built-in', 'built-in']);
  });
});
