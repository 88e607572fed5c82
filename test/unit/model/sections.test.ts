import * as assert from 'assert';
import { foreignSectionSynonyms, isPlaceholderText, matchStandardSection, parsePostmortem, sectionSynonyms, timelineSectionAt } from '../../../src/core/model';
import { at } from './helpers';

describe('model: sections', () => {
  const titles: [string, string | undefined][] = [
    ['Summary', 'summary'], ['Executive Summary', 'summary'], ['Incident summary', 'summary'], ['Overview', 'summary'],
    ['Description', 'summary'], ['TL;DR', 'summary'], ['Impact', 'impact'], ['Customer Impact', 'impact'], ['User impact:', 'impact'],
    ['Timeline', 'timeline'], ['Incident Timeline', 'timeline'], ['Timeline of events', 'timeline'], ['Chronology', 'timeline'],
    ['Timeline (all times UTC)', 'timeline'], ['Timeline - times in PDT', 'timeline'], ['3. Timeline', 'timeline'],
    ['Root Cause', 'rootCause'], ['Root causes', 'rootCause'], ['Contributing Factors', 'rootCause'],
    ['Root cause and resolution', 'rootCause'], ['Root Cause Analysis', 'rootCause'], ['Cause', 'rootCause'],
    ['Trigger', 'trigger'], ['Detection', 'detection'], ['Resolution', 'resolution'], ['Recovery', 'resolution'],
    ['Mitigation', 'resolution'], ['Resolution and recovery', 'resolution'],
    ['Corrective and preventative measures:', 'actionItems'], ['Corrective and Preventive Measures', 'actionItems'],
    ['Action Items', 'actionItems'], ['Action items:', 'actionItems'], ['Follow-ups', 'actionItems'], ['Follow-up actions', 'actionItems'],
    ['Followups', 'actionItems'], ['Remediation', 'actionItems'], ['Next steps', 'actionItems'], ['Corrective actions', 'actionItems'],
    ['Remediation plan', 'actionItems'], ['Agreed actions', 'actionItems'], ['Agreed actions:', 'actionItems'], ['Remediation plan (proposed — not yet implemented)', 'actionItems'], ['Remediation steps taken', 'resolution'], ['Resolution Steps Taken', 'resolution'], ['Resolution steps', 'resolution'], ['Recovery steps taken', 'resolution'], ['Resolving the issue', 'resolution'], ['**Resolving the incident**', 'resolution'], ['Resolving conflicts in the config', undefined],
    ['Lessons Learned', 'lessonsLearned'], ['Lessons learnt', 'lessonsLearned'], ['What went well?', 'whatWentWell'],
    ['What went wrong', 'whatWentWrong'], ["What didn't go well", 'whatWentWrong'], ['What didn’t go well', 'whatWentWrong'],
    ['Where we got lucky', 'whereWeGotLucky'], ['**Impact**', 'impact'], ['## Timeline', 'timeline'],
    ['Impact Analysis', 'impact'], ['Affected users', 'impact'], ['Customers affected', 'impact'], ['Affected services', 'impact'],
    ['How did this happen', 'rootCause'], ['How it happened', 'rootCause'], ['Why did this happen?', 'rootCause'],
    ['Response', 'resolution'], ['Incident response', 'resolution'], ['Response and recovery', 'resolution'],
    ['Recommendations', 'actionItems'], ['Review actions', 'actionItems'],
    // question headings, as FAQ-style postmortems ask them
    ['What was the timeline of the incident?', 'timeline'], ['What happened?', 'summary'], ['What was the impact?', 'impact'],
    ['What is the impact on customers?', 'impact'], ['Who was affected?', 'impact'], ['Why did it happen?', 'rootCause'],
    ['What was the root cause?', 'rootCause'], ['What were the contributing factors?', 'rootCause'], ['How did we fix it?', 'resolution'],
    ['How was it resolved?', 'resolution'], ['How did we detect it?', 'detection'], ['What are we doing about it?', 'actionItems'],
    ['What will we do to prevent it?', 'actionItems'], ['What will we do to prevent this from happening again?', 'actionItems'],
    ['How will we prevent it from happening again?', 'actionItems'], ['What did we learn?', 'lessonsLearned'],
    ['What did we learn from this?', 'lessonsLearned'],
    ['What Was the Customer Impact?', 'impact'], ['What Triggered This?', 'trigger'], ['How Did We Respond?', 'resolution'],
    // must not change: a question about something else
    ['What was the plan?', undefined], ['What was the impact of the new cache design?', undefined], ['What is the status of the migration?', undefined],
    ['What happened next?', undefined], ['What did we do well?', undefined], ['When did we learn of it?', undefined],
    // a synonym with a qualifier naming the incident, and plain-English headings (blog posts, security disclosures)
    ['Root cause of the outage', 'rootCause'], ['Root cause of the issue', 'rootCause'], ['Root Cause of this Incident', 'rootCause'],
    // a number after the synonym, with or without a title after it
    ['Root Cause #1', 'rootCause'], ['Root cause 2: expired certificate', 'rootCause'], ['Root Causes (2)', 'rootCause'],
    ['Root cause no. 3', 'rootCause'], ['Contributing factor #2', undefined], ['Timeline 2', 'timeline'],
    ['Cause of the problem', 'rootCause'], ['Impact on users', 'impact'], ['Impact on our customers', 'impact'],
    ['Timeline of the outage (UTC)', 'timeline'], ['Summary of the incident', 'summary'], ['Resolution of the incident:', 'resolution'],
    ['What was impacted', 'impact'], ['Who was affected?', 'impact'], ["What we're doing about it", 'actionItems'],
    ['What we’re doing about it', 'actionItems'], ['What we are doing about it', 'actionItems'], ['Future measures', 'actionItems'],
    ['Action Taken', 'resolution'], ['Actions taken', 'resolution'], ['What we did', 'resolution'], ['How we fixed it', 'resolution'],
    ['What caused it', 'rootCause'], ['The root cause', 'rootCause'], ['What worked', 'whatWentWell'], ["What Didn't Go So Well?", 'whatWentWrong'],
    ["What didn't work", 'whatWentWrong'],
    // the Google API outage report's "Issue Summary" (and the templates that copy it), Azure's "Summary of impact",
    // Elastic's "Chain of events"; other "issue" and "chain" titles keep their own reading
    ['Issue Summary', 'summary'], ['Issue summary:', 'summary'], ['Summary of impact', 'summary'], ['Summary of Impact:', 'summary'],
    ['Chain of Events', 'timeline'], ['Chain of events (UTC)', 'timeline'], ['Issue tracker', undefined], ['Issues', undefined],
    ['Supply chain', undefined], ['Impact summary by region', undefined],
    // planned work under a plain name: the action items
    ['Improvements', 'actionItems'], ['Future improvements', 'actionItems'], ['Planned improvements', 'actionItems'],
    ['Future mitigations', 'actionItems'], ['Improvements to the build cache', undefined], ['Performance improvements', undefined],
    // GitBook exports: an empty HTML anchor after the title, a `[#](url)` permalink before it
    ['Action Items <a href="#action-items" id="action-items"></a>', 'actionItems'],
    ['[#](https://docs.example.org/post-mortems/halt.html#description)Description <a href="#description" id="description"></a>', 'summary'],
    ['Impact <a id="impact"></a>', 'impact'], ['<a name="timeline"></a>Timeline', 'timeline'], ['[¶](#root-cause) Root cause', 'rootCause'],
    ['Affected packages <a href="#affected-packages" id="affected-packages"></a>', undefined], ['[Timeline](https://example.org/tl) tooling', undefined],
    ['Timeline <a href="https://example.org/tl">in the wiki</a>', undefined],
    // headings of real reports: an action's past tense is the resolution, its future the action items
    ['Remediation Actions Taken', 'resolution'], ['Recovery Process', 'resolution'], ['How was it fixed', 'resolution'],
    ['Preventative Measures Implemented', 'actionItems'], ['Preventative measures', 'actionItems'],
    ['What could be done to avoid this in future?', 'actionItems'], ['Recovery time objectives', undefined], ['How was it detected', 'detection'],
    ['Postmortem', undefined], ['Supporting information', undefined], ['Responders', undefined], ['Timeline tooling changes in 2024', undefined],
    ['Affected packages', undefined], ['Affected versions', undefined], ['Call to action', undefined], ['Response times', undefined],
    ['Root cause analysis team notes', undefined], ['Summary of changes', undefined], ['Timeline of the migration', undefined],
    ['Impact of the new cache design', undefined], ['Root cause 2024', undefined], ['Step 2', undefined], ['Phase 1 - impact', undefined], ['Actions taken by the attacker', undefined], ['Response times of the API', undefined],
    ['What we did next quarter', undefined], ['Root cause of the outage and the follow-up work', undefined], ['The team', undefined],
    // a title in another script with its English name in parentheses; Latin text outside keeps its own reading
    ['근본 원인 (Root Cause)', 'rootCause'], ['후속 조치 (Action Items)', 'actionItems'], ['교훈 (Lessons Learned)', 'lessonsLearned'],
    ['再発防止策（Action Items）', 'actionItems'], ['Timeline（UTC）', 'timeline'], ['影響範囲 [Impact]', 'impact'], ['2. 근본 원인 (Root Cause)', 'rootCause'],
    // the Issue Summary template; a synonym, the zone in parentheses, then more about the times
    ['Issue Summary', 'summary'], ['Outage summary', 'summary'], ['Issue summary:', 'summary'],
    ['Timeline (all times PST) 07/27/2023 - 07/31/2023. All times approximations', 'timeline'],
    ['Timeline (UTC) as reconstructed from chat logs', 'timeline'], ['Timeline tooling (draft) changes', undefined],
    ['Issue tracker', undefined], ['Summary of changes (v2)', undefined], ['Solution', 'resolution'], ['Proposed solutions', undefined],
    ['Impact (root cause TBD)', 'impact'], ['Détails (Timeline)', undefined], ['Notes (Timeline)', undefined], ['사고 개요 (Postmortem)', undefined],
    // French, German and Spanish titles, with or without their accents, numbering, emoji or a qualifier naming the incident
    ['Résumé', 'summary'], ['Resume', 'summary'], ['Synthèse', 'summary'], ['Sommaire', 'summary'], ['📋 Résumé Exécutif', 'summary'],
    ['Impact', 'impact'], ['Incidence', 'impact'], ['Chronologie', 'timeline'], ['Chronologie détaillée', 'timeline'], ['Déroulé', 'timeline'],
    ['Chronologie (heure de Paris)', 'timeline'], ["Chronologie de l'incident", 'timeline'], ['Cause racine', 'rootCause'],
    ['Cause(s) racine(s)', 'rootCause'], ['Causes profondes :', 'rootCause'], ['Élément déclencheur :', 'trigger'], ['Détection', 'detection'],
    ['Detection :', 'detection'], ['Résolution', 'resolution'], ['Rétablissement', 'resolution'], ['Actions correctives', 'actionItems'],
    ["Plan d'action", 'actionItems'], ['Plan d’action', 'actionItems'], ['Éléments d’action :', 'actionItems'], ['Leçons apprises', 'lessonsLearned'],
    ['Lecons apprises', 'lessonsLearned'], ['Enseignements', 'lessonsLearned'], ['Ce qui a fonctionné.', 'whatWentWell'], ['Ce qui n’a pas fonctionné.', 'whatWentWrong'],
    ['Zusammenfassung', 'summary'], ['Auswirkungen', 'impact'], ['Auswirkungen auf die Nutzer', 'impact'], ['Zeitlinie', 'timeline'], ['Zeitablauf', 'timeline'],
    ['Ablauf', 'timeline'], ['Zeitablauf (MEZ)', 'timeline'], ['Ursache', 'rootCause'], ['Grundursache', 'rootCause'], ['Ursache der Störung', 'rootCause'],
    ['Erkennung', 'detection'], ['Behebung', 'resolution'], ['Lösung', 'resolution'], ['Loesung', 'resolution'], ['Losung', 'resolution'],
    ['Maßnahmen', 'actionItems'], ['Massnahmen', 'actionItems'], ['Folgemassnahmen', 'actionItems'], ['Gelernte Lektionen', 'lessonsLearned'], ['Was gut lief', 'whatWentWell'], ['Folgemaßnahmen', 'actionItems'], ['Lessons Learned', 'lessonsLearned'],
    ['Erkenntnisse', 'lessonsLearned'], ['Was ist passiert?', 'summary'], ['Was lernen wir daraus?', 'lessonsLearned'],
    ['Resumen', 'summary'], ['📝 Resumen Ejecutivo', 'summary'], ['Impacto', 'impact'], ['Cronología', 'timeline'], ['Cronologia', 'timeline'],
    ['Línea de tiempo', 'timeline'], ['Linea de tiempo', 'timeline'], ['Línea de Tiempo del Incidente', 'timeline'], ['Causa raíz', 'rootCause'],
    ['Análisis de la Causa Raíz (RCA)', 'rootCause'], ['Detección', 'detection'], ['Resolución', 'resolution'], ['Acciones correctivas', 'actionItems'],
    ['Plan de acción', 'actionItems'], ['Lecciones aprendidas', 'lessonsLearned'], ['4. Lecciones Aprendidas', 'lessonsLearned'],
    ['Descripción General del Incidente', 'summary'], ['🔧 Actions Prises', 'resolution'], ['Descripción del Problema', 'summary'], ['🔮 ACCIONES FUTURAS RECOMENDADAS', 'actionItems'], ['Lo que salió bien', 'whatWentWell'], ['Lo que salió mal', 'whatWentWrong'],
    // Chinese titles, simplified and traditional, with numbering or the zone in full-width parentheses
    ['概述', 'summary'], ['事故概述', 'summary'], ['影响', 'impact'], ['影響範圍', 'impact'], ['时间线', 'timeline'], ['時間線（UTC+8）', 'timeline'],
    ['3. 故障时间线', 'timeline'], ['根因', 'rootCause'], ['根本原因分析', 'rootCause'], ['修复', 'resolution'], ['解决方案', 'resolution'],
    ['改进措施', 'actionItems'], ['预防', 'actionItems'], ['經驗教訓', 'lessonsLearned'], ['现象', undefined], ['背景', undefined], ['总结', undefined],
    // operations teams' reports open with the problem
    ['Problem', 'summary'], ['The problem', 'summary'], ['Problem statement', 'summary'], ['Issue', 'summary'], ['问题', 'summary'],
    ['Problems with the new cache', undefined], ['Known issues', undefined],
    // what follows a preposition must name the incident or those it hit; other titles keep their own reading
    ['Chronologie des divergences', undefined], ['Chronologie du projet', undefined], ['Résumé des modifications', undefined],
    ['Impact sur les performances', undefined], ['Ablauf der Migration', undefined], ['Zusammenfassung der Änderungen', undefined],
    ['Resumen de cambios', undefined], ['Cronología del estándar', undefined], ['Historique', undefined], ['Contexte', undefined],
  ];
  for (const [title, id] of titles) {
    it(`matches "${title}" to ${id ?? 'no standard section'}`, () => assert.strictEqual(matchStandardSection(title), id));
  }

  it('matches every synonym of the tables to its own section', () => {
    for (const table of [sectionSynonyms, foreignSectionSynonyms]) {
      for (const [id, names] of Object.entries(table)) for (const name of names) assert.strictEqual(matchStandardSection(name), id, name);
    }
  });

  const placeholders: [string, boolean][] = [
    ['TBD', true], ['tbd.', true], ['TODO', true], ['TODO: describe the customer impact', true], ['_TBD_', true], ['**TBD**', true],
    ['- TBD', true], ['<impact>', true], ['<Describe what customers saw>', true], ['{impact}', true], ['{{summary}}', true],
    ['${summary}', true], ['...', true], ['…', true], ['-', true], ['?', true], ['[Describe the impact here]', true],
    ['To be determined', true], ['Coming soon', true], ['*{color:red}_TODO: Explain why this incident occurred._{color}*', true],
    ['* *{color:red}_TODO: Factor 1_{color}*', true], ['{color:red}Customers saw 503s.{color}', false],
    ['N/A', false], ['None', false], ['Customers could not log in.', false], ['See [the incident doc](https://example.com)', false],
    ['<https://example.com>', false], ['TBD whether we need a new cluster; the old one failed at 14:02.', false],
  ];
  for (const [text, expected] of placeholders) {
    it(`${expected ? 'treats' : 'does not treat'} "${text}" as a placeholder`, () => assert.strictEqual(isPlaceholderText(text), expected));
  }

  it('finds empty sections, placeholder sections and their ranges', () => {
    const m = parsePostmortem([
      '# Incident', '', '## Summary', '', '<!-- one or two sentences -->', '', '## Impact', 'TBD', '', '## Root cause', '- TODO', '- TBD', '',
      '## Timeline', '### Day one', '- 14:02 UTC alert', '', '## Lessons learned', '',
    ].join('\n'));
    const by = (t: string) => m.sections.find((s) => s.title === t);
    assert.deepStrictEqual([by('Summary')?.bodyText, by('Summary')?.bodyStartLine, by('Summary')?.endLine, by('Summary')?.placeholder], ['', 4, 3, undefined]);
    assert.deepStrictEqual([by('Impact')?.placeholder?.text, at(by('Impact')?.placeholder?.range)], ['TBD', '8:1-8:4']);
    assert.deepStrictEqual([by('Root cause')?.placeholder?.text, at(by('Root cause')?.placeholder?.range)], ['- TODO\n- TBD', '11:1-12:6']);
    assert.deepStrictEqual([by('Timeline')?.bodyText, by('Timeline')?.endLine], ['- 14:02 UTC alert', 16]);
    assert.deepStrictEqual([by('Lessons learned')?.bodyText, by('Lessons learned')?.endLine], ['', 18]);
    assert.deepStrictEqual([by('Incident')?.endLine, by('Incident')?.level], [18, 1]);
    assert.deepStrictEqual(m.sections.map((s) => [s.title, s.bodyLines]), [
      ['Incident', 4], ['Summary', 0], ['Impact', 1], ['Root cause', 2], ['Timeline', 1], ['Day one', 1], ['Lessons learned', 0],
    ]);
  });

  it('gives short and long bodies, nested or not, the same text however they are read', () => {
    const entries = Array.from({ length: 80 }, (_, k) => `- 14:${String(k % 60).padStart(2, '0')} UTC step ${k} <!-- note -->`);
    const lines = ['# Incident', '', '## Summary', 'One line.', '', '## Timeline', '', ...entries.slice(0, 40), '', '### Day two', ...entries.slice(40), '', '## Impact', 'A', '', 'B', ''];
    const expected: Record<string, string> = {
      Incident: ['One line.', ...entries, 'A', 'B'].map((e) => e.replace(' <!-- note -->', '')).join('\n'),
      Summary: 'One line.',
      Timeline: entries.map((e) => e.replace(' <!-- note -->', '')).join('\n'),
      'Day two': entries.slice(40).map((e) => e.replace(' <!-- note -->', '')).join('\n'),
      Impact: 'A\nB',
    };
    const read = (s: { title: string; bodyText: string }) => [s.title, s.bodyText];
    // read in order, in reverse order, and through JSON (every body, as the worker's clients see them)
    assert.deepStrictEqual(parsePostmortem(lines.join('\n')).sections.map(read), Object.entries(expected));
    assert.deepStrictEqual(parsePostmortem(lines.join('\n')).sections.reverse().map(read), Object.entries(expected).reverse());
    const viaJson = JSON.parse(JSON.stringify(parsePostmortem(lines.join('\n')).sections)) as { title: string; bodyText: string; bodyLines: number }[];
    assert.deepStrictEqual(viaJson.map(read), Object.entries(expected));
    assert.deepStrictEqual(viaJson.map((s) => s.bodyLines), [83, 1, 80, 40, 2]);
    // a body read once stays the same string
    const timeline = parsePostmortem(lines.join('\n')).sections[2];
    assert.strictEqual(timeline.bodyText, timeline.bodyText);
  });

  it('leaves a trailing HTML comment out of the heading, field and entry it follows', () => {
    const m = parsePostmortem('# Cache storm <!-- expect PM001 -->\n- Start: 14:02 UTC <!-- note -->\n## Timeline\n- 14:05 UTC alert <!-- x -->\n');
    assert.deepStrictEqual([m.title?.text, at(m.title?.range)], ['Cache storm', '1:3-1:14']);
    assert.deepStrictEqual([m.fields[0].value, at(m.fields[0].valueRange)], ['14:02 UTC', '2:10-2:19']);
    assert.deepStrictEqual([m.timeline[0].text, at(m.timeline[0].textRange)], ['alert', '4:13-4:18']);
  });

  it('takes no title from a report that opens with a standard section below level 1', () => {
    const titles = ['| **Event** | `20210305_blankbiosample` |\n|---|---|\n\n## Summary\n\nx\n', '## Timeline\n\n- 14:02 alert\n', '# Summary\n\nx\n', '## Cache storm\n\n## Summary\n', '### Checkout outage\n'].map((t) => parsePostmortem(t).title?.text);
    assert.deepStrictEqual(titles, [undefined, undefined, 'Summary', 'Cache storm', 'Checkout outage']);
  });

  it('takes the title from a first heading that names no section and opens the document, or from a level-1 heading', () => {
    const title = (text: string) => parsePostmortem(text).title?.text;
    const rows: [string, string | undefined][] = [
      ['# Checkout outage\n## Summary\nText.\n', 'Checkout outage'],
      ['## 2025-07-30 Hex outage\n\nBetween 21:27 and 07:27 UTC ...\n## Timeline\n', '2025-07-30 Hex outage'],
      ['> Template from a book.\n\n# Title\n', 'Title'],
      ['# Summary\nText.\n', 'Summary'],
      // a section heading is no title: the document has none
      ['## Issue summary\n+ **Duration**: From 2pm to 2:40pm\n## Timeline\n', undefined],
      ['---\nheading: "Incident report"\n---\n\nOn August 16 the gateway stalled.\n\n## Timeline\n- 00:05 UTC - Requests fail\n', undefined],
      ['---\nheading: "Post-mortem"\n---\n\nOn Thursday we observed a backlog of steps.\n\n### Background: waitForEvent\nText.\n', undefined],
      // a heading that names a section is the title when the document's sections are all under it
      ['## Root cause analysis - OOM event\n\n### Summary\nThe indexer ran out of memory.\n\n### Timeline\n- 02:10 swap alerts\n', 'Root cause analysis - OOM event'],
      ['h2. Root Cause Analysis - OOM Event\n\nh3. Summary\nThe indexer ran out of memory.\n\nh3. Timeline\n||Time||Event||\n|02:10|Swap alerts|\n', 'Root Cause Analysis - OOM Event'],
      // not when what is under it are its own parts, or one other section, or a later heading is at its level
      ['## Lessons learned\n\n### What went well\n- a\n\n### What went wrong\n- b\n', undefined],
      ['## Summary\n\n### What happened\nx\n\n### Timeline\n- 02:10 a\n', undefined],
      ['## Root cause analysis\n\n### Summary\nx\n\n### Timeline\n- 02:10 a\n\n## Resolution\ny\n', undefined],
    ];
    for (const [text, expected] of rows) assert.strictEqual(title(text), expected, text);
  });

  it('reads empty headings as empty titles', () => {
    const m = parsePostmortem('# \n##\n### ###\n');
    assert.deepStrictEqual(m.sections.map((s) => [s.level, s.title, at(s.headingRange)]), [[1, '', '1:2-1:2'], [2, '', '2:3-2:3'], [3, '', '3:5-3:5']]);
  });

  it('reads setext headings and closing hashes', () => {
    const m = parsePostmortem('Checkout outage\n===============\n\nImpact\n------\nCustomers saw errors.\n\n## Timeline ##\n');
    assert.deepStrictEqual(m.sections.map((s) => [s.level, s.title, s.standard, at(s.headingRange), s.bodyStartLine, s.endLine]), [
      [1, 'Checkout outage', undefined, '1:1-1:16', 3, 8],
      [2, 'Impact', 'impact', '4:1-4:7', 6, 6],
      [2, 'Timeline', 'timeline', '8:4-8:12', 9, 8],
    ]);
    assert.strictEqual(m.title?.text, 'Checkout outage');
  });

  // [text, sections as level:title:standard:headingRange:endLine]
  const boldHeadings: [string, string[]][] = [
    // a bold section name alone on its line, with a blank line, a list or a table under it: one level below the heading above
    ['**Timeline**\n\n- 14:00 UTC alert', ['2:Timeline:timeline:1:3-1:11:3']],
    ['# Outage\n\n**Root cause**\n\nA bad config.\n\n__Impact__\n- 40% of users logged out', ['1:Outage:-:1:3-1:9:8', '2:Root cause:rootCause:3:3-3:13:5', '2:Impact:impact:7:3-7:9:8']],
    ['## Details\n\n**Timeline**\n\n| Time | Event |\n|---|---|\n| 14:02 | alert |\n\n## Root cause\nx', ['2:Details:-:1:4-1:11:7', '3:Timeline:timeline:3:3-3:11:7', '2:Root cause:rootCause:9:4-9:14:10']],
    // must not change: text glued under it, text before it, a bold sentence, a colon (a label), nothing under it, no
    // section's name, only another name under it
    ['**Root cause**\nA bad config.', []],
    ['Some text\n**Root cause**\n\nA bad config.', []],
    ['**The root cause was a config.**\n\nMore.', []],
    ['**Root cause:**\n\nA bad config.', []],
    ['**Root cause**\n\n## Timeline', ['2:Timeline:timeline:3:4-3:12:3']],
    ['**Kubernetes**\n\n- pods', []],
    ['**Impact**\n\n**Root cause**\n\nA bad config.', ['2:Root cause:rootCause:3:3-3:13:5']],
  ];
  for (const [text, expected] of boldHeadings) {
    it(`reads the bold section names alone on their lines in ${JSON.stringify(text)} as headings`, () => {
      const m = parsePostmortem(text);
      assert.deepStrictEqual(m.sections.map((s) => `${s.level}:${s.title}:${s.standard ?? '-'}:${at(s.headingRange)}:${s.endLine}`), expected);
    });
  }

  it('ignores headings inside fenced code and HTML comments, and keeps code in the body text', () => {
    const m = parsePostmortem('# Real\n\n```markdown\n# Fake heading\n## Timeline\n```\n\n<!--\n## Also fake\n-->\n~~~\n# fake too\n~~~~\n');
    assert.deepStrictEqual(m.sections.map((s) => s.title), ['Real']);
    assert.strictEqual(m.sections[0].bodyText, '# Fake heading\n## Timeline\n# fake too');
  });
});

describe('model: the Timeline section a line is in or right after', () => {
  const text = [
    '# Checkout outage', //  1
    '', //  2
    '## Summary', //  3
    'Errors at 14:02.', //  4
    '', //  5
    '## Timeline', //  6
    '', //  7
    '- 14:02 Errors', //  8
    '', //  9
    '### Day two', // 10
    '- 09:00 Cleanup', // 11
    '', // 12
    '', // 13
    '## Root cause', // 14
    'A bad deploy.', // 15
  ].join('\n');
  const model = parsePostmortem(text);
  // [line, in or right after the Timeline]
  const rows: [number, boolean][] = [
    [3, false], [4, false], [6, false], // its heading is not under it
    [7, true], [8, true], [9, true], [10, true], [11, true], // its subsection too
    [12, true], [13, true], // the blank lines after its text, where the next entry is typed
    [14, false], [15, false],
  ];
  for (const [line, inside] of rows) {
    it(`line ${line}: ${inside ? 'in' : 'not in'} it`, () => {
      const byModel = timelineSectionAt(model.sections, (s) => s.headingRange.start.line, line);
      assert.strictEqual(byModel?.title, inside ? 'Timeline' : undefined);
      // an outline of the sections (what the editor keeps of the last check) gives the same answer
      const outline = model.sections.map((s) => ({ standard: s.standard, headingLine: s.headingRange.start.line, endLine: s.endLine }));
      assert.strictEqual(timelineSectionAt(outline, (s) => s.headingLine, line)?.headingLine, inside ? 6 : undefined);
    });
  }

  it('reaches to the end of a document that ends with its Timeline', () => {
    const m = parsePostmortem('# X\n\n## Timeline\n\n- 14:02 Errors\n\n\n');
    assert.strictEqual(timelineSectionAt(m.sections, (s) => s.headingRange.start.line, 8)?.title, 'Timeline');
    assert.strictEqual(timelineSectionAt(parsePostmortem('# X\n\n## Summary\n\nText.\n').sections, (s) => s.headingRange.start.line, 5), undefined);
  });
});
