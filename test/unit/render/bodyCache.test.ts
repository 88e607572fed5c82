import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { renderWholeBody } from '../../../src/core/render/body';
import { BodyCache, renderBodyCached, splitAtHeadings } from '../../../src/core/render/bodyCache';

const root = path.resolve(__dirname, '../../../..');
const documents = fs.readdirSync(path.join(root, 'test/fixtures/model')).filter((f) => f.endsWith('.md'));
const options = { mode: 'webview' as const };

const tricky: [string, string][] = [
  ['a heading inside a fence', '# A\n\n```md\n# not a heading\n```\n\n# B\ntext'],
  ['a longer closing fence and a tilde fence', '# A\n````\n```\n# no\n````\n~~~\n# no\n~~~\n# B'],
  ['an unclosed fence', '# A\n```\n# no\n# still no'],
  ['a heading ending a list, a table and a quote', '- a\n- b\n# H\n| x | y |\n|---|---|\n| 1 | 2 |\n# I\n> q\n# J'],
  ['repeated headings', '## Timeline\nx\n## Timeline\ny\n## Timeline'],
  ['a reference definition used across sections', '# A\nsee [docs][d]\n# B\n[d]: https://example.com'],
  ['a setext heading and #hashtag lines', 'Title\n=====\n#hashtag\n# Real\n#'],
  ['indented and nested fences', '# A\n- item\n  ```\n# H\n  ```\n    # code\n# B'],
  ['footnotes defined in another section, in a quote and in a list', '# A\nsee[^1] and[^2]\n# B\n> [^1]: quoted note\n# C\n- [^2]: listed note'],
];

describe('render: incremental body', () => {
  for (const file of documents) {
    it(`renders ${file} exactly as a whole-document render, before and after an edit`, () => {
      const text = fs.readFileSync(path.join(root, 'test/fixtures/model', file), 'utf8');
      const cache = new BodyCache();
      assert.strictEqual(renderBodyCached(text, options, cache), renderWholeBody(text, options));
      const lines = text.split('\n');
      const edited = [...lines.slice(0, 3), 'A new line with *emphasis*.', ...lines.slice(3)].join('\n');
      assert.strictEqual(renderBodyCached(edited, options, cache), renderWholeBody(edited, options));
    });
  }

  for (const [name, text] of tricky) {
    it(`handles ${name}`, () => {
      assert.strictEqual(renderBodyCached(text, options, new BodyCache()), renderWholeBody(text, options));
    });
  }

  it('reuses unchanged sections and drops what is gone', () => {
    const cache = new BodyCache();
    const sections = Array.from({ length: 50 }, (_, i) => `## Section ${i}\n\nText of section ${i}.`);
    renderBodyCached(sections.join('\n'), options, cache);
    assert.strictEqual(cache.entries.size, 50);
    sections[10] = '## Section 10\n\nEdited.';
    const html = renderBodyCached(['# Title', ...sections].join('\n'), options, cache);
    assert.strictEqual(cache.entries.size, 51);
    assert.ok(!cache.entries.has('## Section 10\n\nText of section 10.'));
    assert.match(html, /<h2 data-line="29" id="section-9">Section 9<\/h2>/, 'reused pieces get their new lines');
  });

  it('splits only before column-1 headings outside fences', () => {
    assert.deepStrictEqual(splitAtHeadings('intro\n# A\n```\n# x\n```\n # B\n## C').map((p) => p.line), [1, 2, 7]);
  });
});

describe('render: incremental body (property)', () => {
  const vocabulary = [
    '# H1', '## H2 *x*', '### Timeline', '#', '#tag', ' # indented', '```', '````', '```md', '```a`b', '~~~', '  ```', '> ```', '- ```',
    '    ```', '- item', '  - nested', '1. one', '> quote', '| a | b |', '|---|---|', '| 1 | 2 |', '', '', 'text', 'Title', '===',
    '---', '[r]: https://example.com', 'see [r]', '    code', '\t```', '<b>x</b>', '* * *',
    'note[^1]', '[^1]: a note', '> [^1]: quoted', '- [^1]: listed', '- [ ] task', '- [x] https://example.com',
  ];
  it('equals a whole-document render for any mix of tricky lines, with the cache carried across edits', function () {
    this.timeout(30_000);
    const cache = new BodyCache();
    fc.assert(fc.property(fc.array(fc.constantFrom(...vocabulary), { maxLength: 40 }), (lines) => {
      const text = lines.join('\n');
      assert.strictEqual(renderBodyCached(text, options, cache), renderWholeBody(text, options));
    }), { numRuns: 400 });
  });
});
