/** "Classic": the structure many teams already write by hand (outage start and end, what occurred, impact, root cause). */
export const classicTemplate = `---
title: {{title}}
date: {{date}}
severity: {{severity}}
authors: {{author}}
timezone: {{timezone}}
status: draft
---

# {{title}}

- Outage **start** time: {{start}}
- Outage **end** time: <end time>

- What occurred: <what happened, in one or two sentences>
- What clients and users experienced: <what clients and users saw>
- Percentage of users affected: <percentage of users affected>
- Root cause of the problem: <root cause, in one sentence>

## Timeline

- When was issue detected: <when the issue was detected>
- How was issue detected: <alert, customer report, dashboard>
- Actions taken: <actions taken>
- Debugging path taken: <debugging path taken>
- Who was the issue escalated to: <team or person>
- How was the incident resolved: <how it was resolved>

## Root cause and resolution

- Detailed explanation of what caused the problem: <what caused the problem>
- Detailed explanation of how the problem was fixed: <how the problem was fixed>

## Corrective and preventative measures

Things that can be improved/fixed:

- [ ] <corrective action> (owner: <owner>, due: <due date>)
`;
