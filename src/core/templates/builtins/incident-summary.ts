/** A short incident summary: the required sections and nothing else, for small incidents. */
export const incidentSummaryTemplate = `---
title: {{title}}
date: {{date}}
severity: {{severity}}
authors: {{author}}
timezone: {{timezone}}
start: {{start}}
end: <end time>
status: draft
---

# {{title}}

## Summary

<what happened, in two or three sentences>

## Impact

<who and what was affected, and for how long>

## Timeline

All times {{timezone}}.

- {{start}} <the incident starts>
- <time> <the incident is resolved>

## Root cause

<why it happened>

## Resolution

<what fixed it>

## Action items

- [ ] <action item> (owner: <owner>, due: <due date>)
`;
