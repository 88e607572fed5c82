import * as assert from 'assert';
import { applyFixes } from 'markdownlint';
import { lint } from 'markdownlint/sync';
import { customRules } from '../../../src/core/rules/markdownlint-custom-rules';

/** Lints with only our custom rules on, as a markdownlint-cli2 user would. */
function run(text: string, config: Record<string, unknown> = {}) {
  return lint({ strings: { doc: text }, customRules, config: { default: false, PM001: true, PM002: true, PM015: true, PM016: true, PM017: true, ...config } }).doc;
}

describe('rules: markdownlint custom rules', () => {
  it('exports the model rules with id and name, parser none', () => {
    assert.deepStrictEqual(customRules.map((r) => r.names), [
      ['PM001', 'required-section'], ['PM002', 'empty-section'], ['PM015', 'percentage-range'],
      ['PM016', 'action-item-owner'], ['PM017', 'blameful-language'], ['PM020', 'postmortem-in-code-fence'],
    ]);
    for (const r of customRules) assert.strictEqual(r.parser, 'none');
  });

  it('reports like the check does, with line numbers after front matter', () => {
    const text = '---\ntitle: Outage\n---\n# Outage\n\n## Summary\nHuman error.\n\n## Impact\nTBD\n';
    const found = run(text, { PM001: { requiredSections: ['summary', 'impact'] } }).map((e) => `${e.lineNumber}:${e.ruleNames[0]}`).sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
    assert.deepStrictEqual(found, ['7:PM017', '10:PM002']);
  });

  it('takes requiredSections from the rule configuration', () => {
    const found = run('# Outage\n\n## Summary\nok\n', { PM001: { requiredSections: ['summary', 'detection'] } });
    assert.deepStrictEqual(found.map((e) => e.errorDetail), ['Required section "Detection" is missing: add a "## Detection" section (a synonym heading or a labelled field also counts).']);
  });

  it('offers one-line fixes to markdownlint --fix', () => {
    const text = '# Outage\n\nAbout 55% - 45% of clients.\n';
    const errors = run(text, { PM001: false, PM002: false });
    assert.strictEqual(applyFixes(text, errors), '# Outage\n\nAbout 45% - 55% of clients.\n');
  });

  it('honours markdownlint comments and names', () => {
    const errors = run('# Outage\n\n<!-- markdownlint-disable-next-line blameful-language -->\nHuman error.\n', { PM001: false });
    assert.deepStrictEqual(errors, []);
  });
});
