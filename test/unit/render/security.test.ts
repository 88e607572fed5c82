import * as assert from 'assert';
import { isSafeLink, renderReport } from '../../../src/core/render';
import { renderPostmortem } from '../../../src/core/render/document';
import { analysis, entry, resolved } from './builder';

const NONCE = 'Zm9vYmFyYmF6cXV4MTIzNDU2';
const webview = { mode: 'webview' as const, nonce: NONCE, cspSource: 'vscode-webview://abc', scriptUri: 'vscode-webview://abc/dist/webview/preview.js' };

const evil = '"><script>alert(1)</script><img src=x onerror=alert(2)><!--';

/** A document written to break out of the report markup in every way we know. */
const hostile = [
  '---',
  `title: "${evil.replace(/"/g, '\\"')}"`,
  'severity: "</style><script>alert(3)</script>"',
  '---',
  '# Heading <script>alert(4)</script>',
  '',
  '<script>alert(5)</script>',
  '',
  '<img src=x onerror="alert(6)">',
  '',
  '<div onclick="alert(7)">click</div>',
  '',
  '[click](javascript:alert(8)) [c2](JaVaScRiPt:alert(9)) [c3](java&#x09;script:alert(10)) [c4](vbscript:msgbox(11))',
  '[c5](data:text/html;base64,PHNjcmlwdD5hbGVydCgxMik8L3NjcmlwdD4=) [c6](file:///etc/passwd) <javascript:alert(13)>',
  '',
  '![img](javascript:alert(14)) ![img2](https://evil.example/track.png "t\\" onerror=\\"alert(15)") ![ok](diagram.png)',
  '',
  '</style><style>body{display:none}</style> </main></body><script>alert(16)</script>',
  '',
  '<!-- <script>alert(17)</script> --> --> <!--',
  '',
  '```html" onmouseover="alert(18)',
  '<script>alert(19)</script>',
  '```',
  '',
  '<svg><animate onbegin=alert(20) attributeName=x dur=1s>',
  '',
  `| a | b |\n|---|---|\n${Array.from({ length: 2000 }, (_, i) => `| <b onmouseover=alert(${i})>x</b> | [y](javascript:z${i}) |`).join('\n')}`,
  '',
  '- [x] <img src=x onerror=alert(30)> www.attacker.com/"onmouseover="alert(31) javascript:alert(32)[^e] [^" onclick="x]',
  '',
  '[^e]: <script>alert(33)</script> [x](javascript:alert(34))',
].join('\n');

function hostileAnalysis() {
  const t = resolved('15:06', 5, '2021-09-27T19:06:00Z');
  return analysis({
    title: evil,
    model: {
      frontMatter: { range: { start: { line: 1, column: 1 }, end: { line: 4, column: 4 } }, data: { title: evil, severity: '</style><script>alert(3)</script>', status: "' onload='alert(21)" }, entries: [], problems: [] },
      fields: [],
    },
    timeline: [entry(5, { ...t, text: evil }, `${evil} & </svg><script>alert(22)</script>`)],
    actionItems: [{ line: 9, range: t.range, text: evil, owner: { text: '" onfocus="alert(23)', range: t.range }, due: { text: '<iframe src=javascript:alert(24)>', range: t.range } }],
  });
}

const findings = [{ ruleId: '<b>PM1</b>', ruleName: 'x', severity: 'error' as const, message: evil, range: { start: { line: 5, column: 1 }, end: { line: 5, column: 2 } } }];

/** Every opening tag of the page, with its attributes as the browser would read them. */
function tags(html: string): { name: string; attrs: string }[] {
  return [...html.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g)]
    .map((m) => ({ name: m[1].toLowerCase(), attrs: m[2] }));
}

const variants = [
  { name: 'webview', mode: 'webview' as const, html: () => renderReport({ analysis: hostileAnalysis(), findings, text: hostile }, webview) },
  { name: 'export', mode: 'export' as const, html: () => renderReport({ analysis: hostileAnalysis(), findings, text: hostile }, { mode: 'export' }) },
  // the same document through the real parser, analysis and rules
  { name: 'checked, webview', mode: 'webview' as const, html: () => renderPostmortem(hostile, { now: Date.parse('2026-01-15T12:00:00Z') }, webview) },
];

for (const { name, mode, html: render } of variants) {
  describe(`render: a hostile document cannot escape the report (${name})`, () => {
    const html = render();

    it('has no script but our one nonce’d script', () => {
      const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
      assert.deepStrictEqual(scripts, mode === 'webview' ? [`<script nonce="${NONCE}" src="vscode-webview://abc/dist/webview/preview.js">`] : []);
    });

    it('has no event handler attribute, no javascript:, vbscript: or data: URL in any tag', () => {
      for (const t of tags(html)) {
        assert.doesNotMatch(t.attrs, /(^|\s)on\w+\s*=/i, `<${t.name}${t.attrs}>`);
        assert.doesNotMatch(t.attrs, /(javascript|vbscript|data):/i, `<${t.name}${t.attrs}>`);
      }
    });

    it('only uses tags the renderer emits', () => {
      const allowed = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'header', 'h1', 'h2', 'h3', 'div', 'span', 'dl', 'dt', 'dd', 'time',
        'section', 'button', 'details', 'summary', 'ul', 'ol', 'li', 'code', 'pre', 'svg', 'line', 'rect', 'g', 'circle', 'text', 'table', 'thead', 'tbody',
        'tr', 'th', 'td', 'article', 'p', 'a', 'img', 'footer', 'script', 'em', 'strong', 'br', 'hr', 'blockquote', 'input', 'sup']);
      for (const t of tags(html)) assert.ok(allowed.has(t.name), `unexpected <${t.name}${t.attrs}>`);
    });

    it('keeps exactly one style element and one real comment-free structure', () => {
      assert.strictEqual((html.match(/<style\b/gi) ?? []).length, 1);
      assert.strictEqual((html.match(/<\/style>/gi) ?? []).length, 1);
      assert.doesNotMatch(html, /<!--/);
      assert.strictEqual((html.match(/<\/main>/g) ?? []).length, 1);
      assert.strictEqual((html.match(/<\/body>/g) ?? []).length, 1);
      assert.ok(html.trimEnd().endsWith('</html>'));
    });

    it('shows the hostile text as text', () => {
      assert.match(html, /<h1 id="pm-title" data-line="\d+">&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
      assert.match(html, /&lt;script&gt;alert\(5\)&lt;\/script&gt;/);
      assert.match(html, /\[click\]\(javascript:alert\(8\)\)/, 'a javascript: link stays literal text');
      assert.doesNotMatch(html, /<a [^>]*href="[^"]*(passwd|evil)/);
      assert.match(html, /<input class="task-list-item-checkbox" type="checkbox" disabled checked> &lt;img src=x onerror=alert\(30\)&gt; <a href="http:\/\/www.attacker.com\/%22onmouseover=%22alert\(31\)">/);
      assert.match(html, /<section class="footnotes" data-line="\d+">\n<ol data-line="\d+">\n<li id="pm-fn-1" data-reveal-line="\d+">\n<p>&lt;script&gt;alert\(33\)&lt;\/script&gt; \[x\]\(javascript:alert\(34\)\) <a href="#pm-fnref-1"/);
    });

    it('renders the huge table', () => {
      const body = html.slice(html.indexOf('<article'));
      assert.strictEqual((body.match(/<tr data-line=/g) ?? []).length, 2001, 'the header row and the 2,000 rows');
    });
  });
}

describe('render: link policy', () => {
  const table: [string, boolean][] = [
    ['https://status.example.com', true], ['http://x', true], ['mailto:oncall@example.com', true], ['#timeline', true],
    ['../runbooks/db.md', true], ['diagram.png', true], ['javascript:alert(1)', false], [' JAVASCRIPT:alert(1)', false],
    ['java\tscript:alert(1)', false], ['vbscript:x', false], ['data:text/html,x', false], ['file:///etc/passwd', false],
    ['file:///work/repo/notes.md', true], ['file:///work/repo/../../etc/passwd', false], ['ftp://x', false],
  ];
  for (const [url, safe] of table) {
    it(`${safe ? 'keeps' : 'drops'} ${JSON.stringify(url)}`, () => {
      assert.strictEqual(isSafeLink(url, ['/work/repo']), safe);
    });
  }
});

/** A Jira wiki markup document written to break out of the report markup through its own syntax. */
const hostileWiki = [
  'h1. <script>alert(1)</script> title',
  '{panel:title=</p><script>alert(2)</script>}',
  'inside',
  '{panel}',
  'h2. Links',
  '[click|javascript:alert(3)] [c2|JaVaScRiPt:alert(4)] [c3|java\tscript:alert(5)] [c4|vbscript:msgbox(6)]',
  '[c5|data:text/html;base64,PHNjcmlwdD4=] [c6|file:///etc/passwd] [javascript:alert(7)] [c8| javascript:alert(8)]',
  '[x|https://e.example/" onmouseover="alert(9)] [" onclick="alert(10)|https://ok.example]',
  '{{</code><script>alert(11)</script>}} *<img src=x onerror=alert(12)>* _</em><b onclick=alert(13)>_',
  '||<b onmouseover=alert(14)>h</b>||x||',
  '|<svg onload=alert(15)>|[y|javascript:z]|',
  '{code:"><script>alert(16)</script>}',
  '<script>alert(17)</script>',
  '{code}',
  '{code:java" onmouseover="alert(18)}x{code}',
  '# <iframe src=javascript:alert(19)>',
  '{status:colour=Red|title=<script>alert(20)</script>}',
  'h3. {color:red}<style>body{display:none}</style>{color}',
  'bq. <!-- comment --> -->',
  '{quote}',
  '</blockquote></article></main><script>alert(21)</script>',
  '{quote}',
  '!javascript:alert(22)! !x.png|onerror=alert(23)! !https://evil.example/t.png|alt="><script>alert(24)</script>!',
  '(x) ^<b onclick=alert(25)>^ ~<i>~ ??<u>?? https://ok2.example/"onmouseover="alert(26) {color:red;background:url(javascript:alert(27))}t{color}',
].join('\n');

for (const mode of ['webview', 'export'] as const) {
  describe(`render: a hostile wiki markup document cannot escape the report (${mode})`, () => {
    const html = renderPostmortem(hostileWiki, { now: Date.parse('2026-01-15T12:00:00Z') }, mode === 'webview' ? webview : { mode });
    const body = html.slice(html.indexOf('<article'));

    it('is rendered as wiki markup', () => {
      assert.match(body, /<h2 data-line="5" id="links">Links<\/h2>/);
      assert.match(body, /<blockquote data-line="20">/);
    });

    it('has no script but our one nonce’d script, no event handler, no javascript:, vbscript: or data: URL in any tag', () => {
      assert.deepStrictEqual(html.match(/<script\b[^>]*>/gi) ?? [], mode === 'webview' ? [`<script nonce="${NONCE}" src="vscode-webview://abc/dist/webview/preview.js">`] : []);
      for (const t of tags(html)) {
        assert.doesNotMatch(t.attrs, /(^|\s)on\w+\s*=/i, `<${t.name}${t.attrs}>`);
        assert.doesNotMatch(t.attrs, /(javascript|vbscript|data):/i, `<${t.name}${t.attrs}>`);
      }
    });

    it('only uses the tags a wiki body renders to, keeps one style element and no comment', () => {
      const allowed = new Set(['h1', 'h2', 'h3', 'p', 'a', 'code', 'pre', 'strong', 'em', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ol', 'li', 'blockquote', 'article', 'br',
        'span', 'sup', 'sub', 'cite', ...(mode === 'export' ? ['img'] : [])]);
      for (const t of tags(body.slice(0, body.indexOf('</article>')))) assert.ok(allowed.has(t.name), `unexpected <${t.name}${t.attrs}>`);
      assert.strictEqual((html.match(/<style\b/gi) ?? []).length, 1);
      assert.doesNotMatch(html, /<!--/);
      assert.strictEqual((html.match(/<\/main>/g) ?? []).length, 1);
    });

    it('shows the hostile text as text and keeps only safe links', () => {
      assert.match(body, /<h1 data-line="1" id="scriptalert1script-title">&lt;script&gt;alert\(1\)&lt;\/script&gt; title<\/h1>/);
      assert.match(body, /\[click\|javascript:alert\(3\)\]/);
      assert.match(body, /<a href="https:\/\/ok\.example">&quot; onclick=&quot;alert\(10\)<\/a>/);
      assert.match(body, /<code>&lt;\/code&gt;&lt;script&gt;alert\(11\)&lt;\/script&gt;<\/code>/);
      assert.match(body, /<pre><code data-line="12">&lt;script&gt;alert\(17\)&lt;\/script&gt;\n<\/code><\/pre>/);
      assert.match(body, /!javascript:alert\(22\)!/);
      assert.match(body, /<sup>&lt;b onclick=alert\(25\)&gt;<\/sup> <sub>&lt;i&gt;<\/sub> <cite>&lt;u&gt;<\/cite>/);
      const links = ['https://e.example/%22%20onmouseover=%22alert(9)', 'https://ok.example', ...(mode === 'webview' ? ['x.png'] : []), 'https://ok2.example/'];
      assert.deepStrictEqual([...body.matchAll(/<a (?:class="pm-image" )?href="([^"]*)"/g)].map((m) => m[1]), links);
      assert.match(body, mode === 'webview' ? /<a class="pm-image" href="x.png" title="Open the image">image \(x.png\)<\/a>/ : /<img src="x.png" alt="" loading="lazy">/);
      assert.match(body, /title="Remote image not loaded">&quot;&gt;&lt;script&gt;alert\(24\)&lt;\/script&gt; \(https:\/\/evil.example\/t.png\)<\/span>/);
    });
  });
}
