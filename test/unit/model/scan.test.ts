import * as assert from 'assert';
import { parsePostmortem, scanLines, splitCells, splitLines } from '../../../src/core/model';

/** Kinds of each line of `text`. */
function kinds(text: string): string[] {
  return scanLines(splitLines(text), -1).map((l) => l.kind);
}

describe('model: block scanner', () => {
  it('splits CRLF, CR and LF lines alike', () => {
    assert.deepStrictEqual(splitLines('a\r\nb\rc\nd'), ['a', 'b', 'c', 'd']);
  });

  const cases: [string, string[]][] = [
    ['# H\n\ntext  \n', ['heading', 'blank', 'text', 'blank']],
    ['- a\n* b\n+ c\n• d\n•e\n1. f\n2) g\n', ['list', 'list', 'list', 'list', 'list', 'list', 'list', 'blank']],
    ['**Duration:** 4h\n*emphasis* text', ['text', 'text']],
    ['---\n***\n- - -', ['rule', 'rule', 'rule']],
    ['Title\n===\nSub\n---', ['heading', 'underline', 'heading', 'underline']],
    ['- item\n---', ['list', 'rule']],
    ['```js\n# not a heading\n```\nafter', ['fence', 'code', 'fence', 'text']],
    ['````\n```\n# still code\n````', ['fence', 'code', 'code', 'fence']],
    ['~~~\n```\n~~~', ['fence', 'code', 'fence']],
    ['```\nnever closed\n# code', ['fence', 'code', 'code']],
    ['<!-- a -->\n<!--\n# hidden\n-->\ntext', ['comment', 'comment', 'comment', 'comment', 'text']],
    ['| a | b |\n|---|:-:|\n| 1 | 2 |\nno pipe\n', ['table', 'delimiter', 'table', 'text', 'blank']],
    ['a | b\n--|--\n1 | 2', ['table', 'delimiter', 'table']],
    ['| not a table |\ntext', ['text', 'text']],
    ['#hashtag\n####### seven', ['text', 'text']],
    ['# \n#', ['heading', 'heading']],
    ['    indented text', ['text']],
    // HTML blocks on lines of their own: headings, list items and paragraphs as what they stand for
    ['<h2>Timeline:</h2>\n<ul>\n  <li><b>14:02</b> alert</li>\n</ul>\n<p>text</p>', ['heading', 'text', 'list', 'text', 'text']],
    // must not change: a heading tag not closed on its line, an empty paragraph, tags that only look alike
    ['<table>\n<tr><th>Time</th><th>Event</th></tr>\n<tr><td>14:02</td><td>alert</td></tr>\n<tr>\n<td>14:05</td>\n</tr>\n<track src="x">', ['text', 'table', 'table', 'table', 'cell', 'cell', 'text']],
    // an HTML row whose cells are on lines of their own is one row, read on its `<tr>` line
    ['<tr class="odd">\n  <td>14:05</td>\n  <td><b>Paged</b></td> <td>sre</td>\n</tr>\nafter', ['table', 'cell', 'cell', 'cell', 'text']],
    // must not change: a cell not closed on its line, other content inside the row, a row never closed, `<track>`
    ['<tr>\n<td>\n14:05\n</td>\n</tr>', ['text', 'text', 'text', 'text', 'text']],
    ['<tr>\n<td>14:05</td>\n<p>note</p>\n</tr>', ['text', 'text', 'text', 'text']],
    ['<tr>\n<td>14:05</td>\n\n## Timeline', ['text', 'text', 'blank', 'heading']],
    ['<track>\n<td>14:05</td>\n</track>', ['text', 'text', 'text']],
    ['<h1 align="center">\n<p align="center">\n<head>\n<pre>\n<link rel="x">\n<h7>x</h7>', ['text', 'text', 'text', 'text', 'text', 'text']],
    // Jira / Confluence wiki markup pasted as text: headings, tables without a delimiter row, `#` and `**` items,
    // code blocks and macro lines
    ['h1. Login outage\n{info}\n*Start:* 14:02 UTC\n{info}\nh2. Timeline\n||Time||Event||\n|14:02|Alert fired|\n| 14:10 | Paged [OPS-1|https://x] |',
      ['heading', 'comment', 'text', 'comment', 'heading', 'table', 'table', 'table']],
    ['h2. Actions\n# Rotate keys\n## Add alert\n#* Review\n** nested\n* item\n*bold* text\n----',
      ['heading', 'list', 'list', 'list', 'list', 'list', 'text', 'rule']],
    ['h2. Root cause\n{code:bash}\n# rotate\nh2. not a heading\n{code}\n{noformat}x{noformat}\nAn expired key\n----',
      ['heading', 'fence', 'code', 'code', 'fence', 'comment', 'text', 'rule']],
    // must not change: Markdown with a wiki-looking line, a wiki heading after a Markdown one, a `##` heading after
    // it, a wiki heading in a fence, and `h2.` without a blank after it
    ['# Title\nh2. Timeline\n|14:02|a|', ['heading', 'text', 'text']],
    ['h2. Non-goals\n* a\n\n## Story 1\n|a|b|', ['text', 'list', 'blank', 'heading', 'text']],
    ['```\nh2. Timeline\n```\n# Item', ['fence', 'code', 'fence', 'heading']],
    ['h2.Timeline\n# Item', ['text', 'heading']],
  ];
  for (const [text, expected] of cases) {
    it(`classifies ${JSON.stringify(text)}`, () => assert.deepStrictEqual(kinds(text), expected));
  }

  it('finds heading text, list content, checkboxes and markers', () => {
    const lines = ['## Timeline ##', '  - [x] done item', '•  two spaces', '10. tenth'];
    const s = scanLines(lines, -1);
    assert.deepStrictEqual([s[0].level, lines[0].slice(s[0].contentStart, s[0].contentEnd)], [2, 'Timeline']);
    assert.deepStrictEqual([s[1].marker, s[1].markerStart, s[1].checked, lines[1].slice(s[1].contentStart)], ['-', 2, true, 'done item']);
    assert.deepStrictEqual([s[2].marker, lines[2].slice(s[2].contentStart)], ['•', 'two spaces']);
    assert.deepStrictEqual([s[3].marker, lines[3].slice(s[3].contentStart)], ['10.', 'tenth']);
  });

  it('finds the level and content of HTML headings, list items and paragraphs inside their tags', () => {
    const lines = ['<H3 id="t">Root cause</H3>', '    <li>nested item</li>', '<p><strong>Impact:</strong> slow pages', '<h2>Impact <a href="#impact" id="impact"></a></h2>'];
    const s = scanLines(lines, -1);
    assert.deepStrictEqual([s[0].kind, s[0].level, lines[0].slice(s[0].contentStart, s[0].contentEnd)], ['heading', 3, 'Root cause']);
    assert.deepStrictEqual([s[1].kind, s[1].marker, s[1].markerStart, lines[1].slice(s[1].contentStart, s[1].contentEnd)], ['list', '<li>', 4, 'nested item']);
    assert.deepStrictEqual([s[2].kind, lines[2].slice(s[2].contentStart, s[2].contentEnd)], ['text', '<strong>Impact:</strong> slow pages']);
    assert.deepStrictEqual([s[3].kind, s[3].level], ['heading', 2]);
    assert.strictEqual(parsePostmortem(lines[3]).sections[0].standard, 'impact');
  });

  it('splits table cells, honouring escaped pipes and code spans', () => {
    const line = '| a | `x|y` | c \\| d |  |';
    assert.deepStrictEqual(splitCells(line).map((c) => line.slice(c.start, c.end)), ['a', '`x|y`', 'c \\| d', '']);
    const bare = 'a | b';
    assert.deepStrictEqual(splitCells(bare).map((c) => bare.slice(c.start, c.end)), ['a', 'b']);
  });

  // a wiki image's `|` (`!graph.png|thumbnail!`) is no cell's end; other pipes after a `!` are
  const imageRows: [string, string[]][] = [
    ['|14:02|!graph.png|thumbnail! p99 up|', ['14:02', '!graph.png|thumbnail! p99 up']],
    ['|!https://g.example/p.PNG|alt=p99,width=300!|x|', ['!https://g.example/p.PNG|alt=p99,width=300!', 'x']],
    ['|!a.png|!b.png|', ['!a.png', '!b.png']],
    ['|Failed!|retry|ok!|', ['Failed!', 'retry', 'ok!']],
    ['|!important|see!|', ['!important', 'see!']],
    ['|!a.png|x|y!|', ['!a.png', 'x', 'y!']],
  ];
  for (const [row, cells] of imageRows) {
    it(`splits the wiki row ${JSON.stringify(row)} into its cells`, () => {
      const s = scanLines(['h1. Case', '||A||B||', row], -1)[2];
      assert.deepStrictEqual(s.cells!.map((c) => row.slice(c.start, c.end)), cells);
    });
  }

  it('splits a long wiki row of images and dots in linear time', () => {
    const row = `|${'!a.png|x! .png?.'.repeat(20_000)}|${'!'.repeat(20_000)}${'x.png?.'.repeat(20_000)}|y!|`;
    const started = Date.now();
    assert.strictEqual(scanLines(['h1. Case', '||A||B||', row], -1)[2].cells!.length, 3);
    assert.ok(Date.now() - started < 1000, `${Date.now() - started} ms`);
  });

  it('reads the levels, content, cells and markers of Jira wiki markup', () => {
    const lines = ['h3. 2024-03-12', '|| Time (UTC) || Event ||', '|14:02|Alert [OPS-1|https://x] fired|', '** nested', '* *{color:red}_TODO: Factor 1_{color}*'];
    const s = scanLines(lines, -1);
    assert.deepStrictEqual([s[0].level, lines[0].slice(s[0].contentStart, s[0].contentEnd)], [3, '2024-03-12']);
    assert.deepStrictEqual([s[1].tableStart, s[1].header, s[1].cells!.map((c) => lines[1].slice(c.start, c.end))], [1, true, ['Time (UTC)', 'Event']]);
    assert.deepStrictEqual([s[2].tableStart, s[2].header, s[2].cells!.map((c) => lines[2].slice(c.start, c.end))], [1, undefined, ['14:02', 'Alert [OPS-1|https://x] fired']]);
    assert.deepStrictEqual([s[3].marker, s[3].markerStart, lines[3].slice(s[3].contentStart)], ['*', 1, 'nested']);
    assert.deepStrictEqual(lines[4].slice(s[4].contentStart, s[4].contentEnd), '_TODO: Factor 1_');
  });

  const wikiOrNot: [string, true | undefined][] = [
    ['h1. Login outage\n{info}\n*Start:* 14:02 UTC\n{info}\nh2. Timeline\n|14:02|Alert fired|', true],
    ['---\ntitle: x\n---\nh2. Timeline\n# Rotate keys\n## Add alert', true],
    ['# Title\nh2. Timeline\n|14:02|a|', undefined],
    ['h2. Non-goals\n* a\n\n## Story 1', undefined],
    ['```\nh2. Timeline\n```', undefined],
    ['h2.Timeline', undefined],
  ];
  for (const [text, expected] of wikiOrNot) {
    it(`says whether ${JSON.stringify(text)} is wiki markup`, () => assert.strictEqual(parsePostmortem(text).wikiMarkup, expected));
  }

  it('reads the cells of an HTML row written over several lines on their own lines, the row on its <tr> line', () => {
    const lines = ['<tr>', '  <th>Time (UTC)</th>', '  <th>Event</th>', '</tr>'];
    const s = scanLines(lines, -1);
    assert.deepStrictEqual([s[0].kind, s[0].tableStart, s[0].header], ['table', 0, true]);
    assert.deepStrictEqual(s[0].cells!.map((c) => [c.line, lines[c.line!].slice(c.start, c.end)]), [[1, 'Time (UTC)'], [2, 'Event']]);
  });

  it('marks front matter lines', () => {
    assert.deepStrictEqual(scanLines(['---', 'a: 1', '---', '# H'], 2).map((l) => l.kind), ['frontmatter', 'frontmatter', 'frontmatter', 'heading']);
  });
});
