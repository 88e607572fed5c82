import * as assert from 'assert';
import { check } from '../../../src/core/check';
import { builtInTemplates, renderTemplate, templateVariables, tokenizeTemplate } from '../../../src/core/templates';

const start = Date.UTC(2026, 2, 12, 14, 2);
const variables = templateVariables({ title: 'Checkout API returned 500s', severity: 'SEV2', author: 'Dana Scully', start, zone: 'UTC' });
const options = { fileName: '2026-03-12-checkout-api-returned-500s.md', now: Date.UTC(2026, 2, 20) };

/** What a person would write in each blank. */
function fillBlanks(text: string): string {
  const times = ['14:10', '14:25', '14:40', '14:55'];
  let k = 0;
  return text.replace(/<([A-Za-z][^<>\n]*)>/g, (_m, inner: string) => {
    if (inner === 'end time') return '2026-03-12 15:10 UTC';
    if (inner === 'time') return times[k++];
    if (inner === 'when the issue was detected') return '2026-03-12 14:10 UTC';
    if (/owner|commander|responders|team or person/.test(inner)) return 'Dana Scully';
    if (inner === 'due date') return '2026-04-01';
    if (inner.startsWith('percentage')) return 'About 12% of checkouts';
    return `Written by the team: ${inner.replace(/[^\w ]/g, '')}.`;
  });
}

describe('templates: built-in templates pass check', () => {
  for (const t of builtInTemplates) {
    it(`${t.name}, variables filled in: every finding is about a blank still to fill`, () => {
      const text = renderTemplate(t, variables).text;
      const blanks = tokenizeTemplate(text).flatMap((b) => (b.kind === 'blank' ? [b] : []));
      const { findings } = check(text, options);
      assert.ok(findings.length > 0, 'blanks are reported as placeholders');
      for (const f of findings) {
        const onBlank = blanks.some((b) => b.line >= f.range.start.line && b.line <= f.range.end.line);
        const quotesBlank = blanks.some((b) => f.message.includes(b.text.slice(0, 20)));
        assert.ok(onBlank || quotesBlank, `${f.ruleId} ${f.ruleName} on line ${f.range.start.line} is not about a blank: ${f.message}`);
      }
    });

    it(`${t.name}, blanks filled in too: no finding at all`, () => {
      const { findings } = check(fillBlanks(renderTemplate(t, variables).text), options);
      assert.deepStrictEqual(findings.map((f) => `${f.ruleId} line ${f.range.start.line}: ${f.message}`), []);
    });
  }
});
