import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parsePostmortem, scannedLinesOf } from '../../../src/core/model';
import { blankLines, lockedDownMarkdown, normalizeLink, renderWholeBody, uniqueHeadingIds } from '../../../src/core/render/body';
import { renderWikiBody } from '../../../src/core/render/wiki-body';
import { renderWikiInline } from '../../../src/core/render/wiki-inline';
import { renderPostmortem } from '../../../src/core/render/document';
import { check } from '../../../src/core/check';
import { BodyCache, renderReportContent } from '../../../src/core/render';
import { markdownFiles } from '../check/markdown-files';

const root = path.resolve(__dirname, '../../../..');
const options = { mode: 'webview' as const };

/** The body HTML of `text` under a `h1. Case` line (so the document is wiki markup), without that heading. */
function body(text: string): string {
  const model = parsePostmortem(`h1. Case\n${text}`);
  assert.strictEqual(model.wikiMarkup, true, 'read as wiki markup');
  const html = renderWikiBody(model.lines, scannedLinesOf(model), options);
  return html.slice(html.indexOf('\n') + 1);
}

const p = (html: string, line = 2) => `<p data-line="${line}">${html}</p>\n`;

// wiki lines (from line 2 on) and the HTML they render to
const cases: [string, string][] = [
  ['h3. Root cause', '<h3 data-line="2" id="root-cause">Root cause</h3>\n'],
  ['h4. *Timeline* (UTC)', '<h4 data-line="2" id="timeline-utc"><strong>Timeline</strong> (UTC)</h4>\n'],
  ['h2. Notes\nh2. Notes', '<h2 data-line="2" id="notes">Notes</h2>\n<h2 data-line="3" id="notes-1">Notes</h2>\n'],
  ['h6. {{db-01}} & <failover>', '<h6 data-line="2" id="db-01--failover"><code>db-01</code> &amp; &lt;failover&gt;</h6>\n'],
  // `*` that is a bullet, and `*` that is bold
  ['* bullet', '<ul data-line="2">\n<li data-line="2">bullet</li>\n</ul>\n'],
  ['*bold* text', p('<strong>bold</strong> text')],
  ['* *Start:* 14:02', '<ul data-line="2">\n<li data-line="2"><strong>Start:</strong> 14:02</li>\n</ul>\n'],
  ['2*3*4 = 24', p('2*3*4 = 24')],
  ['**not bold** and *unbalanced', p('**not bold** and *unbalanced')],
  ['*bold _and italic_* end', p('<strong>bold <em>and italic</em></strong> end')],
  // `-` in words is no strike, `_` in identifiers no italic
  ['ran the pre-checks and post-checks on 2024-05-14', p('ran the pre-checks and post-checks on 2024-05-14')],
  ['set max_conn_count and _italic_', p('set max_conn_count and <em>italic</em>')],
  ['__init__ and _private_var stay', p('__init__ and _private_var stay')],
  ['14:02 - 14:05 - paged, -struck- text', p('14:02 - 14:05 - paged, <s>struck</s> text')],
  ['+underlined+ C++ and +1', p('<ins>underlined</ins> C++ and +1')],
  ['{{kubectl rollout undo *deploy*}}', p('<code>kubectl rollout undo *deploy*</code>')],
  ['{{unclosed', p('{{unclosed')],
  ['\\*not bold\\* line one\\\\line two', p('*not bold* line one<br>line two')],
  ['logs in C:\\Users\\oncall\\_tmp, \\{{not code}}', p('logs in C:\\Users\\oncall_tmp, {{not code}}')],
  ['{{}} and {{a}}}', p('{{}} and <code>a</code>}')],
  // links: the text may hold `|`, the target must be safe, a key alone is text
  ['[runbook|https://wiki.example.com/rb?a=1&b=2]', p('<a href="https://wiki.example.com/rb?a=1&amp;b=2">runbook</a>')],
  ['[https://status.example.com]', p('<a href="https://status.example.com">https://status.example.com</a>')],
  ['[Grafana | p99 panel|https://g.example/d/1]', p('<a href="https://g.example/d/1">Grafana | p99 panel</a>')],
  ['[*bold link*|mailto:oncall@example.com]', p('<a href="mailto:oncall@example.com"><strong>bold link</strong></a>')],
  ['[OPS-123] and [~alice]', p('[OPS-123] and [~alice]')],
  ['[click|javascript:alert(1)]', p('[click|javascript:alert(1)]')],
  ['[x|https://e.example/"onmouseover="alert(1)]', p('<a href="https://e.example/%22onmouseover=%22alert(1)">x</a>')],
  ['<script>alert(1)</script> & "quotes"', p('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;')],
  ['{color:red}TODO{color} fill in, {status:colour=Red|title=SEV1}', p('TODO fill in, <strong>SEV1</strong>')],
  ['first line\nsecond line\\\\\nthird line', p('first line<br>\nsecond line<br>\nthird line')],
  // tables: a header row, a row of a header cell and a plain one, `|` inside a link and inside {code}
  ['||Time||Event||\n|14:02|Alert [OPS-1|https://x.example/1] fired|',
    '<table data-line="2">\n<thead data-line="2">\n<tr data-line="2">\n<th>Time</th>\n<th>Event</th>\n</tr>\n</thead>\n' +
    '<tbody data-line="3">\n<tr data-line="3">\n<td>14:02</td>\n<td>Alert <a href="https://x.example/1">OPS-1</a> fired</td>\n</tr>\n</tbody>\n</table>\n'],
  ['||Start|14:02 UTC|\n||End|15:00 UTC|',
    '<table data-line="2">\n<tbody data-line="2">\n<tr data-line="2">\n<th>Start</th>\n<td>14:02 UTC</td>\n</tr>\n' +
    '<tr data-line="3">\n<th>End</th>\n<td>15:00 UTC</td>\n</tr>\n</tbody>\n</table>\n'],
  // a Markdown table in a wiki document stays one: its header row over the |---| line
  ['| Time | Event |\n|---|---|\n| 14:02 | *Alert* |',
    '<table data-line="2">\n<thead data-line="2">\n<tr data-line="2">\n<th>Time</th>\n<th>Event</th>\n</tr>\n</thead>\n' +
    '<tbody data-line="4">\n<tr data-line="4">\n<td>14:02</td>\n<td><strong>Alert</strong></td>\n</tr>\n</tbody>\n</table>\n'],
  ['{code:sql}\nSELECT a|b FROM t WHERE x < 1;\n{code}', '<pre><code data-line="2" class="language-sql">SELECT a|b FROM t WHERE x &lt; 1;\n</code></pre>\n'],
  ['{code:title=Fix.java|borderStyle=solid}\nint a = 1;\nreturn a;{code}', '<pre><code data-line="2">int a = 1;\nreturn a;\n</code></pre>\n'],
  ['{noformat}<b>x</b> | *y*{noformat}', '<pre><code data-line="2">&lt;b&gt;x&lt;/b&gt; | *y*\n</code></pre>\n'],
  // lists: `#` numbered, `**` nested, `#*` a bullet list in a numbered item, a skipped level
  ['# step\n## sub\n#* bullet\n# next',
    '<ol data-line="2">\n<li data-line="2">step\n<ol data-line="3">\n<li data-line="3">sub</li>\n</ol>\n\n<ul data-line="4">\n<li data-line="4">bullet</li>\n</ul>\n</li>\n' +
    '<li data-line="5">next</li>\n</ol>\n'],
  ['** deep first\n* top',
    '<ul data-line="2">\n<li data-line="2">\n<ul data-line="2">\n<li data-line="2">deep first</li>\n</ul>\n</li>\n<li data-line="3">top</li>\n</ul>\n'],
  ['- dash item', '<ul data-line="2">\n<li data-line="2">dash item</li>\n</ul>\n'],
  // quotes, panels, dropped tags, rules
  ['bq. A chain, not a file.', '<blockquote data-line="2">\n<p data-line="2">A chain, not a file.</p>\n</blockquote>\n'],
  ['{quote}\nquoted *text*\n{quote}', '<blockquote data-line="2">\n<p data-line="3">quoted <strong>text</strong></p>\n</blockquote>\n'],
  ['{panel:title=Cause|borderColor=#ccc}\n* pool size\n{panel}',
    '<blockquote data-line="2">\n<p data-line="2"><strong>Cause</strong></p>\n<ul data-line="3">\n<li data-line="3">pool size</li>\n</ul>\n</blockquote>\n'],
  ['{toc}\n{info}\nnever closed', p('never closed', 4)],
  ['{warning}\n||Host||\n|db-03|\n{noformat}\n{warning}\n{noformat}\n{warning}',
    '<blockquote data-line="2">\n<table data-line="3">\n<thead data-line="3">\n<tr data-line="3">\n<th>Host</th>\n</tr>\n</thead>\n' +
    '<tbody data-line="4">\n<tr data-line="4">\n<td>db-03</td>\n</tr>\n</tbody>\n</table>\n<pre><code data-line="5">{warning}\n</code></pre>\n</blockquote>\n'],
  ['text\n----\nafter', `${p('text')}<hr data-line="3">\n${p('after', 4)}`],
  // images, emoticons, bare URLs and scripts (see wiki-inline.test.ts) in blocks; in code they are as written
  ['h2. (i) Notes', '<h2 data-line="2" id="notes"><span class="pm-emoticon" role="img" aria-label="information">ℹ️</span> Notes</h2>\n'],
  ['||Time||Graph||\n|14:02|!p99.png|thumbnail! https://status.example.com|',
    '<table data-line="2">\n<thead data-line="2">\n<tr data-line="2">\n<th>Time</th>\n<th>Graph</th>\n</tr>\n</thead>\n<tbody data-line="3">\n<tr data-line="3">\n<td>14:02</td>\n' +
    '<td><a class="pm-image" href="p99.png" title="Open the image">image (p99.png)</a> <a href="https://status.example.com">https://status.example.com</a></td>\n</tr>\n</tbody>\n</table>\n'],
  ['{code}\n(x) :) !a.png! https://x.example x^2^ ??c??\n{code}', '<pre><code data-line="2">(x) :) !a.png! https://x.example x^2^ ??c??\n</code></pre>\n'],
];

describe('render: wiki markup body', () => {
  for (const [text, html] of cases) {
    it(`renders ${JSON.stringify(text)}`, () => assert.strictEqual(body(text), html));
  }

  // why wiki markup is not converted to Markdown lines for markdown-it (see wiki-body.ts)
  it('keeps data-line on table rows under a header row, which Markdown cannot do line for line', () => {
    assert.doesNotMatch(renderWholeBody('| Time | Event |\n| 14:02 | Alert |', options), /<table/, 'a Markdown table needs a |---| line');
    assert.match(body('||Time||Event||\n|14:02|Alert|\n|14:05|Paged|'), /<tr data-line="3">\n<td>14:02<\/td>[\s\S]*<tr data-line="4">\n<td>14:05<\/td>/);
  });

  it('renders wiki inline markup that Markdown has no form for but raw HTML, which it shows as text', () => {
    assert.strictEqual(renderWholeBody('<ins>x</ins> a<br>b', options), '<p data-line="1">&lt;ins&gt;x&lt;/ins&gt; a&lt;br&gt;b</p>\n');
    assert.strictEqual(body('+x+ a\\\\b'), p('<ins>x</ins> a<br>b'));
  });

  it('renders long lines of lone markers and brackets in linear time', () => {
    const units = [['*a _b -c +d [e {{f {g ', ''], ['[e ', ']'], ['*a [', ']*'], ['{g ', '}'], ['{{f ', '}}'],
      ['^a ~b ??c x^y ', ''], ['!d (e :f xhttps://g ', ''], ['!a.png ', '!'], ['x~y', '~ '], ['https://a)', ''], ['(e ', ''], ['[OPS-1] ', '']];
    for (const [unit, tail] of units) {
      const line = `${unit.repeat(40_000)}${tail}`;
      const started = Date.now();
      assert.ok(renderWikiInline(line, 0, line.length).html.length >= line.length);
      assert.ok(Date.now() - started < 1000, `${JSON.stringify(unit)}: ${Date.now() - started} ms`);
    }
  });
});

/** The content of the report's `#pm-body`. */
function reportBody(html: string): string {
  const open = '<article class="pm-body" id="pm-body">';
  return html.slice(html.indexOf(open) + open.length, html.lastIndexOf('</article>'));
}

const NOW = Date.parse('2026-01-15T12:00:00Z');
const jiraPath = path.join(root, 'test/fixtures/documents/styles/jira-wiki-markup.md');

describe('render: a Jira wiki markup postmortem', () => {
  const text = fs.readFileSync(jiraPath, 'utf8');
  const html = renderPostmortem(text, { now: NOW });
  const bodyHtml = reportBody(html);
  const lines = text.split('\n');

  it('computes the outage from the wiki timeline', () => assert.match(html, /id="pm-duration">51 min</));

  it('shows h1.-h6. as headings with Markdown slugs and their source lines', () => {
    const headings = [...bodyHtml.matchAll(/<h(\d) data-line="(\d+)" id="([^"]*)">([^<]*)</g)].map((m) => [Number(m[1]), Number(m[2]), m[3], m[4]]);
    assert.deepStrictEqual(headings, [
      [1, 1, 'postmortem-payments-api-502s-after-a-tls-certificate-rotation', 'Postmortem: Payments API 502s after a TLS certificate rotation'],
      [2, 13, 'summary', 'Summary'], [2, 17, 'impact', 'Impact'], [2, 25, 'timeline', 'Timeline'], [2, 34, 'root-cause', 'Root cause'],
      [2, 47, 'resolution', 'Resolution'], [2, 54, 'action-items', 'Action items'], [2, 60, 'lessons-learned', 'Lessons learned'],
    ]);
    for (const [level, line] of headings) assert.ok(lines[(line as number) - 1].startsWith(`h${level}. `), `line ${line}`);
  });

  it('shows the timeline as a table, a row per source line', () => {
    const timeline = bodyHtml.slice(bodyHtml.indexOf('<table data-line="27">'), bodyHtml.indexOf('</table>') + 8);
    assert.match(timeline, /^<table data-line="27">\n<thead data-line="27">\n<tr data-line="27">\n<th>Time \(UTC\)<\/th>\n<th>Event<\/th>\n<\/tr>\n<\/thead>\n<tbody data-line="28">/);
    assert.deepStrictEqual([...timeline.matchAll(/<tr data-line="(\d+)">\n<td>([^<]*)<\/td>/g)].map((m) => [Number(m[1]), m[2]]), [
      [28, '2024-05-14 09:12'], [29, '2024-05-14 09:19'], [30, '2024-05-14 09:31'], [31, '2024-05-14 09:47'], [32, '2024-05-14 10:03'],
    ]);
    assert.match(timeline, /<td>Alert <strong>PaymentErrorsHigh<\/strong> fires; on-call paged \(<a href="https:\/\/pagerduty\.example\.com\/incidents\/PD-7731">PD-7731<\/a>\)<\/td>/);
  });

  it('shows nested bullet and numbered lists', () => {
    assert.match(bodyHtml, /<li data-line="20">Checkout retries doubled the load on <em>payments-api<\/em>\n<ul data-line="21">\n<li data-line="21">p99 latency rose from 240 ms to 1\.9 s<\/li>/);
    assert.match(bodyHtml, /<ol data-line="49">\n<li data-line="49">Restore the previous chain on <code>payments-edge<\/code><\/li>\n<li data-line="50">Verify with the pre-checks in the <a href="https:\/\/wiki\.example\.com\/runbooks\/tls-rotation">runbook<\/a>\n<ul data-line="51">/);
    assert.match(bodyHtml, /<li data-line="23">Partners on the legacy <s>v1<\/s> endpoint were not affected<\/li>/);
  });

  it('shows {code} and {noformat} blocks as code, the info panel as a quote, the {toc} tag not at all', () => {
    assert.match(bodyHtml, /<pre><code data-line="38" class="language-bash">\$ openssl s_client -connect payments-edge:443 -showcerts \| grep -c &quot;BEGIN CERT&quot;\n1\n<\/code><\/pre>/);
    assert.match(bodyHtml, /<pre><code data-line="43">09:19:04 edge \| handshake failure \| unable to get local issuer certificate\n<\/code><\/pre>/);
    assert.match(bodyHtml, /<blockquote data-line="3">\n<p data-line="3"><strong>Incident facts<\/strong><\/p>\n<p data-line="4"><strong>Severity:<\/strong> SEV2<br>\n<strong>Status:<\/strong> <strong>Resolved<\/strong><br>/);
    assert.doesNotMatch(bodyHtml, /\{(toc|info|code|noformat)/);
  });

  it('gives every block the line it starts on, never a blank or a closing tag', () => {
    const starts = [...bodyHtml.matchAll(/data-line="(\d+)"/g)].map((m) => Number(m[1]));
    assert.ok(starts.length > 40);
    for (const n of starts) assert.match(lines[n - 1], /^\S/, `line ${n}`);
    // the closing {info}, {code} and {noformat} tags
    for (const n of [9, 40, 44]) assert.ok(!starts.includes(n), `line ${n}`);
  });

  it('renders the same body with and without the live preview cache', () => {
    const result = check(text, { now: NOW });
    const input = { analysis: result.analysis, findings: result.findings, text };
    const cache = new BodyCache();
    assert.strictEqual(renderReportContent(input, { mode: 'webview', bodyCache: cache }), renderReportContent(input, { mode: 'webview' }));
  });
});

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** `html` with each link that shows its own address (`https://x`, `www.x.com`, `a@x.com`) turned back into that text. */
function unlinkAddresses(html: string): string {
  return html.replace(/<a href="([^"]*)">([^<]*)<\/a>/g, (link, href: string, text: string) => {
    const shown = unescape(text);
    return [shown, `http://${shown}`, `mailto:${shown}`].map(normalizeLink).includes(unescape(href)) ? text : link;
  });
}

/** `html` with its task items' checkboxes turned back into `[ ]` and `[x]`, and their classes gone. */
function untickTasks(html: string): string {
  return html.replace(/ class="(?:contains-task-list|task-list-item)"/g, '')
    .replace(/<input class="task-list-item-checkbox" type="checkbox" disabled( checked)?>/g, (_, checked?: string) => (checked ? '[x]' : '[ ]'));
}

describe('render: Markdown documents are rendered as before', () => {
  // the fixtures in wiki markup: the Jira document here and the one the real editor's preview test opens
  const wikiFixtures = [jiraPath, path.join(root, 'test/fixtures/workspace/postmortems/live-wiki-markup.md')];
  // a postmortem quoted whole in a code fence shows the Markdown inside (render: header card tests it)
  const quotedFixtures = [path.join(root, 'test/fixtures/workspace/postmortems/live-fenced.md')];
  const files = markdownFiles(path.join(root, 'test/fixtures')).filter((f) => !wikiFixtures.includes(f) && !quotedFixtures.includes(f));

  it('finds the fixtures', () => assert.ok(files.length >= 100, `${files.length} documents`));

  it('renders the body of every Markdown fixture through markdown-it, byte for byte', () => {
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const result = check(text, { now: NOW });
      assert.strictEqual(result.analysis.model.wikiMarkup, undefined, file);
      assert.strictEqual(result.analysis.model.quotingFence, undefined, file);
      const fm = result.analysis.model.frontMatter;
      const markdown = renderWholeBody(fm ? blankLines(text, fm.range.start.line, fm.range.end.line) : text, { mode: 'export' });
      assert.strictEqual(reportBody(renderPostmortem(text, { now: NOW })), markdown, file);
    }
  });

  it('renders every Markdown fixture as CommonMark, byte for byte, but for its bare addresses as links and task items', () => {
    let links = 0;
    let tasks = 0;
    // footnotes are GitHub's, not CommonMark (render: footnotes tests them): the fixture with them is left out
    const footnoted: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      if (/^\[\^[^\]\s]+\]:/m.test(text)) { footnoted.push(path.basename(file)); continue; }
      const extended = renderWholeBody(text, { mode: 'export' });
      const plain = uniqueHeadingIds(lockedDownMarkdown({ mode: 'export' }).render(text));
      links += extended.split('<a href').length - plain.split('<a href').length;
      tasks += extended.split('type="checkbox"').length - 1;
      assert.strictEqual(unlinkAddresses(untickTasks(extended)), unlinkAddresses(plain.replace(/\[X\] /g, '[x] ')), file);
    }
    // the fixtures hold both: the comparison is not vacuous
    assert.ok(links > 0 && tasks > 50, `${links} links, ${tasks} task items`);
    assert.deepStrictEqual(footnoted, ['live-delays.md']);
  });
});
