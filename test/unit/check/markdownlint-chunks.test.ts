import * as assert from 'assert';
import { lintErrors, markdownlintConfig } from '../../../src/core/check/markdownlint';
import { chunkSafeConfig, lintChunks } from '../../../src/core/check/markdownlint-chunks';
import { generatePostmortem } from '../../../bench/generate';

// Documents built so that every chunk boundary crosses something a document-wide rule needs.
const documents: [string, string][] = [
  ['headings, links to other chunks, duplicate headings, front matter', [
    '---', 'title: Checkout outage', 'severity: SEV2', '---', '', '# Checkout outage', '', 'See [the timeline](#timeline) and [later notes](#notes-1).', '',
    '## Summary', '', 'The API failed.', '', '## Timeline', '', '- 14:02 UTC - alert fired', '- 14:05 UTC - paged', '- 14:09 UTC - rollback',
    '- 14:12 UTC - recovered', '', '#### Too deep', '', 'Text after a skipped level.', '', '## Notes', '', 'First notes.', '',
    '## Notes', '', 'Second notes, a sibling duplicate.', '', '### Details', '', 'Link to [missing](#no-such-heading) and to [summary](#summary).', '',
    '## Appendix', '', '### Details', '', 'Back to [top](#top), [details](#details-1), [wrong case](#Summary).', '', '# Second title', '', 'Closing words.', '',
  ].join('\n')],
  ['code fences holding headings, reference definitions far away', [
    '# Runbook', '', 'Use the [dashboard][dash] and the [playbook][missing-ref].', '', '```markdown', '# Not a heading', '', '## Also not', '```', '',
    '## Steps', '', 'Paragraph one.', '', 'Paragraph two with [dash] shortcut.', '', '~~~', '## inside tildes', '', '# still code', '~~~', '',
    '## More', '', 'Text [x](#not-here).', '', '- item', '- item two', '- item three', '', '[dash]: https://grafana.example/d/1', '',
    '## End', '', 'Done, see [steps](#steps).', '',
  ].join('\n')],
  ['a long table and a long list split across chunks', [
    '# Action items', '', '| Action | Owner | Due |', '|---|---|---|', '| Add alert | @sam | 2024-04-01 |', '| Add test | @kim |',
    '| Fix pool | @lee | 2024-04-02 | extra |', '| Review | @ana | 2024-04-03 |', '| Audit | @bo | 2024-04-04 |', '| Drill | @cy | 2024-04-05 |', '',
    '## Timeline', '', '- 14:02 alert', '- 14:03 page', '- 14:04 ack', '- 14:05 [empty]()', '- 14:06 ![](img.png)', '- 14:07 ** bold **',
    '- 14:08 `code `', '- 14:09 done', '', '## Lessons', '', '#Missing space', '', 'Words.', '',
  ].join('\n')],
  ['setext headings, HTML anchors and blocks, a title after text', [
    'Some text before any title.', '', 'Title', '=====', '', 'Jump to [anchor](#custom-anchor) and [section](#section-two).', '',
    '<div>', '', '## Inside html', '', '</div>', '', 'Section two', '-----------', '', '<a id="custom-anchor"></a>', '', '# Another title', '',
    '## Section two', '', 'Duplicate setext text.', '', '<!-- a comment', '', '## commented heading', '-->', '', 'Final [x](#commented-heading).', '', '##No space', '', 'Broken [link](#nowhere-at-all).', '',
  ].join('\n')],
];

const configs: [string, Record<string, unknown> | undefined][] = [
  ['quiet defaults', undefined],
  ['with spacing rules', { MD012: true, MD022: true, MD032: true, MD058: true, MD041: true, MD047: true, MD009: true, MD024: true }],
  ['front matter title counts', { MD025: { front_matter_title: '^\\s*title\\s*[:=]' } }],
];

/** Errors in a stable order for comparing. */
function sorted(text: string, config: Record<string, unknown> | undefined, sizes: Parameters<typeof lintErrors>[3]): string[] {
  return lintErrors(text, text.split('\n'), markdownlintConfig(config), sizes).map((e) => JSON.stringify(e)).sort();
}

describe('markdownlint in chunks', () => {
  for (const [name, text] of documents) {
    for (const [configName, config] of configs) {
      it(`gives the whole document's findings: ${name} (${configName})`, () => {
        const whole = sorted(text, config, false);
        for (let target = 2; target <= 12; target++) {
          assert.ok(lintChunks(text.split('\n'), 1, { minDocumentLines: 1, targetLines: target }).length > 1);
          assert.deepStrictEqual(sorted(text, config, { minDocumentLines: 1, targetLines: target }), whole, `chunks of ${target} lines`);
        }
      });
    }
  }

  it('finds something in every test document (the comparison is not vacuous)', () => {
    for (const [name, text] of documents) assert.ok(sorted(text, undefined, false).length >= 2, name);
  });

  it('gives the same findings on a generated postmortem and on the user example with its problems', () => {
    const text = generatePostmortem(400).replace('## Resolution', '## Resolution\n\n#### Skipped level\n\nSee [x](#nowhere).');
    const whole = sorted(text, undefined, false);
    assert.ok(whole.length >= 2);
    assert.deepStrictEqual(sorted(text, undefined, { minDocumentLines: 1, targetLines: 60 }), whole);
  });

  it('keeps every line exactly once, in order, and never starts a chunk inside a code fence', () => {
    const text = documents[1][1];
    const lines = text.split('\n');
    const chunks = lintChunks(lines, 1, { minDocumentLines: 1, targetLines: 2 });
    let next = 0;
    for (const c of chunks) {
      assert.strictEqual(c.firstLine, next);
      assert.deepStrictEqual(c.text.split('\n').slice(c.prefixLines, c.prefixLines + c.ownLines), lines.slice(next, next + c.ownLines));
      next += c.ownLines;
    }
    assert.strictEqual(next, lines.length);
    const starts = chunks.map((c) => lines[c.firstLine]);
    for (const inside of ['# Not a heading', '## Also not', '## inside tildes', '# still code', '## Inside html', '## commented heading']) {
      assert.ok(!starts.includes(inside), inside);
    }
  });

  it('lints small documents whole', () => {
    assert.strictEqual(lintChunks(documents[0][1].split('\n')).length, 1);
  });

  const safety: [string, Record<string, unknown>, boolean][] = [
    ['quiet defaults', markdownlintConfig(), true],
    ['a local rule by name', markdownlintConfig({ 'no-trailing-spaces': true }), true],
    ['a rule turned off', markdownlintConfig({ MD003: false, headings: false }), true],
    ['every rule on', markdownlintConfig({ default: true }), false],
    ['a consistency rule', markdownlintConfig({ MD003: { style: 'consistent' } }), false],
    ['a tag', markdownlintConfig({ whitespace: true }), false],
    ['unused definitions need the whole document', markdownlintConfig({ MD053: true }), false],
  ];
  for (const [name, config, safe] of safety) {
    it(`chunks only when every rule on allows it: ${name}`, () => assert.strictEqual(chunkSafeConfig(config), safe));
  }

  it('lints whole when an inline markdownlint comment configures the document', () => {
    const text = `${documents[0][1]}\n<!-- markdownlint-disable MD051 -->\n`;
    assert.deepStrictEqual(sorted(text, undefined, { minDocumentLines: 1, targetLines: 3 }), sorted(text, undefined, false));
  });
});
