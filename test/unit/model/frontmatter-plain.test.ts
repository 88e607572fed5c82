import * as assert from 'assert';
import fc from 'fast-check';
import { readFrontMatter, readYamlBlock } from '../../../src/core/model/frontmatter';
import { readPlainBlock } from '../../../src/core/model/frontmatter-plain';

/** The front matter of `block` (its lines between `---`s) as the document reader gives it. */
function read(block: string[]) {
  return readFrontMatter(['---', ...block, '---', '# Title']).frontMatter;
}

describe('model: front matter read without the YAML parser', () => {
  // [block, read without the parser]: every reading must equal the YAML library's, to the ranges and the problems
  const rows: [string[], boolean][] = [
    [['title: Checkout API outage after a connection pool change', 'severity: SEV2', 'status: final', 'start: 2024-03-12T14:02:00Z', 'timezone: UTC', 'authors: [Priya Raman, Tomás Ortega]'], true],
    [['title: "Outage: EU region"', "severity: 'sev1'", 'draft: true', 'published: False'], true],
    [['title: Login errors   ', 'status:   In Review', 'tags: [auth , sso]'], true],
    [['tags: []'], false],
    [['start: 2021-09-27 15:06 EST', 'end: 2021-09-27 19:27 EST', 'timezone: America/New_York'], true],
    [['title: Schema rejects it', 'severity: 7'], false],
    // numbers, nulls and what YAML reads as something other than the text: left to the parser
    [['incident: 2041'], false],
    [['resolved: ~'], false],
    [['title: null'], false],
    [['ratio: .5'], false],
    [['title: yes'], true],
    // comments, escapes, nested or multi-line values, mappings, duplicate keys, odd keys: left to the parser
    [['title: Outage # draft'], false],
    [['title: "Tab\\there"'], false],
    [['authors:', '  - Alice', '  - Bob'], false],
    [['title: a: b'], false],
    [['title: One', 'title: Two'], false],
    [['_title: x'], false],
    [['true: x'], false],
    [['tags: [a, "b"]'], false],
    [['title: [unclosed'], false],
    [['title: 🔥 Fire'], false],
    [['title:'], false],
    [['- just a list item'], false],
  ];
  for (const [block, plain] of rows) {
    it(`${plain ? 'reads' : 'leaves to the parser'} ${JSON.stringify(block)}`, () => {
      const lines = ['---', ...block, '---'];
      assert.strictEqual(readPlainBlock(lines) !== undefined, plain);
      assert.deepStrictEqual(read(block), readYamlBlock(lines));
    });
  }

  it('reads every generated block of key: value lines as the YAML library does', () => {
    const piece = fc.constantFrom('a', 'Z', ' ', ':', ': ', '#', ' #', ',', '[', ']', '{', '}', "'", '"', '-', '.', '0', '1e3', '~',
      'null', 'true', 'False', '.inf', '0x1F', '\t', 'é', '😀', '\u2028', '\ufeff', '@', '`', '!', '&', '*', '|', '>', '%', '?', '\\', '2024-03-12', '14:02');
    const text = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(''));
    const value = fc.oneof(text, text.map((t) => `"${t}"`), text.map((t) => `'${t}'`), fc.array(text, { maxLength: 3 }).map((t) => `[${t.join(', ')}]`),
      fc.constantFrom('true', 'TRUE', 'false', 'tRue', 'yes'));
    const line = fc.tuple(fc.constantFrom('title', 'severity', 'status', 'start', 'authors', 'null', 'True', 'a_b', 'x-y', '_p', '1a'), fc.constantFrom(': ', ':  ', ':'), value)
      .map(([k, sep, v]) => `${k}${sep}${v}`);
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (block) => {
      assert.deepStrictEqual(read(block), readYamlBlock(['---', ...block, '---']));
    }), { numRuns: 3000 });
  });
});
