import * as assert from 'assert';
import { renderWholeBody } from '../../../src/core/render/body';

const options = { mode: 'webview' as const };
const p = (html: string) => `<p data-line="1">${html}</p>\n`;
const a = (href: string, text = href) => `<a href="${href}">${text}</a>`;
const ref = (n: number, first = true) => `<sup><a href="#pm-fn-${n}"${first ? ` id="pm-fnref-${n}"` : ''} class="footnote-ref">${n}</a></sup>`;
const back = (n: number) => ` <a href="#pm-fnref-${n}" class="footnote-backref" aria-label="Back to reference ${n}">↩</a>`;
const note = (n: number, line: number, html: string) => `<li id="pm-fn-${n}" data-reveal-line="${line}">\n${html}\n</li>\n`;
const notes = (line: number, items: string) => `<section class="footnotes" data-line="${line}">\n<ol data-line="${line}">\n${items}</ol>\n</section>\n`;
const box = (checked: boolean) => `<input class="task-list-item-checkbox" type="checkbox" disabled${checked ? ' checked' : ''}>`;

// Markdown as postmortems write it, and the HTML GitHub shows for it (in our markup)
const cases: [string, string][] = [
  // bare URLs, `www.` and e-mail addresses are links; sentence punctuation and an unopened `)` are not part of them
  ['See https://status.example.com/incidents/123.', p(`See ${a('https://status.example.com/incidents/123')}.`)],
  // `www.` in lower case, as the GFM spec writes it and cmark-gfm reads it: `WWW.` is text
  ['www.example.com/status and WWW.EXAMPLE.ORG', p(`${a('http://www.example.com/status', 'www.example.com/status')} and WWW.EXAMPLE.ORG`)],
  // `www.` and a valid domain is a link whatever its top-level domain, as on GitHub; `www.` and one word is not
  ['Status at www.b.example/incidents/7, www.status.internal.', p(`Status at ${a('http://www.b.example/incidents/7', 'www.b.example/incidents/7')}, ${a('http://www.status.internal', 'www.status.internal')}.`)],
  ['(www.ops.corp) *www.wiki.lan* www.x and www.', p(`(${a('http://www.ops.corp', 'www.ops.corp')}) <em>${a('http://www.wiki.lan', 'www.wiki.lan')}</em> www.x and www.`)],
  // the GFM spec's www autolinks (Autolinks (extension)): `http://` added, trailing punctuation and an unmatched `)` left out
  ['www.commonmark.org', p(a('http://www.commonmark.org', 'www.commonmark.org'))],
  ['Visit www.commonmark.org/help for more information.', p(`Visit ${a('http://www.commonmark.org/help', 'www.commonmark.org/help')} for more information.`)],
  ['Visit www.commonmark.org.\n\nVisit www.commonmark.org/a.b.', `${p(`Visit ${a('http://www.commonmark.org', 'www.commonmark.org')}.`)}<p data-line="3">Visit ${a('http://www.commonmark.org/a.b', 'www.commonmark.org/a.b')}.</p>\n`],
  ['(www.google.com/search?q=Markup+(business))', p(`(${a('http://www.google.com/search?q=Markup+(business)', 'www.google.com/search?q=Markup+(business)')})`)],
  ['www.commonmark.org/he<lp', p(`${a('http://www.commonmark.org/he', 'www.commonmark.org/he')}&lt;lp`)],
  // the rest of the spec's examples (extended autolink path validation): `~` and `.` inside the path; a trailing `)`
  // left out while the link has more `)` than `(`, and only a trailing one; an entity reference at the end left out
  ['Visit www.commonmark.org/~jm/foo/bar.pdf.', p(`Visit ${a('http://www.commonmark.org/~jm/foo/bar.pdf', 'www.commonmark.org/~jm/foo/bar.pdf')}.`)],
  ['www.google.com/search?q=Markup+(business)\n\nwww.google.com/search?q=Markup+(business)))\n\n(www.google.com/search?q=Markup+(business))\n\n(www.google.com/search?q=Markup+(business)',
    [1, 3, 5, 7].map((line, k) => `<p data-line="${line}">${k > 1 ? '(' : ''}${a('http://www.google.com/search?q=Markup+(business)', 'www.google.com/search?q=Markup+(business)')}${['', '))', ')', ''][k]}</p>\n`).join('')],
  ['www.google.com/search?q=(business))+ok', p(a('http://www.google.com/search?q=(business))+ok', 'www.google.com/search?q=(business))+ok'))],
  ['www.google.com/search?q=commonmark&hl=en\n\nwww.google.com/search?q=commonmark&hl;',
    `${p(a('http://www.google.com/search?q=commonmark&amp;hl=en', 'www.google.com/search?q=commonmark&amp;hl=en'))}<p data-line="3">${a('http://www.google.com/search?q=commonmark', 'www.google.com/search?q=commonmark')}&amp;hl;</p>\n`],
  // trailing punctuation, emphasis markers and quotes are left out, as cmark-gfm does; a `;` that ends no entity too
  ['See www.example.com/runbook_, www.example.com/a* and www.example.com/x; www.example.com/"q" www.example.com/a?!',
    p(`See ${a('http://www.example.com/runbook', 'www.example.com/runbook')}_, ${a('http://www.example.com/a', 'www.example.com/a')}* and ${a('http://www.example.com/x', 'www.example.com/x')}; ${a('http://www.example.com/%22q', 'www.example.com/&quot;q')}&quot; ${a('http://www.example.com/a', 'www.example.com/a')}?!`)],
  // every character up to a blank or `<` is the link's before the trailing ones are left out
  ["the host is www.example.com's, www.example.com:8443/x.", p(`the host is ${a("http://www.example.com's", "www.example.com's")}, ${a('http://www.example.com:8443/x', 'www.example.com:8443/x')}.`)],
  // what may stand before `www.`: a line's start, a blank, `*`, `_`, `~` or `(`; not a quote, `[`, `=` or `:`
  ['"www.example.com" \'www.example.com\' [www.example.com] a=www.example.com', p('&quot;www.example.com&quot; \'www.example.com\' [www.example.com] a=www.example.com')],
  ['~www.example.com and x_www.example.com', p(`~${a('http://www.example.com', 'www.example.com')} and x_${a('http://www.example.com', 'www.example.com')}`)],
  // a period and a segment after it in the domain: `www.x.` is no link, as `www.x` is not
  ['www.x. www.. www.a.b', p(`www.x. www.. ${a('http://www.a.b', 'www.a.b')}`)],
  // a valid domain: underscores in any segment but the last two (`www.a_b.example.com`; not `www.aaa_bbb.ccc`, whose
  // `aaa_bbb` is the last but one), and anywhere in the path (`/a.b_c`)
  ['www.a_b.example.com/status', p(a('http://www.a_b.example.com/status', 'www.a_b.example.com/status'))],
  ['www._xxx.yyy.zzz www.aaa_aaa.bbb.ccc.ddd www.aaa.bbb_bbb.ccc.ddd', p([a('http://www._xxx.yyy.zzz', 'www._xxx.yyy.zzz'), a('http://www.aaa_aaa.bbb.ccc.ddd', 'www.aaa_aaa.bbb.ccc.ddd'), a('http://www.aaa.bbb_bbb.ccc.ddd', 'www.aaa.bbb_bbb.ccc.ddd')].join(' '))],
  ['www.aaa_bbb.ccc www.aaa.bbb.ccc_ccc www.aaa.bbb.ccc.ddd_ddd www.aaa.bbb.ccc_ccc.ddd', p('www.aaa_bbb.ccc www.aaa.bbb.ccc_ccc www.aaa.bbb.ccc.ddd_ddd www.aaa.bbb.ccc_ccc.ddd')],
  // an underscore in the last two segments makes no link at all, not a shorter one (`www.xxx` of `www.xxx._yyy.zzz`)
  ['www.xxx._yyy.zzz www.example.com._x www.example.com_x www.a_b', p('www.xxx._yyy.zzz www.example.com._x www.example.com_x www.a_b')],
  ['See www.commonmark.org/a.b_c, www.ops_tools.corp.example/x_y.', p(`See ${a('http://www.commonmark.org/a.b_c', 'www.commonmark.org/a.b_c')}, ${a('http://www.ops_tools.corp.example/x_y', 'www.ops_tools.corp.example/x_y')}.`)],
  // only at a word's edge (after a blank, `(`, `*`, `_` or `~`), and never an unsafe one
  ['foo.www.b.example and see:www.b.example', p('foo.www.b.example and see:www.b.example')],
  ['`code`www.b.example [a](https://a.example)www.b.example', p(`<code>code</code>www.b.example ${a('https://a.example', 'a')}www.b.example`)],
  ['Paged oncall@example.com', p(`Paged ${a('mailto:oncall@example.com', 'oncall@example.com')}`)],
  ['(https://en.wikipedia.org/wiki/Thundering_herd_(problem))', p(`(${a('https://en.wikipedia.org/wiki/Thundering_herd_(problem)')})`)],
  // an address is shown as written (markdown-it decoded `%22` and `%0A` into the text), also in `<...>`
  ['Logs: https://logs.example.org/q?f=pod%3D%22a%22%0A <https://x.example/a%20b>',
    p(`Logs: ${a('https://logs.example.org/q?f=pod%3D%22a%22%0A')} ${a('https://x.example/a%20b')}`)],
  // a domain without `www.`, a file name, a host name and `//host` are not links on GitHub
  ['example.com, main.py, README.md, db-01.internal and //cdn.example.com', p('example.com, main.py, README.md, db-01.internal and //cdn.example.com')],
  // unsafe schemes stay text; code and written links are left alone
  ['javascript:alert(1) and ftp://files.example.com/x', p('javascript:alert(1) and ftp://files.example.com/x')],
  ['`https://in.code.example` [docs](https://a.example) <https://b.example>', p(`<code>https://in.code.example</code> ${a('https://a.example', 'docs')} ${a('https://b.example')}`)],
  ['https://a.example/"onmouseover="x <b>', p(`${a('https://a.example/%22onmouseover=%22x', 'https://a.example/&quot;onmouseover=&quot;x')} &lt;b&gt;`)],
  // task lists: a disabled checkbox, ticked for [x] and [X]
  ['- [ ] Add a burn-rate alert\n- [x] Roll back',
    `<ul data-line="1" class="contains-task-list">\n<li data-line="1" class="task-list-item">${box(false)} Add a burn-rate alert</li>\n` +
    `<li data-line="2" class="task-list-item">${box(true)} Roll back</li>\n</ul>\n`],
  ['1. [X] Rotate the certificate\n2. Write the runbook',
    `<ol data-line="1" class="contains-task-list">\n<li data-line="1" class="task-list-item">${box(true)} Rotate the certificate</li>\n<li data-line="2">Write the runbook</li>\n</ol>\n`],
  ['- [ ] parent\n  - [x] child',
    `<ul data-line="1" class="contains-task-list">\n<li data-line="1" class="task-list-item">${box(false)} parent\n` +
    `<ul data-line="2" class="contains-task-list">\n<li data-line="2" class="task-list-item">${box(true)} child</li>\n</ul>\n</li>\n</ul>\n`],
  ['- [ ] loose\n\n- [x] items',
    `<ul data-line="1" class="contains-task-list">\n<li data-line="1" class="task-list-item">\n<p data-line="1">${box(false)} loose</p>\n</li>\n` +
    `<li data-line="3" class="task-list-item">\n<p data-line="3">${box(true)} items</p>\n</li>\n</ul>\n`],
  ['- [x] <script>alert(1)</script> https://x.example',
    `<ul data-line="1" class="contains-task-list">\n<li data-line="1" class="task-list-item">${box(true)} &lt;script&gt;alert(1)&lt;/script&gt; ${a('https://x.example')}</li>\n</ul>\n`],
  // not tasks: no text, another letter, not at the start, no blank after, bold, outside a list
  ['- [ ]\n- [y] x\n- text [ ] later\n- [x]no space\n- **[x]** bold',
    '<ul data-line="1">\n<li data-line="1">[ ]</li>\n<li data-line="2">[y] x</li>\n<li data-line="3">text [ ] later</li>\n' +
    '<li data-line="4">[x]no space</li>\n<li data-line="5"><strong>[x]</strong> bold</li>\n</ul>\n'],
  ['[ ] not in a list', p('[ ] not in a list')],
  // strikethrough is `~~`; a lone `~` is "about"
  ['~~Rolled back~~ Fixed forward in ~5 min', p('<s>Rolled back</s> Fixed forward in ~5 min')],
  // footnotes: numbered by first reference, listed at the end with a way back; the list carries the line after the
  // last block (scroll sync wants rising lines), each note its definition's line to reveal, the blocks in it none
  ['The pool ran out[^1].\n\n[^1]: See https://g.example.com.',
    p(`The pool ran out${ref(1)}.`) + notes(2, note(1, 3, `<p>See ${a('https://g.example.com')}.${back(1)}</p>`))],
  ['x[^b] and [^missing], [^a] and [^b] again\n\n[^a]: first\n[^b]: second',
    p(`x${ref(1)} and [^missing], ${ref(2)} and ${ref(1, false)} again`) +
    notes(2, note(1, 4, `<p>second${back(1)}</p>`) + note(2, 3, `<p>first${back(2)}</p>`))],
  ['[^pool]: Max 100\n    connections.\n\n    A *second* paragraph.\n[^unused]: never referred to\n\nSee[^POOL]',
    `<p data-line="7">See${ref(1)}</p>\n` +
    notes(8, note(1, 1, `<p>Max 100\nconnections.</p>\n<p>A <em>second</em> paragraph.${back(1)}</p>`))],
  ['[^ x]: not a note\n\n[^]: nor this, `[^1]` in code\n\n[^1]: never referred to',
    '<p data-line="1">[^ x]: not a note</p>\n<p data-line="3">[^]: nor this, <code>[^1]</code> in code</p>\n'],
];

describe('render: GitHub Markdown extensions', () => {
  for (const [text, html] of cases) {
    it(`renders ${JSON.stringify(text)}`, () => assert.strictEqual(renderWholeBody(text, options), html));
  }

  it('keeps the lines of the body rising to its end when notes are defined between its blocks (scroll sync)', () => {
    const html = renderWholeBody('# Impact\n\nCheckout failed[^db].\n\n[^db]: The primary\n    - failed over\n\n## Timeline\n\n- 14:02 Alert[^pager]\n\n[^pager]: PagerDuty\n\n## Root cause\n\nA bad config.\n', options);
    const lines = [...html.matchAll(/ data-line="(\d+)"/g)].map((m) => Number(m[1]));
    assert.deepStrictEqual(lines, [1, 3, 8, 10, 10, 14, 16, 17, 17]);
    assert.deepStrictEqual([...html.matchAll(/<li id="pm-fn-\d" data-reveal-line="(\d+)"/g)].map((m) => Number(m[1])), [5, 12]);
  });

  it('reads long `www.` domains with underscores in linear time', () => {
    for (const text of [`www.${'a_'.repeat(50_000)}.example.com`, `www.${'a_b.'.repeat(30_000)}c_d`, `www.${'a_b.'.repeat(30_000)}-`, `${'www.a_b.c '.repeat(20_000)}`,
      // a `www.` inside a domain turned down, after `_` (where it may start a link), and a run of `)` to leave out
      `${'_www.a_b'.repeat(30_000)}.c`, `www.a.com/(${')'.repeat(100_000)}`, `www.a.com/${'&a'.repeat(50_000)};`]) {
      const started = Date.now();
      renderWholeBody(text, options);
      assert.ok(Date.now() - started < 1000, `${text.slice(0, 20)}: ${Date.now() - started} ms`);
    }
  });

  it('links a long run of URLs, task items and footnotes in linear time', () => {
    const refs = Array.from({ length: 5_000 }, (_, i) => `x[^${i}]`).join(' ');
    const definitions = Array.from({ length: 5_000 }, (_, i) => `[^${i}]: note ${i}`).join('\n');
    const text = `${'https://a.example/x www.b.com c@d.com main.py '.repeat(5_000)}\n\n${'- [ ] item\n'.repeat(5_000)}\n${refs}\n\n${definitions}`;
    const started = Date.now();
    const html = renderWholeBody(text, options);
    assert.strictEqual(html.split('<a href').length - 1, 25_000);
    assert.strictEqual(html.split('type="checkbox"').length - 1, 5_000);
    // about 1 s on a busy machine; markdown-it's own linkify rule, splicing once per link, took over 10 s
    assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
  });
});
