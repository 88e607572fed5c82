import * as assert from 'assert';
import { parsePostmortem, scanTimePrefix } from '../../../src/core/model';
import { at, textAt } from './helpers';

/** Asserts that each entry's time range and text range hold exactly its time and its text. */
function assertRangesHoldText(m: ReturnType<typeof parsePostmortem>) {
  for (const e of m.timeline) {
    assert.strictEqual(textAt(m.lines, e.timeRange), e.timeText);
    assert.strictEqual(textAt(m.lines, e.textRange), e.text);
  }
}

/** The one entry read from a Timeline section holding `line` (the line is document line 2). */
function entryOf(line: string) {
  const m = parsePostmortem(`## Timeline\n${line}\n`);
  assertRangesHoldText(m);
  return m.timeline[0];
}

describe('model: timeline', () => {
  // [line, timeText, timeRange, text]
  const bullets: [string, string, string, string][] = [
    ['- 14:02 UTC - Alert fired', '14:02 UTC', '2:3-2:12', 'Alert fired'],
    ['* **15:06** Outage begins', '15:06', '2:5-2:10', 'Outage begins'],
    ['- [1:04 PM] Paged the on-call engineer', '1:04 PM', '2:4-2:11', 'Paged the on-call engineer'],
    ['- 2024-03-12 14:02 UTC: Deploy started', '2024-03-12 14:02 UTC', '2:3-2:23', 'Deploy started'],
    ['- ??:?? Customer support told', '??:??', '2:3-2:8', 'Customer support told'],
    ['- --:-- Customer support told', '--:--', '2:3-2:8', 'Customer support told'],
    ['- 2019-12-03 --:-- Surge of new deployments', '2019-12-03 --:--', '2:3-2:19', 'Surge of new deployments'],
    ['- XX:XX UTC - status page updated', 'XX:XX UTC', '2:3-2:12', 'status page updated'],
    ['- 2024-03-12T14:02Z — rollback', '2024-03-12T14:02Z', '2:3-2:20', 'rollback'],
    ['- 2024-03-12T14:02:05+01:00 rollback', '2024-03-12T14:02:05+01:00', '2:3-2:28', 'rollback'],
    ['- 3:06 PM EST: Outage begins', '3:06 PM EST', '2:3-2:14', 'Outage begins'],
    ['- 3pm: standup', '3pm', '2:3-2:6', 'standup'],
    ['- Monday, September 27 at 3:06 PM Eastern Standard Time: servers removed', 'Monday, September 27 at 3:06 PM Eastern Standard Time', '2:3-2:56', 'servers removed'],
    ['- September 27, 2021 3:06 PM PDT - removal command run', 'September 27, 2021 3:06 PM PDT', '2:3-2:33', 'removal command run'],
    ['- 27 Sep 2021 15:06 UTC | page sent', '27 Sep 2021 15:06 UTC', '2:3-2:24', 'page sent'],
    ['- Sep 27 15:06 failover', 'Sep 27 15:06', '2:3-2:15', 'failover'],
    // a day, a month name and a year joined by hyphens or slashes, as logs and Jira write them
    ['- 12-Mar-2024 14:03 rollback started', '12-Mar-2024 14:03', '2:3-2:20', 'rollback started'],
    ['- 12/Mar/2024 14:04 UTC alert fired', '12/Mar/2024 14:04 UTC', '2:3-2:24', 'alert fired'],
    ['- 12-MAR-24 14:05 page sent', '12-MAR-24 14:05', '2:3-2:18', 'page sent'],
    // a clock after an ISO date and time is no part of it
    ['- 2024-03-12T14:20Z 14:30 second alert', '2024-03-12T14:20Z', '2:3-2:20', '14:30 second alert'],
    ['- 2-Mar-2024: freeze begins', '2-Mar-2024', '2:3-2:13', 'freeze begins'],
    ['- 14:02:33 (UTC) first 500s', '14:02:33 (UTC)', '2:3-2:17', 'first 500s'],
    ['- 14:02 UTC+1 -> alert', '14:02 UTC+1', '2:3-2:14', 'alert'],
    // a comma after the time separates it from the text, as a sentence writes it
    ['- 14:09, paged the on-call', '14:09', '2:3-2:8', 'paged the on-call'],
    ['- 2:09 PM EDT, the on-call is paged', '2:09 PM EDT', '2:3-2:14', 'the on-call is paged'],
    ['- 06:30 America/New_York: east coast wakes', '06:30 America/New_York', '2:3-2:25', 'east coast wakes'],
    ['- `14:02` alert', '14:02', '2:4-2:9', 'alert'],
    ['14:02 UTC Alert fired', '14:02 UTC', '2:1-2:10', 'Alert fired'],
    // an ambiguous abbreviation a team's noun follows names a department: the entry's text, not its zone
    ['- 14:05 IST team paged', '14:05', '2:3-2:8', 'IST team paged'], ['- 14:05 CST Service Desk called', '14:05', '2:3-2:8', 'CST Service Desk called'],
    ['- 14:05 IST - team paged', '14:05 IST', '2:3-2:12', 'team paged'], ['- 14:05 UTC team paged', '14:05 UTC', '2:3-2:12', 'team paged'],
    ['1. 25:10 impossible time kept for the checks', '25:10', '2:4-2:9', 'impossible time kept for the checks'],
    ['- 14:02 API errors rise', '14:02', '2:3-2:8', 'API errors rise'],
    ['- 14:02 PT standup cancelled', '14:02 PT', '2:3-2:11', 'standup cancelled'],
    ['- **14:02 Alert fired**', '14:02', '2:5-2:10', 'Alert fired'],
    // a time in two marks, one inside the other
    ['- **[14:00]** - Alert fires', '14:00', '2:6-2:11', 'Alert fires'],
    // a date written with non-breaking hyphens
    ['- 2025\u201105\u201120 08:41 UTC \u2014 Alert fired', '2025\u201105\u201120 08:41 UTC', '2:3-2:23', 'Alert fired'],
    // the separator inside the bold mark: the closing mark is no part of the text
    ['- **08:15 AM:** Engineers paged', '08:15 AM', '2:5-2:13', 'Engineers paged'],
    // an HTML list item (an HTML report, an exported page), its time in HTML bold or bare
    ['<li><strong>08:00 AM:</strong> Issue detected as monitoring fired.</li>', '08:00 AM', '2:13-2:21', 'Issue detected as monitoring fired.'],
    ['  <li><b>14:02</b> Alert fired</li>', '14:02', '2:10-2:15', 'Alert fired'],
    ['<li>14:02 UTC - Alert fired', '14:02 UTC', '2:5-2:14', 'Alert fired'],
    ['- [**14:00**] Alert fires', '14:00', '2:6-2:11', 'Alert fires'],
    ['- ***14:00*** Alert fires', '14:00', '2:6-2:11', 'Alert fires'],
    ['- **[2024-03-12 14:00 UTC]**: Alert fires', '2024-03-12 14:00 UTC', '2:6-2:26', 'Alert fires'],
    ['- 2024-03-12: Incident declared', '2024-03-12', '2:3-2:13', 'Incident declared'],
    // a month and day without a year, right before a clock time
    ['- [03-26 23:04] The node hosting the pool is drained (**outage starts**)', '03-26 23:04', '2:4-2:15', 'The node hosting the pool is drained (**outage starts**)'],
    ['- 03/26 23:05 alert fired', '03/26 23:05', '2:3-2:14', 'alert fired'],
    ['- 3/26, 11:05 PM PDT: rollback', '3/26, 11:05 PM PDT', '2:3-2:21', 'rollback'],
    // a US date with dashes and a four-digit year
    ['- 07-27-2023 2:14 pm - the PR is approved', '07-27-2023 2:14 pm', '2:3-2:21', 'the PR is approved'],
    // a bare US region name is a zone, as the time scanner reads it in prose
    ['- 2024-06-28 7:09 AM Eastern: Alert fired', '2024-06-28 7:09 AM Eastern', '2:3-2:29', 'Alert fired'],
    ['- 09:40 Pacific - rollback started', '09:40 Pacific', '2:3-2:16', 'rollback started'],
    ['- 11:05 (Central) cache flushed', '11:05 (Central)', '2:3-2:18', 'cache flushed'],
    ['- 6:30 PM Mountain: status page updated', '6:30 PM Mountain', '2:3-2:19', 'status page updated'],
    ['- 08:15 UK time: banner posted', '08:15 UK time', '2:3-2:16', 'banner posted'],
    // a known city alone before the separator names its clock; before other words it starts the text
    ['* 16:37 Denver - plugins updated', '16:37 Denver', '2:3-2:15', 'plugins updated'],
    ['- 16:37 Denver time: plugins updated', '16:37 Denver time', '2:3-2:20', 'plugins updated'],
    ['- 14:05 Paris datacenter lost power', '14:05', '2:3-2:8', 'Paris datacenter lost power'],
    ['- 14:02 Payments API returns 502s', '14:02', '2:3-2:8', 'Payments API returns 502s'],
    ['- 9:27a power is out in the building', '9:27a', '2:3-2:8', 'power is out in the building'],
    ['- 2025-01-04 4:00p - power restored', '2025-01-04 4:00p', '2:3-2:19', 'power restored'],
    // an approximate time: `~` (or `≈`) before it is no part of the time
    ['  - ~18:30: the call ends, to resume tomorrow', '18:30', '2:6-2:11', 'the call ends, to resume tomorrow'],
    ['- ~ 9:10 - second engineer joins', '9:10', '2:5-2:9', 'second engineer joins'],
    ['- ≈14:05 UTC - Error rate falls', '14:05 UTC', '2:4-2:13', 'Error rate falls'],
    ['- **~16:20** Traffic back to normal', '16:20', '2:6-2:11', 'Traffic back to normal'],
    // an approximate time after its date is still the date's time
    ['- 2026-01-08 ~02:00 - cron jobs begin failing', '2026-01-08 ~02:00', '2:3-2:20', 'cron jobs begin failing'],
    ['- **2026-01-08 ~02:00**: cron jobs begin failing', '2026-01-08 ~02:00', '2:5-2:22', 'cron jobs begin failing'],
    ['- Jan 8, 2026 at ≈ 02:00 - cron jobs begin failing', 'Jan 8, 2026 at ≈ 02:00', '2:3-2:25', 'cron jobs begin failing'],
    // a `~` after the date that no time follows is the entry's separator
    ['- 2026-01-08 ~ cron jobs begin failing', '2026-01-08', '2:3-2:13', 'cron jobs begin failing'],
    // an emoji before the time (a clock face, a siren, a check mark) is decoration, no part of the time
    ['+ **🕙10:00**: The issue was detected', '10:00', '2:7-2:12', 'The issue was detected'],
    ['- 🚨 14:02 UTC Alert fired', '14:02 UTC', '2:6-2:15', 'Alert fired'],
    ['- ⏰ 09:15 - on-call paged', '09:15', '2:5-2:10', 'on-call paged'],
    ['- ✅ 14:30 Service restored', '14:30', '2:5-2:10', 'Service restored'],
    ['- ⚠️ 14:31 Error rate rises', '14:31', '2:6-2:11', 'Error rate rises'],
    // a clock with an h between hours and minutes
    ['- 14h05 : alerte reçue', '14h05', '2:3-2:8', 'alerte reçue'],
    ['- 9h30 - le service revient', '9h30', '2:3-2:7', 'le service revient'],
    ['- 14 h 05 UTC : redémarrage', '14 h 05 UTC', '2:3-2:14', 'redémarrage'],
    ['- **18H00** point de situation', '18H00', '2:5-2:10', 'point de situation'],
    ['- 2024-03-12 14h05 : bascule', '2024-03-12 14h05', '2:3-2:19', 'bascule'],
    ['- 2024-03-12 à 14h05 : bascule', '2024-03-12 à 14h05', '2:3-2:21', 'bascule'],
    ['- 03/26 23h04 : bascule', '03/26 23h04', '2:3-2:14', 'bascule'],
    ['- 19/03, 10 h 00 : point de situation', '19/03, 10 h 00', '2:3-2:17', 'point de situation'],
    // a bare French hour before the entry's separator or a zone, a German hour with Uhr
    ['- 15h : début de la panne', '15h', '2:3-2:6', 'début de la panne'],
    ['- **9h** - premières alertes', '9h', '2:5-2:7', 'premières alertes'],
    ['- 15h UTC : début', '15h UTC', '2:3-2:10', 'début'],
    ['- 2024-03-12 à 15h : bascule', '2024-03-12 à 15h', '2:3-2:19', 'bascule'],
    ['- 12 mars 14h05 : alerte reçue', '12 mars 14h05', '2:3-2:16', 'alerte reçue'],
    ['- 12 mars à 14h20 : équipe mobilisée', '12 mars à 14h20', '2:3-2:18', 'équipe mobilisée'],
    ['- 13. März um 09:00 Uhr: Prüfung', '13. März um 09:00 Uhr', '2:3-2:24', 'Prüfung'],
    ['- 13 de marzo a las 10:00: cierre', '13 de marzo a las 10:00', '2:3-2:26', 'cierre'],
    ['- 18/03 à 15h : alerte', '18/03 à 15h', '2:3-2:14', 'alerte'],
    ['- 03/18 à 9h - alerte', '03/18 à 9h', '2:3-2:13', 'alerte'],
    ['- 19/03 14h : début de l\'incident', '19/03 14h', '2:3-2:12', 'début de l\'incident'],
    ['- **19/03 9h** - alerte', '19/03 9h', '2:5-2:13', 'alerte'],
    // must not change: an h clock with minutes after "à"
    ['- 18/03 à 15h30 : alerte', '18/03 à 15h30', '2:3-2:16', 'alerte'],
    ['- 15 Uhr: Alarm ausgelöst', '15 Uhr', '2:3-2:9', 'Alarm ausgelöst'],
    ['- 15.30 Uhr MESZ - Rollback', '15.30 Uhr MESZ', '2:3-2:17', 'Rollback'],
    ['- 23:59 Uhr (MESZ): Frist', '23:59 Uhr (MESZ)', '2:3-2:19', 'Frist'],
    // a German, French or Spanish date with a day and a year
    ['- 12 mars 2024 14h05 : alerte', '12 mars 2024 14h05', '2:3-2:21', 'alerte'],
    ['- 12. März 2024 14:05 - Alarm ausgelöst', '12. März 2024 14:05', '2:3-2:22', 'Alarm ausgelöst'],
    ['- 12 de marzo de 2024 14:05: alerta', '12 de marzo de 2024 14:05', '2:3-2:28', 'alerta'],
    // short month names, and a weekday before the date
    ['- 8 janv. 2025 9h10 : alerte', '8 janv. 2025 9h10', '2:3-2:20', 'alerte'],
    ['- 3. Okt. 2023 22:15 - Alarm', '3. Okt. 2023 22:15', '2:3-2:21', 'Alarm'],
    ['- 12 ene 2024 10:00: alerta', '12 ene 2024 10:00', '2:3-2:20', 'alerta'],
    ['- mardi 12 mars 2024 14h05 : alerte', 'mardi 12 mars 2024 14h05', '2:3-2:27', 'alerte'],
    ['- Di., 12. März 2024, 14:05 - Alarm', 'Di., 12. März 2024, 14:05', '2:3-2:28', 'Alarm'],
    ['- martes 12 de marzo de 2024 14:05: alerta', 'martes 12 de marzo de 2024 14:05', '2:3-2:35', 'alerta'],
    ['- Montag, 11.03.2024 14:05 Rollback', 'Montag, 11.03.2024 14:05', '2:3-2:27', 'Rollback'],
    // year or month first with a month name, joined by hyphens or slashes
    ['- 2024-Mar-12 14:06 - deploy started', '2024-Mar-12 14:06', '2:3-2:20', 'deploy started'],
    ['- Mar-12-2024 14:07 UTC: rollback', 'Mar-12-2024 14:07 UTC', '2:3-2:24', 'rollback'],
    ['- 2024/Mar/12 14:08 - pool exhausted', '2024/Mar/12 14:08', '2:3-2:20', 'pool exhausted'],
    ['- Tue 2024-Mar-12 14:06 - deploy', 'Tue 2024-Mar-12 14:06', '2:3-2:24', 'deploy'],
    // a clock with a dot after a date with dots
    ['- 12.03.2024 14.20 - feil oppdaget', '12.03.2024 14.20', '2:3-2:19', 'feil oppdaget'],
    ['- **12.3.2024 kl. 14.20**: tjenesten nede', '12.3.2024 kl. 14.20', '2:5-2:24', 'tjenesten nede'],
    ['- 12.03.2024 klo 14.20 EET - häiriö alkoi', '12.03.2024 klo 14.20 EET', '2:3-2:27', 'häiriö alkoi'],
    ['- 12.03.2024 14.20 14:35 bekreftet', '12.03.2024 14.20', '2:3-2:19', '14:35 bekreftet'],
    // must not change: a number after a dotted date
    ['- 12.03.2024 1.5 GB lost', '12.03.2024', '2:3-2:13', '1.5 GB lost'],
    // a range of hours: the time is the range (the analysis reads its start), its zone after the range's end included
    ['- 16:00–16:30 UTC: failover window', '16:00–16:30 UTC', '2:3-2:18', 'failover window'],
    ['- 16:00 - 16:30: failover window', '16:00 - 16:30', '2:3-2:16', 'failover window'],
    ['- 2024-03-12 16:00-16:30 CET - failover', '2024-03-12 16:00-16:30 CET', '2:3-2:29', 'failover'],
    ['- 14h05-14h30 : bascule', '14h05-14h30', '2:3-2:14', 'bascule'],
    ['- 14:00~14:20 - maintenance window', '14:00~14:20', '2:3-2:14', 'maintenance window'],
    ['- 14:00 ~ 14:20: maintenance window', '14:00 ~ 14:20', '2:3-2:16', 'maintenance window'],
    ['- 14:00〜14:20 メンテナンス', '14:00〜14:20', '2:3-2:14', 'メンテナンス'],
    ['- **14:00 〜 14:20 JST** - メンテナンス', '14:00 〜 14:20 JST', '2:5-2:22', 'メンテナンス'],
    ['- 2:00 PM ~ 2:20 PM PDT - failover', '2:00 PM ~ 2:20 PM PDT', '2:3-2:24', 'failover'],
    ['- 14:08 → 14:30 - rollback', '14:08 → 14:30', '2:3-2:16', 'rollback'],
    ['- 14:08 -> 14:30: drain', '14:08 -> 14:30', '2:3-2:17', 'drain'],
    // must not change: a `~` before a clock alone hedges it, a `~` after a zone too, `~~` strikes through
    ['- ~14:05 - errors start', '14:05', '2:4-2:9', 'errors start'],
    ['- 14:00 UTC ~14:05 - errors start', '14:00 UTC', '2:3-2:12', '14:05 - errors start'],
    ['- 14:00~~14:20~~ typo fixed', '14:00', '2:3-2:8', '~14:20~~ typo fixed'],
    ['- from 16:00 to 16:30: database failover', 'from 16:00 to 16:30', '2:3-2:22', 'database failover'],
    ['- From 9:00 AM to 9:45 AM PT - deploy frozen', 'From 9:00 AM to 9:45 AM PT', '2:3-2:29', 'deploy frozen'],
    ['- de 16h à 16h30 : bascule', 'de 16h à 16h30', '2:3-2:17', 'bascule'],
    ['- De 9h30 à 10h : analyse', 'De 9h30 à 10h', '2:3-2:16', 'analyse'],
    ['- von 16:00 bis 16:30 Uhr: Umschaltung', 'von 16:00 bis 16:30 Uhr', '2:3-2:26', 'Umschaltung'],
    ['- desde las 16:00 hasta las 16:30: conmutación', 'desde las 16:00 hasta las 16:30', '2:3-2:34', 'conmutación'],
    ['- between 16:00 and 16:30 UTC: errors', 'between 16:00 and 16:30 UTC', '2:3-2:30', 'errors'],
    // must not change: a number after the dash that is no clock, a clock that starts the text after the separator
    ['- 16:00 - 2 nodes down', '16:00', '2:3-2:8', '2 nodes down'],
    ['- 16:00 - 16h later the fix shipped', '16:00', '2:3-2:8', '16h later the fix shipped'],
  ];
  for (const [line, time, range, text] of bullets) {
    it(`reads ${JSON.stringify(line)}`, () => {
      const e = entryOf(line);
      assert.ok(e, 'no entry');
      assert.deepStrictEqual([e.timeText, at(e.timeRange), e.text, e.line], [time, range, text, 2]);
    });
  }

  const notEntries = [
    '- When was issue detected: Early afternoon at 3:06 PM EST.',
    '- 3 engineers joined the bridge',
    '- May need more detail',
    '- Monday: deploy freeze',
    'Some narrative paragraph about 14:02.',
    '- 500 errors at 14:02',
    'March 12, 2024 was a Tuesday',
    '- 10-12 retries per second',
    '- 03-26: pool drained',
    '- Mar-12: pool drained',
    '- May-2024-report drafted',
    '- 13-26 23:04 not a month',
    '- -- : -- not a time',
    '- ---:--- rule',
    '- ~~14:02~~ struck out',
    '- ~ about noon',
    '- 🚨 alert storm, no time',
    '- 🕙 later that day',
    '- Update: 3 nodes replaced',
    '- Resolved - 2024-05-14 the day after',
    '- Resolution - 14:02 rollback',
    '- Resolved: 2024-09-20 11:40',
    '- **Update**: 14:02 UTC',
    '- 14h point de situation',
    '- 2h window agreed',
    // must not change: a bare hour after a date needs the entry's separator after it
    '- 9/27 2h window agreed',
    '- 19/03 14h la suite',
    '- 2h plus tard : retour',
    '- 48h : délai',
    '- 2h de panne au total',
    '- 1h30m of degraded service',
    '- 4 h 33 min of downtime',
    '- 12 mars: retour',
    '- Mars 2020 rover telemetry',
    // a month name in lower case joined by hyphens is no date to the time scanner, nor an entry's time here
    '- 12-mar-2024 14:05 - deploy',
    // a French, German or Spanish weekday needs a date after it (before a clock alone it is a word as often: see the
    // events named before their time in the chat tests)
    '- lundi 14h05 : alerte',
    '- Mardi 12 mars : retour',
    '- sept 2024 serveurs',
    // a word that opens a range needs the range: a clock alone after it is prose
    '- from 16:00 the queue grew',
    '- de 16h la file grossit',
    '- between 3 and 4 retries',
  ];
  for (const line of notEntries) {
    it(`reads no entry from ${JSON.stringify(line)}`, () => assert.strictEqual(entryOf(line), undefined));
  }

  it('reads entries only inside Timeline sections', () => {
    const m = parsePostmortem('## Summary\n- 14:02 UTC alert\n## Incident timeline\n- 14:03 UTC page\n### Details\n- 14:05 UTC ack\n## Impact\n- 14:06 UTC x\n');
    assert.deepStrictEqual(m.timeline.map((e) => e.line), [4, 6]);
  });

  it('reads the list items and tables of a document without a Timeline section, but not its prose or action items', () => {
    const m = parsePostmortem([
      '# Relay outage', 'At 09:00 the queue grew.', '- 2024-05-14 09:00 UTC - Queue starts growing', '| Time | Event |', '|---|---|',
      '| 09:25 UTC | Alert |', '## Action items', '- 10:00 review the alert @ops',
    ].join('\n'));
    assert.deepStrictEqual(m.timeline.map((e) => [e.kind, e.line, e.timeText, e.text]), [
      ['bullet', 3, '2024-05-14 09:00 UTC', 'Queue starts growing'], ['table', 6, '09:25 UTC', 'Alert'],
    ]);
  });

  it('dates entries from a date heading, a bold date line and a date bullet, until the next heading', () => {
    const m = parsePostmortem([
      '## Timeline', '### Tuesday 12 March', '- 23:50 deploy', '**2024-03-13**', '- 00:10 rollback', '- 2024-03-13',
      '  - 00:20 all clear', '### Follow-up', '- 09:00 review',
    ].join('\n'));
    assert.deepStrictEqual(m.timeline.map((e) => [e.kind, e.timeText, e.dateText, at(e.dateRange)]), [
      ['dated-list', '23:50', 'Tuesday 12 March', '2:5-2:21'],
      ['dated-list', '00:10', '2024-03-13', '4:3-4:13'],
      ['dated-list', '00:20', '2024-03-13', '6:3-6:13'],
      ['bullet', '09:00', undefined, 'none'],
    ]);
  });

  it('dates entries from a month and day heading (3/12), but not from a fraction, a phrase or a version', () => {
    const m = parsePostmortem([
      '## Timeline', '### 3/12', '- 23:50 deploy', '### **03/13**', '- 00:10 rollback', '### 1/2 of the fleet', '- 00:20 drained', '### 24/7 support',
      '- 00:30 escalated', '### 1.2', '- 00:40 upgraded', '### 12/3', '- 00:50 review', '### 3/12/', '- 01:00 x', '### 0/5', '- 01:10 y',
    ].join('\n'));
    assert.deepStrictEqual(m.timeline.map((e) => [e.kind, e.timeText, e.dateText, at(e.dateRange)]), [
      ['dated-list', '23:50', '3/12', '2:5-2:9'], ['dated-list', '00:10', '03/13', '4:7-4:12'], ['bullet', '00:20', undefined, 'none'],
      ['bullet', '00:30', undefined, 'none'], ['bullet', '00:40', undefined, 'none'], ['dated-list', '00:50', '12/3', '12:5-12:9'],
      ['bullet', '01:00', undefined, 'none'], ['bullet', '01:10', undefined, 'none'],
    ]);
    // a month and day alone on a line of its own, bold or not; not a list item, nor with text after it
    const lines = parsePostmortem(['## Timeline', '**3/12**', '- 23:50 deploy', '3/13', '- 00:10 rollback', '- 3/14', '- 09:00 review', '1/2 of the fleet', '- 09:30 drained'].join('\n'));
    assert.deepStrictEqual(lines.timeline.map((e) => [e.kind, e.timeText, e.dateText, at(e.dateRange)]), [
      ['dated-list', '23:50', '3/12', '2:3-2:7'], ['dated-list', '00:10', '3/13', '4:1-4:5'], ['dated-list', '09:00', '3/13', '4:1-4:5'], ['dated-list', '09:30', '3/13', '4:1-4:5'],
    ]);
    // sections right after the Timeline section at its own level, one per day
    const days = parsePostmortem(['## Timeline', '## 5/12', '- 23:00 Nodes stop scaling up.', '## 5/13', '- 00:40 Quota raised.', '## 1/2 of the fleet', '- 09:00 not an entry'].join('\n'));
    assert.deepStrictEqual(days.timeline.map((e) => [e.kind, e.timeText, e.dateText]), [['dated-list', '23:00', '5/12'], ['dated-list', '00:40', '5/13']]);
    // a month and day with a title after a dash or a colon, when a clock entry follows: a date heading; with a date
    // entry, prose or nothing after it, or a fraction, it is none
    const titled = parsePostmortem(['## Timeline', '### 06/06 — Kick-off', '', '- 10:00 call opened', '### 06/07: Rollout', '- 09:00 canary',
      '### 1/2 - Overview', 'The first half.', '- 11:00 review', '### 2/3 — Phase two', '- 2024-06-08 12:00 cutover', '### 24/31 — x', '- 13:00 y'].join('\n'));
    assert.deepStrictEqual(titled.timeline.map((e) => [e.kind, e.timeText, e.dateText, at(e.dateRange)]), [
      ['dated-list', '10:00', '06/06', '2:5-2:10'], ['dated-list', '09:00', '06/07', '5:5-5:10'], ['bullet', '11:00', undefined, 'none'],
      ['bullet', '2024-06-08 12:00', undefined, 'none'], ['bullet', '13:00', undefined, 'none'],
    ]);
    // an entry with a date of its own under it makes it a date heading when that date is the heading's day (in either
    // order when both numbers could be a month); another day, as above, does not
    const ownDate = parsePostmortem(['## Chronologie', '### 14/06 — Retour', '- 14/06 09:00 reprise du trafic', '- 10:00 suite', '### 15/06 — Bilan', '',
      '- 2025-06-15 09:00 bilan', '- 11:00 fin', '### 05/06: Analyse', '- 2025-06-05 08:00 revue', '- 09:00 z', '### 16/06 — Clôture', '- 2025-06-17 09:00 x', '- 10:00 y'].join('\n'));
    assert.deepStrictEqual(ownDate.timeline.map((e) => [e.kind, e.timeText, e.dateText]), [
      ['dated-list', '14/06 09:00', undefined], ['dated-list', '10:00', '14/06'], ['dated-list', '2025-06-15 09:00', undefined], ['dated-list', '11:00', '15/06'],
      ['dated-list', '2025-06-05 08:00', undefined], ['dated-list', '09:00', '05/06'], ['bullet', '2025-06-17 09:00', undefined], ['bullet', '10:00', undefined],
    ]);
    // outside a Timeline section a month and day heading is no date heading
    const whole = parsePostmortem(['# Notes', '### 3/12', '- 23:50 deploy'].join('\n'));
    assert.deepStrictEqual(whole.timeline.map((e) => [e.kind, e.dateText]), [['bullet', undefined]]);
  });

  it('dates entries from a date heading after the day\'s number (`### Day 2 — Wednesday, March 13`)', () => {
    const m = parsePostmortem(['## Timeline', '### Day 1 — Tuesday, March 12, 2024', '- 22:40 alerts fire', '### Day 2: 2024-03-13', '- 01:20 writes recover',
      '### Day 3 (March 14)', '- 09:00 review', '### Jour 4 - 15 mars', '- 10:00 revue', '### Day 5', '- 11:00 x', '### Day 6 — Cleanup', '- 12:00 y'].join('\n'));
    assert.deepStrictEqual(m.timeline.map((e) => [e.kind, e.timeText, e.dateText, at(e.dateRange)]), [
      ['dated-list', '22:40', 'Tuesday, March 12, 2024', '2:13-2:36'], ['dated-list', '01:20', '2024-03-13', '4:12-4:22'], ['dated-list', '09:00', 'March 14', '6:12-6:20'],
      ['dated-list', '10:00', '15 mars', '8:14-8:21'], ['bullet', '11:00', undefined, 'none'], ['bullet', '12:00', undefined, 'none'],
    ]);
  });

  it('dates entries from a German, French or Spanish date heading with a day and a year', () => {
    const m = parsePostmortem(['## Timeline', '### 12 mars 2024', '- 14h05 : alerte', '### 12. März 2024', '- 14:10 Alarm', '### 12 de marzo de 2024', '- 14:15 alerta',
      '### Mars 2020', '- 14:20 rover'].join('\n'));
    assert.deepStrictEqual(m.timeline.map((e) => [e.kind, e.timeText, e.dateText]), [
      ['dated-list', '14h05', '12 mars 2024'], ['dated-list', '14:10', '12. März 2024'], ['dated-list', '14:15', '12 de marzo de 2024'], ['bullet', '14:20', undefined],
    ]);
  });

  it('dates entries from a German, French or Spanish date heading with a weekday, a short month or no year', () => {
    const m = parsePostmortem(['## Timeline', '### Mardi 12 mars 2024', '- 14h05 : alerte', '### 13 mars', '- 09h00 : revue', '### Do., 14. März', '- 10:00 Alarm',
      '### viernes 15 de marzo', '- 11:00 alerta', '### 16 janv.', '- 12:00 x', '### Mars', '- 13:00 rover', '### Mai', '- 13:10 y', '### pour 12 mars', '- 13:20 z',
      '### Mo', '- 13:30 w', '### Tue 3/19', '- 14:00 deploy', '### Tuesday, 3/19', '- 14:10 deploy', '### Tuesday 3/19 rollback', '- 14:20 v', '### Montage 12. März', '- 14:30 u'].join('\n'));
    assert.deepStrictEqual(m.timeline.map((e) => [e.kind, e.timeText, e.dateText]), [
      ['dated-list', '14h05', 'Mardi 12 mars 2024'], ['dated-list', '09h00', '13 mars'], ['dated-list', '10:00', 'Do., 14. März'], ['dated-list', '11:00', 'viernes 15 de marzo'],
      ['dated-list', '12:00', '16 janv.'], ['bullet', '13:00', undefined], ['bullet', '13:10', undefined], ['bullet', '13:20', undefined], ['bullet', '13:30', undefined],
      ['dated-list', '14:00', 'Tue 3/19'], ['dated-list', '14:10', 'Tuesday, 3/19'], ['bullet', '14:20', undefined], ['bullet', '14:30', undefined],
    ]);
    // a title after a dash or a colon, or after a blank when the month name is no English word (`15 mars retour`), and
    // after a weekday and a slashed month and day, or a slashed month and day alone when a clock entry follows; not a
    // dash without a title, a number after the name
    const titled = parsePostmortem(['## Timeline', '### 12 mars — Jour 1', '- 14h05 : alerte', '### Lundi 13 avril - Analyse', '- 09:00 revue', '### 14. März: Analyse', '- 10:00 Alarm',
      '### 15 mars retour', '- 11:00 x', '### 3/16 — deploy', '- 12:00 y', '### 17 mars —', '- 13:00 z', '### Vendredi 06/06 — Kick-off', '- 14:00 v', '### 18 mars 2 équipes', '- 15:00 w',
      '### Di., 19/03: Analyse', '- 16:00 u', '### 20 de marzo seguimiento', '- 17:00 t'].join('\n'));
    assert.deepStrictEqual(titled.timeline.map((e) => [e.kind, e.timeText, e.dateText, at(e.dateRange)]), [
      ['dated-list', '14h05', '12 mars', '2:5-2:12'], ['dated-list', '09:00', 'Lundi 13 avril', '4:5-4:19'], ['dated-list', '10:00', '14. März', '6:5-6:13'],
      ['dated-list', '11:00', '15 mars', '8:5-8:12'], ['dated-list', '12:00', '3/16', '10:5-10:9'], ['bullet', '13:00', undefined, 'none'],
      ['dated-list', '14:00', 'Vendredi 06/06', '14:5-14:19'], ['bullet', '15:00', undefined, 'none'], ['dated-list', '16:00', 'Di., 19/03', '18:5-18:15'],
      ['dated-list', '17:00', '20 de marzo', '20:5-20:16'],
    ]);
    // a date line of its own, and sections right after the Timeline section, one per day
    const lines = parsePostmortem(['## Timeline', '**12 mars**', '- 23:50 deploy', 'Mittwoch, 13. März', '- 00:10 rollback', '14 mars — suite', '- 09:00 revue'].join('\n'));
    assert.deepStrictEqual(lines.timeline.map((e) => [e.timeText, e.dateText]), [['23:50', '12 mars'], ['00:10', 'Mittwoch, 13. März'], ['09:00', 'Mittwoch, 13. März']]);
    const days = parsePostmortem(['## Timeline', '## 12 mars', '- 23:00 deploy', '## Mercredi 13 mars — Jour 2', '- 00:40 rollback', '## Mars', '- 09:00 not an entry'].join('\n'));
    assert.deepStrictEqual(days.timeline.map((e) => [e.timeText, e.dateText]), [['23:00', '12 mars'], ['00:40', 'Mercredi 13 mars']]);
    // outside a Timeline section no such heading dates anything
    const whole = parsePostmortem(['# Notes', '### 12 mars', '- 23:50 deploy'].join('\n'));
    assert.deepStrictEqual(whole.timeline.map((e) => [e.kind, e.dateText]), [['bullet', undefined]]);
  });

  it('takes the text of an entry whose line holds only its time from the indented lines under it', () => {
    const m = parsePostmortem([
      '## Timeline', '', '- 2025-04-14 16:37 UTC', '    Upload endpoint returns 500s', '    for every package. Outage begins.',
      '- 2025-04-14 18:39 UTC:', '    Hot fix deployed.', '- 2025-04-14 18:45 UTC Status page updated', '    (a detail under an entry with text)',
      '- 2025-04-14 19:00 UTC', '', '    after a blank line', '- 2025-04-14 19:10 UTC', '  - a sub-item', '- 2025-04-14 19:20 UTC',
      '    19:25 UTC an indented entry of its own', '- 2025-04-14 19:30 UTC', 'not indented',
    ].join('\n'));
    assert.deepStrictEqual(m.timeline.map((e) => [e.line, e.timeText, e.text, at(e.textRange), at(e.range)]), [
      [3, '2025-04-14 16:37 UTC', 'Upload endpoint returns 500s for every package. Outage begins.', '4:5-5:38', '3:1-5:38'],
      [6, '2025-04-14 18:39 UTC', 'Hot fix deployed.', '7:5-7:22', '6:1-7:22'],
      [8, '2025-04-14 18:45 UTC', 'Status page updated', '8:24-8:43', '8:1-8:43'],
      [10, '2025-04-14 19:00 UTC', '', '10:23-10:23', '10:1-10:23'],
      [13, '2025-04-14 19:10 UTC', '', '13:23-13:23', '13:1-13:23'],
      [15, '2025-04-14 19:20 UTC', '', '15:23-15:23', '15:1-15:23'],
      [16, '19:25 UTC', 'an indented entry of its own', '16:15-16:43', '16:5-16:43'],
      // a line right under it, not indented, goes on the item's paragraph (as Markdown reads it): its text
      [17, '2025-04-14 19:30 UTC', 'not indented', '18:1-18:13', '17:1-18:13'],
    ]);
  });

  describe('a time alone on its line, its text on the lines that follow it', () => {
    const timeline = (...lines: string[]) => parsePostmortem(['## Timeline', '', 'All times UTC.', '', ...lines].join('\n'));
    // [shape, lines from document line 5, [line, timeText, text, textRange, range] of each entry]
    const cases: [string, string[], [number, string, string, string, string][]][] = [
      ['a chat log pasted: each time on its own line, the message under it', ['14:02', 'Seeing 500s on checkout.', '14:05', 'Rolled back the deploy,', 'errors dropping.', '', '14:20', 'All clear.'],
        [[5, '14:02', 'Seeing 500s on checkout.', '6:1-6:25', '5:1-6:25'], [7, '14:05', 'Rolled back the deploy, errors dropping.', '8:1-9:17', '7:1-9:17'], [11, '14:20', 'All clear.', '12:1-12:11', '11:1-12:11']]],
      ['a bold time alone, the text under it', ['**14:02**', 'Alert fired for checkout errors.', '', '**14:05** -', 'Rolled back.'],
        [[5, '14:02', 'Alert fired for checkout errors.', '6:1-6:33', '5:1-6:33'], [8, '14:05', 'Rolled back.', '9:1-9:13', '8:1-9:13']]],
      ['a sentence ends, the time on the next line, then its text', ['The deploy went out at noon and looked fine.', '14:02', 'Alert fired for checkout errors.'],
        [[6, '14:02', 'Alert fired for checkout errors.', '7:1-7:33', '6:1-7:33']]],
      ['a list item holding only its time, its text on the line under it', ['- 14:02', 'Alert fired.', '- 14:05', 'Rolled back.'],
        [[5, '14:02', 'Alert fired.', '6:1-6:13', '5:1-6:13'], [7, '14:05', 'Rolled back.', '8:1-8:13', '7:1-8:13']]],
      // nothing belongs to a stray time: it stays an entry without text
      ['a stray time at the end of a sentence, a blank line after it', ['- 14:00 Deploy.', '', 'Checked the graphs again at', '14:20', '', '- 14:30 Resolved.'],
        [[5, '14:00', 'Deploy.', '5:9-5:16', '5:1-5:16'], [8, '14:20', '', '8:6-8:6', '8:1-8:6'], [10, '14:30', 'Resolved.', '10:9-10:18', '10:1-10:18']]],
      ['a time alone, the next line a time of its own', ['14:02', '14:05 Rolled back.'],
        [[5, '14:02', '', '5:6-5:6', '5:1-5:6'], [6, '14:05', 'Rolled back.', '6:7-6:19', '6:1-6:19']]],
    ];
    for (const [shape, lines, expected] of cases) {
      it(shape, () => {
        assert.deepStrictEqual(timeline(...lines).timeline.map((e) => [e.line, e.timeText, e.text, at(e.textRange), at(e.range)]), expected);
      });
    }
    // wrapped prose stays prose: the clock after a line cut mid-sentence, its words going on in lower case
    it('a clock inside wrapped prose is no entry', () => {
      assert.deepStrictEqual(timeline('- 14:00 Deploy.', '', 'Error rates stayed flat and we kept watching the graphs until', '14:05', 'when the retry storm began.').timeline.map((e) => e.timeText), ['14:00']);
    });
  });

  it('takes a dated entry\'s text from the line under it, and leaves a date alone on its line a date', () => {
    const m = parsePostmortem(['## Timeline', '', '### 2025-04-14', '', '- 16:37', '    Outage begins', '- 2025-04-15', '    Follow-up review held', '- 09:00', '    Review notes sent'].join('\n'));
    assert.deepStrictEqual(m.timeline.map((e) => [e.kind, e.timeText, e.text, e.dateText]), [
      ['dated-list', '16:37', 'Outage begins', '2025-04-14'], ['dated-list', '09:00', 'Review notes sent', '2025-04-15'],
    ]);
  });

  it('reads a heading that starts with a time as an entry, its text the heading rest or the paragraphs under it', () => {
    const m = parsePostmortem([
      '# Notebook hub outage', '', '## Timeline', '', 'All times in UTC.', '', '### 08:52 PM', '', 'Students report that the hub is frozen.',
      '', '### 09:02 PM', 'Usage spike noticed; the usual fixes', 'do not help.', '- restarted two servers', '', '### 9:21 PM - Nodes are out of memory',
      '### 21:40', '', '### Follow-up notes', 'Not an entry.', '## Action items', '- Add a memory alert',
    ].join('\n'));
    assert.deepStrictEqual(m.timeline.map((e) => [e.kind, e.line, e.timeText, e.text, at(e.textRange), at(e.range)]), [
      ['heading', 7, '08:52 PM', 'Students report that the hub is frozen.', '9:1-9:40', '7:5-9:40'],
      ['heading', 11, '09:02 PM', 'Usage spike noticed; the usual fixes do not help. restarted two servers', '12:1-14:24', '11:5-14:24'],
      ['heading', 16, '9:21 PM', 'Nodes are out of memory', '16:15-16:38', '16:5-16:38'],
      ['heading', 17, '21:40', '', '17:10-17:10', '17:5-17:10'],
    ]);
  });

  it('dates time headings by the date heading above them, and reads the timeline on through date headings at its own level', () => {
    const m = parsePostmortem([
      '# Provisioning incident', '## Timeline', '', '## May 12', '', '### 23:00', 'Nodes stop scaling up.', '### 00:40', 'Quota raised.',
      '## May 13', '### 14:30', 'Root cause found.', '- 14:45 patch merged', '## Action items', '### 09:00', 'Not an entry.',
    ].join('\n'));
    assert.deepStrictEqual(m.timeline.map((e) => [e.kind, e.timeText, e.text, e.dateText]), [
      ['heading', '23:00', 'Nodes stop scaling up.', 'May 12'], ['heading', '00:40', 'Quota raised.', 'May 12'],
      ['heading', '14:30', 'Root cause found.', 'May 13'], ['dated-list', '14:45', 'patch merged', 'May 13'],
    ]);
    const sameLevel = parsePostmortem(['## Timeline', '### 2025-03-04', '### 02:10 PM', 'Deployed.', '### 02:18 PM', 'Servers fail.', '### Notes', '- 09:00 review'].join('\n'));
    assert.deepStrictEqual(sameLevel.timeline.map((e) => [e.kind, e.timeText, e.dateText]), [
      ['heading', '02:10 PM', '2025-03-04'], ['heading', '02:18 PM', '2025-03-04'], ['bullet', '09:00', undefined],
    ]);
  });

  it('dates entries from a date in the Timeline heading itself', () => {
    for (const [heading, dateText] of [['## Timeline - May 29, 2021', 'May 29, 2021'], ['## Timeline (2021-05-29)', '2021-05-29'], ['## **Timeline** — Saturday 29 May 2021', 'Saturday 29 May 2021']]) {
      const m = parsePostmortem([heading, '', '* 16:37 - Plugins updated on the controller', '### Follow-up', '- 18:02 agents allocate again', '## Impact', '- 19:00 x'].join('\n'));
      assert.deepStrictEqual(m.timeline.map((e) => [e.kind, e.timeText, e.dateText, textAt(m.lines, e.dateRange!)]), [
        ['dated-list', '16:37', dateText, dateText], ['dated-list', '18:02', dateText, dateText],
      ], heading);
    }
    const noDate = parsePostmortem('## Timeline (times in UTC)\n- 16:37 x\n');
    assert.strictEqual(noDate.timeline[0].dateText, undefined);
  });

  it('reads a status page\'s update with its status word before the time: the text starts with the word', () => {
    const m = parsePostmortem(['## Timeline', '', '- **Resolved** - 16:40 UTC - Errors stopped.', '- Monitoring — 2024-05-14 16:05 UTC — Rolled back.',
      'Identified | 15:20 UTC | Cause found.', '- *Investigating* - 14:58 UTC', '    Errors on checkout.', '- Update - 14:50 UTC'].join('\n'));
    assert.deepStrictEqual(m.timeline.map((e) => [e.timeText, at(e.timeRange), e.text, at(e.textRange)]), [
      ['16:40 UTC', '3:18-3:27', 'Resolved: Errors stopped.', '3:5-3:45'],
      ['2024-05-14 16:05 UTC', '4:16-4:36', 'Monitoring: Rolled back.', '4:3-4:51'],
      ['15:20 UTC', '5:14-5:23', 'Identified: Cause found.', '5:1-5:38'],
      ['14:58 UTC', '6:21-6:30', 'Investigating: Errors on checkout.', '6:4-7:24'],
      ['14:50 UTC', '8:12-8:21', 'Update', '8:3-8:9'],
    ]);
  });

  it('reads a range from a bare hour to a clock with AM/PM or Uhr as the entry\'s time', () => {
    const m = parsePostmortem(['## Timeline', '- 1:50 PM - alert fired', '- 2-4 PM: elevated errors on checkout', '- 14–16 Uhr: Wartungsfenster',
      '- 10 to 11:30 a.m. - maintenance', '- 2 to 4 pods restarted', '- 2-4 nodes: drained'].join('\n'));
    assert.deepStrictEqual(m.timeline.map((e) => [e.timeText, e.text]), [
      ['1:50 PM', 'alert fired'], ['2-4 PM', 'elevated errors on checkout'], ['14–16 Uhr', 'Wartungsfenster'], ['10 to 11:30 a.m.', 'maintenance'],
    ]);
  });

  it('reads a status page\'s update written as its word, a blank and the time, its text under it', () => {
    const m = parsePostmortem(['# Section incident', '', 'Section experienced a critical incident.', '', '## Update timeline',
      '- investigating May 11, 2021, 02:35 AM UTC', 'Section portal is currently down.', '- resolved May 11, 2021, 03:42 PM UTC', 'This incident has been resolved.',
      '- Resolved 16:40 UTC the errors stopped', '- update the docs by 16:40 UTC'].join('\n'));
    assert.deepStrictEqual(m.timeline.map((e) => [e.timeText, at(e.timeRange), e.text, at(e.textRange)]), [
      ['May 11, 2021, 02:35 AM UTC', '6:17-6:43', 'investigating: Section portal is currently down.', '6:3-7:34'],
      ['May 11, 2021, 03:42 PM UTC', '8:12-8:38', 'resolved: This incident has been resolved.', '8:3-9:33'],
      // with text after the time, the word is an event named before its time, as before: all of it is the text
      ['16:40 UTC', '10:12-10:21', 'Resolved 16:40 UTC the errors stopped', '10:3-10:40'],
    ]);
  });

  it('reads a status update heading with a date and time as an entry, even without a Timeline section', () => {
    const m = parsePostmortem([
      '# Power outage', '', '## Investigating 2025-01-04 9:27 AM', '', 'All systems are down.', '', '## Resolved 2025-01-04 4:00 PM',
      '', 'Power is back; machines are up.', '', '## 2025-01-04 5:00 PM', 'A heading with a time outside a timeline is not an entry.',
    ].join('\n'));
    assert.deepStrictEqual(m.timeline.map((e) => [e.kind, e.timeText, e.text]), [
      ['heading', '2025-01-04 9:27 AM', 'Investigating: All systems are down.'], ['heading', '2025-01-04 4:00 PM', 'Resolved: Power is back; machines are up.'],
    ]);
  });

  it('reads status page updates pasted from its history page: the word, the text, then a line with only the date and time', () => {
    const updates = [
      '**Resolved** - Download failures have stopped. We scaled up the',
      'service and refined its rate limits.  ', '  ', 'Follow-up work is tracked.   ', ' Nov  3, 19:20 UTC', '',
      '**Update** - We applied the mitigation.   ', ' Nov  3, 17:27 UTC', '',
      'Investigating: reports of failed downloads', 'Nov 3, 14:33 UTC', '',
    ];
    for (const [name, head] of [['without a Timeline section', ['# Incident with Packages', '']], ['under a Timeline heading', ['# Incident', '', '## Timeline', '']]] as const) {
      const m = parsePostmortem([...head, ...updates].join('\n'));
      const o = head.length;
      assert.deepStrictEqual(m.timeline.map((e) => [e.line, e.timeText, at(e.timeRange), e.text, at(e.textRange)]), [
        [o + 1, 'Nov  3, 19:20 UTC', `${o + 5}:2-${o + 5}:19`, 'Resolved: Download failures have stopped. We scaled up the service and refined its rate limits. Follow-up work is tracked.', `${o + 1}:1-${o + 4}:27`],
        [o + 7, 'Nov  3, 17:27 UTC', `${o + 8}:2-${o + 8}:19`, 'Update: We applied the mitigation.', `${o + 7}:1-${o + 7}:40`],
        [o + 10, 'Nov 3, 14:33 UTC', `${o + 11}:1-${o + 11}:17`, 'Investigating: reports of failed downloads', `${o + 10}:1-${o + 10}:43`],
      ], name);
    }
    // an incident page pasted: the time after "Posted" (maybe how long ago), a date with its year, a dash and a clock
    const posted = parsePostmortem(['# Elevated API errors', '', '**Resolved** - This incident has been resolved.', 'Posted 3 days ago. Nov 03, 2024 - 19:20 UTC', '',
      '**Investigating** - We are looking into errors.', 'Posted Nov 03, 2024 - 18:12 UTC', '', '**Update** - Still looking.', 'Posted by the team on Monday'].join('\n'));
    assert.deepStrictEqual(posted.timeline.map((e) => [e.line, e.timeText, at(e.timeRange), e.text]), [
      [3, 'Nov 03, 2024 - 19:20 UTC', '4:20-4:44', 'Resolved: This incident has been resolved.'],
      [6, 'Nov 03, 2024 - 18:12 UTC', '7:8-7:32', 'Investigating: We are looking into errors.'],
    ]);
    // an update whose time never comes, or comes after the next update, a list or a heading, is no entry
    for (const text of ['**Resolved** - All good.\n\n**Update** - Still broken.\n Nov 3, 17:27 UTC\n', '**Resolved** - All good.\n- a list\n Nov 3, 17:27 UTC\n',
      '**Resolved** - All good.\n## Next\nNov 3, 17:27 UTC\n', 'Resolved the issue by restarting.\nNov 3, 17:27 UTC\n']) {
      assert.deepStrictEqual(parsePostmortem(`# X\n\n${text}`).timeline.map((e) => e.text).filter((t) => t.startsWith('Resolved')), [], text);
    }
  });

  it('reads no entry in a line of a paragraph that opened with prose cut mid-sentence: an entry starts a paragraph or follows one', () => {
    const m = parsePostmortem([
      '## Timeline', '', '### 2026-06-28', '',
      'The deploy went out at noon and error rates stayed flat until', '14:05 was when the retry storm began, and', '14:20 the queue was full.', '',
      'Error rates stayed flat, until', '14:06 UTC, when the storm began.', '',
      // must not change: a paragraph of entries, an entry whose text wraps, a line that ends a sentence or a label before entries
      '14:30 Outage begins', '14:31 Pager fired', '',
      '14:40 Rollback started, and the error rate', 'fell within minutes', '14:45 Error rate normal', '',
      'All times UTC.', '14:50 Customers notified', '', 'All times are in UTC', '14:52 Status page updated', '',
      'Later that day:', '15:00 Resolved', '',
      '- 15:10 Postmortem scheduled, after', '15:20 call ended', '',
      // a short line without a full stop is a label or a declaration, not a sentence cut by a wrap
      'All times UTC', '15:30 alert fired again', '', 'Timeline of events, all times in UTC', '15:40 rollback done',
    ].join('\n'));
    assert.deepStrictEqual(m.timeline.map((e) => [e.line, e.timeText]), [
      [12, '14:30'], [13, '14:31'], [15, '14:40'], [17, '14:45'], [20, '14:50'], [23, '14:52'], [26, '15:00'], [28, '15:10'], [29, '15:20'],
      [32, '15:30'], [35, '15:40'],
    ]);
  });

  it('splits a paragraph of entries at <br> and joins each entry\'s text across the lines it wraps over', () => {
    const m = parsePostmortem([
      '## Timeline (all times in PST/PDT)', '', '### 2023-04-02', '', '09:10 - A change to the CDN rules is merged for the', 'docs site.<br> 09:32 - The change reaches the edge. **\\<START OF',
      'OUTAGE>**<br> 09:40 - Monitoring sends a first e-mail.<br> 23:54 - The', 'on-call engineer reads the e-mail.<br/>', '', '### 2023-04-03',
      '', '00:05 - Rules reverted. **\\<END OF OUTAGE>**', '', 'Plain prose about 10:00 with a<br> line break is no entry.',
    ].join('\n'));
    assert.deepStrictEqual(m.timeline.map((e) => [e.kind, e.line, e.timeText, at(e.timeRange), e.text, at(e.textRange), e.dateText]), [
      ['dated-list', 5, '09:10', '5:1-5:6', 'A change to the CDN rules is merged for the docs site.', '5:9-6:11', '2023-04-02'],
      ['dated-list', 6, '09:32', '6:16-6:21', 'The change reaches the edge. **\\<START OF OUTAGE>**', '6:24-7:10', '2023-04-02'],
      ['dated-list', 7, '09:40', '7:15-7:20', 'Monitoring sends a first e-mail.', '7:23-7:55', '2023-04-02'],
      ['dated-list', 7, '23:54', '7:60-7:65', 'The on-call engineer reads the e-mail.', '7:68-8:35', '2023-04-02'],
      ['dated-list', 12, '00:05', '12:1-12:6', 'Rules reverted. **\\<END OF OUTAGE>**', '12:9-12:45', '2023-04-03'],
    ]);
  });

  it('skips the lines of backslashes a wiki export puts between <br> entries', () => {
    const m = parsePostmortem([
      '## Timeline', '', '*06:00*: The site was reported down<br />', '\\\\\\\\', '*06:46*: The hosting provider was informed<br />', '\\\\\\\\',
      '*11:20*: The site is reliably available again', '', 'A note: the provider wrote \\ in its ticket<br />', '\\', 'nothing more.',
    ].join('\n'));
    assert.deepStrictEqual(m.timeline.map((e) => [e.line, e.timeText, e.text, at(e.textRange)]), [
      [3, '06:00', 'The site was reported down', '3:10-3:36'],
      [5, '06:46', 'The hosting provider was informed', '5:10-5:43'],
      [7, '11:20', 'The site is reliably available again', '7:10-7:46'],
    ]);
  });

  it('finds the time column of a table by its header and carries the date column down', () => {
    const m = parsePostmortem([
      '## Timeline (UTC)', '', '| Event | Date | Timestamp |', '|:--|:-:|--:|', '| Alert fired | Mar 12 | 14:02 |', '| Paged | | 14:05 |',
      '| | | |', '| Resolved | Mar 13 | **00:40** |',
    ].join('\n'));
    assertRangesHoldText(m);
    assert.deepStrictEqual(m.timeline.map((e) => [e.kind, e.line, e.timeText, at(e.timeRange), e.text, e.dateText, at(e.range)]), [
      ['table', 5, '14:02', '5:26-5:31', 'Alert fired', 'Mar 12', '5:1-5:33'],
      ['table', 6, '14:05', '6:13-6:18', 'Paged', 'Mar 12', '6:1-6:20'],
      ['table', 8, '00:40', '8:25-8:30', 'Resolved', 'Mar 13', '8:1-8:34'],
    ]);
  });

  it('dates the time-only rows after a date-only row of a table without a date column, as a date heading does', () => {
    const m = parsePostmortem([
      '## Timeline', '', '### 2026-06-29', '', '| Time (UTC) | Event |', '|---|---|', '| **~2026-06-28** | (Pre-existing) config drift |', '| 14:05 | Drift reaches the fleet |',
      '| 23:50 | Canary fails |', '| 2026-06-29 09:10 | Outage begins |', '| 09:40 | Resolved |', '', '| Time | Event |', '|---|---|', '| 10:00 | Postmortem call |',
    ].join('\n'));
    assert.deepStrictEqual(m.timeline.map((e) => [e.timeText, e.dateText, at(e.dateRange)]), [
      ['~2026-06-28', undefined, 'none'], ['14:05', '2026-06-28', '7:6-7:16'], ['23:50', '2026-06-28', '7:6-7:16'],
      // must not change: after a row with its own date and clock, and in the next table, the heading's date
      ['2026-06-29 09:10', undefined, 'none'], ['09:40', '2026-06-29', '3:5-3:15'], ['10:00', '2026-06-29', '3:5-3:15'],
    ]);
  });

  it('reads an HTML table whose rows are written one to a line, as a Markdown table', () => {
    const m = parsePostmortem([
      '## Timeline (UTC)', '<table>', '  <tr><th>Time</th><th>Event</th></tr>', '  <tr><td>14:02</td><td>Alert fired for 5xx rate</td></tr>', '',
      '  <tr><td><b>14:37</b></td><td>Rollback done</td></tr>',
      // a row whose cells are on lines of their own is a row too, each cell read on its line
      '  <tr>', '    <td>14:50</td>', '    <td>Review booked</td>', '  </tr>', '</table>',
      // must not change: a table without a time header
      '<table><tr><th>Due</th><th>Task</th></tr></table>', '<tr><td>14:55</td><td>not under a time header</td></tr>',
    ].join('\n'));
    assertRangesHoldText(m);
    assert.deepStrictEqual(m.timeline.map((e) => [e.kind, e.line, e.timeText, at(e.timeRange), e.text, at(e.textRange), at(e.range)]), [
      ['table', 4, '14:02', '4:11-4:16', 'Alert fired for 5xx rate', '4:25-4:49', '4:3-4:59'],
      ['table', 6, '14:37', '6:14-6:19', 'Rollback done', '6:32-6:45', '6:3-6:55'],
      ['table', 7, '14:50', '8:9-8:14', 'Review booked', '9:9-9:22', '7:3-9:22'],
    ]);
  });

  it('reads a Jira wiki markup timeline: a || header table, bullets under an h3. date heading, no code', () => {
    const m = parsePostmortem([
      'h1. Search outage', '', 'h2. Timeline', '', '|| Time (UTC) || Event ||', '| 2024-11-05 09:12 | Incident created ([OPS-7|https://jira/OPS-7]) |',
      '|09:31|Alias pointed back|', '', 'h3. 2024-11-06', '* 00:05 UTC - Reindex paused', '** 00:07 UTC - Queue drained',
      '{noformat}', '00:09 UTC - log line, not an entry', '{noformat}', 'h2. Root cause', '* 10:00 not in the timeline',
    ].join('\n'));
    assertRangesHoldText(m);
    assert.deepStrictEqual(m.timeline.map((e) => [e.kind, e.line, e.timeText, e.text, e.dateText]), [
      ['table', 6, '2024-11-05 09:12', 'Incident created ([OPS-7|https://jira/OPS-7])', undefined],
      ['table', 7, '09:31', 'Alias pointed back', undefined],
      ['dated-list', 10, '00:05 UTC', 'Reindex paused', '2024-11-06'],
      ['dated-list', 11, '00:07 UTC', 'Queue drained', '2024-11-06'],
    ]);
    // must not change: the same rows in a Markdown document are no table (no delimiter row), and `h2.` there is text
    assert.deepStrictEqual(parsePostmortem('## Timeline\n||Time||Event||\n|09:31|Alias pointed back|\nh2. Notes\n* 10:00 still in the timeline').timeline.map((e) => [e.kind, e.line]), [['bullet', 5]]);
  });

  it('uses the first column of an HTML table without a time header when it holds times', () => {
    const m = parsePostmortem('## Timeline\n<tr><th></th><th></th></tr>\n<tr><td>14:02 UTC</td><td>alert</td></tr>\n');
    assert.deepStrictEqual(m.timeline.map((e) => [e.timeText, e.text]), [['14:02 UTC', 'alert']]);
  });

  it('uses the first column of a table without a time header when it holds times', () => {
    const m = parsePostmortem('## Timeline\n| | |\n|---|---|\n| 14:02 UTC | alert |\n| 2024-03-12 14:30 UTC | resolved |\n');
    assert.deepStrictEqual(m.timeline.map((e) => [e.timeText, e.text, e.dateText]), [['14:02 UTC', 'alert', undefined], ['2024-03-12 14:30 UTC', 'resolved', undefined]]);
  });

  it('finds the time column of a table by a header that names its zone', () => {
    for (const header of ['UTC time', 'Time, UTC', 'Time [UTC]', 'Date and time in CET', 'CEST timestamp']) {
      const m = parsePostmortem(`## Timeline\n| # | ${header} | Event |\n|---|---|---|\n| 1 | 2019-12-03 09:10 | deploys fail |\n`);
      assert.deepStrictEqual(m.timeline.map((e) => [e.timeText, e.text]), [['2019-12-03 09:10', 'deploys fail']], header);
    }
  });

  it('finds the time, date and text columns of a table by headers in French, German and Spanish', () => {
    for (const [date, time, text] of [['Date', 'Heure', 'Événement'], ['Datum', 'Uhrzeit', 'Ereignis'], ['Fecha', 'Hora', 'Evento']]) {
      const m = parsePostmortem(`## Chronologie\n| ${text} | ${date} | ${time} |\n|---|---|---|\n| deploys fail | Mar 12 | 09:10 |\n`);
      assert.deepStrictEqual(m.timeline.map((e) => [e.timeText, e.text, e.dateText]), [['09:10', 'deploys fail', 'Mar 12']], time);
    }
  });

  it('reads a placeholder time after a date in a table cell as part of the time', () => {
    const m = parsePostmortem('## Timeline\n| Date and time | Event |\n|---|---|\n| 2019-12-03 --:--     | Surge of new deployments |\n| 2019-12-03 ??:?? | Teams told |\n');
    assert.deepStrictEqual(m.timeline.map((e) => [e.timeText, e.text]), [['2019-12-03 --:--', 'Surge of new deployments'], ['2019-12-03 ??:??', 'Teams told']]);
  });

  it('reads a table whose only time column is called Date', () => {
    const m = parsePostmortem('## Timeline\n| Date | What happened |\n|---|---|\n| 2024-03-12 14:02 | alert |\n');
    assert.deepStrictEqual(m.timeline.map((e) => [e.timeText, e.text]), [['2024-03-12 14:02', 'alert']]);
  });

  it('scans time prefixes without crossing the text that follows', () => {
    const s = '14:02 UTC Alert';
    assert.deepStrictEqual(scanTimePrefix(s, 0), { start: 0, end: 9, hasClock: true, hasDate: false });
    assert.strictEqual(scanTimePrefix('Alert at 14:02', 0), undefined);
    assert.deepStrictEqual(scanTimePrefix('x March 3rd, 2024', 2), { start: 2, end: 17, hasClock: false, hasDate: true });
    assert.deepStrictEqual(scanTimePrefix('lundi 11 mars 2024 : revue', 0), { start: 0, end: 18, hasClock: false, hasDate: true });
    assert.deepStrictEqual(scanTimePrefix('Mo., 11. März 2024 08:30 Alarm', 0), { start: 0, end: 24, hasClock: true, hasDate: true });
    assert.strictEqual(scanTimePrefix('Mo 08:30 Alarm', 0), undefined);
    // `Mar.` before a numeric date is Tuesday (French, Spanish), not March
    assert.deepStrictEqual(scanTimePrefix('Mar. 07/03 14:05 : alerte', 0), { start: 0, end: 16, hasClock: true, hasDate: true });
    assert.deepStrictEqual(scanTimePrefix('Mar 07 14:05 alert', 0), { start: 0, end: 12, hasClock: true, hasDate: true });
    assert.deepStrictEqual(scanTimePrefix('Mon 08:30 alert', 0), { start: 0, end: 9, hasClock: true, hasDate: false });
  });

  describe('a timeline written in a code block', () => {
    const entries = (text: string) => {
      const m = parsePostmortem(text);
      assertRangesHoldText(m);
      return m.timeline.map((e) => [e.line, e.timeText, e.text, e.dateText]);
    };

    it('reads the lines of a fenced block that start with a time when the section has no other entry', () => {
      assert.deepStrictEqual(entries([
        '## Timeline', '', 'All times UTC.', '', '```', '2024-03-12 14:02 UTC  outage begins', '2024-03-12 14:09 UTC  alert fired',
        '$ kubectl rollout undo deploy/api', '2024-03-12 14:40 UTC  resolved', '```', '## Impact', 'x',
      ].join('\n')), [[6, '2024-03-12 14:02 UTC', 'outage begins', undefined], [7, '2024-03-12 14:09 UTC', 'alert fired', undefined], [9, '2024-03-12 14:40 UTC', 'resolved', undefined]]);
      // a date alone on its line dates the clocks under it; a tilde fence and bracketed log times too
      assert.deepStrictEqual(entries(['## Timeline', '~~~text', '2024-03-12', '14:02 - outage begins', '[14:09] alert fired', '~~~'].join('\n')), [
        [4, '14:02', 'outage begins', '2024-03-12'], [5, '14:09', 'alert fired', '2024-03-12'],
      ]);
    });

    it('reads no entry from a code block beside entries of the section: it quotes a log', () => {
      assert.deepStrictEqual(entries([
        '## Timeline', '- 14:02 UTC outage begins', '- 14:09 UTC alert fired, log below:', '```', '2024-03-12 13:58:01 ERROR pool exhausted', '```', '- 14:40 UTC resolved',
      ].join('\n')).map((e) => e[0]), [2, 3, 7]);
      // outside a Timeline section, a code block is code
      assert.deepStrictEqual(entries(['# Outage', '```', '2024-03-12 14:02 UTC outage begins', '```'].join('\n')), []);
    });
  });

  it('reads a month and day written after the clock as part of the time', () => {
    const rows: [string, string, string][] = [
      ['2:06 PM January 14, 2026: User reported the issue', '2:06 PM January 14, 2026', 'User reported the issue'],
      ['- 14:02 UTC March 3, 2024 - Alert fired', '14:02 UTC March 3, 2024', 'Alert fired'],
      ['- 14:02 UTC, 12 March 2024 - Alert fired', '14:02 UTC, 12 March 2024', 'Alert fired'],
      // a day with a period and a month without a year, as German writes them; French and Spanish too
      ['- **23:54 UTC, 26. Sep.**: Alarm ausgelöst', '23:54 UTC, 26. Sep.', 'Alarm ausgelöst'],
      ['- **06:19–14:15 UTC, 27. Sep.**: Skripte geprüft', '06:19–14:15 UTC, 27. Sep.', 'Skripte geprüft'],
      ['- 14h05, 12 mars : alerte', '14h05, 12 mars', 'alerte'],
      ['- 10:00 UTC, 3 de marzo: alerta', '10:00 UTC, 3 de marzo', 'alerta'],
      // must not change: a count after the clock
      ['- 14:02 5 servers restarted', '14:02', '5 servers restarted'],
      // must not change: a month word that is no date, a date after the separator
      ['- 14:02 May traffic fell', '14:02', 'May traffic fell'],
      ['- 14:02 - March 3 deploy reverted', '14:02', 'March 3 deploy reverted'],
    ];
    for (const [line, time, text] of rows) {
      const m = parsePostmortem(`## Timeline\n\n${line}\n`);
      assert.deepStrictEqual(m.timeline.map((e) => [e.timeText, e.text]), [[time, text]], line);
    }
  });
});
