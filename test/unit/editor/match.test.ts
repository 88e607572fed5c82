import * as assert from 'assert';
import { globToRegExp, isPostmortemFile, looksLikePostmortem, matchesFileGlobs } from '../../../src/extension/diagnostics/match';
import { DEFAULT_POSTMORTEM_FILES } from '../../../src/core/schema/settings';

describe('editor: which files are postmortems', () => {
  describe('globs', () => {
    const cases: [string, string, boolean][] = [
      ['**/postmortems/**', 'postmortems/2021-09-27-us-east-1-servers.md', true],
      ['**/postmortems/**', 'docs/postmortems/2024/db.md', true],
      ['**/postmortems/**', 'docs/postmortems-old.md', false],
      ['**/postmortem*.md', 'postmortem.md', true],
      ['**/postmortem*.md', 'team/Postmortem-2024-03-12.md', true],
      ['**/postmortem*.md', 'team/postmortem-notes.txt', false],
      ['**/postmortem*.md', 'team/my-postmortem.md', false],
      ['**/incidents/**', 'ops/incidents/INC-123.md', true],
      ['**/incidents/**', 'ops/incident/INC-123.md', false],
      ['docs/*.md', 'docs/a.md', true],
      ['docs/*.md', 'docs/sub/a.md', false],
      ['docs/**/*.md', 'docs/a.md', true],
      ['docs/**/*.md', 'docs/x/y/a.md', true],
      ['**/*.{md,markdown}', 'a/b.markdown', true],
      ['**/*.{md,markdown}', 'a/b.mdx', false],
      ['**/PIR-?.md', 'x/PIR-7.md', true],
      ['**/PIR-[0-9].md', 'x/PIR-7.md', true],
      ['**/PIR-[!0-9].md', 'x/PIR-7.md', false],
      ['**/a+b (1).md', 'x/a+b (1).md', true],
    ];
    for (const [glob, path, expected] of cases) {
      it(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => {
        assert.strictEqual(globToRegExp(glob).test(path), expected);
      });
    }

    it('matches the absolute path of a file outside any workspace folder', () => {
      assert.ok(matchesFileGlobs(DEFAULT_POSTMORTEM_FILES, undefined, '/home/ana/postmortems/db.md'));
      assert.ok(matchesFileGlobs(DEFAULT_POSTMORTEM_FILES, undefined, 'C:\\Users\\ana\\incidents\\db.md'));
      assert.ok(!matchesFileGlobs(DEFAULT_POSTMORTEM_FILES, 'notes.md', '/tmp/ws/notes.md'));
    });
  });

  describe('content', () => {
    const cases: [string, string, boolean][] = [
      ['the seed example', '# Postmortem  \n  \n• Outage **start** time: Monday', true],
      ['a named postmortem', '# Post-mortem: S3 outage of 2017-02-28\n', true],
      ['an incident review', '## Incident Review — checkout latency\n', true],
      ['a retrospective', '# Sprint 12 Retrospective\n', true],
      ['a setext heading', 'Postmortem: API outage\n======================\n', true],
      ['front matter type', '---\ntitle: DB failover\ntype: postmortem\n---\n# DB failover\n', true],
      ['quoted front matter type', '---\ntype: "post-mortem" # team convention\n---\n', true],
      ['front matter of another type', '---\ntype: rfc\n---\n# Design\n', false],
      ['meeting notes', '# Meeting notes\n\nNot a postmortem: nothing here should be checked.\n', false],
      ['a later heading does not count', '# Notes\n\n## Postmortem follow-ups\n', false],
      ['a heading inside a code fence does not count', '```bash\n# Postmortem\n```\n# Notes\n', false],
      ['a postmortem quoted whole in a markdown fence', '```markdown\n# Postmortem: checkout outage\n\n## Summary\n\nCheckout failed.\n```\n', true],
      ['a quote after front matter and blank lines, its inner code block skipped', '---\ntitle: x\n---\n\n```md\n```sh\n# meeting notes export\n```\n# Incident review: DNS\n```\n', true],
      ['a quote cut short (not closed)', '~~~gfm\n# Post-mortem: API latency\n\n## Timeline\n', true],
      ['a quote whose end is past the head', ['````markdown', '# Postmortem: DB failover', '```', 'kubectl get pods', '```', ...Array.from({ length: 90 }, (_, k) => `line ${k}`)].join('\n'), true],
      ['a quote whose first heading names no postmortem', '```markdown\n# Meeting notes\n```\n', false],
      ['a Markdown example followed by text is no quote', '```md\n# Postmortem\n```\n# Notes\n', false],
      ['a quoting fence not on the first line', 'Here is the draft:\n\n```markdown\n# Postmortem: outage\n```\n', false],
      ['shell commands with # comments in a bash fence', '```bash\n# postmortem: collect the logs\nkubectl logs api\n```\n', false],
      ['shell commands with # comments in a bare fence', '```\n# Retrospective export\n./export.sh\n```\n', false],
      ['a list item above dashes is not a heading', '- postmortem\n---\n', false],
      ['no heading at all', 'just text about a postmortem\n', false],
    ];
    for (const [what, text, expected] of cases) {
      it(`${what}: ${expected}`, () => assert.strictEqual(looksLikePostmortem(text), expected));
    }
  });

  describe('decision', () => {
    const base = { languageId: 'markdown', byContent: () => looksLikePostmortem('# Notes\n'), forced: false };
    it('checks only Markdown', () => {
      assert.ok(!isPostmortemFile({ ...base, languageId: 'plaintext', relativePath: 'postmortems/a.txt' }, DEFAULT_POSTMORTEM_FILES));
    });
    it('checks a file turned on by "Validate This File"', () => {
      assert.ok(isPostmortemFile({ ...base, relativePath: 'notes.md', forced: true }, DEFAULT_POSTMORTEM_FILES));
    });
    it('checks by path, then by content', () => {
      assert.ok(isPostmortemFile({ ...base, relativePath: 'postmortems/a.md' }, DEFAULT_POSTMORTEM_FILES));
      assert.ok(isPostmortemFile({ ...base, relativePath: 'a.md', byContent: undefined, headText: '# Postmortem\n' }, DEFAULT_POSTMORTEM_FILES));
      assert.ok(!isPostmortemFile({ ...base, relativePath: 'a.md' }, DEFAULT_POSTMORTEM_FILES));
      assert.ok(!isPostmortemFile({ ...base, relativePath: 'postmortems/a.md' }, []));
    });
  });
});
