import * as assert from 'assert';
import { frontMatter } from '../../../src/core/rules/pm018-front-matter';
import { runRule } from './run-rule';

describe('rules: PM018 front-matter', () => {
  const cases: [string, string, number[]][] = [
    ['valid front matter', '---\ntitle: Outage\nstart: 2024-03-12T14:02:00Z\nauthors: [Priya]\n---\n# Outage\n', []],
    ['no front matter', '# Outage\n', []],
    ['a tab before a key', '---\ntitle: Outage\n\tseverity: SEV2\n---\n# Outage\n', [3]],
    ['a severity outside the scale', '---\ntitle: Outage\nseverity: catastrophic\n---\n# Outage\n', [3]],
    ['a status that is not one', '---\ntitle: Outage\nstatus: 42\n---\n# Outage\n', [3]],
  ];
  for (const [title, text, lines] of cases) {
    it(title, () => {
      const problems = runRule(frontMatter, text);
      assert.deepStrictEqual(problems.map((p) => p.range.start.line), lines);
      for (const p of problems) assert.match(p.message, /^Front matter: /);
    });
  }
});
