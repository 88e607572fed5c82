import * as assert from 'assert';
import { parsePostmortem } from '../../../src/core/model';
import { at, textAt } from './helpers';

describe('model: zone declarations', () => {
  // [line, text, zone]
  const cases: [string, string, string][] = [
    ['All times UTC', 'All times UTC', 'UTC'],
    ['All times UTC.', 'All times UTC', 'UTC'],
    ['_All times are in PST/PDT._', 'All times are in PST/PDT', 'PST/PDT'],
    ['Times in America/New_York', 'Times in America/New_York', 'America/New_York'],
    ['The timeline below (times in UTC) was compiled from chat logs.', 'times in UTC', 'UTC'],
    ['All times are Pacific Time unless noted.', 'All times are Pacific Time', 'Pacific Time'],
    ['All times listed in Eastern Standard Time', 'All times listed in Eastern Standard Time', 'Eastern Standard Time'],
    ['> Note: all timestamps are in UTC+2', 'all timestamps are in UTC+2', 'UTC+2'],
    ['All times shown in CET', 'All times shown in CET', 'CET'],
    ['- Time zone: Europe/Berlin', 'Time zone: Europe/Berlin', 'Europe/Berlin'],
    ['All times are +05:30', 'All times are +05:30', '+05:30'],
    ['## Timeline (All Time in UTC)', 'All Time in UTC', 'UTC'],
    ['All times are Pacific time.', 'All times are Pacific time', 'Pacific time'],
    // an ambiguous abbreviation settled by the zone in parentheses after it names that zone; others name themselves
    ['All times are in IST (UTC+5:30).', 'All times are in IST', 'UTC+5:30'],
    ['All times are in IST (GMT +5:30)', 'All times are in IST', 'GMT +5:30'],
    ['All times in BST (Europe/London)', 'All times in BST', 'Europe/London'],
    ['All times in IST (see notes)', 'All times in IST', 'IST'],
    ['All times are CET (UTC+1)', 'All times are CET', 'CET'],
    ['All times are UK time.', 'All times are UK time', 'UK time'],
    ['_All times in London time_', 'All times in London time', 'London time'],
    ['All times are Central European time', 'All times are Central European time', 'Central European time'],
    ['All time in CET.', 'All time in CET', 'CET'],
    ['*All Times are BST.*', 'All Times are BST', 'BST'],
    // in French, German and Spanish
    ['Toutes les heures sont en UTC.', 'Toutes les heures sont en UTC', 'UTC'],
    ['_Toutes les heures sont indiquées en CET/CEST_', 'Toutes les heures sont indiquées en CET/CEST', 'CET/CEST'],
    ['Alle Zeiten in UTC.', 'Alle Zeiten in UTC', 'UTC'],
    ['Alle Uhrzeiten in UTC.', 'Alle Uhrzeiten in UTC', 'UTC'],
    ['Zeitzone: CET', 'Zeitzone: CET', 'CET'],
    ['Alle Zeitangaben sind in Europe/Berlin', 'Alle Zeitangaben sind in Europe/Berlin', 'Europe/Berlin'],
    ['Todas las horas están en UTC.', 'Todas las horas están en UTC', 'UTC'],
    ['- Fuseau horaire : Europe/Paris', 'Fuseau horaire : Europe/Paris', 'Europe/Paris'],
    ['- Zeitzone: UTC', 'Zeitzone: UTC', 'UTC'],
    ['- Zona horaria: UTC-3', 'Zona horaria: UTC-3', 'UTC-3'],
    // a city's or country's clock, and the German names of CET and CEST
    ['All times are Paris time.', 'All times are Paris time', 'Paris time'],
    ['_All times in Berlin time_', 'All times in Berlin time', 'Berlin time'],
    ['All times are New York time', 'All times are New York time', 'New York time'],
    ['Toutes les heures sont en heure de Paris.', 'Toutes les heures sont en heure de Paris', 'heure de Paris'],
    ['Les heures sont en heure de Paris.', 'Les heures sont en heure de Paris', 'heure de Paris'],
    ['Toutes les heures sont exprimées en heure française', 'Toutes les heures sont exprimées en heure française', 'heure française'],
    ['Alle Zeiten in MEZ.', 'Alle Zeiten in MEZ', 'MEZ'],
    ['Alle Zeitangaben in MEZ/MESZ', 'Alle Zeitangaben in MEZ/MESZ', 'MEZ/MESZ'],
    ['Alle Zeiten sind in deutscher Zeit angegeben.', 'Alle Zeiten sind in deutscher Zeit', 'deutscher Zeit'],
    ['Todas las horas en hora peninsular.', 'Todas las horas en hora peninsular', 'hora peninsular'],
    ['Todas las horas están expresadas en hora de Madrid', 'Todas las horas están expresadas en hora de Madrid', 'hora de Madrid'],
    ['Todas las horas en hora de Ciudad de México', 'Todas las horas en hora de Ciudad de México', 'hora de Ciudad de México'],
    // every clock name the zone table has
    ['Toutes les heures sont en heure locale française.', 'Toutes les heures sont en heure locale française', 'heure locale française'],
    ['Todas las horas en hora del centro de México', 'Todas las horas en hora del centro de México', 'hora del centro de México'],
    ['All times in Mexico City time', 'All times in Mexico City time', 'Mexico City time'],
    ['Alle Zeiten in Berliner Zeit', 'Alle Zeiten in Berliner Zeit', 'Berliner Zeit'],
    ['All times are Denver time.', 'All times are Denver time', 'Denver time'],
    // "All events", "documented", and a zone written as a link to its article, as blog postmortems write it
    ['All events are documented in [UTC](https://en.wikipedia.org/wiki/Coordinated_Universal_Time) time.', 'All events are documented in [UTC](https://en.wikipedia.org/wiki/Coordinated_Universal_Time)', 'UTC'],
    ['All events are documented in UTC.', 'All events are documented in UTC', 'UTC'],
    ['_All entries are in Pacific Time._', 'All entries are in Pacific Time', 'Pacific Time'],
    ['All times are in [CET](https://www.timeanddate.com/time/zones/cet).', 'All times are in [CET](https://www.timeanddate.com/time/zones/cet)', 'CET'],
    ['Times in [UTC](https://time.is/UTC)', 'Times in [UTC](https://time.is/UTC)', 'UTC'],
    // a US region's clock named by its region alone, as US teams write it
    ['All times Pacific.', 'All times Pacific', 'Pacific'],
    ['**Date:** 2024-03-12 (all times Pacific)', 'all times Pacific', 'Pacific'],
    ['All times in Eastern', 'All times in Eastern', 'Eastern'],
    ['_All times are Central._', 'All times are Central', 'Central'],
    ['Times are in Mountain.', 'Times are in Mountain', 'Mountain'],
  ];
  for (const [line, text, zone] of cases) {
    it(`reads ${JSON.stringify(line)}`, () => {
      const m = parsePostmortem(`# T\n\n${line}\n`);
      assert.deepStrictEqual(m.zoneDeclarations.map((z) => [z.text, z.zone]), [[text, zone]]);
      assert.strictEqual(textAt(m.lines, m.zoneDeclarations[0].range), text);
      assert.strictEqual(m.zoneDeclarations[0].range.start.line, 3);
    });
  }

  const none = ['Toutes les heures sont approximatives.', 'Alle Zeiten sind ungefähr', 'Pendant deux heures en PST', 'Todas las horas extra', 'All times are approximate.', 'An all time high in US traffic', 'All time spent in CI was wasted', 'All times are UK based', 'Response times in the US were slow', 'Times in the logs were wrong', 'All times are Paris based', 'Toutes les heures sont en heure de pointe', 'Les heures sont longues', 'All times are Lyon time', '```\nAll times UTC\n```', '<!-- All times UTC -->', 'All events in the EU were cancelled', 'All events are documented in the runbook', 'All entries in PagerDuty were acknowledged', '[UTC](https://en.wikipedia.org/wiki/UTC) is the zone we log in', 'All times are in [the logs](https://logs.example.org)',
    'All times Central European', 'All times Pacific-based', 'All times in Eastern Europe were slower', 'All times in Pacificorp dashboards'];
  for (const line of none) {
    it(`reads no declaration from ${JSON.stringify(line)}`, () => assert.deepStrictEqual(parsePostmortem(line).zoneDeclarations, []));
  }

  it('reads a declaration wrapped across two lines', () => {
    const m = parsePostmortem('# T\n\nUnless noted otherwise, everything happened on 2019-10-21, and all times are in\nUTC.\n\n- 01:38: alerts fired\n');
    assert.deepStrictEqual(m.zoneDeclarations.map((z) => [z.text, z.zone, at(z.range)]), [['all times are in UTC', 'UTC', '3:64-4:4']]);
    const split = parsePostmortem('# T\n\nAll times are in\nPacific Time.\n');
    assert.deepStrictEqual(split.zoneDeclarations.map((z) => [z.text, z.zone]), [['All times are in Pacific Time', 'Pacific Time']]);
    assert.deepStrictEqual(parsePostmortem('# T\n\nAll times are in\nthe logs.\n').zoneDeclarations, []);
    assert.deepStrictEqual(parsePostmortem('# T\n\nAll times are in\n\nUTC.\n').zoneDeclarations, []);
  });

  it('reads an ambiguous abbreviation in a declaration as written', () => {
    const m = parsePostmortem('## Timeline (times in BST)\n\nAll times in IST\n');
    assert.deepStrictEqual(m.zoneDeclarations.map((z) => [z.text, z.zone]), [['times in BST', 'BST'], ['All times in IST', 'IST']]);
  });

  it('reads the zone of a timeline heading in parentheses', () => {
    const m = parsePostmortem('## Timeline (UTC)\n## Impact (EU)\n## Incident timeline (PST)\n');
    assert.deepStrictEqual(m.zoneDeclarations.map((z) => [z.text, z.zone, at(z.range)]), [['UTC', 'UTC', '1:14-1:17'], ['PST', 'PST', '3:23-3:26']]);
  });

  it('reads the zone of a timeline label on a line of its own, as a plain-text report writes its parts', () => {
    // must not change: a parenthesis in a sentence, or after another section's label, declares nothing
    const m = parsePostmortem('Summary:\nLogins failed.\n\nTimeline (CST):\n\t•\t08:25 – First alert\n\nImpact (EU):\nAll users.\nWe moved the timeline (CST) to the appendix:\n');
    assert.deepStrictEqual(m.zoneDeclarations.map((z) => [z.zone, at(z.range)]), [['CST', '4:11-4:14']]);
  });

  // [timeline heading, zone text, zone named]: a zone and its other name in parentheses
  const pairs: [string, string, string][] = [
    ['## Timeline (AEST - UTC+10)', 'AEST', 'AEST'],
    ['## Timeline (AEST — UTC+10)', 'AEST', 'AEST'],
    ['## Timeline (PDT, UTC-7)', 'PDT', 'PDT'],
    ['## Timeline (CET / UTC+1)', 'CET', 'CET'],
    ['## Timeline (UTC+10 = AEST)', 'UTC+10', 'UTC+10'],
    // an ambiguous abbreviation is settled by the other name, as in "All times are in IST (UTC+5:30)"
    ['## Timeline (IST - UTC+5:30)', 'IST', 'UTC+5:30'],
  ];
  for (const [heading, text, zone] of pairs) {
    it(`reads the zone pair of the timeline heading ${JSON.stringify(heading)}`, () => {
      const m = parsePostmortem(`${heading}\n\n- 09:00 alert\n`);
      assert.deepStrictEqual(m.zoneDeclarations.map((z) => [z.text, z.zone]), [[text, zone]]);
      assert.strictEqual(textAt(m.lines, m.zoneDeclarations[0].range), text);
    });
  }

  it('reads no zone pair from other parentheses', () => {
    for (const heading of ['## Timeline (Q3 - 2024)', '## Impact (AEST - UTC+10)', '## Timeline (phase 1 - 2)', '## Timeline (see logs, UTC)']) {
      assert.deepStrictEqual(parsePostmortem(`${heading}\n`).zoneDeclarations, [], heading);
    }
  });

  it('reads the zone pair a time column header names', () => {
    const m = parsePostmortem('## Timeline\n\n| Time (AEST - UTC+10) | Event |\n|---|---|\n| 09:00 | alert |\n');
    assert.deepStrictEqual(m.zoneDeclarations.map((z) => [z.text, z.zone, at(z.range)]), [['AEST', 'AEST', '3:9-3:13']]);
    const ist = parsePostmortem('| Time (IST, UTC+5:30) | Event |\n|---|---|\n');
    assert.deepStrictEqual(ist.zoneDeclarations.map((z) => [z.text, z.zone]), [['IST', 'UTC+5:30']]);
  });

  it('reads the zone a time column header names', () => {
    const m = parsePostmortem('## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 14:51 | (PST) in a row is not a header |\n| Date | Timestamp (America/Los_Angeles) |\n');
    assert.deepStrictEqual(m.zoneDeclarations.map((z) => [z.text, z.zone, at(z.range)]), [['UTC', 'UTC', '3:9-3:12']]);
    // an HTML table's header cells on lines of their own: the zone on its cell's line
    const html = parsePostmortem('## Timeline\n<table>\n<tr>\n  <th>Time (UTC)</th>\n  <th>Event</th>\n</tr>\n</table>');
    assert.deepStrictEqual(html.zoneDeclarations.map((z) => [z.text, z.zone, at(z.range)]), [['UTC', 'UTC', '4:13-4:16']]);
    const other = parsePostmortem('| Date | Timestamp (America/Los_Angeles) | Notes (EU) |\n|---|---|---|\n');
    assert.deepStrictEqual(other.zoneDeclarations.map((z) => [z.text, z.zone]), [['America/Los_Angeles', 'America/Los_Angeles']]);
  });

  // [time column header, zone, 1-based columns of the zone in the header line]
  const headers: [string, string, string][] = [
    ['| Date and Time in CET | Event |', 'CET', '3:20-3:23'],
    ['| Time, UTC | Event |', 'UTC', '3:9-3:12'],
    ['| UTC time | Event |', 'UTC', '3:3-3:6'],
    ['| Time [UTC] | Event |', 'UTC', '3:9-3:12'],
    ['| Timestamp (UTC) | Event |', 'UTC', '3:14-3:17'],
    ['| Time in Europe/Oslo | What happened |', 'Europe/Oslo', '3:11-3:22'],
    ['| **Time, PST/PDT** | Event |', 'PST/PDT', '3:11-3:18'],
    ['| Event | CEST timestamp |', 'CEST', '3:11-3:15'],
    ['| Time UTC | Event |', 'UTC', '3:8-3:11'],
    // French, German and Spanish time headers
    ['| Heure (CET) | Événement |', 'CET', '3:10-3:13'],
    ['| Uhrzeit (CET) | Ereignis |', 'CET', '3:12-3:15'],
    ['| Hora (UTC) | Evento |', 'UTC', '3:9-3:12'],
    ['| Fecha y hora (UTC) | Evento |', 'UTC', '3:17-3:20'],
  ];
  for (const [header, zone, range] of headers) {
    it(`reads the zone of the time column header ${JSON.stringify(header)}`, () => {
      const m = parsePostmortem(`## Timeline\n\n${header}\n|---|---|\n| 2019-12-03 09:10 | Deploys fail |\n`);
      assert.deepStrictEqual(m.zoneDeclarations.map((z) => [z.text, z.zone, at(z.range)]), [[zone, zone, range]]);
    });
  }

  const notHeaders = ['| Time to detect, minutes | Event |', '| Response time | Team |', '| Time in queue | Event |', '| Event | Owner |', '| Time, approx. | Event |',
    '| Heure (approx.) | Événement |', '| Zeitzone | Ereignis |'];
  for (const header of notHeaders) {
    it(`reads no zone from the header ${JSON.stringify(header)}`, () => {
      assert.deepStrictEqual(parsePostmortem(`## Timeline\n\n${header}\n|---|---|\n| 09:10 | Deploys fail |\n`).zoneDeclarations, []);
    });
  }

  it('reads a declaration once when two phrasings overlap, and several on one line', () => {
    const m = parsePostmortem('All times are in UTC; times in PDT where a customer reported them.');
    assert.deepStrictEqual(m.zoneDeclarations.map((z) => z.zone), ['UTC', 'PDT']);
  });
});
