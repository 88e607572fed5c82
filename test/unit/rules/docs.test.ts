import * as assert from 'assert';
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { check } from '../../../src/core/check/check';
import { rules } from '../../../src/core/rules/index';

/** The first fenced block after a "Bad:" or "Good:" line of a doc page. */
function example(page: string, label: 'Bad' | 'Good'): string | undefined {
  const m = new RegExp(`^${label}:[^\\n]*\\n+\`\`\`(?:markdown|yaml)\\n([\\s\\S]*?)\\n\`\`\``, 'm').exec(page);
  return m?.[1];
}

describe('rules: doc pages', () => {
  const readme = readFileSync(path.resolve('docs/rules/README.md'), 'utf8');
  for (const rule of rules) {
    describe(`${rule.id} ${rule.name}`, () => {
      const file = path.resolve(rule.docs);
      it(`has its page ${rule.docs}, titled with its id and name and saying its severity`, () => {
        assert.ok(existsSync(file), `${rule.docs} is missing`);
        const page = readFileSync(file, 'utf8');
        assert.ok(page.startsWith(`# ${rule.id} ${rule.name}\n`), 'title');
        assert.match(page, new RegExp(`\\*\\*Severity:\\*\\* ${rule.defaultSeverity}\\b`));
      });
      it('is in the rules table with its default severity', () => {
        assert.match(readme, new RegExp(`\\| \\[${rule.id}\\]\\(${rule.id}\\.md\\) \\| ${rule.name} \\| ${rule.defaultSeverity} \\|`));
      });
      it('reports its bad example and not its good one', () => {
        const page = readFileSync(file, 'utf8');
        const bad = example(page, 'Bad');
        const good = example(page, 'Good');
        assert.ok(bad !== undefined && good !== undefined, 'the page has a Bad: and a Good: example');
        const ids = (text: string) => check(text, { now: Date.UTC(2026, 0, 1), markdownlint: false }).findings.map((f) => f.ruleId);
        assert.ok(ids(bad).includes(rule.id), `the bad example does not trigger ${rule.id}`);
        assert.ok(!ids(good).includes(rule.id), `the good example triggers ${rule.id}`);
      });
    });
  }
});
