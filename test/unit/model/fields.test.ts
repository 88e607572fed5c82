import * as assert from 'assert';
import { fieldCoversSection, fieldLabelSynonyms, foreignFieldLabelSynonyms, isDateLabel, matchFieldLabel, parsePostmortem } from '../../../src/core/model';
import { at, textAt } from './helpers';

describe('model: fields', () => {
  // [line, label, key, value, labelRange, valueRange]
  const cases: [string, string, string | undefined, string, string, string][] = [
    ['• Outage **start** time: Monday, September 27 at 3:06 PM Eastern Standard Time.  ', 'Outage start time', 'start', 'Monday, September 27 at 3:06 PM Eastern Standard Time', '1:3-1:24', '1:26-1:79'],
    ['* Start: 2024-03-12 14:02 UTC', 'Start', 'start', '2024-03-12 14:02 UTC', '1:3-1:8', '1:10-1:30'],
    ['**Duration:** 4h', 'Duration', 'duration', '4h', '1:3-1:11', '1:15-1:17'],
    ['**Duration**: 4 hours 21 minutes.', 'Duration', 'duration', '4 hours 21 minutes', '1:3-1:11', '1:15-1:33'],
    // a label that names the outage's window is the Duration field (its two times are the window); a maintenance window is not
    ['Outage window: ~15:37–21:25 AEST', 'Outage window', 'duration', '~15:37–21:25 AEST', '1:1-1:14', '1:16-1:33'],
    ['- **Impact window:** 14:02-14:47 CET', 'Impact window', 'duration', '14:02-14:47 CET', '1:5-1:18', '1:22-1:37'],
    ['**Period:** 18:50 UTC to 19:20', 'Period', 'duration', '18:50 UTC to 19:20', '1:3-1:9', '1:13-1:31'],
    ['**Start–End:** 2025-08-19 14:02 → 14:37 PT', 'Start–End', 'duration', '2025-08-19 14:02 → 14:37 PT', '1:3-1:12', '1:16-1:43'],
    ['- Maintenance window: 02:00–04:00 UTC', 'Maintenance window', undefined, '02:00–04:00 UTC', '1:3-1:21', '1:23-1:38'],
    ['- What occurred: A deploy went wrong.', 'What occurred', 'whatOccurred', 'A deploy went wrong.', '1:3-1:16', '1:18-1:38'],
    ['Start time: 3:06 p.m.', 'Start time', 'start', '3:06 p.m.', '1:1-1:11', '1:13-1:22'],
    ['Incident start: **14:02 UTC**', 'Incident start', 'start', '14:02 UTC', '1:1-1:15', '1:19-1:28'],
    // the Flutter template's start field
    ['Date/time: 2016-11-07 21:30', 'Date/time', 'start', '2016-11-07 21:30', '1:1-1:10', '1:12-1:28'],
    ['- End time:', 'End time', 'end', '', '1:3-1:11', '1:12-1:12'],
    ['- __Detected__: 14:06', 'Detected', 'detected', '14:06', '1:5-1:13', '1:17-1:22'],
    // incident tools' exports: incident.io's "Reported at", Datadog's "Declared"
    ['**Reported at:** 12 March 2024 14:09 GMT', 'Reported at', 'detected', '12 March 2024 14:09 GMT', '1:3-1:14', '1:18-1:41'],
    ['- Incident declared at: 2024-03-12 14:09 UTC', 'Incident declared at', 'detected', '2024-03-12 14:09 UTC', '1:3-1:23', '1:25-1:45'],
    ['- Reported by: @sam', 'Reported by', undefined, '@sam', '1:3-1:14', '1:16-1:20'],
    ['1. Time to resolve: 47 min', 'Time to resolve', undefined, '47 min', '1:4-1:19', '1:21-1:27'],
    ['- Severity: SEV2', 'Severity', 'severity', 'SEV2', '1:3-1:11', '1:13-1:17'],
    ['* Percentage of users affected: 45% - 55%', 'Percentage of users affected', 'usersAffected', '45% - 55%', '1:3-1:31', '1:33-1:42'],
    ['- Incident Commander: @jdoe', 'Incident Commander', 'owner', '@jdoe', '1:3-1:21', '1:23-1:28'],
    ['Time zone: America/New_York', 'Time zone', 'timezone', 'America/New_York', '1:1-1:10', '1:12-1:28'],
    ['- *Resolved at:* 15:10 EDT', 'Resolved at', 'resolved', '15:10 EDT', '1:4-1:15', '1:18-1:27'],
    ['| Start | 2024-03-12 14:02 UTC |', 'Start', 'start', '2024-03-12 14:02 UTC', '1:3-1:8', '1:11-1:31'],
    ['**Action items:** see JIRA-1', 'Action items', undefined, 'see JIRA-1', '1:3-1:15', '1:19-1:29'],
    ['  - Timeline: [timeline](https://docs.google.com/document/d/abc)', 'Timeline', undefined, '[timeline](https://docs.google.com/document/d/abc)', '1:5-1:13', '1:15-1:65'],
    ['- **Review actions**: JIRA-7', 'Review actions', undefined, 'JIRA-7', '1:5-1:19', '1:23-1:29'],
    // a zone in parentheses after the label (an operations team's incident notes): the label is still the field's
    ['- Start (UTC): 2026-02-04T13:23:39Z (first operator snapshot)', 'Start (UTC)', 'start', '2026-02-04T13:23:39Z (first operator snapshot)', '1:3-1:14', '1:16-1:62'],
    ['- **End (PST):** 2024-03-12 16:40', 'End (PST)', 'end', '2024-03-12 16:40', '1:5-1:14', '1:18-1:34'],
    ['- Detected (America/New_York): 09:12', 'Detected (America/New_York)', 'detected', '09:12', '1:3-1:30', '1:32-1:37'],
    // an HTML report's paragraph: the label in HTML bold, the tags no part of label or value
    ['<p><strong>Duration:</strong> August 10, 2023, 8:00 AM - August 10, 2023, 11:30 AM (UTC)</p>', 'Duration', 'duration', 'August 10, 2023, 8:00 AM - August 10, 2023, 11:30 AM (UTC)', '1:12-1:20', '1:31-1:89'],
    ['<p><b>Impact</b>: about 20% of users saw slow pages.</p>', 'Impact', 'impact', 'about 20% of users saw slow pages.', '1:7-1:13', '1:19-1:53'],
    ['<li><strong>Start:</strong> 2023-08-10 08:00 UTC</li>', 'Start', 'start', '2023-08-10 08:00 UTC', '1:13-1:18', '1:29-1:49'],
    // French, German and Spanish labels; French puts a space (also a narrow no-break one) before the colon
    ['- **Début :** 2024-03-12 14h05 CET', 'Début', 'start', '2024-03-12 14h05 CET', '1:5-1:10', '1:15-1:35'],
    ['* Ende: 12.03.2024 15:10 MEZ', 'Ende', 'end', '12.03.2024 15:10 MEZ', '1:3-1:7', '1:9-1:29'],
    ['- Inicio: 2024-03-12 14:05 UTC', 'Inicio', 'start', '2024-03-12 14:05 UTC', '1:3-1:9', '1:11-1:31'],
    ['- Fin\u202f: 15h10', 'Fin', 'end', '15h10', '1:3-1:6', '1:9-1:14'],
    ['- **Durée :** 65 minutes', 'Durée', 'duration', '65 minutes', '1:5-1:10', '1:15-1:25'],
    ['**Gravité :** SEV2', 'Gravité', 'severity', 'SEV2', '1:3-1:10', '1:15-1:19'],
    ['- **Duración:** 15 minutos', 'Duración', 'duration', '15 minutos', '1:5-1:13', '1:17-1:27'],
    ['- Störungsbeginn: 14:05', 'Störungsbeginn', 'start', '14:05', '1:3-1:17', '1:19-1:24'],
    ['- Stoerungsbeginn: 14:05', 'Stoerungsbeginn', 'start', '14:05', '1:3-1:18', '1:20-1:25'],
    ['- Détecté à : 14h12', 'Détecté à', 'detected', '14h12', '1:3-1:12', '1:15-1:20'],
    ['- Behoben um: 15:10', 'Behoben um', 'resolved', '15:10', '1:3-1:13', '1:15-1:20'],
    ['- Resuelto: 15:10', 'Resuelto', 'resolved', '15:10', '1:3-1:11', '1:13-1:18'],
    ['- Fuseau horaire : Europe/Paris', 'Fuseau horaire', 'timezone', 'Europe/Paris', '1:3-1:17', '1:20-1:32'],
    ['- Estado: Resuelto', 'Estado', 'status', 'Resuelto', '1:3-1:9', '1:11-1:19'],
    // a label that only begins like one keeps no meaning
    ['- Fin de la réunion : 16h', 'Fin de la réunion', undefined, '16h', '1:3-1:20', '1:23-1:26'],
  ];
  for (const [line, label, key, value, labelRange, valueRange] of cases) {
    it(`reads ${JSON.stringify(line)}`, () => {
      const text = line.startsWith('|') ? `${line}\n|---|---|\n| Mitigated | 14:40 |` : line;
      const m = parsePostmortem(text);
      assert.strictEqual(m.fields.length >= 1, true, 'no field');
      const f = m.fields[0];
      assert.deepStrictEqual([f.label, f.key, f.value, at(f.labelRange), at(f.valueRange)], [label, key, value, labelRange, valueRange]);
      assert.strictEqual(textAt(m.lines, f.valueRange), f.value);
    });
  }

  // A label with no value of its own has its content below it: a list nested under it (blank lines may come
  // between), or, for a label on a line of its own, the list, table or text right after it. The value stays empty.
  // [text, label, key, contentLine]
  const contents: [string, string, string | undefined, number | undefined][] = [
    ['- **Resolution**:\n  - When the node instance type is changed, the pods are rescheduled', 'Resolution', 'resolution', 2],
    ['- **Impact**:\n  - Sites affected: all tenant ingresses', 'Impact', 'impact', 2],
    ['- **Review actions**:\n\n  - Pin the certificate secret', 'Review actions', undefined, 3],
    ['* **Root cause**:\n  <!-- from the review -->\n    The controllers read the secret only at start.', 'Root cause', 'rootCause', 3],
    ['- **Resolution**:\n  ```\n  kubectl rollout restart deploy/ingress\n  ```', 'Resolution', 'resolution', 2],
    ['**Resolution:**\n- Rolled back the deploy', 'Resolution', 'resolution', 2],
    ['**Resolution:**\n\n- Rolled back the deploy', 'Resolution', 'resolution', 3],
    ['**Impact:**\nAbout 40% of users were logged out.', 'Impact', 'impact', 2],
    ['**Action items:**\n\n| Action | Owner |\n|---|---|\n| Pin it | @ana |', 'Action items', undefined, 3],
    ['- **Resolution**:', 'Resolution', 'resolution', undefined],
    ['- **Resolution**:\n- **Impact**: all tenants', 'Resolution', 'resolution', undefined],
    ['- **Resolution**:\n\nRolled back.', 'Resolution', 'resolution', undefined],
    ['  - **Resolution**:\n  - Rolled back', 'Resolution', 'resolution', undefined],
    ['- **Resolution**:\n  <!-- fill in -->\n\n## Timeline', 'Resolution', 'resolution', undefined],
    ['**Resolution:**\n**Impact:** all tenants', 'Resolution', 'resolution', undefined],
    ['**Resolution:**\n\n## Timeline', 'Resolution', 'resolution', undefined],
    ['**Resolution:**\n\n***', 'Resolution', 'resolution', undefined],
  ];
  for (const [text, label, key, contentLine] of contents) {
    it(`reads the content of ${JSON.stringify(text)} ${contentLine ? `from line ${contentLine}` : 'as none'}`, () => {
      const f = parsePostmortem(text).fields[0];
      assert.deepStrictEqual([f.label, f.key, f.value, f.contentLine], [label, key, '', contentLine]);
    });
  }

  it('reads no label from a bold section name alone on its line: as a heading it is a section (see sections), else text', () => {
    for (const text of ['**Timeline**\n\n- 14:00 UTC alert', '__Impact__\n- 40% of users logged out', '**Root cause**\nA bad config.',
      'Some text\n**Root cause**\n\nA bad config.', '**The root cause was a config.**\n\nMore.', '**Root cause**\n\n## Timeline', '**Kubernetes**\n\n- pods']) {
      assert.deepStrictEqual(parsePostmortem(text).fields, [], text);
    }
  });

  it('keeps an empty label without a standard meaning only when it names a section and has content', () => {
    assert.deepStrictEqual(parsePostmortem('- **Context**:\n  - A node group change').fields, []);
    assert.deepStrictEqual(parsePostmortem('- **Review actions**:\n- **Impact**: all').fields.map((f) => f.label), ['Impact']);
    assert.deepStrictEqual(parsePostmortem('- **Review actions**:\n  - Pin it').fields.map((f) => [f.label, f.contentLine]), [['Review actions', 2]]);
  });

  it('reads a time only from the label\'s own line: the content below an empty label is not its value', () => {
    const m = parsePostmortem('- **Start**:\n  - 2024-03-12 14:02 UTC\n- End: 2024-03-12 15:00 UTC\n  - approximate\n');
    assert.deepStrictEqual(m.fields.filter((f) => f.key).map((f) => [f.key, f.value, f.contentLine]), [['start', '', 2], ['end', '2024-03-12 15:00 UTC', undefined]]);
  });

  const notFields = [
    '- 14:02 UTC: Alert fired',
    '- [1:04 PM] Paged on-call',
    '- **15:06** Outage begins',
    'See https://status.example.com for details',
    'The fix was deployed. Note: it took a while',
    'Things that can be improved/fixed:',
    '- Alert on replication slot age, due: 2024-04-15',
    '    ',
    '```\nStart: 14:02\n```',
    '<!-- Start: 14:02 -->',
    '## Start: 14:02',
    'TODO: the chain of causes',
    // a parenthetical that is no zone leaves the label unknown (and without a value it is no field)
    '- Start (approx):',
    // a colon inside a parenthetical of a sentence: the words before it are no label
    'A configuration template used a per-pod value (pool_size: 20) where a per-instance value was expected.',
    '- Pools shrank (from 200 to 20, see cfg-2024-03-12-04: pool_size) on every instance',
  ];
  for (const line of notFields) {
    it(`does not read a field from ${JSON.stringify(line)}`, () => assert.deepStrictEqual(parsePostmortem(line).fields, []));
  }

  it('reads key/value tables only where the first cell is a known label', () => {
    const m = parsePostmortem('| Field | Value |\n|---|---|\n| Severity | SEV1 |\n| Detected | 14:06 UTC |\n| Region | us-east-1 |\n');
    assert.deepStrictEqual(m.fields.map((f) => [f.key, f.value, at(f.valueRange)]), [['severity', 'SEV1', '3:14-3:18'], ['detected', '14:06 UTC', '4:14-4:23']]);
  });

  it('reads key/value table rows whose first cell names the incident\'s day or a standard section', () => {
    // Atlassian's incident summary table: its date dates the document, its Recovery row stands for the Resolution
    const m = parsePostmortem([
      '| Field | Value |', '|---|---|', '| Incident date | 2024-05-14 |', '| Recovery | The mapping was rolled back. |',
      '| Lessons learned | Test mappings before deploying them. |', '| Region | us-east-1 |', '| Response | 503 |',
    ].join('\n'));
    assert.deepStrictEqual(m.fields.map((f) => [f.key, f.label, f.value, at(f.valueRange)]), [
      [undefined, 'Incident date', '2024-05-14', '3:19-3:29'], [undefined, 'Recovery', 'The mapping was rolled back.', '4:14-4:42'],
      [undefined, 'Lessons learned', 'Test mappings before deploying them.', '5:21-5:57'],
    ]);
    assert.deepStrictEqual(m.fields.map(fieldCoversSection), [undefined, 'resolution', 'lessonsLearned']);
    // a header row that names columns stays no field
    assert.deepStrictEqual(parsePostmortem('| Date | Event |\n|---|---|\n| 2024-05-14 14:02 | Alert fired |\n').fields, []);
    assert.deepStrictEqual(parsePostmortem('| Impact | Recovery |\n|---|---|\n| Search failed | Rolled back |\n').fields, []);
    // a wider table's first column names steps, not facts
    assert.deepStrictEqual(parsePostmortem('| Step | Who | When |\n|---|---|---|\n| Mitigation | SRE | 14:45 UTC |\n| Date | SRE | 2024-05-14 |\n').fields, []);
  });

  it('reads no field from a header row that names columns, but reads one that holds a value', () => {
    // an HTML table's header row (`<th>` cells) names columns too; its rows with a label are fields
    assert.deepStrictEqual(parsePostmortem('<table>\n<tr><th>Start</th><th>End</th></tr>\n<tr><td>14:02</td><td>15:00</td></tr>\n</table>').fields, []);
    const html = parsePostmortem('<table>\n<tr><td>Start</td><td>2024-05-14 14:02 UTC</td></tr>\n<tr><td>End</td><td>2024-05-14 14:37 UTC</td></tr>\n</table>');
    assert.deepStrictEqual(html.fields.map((f) => [f.key, f.value, at(f.valueRange)]), [['start', '2024-05-14 14:02 UTC', '2:23-2:43'], ['end', '2024-05-14 14:37 UTC', '3:21-3:41']]);
    // its cells on lines of their own: the label on its cell's line, the value on its own
    const over = parsePostmortem('<table>\n<tr>\n  <td>Start</td>\n  <td>2024-05-14 14:02 UTC</td>\n</tr>\n</table>');
    assert.deepStrictEqual(over.fields.map((f) => [f.key, f.value, at(f.labelRange), at(f.valueRange)]), [['start', '2024-05-14 14:02 UTC', '3:7-3:12', '4:7-4:27']]);
    assert.deepStrictEqual(parsePostmortem('| Date-Time | Description |\n| --- | --- |\n| 2020-02-05 13:21 | Submission in review |\n').fields, []);
    assert.deepStrictEqual(parsePostmortem('| Start | End |\n|---|---|\n| 14:02 | 15:00 |\n').fields, []);
    const m = parsePostmortem('| Start | 2024-03-12 14:02 UTC |\n|---|---|\n| End | 2024-03-12 15:00 UTC |\n');
    assert.deepStrictEqual(m.fields.map((f) => [f.key, f.value]), [['start', '2024-03-12 14:02 UTC'], ['end', '2024-03-12 15:00 UTC']]);
    // Jira wiki markup: a `||` header row names columns; a row with a `||` label cell and a value, and a bold label, are fields
    assert.deepStrictEqual(parsePostmortem('h2. Facts\n||Start||End||\n|14:02|15:00|').fields, []);
    const wiki = parsePostmortem('h2. Facts\n||Start|2024-03-12 14:02 UTC|\n||End|2024-03-12 15:00 UTC|\n\n*Severity:* {status:colour=Red|title=SEV1}');
    assert.deepStrictEqual(wiki.fields.map((f) => [f.key, f.value, at(f.valueRange)]), [
      ['start', '2024-03-12 14:02 UTC', '2:9-2:29'], ['end', '2024-03-12 15:00 UTC', '3:7-3:27'], ['severity', '{status:colour=Red|title=SEV1}', '5:13-5:43'],
    ]);
  });

  it('reads a time heading whose body is one line as a field (a template\'s "### Start Date/Time" over its value)', () => {
    const m = parsePostmortem([
      '# Title', '### Start Date/Time', '', '2024-03-12 14:02 UTC', '', '### End Date/Time', '2024-03-12 15:10 UTC.', '### Duration', '', '68 minutes',
      '### Date', '12 March 2024', '## Impact', 'Checkout failed.',
    ].join('\n'));
    assert.deepStrictEqual(m.fields.map((f) => [f.key, f.label, f.value, at(f.labelRange), at(f.valueRange)]), [
      ['start', 'Start Date/Time', '2024-03-12 14:02 UTC', '2:5-2:20', '4:1-4:21'], ['end', 'End Date/Time', '2024-03-12 15:10 UTC', '6:5-6:18', '7:1-7:21'],
      ['duration', 'Duration', '68 minutes', '8:5-8:13', '10:1-10:11'], [undefined, 'Date', '12 March 2024', '11:5-11:9', '12:1-12:14'],
    ]);
    // a heading with more than one line under it, a list, a sub-heading or nothing is a section, not a field
    for (const text of ['## Duration\nAbout an hour.\nThe queue drained later.\n', '## Start\n- 14:02 UTC\n', '## Start\n### Details\n14:02 UTC\n', '## End\n', '## Severity\nSEV1\n']) {
      assert.deepStrictEqual(parsePostmortem(text).fields, [], text);
    }
  });

  it('knows the labels that name the incident\'s day, as a field or as a heading', () => {
    const rows: [string, boolean][] = [
      ['Date', true], ['date', true], ['Incident date', true], ['Incident Date', true], ['Incident-Date', true], ['Date (UTC)', true], [' Date ', true],
      ['Date/Time', false], ['Dates', false], ['Update', false], ['Date of next review', false], ['Due date', false], ['Incident', false],
      ['Datum', true], ['Fecha', true], ["Date de l'incident", true], ['Fecha del incidente', true], ['Datum der Störung', true],
      ['Date de fin', false], ['Fecha límite', false], ['Datumsformat', false],
    ];
    for (const [label, named] of rows) assert.strictEqual(isDateLabel(label), named, label);
    // a heading with a parenthetical over its one line of value is that field
    assert.deepStrictEqual(parsePostmortem('# T\n### Incident Date (UTC)\n12 March 2024\n## Impact\nx\n').fields.map((f) => [f.label, f.value]), [['Incident Date (UTC)', '12 March 2024']]);
  });

  it('maps every synonym of the label tables to its key', () => {
    for (const table of [fieldLabelSynonyms, foreignFieldLabelSynonyms]) {
      for (const [key, labels] of Object.entries(table)) for (const l of labels ?? []) assert.strictEqual(matchFieldLabel(l), key, l);
    }
    // without accents, with a German umlaut typed out or dropped
    assert.deepStrictEqual(['Debut', 'Duree', 'Duracion', 'Gravite', 'Loesung', 'Stoerungsdauer', 'Storungsdauer'].map(matchFieldLabel), ['start', 'duration', 'duration', 'severity', 'resolution', 'duration', 'duration']);
    assert.strictEqual(matchFieldLabel('Outage **START** Time'), 'start');
    assert.strictEqual(matchFieldLabel('Favourite colour'), undefined);
    // a zone in parentheses keeps the label's meaning and is kept as the field's zone; other parentheticals do not
    assert.deepStrictEqual(['Start (UTC)', 'Outage end (CET)', 'Duration (UTC+2)', 'Start (approx)', 'Start (see notes)', 'Favourite colour (UTC)'].map(matchFieldLabel), ['start', 'end', 'duration', undefined, undefined, undefined]);
    assert.deepStrictEqual(parsePostmortem('- Start (PST): 2024-03-12 14:02\n- End: 15:00 UTC').fields.map((f) => [f.key, f.labelZone]), [['start', 'PST'], ['end', undefined]]);
  });
});
