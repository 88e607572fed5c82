import * as assert from 'assert';
import { parse as parseYaml } from 'yaml';
import { builtInTemplates, renderTemplate, escapeSnippetText, tokenizeTemplate, type TemplateVariables } from '../../../src/core/templates';

const vars: TemplateVariables = {
  title: 'Checkout API returned 500s',
  date: '2026-03-12',
  start: '2026-03-12 14:02 UTC',
  timezone: 'UTC',
  severity: 'SEV2',
  author: 'Dana Scully',
};
const body = (b: string) => ({ body: b, bodyLineOffset: 0 });

describe('templates: substitution', () => {
  const cases: { name: string; template: string; expected: string }[] = [
    { name: 'every variable', template: '# {{title}}\n{{date}} {{start}} {{timezone}} {{severity}} {{author}}', expected: '# Checkout API returned 500s\n2026-03-12 2026-03-12 14:02 UTC UTC SEV2 Dana Scully' },
    { name: 'spaces inside braces', template: 'By {{ author }}.', expected: 'By Dana Scully.' },
    { name: 'a repeated variable', template: '{{severity}}/{{severity}}', expected: 'SEV2/SEV2' },
    { name: 'braces that are not a variable', template: 'JSON: {"a": {}} and {{ }} and {{1x}}', expected: 'JSON: {"a": {}} and {{ }} and {{1x}}' },
    { name: 'blanks kept as written', template: 'Root cause: <root cause>', expected: 'Root cause: <root cause>' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = renderTemplate(body(c.template), vars);
      assert.strictEqual(r.text, c.expected);
      assert.deepStrictEqual(r.problems, []);
    });
  }

  it('is literal and single-pass: a value that looks like a variable or a blank stays text', () => {
    const r = renderTemplate(body('# {{title}}\n'), { ...vars, title: '{{author}} <owner> ${1:x} \\' });
    assert.strictEqual(r.text, '# {{author}} <owner> ${1:x} \\\n');
    assert.strictEqual(r.snippet, '# {{author\\}\\} <owner> \\${1:x\\} \\\\\n');
  });

  it('turns an empty value into a blank', () => {
    const r = renderTemplate(body('By {{author}}: <summary>'), { ...vars, author: '  ' });
    assert.strictEqual(r.text, 'By <author>: <summary>');
    assert.strictEqual(r.snippet, 'By ${1:<author>}: ${2:<summary>}');
  });

  it('keeps a value on one line', () => {
    assert.strictEqual(renderTemplate(body('# {{title}}'), { ...vars, title: 'two\nlines\r\n' }).text, '# two lines');
  });

  it('reports unknown variables with their line and column in the file', () => {
    const r = renderTemplate({ body: '# {{title}}\n\nOwner: {{owner}}\n{{ team }} and {{title}}', bodyLineOffset: 4 }, vars);
    assert.deepStrictEqual(r.problems.map((p) => [p.line, p.column]), [[7, 8], [8, 1]]);
    assert.match(r.problems[0].message, /unknown variable \{\{owner\}\} on line 7/);
    assert.match(r.problems[0].message, /\{\{title\}\}, \{\{date\}\}, \{\{start\}\}, \{\{timezone\}\}, \{\{severity\}\}, \{\{author\}\}/);
    assert.match(r.text, /Owner: \{\{owner\}\}/);
  });
});

describe('templates: values in front matter stay one YAML scalar', () => {
  const template = body('---\ntitle: {{title}}\nquoted: "{{title}}"\nsingle: \'{{title}}\'\nseverity: {{severity}}\n---\n# {{title}}\n');
  const titles = ['Plain title', 'Outage: DB down', 'a "quoted" # not a comment', "it's true", 'true', '1234', '- list?', '[x] {y}', 'back\\slash'];
  for (const title of titles) {
    it(JSON.stringify(title), () => {
      const r = renderTemplate(template, { ...vars, title });
      const fm = r.text.split('---\n')[1];
      const data = parseYaml(fm) as Record<string, unknown>;
      assert.deepStrictEqual(data, { title, quoted: title, single: title, severity: 'SEV2' });
      assert.ok(r.text.endsWith(`# ${title}\n`), 'the body is not quoted');
    });
  }
});

describe('templates: snippets', () => {
  it('escapes $, } and \\ in text', () => {
    assert.strictEqual(escapeSnippetText('cost $5 {x} C:\\dir'), 'cost \\$5 {x\\} C:\\\\dir');
  });

  it('numbers blanks in order as placeholders that keep their text', () => {
    const r = renderTemplate(body('- Start: {{start}}\n- End: <end time>\n\n<what $ happened}>\n'), vars);
    assert.strictEqual(r.snippet, '- Start: 2026-03-12 14:02 UTC\n- End: ${1:<end time>}\n\n${2:<what \\$ happened\\}>}\n');
  });

  const notBlanks = ['<br>', '<br/>', '<!-- note -->', '<https://example.com/x>', '<oncall@example.com>', '<img src="x.png">', '</details>', '<kbd>', '< space>', '<>'];
  for (const text of notBlanks) {
    it(`does not treat ${text} as a blank`, () => {
      assert.ok(tokenizeTemplate(`a ${text} b`).every((t) => t.kind === 'text'));
    });
  }
  for (const text of ['<time>', '<owner>', '<what happened, in one sentence>', '<summary>', '<SEV1-5>']) {
    it(`treats ${text} as a blank`, () => {
      assert.deepStrictEqual(tokenizeTemplate(`a ${text} b`).filter((t) => t.kind === 'blank').map((t) => t.kind === 'blank' && t.text), [text]);
    });
  }

  it('a snippet whose placeholders are removed again is the text', () => {
    for (const t of builtInTemplates) {
      const r = renderTemplate(t, { ...vars, title: 'Costs $5 {braces} \\ too' });
      const unescaped = r.snippet.replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, '$1').replace(/\\([$}\\])/g, '$1');
      assert.strictEqual(unescaped, r.text, t.name);
    }
  });
});

describe('templates: built-in', () => {
  it('has the four built-in templates with descriptions', () => {
    assert.deepStrictEqual(builtInTemplates.map((t) => t.name), ['Classic', 'Google SRE', 'PagerDuty', 'Incident summary']);
    for (const t of builtInTemplates) assert.ok(t.description.length > 10, t.name);
  });

  for (const t of builtInTemplates) {
    it(`${t.name}: uses only known variables, has blanks, and valid front matter`, () => {
      const r = renderTemplate(t, vars);
      assert.deepStrictEqual(r.problems, []);
      assert.ok(/\$\{1:</.test(r.snippet), 'no tab stop');
      const fm = parseYaml(r.text.split('---\n')[1]) as Record<string, unknown>;
      assert.strictEqual(fm.title, vars.title);
      assert.strictEqual(fm.severity, vars.severity);
      assert.ok(r.text.includes(`# ${vars.title}\n`));
    });
  }

  it('Classic keeps the structure of the hand-written postmortem', () => {
    const text = renderTemplate(builtInTemplates[0], vars).text;
    for (const s of ['Outage **start** time: 2026-03-12 14:02 UTC', 'Outage **end** time:', 'What occurred:', 'Percentage of users affected:',
      'Root cause of the problem:', '## Timeline', '## Root cause and resolution', '## Corrective and preventative measures']) {
      assert.ok(text.includes(s), s);
    }
  });
});
