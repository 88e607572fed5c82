import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

interface Snippet { prefix: string | string[]; body: string | string[]; description: string }

const root = path.resolve(__dirname, '../../../..');
const file = path.join(root, 'snippets/postmortem.code-snippets');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

// VS Code's snippet variables (https://code.visualstudio.com/docs/editor/userdefinedsnippets#_variables)
const snippetVariables = new Set(['TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER', 'TM_FILENAME',
  'TM_FILENAME_BASE', 'TM_DIRECTORY', 'TM_FILEPATH', 'CLIPBOARD', 'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH', 'CURRENT_MONTH_NAME',
  'CURRENT_MONTH_NAME_SHORT', 'CURRENT_DATE', 'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT', 'CURRENT_HOUR', 'CURRENT_MINUTE', 'CURRENT_SECOND',
  'CURRENT_SECONDS_UNIX', 'UUID', 'RANDOM', 'RANDOM_HEX', 'LINE_COMMENT', 'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END']);

/** Reads a snippet body by VS Code's grammar; returns the tab stop numbers, throws on a malformed body. */
export function tabStops(body: string): number[] {
  const stops: number[] = [];
  let i = 0;
  const fail = (why: string): never => { throw new Error(`${why} at ${i} in ${JSON.stringify(body)}`); };
  const parse = (inside: boolean): void => {
    while (i < body.length) {
      const c = body[i];
      if (c === '\\') { i += 2; continue; }
      if (c === '}' && inside) return;
      if (c !== '$') { i++; continue; }
      i++;
      let m = /^\d+/.exec(body.slice(i));
      if (m) { stops.push(Number(m[0])); i += m[0].length; continue; }
      m = /^[A-Z_][A-Z_0-9]*/.exec(body.slice(i));
      if (m) { if (!snippetVariables.has(m[0])) fail(`unknown variable $${m[0]}`); i += m[0].length; continue; }
      if (body[i] !== '{') fail('a lone $ (write \\$)');
      i++;
      m = /^(\d+|[A-Z_][A-Z_0-9]*)/.exec(body.slice(i));
      if (!m) fail('${ without a number or a variable');
      const name = m![0];
      i += name.length;
      if (/^\d/.test(name)) stops.push(Number(name));
      else if (!snippetVariables.has(name)) fail(`unknown variable ${name}`);
      if (body[i] === ':') { i++; parse(true); }
      else if (body[i] === '|' && /^\d/.test(name)) {
        const end = body.indexOf('|}', i + 1);
        if (end < 0) fail('unclosed choice');
        i = end + 1;
      }
      if (body[i] !== '}') fail('unclosed placeholder');
      i++;
    }
    if (inside) fail('unclosed placeholder');
  };
  parse(false);
  return stops;
}

describe('snippets: snippets/postmortem.code-snippets', () => {
  const snippets = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Snippet>;

  it('is contributed for Markdown', () => {
    assert.deepStrictEqual(manifest.contributes.snippets, [{ language: 'markdown', path: './snippets/postmortem.code-snippets' }]);
  });

  it('covers the timeline, action items, sections, front matter and lessons learned', () => {
    for (const name of ['Timeline entry', 'Timeline entry (table row)', 'Action item', 'Front matter', 'Lessons learned', 'Summary section',
      'Impact section', 'Timeline section', 'Root cause section', 'Resolution section', 'Action items section']) {
      assert.ok(snippets[name], `no "${name}" snippet`);
    }
  });

  const prefixes = new Set<string>();
  for (const [name, s] of Object.entries(snippets)) {
    it(`"${name}" has a prefix, a description and a valid body`, () => {
      const own = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
      assert.ok(own.length > 0 && own.every((p) => typeof p === 'string' && p.trim() === p && p.length > 0), 'prefix');
      for (const p of own) { assert.ok(!prefixes.has(p), `prefix ${p} is used twice`); prefixes.add(p); }
      assert.ok(typeof s.description === 'string' && s.description.startsWith('Postmortem: '), 'description');
      const body = Array.isArray(s.body) ? s.body.join('\n') : s.body;
      assert.ok(typeof body === 'string' && body.length > 0, 'body');
      const stops = tabStops(body);
      assert.ok(stops.length > 0, 'no tab stop');
      const numbered = [...new Set(stops.filter((n) => n > 0))].sort((a, b) => a - b);
      assert.deepStrictEqual(numbered, numbered.map((_, k) => k + 1), 'tab stops are not numbered 1, 2, 3...');
    });
  }

  const malformed = ['${1:open', '$', 'cost $ 5', '${1|a,b}', '${NOPE}', '${1:a ${2:b}'];
  for (const body of malformed) {
    it(`the checker rejects ${JSON.stringify(body)}`, () => assert.throws(() => tabStops(body)));
  }
  it('the checker reads nested placeholders, choices, variables and escapes', () => {
    assert.deepStrictEqual(tabStops('${1:a ${2:b}} ${3|x,y|} $CURRENT_YEAR ${4:$CURRENT_DATE} \\$ \\} $0'), [1, 2, 3, 4, 0]);
  });
});
