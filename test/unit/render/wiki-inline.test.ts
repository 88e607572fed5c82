import * as assert from 'assert';
import { renderWikiInline } from '../../../src/core/render/wiki-inline';

/** The HTML of one line of wiki inline markup, in the preview or in an export. */
function inline(line: string, mode: 'webview' | 'export' = 'webview'): string {
  return renderWikiInline(line, 0, line.length, { mode }).html;
}

const open = (src: string, label: string) => `<a class="pm-image" href="${src}" title="Open the image">${label}</a>`;
const dropped = (label: string) => `<span class="pm-image pm-image-dropped" title="Remote image not loaded">${label}</span>`;
const face = (symbol: string, label: string, off = '') => `<span class="pm-emoticon${off}" role="img" aria-label="${label}">${symbol}</span>`;
const a = (url: string, text = url) => `<a href="${url}">${text}</a>`;

// wiki lines as Jira and Confluence write them (and as attackers might), and the HTML the preview shows
const cases: [string, string][] = [
  // images: a relative one opens on click, a remote one is named, never loaded; only `alt` of the parameters is kept
  ['!diagram.png!', open('diagram.png', 'image (diagram.png)')],
  ['!https://grafana.example.com/render/p99.png|alt=Graph,width=300!', dropped('Graph (https://grafana.example.com/render/p99.png)')],
  ['See !image.png|thumbnail! above', `See ${open('image.png', 'image (image.png)')} above`],
  ['!Screen Shot 2024-05-14 at 14.02.PNG|thumbnail!',
    open('Screen%20Shot%202024-05-14%20at%2014.02.PNG', 'image (Screen%20Shot%202024-05-14%20at%2014.02.PNG)')],
  ['(!diagrams/flow.svg|alt="Request flow"!)', `(${open('diagrams/flow.svg', 'Request flow (diagrams/flow.svg)')})`],
  ['!javascript:alert(1)!', '!javascript:alert(1)!'],
  ['!javascript:alert(1)//x.png!', '!javascript:alert(1)//x.png!'],
  ['!x.png|onerror=alert(1)!', open('x.png', 'image (x.png)')],
  ['!x.png|alt=" onerror="alert(1)!', open('x.png', '&quot; onerror=&quot;alert(1) (x.png)')],
  ['!x.png" onerror="alert(1).png!', open('x.png%22%20onerror=%22alert(1).png', 'image (x.png%22%20onerror=%22alert(1).png)')],
  // `!` in prose is no image: after a word, before a blank, or around something that is not an image
  ['Deploy failed! Rolled back! Paged!!', 'Deploy failed! Rolled back! Paged!!'],
  ['!important! and ! spaced.png!', '!important! and ! spaced.png!'],
  // emoticons at a word's edge; in a word, a call or code they are text
  ['(y) approved, (n) rejected, (i) see notes', `${face('👍', 'yes')} approved, ${face('👎', 'no')} rejected, ${face('ℹ️', 'information')} see notes`],
  ['(/) done (x) failed (!) careful (?) unsure', `${face('✅', 'done')} done ${face('❌', 'error')} failed ${face('⚠️', 'warning')} careful ${face('❓', 'question')} unsure`],
  ['(on) (off) (*) :) :(', `${face('💡', 'light on')} ${face('💡', 'light off', ' pm-emoticon-off')} ${face('⭐', 'star')} ${face('🙂', 'smile')} ${face('🙁', 'sad')}`],
  ['f(x) and retry(n), a:) (xx) (Y)', 'f(x) and retry(n), a:) (xx) (Y)'],
  ['{{if (x) :)}} and {{(y)}}', '<code>if (x) :)</code> and <code>(y)</code>'],
  // bare URLs are links; sentence punctuation and an unopened `)` after them are not part of them
  ['Status page: https://status.example.com/incidents/123.', `Status page: ${a('https://status.example.com/incidents/123')}.`],
  ['(see https://en.wikipedia.org/wiki/Thundering_herd_(problem))', `(see ${a('https://en.wikipedia.org/wiki/Thundering_herd_(problem)')})`],
  ['https://grafana.example.com/d/x?from=now-1h:)&to=now, then', `${a('https://grafana.example.com/d/x?from=now-1h:)&amp;to=now')}, then`],
  ['HTTP://OLD.EXAMPLE.COM/A and xhttps://no.example', `${a('HTTP://OLD.EXAMPLE.COM/A')} and xhttps://no.example`],
  ['https://a.example/"onmouseover="alert(1) <b>x</b>', `${a('https://a.example/')}&quot;onmouseover=&quot;alert(1) &lt;b&gt;x&lt;/b&gt;`],
  ['*https://a.example/x* and _see https://b.example/snake_case_path_', `<strong>${a('https://a.example/x')}</strong> and <em>see ${a('https://b.example/snake_case_path')}</em>`],
  ['[runbook|https://wiki.example.com/rb] [https://a.example] [a|javascript:x]', `${a('https://wiki.example.com/rb', 'runbook')} ${a('https://a.example')} [a|javascript:x]`],
  ['[see (x) and https://b.example|https://a.example]', `${a('https://a.example', `see ${face('❌', 'error')} and https://b.example`)}`],
  // superscript and subscript, also in a word; a lone `~` or `^` is text, and so is `~` for "about"
  ['x^2^ and 10^6^ requests, H~2~O', 'x<sup>2</sup> and 10<sup>6</sup> requests, H<sub>2</sub>O'],
  ['a~b in prose, ~/.ssh/config and ~/.kube, ^C to stop', 'a~b in prose, ~/.ssh/config and ~/.kube, ^C to stop'],
  ['latency rose from ~200 ms to ~2 s', 'latency rose from ~200 ms to ~2 s'],
  ['~/.ssh, then H~2~O and x^2^ after ^C', '~/.ssh, then H<sub>2</sub>O and x<sup>2</sup> after ^C'],
  ['^see note^ and ~as of 14:02~', '<sup>see note</sup> and <sub>as of 14:02</sub>'],
  // citations, not questions
  ['??Site Reliability Engineering??, chapter 12', '<cite>Site Reliability Engineering</cite>, chapter 12'],
  ['Why?? Who knew ?? nobody', 'Why?? Who knew ?? nobody'],
  // colours: the text stays, the colour never reaches the HTML
  ['{color:red}TODO{color} and {color:#ff0000}hex{color}', 'TODO and hex'],
  ['{color:red;background:url(x)}text{color}', 'text'],
  ['{color:red" onmouseover="alert(1)}x{color}', 'x'],
];

describe('render: wiki inline markup', () => {
  for (const [line, html] of cases) {
    it(`renders ${JSON.stringify(line)}`, () => assert.strictEqual(inline(line), html));
  }

  it('loads a relative image in an export, and never a remote one', () => {
    assert.strictEqual(inline('!diagram.png|alt="Error rate"!', 'export'), '<img src="diagram.png" alt="Error rate" loading="lazy">');
    assert.strictEqual(inline('!https://cdn.example.com/x.png!', 'export'), dropped('image (https://cdn.example.com/x.png)'));
  });

  it('keeps a heading slug free of emoticons, with an image its alt', () => {
    assert.strictEqual(renderWikiInline('(i) Notes', 0, 9).text, ' Notes');
    assert.strictEqual(renderWikiInline('!a.png|alt=Flow!', 0, 16).text, 'Flow');
  });
});
