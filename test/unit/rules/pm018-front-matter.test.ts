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
    ['status-page (cState) front matter', '---\ntitle: Outage\ndate: 2025-10-07T07:03:00-00:00\nresolved: true\nresolvedWhen: 2025-10-07T14:30:00-00:00\nseverity: notice\n---\nText.\n', []],
    ['Jekyll status theme front matter (`severity: outage` / `degradation`, `resolvedDate`)', '---\nlayout: post\nstatus: resolved\nseverity: outage\ndate: 2023-04-02 08:10 UTC\nresolvedDate: 2023-04-02 09:55 UTC\n---\n', []],
    ['`severity: degradation`', '---\nseverity: degradation\n---\n', []],
    ['a word near a status-page severity is still not one', '---\nseverity: outages\n---\n', [2]],
    ['valid TOML front matter', '+++\ntitle = "Outage"\ndate = 2018-10-15\nauthors = ["Priya"]\n+++\n# Outage\n', []],
    ['a TOML line that is not `key = value`, and a bad TOML severity', '+++\ntitle = "Outage"\nnot toml at all\nseverity = "urgent"\n+++\n', [3, 4]],
    ['YAML front matter that is a list, not `key: value` lines', '---\n- title\n- severity\n---\n# Outage\n', [2]],
  ];
  it('says what each kind of problem is, after "Front matter: " once', () => {
    const messages = (text: string) => runRule(frontMatter, text).map((p) => p.message);
    assert.deepStrictEqual(messages('---\n- title\n---\n'), ['Front matter: expected a list of `key: value` lines.']);
    assert.match(messages('---\ntitle: [a\n---\n')[0], /^Front matter: YAML: \S/);
    assert.match(messages('+++\nnot toml\n+++\n')[0], /^Front matter: TOML: \S/);
  });
  it('says which key and which values, once', () => {
    const [p] = runRule(frontMatter, '---\nseverity: urgent\n---\n');
    assert.match(p.message, /^Front matter: `severity`: expected SEV1-SEV5, P1-P5, a number 0-5, critical, .*down, disrupted, notice/);
  });

  for (const [title, text, lines] of cases) {
    it(title, () => {
      const problems = runRule(frontMatter, text);
      assert.deepStrictEqual(problems.map((p) => p.range.start.line), lines);
      for (const p of problems) {
        assert.match(p.message, /^Front matter: /);
        assert.doesNotMatch(p.message, /^Front matter: Front matter/);
      }
    });
  }
});
