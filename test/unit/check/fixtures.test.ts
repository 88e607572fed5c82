// Whole documents with their expected findings written inline, markdownlint style:
//   a line ending with `<!-- expect PM004 PM017 -->` must get exactly those rules' findings;
//   `<!-- expect-next-line PM002 -->` on its own line says the same of the next line (for headings);
//   `<!-- expect nothing -->` marks a document expected to be clean;
//   in YAML front matter, a comment `# expect PM018` at the end of a line;
//   `<!-- check-options {"requiredSections": ["summary"]} -->` passes check options.
// Every finding must be expected. markdownlint's own rules (MD...) are compared only on lines that expect one.
// A document without expectations, or expecting a rule that does not exist, fails.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { check } from '../../../src/core/check/check';
import type { CheckOptions } from '../../../src/core/check/types';
import { findRule } from '../../../src/core/rules/index';
import { markdownFiles } from './markdown-files';

const root = path.resolve('test/fixtures/documents');
/** A fixed "now" so years pinned by weekdays do not move: 2026-01-01T00:00Z. */
const now = Date.UTC(2026, 0, 1);

interface Expectations {
  annotated: boolean;
  options: CheckOptions;
  /** Line -> expected rule ids. */
  byLine: Map<number, Set<string>>;
  /** Expected ids of rules not registered yet. */
  pending: string[];
}

/** Reads the inline expectations of a document. */
function readExpectations(text: string): Expectations {
  const out: Expectations = { annotated: false, options: {}, byLine: new Map(), pending: [] };
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    const opts = /<!--\s*check-options\s+(\{.*\})\s*-->/.exec(line);
    if (opts) out.options = JSON.parse(opts[1]) as CheckOptions;
    const marks = [...line.matchAll(/<!--\s*expect(-next-line)?\s+([\w\s-]+?)\s*-->/g), ...line.matchAll(/\s#\s*expect()\s+([\w\s]+?)\s*$/g)];
    for (const m of marks) {
      out.annotated = true;
      if (m[2] === 'nothing') continue;
      const target = i + 1 + (m[1] ? 1 : 0);
      for (const id of m[2].split(/\s+/)) {
        if (!/^MD\d{3}$/.test(id) && !findRule(id)) {
          out.pending.push(`${target}:${id}`);
          continue;
        }
        const set = out.byLine.get(target) ?? new Set<string>();
        set.add(id);
        out.byLine.set(target, set);
      }
    }
  });
  return out;
}

describe('check: fixture documents with inline expectations', () => {
  const files = markdownFiles(root);

  it('has at least 30 documents', () => assert.ok(files.length >= 30, `${files.length} documents`));

  for (const file of files) {
    const name = path.relative(root, file);
    const text = readFileSync(file, 'utf8');
    const expected = readExpectations(text);
    if (!expected.annotated) {
      it(`${name} has inline expectations`, () => assert.fail('add `<!-- expect ... -->` marks or `<!-- expect nothing -->`'));
      continue;
    }
    it(name, () => {
      const { findings } = check(text, { ...expected.options, fileName: path.basename(file), now });
      const found = new Map<number, Set<string>>();
      const messages: string[] = [];
      for (const f of findings) {
        const line = f.range.start.line;
        if (/^MD\d{3}$/.test(f.ruleId) && !expected.byLine.get(line)?.has(f.ruleId)) continue;
        const set = found.get(line) ?? new Set<string>();
        set.add(f.ruleId);
        found.set(line, set);
        messages.push(`  ${line}:${f.range.start.column} ${f.ruleId} ${f.message}`);
      }
      const show = (m: Map<number, Set<string>>) => [...m.entries()].sort((a, b) => a[0] - b[0]).map(([l, ids]) => `${l}: ${[...ids].sort().join(' ')}`);
      assert.deepStrictEqual(show(found), show(expected.byLine), `findings:\n${messages.join('\n')}`);
    });
    if (expected.pending.length > 0) {
      it(`${name} expects only registered rules`, () => assert.fail(`unknown rule ids: ${expected.pending.join(', ')}`));
    }
  }
});
