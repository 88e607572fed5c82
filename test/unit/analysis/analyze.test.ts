import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analysis';

// built to out/test/unit/analysis/
const root = path.resolve(__dirname, '../../../..');
const now = Date.parse('2026-11-25T12:00:00Z');
const example = (name: string) => fs.readFileSync(path.join(root, 'examples', name), 'utf8');
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString().replace(':00.000Z', 'Z'));

describe('analyze: metrics of real postmortems', () => {
  const table: { file: string; start: string; end: string; minutes: number; label: string; ttd: number | null; ttm: number | null; ttr: number | null }[] = [
    // the user's own: EST written in September is read as written (UTC-5); the year comes from "Monday"
    { file: '2021-09-27-us-east-1-servers.md', start: '2021-09-27T20:06Z', end: '2021-09-28T00:27Z', minutes: 261, label: '4 h 21 min', ttd: 0, ttm: null, ttr: 261 },
    // Google SRE style: table timeline in UTC with OUTAGE BEGINS / OUTAGE ENDS markers
    { file: '2024-03-12-checkout-api-connection-pool.md', start: '2024-03-12T14:02Z', end: '2024-03-12T14:49Z', minutes: 47, label: '47 min', ttd: 7, ttm: 39, ttr: 47 },
    // front matter milestones and a ### date + HH:MM timeline across midnight
    { file: '2024-11-04-ci-runner-certificate.md', start: '2024-11-04T22:40Z', end: '2024-11-05T02:15Z', minutes: 215, label: '3 h 35 min', ttd: 25, ttm: 170, ttr: 215 },
    // across the spring-forward change: 1:40 AM PST to 3:25 AM PDT is 45 minutes, not 1 h 45
    { file: '2025-03-09-search-timeouts.md', start: '2025-03-09T09:40Z', end: '2025-03-09T10:25Z', minutes: 45, label: '45 min', ttd: 12, ttm: 25, ttr: 45 },
  ];
  for (const row of table) {
    it(`${row.file}: ${row.label}`, () => {
      const { metrics } = analyze(example(row.file), { fileName: row.file, now });
      assert.strictEqual(iso(metrics.start?.time.instant), row.start);
      assert.strictEqual(iso(metrics.end?.time.instant), row.end);
      assert.strictEqual(metrics.durationMinutes, row.minutes);
      assert.strictEqual(metrics.durationLabel, row.label);
      assert.strictEqual(metrics.timeToDetectMinutes, row.ttd);
      assert.strictEqual(metrics.timeToMitigateMinutes, row.ttm);
      assert.strictEqual(metrics.timeToResolveMinutes, row.ttr);
    });
  }
});

describe('analyze: metrics of postmortems written in French, German and Spanish', () => {
  const fixture = (name: string) => fs.readFileSync(path.join(root, 'test/fixtures/documents/styles', name), 'utf8');
  const table: { file: string; start: string; end: string; minutes: number; ttd: number; ttm: number; ttr: number }[] = [
    // "Début de la panne", "Alerte déclenchée", "Retour arrière", "Service rétabli / Incident résolu", in CET
    { file: 'french-headings-markers.md', start: '2026-03-12T13:05Z', end: '2026-03-12T14:10Z', minutes: 65, ttd: 7, ttm: 35, ttr: 65 },
    // "Beginn der Störung", "Alarm ausgelöst", "zurückgerollt", "Ursache behoben, Dienste wiederhergestellt"
    { file: 'german-headings-markers.md', start: '2026-03-12T09:20Z', end: '2026-03-12T10:05Z', minutes: 45, ttd: 6, ttm: 28, ttr: 45 },
    // `Inicio:` and `Fin:` fields; "alerta disparada", "revertido", "resuelto" in a `Hora (UTC) | Evento` table
    { file: 'spanish-headings-markers.md', start: '2026-03-12T18:40Z', end: '2026-03-12T19:55Z', minutes: 75, ttd: 6, ttm: 40, ttr: 75 },
    // the start from a symptom, nothing else giving it: "on voit des 500 ..., le taux d'erreur grimpe" (bullets)
    { file: 'french-symptom-start.md', start: '2024-09-03T09:41Z', end: '2024-09-03T10:05Z', minutes: 24, ttd: 3, ttm: 17, ttr: 24 },
    // "Wir sehen 500er bei Kartenzahlungen, Fehlerrate steigt" as a chat paste's first message
    { file: 'german-symptom-start.md', start: '2024-09-03T09:41Z', end: '2024-09-03T10:05Z', minutes: 24, ttd: 3, ttm: 17, ttr: 24 },
    // "Estamos viendo errores 500 ..., la tasa de errores sube" in a table's first row
    { file: 'spanish-symptom-start.md', start: '2024-09-03T09:41Z', end: '2024-09-03T10:05Z', minutes: 24, ttd: 3, ttm: 17, ttr: 24 },
  ];
  for (const row of table) {
    it(row.file, () => {
      const { metrics } = analyze(fixture(row.file), { fileName: row.file, now });
      assert.deepStrictEqual(
        [iso(metrics.start?.time.instant), iso(metrics.end?.time.instant), metrics.durationMinutes, metrics.timeToDetectMinutes, metrics.timeToMitigateMinutes, metrics.timeToResolveMinutes],
        [row.start, row.end, row.minutes, row.ttd, row.ttm, row.ttr],
      );
    });
  }
});

describe('analyze: where times come from', () => {
  it('reads a field\'s time past one struck through (`~~14:00~~ 14:20 PDT`: a correction)', () => {
    const { metrics } = analyze(['# X', '- Start: 2024-03-12 14:02 PDT', '- Detected: ~~14:00~~ 14:20 PDT', '- End: 2024-03-12 15:00 PDT'].join('\n'), { now });
    assert.deepStrictEqual([iso(metrics.start?.time.instant), iso(metrics.detected?.time.instant), metrics.timeToDetectMinutes], ['2024-03-12T21:02Z', '2024-03-12T21:20Z', 18]);
    // all struck through: the first is still read
    assert.strictEqual(iso(analyze(['# X', '- Start: ~~2024-03-12 14:02 UTC~~'].join('\n'), { now }).metrics.start?.time.instant), '2024-03-12T14:02Z');
  });

  it('dates the document from an incident summary table\'s "Incident date" row (Atlassian\'s template)', () => {
    const text = fs.readFileSync(path.join(root, 'test/fixtures/documents/styles/atlassian-summary-table.md'), 'utf8');
    const { metrics } = analyze(text, { now });
    assert.deepStrictEqual(
      [iso(metrics.start?.time.instant), iso(metrics.end?.time.instant), metrics.durationMinutes, metrics.timeToDetectMinutes, metrics.timeToResolveMinutes],
      ['2024-05-14T08:12Z', '2024-05-14T09:47Z', 95, 7, 95],
    );
  });

  it('prefers front matter over labelled fields over timeline markers', () => {
    const text = ['---', 'start: 2024-05-01T10:00Z', '---', '# Incident', '- Start: 2024-05-01 09:00 UTC', '## Timeline', '- 08:00 UTC - Outage begins'].join('\n');
    const a = analyze(text, { now });
    assert.strictEqual(a.metrics.start?.source, 'front-matter');
    assert.strictEqual(iso(a.metrics.start?.time.instant), '2024-05-01T10:00Z');
  });

  it('reads a status page (cState): `date` with a clock is the start, `resolvedWhen` the resolution, `resolved: true` no time', () => {
    const head = ['---', 'title: Mirror outage', 'date: 2025-10-07T07:03:00-00:00', 'resolved: true', 'resolvedWhen: 2025-10-07T14:30:00-00:00', 'severity: down', '---', '', 'The download mirrors fail; we are looking into it.'];
    const a = analyze(head.join('\n'), { now });
    assert.deepStrictEqual([iso(a.metrics.start?.time.instant), a.metrics.start?.source, iso(a.metrics.resolved?.time.instant), a.metrics.durationMinutes],
      ['2025-10-07T07:03Z', 'front-matter', '2025-10-07T14:30Z', 447]);
    // an explicit `start` wins; `resolved: true` alone states no time; without `resolvedWhen`, `date` is the document's date only
    assert.strictEqual(iso(analyze(head.join('\n').replace('date:', 'start: 2025-10-07T07:30Z\ndate:'), { now }).metrics.start?.time.instant), '2025-10-07T07:30Z');
    const noWhen = analyze(head.filter((l) => !l.startsWith('resolvedWhen')).join('\n'), { now });
    assert.deepStrictEqual([noWhen.metrics.start, noWhen.metrics.resolved], [undefined, undefined]);
    const dayOnly = analyze(head.join('\n').replace('date: 2025-10-07T07:03:00-00:00', 'date: 2025-10-07'), { now });
    assert.strictEqual(dayOnly.metrics.start, undefined);
  });

  it('reads the milestones of front matter keys as exports and templates name them (`started_at`, `impact_end`, `detectedAt`)', () => {
    const doc = (keys: string[]) => ['---', 'title: API outage', ...keys, '---', '', '# API outage'].join('\n');
    const rows: [string[], (string | undefined)[]][] = [
      [['started_at: 2024-03-12T14:02:00Z', 'detected_at: 2024-03-12T14:09:00Z', 'mitigated_at: 2024-03-12T14:30:00Z', 'resolved_at: 2024-03-12T14:49:00Z'],
        // without an end, the resolution ends the outage
        ['2024-03-12T14:02Z', '2024-03-12T14:49Z', '2024-03-12T14:09Z', '2024-03-12T14:30Z', '2024-03-12T14:49Z']],
      [['startedAt: 2024-03-12 14:02 UTC', 'endedAt: 2024-03-12 14:40 UTC', 'detectedAt: 2024-03-12 14:05 UTC'],
        ['2024-03-12T14:02Z', '2024-03-12T14:40Z', '2024-03-12T14:05Z', undefined, '2024-03-12T14:40Z']],
      [['impact_start: 2024-03-12 14:02 UTC', 'impact_end: 2024-03-12 14:40 UTC', 'start_time: 2024-03-12 13:00 UTC', 'resolution_time: 2024-03-12 15:00 UTC'],
        ['2024-03-12T14:02Z', '2024-03-12T14:40Z', undefined, undefined, '2024-03-12T15:00Z']],
      [['outage_start: 2024-03-12 14:02 UTC', 'outage_end: 2024-03-12 14:40 UTC', 'detection_time: 2024-03-12 14:05 UTC'],
        ['2024-03-12T14:02Z', '2024-03-12T14:40Z', '2024-03-12T14:05Z', undefined, '2024-03-12T14:40Z']],
      // the key of a milestone's own name wins over another that names it
      [['start: 2024-03-12 14:00 UTC', 'started_at: 2024-03-12 14:02 UTC'], ['2024-03-12T14:00Z', undefined, undefined, undefined, undefined]],
      // keys that name no milestone
      [['start_page: 2024-03-12 14:02 UTC', 'restarted_at: 2024-03-12 14:09 UTC', 'ended: yes'], [undefined, undefined, undefined, undefined, undefined]],
    ];
    for (const [keys, want] of rows) {
      const { metrics: m } = analyze(doc(keys), { now });
      assert.deepStrictEqual([m.start, m.end, m.detected, m.mitigated, m.resolved].map((x) => iso(x?.time.instant)), want, keys.join(', '));
    }
  });

  it('reads a Jekyll status theme\'s `resolvedDate` (with a clock) as the resolution, `date` as the start; a bare day states nothing', () => {
    const page = (date: string, resolved: string, extra = '') => ['---', 'layout: post', 'title: Calls dropped in Frankfurt', 'status: resolved', 'severity: outage',
      `date: ${date}`, `resolvedDate: ${resolved}`, ...(extra ? [extra] : []), '---', '', 'Calls through the Frankfurt cluster dropped.'].join('\n');
    const cases: [string, string, string, (string | number | null | undefined)[]][] = [
      ['UTC written', '2023-04-02 08:10 UTC', '2023-04-02 09:55 UTC', ['2023-04-02T08:10Z', '2023-04-02T09:55Z', 105]],
      ['an offset', '2026-01-11T23:20:00+09:00', '2026-01-12T01:05:00+09:00', ['2026-01-11T14:20Z', '2026-01-11T16:05Z', 105]],
      // issue trackers: a bare day is no resolution time, and `date` without a clock is no start
      ['bare days', '2025-07-28', '2025-07-30', [undefined, undefined, null]],
    ];
    for (const [what, date, resolved, want] of cases) {
      const a = analyze(page(date, resolved), { now });
      assert.deepStrictEqual([iso(a.metrics.start?.time.instant), iso(a.metrics.resolved?.time.instant), a.metrics.durationMinutes], want, what);
    }
    // `resolved: false` says it is not resolved; an explicit `resolved` time wins
    assert.strictEqual(analyze(page('2023-04-02 08:10 UTC', '2023-04-02 09:55 UTC', 'resolved: false'), { now }).metrics.resolved, undefined);
    assert.strictEqual(iso(analyze(page('2023-04-02 08:10 UTC', '2023-04-02 09:55 UTC', 'resolved: 2023-04-02 10:30 UTC'), { now }).metrics.resolved?.time.instant), '2023-04-02T10:30Z');
  });

  it('dates a timeline from TOML front matter (`+++`, Hugo and Zola blogs), as from YAML', () => {
    const body = ['', 'A single client flooded the index with slow requests; we blocked it within the hour.', '', '## Timeline of events', '',
      '- 20:17 UTC: Requests that update the index start to take ten seconds or more. Outage begins.', '- 21:00 UTC: The client\'s address is blocked. Outage ends.'];
    const toml = analyze(['+++', 'title = "Update on the October 15, 2018 incident"', 'date = 2018-10-15', '+++', ...body].join('\n'), { now });
    const yaml = analyze(['---', 'title: "Update on the October 15, 2018 incident"', 'date: 2018-10-15', '---', ...body].join('\n'), { now });
    for (const a of [toml, yaml]) {
      assert.deepStrictEqual([iso(a.metrics.start?.time.instant), iso(a.metrics.end?.time.instant), a.metrics.durationMinutes], ['2018-10-15T20:17Z', '2018-10-15T21:00Z', 43]);
      assert.strictEqual(a.model.title?.text, 'Update on the October 15, 2018 incident');
    }
  });

  it('takes no milestone from a ticket marked resolved: closing the paperwork is not the end of the outage', () => {
    const rows = ['| 2023-02-14 10:46 | Node group replaced; pods evicted. Outage begins |', '| 2023-02-14 11:01 | Load balancer sees healthy nodes again |'];
    const later = ['| 2023-02-14 11:59 | Sev 1 ticket marked as resolved |', '| 2023-02-14 12:05 | Jira ticket INC-311 resolved by the on-call |'];
    const text = ['# Incident', '', '## Timeline', '', '| Time (UTC) | Event |', '|---|---|', ...rows, ...later].join('\n');
    const a = analyze(text, { now });
    assert.strictEqual(iso(a.metrics.start?.time.instant), '2023-02-14T10:46Z');
    assert.strictEqual(a.metrics.resolved, undefined);
    assert.strictEqual(a.metrics.end, undefined);
    for (const words of ['healthy nodes again. Resolved', 'healthy nodes again. Issue resolved']) {
      const resolved = analyze(text.replace('healthy nodes again', words), { now });
      assert.strictEqual(iso(resolved.metrics.resolved?.time.instant), '2023-02-14T11:01Z', words);
    }
  });

  it('reads detection from pages and alerts received', () => {
    for (const words of ['docbrown receives pager storm', 'On-call receives a page for checkout errors', 'SRE received alert: 5xx rate high', 'Pager alert for disk latency']) {
      const text = ['# Incident', '', 'All times UTC.', '', '## Timeline', '', '- 2024-03-12 14:00 - Deploy starts. Outage begins', `- 2024-03-12 14:07 - ${words}`].join('\n');
      assert.strictEqual(analyze(text, { now }).metrics.timeToDetectMinutes, 7, words);
    }
    const text = ['# Incident', '', '## Timeline', '', '- 2024-03-12 14:00 UTC - Outage begins', '- 2024-03-12 14:07 UTC - Pager rotation handed over'].join('\n');
    assert.strictEqual(analyze(text, { now }).metrics.timeToDetectMinutes, null);
  });

  it('reads an ambiguous abbreviation the document uses as a team name as no zone before the rest of a sentence', () => {
    const text = (team: string, entry: string) => ['# Incident', '', team, '', 'All times UTC.', '', '## Timeline', '', '- 2024-03-12 08:00 - Outage begins', `- 2024-03-12 ${entry}`].join('\n');
    const second = (t: string) => { const a = analyze(t, { now }); return [iso(a.timeline[1]?.time.instant), a.timeline[1]?.time.match.zone?.text]; };
    assert.deepStrictEqual(second(text('The IST team owns the database.', '08:30 IST began the failover')), ['2024-03-12T08:30Z', undefined]);
    // must not change: a separator after it, or no team named in the document (an ambiguous zone the document's does not settle: no instant)
    assert.deepStrictEqual(second(text('The IST team owns the database.', '08:30 IST - failover begins')), [undefined, 'IST']);
    assert.deepStrictEqual(second(text('The database team owns it.', '08:30 IST began the failover')), [undefined, 'IST']);
  });

  it('reads detection from an alert that fires and a page, and an alert before the start as an early warning', () => {
    const timeline = (...entries: string[]) => ['# Incident', '', 'All times UTC.', '', '## Timeline', '', ...entries, '- 2024-03-12 13:00 - Resolved'].join('\n');
    const m = (text: string) => analyze(text, { now }).metrics;
    for (const words of ['Alert fires for checkout 5xx', 'PagerDuty fires an alert for the API error rate', 'High latency alert triggered', 'We were paged by Datadog',
      'On-call was paged', 'Alerts fire in #ops']) {
      assert.strictEqual(m(timeline('- 2024-03-12 12:00 - Outage begins', `- 2024-03-12 12:15 - ${words}`)).timeToDetectMinutes, 15, words);
    }
    // must not change: a negation, an alert to be written, nobody paged
    for (const words of ['No alert fired because the check was muted', 'The alert did not fire', 'Nobody was paged; a customer emailed support', 'We need an alert that fires earlier']) {
      assert.strictEqual(m(timeline('- 2024-03-12 12:00 - Outage begins', `- 2024-03-12 12:15 - ${words}`)).timeToDetectMinutes, null, words);
    }
    // an alert before the start warned early: detection is the first one at or after the start, else unknown
    assert.strictEqual(m(timeline('- 2024-03-12 11:50 - Disk alert fires', '- 2024-03-12 12:00 - Outage begins', '- 2024-03-12 12:20 - On-call was paged')).timeToDetectMinutes, 20);
    assert.strictEqual(m(timeline('- 2024-03-12 11:50 - Disk alert fires', '- 2024-03-12 12:00 - Outage begins', '- 2024-03-12 12:20 - Rolled back')).timeToDetectMinutes, null);
    assert.strictEqual(m(timeline('- 2024-03-12 12:00 - Outage begins; alert fires')).timeToDetectMinutes, 0);
    // the start from the summary's window: the alert before it is no detection either
    const summary = ['# Incident', '', '## Summary', '', 'Checkout failed between 12:00 and 12:40 UTC on 2024-03-12.', '', '## Timeline', '', 'All times UTC.', '',
      '- 2024-03-12 11:45 - Alert fired for slow queries', '- 2024-03-12 12:10 - We were paged'].join('\n');
    assert.strictEqual(m(summary).timeToDetectMinutes, 10);
    // a detection stated in a field stays, even before the start (PM013 reports it)
    const field = ['# Incident', '', '- **Start:** 2024-03-12 12:00 UTC', '- **Detected:** 2024-03-12 11:50 UTC', '', '## Timeline', '', '- 2024-03-12 12:20 UTC - Alert fires'].join('\n');
    assert.strictEqual(m(field).timeToDetectMinutes, -10);
  });

  it('reads the start from a problem, an issue or errors that start, and detection from a team alerted', () => {
    const timeline = (...entries: string[]) => ['# Incident', '', 'All times UTC.', '', '## Timeline', '', ...entries, '- 2024-03-12 13:00 - Resolved'].join('\n');
    const m = (text: string) => analyze(text, { now }).metrics;
    for (const words of ['Problem starts', 'Issues began after the deploy', 'Errors started appearing in the API logs', 'Node runs out of memory, service starts degrading', 'Requests began failing',
      '`kubectl logs -f <pod>` has stopped working, for all pods', 'The login page stopped responding',
      // plural subjects, and a metric's turn for the worse
      'Checkout requests start failing', 'API calls start to time out', 'Error rate starts climbing', 'p99 latency begins to rise', '5xx errors began spiking',
      'Traffic begins to drop', 'Checkouts begin to decline', 'Success rate started falling',
      // a plural subject in the present, as timelines write it
      'Payment errors begin.', 'Errors start', '5xx errors begin', 'Payment failures begin', 'Connection errors start']) {
      assert.strictEqual(m(timeline(`- 2024-03-12 12:00 - ${words}`)).durationMinutes, 60, words);
    }
    for (const words of ['Deploy starts', 'Fix started rolling out', 'Investigation began', 'We started debugging the issue', 'Logs show the issues started on Feb 12th at 3pm', 'The errors began around 09:00',
      'The errors start at 09:00 in the logs', 'Error start time noted in the ticket',
      'The API never stopped working', "Uploads haven't stopped working", 'We stopped the workers',
      // failing over is the mitigation; a metric that recovers, or work that starts, is no start
      'We start failing over to us-west-2', 'Traffic begins to recover', 'Error rate starts falling', 'Latency begins to improve', 'Requests start succeeding again']) {
      assert.strictEqual(m(timeline(`- 2024-03-12 12:00 - ${words}`)).start, undefined, words);
    }
    for (const words of ['Team alerted', 'Team is alerted via the chat channel', 'We were alerted by a customer', 'On-call alerted by the uptime check',
      'The alarm for pricing taking too long fired.', 'Latency alarm went off', 'Our monitoring alerted us that the API was not responding', 'Alarms fired in us-east-1', 'The latency alarm goes off',
      // an incident tool's incident opened by an alert
      'PagerDuty incident triggered: checkout 5xx', 'Incident triggered: checkout 5xx', 'Incident #4512 triggered', 'Opsgenie alert #88 triggered for checkout',
      'Incident created by PagerDuty', 'Incident opened via Opsgenie', 'Incident created from a Datadog monitor', 'Incident created by an alert',
      // the incident declared: whoever declares it knows of it (an earlier alert or page is the detection)
      'Incident declared', 'Internal Cloudflare incident declared.', 'Sam Patel declared the incident (Major)', 'Declared a SEV1 incident', 'We declared an incident',
      'SEV2 declared', 'Incident #231 declared by the on-call engineer', 'Major incident declared; bridge opened']) {
      assert.strictEqual(m(timeline('- 2024-03-12 12:00 - Problem starts', `- 2024-03-12 12:20 - ${words}`)).timeToDetectMinutes, 20, words);
    }
    assert.strictEqual(m(timeline('- 2024-03-12 12:00 - Problem starts', '- 2024-03-12 12:20 - We alerted customers on the status page')).timeToDetectMinutes, null);
    for (const words of ['The alarm for pricing never fired', 'No alarm went off', 'Alerts that did not fire were reviewed', 'Added an alarm that would have fired earlier', 'No alarm goes off',
      'A second incident was triggered by the retry storm', 'The incident was triggered by a bad deploy', 'Incident triggered by the config push', 'Incident created by Sam Patel', 'Incident opened in Slack',
      'Incident declared resolved', 'Incident declared over', 'No incident was declared', 'We did not declare an incident', 'Declared the incident mitigated']) {
      assert.strictEqual(m(timeline('- 2024-03-12 12:00 - Problem starts', `- 2024-03-12 12:20 - ${words}`)).timeToDetectMinutes, null, words);
    }
  });

  it('reads no resolution from a negation or from what still needs resolving', () => {
    const timeline = (words: string) => ['# Incident', '', 'All times UTC.', '', '## Timeline', '', '- 2024-03-12 12:00 - Problem starts', `- 2024-03-12 12:20 - ${words}`, '- 2024-03-12 13:00 - Incident resolved.'].join('\n');
    for (const words of ['The working copy is half-merged, with conflicts waiting to be resolved', 'Issue not yet resolved, escalating', "The alert hasn't been resolved", 'Two bugs remain to be resolved', 'Still not resolved']) {
      assert.strictEqual(analyze(timeline(words), { now }).metrics.timeToResolveMinutes, 60, words);
    }
    // an earlier outage resolved is not this one
    for (const words of ['This happened once before and lasted a day. The first occurrence resolved itself without being diagnosed', 'The previous incident was resolved by a reboot']) {
      assert.strictEqual(analyze(timeline(words), { now }).metrics.timeToResolveMinutes, 60, words);
    }
    for (const words of ['Waiting to see if the issue resolves itself']) {
      assert.strictEqual(analyze(timeline(words), { now }).metrics.timeToResolveMinutes, 60, words);
    }
    for (const words of ['Issue resolved', 'The incident appears to be resolved', 'Resolved the DNS issue', 'Issue resolves naturally without intervention']) {
      assert.strictEqual(analyze(timeline(words), { now }).metrics.timeToResolveMinutes, 20, words);
    }
  });

  it('reads the end from "back online" and "service restored", mitigation from a rollback, and no detection from "no ... detected"', () => {
    const timeline = (...entries: string[]) => ['# Incident', '', 'All times UTC.', '', '## Timeline', '', '- 2024-03-12 12:00 - Deploy starts. Outage begins', ...entries].join('\n');
    const m = (text: string) => analyze(text, { now }).metrics;
    for (const words of ['CDN propagated the changes, docs.rs back online', 'Service restored for all regions', 'Error rates back to normal',
      'Certificates corrected by hand. Services are restored.', 'Function execution is fully restored', 'The site has been restored',
      'When the site came back online, traffic spiked', 'Errors stopped', 'Rolled back the flag and the issue goes away', 'Timeouts subsided across the fleet',
      'The 502 errors went away after the restart', 'Sentry errors seem to have stopped', 'Errors have stopped', 'Incident appears to be over', 'The outage is over',
      'Error rates back to baseline', 'Latency returned to normal', 'Errors returned to baseline', 'Service recovered', 'The API has fully recovered', 'Error rate recovered in all regions',
      'Attack traffic ceases, all network metrics return to normal operation', 'Latency returned to normal', 'Error rates have returned to normal levels',
      // what was down is up again, back up, back from downtime, or back
      'Hosting provider confirmed wire.com is reliably available again', 'The site is working again', 'Portal reachable again from all regions',
      'Build Service comes back up after the table checks', 'Build Service comes back from downtime', 'Restarted the API, the dashboard is back',
      'The site is up again', 'With the node drained, `kubectl logs` is restored and everything is working.',
      'Full restoration of the upstream link', 'Full service recovery confirmed']) {
      assert.strictEqual(m(timeline(`- 2024-03-12 12:30 - ${words}`)).durationMinutes, 30, words);
    }
    // a return written as what is to come ("when ... are brought back online", "until the service is restored") ends nothing
    for (const words of ['Executors scaled to zero to avoid a thundering herd when the gateways are brought back online',
      'Waiting until the service is restored', 'Traffic held back until everything is back to normal', 'Function execution is partially restored',
      'Execution is not yet fully restored', 'Errors have not stopped', 'The issue did not go away after the restart', 'Until the errors stop, deploys are frozen',
      'We stopped the errors from paging twice', 'Alerts stopped firing because the pager integration broke', 'Errors seem to have not stopped',
      'The incident is not over', 'Brief discussion if incident is over or not', 'Asked whether the outage is over',
      'Error rate not back to baseline yet', 'Waiting until latency is back to baseline', 'Latency returning to normal', 'Service has not recovered', 'The team recovered the lost logs',
      'Holding the rollout until latency returns to normal', 'Once error rates return to normal we re-enable the flag', 'Latency has not returned to normal',
      "Error rates haven't returned to normal", 'Traffic is expected to return to normal by morning', 'Error rates started returning to normal',
      // a return of part of the service
      // a return to come or denied, a failure or a metric that is back, a backup
      'Waiting until the dashboard is available again', 'Once the nodes come back up we re-run the checks',
      'The dashboard is not available again until DNS propagates', 'The 502 errors are back', 'Error rates are up again',
      'Error rate comes back up after the first fix', 'Is the dashboard back?', 'Backed up the database first', 'The queue is back up to 40k messages',
      'Not everything is working yet', 'Everything is working except uploads', 'Full recovery expected by 18:00', 'Waiting until full restoration',
      'No full recovery yet',
      'Service partially restored', 'The API partially recovered', 'Service restored for some customers', 'Most traffic recovered',
      'Some services restored', 'Service restored in part', 'Access restored for a subset of tenants', 'Services partly recovered']) {
      assert.strictEqual(m(timeline(`- 2024-03-12 12:20 - ${words}`, '- 2024-03-12 12:30 - Service restored')).durationMinutes, 30, words);
    }
    for (const words of ['The deployment was rolled back, temporarily fixing the issue', 'Rolled back to 1.4.2', 'Rollback complete', 'Rollback completed, error rate dropping',
      'Reverted the config change', 'Change reverted', 'Revert deployed to all regions', 'Failed over to us-west-2', 'Failover to the standby database completed',
      'Service partially restored', 'Services partly recovered']) {
      assert.strictEqual(m(timeline(`- 2024-03-12 12:20 - ${words}`)).timeToMitigateMinutes, 20, words);
    }
    // a rollback or failover started, to come, denied or failed mitigates nothing
    for (const words of ['Rollback started', 'Started the rollback', 'The change needs to be reverted', 'The change was not reverted', "The config wasn't reverted",
      'Revert PR opened', 'Failover failed', 'Decided against a failover', 'Rollback of the database is not possible',
      // what reverts may be the failure itself
      'An older job reverted the required branch protection', 'Assumed the variable reverted back to the faulty value', 'We have not reverted the change',
      'Service not partially restored', 'Most traffic recovered']) {
      assert.strictEqual(m(timeline(`- 2024-03-12 12:20 - ${words}`)).timeToMitigateMinutes, null, words);
    }
    for (const words of ['The scan report said no malware was detected', 'The leak was not detected by the scanner', "The regression wasn't detected in staging"]) {
      assert.strictEqual(m(timeline(`- 2024-03-12 12:10 - ${words}`)).timeToDetectMinutes, null, words);
    }
    assert.strictEqual(m(timeline('- 2024-03-12 12:10 - Errors detected by the canary')).timeToDetectMinutes, 10);
  });

  it('reads "INCIDENT START" and "Outage end" written as an entry\'s label, not a start or end only named', () => {
    const timeline = (...entries: string[]) => ['# Incident', '', 'All times UTC.', '', '## Timeline', '', ...entries].join('\n');
    const m = (text: string) => analyze(text, { now }).metrics;
    for (const words of ['**INCIDENT START**: nodes reboot', 'Outage start — checkout returns 502', 'Downtime start', 'Incident start (first alert)']) {
      assert.strictEqual(m(timeline('- 2024-03-12 11:00 - Deploy of v42', `- 2024-03-12 12:00 - ${words}`, '- 2024-03-12 13:00 - Resolved')).durationMinutes, 60, words);
    }
    for (const words of ['**INCIDENT END**: all services operational', 'Outage end', 'Downtime end; traffic drained back']) {
      assert.strictEqual(m(timeline('- 2024-03-12 12:00 - Outage begins', `- 2024-03-12 12:30 - ${words}`, '- 2024-03-12 13:00 - Postmortem drafted')).durationMinutes, 30, words);
    }
    // words in an inline code span quote a log or a command: they mark nothing
    assert.strictEqual(m(timeline('- 2024-03-12 12:00 - Outage begins', '- 2024-03-12 12:03 - kernel: `ping timeout` → `detected conn error (1022)`', '- 2024-03-12 12:20 - Alert fired')).timeToDetectMinutes, 20);
    assert.strictEqual(m(timeline('- 2024-03-12 12:00 - Outage begins', '- 2024-03-12 12:10 - `systemctl status` says `service restored`', '- 2024-03-12 12:30 - Service restored')).durationMinutes, 30);
    assert.strictEqual(m(timeline('- 2024-03-12 12:00 - Outage begins', '- 2024-03-12 12:10 - Errors detected in `api` logs')).timeToDetectMinutes, 10);
    // named, not marked: before, after or since it, or its time agreed on
    for (const words of ['Config pushed, an hour before the incident start', 'Agreed on the incident start time', 'Logs kept since outage start']) {
      assert.strictEqual(m(timeline(`- 2024-03-12 12:00 - ${words}`, '- 2024-03-12 13:00 - Resolved')).start, undefined, words);
    }
    for (const words of ['Metrics reviewed after the outage end', 'Discussed the incident end time']) {
      assert.strictEqual(m(timeline('- 2024-03-12 12:00 - Outage begins', `- 2024-03-12 12:30 - ${words}`, '- 2024-03-12 13:00 - Resolved')).durationMinutes, 60, words);
    }
  });

  it('reads milestone markers written in French, German and Spanish, and none from a negation or a return still to come', () => {
    const timeline = (...entries: string[]) => ['# Incident', '', 'All times UTC.', '', '## Timeline', '', ...entries].join('\n');
    const m = (text: string) => analyze(text, { now }).metrics;
    const begins = '- 2024-03-12 12:00 - Outage begins';
    for (const words of ['Début de la panne', 'Debut de l’incident', 'La panne commence', 'Les erreurs commencent', 'Beginn der Störung', 'Störungsbeginn',
      'Die Auswirkungen beginnen nach dem Deployment', 'Inicio de la caída', 'Inicio del incidente (alerta disparada)', 'El incidente comienza', 'El incidente comenzó',
      'Dann begann die Störung']) {
      assert.strictEqual(m(timeline(`- 2024-03-12 12:00 - ${words}`, '- 2024-03-12 13:00 - Resolved')).durationMinutes, 60, words);
    }
    for (const words of ['Début de la maintenance', 'Les problèmes ont commencé le 12 mars', 'Beginn der Besprechung', 'Fehler begannen am 12. März',
      'Inicio de la reunión', 'Los errores comenzaron el lunes']) {
      assert.strictEqual(m(timeline(`- 2024-03-12 12:00 - ${words}`, '- 2024-03-12 13:00 - Resolved')).start, undefined, words);
    }
    for (const words of ['Service rétabli', 'Services rétablis pour tous les clients', 'Fin de l’incident', 'Retour à la normale', 'Service retabli',
      'Ende der Störung', 'Dienste wiederhergestellt', 'Website wieder erreichbar', 'Vollständige Wiederherstellung bestätigt',
      'Servicio restablecido', 'Servicio recuperado, la tasa de errores baja a 0%', 'Vuelta a la normalidad', 'Die Störung endete', 'El servicio se restableció',
      '**Rétablissement Total** : les applications repassent en Running', 'Rétablissement complet',
      // `bis`, `hasta` before a clock end a range of hours, not a clause that waits
      'Neustart von 12:10 bis 12:25 und Dienste wiederhergestellt', 'Reinicio de 12:10 hasta 12:25 y servicio restablecido']) {
      assert.strictEqual(m(timeline(begins, `- 2024-03-12 12:30 - ${words}`)).durationMinutes, 30, words);
    }
    for (const words of ['Le service n’est pas encore rétabli', 'En attendant le retour à la normale', 'Jusqu’à ce que le service soit rétabli, les déploiements sont gelés',
      'Teilweise Wiederherstellung', 'Dienst noch nicht wieder erreichbar', 'Bis der Dienst wieder erreichbar ist, bleiben Deployments gesperrt',
      'Servicio no restablecido', 'Hasta que el servicio esté restablecido', 'Sin vuelta a la normalidad',
      'Sans rétablissement total du DNS, ArgoCD reste bloqué']) {
      assert.strictEqual(m(timeline(begins, `- 2024-03-12 12:20 - ${words}`, '- 2024-03-12 12:30 - Service restored')).durationMinutes, 30, words);
    }
    for (const words of ['Alerte déclenchée, l’astreinte est prévenue', 'Erreurs détectées par la sonde', 'Alarm ausgelöst', 'Die Überwachung erkennt das Problem',
      'Rufbereitschaft alarmiert', 'Alerta disparada', 'El on-call recibe la alerta', 'Alerta de latencia dispara en PagerDuty', 'Problema detectado por un cliente']) {
      assert.strictEqual(m(timeline(begins, `- 2024-03-12 12:20 - ${words}`)).timeToDetectMinutes, 20, words);
    }
    for (const words of ['Aucune alerte déclenchée', 'Rien n’a été détecté par la sonde', 'Kein Alarm ausgelöst', 'Das Problem wurde nicht erkannt',
      'Ursache erkannt: falsche Konfiguration', 'La alerta no disparó', 'No se detectó nada en staging', 'Ningún error detectado']) {
      assert.strictEqual(m(timeline(begins, `- 2024-03-12 12:20 - ${words}`)).timeToDetectMinutes, null, words);
    }
    for (const words of ['Retour arrière du déploiement (mitigation)', 'Impact atténué', 'Deployment zurückgerollt', 'Störung vorübergehend behoben',
      'Die Konfigurationsänderung wird zurückgesetzt', 'Despliegue revertido', 'Se aplica fix temporal (mitigación)', 'Rollback realizado']) {
      assert.strictEqual(m(timeline(begins, `- 2024-03-12 12:20 - ${words}`)).timeToMitigateMinutes, 20, words);
    }
    for (const words of ['Pas de retour arrière possible', 'Impact pas encore atténué', 'Passwort zurückgesetzt', 'Nicht zurückgerollt', 'No revertido']) {
      assert.strictEqual(m(timeline(begins, `- 2024-03-12 12:20 - ${words}`)).timeToMitigateMinutes, null, words);
    }
    const resolvedAt = (words: string) => m(timeline(begins, `- 2024-03-12 12:20 - ${words}`, '- 2024-03-12 13:00 - Incident resolved.')).timeToResolveMinutes;
    for (const words of ['Incident résolu', 'Problème résolu', 'Incident resolu', 'Störung behoben', 'Ursache behoben', 'Problem gelöst', 'Resuelto',
      'Incidente resuelto', 'Problema solucionado']) {
      assert.strictEqual(resolvedAt(words), 20, words);
    }
    for (const words of ['Incident non résolu', 'Toujours pas résolu, escalade', 'Ticket marqué comme résolu', 'Störung nicht behoben',
      'Noch nicht vollständig behoben', 'Vorübergehend behoben', 'Alarm ausgelöst', 'No resuelto', 'Todavía no se ha resuelto', 'Ticket marcado como resuelto']) {
      assert.strictEqual(resolvedAt(words), 60, words);
    }
  });

  it('reads a status page\'s updates: "Investigating" is detection, "Monitoring" mitigation, "Resolved" the resolution', () => {
    const updates = (...entries: string[]) => ['# Login failures', '', '**Date:** 2025-03-03', '', '## Timeline', '', 'All times UTC.', '', ...entries].join('\n');
    const m = (text: string) => analyze(text, { now }).metrics;
    const summary = (x: ReturnType<typeof m>) => [x.timeToDetectMinutes, x.timeToMitigateMinutes, x.timeToResolveMinutes];
    for (const [investigating, monitoring] of [['**Investigating** - We are looking into login errors', '**Monitoring** - A fix has been implemented'],
      ['Investigating: login errors reported', 'Monitoring: certificate renewed'], ['*Investigating* — login errors', '*Monitoring* — renewed']]) {
      const text = updates('- 22:50 - Certificate expires. Outage begins.', `- 23:05 - ${investigating}`, `- 23:58 - ${monitoring}`, '- 00:35 - **Resolved** - Logins work normally.');
      assert.deepStrictEqual(summary(m(text)), [15, 68, 105], investigating);
    }
    // "Monitoring" in a sentence is work, not a status update; an entry that opens with "Investigating" says the team
    // knew (see status-updates.test.ts)
    const work = updates('- 22:50 - Certificate expires. Outage begins.', '- 23:05 - Investigating the proxy logs', '- 23:58 - Monitoring dashboards show saturation', '- 00:35 - Resolved');
    assert.deepStrictEqual(summary(m(work)), [15, null, 105]);
  });

  it('reads an entry labelled with its phase, as incident templates lay them out: Detection, Mitigation, Resolution', () => {
    const timeline = (...entries: string[]) => ['# Webhook delays', '', '- Date (UTC): 2025-03-04', '', '## Timeline (UTC)', '', '- 09:05 - Outage begins: deliveries fail.', ...entries].join('\n');
    const summary = (text: string) => { const x = analyze(text, { now }).metrics; return [x.timeToDetectMinutes, x.timeToMitigateMinutes, x.timeToResolveMinutes]; };
    assert.deepStrictEqual(summary(timeline('- 09:12 - Detection: queue depth alert paged on-call.', '- 09:20 - Triage: workers crash-looping.',
      '- 09:41 - Mitigation: bad payload skipped, workers restarted.', '- 10:04 - **Resolution:** fix deployed.')), [7, 36, 59]);
    // "First alert" opening an entry is the detection, as a timeline table writes it
    assert.deepStrictEqual(summary(timeline('- 09:11 - First alert: 5xx rate >5%', '- 09:41 - Rolled back the deploy', '- 10:04 - Incident resolved')), [6, 36, 59]);
    assert.deepStrictEqual(summary(timeline('- 09:11 - First alert rule for queue depth drafted', '- 09:12 - Reviewed the first alert we got last week')), [null, null, null]);
    // a phase as the entry's whole title, as a numbered timeline of bold headlines writes it
    assert.deepStrictEqual(summary(timeline('1. **09:12 – Initial Detection**', '   - The uptime monitor sends SMS alerts.', '2. **09:41 – Partial Restoration via a second ISP**',
      '3. **10:04 – Resolution**')), [7, 36, 59]);
    assert.deepStrictEqual(summary(timeline('- 09:12 - **Detection**', '- 09:41 - Partial recovery of the EU region')), [7, 36, null]);
    // must not change: a phase named in a sentence, or a step not yet taken, marks nothing
    assert.deepStrictEqual(summary(timeline('- 09:12 - Improve detection: add a queue alert', '- 09:20 - Mitigation: started failover to the standby',
      '- 09:41 - Mitigation: attempt failed', '- 10:04 - Resolution: pending a vendor fix', '- 10:10 - Detection: gap of 7 minutes noted')), [null, null, null]);
    assert.deepStrictEqual(summary(timeline('- 09:12 - Initial detection rules deployed', '- 09:20 - Detection gap', '- 09:41 - No partial restoration was possible')), [null, null, null]);
  });

  it('reads the end after a recurrence: an end or a resolution marked before the failure came back was not the end', () => {
    const timeline = (...entries: string[]) => ['# Incident', '', 'All times UTC.', '', '## Timeline', '', '- 2024-03-12 14:00 - Error rate rises. Outage begins',
      '- 2024-03-12 14:10 - Alert fired', '- 2024-03-12 14:30 - Rolled back the config; errors stopped', '- 2024-03-12 14:35 - The incident appears to be resolved', ...entries].join('\n');
    const m = (text: string) => analyze(text, { now }).metrics;
    const summary = (x: ReturnType<typeof m>) => [iso(x.end?.time.instant), x.durationMinutes, x.timeToMitigateMinutes, x.timeToResolveMinutes];
    for (const words of ['Errors recur on eu-west-1', 'The issue returned after the cache expired', 'Errors came back', 'Alerts resumed', 'The problem resurfaced',
      'Timeouts started again', 'Second outage: the pool is exhausted again', 'Errors have returned', 'Database cluster crashes again', 'The site went down again']) {
      // the end and the resolution come after it; the first mitigation stays the first
      assert.deepStrictEqual(summary(m(timeline(`- 2024-03-12 14:45 - ${words}`, '- 2024-03-12 15:05 - Second rollback; errors stopped', '- 2024-03-12 15:20 - Resolved'))),
        ['2024-03-12T15:05Z', 65, 30, 80], words);
      // with no end marked after it, the outage has no known end
      assert.deepStrictEqual(summary(m(timeline(`- 2024-03-12 14:45 - ${words}`))), [undefined, null, 30, null], words);
    }
    // no recurrence: a negation, a prevention, a worry, a schedule, a return to normal
    for (const words of ['Errors did not recur', 'Monitoring to make sure it has not recurred', 'Added an alert to prevent it from recurring', 'The issue may recur at peak',
      'The recurring backup job started', 'Errors returned to baseline', 'Traffic resumed', 'Watched for a recurrence', 'The cluster has not crashed again']) {
      assert.deepStrictEqual(summary(m(timeline(`- 2024-03-12 14:45 - ${words}`, '- 2024-03-12 15:05 - Second rollback; errors stopped'))), ['2024-03-12T14:30Z', 30, 30, 35], words);
    }
    // an end the author states stays: the recurrence in the timeline does not undo it
    const stated = ['# Incident', '', '- End: 2024-03-12 14:30 UTC', '', '## Timeline', '', '- 2024-03-12 14:00 UTC - Outage begins', '- 2024-03-12 14:45 UTC - Errors recur', '- 2024-03-12 15:05 UTC - Errors stopped'].join('\n');
    assert.strictEqual(iso(m(stated).end?.time.instant), '2024-03-12T14:30Z');
  });

  it('takes the outage window stated in the summary or impact when nothing else gives the start or the end', () => {
    const doc = (section: string, sentence: string, timeline = '- 12:40 UTC - Postmortem drafted') => ['# Crate downloads broken', '', `## ${section}`, '', sentence, '', '## Timeline', '', timeline].join('\n');
    const rows: [string, string, string, string, number][] = [
      ['Summary', 'On 2023-07-20 between 12:17 and 12:30 UTC all crate downloads from crates.io were broken.', '2023-07-20T12:17Z', '2023-07-20T12:30Z', 13],
      ['Impact', 'For about 13 minutes, between 12:17 and 12:30 UTC on 2023-07-20, downloads failed.', '2023-07-20T12:17Z', '2023-07-20T12:30Z', 13],
      ['Summary', 'From 23:40 to 00:15 UTC on 2023-07-20 the API returned errors.', '2023-07-20T23:40Z', '2023-07-21T00:15Z', 35],
      // "from" between the date and the start, which the date joins ("2023-07-20 from 12:17"), with or without "~"
      ['Summary', 'On 2023-07-20 from 12:17 to 12:30 UTC downloads failed.', '2023-07-20T12:17Z', '2023-07-20T12:30Z', 13],
      ['Summary', 'On 2023-07-20 from ~12:17 to 12:30 UTC downloads failed.', '2023-07-20T12:17Z', '2023-07-20T12:30Z', 13],
      ['Summary', 'On 2023-07-20 between ~12:17 and ~12:30 UTC downloads failed.', '2023-07-20T12:17Z', '2023-07-20T12:30Z', 13],
      // emphasis around the window's times
      ['Summary', 'On 2023-07-20, from **03:26 to 06:19 UTC** (05:26–08:19 CEST), the whole API returned 503.', '2023-07-20T03:26Z', '2023-07-20T06:19Z', 173],
      ['Summary', 'On 2023-07-20 downloads failed between **12:17 and 12:30 UTC**.', '2023-07-20T12:17Z', '2023-07-20T12:30Z', 13],
      // in French, German and Spanish
      ['Résumé', 'Le 20 juillet 2023, entre 12h17 et 12h30 UTC, les téléchargements ont échoué.', '2023-07-20T12:17Z', '2023-07-20T12:30Z', 13],
      ['Résumé', 'Le 20/07/2023, de 23h40 à 00h15 UTC, l’API a renvoyé des erreurs.', '2023-07-20T23:40Z', '2023-07-21T00:15Z', 35],
      ['Zusammenfassung', 'Am 20.07.2023 zwischen 12:17 und 12:30 UTC schlugen Downloads fehl.', '2023-07-20T12:17Z', '2023-07-20T12:30Z', 13],
      ['Zusammenfassung', 'Am 20.07.2023 von etwa 12:17 bis 12:30 Uhr UTC schlugen Downloads fehl.', '2023-07-20T12:17Z', '2023-07-20T12:30Z', 13],
      ['Resumen', 'El 20 de julio de 2023, entre las 12:17 y las 12:30 UTC, las descargas fallaron.', '2023-07-20T12:17Z', '2023-07-20T12:30Z', 13],
      ['Resumen', 'El 20 de julio de 2023, desde las 12:17 hasta las 12:30 UTC, las descargas fallaron.', '2023-07-20T12:17Z', '2023-07-20T12:30Z', 13],
      // the window in parentheses after a stated duration
      ['Summary', 'For 13 minutes on July 20, 2023 (12:17-12:30 UTC), crate downloads failed.', '2023-07-20T12:17Z', '2023-07-20T12:30Z', 13],
      ['Summary', 'For about 2 hours and 20 minutes (10:10–12:30 UTC) on 2023-07-20, some users could not log in.', '2023-07-20T10:10Z', '2023-07-20T12:30Z', 140],
      ['Summary', 'On 2023-07-20, for approximately 13 minutes (~12:17 – 12:30 UTC), downloads failed.', '2023-07-20T12:17Z', '2023-07-20T12:30Z', 13],
      ['Summary', 'On 2023-07-20 the outage lasted 13 minutes (12:17-12:30 UTC).', '2023-07-20T12:17Z', '2023-07-20T12:30Z', 13],
      // a date written before the window in its sentence is its day (in the Summary the document's date is it anyway)
      ['Impact', 'On 2023-07-20 between 12:17 and 12:30 UTC downloads failed.', '2023-07-20T12:17Z', '2023-07-20T12:30Z', 13],
      ['Impact', 'On 2023-07-20, between 09:10 and 09:50 CEST, downloads failed.', '2023-07-20T07:10Z', '2023-07-20T07:50Z', 40],
      // a note on the start in parentheses, before the word that joins the end; the end's zone is the start's
      ['Summary', 'On 2023-07-20 the API failed from ~12:00 (maybe before) to 17:55 UTC.', '2023-07-20T12:00Z', '2023-07-20T17:55Z', 355],
      ['Impact', 'For about 40 minutes, between 09:10 (first alert) and 09:50 CEST on 2023-07-20, downloads failed.', '2023-07-20T07:10Z', '2023-07-20T07:50Z', 40],
    ];
    for (const [section, sentence, start, end, minutes] of rows) {
      const a = analyze(doc(section, sentence), { now });
      assert.deepStrictEqual([iso(a.metrics.start?.time.instant), iso(a.metrics.end?.time.instant), a.metrics.durationMinutes, a.metrics.start?.source], [start, end, minutes, 'text'], sentence);
    }
    // a marked timeline is what the summary sums up: it wins
    const marked = analyze(doc('Summary', 'On 2023-07-20 between 12:17 and 12:30 UTC downloads failed.', '- 2023-07-20 12:15 UTC - Outage begins\n- 2023-07-20 12:31 UTC - Resolved'), { now });
    assert.deepStrictEqual([iso(marked.metrics.start?.time.instant), marked.metrics.durationMinutes], ['2023-07-20T12:15Z', 16]);
    // a timeline that marks only the resolution takes its start from the window, and keeps its own end
    const resolvedOnly = analyze(doc('Summary', 'On 2023-07-20 between 12:17 and 12:30 UTC downloads failed.', '- 2023-07-20 12:40 UTC - Resolved'), { now });
    assert.deepStrictEqual([iso(resolvedOnly.metrics.start?.time.instant), resolvedOnly.metrics.start?.source, iso(resolvedOnly.metrics.resolved?.time.instant), resolvedOnly.metrics.end?.source],
      ['2023-07-20T12:17Z', 'text', '2023-07-20T12:40Z', 'timeline']);
    // other sections, and ranges that are not a window ("14:02 - 14:20" without between/from), give nothing
    assert.strictEqual(analyze(doc('Root cause', 'On 2023-07-20 between 12:17 and 12:30 UTC a job ran twice.'), { now }).metrics.start, undefined);
    // must not change: two times with a note between them, no word joining them as a window
    assert.strictEqual(analyze(doc('Summary', 'On 2023-07-20 from 12:17 (first alert) errors grew; 12:30 UTC saw the rollback.'), { now }).metrics.start, undefined);
    assert.strictEqual(analyze(doc('Summary', 'On 2023-07-20 the 12:17 - 12:30 UTC job ran twice.'), { now }).metrics.start, undefined);
    assert.strictEqual(analyze(doc('Résumé', 'Le 20/07/2023 la tâche de 12:17 et celle de 12:30 UTC ont tourné deux fois.'), { now }).metrics.start, undefined);
    assert.strictEqual(analyze(doc('Summary', 'On 2023-07-20 the 12:17 et 12:30 UTC jobs ran twice.'), { now }).metrics.start, undefined);
    assert.strictEqual(analyze(doc('Summary', 'On 2023-07-20 the **12:17 - 12:30 UTC** job ran twice.'), { now }).metrics.start, undefined);
    // a date in the sentence before dates no window in the Impact section
    assert.strictEqual(analyze(doc('Impact', 'Downloads failed on 2023-07-19. Between 09:10 and 09:50 UTC uploads failed.'), { now }).metrics.start, undefined);
    // a duration that is not the outage's: "for" after another verb, no parentheses
    assert.strictEqual(analyze(doc('Summary', 'On 2023-07-20 the nightly job runs for 2 hours (01:00-03:00 UTC) and was slow.'), { now }).metrics.start, undefined);
    assert.strictEqual(analyze(doc('Summary', 'For 13 minutes on 2023-07-20 the 12:17 - 12:30 UTC job ran twice.'), { now }).metrics.start, undefined);
    // the zone written after the window is both times' zone, whatever zone the timeline declares
    const cest = ['# API outage', '', '## Summary', '', 'On 2026-09-16, from **03:26 to 06:19 UTC**, the API returned 503.', '', '## Timeline (CEST)', '', '- 08:24 - Disk trimmed'].join('\n');
    assert.deepStrictEqual([iso(analyze(cest, { now }).metrics.start?.time.instant), analyze(cest, { now }).metrics.durationMinutes], ['2026-09-16T03:26Z', 173]);
  });

  it('takes the outage window from the lead paragraph of a blog post, also "between approximately ... and ..."', () => {
    const lead = 'Between approximately 2025-03-02 22:40 UTC and 2025-03-03 06:10 UTC the package index served stale metadata.';
    const rest = ['', 'The cache in front of the index kept serving old files after a renewal job failed.', '', '## What we changed', '', '1. The renewal job now alerts on failure.'];
    const cases: [string, string[], (string | number | null | undefined)[]][] = [
      // the title as a level-2 heading (a blog's post template), as a level-1 heading, in front matter
      ['## title', ['## 2025-03-02 Index outage', '', lead, ...rest], ['2025-03-02T22:40Z', '2025-03-03T06:10Z', 450]],
      ['# title', ['# Index outage', '', lead, ...rest], ['2025-03-02T22:40Z', '2025-03-03T06:10Z', 450]],
      ['front matter title', ['---', 'title: Index outage', '---', '', lead, ...rest], ['2025-03-02T22:40Z', '2025-03-03T06:10Z', 450]],
      ['"between approximately" in a Summary', ['# Index outage', '', '## Summary', '', lead], ['2025-03-02T22:40Z', '2025-03-03T06:10Z', 450]],
      ['above a later title (status pages)', ['---', 'layout: post', '---', lead, '', '# Index outage', '', 'Details follow.'], ['2025-03-02T22:40Z', '2025-03-03T06:10Z', 450]],
      ['"from about ... to ..."', ['# Index outage', '', 'From about 22:40 to 23:10 UTC on 2025-03-02 the index served stale metadata.'], ['2025-03-02T22:40Z', '2025-03-02T23:10Z', 30]],
      // nothing under the title: the heading under it opens the incident (GitHub's availability reports)
      ['under a dated heading below a bare title', ['# Incident with GitHub Actions', '', '## March 12 14:02 UTC (lasting 1 hour and 8 minutes)', '',
        'On March 12, 2024, between 14:02 UTC and 15:10 UTC, GitHub Actions experienced degraded performance.'], ['2024-03-12T14:02Z', '2024-03-12T15:10Z', 68]],
      // must not change: a window in another section, a window after the lead paragraph, a front matter title with a
      // second-level heading first (that heading is a section, not the title), a range that is not a window
      ['a window under another heading', ['# Index outage', '', '## Root cause', '', lead], [undefined, undefined, null]],
      ['under the second heading when the title has text of its own', ['# Index outage', '', 'What we know so far.', '', '## Cache', '', lead], [undefined, undefined, null]],
      ['under a third-level heading below a second-level one', ['# Index outage', '', '## Cache', '', '### Details', '', lead], [undefined, undefined, null]],
      ['under the first section of a titled post', ['---', 'title: Index outage', '---', '', '## Cache', '', lead], [undefined, undefined, null]],
      ['a range without between/from', ['# Index outage', '', 'The 22:40 - 23:10 UTC job on 2025-03-02 ran twice.'], [undefined, undefined, null]],
      ['"between approximately" numbers', ['# Index outage', '', 'Latency was between approximately 30 and 60 ms on 2025-03-02.'], [undefined, undefined, null]],
    ];
    for (const [what, lines, want] of cases) {
      const a = analyze(lines.join('\n'), { now });
      assert.deepStrictEqual([iso(a.metrics.start?.time.instant), iso(a.metrics.end?.time.instant), a.metrics.durationMinutes], want, what);
    }
  });

  it('takes the start and the end from the sentences of the summary that state them, when nothing else gives them', () => {
    const doc = (summary: string, timeline = '- 16:00 UTC - Postmortem drafted') => ['# Checkout outage', '', '## Summary', '', summary, '', '## Timeline', '', timeline].join('\n');
    const rows: [string, string | undefined, string | undefined][] = [
      ['On March 12, 2024 at 14:02 UTC, checkout requests began failing after a configuration push. Service was restored at 15:10 UTC.', '2024-03-12T14:02Z', '2024-03-12T15:10Z'],
      ['On 2024-03-12 the outage began at 14:02 and ended at 15:10 UTC.', '2024-03-12T14:02Z', '2024-03-12T15:10Z'],
      ['Errors started at 23:40 UTC on 2024-03-12. The incident was resolved at 00:25 UTC.', '2024-03-12T23:40Z', '2024-03-13T00:25Z'],
      ['Errors started at 2024-03-12 14:02 UTC; the issue was resolved the same afternoon.', '2024-03-12T14:02Z', undefined],
      ['On March 12, 2024, at about 9:40am UTC, all services on the cluster became inaccessible. At 12:10pm UTC all services came back online.', '2024-03-12T09:40Z', '2024-03-12T12:10Z'],
      ['The site went down at 2024-03-12 22:05 UTC. After a restart we were back online at 22:31 UTC.', '2024-03-12T22:05Z', '2024-03-12T22:31Z'],
      ['The homeserver was unavailable from 2024-03-12 17:45 UTC and full service resumed at 2024-03-13 18:00 UTC.', '2024-03-12T17:45Z', '2024-03-13T18:00Z'],
      ['On 2024-03-12 the API was down from 14:02 UTC. Normal service resumed at 15:10 UTC.', '2024-03-12T14:02Z', '2024-03-12T15:10Z'],
      ['On March 12, 2024 starting at approximately 01:30am PDT, the API began experiencing increased error rates.', '2024-03-12T08:30Z', undefined],
      ['On 2024-03-12 we started experimenting with the cache at 14:02 UTC.', undefined, undefined],
      ['On 2024-03-12, around 16:40 UTC, all the services on the proxy ceased to be accessible.', '2024-03-12T16:40Z', undefined],
      ['At 09:12 UTC on 2024-03-12 the API stopped responding. It was back online at 09:40 UTC.', '2024-03-12T09:12Z', '2024-03-12T09:40Z'],
      ['On 2024-03-12 the login page stopped working at 14:02 UTC.', '2024-03-12T14:02Z', undefined],
      // stopping something else is no outage
      ['On 2024-03-12 the alerts stopped firing at 14:02 UTC.', undefined, undefined],
      ['On 2024-03-12 a deploy went out. On 2024-03-13 errors started at 14:02 UTC.', '2024-03-13T14:02Z', undefined],
      // the service "experienced" an outage, a failure, a degradation or a spike of errors, as community blogs open
      ['On Tuesday, March 12th, 2024 at roughly 18:52 UTC the instance experienced a 7 minute cascading failure.', '2024-03-12T18:52Z', undefined],
      ['On March 12th, 2024 at approximately 01:55 UTC the media proxy experienced a service degradation in which images failed to load.', '2024-03-12T01:55Z', undefined],
      ['On March 12th, 2024 at approximately 22:26 UTC the site experienced a spike in HTTP response times.', '2024-03-12T22:26Z', undefined],
      ['At 14:02 UTC on 2024-03-12 customers in the EU experienced errors when paying.', '2024-03-12T14:02Z', undefined],
      // must not change: what was experienced is no failure, or none was experienced
      ['On 2024-03-12 at 14:02 UTC the team experienced a surge of sign-ups.', undefined, undefined],
      ['On 2024-03-12 at 14:02 UTC the failover ran and users experienced no errors.', undefined, undefined],
      // in French, German and Spanish, a German verb before its subject, a Spanish reflexive verb
      ['Le 12 mars 2024, la panne a commencé à 14h02 UTC. Le service a été rétabli à 15h10 UTC.', '2024-03-12T14:02Z', '2024-03-12T15:10Z'],
      ['Am 12. März 2024 begann die Störung um 14:02 UTC. Die Störung endete um 15:10 UTC.', '2024-03-12T14:02Z', '2024-03-12T15:10Z'],
      ['El 12 de marzo de 2024 el incidente comenzó a las 14:02 UTC. El servicio se restableció a las 15:10 UTC.', '2024-03-12T14:02Z', '2024-03-12T15:10Z'],
      ['Am 12. März 2024 begann die Besprechung um 14:02 UTC. Die Störung endete nicht um 15:10 UTC.', undefined, undefined],
      ['El 12 de marzo de 2024 el servicio no se restableció a las 15:10 UTC.', undefined, undefined],
      // a time that is not the outage's: "was down" without from/since, a service that resumed a task
      ['On 2024-03-12 the API was down for 40 minutes after the 14:02 UTC deploy.', undefined, undefined],
      ['On 2024-03-12 the billing service resumed its retries at 15:10 UTC.', undefined, undefined],
      // a sentence that opens with "Starting at" / "Beginning at", "we began seeing", "lasting until"
      ['Starting at 14:02 UTC on March 12, 2024, customers could not check out. Service was fully restored at 14:44 UTC.', '2024-03-12T14:02Z', '2024-03-12T14:44Z'],
      ['At approximately 14:02 UTC on March 12, 2024 we began seeing elevated errors. By 14:44 UTC error rates were back to normal.', '2024-03-12T14:02Z', '2024-03-12T14:44Z'],
      ['Beginning at 14:02 UTC on 2024-03-12, and lasting until 14:44 UTC, the API returned 503s.', '2024-03-12T14:02Z', '2024-03-12T14:44Z'],
      ['- **Beginning around** 2024-03-12 14:02 UTC the API returned 503s.', '2024-03-12T14:02Z', undefined],
      // two times in a sentence, each told by the words right before it
      ['Around 14:02 UTC on 2024-03-12 users started experiencing timeouts; the issue was mitigated at 14:30 UTC and resolved at 14:44 UTC.', '2024-03-12T14:02Z', '2024-03-12T14:44Z'],
      ['On 2024-03-12 a deploy broke checkout. We rolled back at 14:40 and checkout recovered at 14:44 UTC.', undefined, '2024-03-12T14:44Z'],
      ['On 2024-03-12 the outage began at 14:02, after a deploy at 13:55 UTC.', '2024-03-12T14:02Z', undefined],
      // three times or more in a sentence, each told by the words right before it
      ['On 2024-03-12 at 14:02 UTC a configuration push broke checkout. We were alerted at 14:09 UTC, rolled back at 14:30 UTC, and the service recovered at 14:44 UTC.', undefined, '2024-03-12T14:44Z'],
      ['On 2024-03-12 errors started at 14:02 UTC; we were paged at 14:09, rolled back at 14:30 and the service recovered at 14:44 UTC.', '2024-03-12T14:02Z', '2024-03-12T14:44Z'],
      // must not change: none of the words before the times marks a start or an end
      ['On 2024-03-12 we were paged at 14:09 UTC, rolled back at 14:30 UTC and posted an update at 14:44 UTC.', undefined, undefined],
      // must not change: a start of something else, an end denied, words that do not lead up to the time
      ['On 2024-03-12 the deploy started at 13:55 and the migration at 14:02 UTC.', undefined, undefined],
      ['On 2024-03-12 the outage was not resolved at 14:30 UTC; a second fix at 14:44 UTC held.', undefined, undefined],
      ['Starting next week, on-call engineers will review the 14:02 UTC alerts of 2024-03-12.', undefined, undefined],
      // which time is meant is a guess: a sentence with no marker
      ['On 2024-03-12 at 14:02 UTC a configuration push reached production.', undefined, undefined],
      // an end before the start that a date pins is no end
      ['Service was restored at 2024-03-12 13:10 UTC. Errors started at 2024-03-12 14:02 UTC.', '2024-03-12T14:02Z', undefined],
    ];
    for (const [summary, start, end] of rows) {
      const a = analyze(doc(summary), { now });
      assert.deepStrictEqual([iso(a.metrics.start?.time.instant), iso(a.metrics.end?.time.instant)], [start, end], summary);
      if (start) assert.strictEqual(a.metrics.start?.source, 'text');
    }
    // the text that opens the timeline before its first entry sums the incident up too; a note between entries does not
    const opened = (intro: string, note = '') => analyze(['# Pricing outage', '', '**Date:** 2022-11-04', '', 'All times UTC.', '', '## Timeline', '', intro,
      '- 5:37 P.M. – A TV segment sends customers to the site.', '- 5:49 P.M. – The pricing latency alarm goes off.', note, '- 7:41 P.M. – The system operates properly.'].join('\n'), { now }).metrics;
    const intro = opened('This outage started at 5:37 P.M. and ended at 8:23 P.M. Here is the detailed timeline:');
    assert.deepStrictEqual([iso(intro.start?.time.instant), iso(intro.end?.time.instant)], ['2022-11-04T17:37Z', '2022-11-04T20:23Z']);
    const between = opened('Here is the detailed timeline:', 'Note: a similar outage started at 4:00 P.M. and ended at 4:30 P.M. in 2021.');
    assert.deepStrictEqual([iso(between.start?.time.instant), iso(between.end?.time.instant)], [undefined, undefined]);
    // a timeline of offsets with no clock for its zero: `T+0:26` is no time of day, so start and end have no instant
    const offsets = analyze(['# Lockout', '', '**Date:** 2025-01-19', '', '## Timeline', '', '**T+0:26** - **INCIDENT START:** SSH times out', '**T+9:00** - **INCIDENT END:** rebuilt'].join('\n'), { now }).metrics;
    assert.deepStrictEqual([offsets.start?.time.instant, offsets.end?.time.instant, offsets.durationMinutes], [undefined, undefined, 514]);
    // a blog post's lead: the date of an earlier sentence dates a sentence that writes none, not the day of publication
    const blog = (lead: string) => analyze(['---', 'title: Why was the site down for ten hours?', 'date: "2024-10-22"', '---', '', lead].join('\n'), { now }).metrics;
    const lead = blog('On Friday October 18th 2024, we had ten hours of downtime on the website. The downtime started around 10AM UTC and was resolved the same day, by 8PM.');
    assert.deepStrictEqual([iso(lead.start?.time.instant), iso(lead.end?.time.instant)], ['2024-10-18T10:00Z', '2024-10-18T20:00Z']);
    // must not change: with no date in the paragraph, the front matter's date is the day
    const undated = blog('We had ten hours of downtime on the website. The downtime started around 10AM UTC and was resolved the same day, by 8PM.');
    assert.deepStrictEqual([iso(undated.start?.time.instant), iso(undated.end?.time.instant)], ['2024-10-22T10:00Z', '2024-10-22T20:00Z']);
    // the timeline's markers win; a start the timeline lacks comes from the summary
    const marked = analyze(doc('On 2024-03-12 errors started at 14:02 UTC. Service was restored at 15:10 UTC.', '- 2024-03-12 14:00 UTC - Outage begins\n- 2024-03-12 15:20 UTC - Resolved'), { now });
    assert.deepStrictEqual([iso(marked.metrics.start?.time.instant), iso(marked.metrics.resolved?.time.instant), marked.metrics.end?.source], ['2024-03-12T14:00Z', '2024-03-12T15:20Z', 'timeline']);
    const endOnly = analyze(doc('On 2024-03-12 errors started at 14:02 UTC.', '- 2024-03-12 15:20 UTC - Resolved'), { now });
    assert.deepStrictEqual([iso(endOnly.metrics.start?.time.instant), endOnly.metrics.durationMinutes], ['2024-03-12T14:02Z', 78]);
    // other sections state no milestone
    const rootCause = ['# Outage', '', '## Root cause', '', 'On 2024-03-12 errors started at 14:02 UTC.'].join('\n');
    assert.strictEqual(analyze(rootCause, { now }).metrics.start, undefined);
    // a "Problem" section is the summary, as operations teams title it
    const problem = ['# Proxy down', '', '## Problem', '', 'On 2024-03-12 at 16:40 UTC all services became unreachable.', '', '## Investigation', '', 'We rebooted the proxy.'].join('\n');
    assert.strictEqual(iso(analyze(problem, { now }).metrics.start?.time.instant), '2024-03-12T16:40Z');
  });

  it('takes the detection and the mitigation from the words right before a time in the summary, when nothing else gives them', () => {
    const doc = (summary: string, timeline = '- 16:00 UTC - Postmortem drafted') => ['# Checkout outage', '', '## Summary', '', summary, '', '## Timeline', '', timeline].join('\n');
    const rows: [string, number | null, number | null][] = [
      ['On 2024-03-12 errors started at 14:02 UTC; we were paged at 14:09, rolled back at 14:30 and the service recovered at 14:44 UTC.', 7, 28],
      ['On 2024-03-12 errors started at 14:02 UTC. The on-call engineer was alerted at 14:05 UTC. We reverted the config; the change was reverted at 14:20 UTC.', 3, 18],
      ['On 2024-03-12 checkout began failing at 14:02 UTC. The problem was detected at 14:12 UTC and mitigated at 14:25 UTC.', 10, 23],
      ['On 2024-03-12 errors started at 14:02 UTC. Our monitoring alerted us at 14:06 UTC and paged the on-call engineer at 14:08 UTC.', 4, null],
      ['On 2024-03-12 errors started at 14:02 UTC. PagerDuty notified the on-call at 14:04 UTC.', 2, null],
      // must not change: a detection or mitigation denied, to come, or before the start; words that do not lead up to the time
      ['On 2024-03-12 errors started at 14:02 UTC. Nobody was paged; the service was not rolled back at 14:30 UTC.', null, null],
      ['On 2024-03-12 errors started at 14:02 UTC, after a deploy we had rolled back at 13:40 UTC.', null, null],
      ['On 2024-03-12 errors started at 14:02 UTC. We were alerted by a customer and rolled the change back later, at 14:30 UTC.', null, null],
    ];
    for (const [summary, ttd, ttm] of rows) {
      const { metrics } = analyze(doc(summary), { now });
      assert.deepStrictEqual([metrics.timeToDetectMinutes, metrics.timeToMitigateMinutes], [ttd, ttm], summary);
    }
    // the timeline's markers win
    const marked = analyze(doc('On 2024-03-12 errors started at 14:02 UTC; we were paged at 14:09 and rolled back at 14:30 UTC.', '- 2024-03-12 14:04 UTC - Alert fired\n- 2024-03-12 14:20 UTC - Rolled back the deploy'), { now }).metrics;
    assert.deepStrictEqual([marked.timeToDetectMinutes, marked.timeToMitigateMinutes, marked.detected?.source], [2, 18, 'timeline']);
  });

  it('takes the year of dates written without one from a month and year in the title', () => {
    const doc = (title: string, lead = 'All times UTC.') => [`# ${title}`, '', lead, '', '## Timeline', '', '- March 4 14:00 - Outage begins', '- March 4 15:00 - Resolved'].join('\n');
    const rows: [string, string, string | undefined][] = [
      ['March 2019 database outage', 'All times UTC.', '2019-03-04T14:00Z'],
      ['Database outage, Sept. 2019', 'All times UTC.', '2019-03-04T14:00Z'],
      // a weekday in the lead that both years allow is read in the title's year
      ['July 2017 IT service disruption summary', 'On Friday, July 21, at 10:00 UTC the firewall failed.', '2017-03-04T14:00Z'],
      // must not change: no month before the year, a version number (the year stays unknown), a date the document
      // writes in full
      ['Database outage 2019', 'All times UTC.', undefined],
      ['March 2019.3 release broke logins', 'All times UTC.', undefined],
      ['March 2019 database outage', '**Date:** 2024-03-04', '2024-03-04T14:00Z'],
      // French, German and Spanish month names, as those teams title a postmortem
      ['Panne du service de paiement, juin 2019', 'All times UTC.', '2019-03-04T14:00Z'],
      ['Ausfall im März 2019', 'All times UTC.', '2019-03-04T14:00Z'],
      ['Caída del servicio en junio de 2019', 'All times UTC.', '2019-03-04T14:00Z'],
      ['Incident de févr. 2019', 'All times UTC.', '2019-03-04T14:00Z'],
      // must not change: a month name inside a word, a year that is a version
      ['Automai 2019 rollout', 'All times UTC.', undefined],
      ['Panne juin 2019.2', 'All times UTC.', undefined],
    ];
    for (const [title, lead, start] of rows) {
      assert.strictEqual(iso(analyze(doc(title, lead), { now }).metrics.start?.time.instant), start, title);
    }
    const lead = analyze(['# July 2017 IT service disruption summary', '', 'The issues began at approximately 10:00 UTC on Friday, July 21.'].join('\n'), { now });
    assert.strictEqual(iso(lead.metrics.start?.time.instant), '2017-07-21T10:00Z');
    // a day without its year under such a title dates the window written after it (a monthly availability report)
    const report = (title: string) => analyze([`# ${title}`, '', '### March 5 08:23 UTC (lasting 53 minutes)', '',
      'On March 5, between 08:23 and 09:16 UTC, GitHub Actions runs failed to start for all customers.'].join('\n'), { now }).metrics;
    const monthly = report('March 2024 availability report');
    assert.deepStrictEqual([iso(monthly.start?.time.instant), iso(monthly.end?.time.instant), monthly.durationMinutes, monthly.durationStated], ['2024-03-05T08:23Z', '2024-03-05T09:16Z', 53, undefined]);
    // without the title's year the day dates nothing: the heading's duration stands, as stated
    const yearless = report('Availability report');
    assert.deepStrictEqual([iso(yearless.start?.time.instant), yearless.durationMinutes, yearless.durationStated?.text], [undefined, 53, '53 minutes']);
  });

  it('takes the document\'s date from the heading that opens it when the front matter\'s title has none', () => {
    const doc = (heading: string) => ['---', 'title: Cache outage', '---', '', heading, '', 'The cache failed.', '', '## Timeline', '',
      '- 23:54 UTC, 26 Sep: Outage begins', '- 01:10 UTC, 27 Sep: Resolved'].join('\n');
    const rows: [string, string | undefined][] = [
      ['### Cache outage: 26 September 2025', '2025-09-26T23:54Z'],
      ['## Outage of September 26, 2025', '2025-09-26T23:54Z'],
      // must not change: a heading with no date, a heading that names a section
      ['### Cache outage', undefined],
      ['## Summary', undefined],
    ];
    for (const [heading, start] of rows) assert.strictEqual(iso(analyze(doc(heading), { now }).metrics.start?.time.instant), start, heading);
  });

  it('takes the outage window written in the Duration field when nothing else gives the start or the end', () => {
    const header = (duration: string, date = '2026-02-02') => ['# Incident Report: CI runners unavailable', '', `**Date:** ${date}  `, `**Duration:** ${duration}  `, '', '## Timeline (UTC)', '', '| Time | Event |', '|---|---|', '| ~19:15 | Status page checked |'].join('\n');
    const rows: [string, string | undefined, string | undefined, number | null][] = [
      ['~6 hours (approximately 18:00 – 00:30 UTC)', '2026-02-02T18:00Z', '2026-02-03T00:30Z', 390],
      ['12:22PM PST to 3:00PM PST', '2026-02-02T20:22Z', '2026-02-02T23:00Z', 158],
      ['45 minutes (14:02 - 14:47)', '2026-02-02T14:02Z', '2026-02-02T14:47Z', 45],
      ['~55 minutes (unreachable 14:17:49 → 15:12:45 MST)', '2026-02-02T21:17:49.000Z', '2026-02-02T22:12:45.000Z', 55],
      ['40 minutes (09:10 -> 09:50 UTC)', '2026-02-02T09:10Z', '2026-02-02T09:50Z', 40],
      // each end approximate ("~21:02 AEST → ~21:33 AEST")
      ['~31m active (~21:02 AEST → ~21:33 AEST)', '2026-02-02T11:02Z', '2026-02-02T11:33Z', 31],
      ['40 minutes (09:10 to about 09:50 UTC)', '2026-02-02T09:10Z', '2026-02-02T09:50Z', 40],
      // a range written with `~` or `〜`; after a zone a `~` hedges the end and joins nothing
      ['20 minutes (14:00~14:20 UTC)', '2026-02-02T14:00Z', '2026-02-02T14:20Z', 20],
      ['20分 (14:00〜14:20 JST)', '2026-02-02T05:00Z', '2026-02-02T05:20Z', 20],
      ['14:00 to ~14:20 UTC', '2026-02-02T14:00Z', '2026-02-02T14:20Z', 20],
      ['20 minutes (14:00 UTC ~14:20 UTC)', undefined, undefined, 20],
      // a duration alone, or one time, is no window: no start or end, and the duration is the one stated ("1:30" is none)
      ['1:30', undefined, undefined, null], ['6 hours, until 00:30 UTC', undefined, undefined, 360], ['about 4 hours', undefined, undefined, 240],
    ];
    for (const [duration, start, end, minutes] of rows) {
      const a = analyze(header(duration), { now });
      assert.deepStrictEqual([iso(a.metrics.start?.time.instant), iso(a.metrics.end?.time.instant), a.metrics.durationMinutes ?? null], [start, end, minutes], duration);
    }
    // a field labelled as the outage's window is the Duration field: its two times joined by a dash are the window
    const labelled: [string, string | undefined, string | undefined][] = [
      ['Outage window: **~15:37–21:25 AEST (~05:37–11:25 UTC), ≈ 5h50m**, affecting signed-in users.', '2026-02-02T05:37Z', '2026-02-02T11:25Z'],
      ['- **Impact window:** 14:02-14:47 CET', '2026-02-02T13:02Z', '2026-02-02T13:47Z'],
      ['**Incident window**: 09:15 – 11:22 UTC+05:30', '2026-02-02T03:45Z', '2026-02-02T05:52Z'],
      // "Period" alone, as an outage report's header writes it, and the date written in the field
      ['**Period:** March 12th 2026 18:50 UTC to 19:20 (30 minutes)', '2026-03-12T18:50Z', '2026-03-12T19:20Z'],
      ['- **Incident period:** 14:02-14:47 CET', '2026-02-02T13:02Z', '2026-02-02T13:47Z'],
      // a template's "Start–End" (also "Start/End", "Start and end time") names the same window
      ['**Start–End:** 2026-02-02 14:02 → 14:37 PT', '2026-02-02T22:02Z', '2026-02-02T22:37Z'],
      ['- Start/End: 14:02-14:47 CET', '2026-02-02T13:02Z', '2026-02-02T13:47Z'],
      ['- **Start and end time:** 09:15 – 11:22 UTC', '2026-02-02T09:15Z', '2026-02-02T11:22Z'],
      // must not change: a maintenance window is not the outage's
      ['Maintenance window: 02:00–04:00 UTC', undefined, undefined],
      ['**Billing period:** 01:00–02:00 UTC', undefined, undefined],
      ['- Start and end of the freeze: 01:00–02:00 UTC', undefined, undefined],
    ];
    for (const [line, start, end] of labelled) {
      const a = analyze(['# Checkout errors', '', '**Date:** 2026-02-02', '', '## Summary', '', line].join('\n'), { now });
      assert.deepStrictEqual([iso(a.metrics.start?.time.instant), iso(a.metrics.end?.time.instant)], [start, end], line);
    }
    // the Duration field's whole window beats the timeline's markers: a later follow-up is no end, an earlier alert no start
    const withTimeline = (duration: string, ...entries: string[]) => analyze(['# Incident Report: Login outage', '', '**Date:** 2026-02-02  ', `**Duration:** ${duration}  `, '',
      '## Timeline', '', ...entries].join('\n'), { now });
    const beats: [string, string[], (string | number | null | undefined)[]][] = [
      ['~8.75 hours (09:30–18:15 AEST)', ['- 09:30 AEST - Logins fail', '- 18:15 AEST - Logins recovered', '- 20:00 AEST - Monitoring continued; incident closed'],
        ['2026-02-01T23:30Z', '2026-02-02T08:15Z', 525, 630]],
      ['~8.75 hours (09:30–18:15 AEST)', ['- 09:30 AEST - Outage begins', '- 18:15 AEST - Fix deployed', '- 21:40 AEST - Postmortem published. Resolved'],
        ['2026-02-01T23:30Z', '2026-02-02T08:15Z', 525, 730]],
      // must not change: a Duration with no window leaves the timeline's reading
      ['~8.75 hours', ['- 09:30 AEST - Outage begins', '- 18:15 AEST - Fix deployed', '- 21:40 AEST - Resolved'], ['2026-02-01T23:30Z', '2026-02-02T11:40Z', 730, 730]],
    ];
    for (const [duration, entries, expected] of beats) {
      const { metrics } = withTimeline(duration, ...entries);
      assert.deepStrictEqual([iso(metrics.start?.time.instant), iso(metrics.end?.time.instant), metrics.durationMinutes, metrics.timeToResolveMinutes], expected, entries.join(' / '));
    }
    // the window dates the timeline's bare times: its date is the day they are on
    const dated = withTimeline('3 hours (2026-02-05 10:00 – 13:00 UTC)', '- 10:20 UTC - We were paged');
    assert.strictEqual(dated.metrics.timeToDetectMinutes, 20);
    // stated start and end fields win over the Duration field's times
    const stated = analyze(header('18:00 – 00:30 UTC').replace('**Duration:**', '**Start:** 2026-02-02 17:50 UTC  \n**End:** 2026-02-03 00:40 UTC  \n**Duration:**'), { now });
    assert.deepStrictEqual([iso(stated.metrics.start?.time.instant), stated.metrics.start?.source], ['2026-02-02T17:50Z', 'field']);
  });

  it('reads start and end fields whose label names their zone in parentheses, in that zone', () => {
    const text = (start: string, end: string) => ['# Incident: disk pressure paused the crawl', '', '## Metadata', '', '- Date (UTC): 2026-02-04', `- Start (UTC): ${start}`, `- End (UTC): ${end}`, '', '## Timeline (UTC)', '', '- 13:30 - Crawl paused'].join('\n');
    const a = analyze(text('2026-02-04T13:23:39Z (first snapshot showing disk pressure)', '2026-02-04T16:47:12Z (jobs resumed)'), { now });
    assert.deepStrictEqual([iso(a.metrics.start?.time.instant), iso(a.metrics.end?.time.instant), a.metrics.start?.source], ['2026-02-04T13:23:39.000Z', '2026-02-04T16:47:12.000Z', 'field']);
    // an end still to come is no time: the start stands alone
    const open = analyze(text('2026-03-23T10:39:22Z', 'ongoing'), { now });
    assert.deepStrictEqual([iso(open.metrics.start?.time.instant), open.metrics.end], ['2026-03-23T10:39:22.000Z', undefined]);
    // the label's zone reads a value written without one; a zone in the value wins; the "Date (UTC):" field dates the start
    const pst = analyze('# X\n\n- Date (UTC): 2024-03-12\n- Start (PST): 14:02\n- End (PST): 23:10 UTC\n', { now });
    assert.deepStrictEqual([iso(pst.metrics.start?.time.instant), iso(pst.metrics.end?.time.instant)], ['2024-03-12T22:02Z', '2024-03-12T23:10Z']);
  });

  it('reads a milestone field whose time is on the line under its label, when that line holds only the time', () => {
    const doc = (...lines: string[]) => analyze(['# Outage', '', ...lines].join('\n'), { now });
    const nested = doc('- **Start Time:**', '  - March 11, 2024, 09:30 AM (UTC)', '- **Detection Time:**', '  - March 11, 2024, 10:15 AM (UTC)', '- **End Time:** March 11, 2024, 03:45 PM (UTC)');
    assert.deepStrictEqual([iso(nested.metrics.start?.time.instant), nested.metrics.timeToDetectMinutes, nested.metrics.durationMinutes, nested.metrics.start?.source],
      ['2024-03-11T09:30Z', 45, 375, 'field']);
    assert.deepStrictEqual(nested.metrics.start?.time.range, { start: { line: 4, column: 5 }, end: { line: 4, column: 35 } });
    const paragraph = doc('**Start:**', '2024-03-11 09:30 UTC.', '', '**End:**', '', '2024-03-11 10:00 UTC');
    assert.strictEqual(paragraph.metrics.durationMinutes, 30);
    // a sentence under the label, or a time with more to say, is content, not the value
    const sentence = doc('- **Start:**', '  - The first alerts came at 09:30 UTC on 2024-03-11', '- **End:** 2024-03-11 10:00 UTC');
    assert.strictEqual(sentence.metrics.start, undefined);
    const more = doc('- **Start:**', '  - 2024-03-11 09:30 UTC, when the deploy finished', '- **End:** 2024-03-11 10:00 UTC');
    assert.strictEqual(more.metrics.start, undefined);
  });

  it('reads the document zone from front matter, an "All times" line, then the setting', () => {
    assert.strictEqual(analyze('---\ntimezone: America/New_York\n---\n# X', { now }).documentZone?.source, 'front-matter');
    assert.strictEqual(analyze('# X\n\nAll times UTC.\n', { now }).documentZone?.zone, 'UTC');
    const fromSetting = analyze('# X\n', { now, defaultTimeZone: 'Europe/Berlin' }).documentZone;
    assert.deepStrictEqual([fromSetting?.zone, fromSetting?.source], ['Europe/Berlin', 'setting']);
  });

  it('reads bare timeline times in the zone every Start and End field names, when nothing declares one', () => {
    const doc = (start: string, end: string, ...head: string[]) => analyze(['# Incident', '', ...head, `- **Start:** ${start}`, `- **End:** ${end}`, '', '## Timeline', '',
      '- 14:00 - Alert fired', '- 16:00 - Service restored'].join('\n'), { now });
    const cases: [string, string, string[], string | undefined, string | undefined, string][] = [
      // [start, end, lines before, document zone, its source, first entry's instant]
      ['2024-03-05 14:00 PST', '2024-03-05 16:00 PST', [], 'America/Los_Angeles', 'fields', '2024-03-05T22:00Z'],
      ['2024-03-05 14:00 UTC', '2024-03-05 16:00 UTC', [], 'UTC', 'fields', '2024-03-05T14:00Z'],
      ['2024-07-05 14:00 PDT', '2024-07-05 16:00 PST', [], 'America/Los_Angeles', 'fields', '2024-07-05T21:00Z'],
      // fields that disagree, a field with a clock and no zone, or a declaration: no zone from the fields
      ['2024-03-05 14:00 UTC', '2024-03-05 16:00', [], undefined, undefined, '2024-03-05T14:00Z'],
      ['2024-03-05 14:00 UTC', '2024-03-05 16:00 CET', [], undefined, undefined, '2024-03-05T14:00Z'],
      ['2024-03-05 14:00', '2024-03-05 16:00', [], undefined, undefined, '2024-03-05T14:00Z'],
      ['2024-03-05 14:00 PST', '2024-03-05 16:00 PST', ['All times UTC.', ''], 'UTC', 'declaration', '2024-03-05T14:00Z'],
    ];
    for (const [start, end, head, zone, source, first] of cases) {
      const a = doc(start, end, ...head);
      assert.deepStrictEqual([a.documentZone?.zone, a.documentZone?.source, iso(a.timeline[0].time.instant)], [zone, source, first], `${start} / ${end}`);
    }
    // a zone the label names (`Start (PST):`) counts as the field's
    const labelled = (start: string, end: string) => analyze(['# Incident', '', `- **${start}** 2024-03-05 14:00`, `- **${end}** 2024-03-05 16:00`, '', '## Timeline', '',
      '- 14:00 - Alert fired', '- 16:00 - Service restored'].join('\n'), { now });
    const labels: [string, string, string | undefined, string | undefined, string][] = [
      ['Start (PST):', 'End (PST):', 'America/Los_Angeles', 'fields', '2024-03-05T22:00Z'],
      ['Start (UTC):', 'End (UTC):', 'UTC', 'fields', '2024-03-05T14:00Z'],
      ['Start (UTC):', 'End (CET):', undefined, undefined, '2024-03-05T14:00Z'],
      ['Start (UTC):', 'End:', undefined, undefined, '2024-03-05T14:00Z'],
    ];
    for (const [start, end, zone, source, first] of labels) {
      const a = labelled(start, end);
      assert.deepStrictEqual([a.documentZone?.zone, a.documentZone?.source, iso(a.timeline[0].time.instant)], [zone, source, first], `${start} / ${end}`);
    }
    // the zone a Date field writes with its clock, as incident headers state the time, when nothing else names one
    const dated = (date: string, ...head: string[]) => analyze(['# Incident', '', `**Date:** ${date}`, ...head, '', '## Timeline', '', '**02:00** - Node added', '', '**02:25** - Cluster down'].join('\n'), { now });
    const dates: [string, string[], string | undefined, string | undefined, string | undefined][] = [
      ['2026-01-05 02:13 UTC', [], 'UTC', 'fields', '2026-01-05T02:00Z'],
      ['2024-03-05 14:00 PST', [], 'America/Los_Angeles', 'fields', '2024-03-05T10:00Z'],
      // must not change: a day with no clock, a clock with no zone, an ambiguous abbreviation, a declaration
      ['2026-01-05', [], undefined, undefined, '2026-01-05T02:00Z'],
      ['2026-01-05 02:13', [], undefined, undefined, '2026-01-05T02:00Z'],
      ['2026-01-05 02:13 IST', [], undefined, undefined, undefined], // (PM007 asks which IST; the day stays unread)
      ['2026-01-05 02:13 UTC', ['', 'All times CET.'], '+01:00', 'declaration', '2026-01-05T01:00Z'],
    ];
    for (const [date, head, zone, source, first] of dates) {
      const a = dated(date, ...head);
      assert.deepStrictEqual([a.documentZone?.zone, a.documentZone?.source, iso(a.timeline[0]?.time.instant)], [zone, source, first], date);
    }
    assert.strictEqual(dated('2026-01-05 02:13 UTC').timeline[0].time.assumptions?.join(' ').includes('the Date field'), true);
    // front matter timestamps (often machine-written) give no zone to the text
    const fm = analyze(['---', 'start: 2021-05-29T22:41:00-00:00', '---', '# X', '', '## Timeline', '', '- 16:37 - Plugins updated'].join('\n'), { now });
    assert.strictEqual(fm.documentZone, undefined);
  });

  it('rolls HH:MM entries over midnight and gives each its offset from the start', () => {
    const text = ['# Incident', '', 'All times UTC.', '', '- **Start:** 2024-06-01 23:30 UTC', '', '## Timeline', '', '- 23:30 - Outage begins', '- 23:55 - Alert fired', '- 00:20 - Mitigated', '- 01:05 - Resolved'].join('\n');
    const a = analyze(text, { now });
    assert.deepStrictEqual(a.timeline.map((e) => e.offsetFromStartMinutes), [0, 25, 50, 95]);
    assert.strictEqual(a.metrics.durationMinutes, 95);
    assert.ok(a.timeline[2].time.assumptions.some((s) => s.includes('next day')), a.timeline[2].time.assumptions.join('; '));
  });

  it('rolls entries dated by a heading, a date line or an earlier row over midnight, as entries after a dated one', () => {
    const day = (a: ReturnType<typeof analyze>) => a.timeline.map((e) => iso(e.time.instant));
    const cases: [string, string[], string[], string?][] = [
      ['### date heading, HH:MM entries', ['## Timeline', '', 'All times UTC.', '', '### 2024-05-12', '', '- 23:00 Outage begins', '- 23:40 Alert fired', '- 00:40 Resolved'],
        ['2024-05-12T23:00Z', '2024-05-12T23:40Z', '2024-05-13T00:40Z']],
      ['a heading per event under a dated Timeline heading', ['## Timeline (2024-05-12, UTC)', '', '### 23:00', 'Outage begins.', '', '### 00:40', 'Resolved.'],
        ['2024-05-12T23:00Z', '2024-05-13T00:40Z']],
      ['a date line', ['## Timeline', '', 'All times UTC.', '', '**2024-05-12**', '', '- 22:10 Outage begins', '- 01:15 Resolved', '- 01:30 Monitoring ends'],
        ['2024-05-12T22:10Z', '2024-05-13T01:15Z', '2024-05-13T01:30Z']],
      ['a date column left empty after the first row', ['## Timeline', '', 'All times UTC.', '', '| Date | Time | Event |', '|---|---|---|', '| 2024-05-12 | 23:30 | Outage begins |', '|  | 00:20 | Resolved |'],
        ['2024-05-12T23:30Z', '2024-05-13T00:20Z']],
      ['a date column with month and day only (1/28), on a row of its own', ['- **Start:** 2020-01-27 22:00 UTC', '', '## Timeline', '', 'All times UTC.', '', '| Date | Time | Event |', '|---|---|---|',
        '| 1/27 | 22:00 | Outage begins |', '| 1/28 | | |', '| | 23:15 | Resolved |'], ['2020-01-27T22:00Z', '2020-01-28T23:15Z']],
      ['month and day headings (3/12, 03/13), the year from the start field', ['- **Start:** 2024-03-12 23:00 UTC', '', '## Timeline', '', 'All times UTC.', '', '### 3/12', '- 23:00 Outage begins',
        '### 03/13', '- 00:40 Resolved'], ['2024-03-12T23:00Z', '2024-03-13T00:40Z']],
      ['bold month and day lines', ['- **Start:** 2024-03-12 23:00 UTC', '', '## Timeline', '', 'All times UTC.', '', '**3/12**', '', '- 23:00 Outage begins', '', '**3/13**', '', '- 14:00 Resolved'],
        ['2024-03-12T23:00Z', '2024-03-13T14:00Z']],
      // French, German and Spanish day and month headings, and a weekday before a month and day; the year as for `### March 12`
      ['day and month name headings (12 mars, 13. März), the year from the start field', ['- **Start:** 2024-03-12 23:00 UTC', '', '## Timeline', '', 'All times UTC.', '',
        '### 12 mars', '- 23:00 Outage begins', '### Mittwoch, 13. März', '- 00:40 Resolved', '### 14 de marzo', '- 09:00 Review'], ['2024-03-12T23:00Z', '2024-03-13T00:40Z', '2024-03-14T09:00Z']],
      ['day and month name headings, the year from the title', ['## Timeline', '', 'All times UTC.', '', '### 12 janv.', '- 23:00 Outage begins', '### 13 janv.', '- 00:40 Resolved'],
        ['2025-01-12T23:00Z', '2025-01-13T00:40Z'], '# Incident of 12 January 2025'],
      ['a weekday before a month and day (Tue 3/12)', ['- **Start:** 2024-03-12 23:00 UTC', '', '## Timeline', '', 'All times UTC.', '',
        '### Tue 3/12', '- 23:00 Outage begins', '### Wed 3/13', '- 00:40 Resolved'], ['2024-03-12T23:00Z', '2024-03-13T00:40Z']],
      ['day first after a French weekday (Mardi 12/03, Mercredi 13/03)', ['- **Start:** 2024-03-12 23:00 UTC', '', '## Timeline', '', 'All times UTC.', '',
        '### Mardi 12/03', '- 23:00 Outage begins', '### Mercredi 13/03', '- 00:40 Resolved'], ['2024-03-12T23:00Z', '2024-03-13T00:40Z']],
      ['a weekday and a date with a year (Mardi 12 mars 2024)', ['## Timeline', '', 'All times UTC.', '', '### Mardi 12 mars 2024', '- 23:00 Outage begins', '### Mercredi 13 mars 2024', '- 00:40 Resolved'],
        ['2024-03-12T23:00Z', '2024-03-13T00:40Z']],
      // What must not change: a new heading starts its own day; a row with its own date is read on that date.
      ['a fraction or a phrase in a heading dates nothing', ['- **Start:** 2024-03-12 23:00 UTC', '', '## Timeline', '', 'All times UTC.', '', '### 2024-03-12', '- 23:00 Outage begins',
        '### 1/2 of the fleet', '- 23:30 Half the hosts drained', '### 24/7 support', '- 23:45 Escalated'], ['2024-03-12T23:00Z', '2024-03-12T23:30Z', '2024-03-12T23:45Z']],
      ['a version heading dates nothing', ['- **Start:** 2024-03-12 10:00 UTC', '', '## Timeline', '', 'All times UTC.', '', '### 1.2', '- 10:00 Outage begins', '- 11:00 Resolved'],
        ['2024-03-12T10:00Z', '2024-03-12T11:00Z']],
      ['a second date heading', ['## Timeline', '', 'All times UTC.', '', '### 2024-05-12', '- 23:00 Outage begins', '### 2024-05-13', '- 00:40 Resolved', '- 09:00 Review'],
        ['2024-05-12T23:00Z', '2024-05-13T00:40Z', '2024-05-13T09:00Z']],
      ['rows that each give their date', ['## Timeline', '', 'All times UTC.', '', '| Date | Time | Event |', '|---|---|---|', '| 2024-05-12 | 23:30 | Outage begins |', '| 2024-05-12 | 00:20 | Resolved |'],
        ['2024-05-12T23:30Z', '2024-05-12T00:20Z']],
      ['a small step back under one heading stays out of order', ['## Timeline', '', 'All times UTC.', '', '### 2024-05-12', '- 10:00 Outage begins', '- 09:30 Alert fired'],
        ['2024-05-12T10:00Z', '2024-05-12T09:30Z']],
    ];
    for (const [name, lines, expected, title] of cases) {
      const a = analyze([title ?? '# Incident', '', ...lines].join('\n'), { now });
      assert.deepStrictEqual(day(a), expected, name);
    }
    // a bold month and day heading, the year from the front matter
    const front = analyze(['---', 'date: 2023-11-02', '---', '# Incident', '## Timeline', '', 'All times UTC.', '', '### **11/2**', '- 14:00 Outage begins', '- 15:30 Resolved'].join('\n'), { now });
    assert.deepStrictEqual(day(front), ['2023-11-02T14:00Z', '2023-11-02T15:30Z']);
    const rolled = analyze(['# Incident', '', '## Timeline', '', 'All times UTC.', '', '### 2024-05-12', '- 23:00 Outage begins', '- 00:40 Resolved'].join('\n'), { now });
    assert.ok(rolled.timeline[1].time.assumptions.some((s) => s.includes('next day')), rolled.timeline[1].time.assumptions.join('; '));
    assert.strictEqual(rolled.metrics.durationMinutes, 100);
  });

  it('reads slashed dates day first in a document that proves it writes them so (13/03/2024), else in US order', () => {
    const read = (lines: string[]) => {
      const a = analyze(['# Gateway outage', '', ...lines].join('\n'), { now });
      // the timeline's times when there is a timeline, else the times of the prose
      return a.timeline.length > 0 ? a.timeline.map((e) => iso(e.time.instant)) : a.times.filter((t) => t.source === 'text').map((t) => iso(t.instant));
    };
    const cases: [string, string[], (string | undefined)[]][] = [
      ['date headings, the second proves day first', ['## Timeline', '', 'All times UTC.', '', '### 12/03/2024', '- 23:10 Outage begins', '### 13/03/2024', '- 01:20 Resolved'],
        ['2024-03-12T23:10Z', '2024-03-13T01:20Z']],
      ['a date in prose read as the rest', ['Reported on 05/03/2024 at 09:00 UTC; closed on 20/03/2024 at 10:00 UTC.'], ['2024-03-05T09:00Z', '2024-03-20T10:00Z']],
      ['a table\'s date column', ['## Timeline', '', '| Date | Time (UTC) | Event |', '|---|---|---|', '| 01/04/2024 | 10:00 | Outage begins |', '| 30/04/2024 | 11:00 | Resolved |'],
        ['2024-04-01T10:00Z', '2024-04-30T11:00Z']],
      // must not change: US documents, documents with no proof either way, or with proofs both ways
      ['a US document', ['## Timeline', '', 'All times UTC.', '', '### 03/12/2024', '- 23:10 Outage begins', '### 03/13/2024', '- 01:20 Resolved'],
        ['2024-03-12T23:10Z', '2024-03-13T01:20Z']],
      ['no proof: US order', ['Reported on 05/03/2024 at 09:00 UTC.'], ['2024-05-03T09:00Z']],
      ['proofs both ways: US order', ['Reported on 05/03/2024 at 09:00 UTC, 13/03/2024 at 10:00 UTC and 03/14/2024 at 11:00 UTC.'], ['2024-05-03T09:00Z', '2024-03-13T10:00Z', '2024-03-14T11:00Z']],
      ['proofs both ways, one a date alone: US order', ['Reported on 05/03/2024 at 09:00 UTC and 13/03/2024 at 10:00 UTC; fixed in the 03/14/2024 release.'],
        ['2024-05-03T09:00Z', '2024-03-13T10:00Z', '2024-03-14T00:00Z']],
      ['month and day headings in a document that writes dates day first', ['Reported on 13/03/2024 at 09:00 UTC.', '', '## Timeline', '', 'All times UTC.', '', '### 12/3', '- 23:10 Outage begins', '### 13/3', '- 01:20 Resolved'],
        ['2024-03-12T23:10Z', '2024-03-13T01:20Z']],
      ['month and day headings prove the order themselves (13/3)', ['- **Start:** 2024-03-12 23:10 UTC', '', '## Timeline', '', 'All times UTC.', '', '### 12/3', '- 23:10 Outage begins', '### 13/3', '- 01:20 Resolved'],
        ['2024-03-12T23:10Z', '2024-03-13T01:20Z']],
      ['month and day headings in US order', ['- **Start:** 2024-12-03 23:10 UTC', '', '## Timeline', '', 'All times UTC.', '', '### 12/3', '- 23:10 Outage begins', '### 12/4', '- 01:20 Resolved'],
        ['2024-12-03T23:10Z', '2024-12-04T01:20Z']],
      ['month and day before a clock in a document that writes dates day first', ['Reported on 13/03/2024 at 09:00 UTC.', '', '## Timeline', '', 'All times UTC.', '', '- 12/3 23:10 Outage begins', '- 13/3 01:20 Resolved'],
        ['2024-03-12T23:10Z', '2024-03-13T01:20Z']],
      ['month and day before a clock prove the order themselves (13/3)', ['- **Start:** 2024-03-12 23:10 UTC', '', '## Timeline', '', 'All times UTC.', '', '- 12/3 23:10 Outage begins', '- 13/3 01:20 Resolved'],
        ['2024-03-12T23:10Z', '2024-03-13T01:20Z']],
      ['month and day before a clock in US order', ['- **Start:** 2024-12-03 23:10 UTC', '', '## Timeline', '', 'All times UTC.', '', '- 12/3 23:10 Outage begins', '- 12/4 01:20 Resolved'],
        ['2024-12-03T23:10Z', '2024-12-04T01:20Z']],
      ['a dotted or dashed date proves nothing for slashed ones', ['Reported on 13.03.2024 at 09:00 UTC and 05/03/2024 at 10:00 UTC.'], ['2024-03-13T09:00Z', '2024-05-03T10:00Z']],
      ['a proof in a code block does not count', ['```', 'backup-13/03/2024', '```', '', 'Reported on 05/03/2024 at 09:00 UTC.'], ['2024-05-03T09:00Z']],
    ];
    for (const [name, lines, expected] of cases) assert.deepStrictEqual(read(lines), expected, name);
    // the title's date with a month name settles the order of a date either order reads, when nothing else does
    const start = (title: string, field: string) => iso(analyze([`# ${title}`, '', `- **Début :** ${field}`, '- **Fin :** 2024-03-12 23:59 UTC'].join('\n'), { now }).metrics.start?.time.instant);
    assert.deepStrictEqual([start('Panne du paiement — 12 mars 2024', '12/03/2024 14:02 UTC'), start('Checkout outage, March 12, 2024', '03/12/2024 14:02 UTC'),
      start('Checkout outage, December 3, 2024', '12/03/2024 14:02 UTC'), start('Panne du 12 mars 2024', '12/03/2024 14:02 UTC et 03/14/2024')],
    ['2024-03-12T14:02Z', '2024-03-12T14:02Z', '2024-12-03T14:02Z', '2024-12-03T14:02Z']);
    // also when the date the title settles is read day first already, next to a French clock: the other dates follow it
    const entry = analyze(['# Panne du 12 mars 2024', '', '- **Début :** 12/03/2024 14h02', '', '## Chronologie', '', '- 11/03/2024 09:00 - déploiement'].join('\n'), { now });
    assert.deepStrictEqual([iso(entry.metrics.start?.time.instant), iso(entry.timeline[0].time.instant)], ['2024-03-12T14:02Z', '2024-03-11T09:00Z']);
    const a = analyze('# X\n\nReported on 05/03/2024 at 09:00 UTC; closed on 20/03/2024 at 10:00 UTC.\n', { now });
    assert.deepStrictEqual(a.times[0].match.notes, ['read 05/03/2024 as day/month/year (the document writes dates day first)']);
    // a French weekday before the date gives the order, and the note says so
    const b = analyze('# X\n\nMer. 08/03/2024 à 15:10 UTC, puis Mer. 08/03 15:10 UTC.\n', { now });
    assert.deepStrictEqual(b.times.map((t) => t.match.notes?.[0]), ['read 08/03/2024 as day/month/year (after a weekday written day first)', 'read 08/03 as day/month (after a weekday written day first)']);
  });

  it('keeps the exact range of each time and of its zone', () => {
    const a = analyze(example('2021-09-27-us-east-1-servers.md'), { now });
    const start = a.fieldTimes.start!;
    assert.deepStrictEqual(start.range, { start: { line: 3, column: 26 }, end: { line: 3, column: 79 } });
    assert.strictEqual(start.zoneText, 'Eastern Standard Time');
    assert.deepStrictEqual(start.zoneRange, { start: { line: 3, column: 58 }, end: { line: 3, column: 79 } });
    assert.ok(start.assumptions.some((s) => s.includes('2021')));
  });

  it('reads a bare US region name after an entry\'s time as its zone, as in prose', () => {
    const text = ['# Incident', '', 'On 2024-06-28 at 7:09 AM Eastern the alert fired.', '', '## Timeline', '', '- 2024-06-28 6:55 AM Eastern: Outage begins.',
      '- 2024-06-28 7:09 AM Eastern: Alert fired.', '- 2024-06-28 4:36 AM Pacific: Resolved.'].join('\n');
    const a = analyze(text, { now });
    assert.deepStrictEqual(a.timeline.map((e) => [iso(e.time.instant), e.time.zone, e.time.zoneText, e.text]), [
      ['2024-06-28T10:55Z', 'America/New_York', 'Eastern', 'Outage begins.'],
      ['2024-06-28T11:09Z', 'America/New_York', 'Eastern', 'Alert fired.'],
      ['2024-06-28T11:36Z', 'America/Los_Angeles', 'Pacific', 'Resolved.'],
    ]);
    assert.strictEqual(iso(a.times.find((t) => t.source === 'text')?.instant), '2024-06-28T11:09Z');
    assert.deepStrictEqual([a.metrics.timeToDetectMinutes, a.metrics.durationMinutes], [14, 41]);
  });

  it('reads an entry written as a range of hours at the range\'s start, in the zone written after its end, and a date then a bare hour', () => {
    const rows: [string, string | undefined, string | undefined][] = [
      ['- 16:00–16:30 CET: failover window', '2024-03-12T15:00Z', '+01:00'],
      ['- from 9:00 AM to 9:45 AM PT - deploy frozen', '2024-03-12T16:00Z', 'America/Los_Angeles'],
      ['- between 16:00 and 16:30 UTC: errors', '2024-03-12T16:00Z', 'UTC'],
      ['- de 16h à 16h30 : bascule', '2024-03-12T16:00Z', 'UTC'],
      // a slashed day and month then a bare hour
      ['- 13/03 9h : alerte', '2024-03-13T09:00Z', 'UTC'],
      ['- von 16:00 bis 16:30 Uhr: Umschaltung', '2024-03-12T16:00Z', 'UTC'],
      ['- von 16:00 bis 16:30 MESZ: Umschaltung', '2024-03-12T14:00Z', '+02:00'],
      // must not change: a single clock
      ['- 16:00 CET: failover', '2024-03-12T15:00Z', '+01:00'],
    ];
    for (const [line, instant, zone] of rows) {
      const a = analyze(`# Incident 2024-03-12\n\n## Timeline\n\n${line}\n`, { now });
      assert.deepStrictEqual(a.timeline.map((e) => [iso(e.time.instant), e.time.zone]), [[instant, zone]], line);
    }
  });

  it('dates an entry from the day and month written after its clock, the year from the title', () => {
    const text = ['# Störung 26.-27. September 2025', '', '## Zeitablauf', '', '- **23:54 UTC, 26. Sep.**: Alarm ausgelöst',
      '- **06:19–14:15 UTC, 27. Sep.**: Skripte geprüft', '- **21:59 UTC, 27. Sep.**: Wiederherstellung'].join('\n');
    const a = analyze(text, { now });
    assert.deepStrictEqual(a.timeline.map((e) => iso(e.time.instant)), ['2025-09-26T23:54Z', '2025-09-27T06:19Z', '2025-09-27T21:59Z']);
  });

  it('dates entries from an English range of days, month first, in the title, a field or a date heading', () => {
    const rows: [string, string[]][] = [
      ['# Outage of the API, September 26-27, 2025\n\n## Timeline\n\n- Sep 26 23:54 UTC: alert\n- Sep 27 01:10 UTC: resolved\n', ['2025-09-26T23:54Z', '2025-09-27T01:10Z']],
      ['# Outage\n\n**Date:** Sep 26–27, 2025\n\n## Timeline\n\n- 23:54 UTC: alert\n', ['2025-09-26T23:54Z']],
      ['# Outage\n\n## Timeline\n\n### September 26-27, 2025\n\n- 23:54 UTC: alert\n', ['2025-09-26T23:54Z']],
      // must not change: the day-first range reads as before
      ['# Outage\n\n## Timeline\n\n### 26–27 September 2025\n\n- 23:54 UTC: alert\n', ['2025-09-26T23:54Z']],
    ];
    for (const [text, instants] of rows) assert.deepStrictEqual(analyze(text, { now }).timeline.map((e) => iso(e.time.instant)), instants, text);
  });

  it('dates the time-only rows of a table after a date-only row, not by the date heading above', () => {
    const text = ['# Config outage', '', '## Timeline', '', '### 2026-06-29', '', '| Time (UTC) | Event |', '|---|---|', '| **~2026-06-28** | (Pre-existing) config drift |',
      '| 14:05 | Drift reaches the fleet |', '| 2026-06-29 09:10 | Outage begins |', '| 09:40 | Resolved |'].join('\n');
    assert.deepStrictEqual(analyze(text, { now }).timeline.map((e) => iso(e.time.instant)), ['2026-06-28T00:00Z', '2026-06-28T14:05Z', '2026-06-29T09:10Z', '2026-06-29T09:40Z']);
  });

  it('leaves unknown times out of the metrics and says why a time cannot be placed', () => {
    const a = analyze('# Incident\n\n**Date:** 2024-06-01\n\n## Timeline\n\n- ??:?? - Outage begins\n- 10:00 CST - Alert fired\n', { now });
    assert.strictEqual(a.metrics.start, undefined);
    assert.strictEqual(a.timeline[0].time.unknown, true);
    assert.strictEqual(a.timeline[1].time.problem?.reason, 'ambiguous-zone');
  });

  it('reads --:-- after a date as a time nobody knows, not as midnight', () => {
    const text = ['# Incident', '', 'All times UTC.', '', '## Timeline', '', '| Time | Event |', '|---|---|', '| 2019-12-03 09:40 | Outage begins |',
      '| 2019-12-03 --:-- | Surge of new deployments |', '| 2019-12-03 10:50 | Resolved |'].join('\n');
    const a = analyze(text, { now });
    assert.deepStrictEqual(a.timeline.map((e) => [iso(e.time.instant), e.time.unknown]), [['2019-12-03T09:40Z', undefined], [undefined, true], ['2019-12-03T10:50Z', undefined]]);
    assert.strictEqual(a.metrics.durationMinutes, 70);
  });

  it('reads the markers of an entry whose text is on the indented line under its time', () => {
    const text = ['# Incident', '', '## Timeline', '', 'All times UTC.', '', '- 2025-04-14 16:37', '    Outage begins: uploads fail.', '- 2025-04-14 17:02',
      '    Alert fired on the upload error rate.', '- 2025-04-14 18:39', '    Fix deployed.', '    Resolved.'].join('\n');
    const a = analyze(text, { now });
    assert.deepStrictEqual(a.timeline.map((e) => e.text), ['Outage begins: uploads fail.', 'Alert fired on the upload error rate.', 'Fix deployed. Resolved.']);
    assert.deepStrictEqual([iso(a.metrics.start?.time.instant), iso(a.metrics.end?.time.instant), a.metrics.timeToDetectMinutes], ['2025-04-14T16:37Z', '2025-04-14T18:39Z', 25]);
  });

  it('takes each milestone from its earliest entry when one list runs newest first and another oldest first', () => {
    const history = ['Status page history:', '', '- 16:40 - Resolved: this incident has been resolved.', '- 16:20 - Update: error rates keep falling.', '- 16:05 - Monitoring: a fix has been implemented.',
      '- 15:40 - Update: still working on it.', '- 15:20 - Identified: the issue has been identified.', '- 15:00 - Investigating: we are investigating errors.'];
    const log = ['Engineering log:', '', '- 14:50 - Deploy 812 goes out. Outage begins.', '- 15:00 - Alert fires.', '- 15:30 - Failed over to us-west-2.', '- 16:05 - Rolled back the config change.', '- 16:40 - Errors stopped.'];
    const head = ['# Incident', '', '**Date:** 2024-05-14', '', '## Timeline', '', 'All times UTC.', ''];
    const read = (...lines: string[]) => { const { metrics: m } = analyze([...head, ...lines].join('\n'), { now }); return [iso(m.start?.time.instant), m.timeToDetectMinutes, m.timeToMitigateMinutes, iso(m.end?.time.instant)]; };
    // the failover at 15:30 in the log, not the status page's "Monitoring" at 16:05 above it, is the first mitigation
    assert.deepStrictEqual(read(...history, '', ...log), ['2024-05-14T14:50Z', 10, 40, '2024-05-14T16:40Z']);
    assert.deepStrictEqual(read(...log, '', ...history), ['2024-05-14T14:50Z', 10, 40, '2024-05-14T16:40Z']);
    // must not change: the log alone, and the history alone (read newest first, bottom up)
    assert.deepStrictEqual(read(...log), ['2024-05-14T14:50Z', 10, 40, '2024-05-14T16:40Z']);
    assert.deepStrictEqual(read(...history), [undefined, null, null, '2024-05-14T16:40Z']);
  });

  it('reads a timeline written newest first bottom up: day rollover, milestones and metrics', () => {
    // the second entry from the top also says "alert fired": detection is the earlier one, lower down
    const events = ['Errors stopped; the incident is resolved.', 'Rollback done, mitigated; alert fired again.', 'Alert fired; on-call paged.', 'Deploy 812 went out. Outage begins.'];
    const list = (...times: string[]) => times.map((t, i) => `- ${t} - ${events[i]}`);
    const oldestFirst = (...times: string[]) => times.map((t, i) => `- ${t} - ${events[events.length - 1 - i]}`);
    const head = ['# Incident', '', '**Date:** 2024-05-14', '', '## Timeline', '', 'All times UTC.', ''];
    const cases: [string, string[], (string | number | null | undefined)[]][] = [
      ['HH:MM, newest first', [...head, ...list('16:40', '16:05', '15:20', '14:58')], ['consistent', '2024-05-14T14:58Z', '2024-05-14T16:40Z', 102, 22]],
      ['full ISO dates, newest first', [...head, ...list('2024-05-14 16:40', '2024-05-14 16:05', '2024-05-14 15:20', '2024-05-14 14:58')], ['consistent', '2024-05-14T14:58Z', '2024-05-14T16:40Z', 102, 22]],
      // the document's date is the day it began: the bottom entry's, the top one is on the next day
      ['HH:MM across midnight, newest first', [...head, ...list('01:10', '00:20', '23:40', '23:05')], ['consistent', '2024-05-14T23:05Z', '2024-05-15T01:10Z', 125, 35]],
      ['a day change of more than 12 hours back, newest first', [...head, ...list('23:10', '22:30', '10:20', '09:50')], ['consistent', '2024-05-14T09:50Z', '2024-05-14T23:10Z', 800, 30]],
      // (a status page's "Investigating" update is detection: the team knew when it posted it)
      ['status-page updates, newest first', ['# Incident', '', '### Resolved - 2024-05-14 16:40 UTC', '', 'Errors stopped.', '', '### Monitoring - 2024-05-14 16:05 UTC', '', 'Rolled back; alert fired again.', '',
        '### Identified - 2024-05-14 15:20 UTC', '', 'Alert fired; on-call paged.', '', '### Investigating - 2024-05-14 14:58 UTC', '', 'Errors started after deploy 812.'], ['consistent', '2024-05-14T14:58Z', '2024-05-14T16:40Z', 102, 0]],
      ['status-page labels before HH:MM, newest first', [...head, '- **Resolved** - 16:40 - Errors stopped.', '- **Monitoring** - 16:05 - Rolled back; alert fired again.', '- **Identified** - 15:20 - Alert fired; on-call paged.',
        '- **Investigating** - 14:58 - Errors started after deploy 812.'], ['consistent', '2024-05-14T14:58Z', '2024-05-14T16:40Z', 102, 0]],
      ['said in the heading, across midnight', ['# Incident', '', '**Date:** 2024-05-14', '', '## Timeline (newest first, UTC)', '', ...list('01:10', '00:20', '23:40', '23:05')], ['declared', '2024-05-14T23:05Z', '2024-05-15T01:10Z', 125, 35]],
      ['newest first with one entry out of place', [...head, ...list('2024-05-14 16:40').concat('- 2024-05-14 15:10 - Status page updated.', list('x', '2024-05-14 16:05', '2024-05-14 15:20', '2024-05-14 14:58').slice(1))],
        ['consistent', '2024-05-14T14:58Z', '2024-05-14T16:40Z', 102, 22]],
      // must not change: oldest first (also across midnight, and with one entry out of place), two entries
      ['oldest first', [...head, ...oldestFirst('14:58', '15:20', '16:05', '16:40')], [undefined, '2024-05-14T14:58Z', '2024-05-14T16:40Z', 102, 22]],
      ['oldest first across midnight', [...head, ...oldestFirst('23:05', '23:40', '00:20', '01:10')], [undefined, '2024-05-14T23:05Z', '2024-05-15T01:10Z', 125, 35]],
      ['oldest first with one entry out of place', [...head, ...oldestFirst('14:58', '15:20', '16:05', '16:40').concat('- 15:10 - Status page updated.')], [undefined, '2024-05-14T14:58Z', '2024-05-14T16:40Z', 102, 22]],
      ['two entries, the later first', [...head, '- 16:40 - Resolved.', '- 14:58 - Outage begins.'], [undefined, '2024-05-14T14:58Z', '2024-05-14T16:40Z', 102, null]],
    ];
    for (const [what, lines, want] of cases) {
      const a = analyze(lines.join('\n'), { now });
      const m = a.metrics;
      assert.deepStrictEqual([a.newestFirst, iso(m.start?.time.instant), iso(m.end?.time.instant), m.durationMinutes, m.timeToDetectMinutes], want, what);
    }
  });

  it('never throws on garbage', () => {
    for (const text of ['', '\u0000\u0001---', '---\n: : :\n', '|'.repeat(5000), '# \n'.repeat(1000), '- 99:99 x\n- 25:10 y']) {
      assert.doesNotThrow(() => analyze(text, { now }));
    }
  });
});

describe('analyze: a stated duration stands for end - start when either is missing', () => {
  const doc = (...lines: string[]) => ['# Outage', ...lines].join('\n');
  const table: [string, string, number | null, string | null, string | undefined][] = [
    // [what, document, duration, its label, the duration as stated when it is the one given]
    ['an end and a duration', doc('- **Date:** 2024-03-12', '- **Resolved:** 14:47 UTC', '- **Duration:** 45 minutes'), 45, '45 min', '45 minutes'],
    ['a start and a duration', doc('- Start: 2024-03-12 14:02 UTC', '- Duration: 1h 5m'), 65, '1 h 5 min', '1h 5m'],
    ['a duration alone, approximate', doc('- **Duration:** ~8 hours (incident + recovery attempts)'), 480, '8 h', '8 hours'],
    ['a start and an end: computed, the statement only checked (PM012)', doc('- Start: 2024-03-12 14:02 UTC', '- End: 2024-03-12 14:47 UTC', '- Duration: 50 minutes'), 45, '45 min', undefined],
    ['a duration counted from the detection is another span', doc('- End: 2024-03-12 14:47 UTC', '- Duration: 30 minutes from detection to recovery'), null, null, undefined],
    ['the first Duration field that states one', doc('- End: 2024-03-12 14:47 UTC', '- Duration: ongoing', '- Outage duration: 2 hours'), 120, '2 h', '2 hours'],
    ['no duration stated', doc('- End: 2024-03-12 14:47 UTC'), null, null, undefined],
    // the summary's sentence or a heading that states the outage's duration, when no Duration field does
    ['an end and the summary\'s sentence', doc('- End: 2024-03-12 14:47 UTC', '## Summary', 'The outage lasted about 45 minutes.'), 45, '45 min', '45 minutes'],
    ['a lead paragraph (a status page\'s history)', doc('Section experienced a critical incident on May 11, 2021 affecting Console and API, lasting 13h 6m.', '', '- resolved May 11, 2021, 03:42 PM UTC', 'This incident has been resolved.'), 786, '13 h 6 min', '13h 6m'],
    ['a Duration field first', doc('- End: 2024-03-12 14:47 UTC', '- Duration: 2 hours', '## Summary', 'The outage lasted 45 minutes.'), 120, '2 h', '2 hours'],
    ['not another incident\'s', doc('- End: 2024-03-12 14:47 UTC', '## Summary', 'A previous incident lasted 45 minutes.'), null, null, undefined],
  ];
  for (const [what, text, minutes, label, stated] of table) {
    it(what, () => {
      const { metrics } = analyze(text, { now });
      assert.deepStrictEqual([metrics.durationMinutes, metrics.durationLabel, metrics.durationStated?.text], [minutes, label, stated]);
      // the times to detect, mitigate and resolve are still measured from a start only
      if (stated && !metrics.start) assert.deepStrictEqual([metrics.timeToDetectMinutes, metrics.timeToResolveMinutes], [null, null]);
    });
  }
});

describe('analyze: incident tools\' exports', () => {
  it('reads incident.io\'s timestamps: impact started, reported (the detection), fixed (the resolution)', () => {
    const text = ['# INC-123: Checkout errors', '', '**Impact started:** 12 March 2024 14:02 GMT', '**Reported at:** 12 March 2024 14:09 GMT',
      '**Fixed at:** 12 March 2024 14:40 GMT', '', '## Summary', 'Checkout errors.'].join('\n');
    const { metrics } = analyze(text, { now });
    assert.deepStrictEqual([iso(metrics.start?.time.instant), iso(metrics.detected?.time.instant), iso(metrics.resolved?.time.instant), metrics.timeToDetectMinutes, metrics.durationMinutes],
      ['2024-03-12T14:02Z', '2024-03-12T14:09Z', '2024-03-12T14:40Z', 7, 38]);
  });
});

describe('analyze: a stray time (a clock alone on its line, nothing under it) does not move the reading', () => {
  const doc = (...entries: string[]) => ['# Config push', '', '**Date:** 2024-05-14', '', '## Timeline', '', 'All times UTC.', '', ...entries].join('\n');
  // [name, entries, the entries' instants, the end, the duration]
  const cases: [string, string[], (string | undefined)[], string | undefined, number | null][] = [
    ['a time quoted at the end of a sentence, the night before', ['- 23:30 Deploy. Outage begins.', '- 00:10 Alert fired.', '', 'The same config had gone out without trouble the night before, at', '23:55', '', '- 00:30 Rolled back. Outage ends.'],
      ['2024-05-14T23:30Z', '2024-05-15T00:10Z', '2024-05-15T23:55Z', '2024-05-15T00:30Z'], '2024-05-15T00:30Z', 60],
    // must not change: a time with its text under it moves the reading as any entry
    ['a time with its text on the next line', ['- 23:30 Deploy. Outage begins.', '', '00:10', 'Alert fired.', '', '- 00:30 Rolled back. Outage ends.'],
      ['2024-05-14T23:30Z', '2024-05-15T00:10Z', '2024-05-15T00:30Z'], '2024-05-15T00:30Z', 60],
  ];
  for (const [name, entries, instants, end, duration] of cases) {
    it(name, () => {
      const a = analyze(doc(...entries), { now });
      assert.deepStrictEqual(a.timeline.map((e) => iso(e.time.instant)), instants);
      assert.deepStrictEqual([iso(a.metrics.end?.time.instant), a.metrics.durationMinutes], [end, duration]);
    });
  }
});
