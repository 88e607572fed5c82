import * as assert from 'assert';
import { builtInTemplates, findTemplate, parseWorkspaceTemplate, renderTemplate, type Template } from '../../../src/core/templates';

const vars = { title: 'T', date: '2026-03-12', start: '2026-03-12 14:02 UTC', timezone: 'UTC', severity: 'SEV3', author: 'A' };

describe('templates: workspace templates', () => {
  it('reads name and description from front matter; the body keeps its own front matter', () => {
    const text = '---\nname: Security incident\ndescription: For incidents with a data exposure\n---\n\n---\ntitle: {{title}}\n---\n# {{title}}\n\n## Data exposed\n\n<what data>\n';
    const { template, problems } = parseWorkspaceTemplate(text, '.postmortem/templates/security.md');
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(template.name, 'Security incident');
    assert.strictEqual(template.description, 'For incidents with a data exposure');
    assert.strictEqual(template.source, 'workspace');
    assert.ok(template.body.startsWith('---\ntitle: {{title}}\n---\n# {{title}}'));
    assert.strictEqual(renderTemplate(template, vars).text, '---\ntitle: T\n---\n# T\n\n## Data exposed\n\n<what data>\n');
  });

  it('reports an unknown variable on the line of the file (CRLF file)', () => {
    const text = '---\r\nname: Team\r\ndescription: d\r\n---\r\n\r\n# {{title}}\r\n\r\nOwner: {{owner}}\r\n';
    const { template } = parseWorkspaceTemplate(text, 'team.md');
    const r = renderTemplate(template, vars);
    assert.deepStrictEqual(r.problems.map((p) => [p.line, p.column]), [[8, 8]]);
  });

  it('without front matter: the file name is the name and the whole file the body', () => {
    const { template, problems } = parseWorkspaceTemplate('# {{title}}\n', '.postmortem/templates/quick-note.md');
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(template.name, 'quick-note');
    assert.strictEqual(template.body, '# {{title}}\n');
    assert.strictEqual(template.bodyLineOffset, 0);
  });

  const broken: [string, RegExp][] = [
    ['---\nname: [unclosed\n---\n# x\n', /not valid YAML/],
    ['---\ndescription: no name\n---\n# x\n', /no `name`/],
    ['---\nname: x\n# never closed\n', /no closing/],
  ];
  for (const [text, message] of broken) {
    it(`reports ${message}`, () => {
      const { problems } = parseWorkspaceTemplate(text, 'x.md');
      assert.match(problems.map((p) => p.message).join('\n'), message);
    });
  }

  it('finds a template by name, case-insensitively, the workspace one first', () => {
    const mine: Template = { ...builtInTemplates[0], source: 'workspace', path: 'x.md', body: 'mine' };
    const all = [...builtInTemplates, mine];
    assert.strictEqual(findTemplate(all, 'google sre')?.name, 'Google SRE');
    assert.strictEqual(findTemplate(all, 'CLASSIC')?.body, 'mine');
    assert.strictEqual(findTemplate(all, 'nope'), undefined);
  });
});
