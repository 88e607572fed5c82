/** A postmortem in the shape of the Google SRE book's example (summary, impact, root causes, trigger, lessons learned). */
export const googleSreTemplate = `---
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

**Date:** {{date}}

**Authors:** {{author}}

**Status:** Draft

## Summary

<what happened, in two or three sentences>

## Impact

<who and what was affected, and for how long>

## Root causes

<the causes, including contributing factors>

## Trigger

<the change or event that set it off>

## Resolution

<what stopped the impact>

## Detection

<how the incident was detected, and how long that took>

## Action items

| Action item | Type | Owner | Due |
| --- | --- | --- | --- |
| <action item> | <mitigate, prevent or process> | <owner> | <due date> |

## Lessons learned

### What went well

- <what went well>

### What went wrong

- <what went wrong>

### Where we got lucky

- <where we got lucky>

## Timeline

All times {{timezone}}.

- {{start}} <the incident starts>
- <time> <detected>
- <time> <mitigated>
- <time> <resolved>

## Supporting information

<links to dashboards, graphs, chat logs>
`;
