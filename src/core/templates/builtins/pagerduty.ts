/** A postmortem in the shape of PagerDuty's incident response template (overview, what happened, responders, messaging). */
export const pagerDutyTemplate = `---
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

## Overview

<a short overview: what broke, who was affected, how it was fixed>

## What happened

<a narrative of the incident>

## Contributing factors

<the root cause and the factors that contributed to it>

## Resolution

<what was done to resolve the incident>

## Impact

<customers affected, duration, failed requests, support tickets>

## Responders

- Incident commander: <incident commander>
- Responders: <responders>

## Timeline

All times {{timezone}}.

| Time | Event |
| --- | --- |
| {{start}} | <the incident starts> |
| <time> | <responders paged> |
| <time> | <the incident is resolved> |

## How'd we do?

### What went well

- <what went well>

### What didn't go so well

- <what went wrong>

## Action items

- [ ] <action item> (owner: <owner>, due: <due date>)

## Messaging

### Internal

<the message sent to the company>

### External

<the message sent to customers>
`;
