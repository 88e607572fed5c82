import * as assert from 'assert';
import { renderReport, renderReportContent } from '../../../src/core/render';
import { analyze } from '../../../src/core/analysis';
import { analysis, entry, resolved, seedAnalysis } from './builder';

const webview = { mode: 'webview' as const, nonce: 'abcdefghijklmnopqrstuv', cspSource: 'https://file+.vscode-resource.vscode-cdn.net', scriptUri: 'https://x.invalid/preview.js' };

/** The text content of the element with `id` (tags stripped). */
function textOf(html: string, id: string): string {
  const m = new RegExp(`id="${id}"[^>]*>([\\s\\S]*?)</(div|dd|h1|span|section)>`).exec(html);
  assert.ok(m, `no element #${id}`);
  return m[1].replace(/<[^>]+>/g, '');
}

describe('render: header card', () => {
  it('shows the title and the duration of the user example in large type', () => {
    const html = renderReportContent({ analysis: seedAnalysis(), findings: [], text: '# Postmortem\n' }, { mode: 'export' });
    assert.strictEqual(textOf(html, 'pm-title'), 'Postmortem');
    assert.strictEqual(textOf(html, 'pm-duration'), '4 h 21 min');
  });

  it('shows start and end in the document zone and in UTC', () => {
    const html = renderReportContent({ analysis: seedAnalysis(), findings: [], text: '' }, { mode: 'export' });
    const start = textOf(html, 'pm-start');
    assert.match(start, /Mon 27 Sep 2021 15:06 (EDT )?\(UTC−04:00\)/);
    assert.match(start, /Mon 27 Sep 2021 19:06 UTC/);
    assert.match(textOf(html, 'pm-end'), /19:27 (EDT )?\(UTC−04:00\).*23:27 UTC/);
    assert.match(html, /<time datetime="2021-09-27T19:06:00.000Z">/);
  });

  it('shows a UTC time once, and fixed offsets as written', () => {
    const utc = resolved('2024-03-12T14:02Z', 5, '2024-03-12T14:02:00Z');
    const india = resolved('10:30 IST', 6, '2024-03-12T05:00:00Z', 330, '+05:30');
    const html = renderReportContent({ analysis: analysis({ metrics: { start: { time: utc, source: 'field' }, end: { time: india, source: 'field' } } }), findings: [], text: '' }, { mode: 'export' });
    assert.strictEqual(textOf(html, 'pm-start'), 'StartTue 12 Mar 2024 14:02 UTC');
    assert.match(textOf(html, 'pm-end'), /Tue 12 Mar 2024 10:30 \(UTC\+05:30\)Tue 12 Mar 2024 05:00 UTC/);
  });

  it('names the zone as written when it is not an IANA zone', () => {
    const start = { ...resolved('3:06 PM EST', 3, '2021-09-27T20:06:00Z', -300, '-05:00'), zoneText: 'EST' };
    const html = renderReportContent({ analysis: analysis({ metrics: { start: { time: start, source: 'field' } } }), findings: [], text: '' }, { mode: 'export' });
    assert.strictEqual(textOf(html, 'pm-start'), 'StartMon 27 Sep 2021 15:06 EST (UTC−05:00)Mon 27 Sep 2021 20:06 UTC');
  });

  it('names a time read in the zone the document declares by the abbreviation it declares', () => {
    const text = ['# Outage', '', '## Timeline', '', 'All times are PDT.', '', '- 2024-05-14 11:48 AM - Outage begins.', '- 2024-05-14 1:05 PM - Outage ends.'].join('\n');
    const html = renderReportContent({ analysis: analyze(text, { now: Date.UTC(2026, 0, 1) }), findings: [], text }, { mode: 'export' });
    assert.strictEqual(textOf(html, 'pm-start'), 'StartTue 14 May 2024 11:48 PDT (UTC−07:00)Tue 14 May 2024 18:48 UTC');
    assert.strictEqual(textOf(html, 'pm-end'), 'EndTue 14 May 2024 13:05 PDT (UTC−07:00)Tue 14 May 2024 20:05 UTC');
    // an offset or an IANA zone declared is shown as before (no name; the platform's short name)
    const offset = text.replace('All times are PDT.', 'All times are UTC-07:00.');
    assert.strictEqual(textOf(renderReportContent({ analysis: analyze(offset, { now: Date.UTC(2026, 0, 1) }), findings: [], text: offset }, { mode: 'export' }), 'pm-end'),
      'EndTue 14 May 2024 13:05 (UTC−07:00)Tue 14 May 2024 20:05 UTC');
  });

  const metrics: [string, string, object, string][] = [
    ['pm-ttd', 'detected − start', { timeToDetectMinutes: 12 }, '12 min'],
    ['pm-ttm', 'mitigated − start', { timeToMitigateMinutes: 95 }, '1 h 35 min'],
    ['pm-ttr', 'resolved − start', { timeToResolveMinutes: 1505 }, '1 d 1 h 5 min'],
  ];
  for (const [id, formula, m, shown] of metrics) {
    it(`shows #${id} as "${shown}" with its formula as tooltip`, () => {
      const html = renderReportContent({ analysis: analysis({ metrics: m }), findings: [], text: '' }, { mode: 'export' });
      assert.match(html, new RegExp(`id="${id}" title="[^"]*${formula}`));
      assert.strictEqual(textOf(html, id).replace(/^Time to (detect|mitigate|resolve)/, ''), shown);
    });
  }

  it('says when the duration is the one the document states, for want of a start or an end', () => {
    const durationStated = { minutes: 45, text: '45 minutes', range: { start: { line: 4, column: 15 }, end: { line: 4, column: 25 } }, hedged: false };
    const html = renderReportContent({ analysis: analysis({ metrics: { durationMinutes: 45, durationLabel: '45 min', durationStated } }), findings: [], text: '' }, { mode: 'export' });
    assert.strictEqual(textOf(html, 'pm-duration'), '45 min');
    assert.strictEqual(textOf(html, 'pm-duration-stated'), 'as stated (no start or end to compute it from)');
    assert.match(html, /class="pm-duration-box" title="Outage duration as the Duration field states it[^"]*" data-line="4">/);
    const computed = renderReportContent({ analysis: seedAnalysis(), findings: [], text: '' }, { mode: 'export' });
    assert.doesNotMatch(computed, /pm-duration-stated/);
  });

  it('says unknown when a metric or a time is not known', () => {
    const html = renderReportContent({ analysis: analysis(), findings: [], text: '' }, { mode: 'export', fileName: 'incident.md' });
    assert.strictEqual(textOf(html, 'pm-duration'), 'unknown');
    assert.strictEqual(textOf(html, 'pm-title'), 'incident.md');
    assert.match(textOf(html, 'pm-start'), /not stated/);
    assert.match(textOf(html, 'pm-ttd'), /unknown/);
  });

  it('shows severity and status from the front matter', () => {
    const a = analysis({ model: { frontMatter: { range: { start: { line: 1, column: 1 }, end: { line: 4, column: 4 } }, data: { severity: 'SEV1', status: 'draft' }, entries: [], problems: [] } } });
    const html = renderReportContent({ analysis: a, findings: [], text: '---\nseverity: SEV1\nstatus: draft\n---\n# T\n' }, { mode: 'export' });
    assert.match(html, /id="pm-severity"><span class="pm-badge-label">Severity<\/span> SEV1<\/span>/);
    assert.match(html, /id="pm-status"><span class="pm-badge-label">Status<\/span> draft<\/span>/);
    assert.doesNotMatch(html, /<hr/, 'front matter is not rendered as Markdown');
    assert.match(html, /<h1 data-line="5" id="t">T<\/h1>/);
  });

  it('shows a postmortem quoted whole in a code fence as the Markdown it quotes', () => {
    const text = '```markdown\n# Checkout outage\n\n## Timeline\n- 14:02 UTC - Alert fired\n\n```bash\nkubectl rollout undo\n```\n```\n';
    const a = analysis({ model: { quotingFence: { open: 1, close: 10 } } });
    const html = renderReportContent({ analysis: a, findings: [], text }, { mode: 'export' });
    assert.match(html, /<h1 data-line="2" id="checkout-outage">Checkout outage<\/h1>/);
    assert.match(html, /<h2 data-line="4" id="timeline">Timeline<\/h2>/);
    assert.match(html, /<code data-line="7" class="language-bash">kubectl rollout undo\n<\/code>/, 'a code block inside stays code');
    assert.doesNotMatch(html, /language-markdown/);
  });

  it('names the document zone and where it came from', () => {
    const html = renderReportContent({ analysis: seedAnalysis(), findings: [], text: '' }, { mode: 'export' });
    assert.match(textOf(html, 'pm-zone'), /read in America\/New_York \(“Eastern Standard Time”\)/);
  });
});

describe('render: whole page', () => {
  it('puts one nonce on the one script and the style block in webview mode', () => {
    const html = renderReport({ analysis: seedAnalysis(), findings: [], text: '# Postmortem' }, { ...webview, state: { uri: 'file:///a.md', line: 3 } });
    assert.match(html, /content="default-src &#39;none&#39;; style-src https:\/\/file\+\.vscode-resource\.vscode-cdn\.net &#39;nonce-abcdefghijklmnopqrstuv&#39;; script-src &#39;nonce-abcdefghijklmnopqrstuv&#39;/);
    assert.deepStrictEqual(html.match(/<script[^>]*>/g), ['<script nonce="abcdefghijklmnopqrstuv" src="https://x.invalid/preview.js">']);
    assert.match(html, /<style nonce="abcdefghijklmnopqrstuv">/);
    assert.match(html, /data-state="\{&quot;uri&quot;:&quot;file:\/\/\/a\.md&quot;,&quot;line&quot;:3\}"/);
  });

  it('refuses a webview page without a proper nonce', () => {
    assert.throws(() => renderReport({ analysis: seedAnalysis(), findings: [], text: '' }, { ...webview, nonce: 'x"><script>' }));
    assert.throws(() => renderReport({ analysis: seedAnalysis(), findings: [], text: '' }, { ...webview, nonce: undefined }));
  });

  it('exports a self-contained page: inline CSS with fallbacks, no script, no external resource', () => {
    const html = renderReport({ analysis: seedAnalysis(), findings: [], text: '# Postmortem\n\n![x](https://evil.example/p.png)' }, { mode: 'export', footer: 'Generated from a.md' });
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<link/i);
    assert.doesNotMatch(html, /(src|href)="https?:/);
    assert.match(html, /var\(--vscode-editor-foreground, #1f2328\)/);
    assert.match(html, /<html lang="en" class="pm-export">/);
    assert.match(html, /<footer class="pm-footer">Generated from a\.md<\/footer>/);
    assert.match(html, /<title>Postmortem<\/title>/);
  });

  it('renders the timeline entries with offsets and the action items', () => {
    const a = seedAnalysis();
    a.timeline = [entry(10, resolved('15:06', 10, '2021-09-27T19:06:00Z', -240), 'Customers call', 0)];
    a.actionItems = [{ line: 20, range: { start: { line: 20, column: 1 }, end: { line: 20, column: 9 } }, text: 'Limit the tool', done: true, owner: { text: '@ana', range: { start: { line: 20, column: 1 }, end: { line: 20, column: 5 } } } }];
    const html = renderReportContent({ analysis: a, findings: [], text: '' }, { mode: 'export' });
    assert.match(html, /<li class="pm-tl-entry" data-line="10"><span class="pm-offset">T\+00:00<\/span>/);
    assert.match(html, /<tr data-line="20"><td class="pm-ai-text">Limit the tool<\/td><td class="pm-ai-owner">@ana<\/td><td class="pm-ai-due"><span class="pm-unknown">—<\/span><\/td><td class="pm-ai-done"><span class="pm-done"/);
    assert.match(html, /1\/1 done/);
  });
});
