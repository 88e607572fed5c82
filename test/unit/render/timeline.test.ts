import * as assert from 'assert';
import { formatMinutes, formatOffset, layoutTimeline, renderReportContent, TIMELINE_WIDTH, xOf } from '../../../src/core/render';
import { analyze } from '../../../src/core/analysis';
import { renderPostmortem } from '../../../src/core/render/document';
import { analysis, entry, resolved, seedAnalysis } from './builder';
import { tableHeaderFor } from '../model/helpers';

const at = (hhmm: string) => `2021-09-27T${hhmm}:00Z`;

describe('render: timeline placement', () => {
  it('places events at x proportional to time, the band on the outage window', () => {
    const a = seedAnalysis(); // 19:06 → 23:27 UTC
    a.timeline = [
      entry(10, resolved('15:06', 10, at('19:06'), -240), 'start'),
      entry(11, resolved('16:00', 11, at('20:00'), -240), 'one hour later'),
      entry(12, resolved('19:27', 12, at('23:27'), -240), 'end'),
    ];
    const layout = layoutTimeline(a)!;
    const [x0, x1, x2] = layout.points.map((p) => p.x);
    assert.ok(Math.abs((x1 - x0) / (x2 - x0) - 54 / 261) < 1e-9, 'x grows with time at a constant rate');
    assert.deepStrictEqual(layout.band, { x1: x0, x2 });
    const html = renderReportContent({ analysis: a, findings: [], text: '' }, { mode: 'export' });
    const cx = [...html.matchAll(/<circle class="pm-tl-dot" cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    assert.deepStrictEqual(cx, [x0, x1, x2].map((x) => Number(x.toFixed(1))));
    assert.match(html, /<g class="pm-tl-point" data-line="11">/);
    assert.match(html, /<rect class="pm-tl-band" id="pm-tl-band" x="40.0" y="42" width="920.0"/);
  });

  it('widens the axis for events before the start and after the end', () => {
    const a = seedAnalysis();
    a.timeline = [entry(8, resolved('14:06', 8, at('18:06'), -240), 'deploy', -60), entry(9, resolved('20:27', 9, at('00:27').replace('27T', '28T'), -240), 'all clear', 321)];
    const layout = layoutTimeline(a)!;
    assert.strictEqual(layout.points[0].x, 40);
    assert.strictEqual(layout.points[1].x, TIMELINE_WIDTH - 40);
    assert.ok(layout.band!.x1 > 40 && layout.band!.x2 < TIMELINE_WIDTH - 40);
    const html = renderReportContent({ analysis: a, findings: [], text: '' }, { mode: 'export' });
    assert.match(html, /<span class="pm-offset">T−01:00<\/span>/);
    assert.match(html, /<span class="pm-offset">T\+05:21<\/span>/);
  });

  it('shows a time corrected in place with its struck-through clock struck through', () => {
    const text = ['# X', '', '## Timeline', '', '- 2024-03-12 ~~14:30~~ 14:40 PDT - Outage begins', '- ~~15:00~~ 15:10 PDT - Resolved', ''].join('\n');
    const html = renderReportContent({ analysis: analyze(text, { now: Date.UTC(2026, 0, 1) }), findings: [], text }, { mode: 'export' });
    const times = [...html.matchAll(/<time class="pm-tl-time"[^>]*>(.*?)<\/time>/g)].map((m) => m[1]);
    assert.deepStrictEqual(times, ['2024-03-12 <del>14:30</del> 14:40 PDT', '15:10 PDT']);
  });

  it('leaves unknown times (??:??) off the band but lists them', () => {
    const a = seedAnalysis();
    a.timeline = [entry(10, { ...resolved('??:??', 10, at('19:06')), instant: undefined, unknown: true }, 'someone noticed')];
    assert.strictEqual(layoutTimeline(a)!.points.length, 0);
    const html = renderReportContent({ analysis: a, findings: [], text: '' }, { mode: 'export' });
    assert.match(html, /<span class="pm-offset pm-unknown">T\?<\/span><time class="pm-tl-time">\?\?:\?\?<\/time>/);
  });

  it('has no band and no section when nothing is timed', () => {
    assert.strictEqual(layoutTimeline(analysis()), undefined);
    assert.doesNotMatch(renderReportContent({ analysis: analysis(), findings: [], text: '' }, { mode: 'export' }), /pm-timeline/);
  });

  // timelines of offsets from a zero point (`T+3m`): with the zero point's clock, each entry shows it; without, the
  // band and the offsets come from the entries' offsets, and no clock is made up
  it('shows an anchored offset entry with its offset, as written, and its clock time', () => {
    const html = renderPostmortem(['# Game day', '', 'Date: 2024-05-14', '', '## Timeline', '', '- T+0: Primary killed (14:00 UTC)', '- T+3m: Alert fired', '- T+1h20m: Recovered'].join('\n'), { now: Date.UTC(2026, 0, 1) });
    assert.match(html, /<li class="pm-tl-entry" data-line="8"><span class="pm-offset">T\+00:03<\/span><time class="pm-tl-time" datetime="2024-05-14T14:03:00.000Z">T\+3m<\/time> <span class="pm-tl-clock">Tue 14 May 2024 14:03 UTC<\/span> <span class="pm-tl-text">Alert fired<\/span>/);
    assert.match(html, /id="pm-duration">1 h 20 min</);
    assert.match(html, /<rect class="pm-tl-band" id="pm-tl-band"/);
  });

  it('draws a timeline of offsets with no zero point on its offsets, and shows its metrics', () => {
    const html = renderPostmortem(['# Lockout', '', '## Timeline', '', '**T-0:00** - installed', '**T+0:26** - **INCIDENT START:** SSH times out', '**T+9:00** - **INCIDENT END:** rebuilt'].join('\n'), { now: Date.UTC(2026, 0, 1) });
    assert.match(html, /<li class="pm-tl-entry" data-line="5"><span class="pm-offset">T−00:26<\/span><time class="pm-tl-time">T-0:00<\/time> <span class="pm-tl-text">installed/);
    assert.match(html, /<li class="pm-tl-entry" data-line="7"><span class="pm-offset">T\+08:34<\/span><time class="pm-tl-time">T\+9:00<\/time> <span class="pm-tl-text">/);
    assert.doesNotMatch(html, /<span class="pm-tl-clock">/);
    assert.match(html, /id="pm-duration">8 h 34 min</);
    assert.strictEqual([...html.matchAll(/<circle class="pm-tl-dot"/g)].length, 3);
    assert.match(html, /<rect class="pm-tl-band" id="pm-tl-band"/);
  });

  // an entry timed by a delay after the entry before shows the time it computes, marked as computed, and the delay
  it('shows an entry timed by a delay with its computed clock time and the delay it adds', () => {
    const html = renderPostmortem(['# Checkout outage', '', 'Date: 2024-03-12', '', '## Timeline', '', '- 14:02 UTC - Outage begins', '- Five minutes later, the alert fires',
      '- About an hour later the queue has drained', '- A few minutes later, all clear'].join('\n'), { now: Date.UTC(2026, 0, 1) });
    assert.match(html, /<li class="pm-tl-entry" data-line="8"><span class="pm-offset">T\+00:05<\/span><time class="pm-tl-time" datetime="2024-03-12T14:07:00.000Z">Five minutes later<\/time> <span class="pm-tl-clock pm-tl-computed" title="computed: 5 min after the entry on line 7">Tue 12 Mar 2024 14:07 UTC \(\+5 min\)<\/span> <span class="pm-tl-text">the alert fires<\/span><\/li>/);
    assert.match(html, /<span class="pm-tl-clock pm-tl-computed" title="computed: about 1 h after the entry on line 8">≈ Tue 12 Mar 2024 15:07 UTC \(\+1 h\)<\/span>/);
    // a vague delay computes nothing: listed as written, with an unknown offset, off the band
    assert.match(html, /<li class="pm-tl-entry" data-line="10"><span class="pm-offset pm-unknown">T\?<\/span><time class="pm-tl-time">A few minutes later<\/time> <span class="pm-tl-text">all clear/);
    assert.deepStrictEqual([...html.matchAll(/<g class="pm-tl-point" data-line="(\d+)">/g)].map((m) => m[1]), ['7', '8', '9']);
    assert.match(html, /id="pm-ttd"[^>]*><dt>Time to detect<\/dt><dd>5 min</);
  });

  // a hedged clock is shown as written, its hedge kept, with how far off it may be in its tooltip
  const hedged: [string, string, string][] = [
    ['- ~14:05 UTC - Errors start', '~14:05 UTC', ' title="approximate: may be off by 5 min"'],
    ['- **≈14:05** - Errors start', '≈14:05', ' title="approximate: may be off by 5 min"'],
    ['- about 14:05 UTC - Errors start', 'about 14:05 UTC', ' title="approximate: may be off by 5 min"'],
    ['- 14:05-ish - Errors start', '14:05-ish', ' title="approximate: may be off by 5 min"'],
    ['- (approximately 2:05 PM) - Errors start', 'approximately 2:05 PM', ' title="approximate: may be off by 5 min"'],
    ['- around 2 PM - Errors start', 'around 2 PM', ' title="approximate: may be off by 15 min"'],
    ['| ~14:05 | Errors start |', '~14:05', ' title="approximate: may be off by 5 min"'],
    ['- 14:05 - Errors start about 14:00', '14:05', ''],
    // a hedge written after the clock, also in a table's time cell (`(approx.)`, `est.`)
    ['- 14:05 (approx.) - Errors start', '14:05 (approx.)', ' title="approximate: may be off by 5 min"'],
    ['| 14:05 (approx.) | Errors start |', '14:05 (approx.)', ' title="approximate: may be off by 5 min"'],
    ['| 14:05 UTC est. | Errors start |', '14:05 UTC est.', ' title="approximate: may be off by 5 min"'],
  ];
  for (const [line, shown, title] of hedged) {
    it(`shows ${JSON.stringify(line)} as ${JSON.stringify(shown)}`, () => {
      const table = tableHeaderFor(line);
      const html = renderPostmortem(['# Checkout outage', '', 'Date: 2024-03-12', '', '## Timeline', '', 'All times UTC.', '', ...table, line].join('\n'), { now: Date.UTC(2026, 0, 1) });
      const time = /<time class="pm-tl-time" datetime="[^"]+"([^>]*)>([^<]*)<\/time>/.exec(html);
      assert.deepStrictEqual([time?.[2], time?.[1]], [shown, title]);
    });
  }

  // a note a table's time cell writes after the time, after the time; a weekday there is part of the time
  const noted: [string, string, string | undefined][] = [
    ['| 14:05 (first page) | Errors start |', '14:05', '(first page)'],
    ['| 14:05 UTC per the LB logs | Errors start |', '14:05 UTC', 'per the LB logs'],
    ['| 14:05 Tue | Errors start |', '14:05 Tue', undefined],
    ['| 14:05 | Errors start |', '14:05', undefined],
  ];
  for (const [line, shown, note] of noted) {
    it(`shows ${JSON.stringify(line)} as ${JSON.stringify(shown)}${note ? ` and ${JSON.stringify(note)}` : ''}`, () => {
      const html = renderPostmortem(['# Checkout outage', '', 'Date: 2024-03-12', '', '## Timeline', '', 'All times UTC.', '', ...tableHeaderFor(line), line].join('\n'), { now: Date.UTC(2026, 0, 1) });
      const time = /<time class="pm-tl-time" datetime="[^"]+">([^<]*)<\/time>(?: <span class="pm-tl-note">([^<]*)<\/span>)? <span class="pm-tl-text">Errors start</.exec(html);
      assert.deepStrictEqual([time?.[1], time?.[2]], [shown, note]);
    });
  }

  it('shows a hedged clock that cannot be placed (no date anywhere) as written, with no tooltip', () => {
    const html = renderPostmortem(['# Checkout outage', '', '## Timeline', '', 'All times UTC.', '', '- approx. 14:05 - Errors start'].join('\n'), { now: Date.UTC(2026, 0, 1) });
    const time = /<time class="pm-tl-time"([^>]*)>([^<]*)<\/time>/.exec(html);
    assert.deepStrictEqual([time?.[2], time?.[1]], ['approx. 14:05', '']);
  });

  it('shows the delay alone on a timeline of offsets no zero anchors', () => {
    const html = renderPostmortem(['# Drill', '', '## Timeline', '', '- T+0: Primary killed', '- 5 minutes later, the alert fires'].join('\n'), { now: Date.UTC(2026, 0, 1) });
    assert.match(html, /<span class="pm-offset">T\+00:05<\/span><time class="pm-tl-time">5 minutes later<\/time> <span class="pm-tl-clock pm-tl-computed" title="computed: 5 min after the entry on line 5">\(\+5 min\)<\/span>/);
  });

  it('maps the ends of the axis to the padding', () => {
    assert.strictEqual(xOf(0, 0, 100), 40);
    assert.strictEqual(xOf(100, 0, 100), TIMELINE_WIDTH - 40);
  });
});

describe('render: formats', () => {
  const minutes: [number, string][] = [[0, '0 min'], [45, '45 min'], [60, '1 h'], [261, '4 h 21 min'], [1440, '1 d'], [1505, '1 d 1 h 5 min'], [-5, '−5 min']];
  for (const [m, s] of minutes) it(`${m} minutes read "${s}"`, () => assert.strictEqual(formatMinutes(m), s));
  const offsets: [number, string][] = [[0, 'T+00:00'], [261, 'T+04:21'], [1505, 'T+25:05'], [-10, 'T−00:10']];
  for (const [m, s] of offsets) it(`offset ${m} reads "${s}"`, () => assert.strictEqual(formatOffset(m), s));
});

describe('render: a status page\'s updates in the timeline', () => {
  it('lists each update at its line with its time and its text, and places it on the band', () => {
    const text = ['# API errors', '', '- **Start:** 2024-03-12 13:58 UTC', '', '## Timeline', '',
      'Resolved', 'This incident has been resolved.', 'Posted 3 days ago. Mar 12, 2024 - 14:58 UTC', '',
      '**Investigating** - We are investigating errors on the API.', 'Mar 12, 14:05 UTC'].join('\n');
    const html = renderPostmortem(text, { now: Date.UTC(2026, 0, 1) });
    const items = [...html.matchAll(/<li class="pm-tl-entry" data-line="(\d+)">.*?<time class="pm-tl-time"[^>]*>([^<]*)<\/time> <span class="pm-tl-text">([^<]*)<\/span>/g)].map((m) => [m[1], m[2], m[3]]);
    assert.deepStrictEqual(items, [['7', 'Mar 12, 2024 - 14:58 UTC', 'Resolved: This incident has been resolved.'], ['11', 'Mar 12, 14:05 UTC', 'Investigating: We are investigating errors on the API.']]);
    assert.deepStrictEqual([...html.matchAll(/<g class="pm-tl-point" data-line="(\d+)">/g)].map((m) => m[1]), ['7', '11']);
    assert.match(html, /<span class="pm-offset">T\+01:00<\/span><time class="pm-tl-time"[^>]*>Mar 12, 2024 - 14:58 UTC/);
  });
});

describe('render: a time alone on its line in the timeline', () => {
  it('lists a time alone on its line with the text under it, and a stray time without placing it on the band', () => {
    const text = ['# Config push', '', '**Date:** 2024-05-14', '', '## Timeline', '', 'All times UTC.', '',
      '**14:00**', 'Deploy. Outage begins.', '', '14:40', 'Rolled back. Outage ends.', '', 'The graphs looked as they had at', '09:15'].join('\n');
    const html = renderPostmortem(text, { now: Date.UTC(2026, 0, 1) });
    const items = [...html.matchAll(/<li class="pm-tl-entry" data-line="(\d+)">.*?<time class="pm-tl-time"[^>]*>([^<]*)<\/time> <span class="pm-tl-text">([^<]*)<\/span>/g)].map((m) => [m[1], m[2], m[3]]);
    assert.deepStrictEqual(items, [['9', '14:00', 'Deploy. Outage begins.'], ['12', '14:40', 'Rolled back. Outage ends.'], ['16', '09:15', '']]);
    // the band runs from 14:00 to 14:40: 09:15, which nothing says happened, does not stretch it
    assert.deepStrictEqual([...html.matchAll(/<g class="pm-tl-point" data-line="(\d+)">/g)].map((m) => m[1]), ['9', '12']);
  });
});

describe('render: messages pasted from a chat', () => {
  it('names each message\'s sender before its text, escaped, and nothing for an entry without one', () => {
    const text = ['# Outage', '', 'Date: 2024-03-12', '', '## Timeline', '', 'All times UTC.', '', "J. O'Brien  2:03 PM", 'Paged',
      'Alice Chen  2:04 PM', 'Outage begins', '2:06', 'Alert fired', '', '- 2:30 PM Resolved'].join('\n');
    const html = renderReportContent({ analysis: analyze(text, { now: Date.UTC(2026, 0, 1) }), findings: [], text }, { mode: 'export' });
    const items = [...html.matchAll(/<li class="pm-tl-entry" data-line="(\d+)">.*?<\/li>/g)].map((m) => [m[1], /pm-tl-author">([^<]*)</.exec(m[0])?.[1], /pm-tl-text">([^<]*)</.exec(m[0])?.[1]]);
    assert.deepStrictEqual(items, [['9', 'J. O&#39;Brien', 'Paged'], ['11', 'Alice Chen', 'Outage begins'], ['13', 'Alice Chen', 'Alert fired'], ['16', undefined, 'Resolved']]);
  });

  it('names the sender of a chat line copied into a bullet, a handle too, and never a system (its name stays in the text)', () => {
    const text = ['# Outage', '', 'Date: 2024-03-12', '', '## Timeline', '', 'All times UTC.', '', '- alice 2:04 PM deploy failing, error rate climbing',
      '- Kafka Connect 2:05 PM sink tasks failing', '- Priya Natarajan 2:06 PM rolling back', '- 2:30 PM Resolved'].join('\n');
    const html = renderReportContent({ analysis: analyze(text, { now: Date.UTC(2026, 0, 1) }), findings: [], text }, { mode: 'export' });
    const items = [...html.matchAll(/<li class="pm-tl-entry" data-line="(\d+)">.*?<\/li>/g)].map((m) => [m[1], /pm-tl-author">([^<]*)</.exec(m[0])?.[1], /pm-tl-text">([^<]*)</.exec(m[0])?.[1]]);
    assert.deepStrictEqual(items, [
      ['9', 'alice', 'deploy failing, error rate climbing'], ['10', undefined, 'Kafka Connect 2:05 PM sink tasks failing'], ['11', 'Priya Natarajan', 'rolling back'],
      ['12', undefined, 'Resolved'],
    ]);
  });
});
