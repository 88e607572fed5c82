import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import type { CheckOptions } from '../../../src/core/check/types';
import { requiredSection } from '../../../src/core/rules/pm001-required-section';
import { applyEdits, runRule } from './run-rule';

const seed = readFileSync(path.resolve('test/fixtures/workspace/postmortems/2021-09-27-us-east-1-servers.md'), 'utf8');

/** The titles of the sections PM001 says are missing. */
function missing(text: string, requiredSections?: CheckOptions['requiredSections']): string[] {
  return runRule(requiredSection, text, { requiredSections }).map((p) => /"([^"]+)"/.exec(p.message)![1]);
}

const full = `# Checkout outage

## Summary
Checkout failed.

## Impact
38% of requests failed.

## Timeline
- 14:02 UTC push

## Root cause
A pool size without a unit.

## Resolution
Rolled back.

## Action items
- [ ] Name units (@priya)
`;

/** Bold labels whose content is the list nested under them, as some teams' incident pages are written. */
const nested = `# Incident on 2024-02-19 - Tenant ingresses serve the wrong certificate

- **Summary**: Ingress controllers restarted with the default certificate.

- **Impact**:
  - Sites affected: all tenant ingresses

- **Context**:
  - The node instance type of the ingress node group was changed.
  - Timeline: [timeline](https://docs.google.com/document/d/abc)

- **Root cause**:

  - The controllers read the certificate secret only at start.

- **Resolution**:
  - When the node instance type is changed, the pods are rescheduled
  - The certificate secret was re-attached.

- **Review actions**:
  - Pin the certificate secret. Ticket [#812](https://github.com/example/infra/issues/812)
`;

describe('rules: PM001 required-section', () => {
  const cases: [string, string, string[]][] = [
    ['a complete document', full, []],
    ['synonym headings', '# X\n## Overview\na\n## Customer impact\nb\n## Timeline of events\nc\n## Contributing factors\nd\n## Recovery\ne\n## Follow-ups\n- f\n', []],
    ['numbered headings with colons and parentheses', '# X\n## 1. Summary:\na\n## 2. Impact\nb\n## 3. Timeline (UTC)\nc\n## 4. Root causes\nd\n## 5. Resolution\ne\n## 6. Remediation\n- f\n', []],
    ['a compound heading covering two sections', '# X\n## Summary\na\n## Impact\nb\n## Timeline\nc\n## Root cause and resolution\nd\n## Action items\n- e\n', []],
    ['nothing at all', '', ['Summary', 'Impact', 'Timeline', 'Root cause', 'Resolution', 'Action items']],
    ['only a title and a summary', '# Outage\n\n## Summary\nIt broke.\n', ['Impact', 'Timeline', 'Root cause', 'Resolution', 'Action items']],
    ['the seed (labelled fields cover summary, impact and resolution)', seed, []],
    ['bold labels with nested lists, a labelled timeline link, review actions', nested, []],
    ['Jira wiki markup headings, a || table and # items',
      'h1. X\n{info}\n*Severity:* P2\n{info}\nh2. Executive Summary\na\nh2. Impact Assessment\nb\nh2. Timeline\n||Time||Event||\n|14:02|c|\nh2. Root Cause Analysis\nd\nh2. Resolution\ne\nh2. Action Items\n# f\n', []],
    ['a label with nothing under it, or only a comment, covers nothing',
      '# X\n- **Summary**: a\n- **Impact**:\n- **Root cause**:\n  <!-- fill in -->\n\n- **Resolution**:\n\n- Timeline: see the doc\n- **Action items**: JIRA-1\n', ['Impact', 'Root cause', 'Resolution']],
    ['labels on lines of their own with the content below',
      '# X\n**Summary:**\nThe API failed.\n\n**Impact:**\n\n- All users\n\n**Root cause:**\n**Resolution:** Rolled back.\n\n**Timeline:**\n\n## Action items\n- [ ] a (@b)\n', ['Timeline', 'Root cause']],
    ['labels that name a section (not only the standard fields)',
      '# Outage\n\n**Summary:** The API failed.\n\n**Impact:** All users.\n\n**Root cause:** A bad config.\n\n**Resolution:** Rolled back.\n\n**Timeline:** see [the doc](https://example.com/doc)\n\n**Action items:** see JIRA-1\n', []],
    ['more synonym headings (blog-style reports)',
      '# X\n## Overview\na\n## Impact Analysis\nb\n## Timeline of events\n- 14:02 UTC c\n## How did this happen\nd\n## Response\ne\n## Recommendations\n- f\n', []],
    ['a lead paragraph under the title is the summary (blog style)',
      '# Incident report: leaked admin token\n\nOn June 28 an admin token was found in a public image and revoked within 17 minutes of the report.\n\n## Impact\nb\n## Timeline\n- 14:02 UTC c\n## Root cause\nd\n## Resolution\ne\n## Action items\n- [ ] f (@g)\n', []],
    ['a lead paragraph before the first heading, under front matter',
      '---\ntitle: Phishing attack\n---\nA phishing campaign copied our login page; four accounts entered their passwords before the domain was taken down.\n\n<!-- more -->\n\n## Impact\nb\n## Timeline\n- 14:02 UTC c\n## Root cause\nd\n## Resolution\ne\n## Action items\n- [ ] f (@g)\n', []],
    ['a lead paragraph before a later title (status pages)',
      '---\ntitle: Runner outage\n---\n\nA plugin upgrade broke the allocation of build runners for every pipeline on the CI server.\n\n# Runner outage on the CI server\n\n## Impact\nb\n## Timeline\n- 14:02 UTC c\n## Root cause\nd\n## Resolution\ne\n## Action items\n- [ ] f (@g)\n', []],
    ['a lead paragraph before a later title, without front matter',
      'A plugin upgrade broke the allocation of build runners for every pipeline on the CI server.\n\n# Runner outage\n\n## Impact\nb\n', ['Timeline', 'Root cause', 'Resolution', 'Action items']],
    ['a lead paragraph under a title written as a level-2 heading (a blog\'s post template)',
      '## 2025-07-30 Index outage\n\nBetween 21:27 and 23:02 UTC the package index served expired certificates to every client.\n\n### Impact\nb\n### Timeline\n- 14:02 UTC c\n### Root cause\nd\n### Resolution\ne\n### Action items\n- [ ] f (@g)\n', []],
    ['a paragraph under the heading below a bare title is the summary (GitHub\'s availability reports)',
      '# Incident with GitHub Actions\n\n## March 12 14:02 UTC (lasting 1 hour and 8 minutes)\n\nOn March 12, 2024, between 14:02 and 15:10 UTC, GitHub Actions experienced degraded performance.\n', ['Impact', 'Timeline', 'Root cause', 'Resolution', 'Action items']],
    ['a paragraph under a second heading is no summary when the title has text of its own',
      '# Outage\n\nSee below.\n\n## Cache\n\nThe cache in front of the index kept serving old files after a renewal job failed.\n', ['Summary', 'Impact', 'Timeline', 'Root cause', 'Resolution', 'Action items']],
    ['a paragraph under a level-2 heading that is not the title (front matter has it) is no summary',
      '---\ntitle: Index outage\n---\n\n## Cache\n\nThe cache in front of the index kept serving old files after a renewal job failed.\n', ['Summary', 'Impact', 'Timeline', 'Root cause', 'Resolution', 'Action items']],
    ['a short line or a zone line before a later title is no summary',
      '---\ntitle: Runner outage\n---\nAll times UTC unless noted otherwise in this document.\n\n[Initial message]\n\n# Runner outage\n\n## Impact\nb\n', ['Summary', 'Timeline', 'Root cause', 'Resolution', 'Action items']],
    ['a zone line, a date field or a list under the title is no summary',
      '# Outage\n\nAll times UTC unless noted otherwise in this document.\n**Date:** 2024-06-28, written by the storage team on call\n- Key events listed in the timeline below, newest last\n\n## Impact\nb\n', ['Summary', 'Timeline', 'Root cause', 'Resolution', 'Action items']],
    ['headings with a qualifier naming the incident ("Root cause of the outage", "Impact on users")',
      '# X\n## Summary of the incident\na\n## Impact on users\nb\n## Timeline of the outage (UTC)\n- 14:02 UTC c\n## Root cause of the issue\nd\n## Resolution of the incident\ne\n## Follow-ups for this outage\n- f\n', []],
    ['plain-English headings (security disclosures, blog posts)',
      "# Leaked token disclosure\n\nOn March 3 a researcher reported a token that could publish packages; we revoked it within the hour.\n\n### What was impacted\nb\n### Timeline\n- 14:02 UTC c\n### What caused it\nd\n### Actions taken\ne\n### What we're doing about it\n- f\n", []],
    ['"Action Taken" is the resolution and "Future measures" the action items',
      '# X\n## Summary\na\n## Impact\nb\n## Timeline\n- 14:02 UTC c\n## Root cause\nd\n## Action Taken\ne\n## Future measures\n- f\n', []],
    ['a qualifier that does not name the incident matches nothing',
      '# X\n## Summary of changes\na\n## Impact of the new cache design\nb\n## Timeline of the migration\n- 14:02 UTC c\n## Response times of the API\nd\n', ['Summary', 'Impact', 'Root cause', 'Resolution', 'Action items']],
    ['French headings, with and without accents, and a compound joined by "et"',
      "# Panne\n## Résumé\na\n## Impact\nb\n## Chronologie\n- 14h05 c\n## Cause racine et résolution\nd\n## Plan d'action\n- e\n", []],
    ['German headings, a compound joined by "und"',
      '# Störung\n## Zusammenfassung\na\n## Auswirkungen\nb\n## Zeitablauf\n- 14:05 c\n## Ursache und Behebung\nd\n## Massnahmen\n- e\n', []],
    ['Spanish headings, a compound joined by "y"',
      '# Caída\n## Resumen ejecutivo\na\n## Impacto\nb\n## Línea de tiempo\n- 14:05 c\n## Causa raíz\nd\n## Resolución y recuperación\ne\n## Acciones correctivas y preventivas\n- f\n', []],
    ['Chinese headings and a labelled field',
      '# 支付回调延迟\n**影响**: 部分订单状态延迟更新\n## 概述\na\n## 时间线\n- 14:05 c\n## 根因\nd\n## 修复\ne\n## 改进措施\n- f\n', []],
    ['Chinese headings that name no standard section',
      '# 支付回调延迟\n## 背景\na\n## 现象\nb\n## 根因\nc\n', ['Summary', 'Impact', 'Timeline', 'Resolution', 'Action items']],
    ['French labelled fields cover their sections as English ones do',
      '# Panne\n- **Résumé :** a\n- **Impact :** b\n- **Cause racine :** c\n- **Résolution :** d\n', ['Timeline', 'Action items']],
    ['foreign titles that name something else match nothing',
      '# X\n## Résumé des modifications\na\n## Impact sur les performances\nb\n## Chronologie du projet\nc\n## Ablauf der Migration\nd\n', ['Summary', 'Impact', 'Timeline', 'Root cause', 'Resolution', 'Action items']],
    ['a bold section name alone on its line stands for the section, as a heading does',
      '# X\n\n**Summary**\n\na\n\n**Impact**\n\nb\n\n**Timeline**\n\n- 14:02 UTC c\n\n**Root cause**\n\nd\n\n**Action items**\n\n- [ ] f (@g)\n', ['Resolution']],
    ['a bold section name glued to the text under it, or in a sentence, stands for nothing',
      '# X\n## Summary\na\n**Impact**\nb\n\nThe **root cause** was c.\n', ['Impact', 'Timeline', 'Root cause', 'Resolution', 'Action items']],
    ['"Response: 503" in a list is a reply, not a resolution',
      '# X\n## Summary\na\n## Impact\nb\n## Timeline\n- 14:02 UTC c\n## Root cause\n- Request: GET /export\n- Response: 503 Service Unavailable\n## Action items\n- [ ] f (@g)\n', ['Resolution']],
    // a multi-phase report: what was done in each phase (`- Issue:` over `- Actions:`) is no Action items section
    ['"- Issue:" over "- Actions:" in the Summary is a phase, not the action items',
      '# X\n## Summary\n- Issue: card payments fail\n- Actions: rolled back the gateway config\n\n- Issue: refunds stuck\n- Actions: restarted the refund worker\n## Impact\nb\n## Timeline\n- 14:02 UTC c\n## Root cause\nd\n## Resolution\ne\n', ['Action items']],
    ['"- Problem:" over "**Actions:**" in the Timeline',
      '# X\n## Summary\na\n## Impact\nb\n## Timeline\n- 14:02 UTC c\n\n- Problem: refunds stuck\n- **Actions:** restarted the worker\n## Root cause\nd\n## Resolution\ne\n', ['Action items']],
    // must not change: an Actions field of its own, or one under an Issue field outside the Summary and Timeline
    ['an "Actions:" field alone in the Summary stands for the section',
      '# X\n## Summary\na\n- Actions: add a pool-size check (@g)\n## Impact\nb\n## Timeline\n- 14:02 UTC c\n## Root cause\nd\n## Resolution\ne\n', []],
    ['an Issue and its Actions in the header block',
      '# X\n- Issue: refunds stuck\n- Actions: add a worker watchdog (@g)\n## Summary\na\n## Impact\nb\n## Timeline\n- 14:02 UTC c\n## Root cause\nd\n## Resolution\ne\n', []],
  ];
  for (const [title, text, expected] of cases) {
    it(title, () => assert.deepStrictEqual(missing(text), expected));
  }

  it('uses the configured required sections', () => {
    assert.deepStrictEqual(missing(full, ['summary', 'detection', 'lessonsLearned']), ['Detection', 'Lessons learned']);
    assert.deepStrictEqual(missing('# X\n## What went well\n- alerts\n', ['lessonsLearned']), []);
    assert.deepStrictEqual(missing('# X\n- **What went well**: the alert fired\n', ['lessonsLearned']), []);
    assert.deepStrictEqual(missing('# X\n- **Trigger**:\n  - A config push\n', ['trigger', 'detection']), ['Detection']);
  });

  it('names the heading as the document writes headings: "h2. Impact" in Jira wiki markup', () => {
    const [p] = runRule(requiredSection, 'h1. Outage\n\nh2. Summary\nIt broke.\n', { requiredSections: ['impact'] });
    assert.match(p.message, /add a "h2\. Impact" section/);
  });

  it('reports on the title', () => {
    const [p] = runRule(requiredSection, '# Outage\n\n## Summary\nIt broke.\n', { requiredSections: ['impact'] });
    assert.deepStrictEqual(p.range, { start: { line: 1, column: 3 }, end: { line: 1, column: 9 } });
  });

  const fixes: [string, string, string][] = [
    [
      'inserts Impact between Summary and Timeline at the usual level',
      '# Outage\n\n## Summary\nIt broke.\n\n## Timeline\n- 14:02 UTC push\n',
      '# Outage\n\n## Summary\nIt broke.\n\n## Impact\n\nTBD: who was affected, how, and for how long.\n\n## Timeline\n- 14:02 UTC push\n',
    ],
    [
      'appends Action items at the end',
      '# Outage\n\n## Summary\nIt broke.\n',
      '# Outage\n\n## Summary\nIt broke.\n\n## Action items\n\nTBD: follow-up tasks, each with an owner and a due date.\n',
    ],
    [
      'uses level-1 headings when the document does',
      '# Summary\nIt broke.\n# Resolution\nRolled back.',
      '# Summary\nIt broke.\n\n# Root cause\n\nTBD: why it happened, as a chain of causes in the system.\n\n# Resolution\nRolled back.',
    ],
    [
      'inserts Impact as an h2. heading in a document written in Jira wiki markup',
      'h1. Outage\n\nh2. Summary\nIt broke.\n\nh2. Timeline\n* 14:02 UTC push\n',
      'h1. Outage\n\nh2. Summary\nIt broke.\n\nh2. Impact\n\nTBD: who was affected, how, and for how long.\n\nh2. Timeline\n* 14:02 UTC push\n',
    ],
    [
      'inserts Action items at the level of the sections, not of the parts of one (bold names under Lessons learned)',
      '# DB crash\n\n## Summary\nThe cluster ran out of space.\n\n## Lessons learned\n\n**What went well?**\n\n* We knew soon.\n\n**What went wrong?**\n\n* No progress log.\n',
      '# DB crash\n\n## Summary\nThe cluster ran out of space.\n\n## Action items\n\nTBD: follow-up tasks, each with an owner and a due date.\n\n## Lessons learned\n\n**What went well?**\n\n* We knew soon.\n\n**What went wrong?**\n\n* No progress log.\n',
    ],
    [
      'inserts Action items at the level of the sections when the parts of one are headings too',
      '# DB crash\n\n## Summary\nIt broke.\n\n## Lessons learned\n\n### What went well\n- a\n\n### What went wrong\n- b\n\n### Where we got lucky\n- c\n',
      '# DB crash\n\n## Summary\nIt broke.\n\n## Action items\n\nTBD: follow-up tasks, each with an owner and a due date.\n\n## Lessons learned\n\n### What went well\n- a\n\n### What went wrong\n- b\n\n### Where we got lucky\n- c\n',
    ],
    [
      'inserts Impact at the level of the sections under a title that names a section',
      '## Root cause analysis - OOM event\n\n### Summary\nIt broke.\n\n### Timeline\n- 02:10 swap alerts\n',
      '## Root cause analysis - OOM event\n\n### Summary\nIt broke.\n\n### Impact\n\nTBD: who was affected, how, and for how long.\n\n### Timeline\n- 02:10 swap alerts\n',
    ],
    [
      'starts an empty document',
      '',
      '## Summary\n\nTBD: what happened, in two or three sentences.\n',
    ],
  ];
  for (const [title, text, expected] of fixes) {
    it(`fix ${title}`, () => {
      const wanted = /Impact/.test(title) ? 'impact' : /Action/.test(title) ? 'actionItems' : /level-1/.test(title) ? 'rootCause' : 'summary';
      const [p] = runRule(requiredSection, text, { requiredSections: [wanted] });
      assert.ok(p.fixes?.[0].preferred);
      assert.strictEqual(applyEdits(text, p.fixes![0].edits), expected);
    });
  }
});
