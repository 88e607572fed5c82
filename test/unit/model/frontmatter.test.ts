import * as assert from 'assert';
import { z } from 'zod';
import { parsePostmortem } from '../../../src/core/model';
import { frontMatterSchema } from '../../../src/core/schema/frontmatter';
import { at, textAt } from './helpers';

describe('model: front matter', () => {
  it('keeps every key with its key and value range, and validates the whole', () => {
    const text = [
      '---',
      'title: "Checkout errors"',
      'severity: sev2',
      'status: In Review',
      'start: 2024-03-12 14:02 UTC',
      'end: 2024-03-12T15:10:00-04:00',
      'authors:',
      '  - Alice',
      '  - Bob',
      'incident: 2041',
      'type: postmortem',
      'tags: [payments, tls]',
      'x-custom: kept',
      '---',
      '# Something else',
    ].join('\n');
    const m = parsePostmortem(text);
    const fm = m.frontMatter;
    assert.ok(fm);
    assert.strictEqual(at(fm.range), '1:1-14:4');
    assert.deepStrictEqual(fm.problems, []);
    assert.deepStrictEqual(fm.entries.map((e) => [e.key, at(e.keyRange), at(e.valueRange)]), [
      ['title', '2:1-2:6', '2:8-2:25'], ['severity', '3:1-3:9', '3:11-3:15'], ['status', '4:1-4:7', '4:9-4:18'],
      ['start', '5:1-5:6', '5:8-5:28'], ['end', '6:1-6:4', '6:6-6:31'], ['authors', '7:1-7:8', '8:3-9:8'],
      ['incident', '10:1-10:9', '10:11-10:15'], ['type', '11:1-11:5', '11:7-11:17'], ['tags', '12:1-12:5', '12:7-12:22'],
      ['x-custom', '13:1-13:9', '13:11-13:15'],
    ]);
    assert.deepStrictEqual(fm.data, {
      title: 'Checkout errors', severity: 'sev2', status: 'In Review', start: '2024-03-12 14:02 UTC', end: '2024-03-12T15:10:00-04:00',
      authors: ['Alice', 'Bob'], incident: 2041, type: 'postmortem', tags: ['payments', 'tls'], 'x-custom': 'kept',
    });
    assert.strictEqual(textAt(m.lines, fm.entries[4].valueRange), '2024-03-12T15:10:00-04:00');
    assert.deepStrictEqual([m.title?.text, at(m.title?.range)], ['Checkout errors', '2:8-2:25']);
    assert.strictEqual(m.sections[0].title, 'Something else');
  });

  const invalid: [string, string, string][] = [
    ['severity: urgent', '2:11-2:17', 'severity'],
    ['status: shipped-ish', '2:9-2:20', 'status'],
    ['authors: 42', '2:10-2:12', 'authors'],
    ['start: [1, 2]', '2:8-2:14', 'start'],
    ['incident: {id: 1}', '2:11-2:18', 'incident'],
  ];
  for (const [line, range, key] of invalid) {
    it(`reports a schema violation where it is: ${line}`, () => {
      const fm = parsePostmortem(`---\n${line}\n---\n# T\n`).frontMatter;
      assert.strictEqual(fm?.problems.length, 1);
      assert.strictEqual(at(fm.problems[0].range), range);
      assert.match(fm.problems[0].message, new RegExp(`\`${key}\``));
    });
  }

  // every schema violation says which values are allowed, in words (never a raw pattern)
  const messages: [string, RegExp][] = [
    ['severity: urgent', /`severity`: expected SEV1-SEV5, .*down, disrupted, notice/],
    ['severity: 9', /`severity`: expected SEV1-SEV5, P1-P5, a number 0-5/],
    // a note in parentheses follows a severity; it is none itself
    ['severity: urgent (P1)', /`severity`: expected SEV1-SEV5/],
    ['severity: P1 urgent', /`severity`: expected SEV1-SEV5/],
    ['severity: (P1)', /`severity`: expected SEV1-SEV5/],
    ['status: shipped-ish', /`status`: expected one of draft, .*monitoring\.$/],
    ['resolved: [1, 2]', /`resolved`: expected a date and time as text .*, or true\/false/],
    ['start: 42', /`start`: expected a date and time as text/],
    ['authors: 42', /`authors`: expected a name or a list of names/],
    ['incident: {id: 1}', /`incident`: expected an incident id or URL/],
    ['timezone: [UTC]', /`timezone`: expected a zone/],
    ['title: [a, b]', /`title`: expected text/],
  ];
  for (const [line, message] of messages) {
    it(`says in words what is allowed: ${line}`, () => {
      const problems = parsePostmortem(`---\n${line}\n---\n# T\n`).frontMatter?.problems ?? [];
      assert.strictEqual(problems.length, 1, JSON.stringify(problems));
      assert.match(problems[0].message, message);
      assert.doesNotMatch(problems[0].message, /\/\^|\[[A-Z][a-z]\]|Invalid (?:input|string)/);
    });
  }

  it('reads status-page (cState) front matter: a boolean `resolved` and status-page severities', () => {
    for (const s of ['down', 'disrupted', 'notice', 'Major outage', 'partial outage', 'degraded performance', 'maintenance', 'under maintenance', 'outage', 'Degradation']) {
      assert.deepStrictEqual(parsePostmortem(`---\nseverity: ${s}\n---\n`).frontMatter?.problems, [], s);
    }
    const m = parsePostmortem('---\ntitle: Outage on the mirrors\ndate: 2025-10-07T07:03:00-00:00\nresolved: true\nresolvedWhen: 2025-10-07T14:30:00-00:00\nseverity: down\nsection: issue\n---\n\nThe download mirrors are failing; we are looking into it.\n');
    assert.deepStrictEqual(m.frontMatter?.problems, []);
    assert.strictEqual(m.frontMatter?.data.resolved, true);
    assert.deepStrictEqual(parsePostmortem('---\nresolved: false\n---\n').frontMatter?.problems, []);
  });

  const severities = ['SEV1', 'sev5', 'Sev 2', 'SEV-0', 'P1', 'p4', 'critical', 'High', 'low', '3', 'P1 (2h53m total API outage)', 'SEV2 (customer facing, checkout only)', 'major (partial outage on the status page)'];
  it('accepts the usual severity spellings', () => {
    for (const s of severities) assert.deepStrictEqual(parsePostmortem(`---\nseverity: ${s}\n---\n`).frontMatter?.problems, [], s);
  });

  const statuses = ['draft', 'in-review', 'In Review', 'final', 'Published', 'complete', 'closed'];
  it('accepts the usual status words', () => {
    for (const s of statuses) assert.deepStrictEqual(parsePostmortem(`---\nstatus: ${s}\n---\n`).frontMatter?.problems, [], s);
  });

  it('reports YAML syntax errors on their line', () => {
    const fm = parsePostmortem('---\ntitle: ok\nbad: [1, 2\nnext: 3\n---\n# T').frontMatter;
    assert.ok(fm && fm.problems.length > 0);
    assert.match(fm.problems[0].message, /^YAML: /);
    const line = fm.problems[0].range.start.line;
    assert.ok(line >= 2 && line <= 4, `line ${line}`);
  });

  it('reports duplicate keys', () => {
    const fm = parsePostmortem('---\ntitle: a\ntitle: b\n---\n').frontMatter;
    assert.strictEqual(fm?.problems.length, 1);
    assert.strictEqual(fm.problems[0].range.start.line, 3);
  });

  it('reports front matter that is not a mapping', () => {
    const fm = parsePostmortem('---\n- a\n- b\n---\n').frontMatter;
    assert.strictEqual(fm?.problems.length, 1);
    assert.deepStrictEqual(fm.data, {});
  });

  it('reads empty front matter, CRLF front matter, and leaves an unclosed `---` alone', () => {
    assert.deepStrictEqual(parsePostmortem('---\n---\n# T').frontMatter?.data, {});
    const crlf = parsePostmortem('---\r\ntitle: CRLF\r\n---\r\n# T\r\n');
    assert.deepStrictEqual([crlf.frontMatter?.data.title, at(crlf.frontMatter?.entries[0].valueRange), crlf.title?.text], ['CRLF', '2:8-2:12', 'CRLF']);
    const unclosed = parsePostmortem('---\ntitle: x\n# T');
    assert.strictEqual(unclosed.frontMatter, undefined);
    assert.strictEqual(unclosed.title?.text, 'T');
  });

  describe('TOML front matter (`+++`, Hugo and Zola blogs)', () => {
    const toml = [
      '+++',
      'title = "Update on the March 3, 2024 incident"',
      'date = 2024-03-03 # the day it happened',
      "authors = [\"Priya Raman\", 'Sam Ortiz']",
      'resolved = 2024-03-03T19:35:00Z',
      'draft = false',
      'incident = 2041',
      'tags = [',
      '  "index",  # a comment inside the array',
      '  "storage",',
      ']',
      '',
      '[extra]',
      'toc = true',
      '+++',
      '',
      'On March 3 the package index served stale metadata to every client for close to an hour.',
      '',
      '## Timeline',
    ].join('\n');

    it('reads top-level keys with the range of the key and the value, and validates them', () => {
      const m = parsePostmortem(toml);
      const fm = m.frontMatter;
      assert.ok(fm);
      assert.strictEqual(at(fm.range), '1:1-15:4');
      assert.deepStrictEqual(fm.problems, []);
      assert.deepStrictEqual(fm.entries.map((e) => [e.key, at(e.keyRange), at(e.valueRange)]), [
        ['title', '2:1-2:6', '2:9-2:47'], ['date', '3:1-3:5', '3:8-3:18'], ['authors', '4:1-4:8', '4:11-4:39'],
        ['resolved', '5:1-5:9', '5:12-5:32'], ['draft', '6:1-6:6', '6:9-6:14'], ['incident', '7:1-7:9', '7:12-7:16'], ['tags', '8:1-8:5', '8:8-11:2'],
      ]);
      assert.deepStrictEqual(fm.data, {
        title: 'Update on the March 3, 2024 incident', date: '2024-03-03', authors: ['Priya Raman', 'Sam Ortiz'], resolved: '2024-03-03T19:35:00Z',
        draft: false, incident: 2041, tags: ['index', 'storage'],
      });
      assert.strictEqual(textAt(m.lines, fm.entries[1].valueRange), '2024-03-03');
      assert.strictEqual(textAt(m.lines, fm.entries[0].valueRange), '"Update on the March 3, 2024 incident"');
    });

    it('is neither body text nor a section: the title comes from it, and the block holds no field or lead paragraph', () => {
      const m = parsePostmortem(toml);
      assert.deepStrictEqual([m.title?.text, at(m.title?.range)], ['Update on the March 3, 2024 incident', '2:9-2:47']);
      assert.deepStrictEqual(m.sections.map((s) => s.title), ['Timeline']);
      assert.deepStrictEqual(m.fields, []);
    });

    it('reads escapes, literal strings, numbers, booleans, times and inline tables', () => {
      const fm = parsePostmortem(String.raw`+++
title = "A \"quoted\" \u00e9 title"
owner = 'C:\ops'
severity = 2
x = 1_000
y = 1.5e3
z = true
t = 07:32:00
w = { a = 1, b = ["c"] }
+++
`).frontMatter;
      assert.deepStrictEqual(fm?.problems, []);
      assert.deepStrictEqual(fm.data, { title: 'A "quoted" é title', owner: 'C:\\ops', severity: 2, x: 1000, y: 1500, z: true, t: '07:32:00', w: { a: 1, b: ['c'] } });
    });

    const unreadable: [string, string, RegExp][] = [
      ['title = """\nA long\ntitle"""', '2:9-2:12', /`title`.*multi-line strings are not read/],
      ['just some words', '2:1-2:16', /not a `key = value` line/],
      ['title = "unclosed', '2:9-2:18', /`title`.*unclosed string/],
      ['title = "a" "b"', '2:13-2:16', /`title`.*after the value/],
      ['date = next week', '2:8-2:17', /`date`.*cannot be read/],
      ['title = "a"\ntitle = "b"', '3:1-3:6', /`title`.*more than once/],
      ['"bad \\x key" = 1', '2:1-2:17', /not a `key = value` line/],
    ];
    for (const [body, range, message] of unreadable) {
      it(`says what it cannot read, where: ${body.split('\n')[0]}`, () => {
        const fm = parsePostmortem(`+++\n${body}\n+++\n# T\n`).frontMatter;
        assert.strictEqual(fm?.problems.length, 1, JSON.stringify(fm?.problems));
        assert.match(fm.problems[0].message, /^TOML: /);
        assert.match(fm.problems[0].message, message);
        assert.strictEqual(at(fm.problems[0].range), range);
      });
    }

    it('validates TOML values with the schema, on the value', () => {
      const fm = parsePostmortem('+++\nseverity = "urgent"\nresolved = true\n+++\n').frontMatter;
      assert.deepStrictEqual(fm?.problems.map((p) => [p.message.replace(/:.*$/, ''), at(p.range)]), [['`severity`', '2:12-2:20']]);
    });

    it('leaves an unclosed `+++` alone', () => {
      const m = parsePostmortem('+++\ntitle = "x"\n# T');
      assert.strictEqual(m.frontMatter, undefined);
      assert.strictEqual(m.title?.text, 'T');
    });
  });

  it('falls back to the first heading when the title is empty', () => {
    assert.strictEqual(parsePostmortem('---\ntitle:\n---\n\n# Heading title').title?.text, 'Heading title');
  });

  it('exports to JSON Schema with a description on every key', () => {
    const schema = z.toJSONSchema(frontMatterSchema) as { properties: Record<string, { description?: string }>; additionalProperties: unknown };
    for (const key of ['title', 'severity', 'status', 'start', 'end', 'detected', 'mitigated', 'resolved', 'timezone', 'authors', 'incident', 'type', 'tags']) {
      assert.ok(schema.properties[key]?.description, key);
    }
    assert.deepStrictEqual(schema.additionalProperties, {});
  });

  it('accepts YAML timestamps as Dates when given them directly', () => {
    const parsed = frontMatterSchema.parse({ start: new Date(Date.UTC(2024, 2, 12, 14, 2)) });
    assert.strictEqual(parsed.start, '2024-03-12T14:02:00.000Z');
  });
});
