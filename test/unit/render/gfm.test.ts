import * as assert from 'assert';
import { renderWholeBody } from '../../../src/core/render/body';

const options = { mode: 'webview' as const };
const p = (html: string) => `<p data-line="1">${html}</p>\n`;
const a = (href: string, text = href) => `<a href="${href}">${text}</a>`;
const box = (checked: boolean) => `<input class="task-list-item-checkbox" type="checkbox" disabled${checked ? ' checked' : ''}>`;

// Markdown as postmortems write it, and the HTML GitHub shows for it (in our markup)
const cases: [string, string][] = [
  // bare URLs, `www.` and e-mail addresses are links; sentence punctuation and an unopened `)` are not part of them
  ['See https://status.example.com/incidents/123.', p(`See ${a('https://status.example.com/incidents/123')}.`)],
  ['www.example.com/status and WWW.EXAMPLE.ORG', p(`${a('http://www.example.com/status', 'www.example.com/status')} and ${a('http://WWW.EXAMPLE.ORG', 'WWW.EXAMPLE.ORG')}`)],
  ['Paged oncall@example.com', p(`Paged ${a('mailto:oncall@example.com', 'oncall@example.com')}`)],
  ['(https://en.wikipedia.org/wiki/Thundering_herd_(problem))', p(`(${a('https://en.wikipedia.org/wiki/Thundering_herd_(problem)')})`)],
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
];

describe('render: GitHub Markdown extensions', () => {
  for (const [text, html] of cases) {
    it(`renders ${JSON.stringify(text)}`, () => assert.strictEqual(renderWholeBody(text, options), html));
  }

  it('links a long run of URLs and task items in linear time', () => {
    const text = `${'https://a.example/x www.b.com c@d.com main.py '.repeat(10_000)}\n\n${'- [ ] item\n'.repeat(10_000)}`;
    const started = Date.now();
    const html = renderWholeBody(text, options);
    assert.strictEqual(html.split('<a href').length - 1, 30_000);
    assert.strictEqual(html.split('type="checkbox"').length - 1, 10_000);
    assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
  });
});
