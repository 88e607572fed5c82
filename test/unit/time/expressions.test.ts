// Time expressions as people write them in postmortems (the seed, Google SRE, PagerDuty, GitLab, Atlassian, AWS,
// Cloudflare, GitHub, Slack and Jira styles): what `findTimes` reads and the instant `resolveTime` gives.
import * as assert from 'assert';
import { findTimes, formatInstant, monthDayAlone, resolveTime, type TimeContext, type TimeMatch } from '../../../src/core/time';

interface Expect {
  /** Which match of the line (default 0). */
  nth?: number;
  text?: string;
  kind?: TimeMatch['kind'];
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
  second?: number;
  meridiem?: 'am' | 'pm';
  unknown?: true;
  /** Zone as written. */
  zone?: string;
  /** Zone id it reads as. */
  zoneId?: string;
  ambiguous?: boolean;
  /** The match is flagged impossible, with a reason matching this. */
  invalid?: RegExp;
  /** Resolved instant (iso-utc) in the test context: now 2026-11-25, reference day 2021-09-27, no zone (UTC). */
  utc?: string;
}

const ctx: TimeContext = { now: Date.UTC(2026, 10, 25), referenceDate: { year: 2021, month: 9, day: 27 } };

const rows: [string, Expect][] = [
  // The seed postmortem
  ['• Outage **start** time: Monday, September 27 at 3:06 PM Eastern Standard Time.', { text: 'Monday, September 27 at 3:06 PM Eastern Standard Time', kind: 'datetime', month: 9, day: 27, weekday: 1, hour: 15, minute: 6, meridiem: 'pm', zone: 'Eastern Standard Time', zoneId: '-05:00', utc: '2021-09-27T20:06Z' }],
  ['• Outage **end** time: Monday, September 27 at 7:27 PM Eastern Standard Time.', { hour: 19, minute: 27, utc: '2021-09-28T00:27Z' }],
  ['• When was issue detected: Early afternoon at 3:06 PM EST.', { text: '3:06 PM EST', kind: 'time', hour: 15, zone: 'EST', utc: '2021-09-27T20:06Z' }],
  // non-breaking hyphens in an ISO date, as generated text and word processors write it: read as hyphens, kept as written
  ['# Incident Postmortem \u2013 Service Outage on 2025\u201105\u201120', { text: '2025\u201105\u201120', kind: 'date', year: 2025, month: 5, day: 20 }],
  ['| 1 | SRE | Add a validator | 2025\u201106\u201105 |', { text: '2025\u201106\u201105', year: 2025, month: 6, day: 5 }],
  ['2024\u201003\u201012 14:02 UTC', { text: '2024\u201003\u201012 14:02 UTC', utc: '2024-03-12T14:02Z' }],
  // must not change: a non-breaking hyphen between words is no date part
  ['on\u2011call paged at 08:46', { text: '08:46', kind: 'time', hour: 8, minute: 46 }],
  // a dash between a date with its year and its time, as a status page posts an update
  ['Posted Nov 03, 2024 - 19:20 UTC', { text: 'Nov 03, 2024 - 19:20 UTC', kind: 'datetime', utc: '2024-11-03T19:20Z' }],
  ['12.03.2024 – 14:05 UTC', { text: '12.03.2024 – 14:05 UTC', utc: '2024-03-12T14:05Z' }],
  // must not change: without a year, or without blanks around the dash, the dash parts them
  ['Nov 3 - 19:20 UTC', { text: 'Nov 3', kind: 'date' }],
  ['Nov 3 - 19:20 UTC', { nth: 1, text: '19:20 UTC', kind: 'time' }],
  // ISO 8601 and log styles
  ['2024-03-12T14:02Z deploy started', { text: '2024-03-12T14:02Z', year: 2024, month: 3, day: 12, hour: 14, minute: 2, zone: 'Z', zoneId: 'UTC', utc: '2024-03-12T14:02Z' }],
  ['2024-03-12 14:02 UTC', { text: '2024-03-12 14:02 UTC', utc: '2024-03-12T14:02Z' }],
  ['2024-03-12T14:02:00+01:00', { second: 0, zone: '+01:00', utc: '2024-03-12T13:02Z' }],
  ['2024-03-12T14:02:00.123Z', { second: 0, utc: '2024-03-12T14:02:00.123Z' }],
  ['2024-03-12T14:02:00-05:00', { utc: '2024-03-12T19:02Z' }],
  ['2024-03-12T14:02:00+0530', { zoneId: '+05:30', utc: '2024-03-12T08:32Z' }],
  ['2024-03-12T14:02:00+05', { zoneId: '+05:00', utc: '2024-03-12T09:02Z' }],
  ['2021-09-27 15:06:00,123 ERROR pool exhausted', { text: '2021-09-27 15:06:00,123', second: 0, utc: '2021-09-27T15:06:00.123Z' }],
  ['[2021-09-27 15:06:07] kernel: oom-killer', { second: 7, utc: '2021-09-27T15:06:07Z' }],
  ['2021/09/27 15:06 UTC', { year: 2021, month: 9, day: 27, utc: '2021-09-27T15:06Z' }],
  ['2021-9-7 9:05', { month: 9, day: 7, hour: 9, minute: 5, utc: '2021-09-07T09:05Z' }],
  ['Mon Sep 27 15:06:00 UTC 2021', { text: 'Mon Sep 27 15:06:00 UTC 2021', year: 2021, weekday: 1, utc: '2021-09-27T15:06Z' }],
  ['Date: Mon, 27 Sep 2021 15:06:00 +0000', { text: 'Mon, 27 Sep 2021 15:06:00 +0000', weekday: 1, zoneId: 'UTC', utc: '2021-09-27T15:06Z' }],
  ['Mon, 27 Sep 2021 11:06:00 -0400', { zoneId: '-04:00', utc: '2021-09-27T15:06Z' }],
  ['2021-09-27', { kind: 'date', year: 2021, month: 9, day: 27, utc: '2021-09-27T00:00Z' }],
  ['2021-09-27 at 15:06 America/New_York', { zone: 'America/New_York', zoneId: 'America/New_York', utc: '2021-09-27T19:06Z' }],
  ['2021-11-07 01:30 America/New_York', { utc: '2021-11-07T05:30Z' }],
  ['2021-03-14 02:30 America/New_York (did not exist)', { utc: '2021-03-14T07:30Z' }],
  ['2021-07-01 09:00 Europe/London', { utc: '2021-07-01T08:00Z' }],
  ['2021-01-15 09:00 Europe/Paris', { utc: '2021-01-15T08:00Z' }],
  ['2021-07-15 09:00 Australia/Sydney', { utc: '2021-07-14T23:00Z' }],
  // 12- and 24-hour clocks
  ['15:06', { kind: 'time', hour: 15, minute: 6, utc: '2021-09-27T15:06Z' }],
  ['15:06:30 first 500s', { second: 30, utc: '2021-09-27T15:06:30Z' }],
  ['3:06 PM EST', { hour: 15, zone: 'EST', utc: '2021-09-27T20:06Z' }],
  ['3:06pm', { hour: 15, meridiem: 'pm', utc: '2021-09-27T15:06Z' }],
  ['3:06 p.m. ET', { hour: 15, zone: 'ET', zoneId: 'America/New_York', utc: '2021-09-27T19:06Z' }],
  ['9:37AM PST: an authorized team member executed a command', { text: '9:37AM PST', hour: 9, meridiem: 'am', zoneId: '-08:00', utc: '2021-09-27T17:37Z' }],
  ['12:26PM PST index subsystem recovered', { hour: 12, utc: '2021-09-27T20:26Z' }],
  ['12:05 AM', { hour: 0, minute: 5, utc: '2021-09-27T00:05Z' }],
  ['3pm', { hour: 15, minute: 0, utc: '2021-09-27T15:00Z' }],
  // a single a or p glued to the clock, as status pages write it
  ['## Investigating 2025-01-04 9:27a', { text: '2025-01-04 9:27a', hour: 9, minute: 27, meridiem: 'am', utc: '2025-01-04T09:27Z' }],
  ['Resolved 2025-01-04 4:00p', { text: '2025-01-04 4:00p', hour: 16, minute: 0, meridiem: 'pm', utc: '2025-01-04T16:00Z' }],
  ['machines were back by 12:15p.', { text: '12:15p', hour: 12, minute: 15, meridiem: 'pm' }],
  ['a 12:05a reboot', { text: '12:05a', hour: 0, minute: 5, meridiem: 'am' }],
  ['4:00P PST update', { text: '4:00P PST', hour: 16, zone: 'PST', utc: '2021-09-28T00:00Z' }],
  // two blanks before the zone (a typo, or text aligned by hand)
  ['the fix was released on Aug 27 13:09  UTC', { text: 'Aug 27 13:09  UTC', zone: 'UTC', utc: '2021-08-27T13:09Z' }],
  ['- 09:40  PDT rollback', { text: '09:40  PDT', zone: 'PDT', utc: '2021-09-27T16:40Z' }],
  ['around 11 a.m. PT', { text: '11 a.m. PT', hour: 11, zoneId: 'America/Los_Angeles', utc: '2021-09-27T18:00Z' }],
  ['[1:04 PM] alice: rolling back', { text: '1:04 PM', hour: 13, utc: '2021-09-27T13:04Z' }],
  ['[10:42 AM] bob: paging the DB on-call', { hour: 10, minute: 42 }],
  ['| 14:32 | Alert fires for elevated 5xx |', { text: '14:32', utc: '2021-09-27T14:32Z' }],
  ['- 14:32 UTC: Alert fires', { zone: 'UTC', utc: '2021-09-27T14:32Z' }],
  ['* **14:51** News reports that the site is down', { text: '14:51' }],
  ['1430Z: incident declared', { text: '1430Z', hour: 14, minute: 30, utc: '2021-09-27T14:30Z' }],
  ['0915 UTC - status page updated', { hour: 9, minute: 15, zone: 'UTC' }],
  ['23:59:60 leap second', { second: 60 }],
  ['24:00 end of day', { hour: 24, utc: '2021-09-28T00:00Z' }],
  ['15:06 (UTC)', { text: '15:06 (UTC)', zone: 'UTC', utc: '2021-09-27T15:06Z' }],
  ['15:06 (Pacific Time)', { zoneId: 'America/Los_Angeles', utc: '2021-09-27T22:06Z' }],
  ['16:04 UTC+5:30', { zone: 'UTC+5:30', zoneId: '+05:30', utc: '2021-09-27T10:34Z' }],
  ['08:00 GMT-7', { zoneId: '-07:00', utc: '2021-09-27T15:00Z' }],
  ['15:06 BST', { zone: 'BST', ambiguous: true }],
  ['14:00 CST', { zone: 'CST', ambiguous: true }],
  ['14:00 IST', { ambiguous: true }],
  // an ambiguous abbreviation a team's noun follows names a department, not the zone; the zone still before other words
  ['14:05 IST team paged', { text: '14:05' }], ['09:10 CST Service Desk called', { text: '09:10' }],
  ['14:05 IST engineers restarted the relay', { text: '14:05' }], ['14:05 IST (team paged)', { text: '14:05 IST', ambiguous: true }],
  ['14:05 IST alerts fired', { text: '14:05 IST', ambiguous: true }], ['14:05 IST: team paged', { text: '14:05 IST', ambiguous: true }],
  ['14:05 UTC team paged', { text: '14:05 UTC', zone: 'UTC' }],
  // a log line's zone before who acted: the on-call, support, members are no department's name
  ['14:05 CST on-call paged', { text: '14:05 CST', ambiguous: true }], ['14:05 IST support escalated', { text: '14:05 IST', ambiguous: true }],
  ['14:00 CEST', { zoneId: '+02:00', utc: '2021-09-27T12:00Z' }],
  ['09:00 JST', { utc: '2021-09-27T00:00Z' }],
  ['09:00 AEST', { utc: '2021-09-26T23:00Z' }],
  ['09:00 NZDT', { zoneId: '+13:00' }],
  ['11:00 SAST', { zoneId: '+02:00' }],
  ['11:00 MSK', { zoneId: '+03:00' }],
  ['11:00 SGT', { zoneId: '+08:00' }],
  ['11:00 HST', { zoneId: '-10:00', utc: '2021-09-27T21:00Z' }],
  ['11:00 AKDT', { zoneId: '-08:00' }],
  ['2:35 PM Pacific Daylight Time', { zoneId: '-07:00', utc: '2021-09-27T21:35Z' }],
  ['2:35 PM Central European Summer Time', { zoneId: '+02:00' }],
  ['10:00 India Standard Time', { zoneId: '+05:30' }],
  ['10:00 PST/PDT', { zone: 'PST/PDT', zoneId: 'America/Los_Angeles', utc: '2021-09-27T17:00Z' }],
  ['10:00 Eastern', { zoneId: 'America/New_York' }],
  // Long and numeric dates
  ['September 27, 2021 3:06 PM PDT', { year: 2021, month: 9, day: 27, hour: 15, utc: '2021-09-27T22:06Z' }],
  ['September 27, 2021, 3:06 PM', { year: 2021, hour: 15, utc: '2021-09-27T15:06Z' }],
  ['27 Sep 2021 15:06 UTC', { day: 27, month: 9, year: 2021, utc: '2021-09-27T15:06Z' }],
  ['Sep 27 15:06', { kind: 'datetime', month: 9, day: 27, hour: 15, utc: '2021-09-27T15:06Z' }],
  ['Sept. 27th, 2021 at 3:06pm ET', { year: 2021, zoneId: 'America/New_York', utc: '2021-09-27T19:06Z' }],
  ['2018 October 21 22:52 UTC', { year: 2018, month: 10, day: 21, utc: '2018-10-21T22:52Z' }],
  ['October 21, 2018 at 22:52 UTC', { year: 2018, utc: '2018-10-21T22:52Z' }],
  ['27th of September 2021', { kind: 'date', year: 2021, month: 9, day: 27 }],
  ['27-Sep-2021 15:06', { year: 2021, utc: '2021-09-27T15:06Z' }],
  ['27/Sep/21 3:06 PM', { year: 2021, day: 27, hour: 15, utc: '2021-09-27T15:06Z' }],
  ['9/27/2021', { kind: 'date', year: 2021, month: 9, day: 27 }],
  ['9/27/21 3:06 PM', { year: 2021, hour: 15 }],
  ['27/09/2021 15:06', { month: 9, day: 27 }],
  ['27.09.2021 15:06', { month: 9, day: 27, year: 2021 }],
  ['07-27-2023 2:14 pm - the PR is approved', { text: '07-27-2023 2:14 pm', kind: 'datetime', year: 2023, month: 7, day: 27, hour: 14 }],
  ['27-07-2023 14:14', { year: 2023, month: 7, day: 27 }],
  ['9-27-2021', { kind: 'date', year: 2021, month: 9, day: 27 }],
  ['9/27 15:06', { month: 9, day: 27, hour: 15, utc: '2021-09-27T15:06Z' }],
  // a slashed month and day after the clock, before a separator or the end; before more words it is a count
  ['15:06 9/27: rollback', { text: '15:06 9/27', kind: 'datetime', month: 9, day: 27, utc: '2021-09-27T15:06Z' }],
  ['15:06 UTC 9/27 - rollback', { text: '15:06 UTC 9/27', kind: 'datetime', month: 9, day: 27, utc: '2021-09-27T15:06Z' }],
  ['| 3:06 PM 9/27 | rollback |', { text: '3:06 PM 9/27', kind: 'datetime', month: 9, day: 27, utc: '2021-09-27T15:06Z' }],
  ['15:06 9/27 of the pods', { text: '15:06', kind: 'time' }],
  // a first number that cannot be a month is the day
  ['27/9 15:06', { month: 9, day: 27, hour: 15, utc: '2021-09-27T15:06Z' }],
  ['13/3 14h05', { month: 3, day: 13, hour: 14, minute: 5 }],
  ['[09-27 15:06] node drained', { text: '09-27 15:06', kind: 'datetime', month: 9, day: 27, hour: 15, minute: 6, utc: '2021-09-27T15:06Z' }],
  ['09-27 at 3:06 PM the pod restarts', { text: '09-27 at 3:06 PM', month: 9, day: 27, hour: 15 }],
  // an approximate time after its date: `~`, `≈`, `approx.`, `ca.`
  ['2021-09-27 ~15:06 node drained', { text: '2021-09-27 ~15:06', kind: 'datetime', utc: '2021-09-27T15:06Z' }],
  ['Sep 27 at ~3:06 PM UTC', { text: 'Sep 27 at ~3:06 PM UTC', kind: 'datetime', utc: '2021-09-27T15:06Z' }],
  ['2021-09-27 approx. 15:06', { text: '2021-09-27 approx. 15:06', kind: 'datetime', utc: '2021-09-27T15:06Z' }],
  ['2021-09-27 ca. 15:06', { text: '2021-09-27 ca. 15:06', kind: 'datetime', utc: '2021-09-27T15:06Z' }],
  ['2021-09-27 ≈ 15:06', { text: '2021-09-27 ≈ 15:06', kind: 'datetime', utc: '2021-09-27T15:06Z' }],
  // a tilde that joins nothing: the date and the time are read apart
  ['2021-09-27 ~ then 15:06', { text: '2021-09-27', kind: 'date' }],
  ['13-27 15:06', { text: '15:06', kind: 'time' }],
  ['Monday, September 27', { kind: 'date', weekday: 1, month: 9, day: 27, utc: '2021-09-27T00:00Z' }],
  ['Tuesday, June 1 2021 at 09:00 UTC', { weekday: 2, year: 2021, utc: '2021-06-01T09:00Z' }],
  ['Fri 15:06 UTC', { kind: 'time', weekday: 5, hour: 15 }],
  ['at 15:06 on Monday', { text: '15:06 on Monday', weekday: 1 }],
  ['15:06 UTC on 2021-09-27', { kind: 'datetime', year: 2021, utc: '2021-09-27T15:06Z' }],
  ['3:06 PM on Monday, September 27', { kind: 'datetime', weekday: 1, utc: '2021-09-27T15:06Z' }],
  ['Jan 3 2022 00:15', { year: 2022, month: 1, day: 3, utc: '2022-01-03T00:15Z' }],
  ['Dec 31 23:59', { month: 12, day: 31, hour: 23 }],
  ['### 2021-09-27', { kind: 'date', year: 2021 }],
  ['### Monday, September 27, 2021', { kind: 'date', weekday: 1, year: 2021 }],
  // Ranges written once
  ['3:06 - 7:27 PM EST', { text: '3:06', hour: 15, meridiem: 'pm', zone: 'EST', utc: '2021-09-27T20:06Z' }],
  ['3:06 - 7:27 PM EST', { nth: 1, hour: 19, utc: '2021-09-28T00:27Z' }],
  ['14:17 → 15:12 MST', { text: '14:17', zone: 'MST', utc: '2021-09-27T21:17Z' }],
  ['14:17 -> 15:12 MST', { text: '14:17', zone: 'MST' }],
  ['11:30–1:00 PM', { hour: 11, meridiem: 'am' }],
  // a bare hour before a dash or a range's word and a clock with AM/PM or `Uhr` starts the range
  ['2-4 PM EST', { text: '2', hour: 14, meridiem: 'pm', zone: 'EST', utc: '2021-09-27T19:00Z' }],
  ['2-4 PM EST', { nth: 1, text: '4 PM EST', hour: 16, utc: '2021-09-27T21:00Z' }],
  ['Duration: 2 hours (2–4 pm)', { text: '2', hour: 14, meridiem: 'pm' }],
  ['between 11 and 1 PM', { text: '11', hour: 11, meridiem: 'am' }],
  ['from 9 to 11:30 a.m. PT', { text: '9', hour: 9, meridiem: 'am', zone: 'PT' }],
  ['Sep 27, 3-4 PM', { text: 'Sep 27, 3', kind: 'datetime', hour: 15, utc: '2021-09-27T15:00Z' }],
  ['Sep 27, 3-4 PM', { nth: 1, text: '4 PM', month: 9, day: 27, hour: 16 }],
  ['Dauer: 2 Stunden (14–16 Uhr)', { text: '14', hour: 14, minute: 0 }],
  ['von 14 bis 16 Uhr MEZ', { text: '14', hour: 14, zone: 'MEZ' }],
  // not after a version's dot, a date's slash or another number
  ['build 1.2-4 PM', { text: '4 PM', hour: 16 }],
  ['ticket 123-4 PM', { text: '4 PM', hour: 16 }],
  // a range written with `~` or `〜`: the start takes AM/PM and the zone from the end; after a zone `~` hedges instead
  ['2:00~2:20 PM PDT', { text: '2:00', hour: 14, meridiem: 'pm', zone: 'PDT', utc: '2021-09-27T21:00Z' }],
  ['2:00 PM 〜 2:20 PM JST', { text: '2:00 PM', zone: 'JST', utc: '2021-09-27T05:00Z' }],
  ['2:00 UTC ~3:05 PM CET', { text: '2:00 UTC', hour: 2, zone: 'UTC' }],
  // A range written with a hyphen and no blanks is two times, not a time at the offset −14:47 or −11:00
  ['14:02-14:47 CET', { text: '14:02', hour: 14, minute: 2, zone: 'CET', utc: '2021-09-27T13:02Z' }],
  ['14:02-14:47 CET', { nth: 1, text: '14:47 CET', hour: 14, minute: 47, zone: 'CET' }],
  ['10:00-11:00 UTC failover loops', { text: '10:00', zone: 'UTC', utc: '2021-09-27T10:00Z' }],
  ['10:00-11:00 UTC failover loops', { nth: 1, text: '11:00 UTC', utc: '2021-09-27T11:00Z' }],
  ['| 2024-03-12 14:02-14:47 | failover loops |', { text: '2024-03-12 14:02', hour: 14, minute: 2, utc: '2024-03-12T14:02Z' }],
  // an offset still: after a `T`, with seconds, without a colon, with a plus or a minus sign
  ['2024-03-12T10:00-05:00 deploy', { zone: '-05:00', utc: '2024-03-12T15:00Z' }],
  ['10:00:00-05:00 deploy', { zone: '-05:00', utc: '2021-09-27T15:00Z' }],
  ['10:00-0500 deploy', { zone: '-0500', utc: '2021-09-27T15:00Z' }],
  ['10:00+05:30 deploy', { zone: '+05:30', utc: '2021-09-27T04:30Z' }],
  ['10:00\u221205:00 deploy', { zone: '\u221205:00', utc: '2021-09-27T15:00Z' }],
  // a minus sign (U+2212) is no range's dash: after a blank it is an offset too
  ['2024-03-12 09:30 \u221205:00 deploy', { zone: '\u221205:00', utc: '2024-03-12T14:30Z' }],
  ['10:00 \u221203:30 deploy', { zone: '\u221203:30', utc: '2021-09-27T13:30Z' }],
  ['Sep 27 15:06 to 19:27 UTC', { nth: 1, month: 9, day: 27, hour: 19, utc: '2021-09-27T19:27Z' }],
  // Unknown and impossible values
  ['??:?? first customer report', { unknown: true, kind: 'time' }],
  ['XX:XX UTC - TBD', { unknown: true, zone: 'UTC' }],
  ['--:-- first report from a customer', { text: '--:--', unknown: true, kind: 'time' }],
  ['| 2019-12-03 --:-- | New deployments surge |', { text: '2019-12-03 --:--', unknown: true, kind: 'datetime', year: 2019, month: 12, day: 3 }],
  ['--:-- CET: deploys queue up', { unknown: true, zone: 'CET' }],
  // day-month-year with dashes (India, much of Europe); month first only when the second number cannot be a month
  ['31-03-2024 14:05 IST incident opened', { text: '31-03-2024 14:05 IST', kind: 'datetime', year: 2024, month: 3, day: 31, hour: 14, minute: 5 }],
  ['12-03-2024 14:05', { year: 2024, month: 3, day: 12, utc: '2024-03-12T14:05Z' }],
  ['03-31-2024 09:00', { year: 2024, month: 3, day: 31 }],
  ['| 05-11-2023 | 09:15 | Orders stuck |', { text: '05-11-2023', kind: 'date', year: 2023, month: 11, day: 5 }],
  ['31-02-2024', { invalid: /February 2024 has 29 days/ }],
  // a weekday that fits only the day-first reading of a numeric date turns it (5 March 2024 is a Tuesday, 3 May a Friday)
  ['Tuesday 05/03/2024 10:00 deploy', { year: 2024, month: 3, day: 5, weekday: 2, utc: '2024-03-05T10:00Z' }],
  ['Friday 05/03/2024 10:00 deploy', { year: 2024, month: 5, day: 3, weekday: 5 }],
  ['Monday 05/03/2024 10:00 deploy', { year: 2024, month: 5, day: 3, weekday: 1 }],
  // a date alone with its year takes the weekday next to it too (14 October 2023 is a Saturday)
  ['On Sunday, 2023-10-14 the site was down', { text: 'Sunday, 2023-10-14', kind: 'date', year: 2023, month: 10, day: 14, weekday: 0 }],
  ['Saturday 2023-10-14', { text: 'Saturday 2023-10-14', kind: 'date', weekday: 6 }],
  ['the release of 2023-10-14, Saturday', { text: '2023-10-14, Saturday', kind: 'date', weekday: 6 }],
  ['Tuesday 05/03/2024 rollout', { text: 'Tuesday 05/03/2024', kind: 'date', month: 3, day: 5, weekday: 2 }],
  ['mardi 2024-03-12', { text: 'mardi 2024-03-12', kind: 'date', weekday: 2 }],
  ['On 2023-10-14 the site was down', { text: '2023-10-14', kind: 'date', year: 2023 }],
  // a clock with an h between hours and minutes (French, Quebec, some European writers)
  ['14h05 : alerte reçue', { text: '14h05', kind: 'time', hour: 14, minute: 5, utc: '2021-09-27T14:05Z' }],
  // words after it that make a duration do not follow a time of day
  ['reprise à 9h30 de la production', { text: '9h30', kind: 'time', hour: 9, minute: 30 }],
  ['vers 9h30 le service revient', { text: '9h30', hour: 9, minute: 30, utc: '2021-09-27T09:30Z' }],
  ['à 14 h 05, redémarrage', { text: '14 h 05', hour: 14, minute: 5 }],
  ['réunion à 18H00 (16H00 GMT)', { text: '18H00', hour: 18, minute: 0 }],
  ['réunion à 18H00 (16H00 GMT)', { nth: 1, text: '16H00 GMT', hour: 16, zone: 'GMT', utc: '2021-09-27T16:00Z' }],
  ['2024-03-12 14h05 UTC', { text: '2024-03-12 14h05 UTC', kind: 'datetime', year: 2024, month: 3, day: 12, hour: 14, minute: 5, utc: '2024-03-12T14:05Z' }],
  ['de 14h05-14h30 le site est lent', { nth: 1, text: '14h30', hour: 14, minute: 30 }],
  ['0h15 bascule', { hour: 0, minute: 15 }],
  ['03/26 23h04 bascule', { text: '03/26 23h04', kind: 'datetime', month: 3, day: 26, hour: 23, minute: 4 }],
  // a month and day before an h clock written with blanks, after a comma or "à"
  // the French weekday before is read with them (Sunday 0, Saturday 6)
  ['Dim. 19/03, 10 h 00 point de situation', { text: 'Dim. 19/03, 10 h 00', kind: 'datetime', month: 3, day: 19, hour: 10, minute: 0, weekday: 0 }],
  ['avant le samedi 18/03 à 23 h 10', { text: 'samedi 18/03 à 23 h 10', kind: 'datetime', month: 3, day: 18, hour: 23, minute: 10, weekday: 6 }],
  // a day and a month name without a year before a clock: the year comes from the document
  ['Le 12 mars à 15h, l’API tombe', { text: '12 mars à 15h', kind: 'datetime', month: 3, day: 12, hour: 15, minute: 0 }],
  ['12 mars 14h05 : alerte', { text: '12 mars 14h05', kind: 'datetime', month: 3, day: 12, hour: 14, minute: 5 }],
  ['le 1er avril à 9h30', { text: '1er avril à 9h30', month: 4, day: 1, hour: 9, minute: 30 }],
  // must not change: a month name glued to a version or inside a word leaves the clock alone
  ['v1.12 mars 14h05', { text: '14h05', kind: 'time' }],
  ['12 marsupials 14:05', { text: '14:05', kind: 'time' }],
  ['am 13. März um 09:00 Uhr', { text: '13. März um 09:00', kind: 'datetime', month: 3, day: 13, hour: 9 }],
  ['el 13 de marzo a las 10:00', { text: '13 de marzo a las 10:00', kind: 'datetime', month: 3, day: 13, hour: 10 }],
  ['jeudi 14 mars à 8h', { text: 'jeudi 14 mars à 8h', weekday: 4, month: 3, day: 14, hour: 8 }],
  ['le 18/03 à 15h, alerte', { text: '18/03 à 15h', kind: 'datetime', month: 3, day: 18, hour: 15, minute: 0 }],
  ['vers 18/03 à 9h', { text: '18/03 à 9h', kind: 'datetime', month: 3, day: 18, hour: 9 }],
  ['le 2024-03-12 à 14h05', { text: '2024-03-12 à 14h05', kind: 'datetime', day: 12, hour: 14, utc: '2024-03-12T14:05Z' }],
  ['am 2024-03-12 um 14:05 Uhr', { text: '2024-03-12 um 14:05', kind: 'datetime', day: 12, hour: 14, utc: '2024-03-12T14:05Z' }],
  // a bare French hour where the context makes it a time of day: after "à", "vers", "dès", "a las", in a range, before a zone, alone
  ['à 14h, point de situation', { text: '14h', kind: 'time', hour: 14, minute: 0, utc: '2021-09-27T14:00Z' }],
  ['vers 16h on relance', { text: '16h', hour: 16, utc: '2021-09-27T16:00Z' }],
  ['dès 8h les erreurs montent', { text: '8h', hour: 8 }],
  ['a 15h, on relance', { text: '15h', hour: 15 }],
  ['de 14h à 16h le site est lent', { text: '14h', hour: 14 }],
  ['de 14h à 16h le site est lent', { nth: 1, text: '16h', hour: 16 }],
  ['entre 14h et 16h30', { text: '14h', hour: 14 }],
  ['16h30-18h dégradation', { nth: 1, text: '18h', hour: 18, minute: 0 }],
  ['15h-16h30 lent', { text: '15h', hour: 15 }],
  // the zone after a range's end is its start's too, in French, German and Spanish
  ['de 16h à 16h30 CET', { text: '16h', hour: 16, zoneId: '+01:00', utc: '2021-09-27T15:00Z' }],
  ['von 16:00 bis 16:30 MESZ', { text: '16:00', zoneId: '+02:00', utc: '2021-09-27T14:00Z' }],
  ['desde las 16:00 hasta las 16:30 CET', { text: '16:00', zoneId: '+01:00', utc: '2021-09-27T15:00Z' }],
  // and after a note on the start in parentheses, with the AM/PM after the end
  ['from ~12:00 (maybe before) to 17:55 CEST', { text: '12:00', hour: 12, utc: '2021-09-27T10:00Z' }],
  ['between 9:10 (first alert) and 11:50 AM PDT', { text: '9:10', hour: 9, utc: '2021-09-27T16:10Z' }],
  // must not change: a note, then another word than a range's
  ['14:00 (deploy) then 15:00 CEST', { text: '14:00', utc: '2021-09-27T14:00Z' }],
  // must not change: two times joined by other words
  ['à 16h puis à 16h30 CET', { text: '16h', hour: 16, utc: '2021-09-27T16:00Z' }],
  ['15h-16h30 lent', { nth: 1, text: '16h30', hour: 16, minute: 30 }],
  ['15h UTC début', { text: '15h UTC', hour: 15, zone: 'UTC', utc: '2021-09-27T15:00Z' }],
  ['réunion à 15 h CET', { text: '15 h CET', zoneId: '+01:00', utc: '2021-09-27T14:00Z' }],
  ['- 15h : début', { text: '15h', hour: 15 }],
  // a bare hour after a slashed day and month at an entry's start, before its separator
  ['- 19/03 14h : début de l\'incident', { text: '19/03 14h', kind: 'datetime', month: 3, day: 19, hour: 14 }],
  ['- 19/03, 9h - alerte', { text: '19/03, 9h', month: 3, day: 19, hour: 9 }],
  // as an entry's time is read alone
  ['14/06 9h', { text: '14/06 9h', kind: 'datetime', month: 6, day: 14, hour: 9 }],
  ['a las 15h', { text: '15h', hour: 15 }],
  // UTC or GMT written before the clock, as some logs and status notes write it
  ['- 2023-01-04 UTC 05:13 - API returns errors', { text: '2023-01-04 UTC 05:13', kind: 'datetime', year: 2023, month: 1, day: 4, hour: 5, minute: 13, zone: 'UTC', utc: '2023-01-04T05:13Z' }],
  ['outages beginning from UTC 05:13.', { text: 'UTC 05:13', kind: 'time', hour: 5, minute: 13, zone: 'UTC', utc: '2021-09-27T05:13Z' }],
  ['*GMT 14:02* checkout fails', { text: 'GMT 14:02', zone: 'GMT', utc: '2021-09-27T14:02Z' }],
  // must not change: a zone written after the clock is its own; the zone of the clock before is not the next one's
  ['UTC 05:13 PST', { text: '05:13 PST', zone: 'PST' }],
  ['14:02 UTC 14:05 - second alert', { nth: 1, text: '14:05', zone: undefined }],
  ['MUTC 05:13', { text: '05:13', zone: undefined }],
  // German hours with Uhr, and the zone after Uhr
  ['um 15 Uhr fiel der Dienst aus', { text: '15 Uhr', kind: 'time', hour: 15, minute: 0, utc: '2021-09-27T15:00Z' }],
  ['um 15.30 Uhr', { text: '15.30 Uhr', hour: 15, minute: 30 }],
  ['gegen 9 Uhr', { text: '9 Uhr', hour: 9 }],
  ['Frist 23:59 Uhr (MESZ)', { text: '23:59 Uhr (MESZ)', zone: 'MESZ', zoneId: '+02:00', utc: '2021-09-27T21:59Z' }],
  ['um 13 Uhr MEZ', { text: '13 Uhr MEZ', zoneId: '+01:00', utc: '2021-09-27T12:00Z' }],
  // Spanish parts of the day and "horas" after "las"
  ['a las 3 de la tarde', { text: '3 de la tarde', hour: 15, minute: 0, utc: '2021-09-27T15:00Z' }],
  ['a las 3:30 de la tarde', { text: '3:30 de la tarde', hour: 15, minute: 30 }],
  ['a las 11 de la noche', { hour: 23 }],
  ['a las 6 de la mañana', { text: '6 de la mañana', hour: 6 }],
  ['a la 1 de la tarde', { hour: 13 }],
  ['a las 15 horas', { text: '15 horas', hour: 15 }],
  // a city's or country's clock after a time
  ['15:06 Paris time', { text: '15:06 Paris time', zone: 'Paris time', zoneId: 'Europe/Paris', utc: '2021-09-27T13:06Z' }],
  ['détection à 21 h 52, heure de Paris', { text: '21 h 52, heure de Paris', zoneId: 'Europe/Paris', utc: '2021-09-27T19:52Z' }],
  ['a las 18:00 hora peninsular', { zoneId: 'Europe/Madrid', utc: '2021-09-27T16:00Z' }],
  ['9:00 Berlin time', { zoneId: 'Europe/Berlin', utc: '2021-09-27T07:00Z' }],
  ['um 9 Uhr deutscher Zeit', { text: '9 Uhr deutscher Zeit', zoneId: 'Europe/Berlin', utc: '2021-09-27T07:00Z' }],
  ['10:00 New York time', { zoneId: 'America/New_York', utc: '2021-09-27T14:00Z' }],
  ['12:00 hora de Ciudad de México', { zoneId: 'America/Mexico_City', utc: '2021-09-27T17:00Z' }],
  ['16:00 London time', { zoneId: 'Europe/London', utc: '2021-09-27T15:00Z' }],
  ['upgraded at 16:37 Denver time', { text: '16:37 Denver time', zone: 'Denver time', zoneId: 'America/Denver', utc: '2021-09-27T22:37Z' }],
  ['09:00 Tokyo time', { zoneId: 'Asia/Tokyo', utc: '2021-09-27T00:00Z' }],
  // a known city alone after a clock names its clock before the entry's separator or the line's end
  ['16:37 Denver - plugins updated', { text: '16:37 Denver', zone: 'Denver', zoneId: 'America/Denver', utc: '2021-09-27T22:37Z' }],
  ['08:15 Chicago: failover', { text: '08:15 Chicago', zoneId: 'America/Chicago', utc: '2021-09-27T13:15Z' }],
  ['restarted at 10:00 (Paris)', { text: '10:00 (Paris)', zoneId: 'Europe/Paris', utc: '2021-09-27T08:00Z' }],
  ['back at 11:30 Seattle', { zoneId: 'America/Los_Angeles', utc: '2021-09-27T18:30Z' }],
  // must not change: a city that starts the text (a site, an office) is no zone
  ['14:05 Paris datacenter lost power', { text: '14:05', utc: '2021-09-27T14:05Z' }],
  ['14:05 Denver office paged', { text: '14:05', utc: '2021-09-27T14:05Z' }],
  ['14:05 Denver-based team paged', { text: '14:05', utc: '2021-09-27T14:05Z' }],
  // German, French and Spanish month names, in a full date with a day and a year
  ['am 12. März 2024 fiel der Dienst aus', { text: '12. März 2024', kind: 'date', year: 2024, month: 3, day: 12, utc: '2024-03-12T00:00Z' }],
  ['Dienstag, 12. März 2024 um 14:05 Uhr', { text: 'Dienstag, 12. März 2024 um 14:05', kind: 'datetime', month: 3, day: 12, weekday: 2, hour: 14, utc: '2024-03-12T14:05Z' }],
  ['März 12, 2024 10:00 UTC', { text: 'März 12, 2024 10:00 UTC', month: 3, day: 12, utc: '2024-03-12T10:00Z' }],
  ['le 12 mars 2024 à 14h05, alerte', { text: '12 mars 2024 à 14h05', kind: 'datetime', month: 3, day: 12, hour: 14, minute: 5, utc: '2024-03-12T14:05Z' }],
  ['1er mars 2024', { text: '1er mars 2024', month: 3, day: 1 }],
  ['le 3 août 2023 vers 9h30', { text: '3 août 2023 vers 9h30', month: 8, day: 3, hour: 9, utc: '2023-08-03T09:30Z' }],
  ['12 décembre 2023', { month: 12, day: 12, year: 2023 }],
  // a year before a colon that ends the label ("January 14, 2026: ..."), not before a clock's minutes
  ['January 14, 2026: User reported the issue', { text: 'January 14, 2026', kind: 'date', month: 1, day: 14, year: 2026 }],
  ['12 March 2024: deploy', { text: '12 March 2024', kind: 'date', month: 3, day: 12, year: 2024 }],
  // a day and a month without a year after the clock and its zone, also German, French or Spanish
  ['23:54 UTC, 26. Sep.: Alarm ausgelöst', { text: '23:54 UTC, 26. Sep.', kind: 'datetime', month: 9, day: 26, hour: 23, utc: '2021-09-26T23:54Z' }],
  ['14h05, 12 mars : alerte', { text: '14h05, 12 mars', kind: 'datetime', month: 3, day: 12, hour: 14 }],
  ['00:10 UTC 27. September: Rollback', { text: '00:10 UTC 27. September', month: 9, day: 27 }],
  // the date after a range's end is the start's too
  ['06:19–14:15 UTC, 27. Sep.: Skripte', { text: '06:19', month: 9, day: 27, hour: 6, utc: '2021-09-27T06:19Z' }],
  // must not change: over midnight the start takes no date from the end
  ['23:40–00:15 UTC, 28. Sep.: Skripte', { text: '23:40', hour: 23, utc: '2021-09-27T23:40Z' }],
  // a clock's minutes or seconds before a month name are no day: the month and the day after it are the clock's date
  ['14:06 Mar 12: rollback', { text: '14:06 Mar 12', kind: 'datetime', month: 3, day: 12, hour: 14, minute: 6, utc: '2022-03-12T14:06Z' }],
  ['14:06:30 Mar 12 - rollback', { text: '14:06:30 Mar 12', kind: 'datetime', month: 3, day: 12, hour: 14, minute: 6, second: 30 }],
  ['14:06 March 13, 2024 - rollback', { text: '14:06 March 13, 2024', kind: 'datetime', year: 2024, month: 3, day: 13, hour: 14, utc: '2024-03-13T14:06Z' }],
  ['the pool emptied at 12:30 May 3 and refilled', { text: '12:30 May 3', kind: 'datetime', month: 5, day: 3, hour: 12, minute: 30 }],
  ['14:06 mars 2024: retour', { text: '14:06', kind: 'time', hour: 14, minute: 6 }],
  // a German, French or Spanish date with its year before a colon, as an English one (`January 14, 2026: ...`)
  ['12 mars 2024: retour arrière', { text: '12 mars 2024', kind: 'date', year: 2024, month: 3, day: 12 }],
  ['14:06 UTC, 12. März 2024: Rollback', { text: '14:06 UTC, 12. März 2024', kind: 'datetime', year: 2024, month: 3, day: 12, hour: 14, utc: '2024-03-12T14:06Z' }],
  // must not change: a month and a year after a clock are no date of it; a date glued to a word's colon is a date
  ['14:06 Mar 2024 budget', { text: '14:06', kind: 'time', hour: 14, minute: 6 }],
  ['Date:12 Mar 2024', { text: '12 Mar 2024', kind: 'date', year: 2024, month: 3, day: 12 }],
  // must not change: a number that is no day, a date before the clock
  ['at 14:05 5 servers failed', { text: '14:05', kind: 'time' }],
  ['26. Sep. 23:54 UTC', { text: '26. Sep. 23:54 UTC', month: 9, day: 26 }],
  ['2:06 PM January 14, 2026: User reported', { text: '2:06 PM January 14, 2026', kind: 'datetime', month: 1, day: 14, year: 2026, hour: 14 }],
  ['el 12 de marzo de 2024 a las 14:05', { text: '12 de marzo de 2024 a las 14:05', month: 3, day: 12, hour: 14, utc: '2024-03-12T14:05Z' }],
  ['5 de mayo del 2024', { text: '5 de mayo del 2024', month: 5, day: 5, year: 2024 }],
  ['12. April 2024', { text: '12. April 2024', month: 4, day: 12, year: 2024 }],
  // a range of days written once is its first day
  ['Störung 26.-27. September 2025', { text: '26.-27. September 2025', kind: 'date', month: 9, day: 26, year: 2025 }],
  ['Outage 26-27 September 2025', { text: '26-27 September 2025', month: 9, day: 26, year: 2025 }],
  ['Outage of the API, September 26-27, 2025', { text: 'September 26-27, 2025', kind: 'date', month: 9, day: 26, year: 2025 }],
  ['Sep 26–27, 2025 14:00 UTC', { text: 'Sep 26–27, 2025 14:00 UTC', kind: 'datetime', month: 9, day: 26, year: 2025, utc: '2025-09-26T14:00Z' }],
  ['Sept. 28th-29th 2025', { text: 'Sept. 28th-29th 2025', month: 9, day: 28, year: 2025 }],
  // must not change: a last day not after the first is no range; a year, a clock after a dash are no last day
  ['Sep 27-26, 2025', { text: 'Sep 27', day: 27, utc: '2021-09-27T00:00Z' }],
  ['Sep 26-2025', { text: 'Sep 26-2025', day: 26, year: 2025 }],
  ['Sep 12-14:05 UTC', { text: 'Sep 12', day: 12, utc: '2021-09-12T00:00Z' }],
  // must not change: a number that is no first day
  ['v2-27 September 2025', { text: '27 September 2025', day: 27 }],
  ['30-27 September 2025', { text: '27 September 2025', day: 27 }],
  ['Release 3 - 27 September 2025', { text: '27 September 2025', day: 27 }],
  ['On Monday 3. February 2020, a planned upgrade', { text: 'Monday 3. February 2020', kind: 'date', month: 2, day: 3, year: 2020, weekday: 1 }],
  ['3 Mai 2023', { month: 5, day: 3, year: 2023 }],
  ['12 MÄRZ 2024', { month: 3, day: 12 }],
  ['31 février 2024', { invalid: /February 2024 has 29 days/ }],
  // their short forms, with or without a period
  ['le 8 janv. 2025 à 9h10', { text: '8 janv. 2025 à 9h10', month: 1, day: 8, year: 2025, hour: 9, utc: '2025-01-08T09:10Z' }],
  ['19 févr. 2025', { text: '19 févr. 2025', month: 2, day: 19, year: 2025 }],
  ['2 fév 2025', { month: 2, day: 2 }],
  ['4 avr. 2025, 17h30', { text: '4 avr. 2025, 17h30', month: 4, day: 4, hour: 17, minute: 30 }],
  ['11 juil. 2025', { month: 7, day: 11 }],
  ['9 sept. 2025', { month: 9, day: 9 }],
  ['1er déc. 2025', { text: '1er déc. 2025', month: 12, day: 1 }],
  ['am 3. Okt. 2023 um 22:15', { text: '3. Okt. 2023 um 22:15', month: 10, day: 3, year: 2023, hour: 22, utc: '2023-10-03T22:15Z' }],
  ['7. Mär. 2024', { text: '7. Mär. 2024', month: 3, day: 7 }],
  ['7. Mrz. 2024', { month: 3, day: 7 }],
  ['24. Dez. 2024', { month: 12, day: 24 }],
  ['5. Jan. 2024', { text: '5. Jan. 2024', month: 1, day: 5 }],
  ['12 ene 2024 10:00', { text: '12 ene 2024 10:00', month: 1, day: 12, hour: 10, utc: '2024-01-12T10:00Z' }],
  ['el 15 de ago. de 2024', { text: '15 de ago. de 2024', month: 8, day: 15, year: 2024 }],
  ['3 dic 2024', { month: 12, day: 3 }],
  ['20 abr 2024', { month: 4, day: 20 }],
  // a weekday before the date, in the language of the date (and English before a German date); a wrong one is kept as written
  ['lundi 11 mars 2024', { text: 'lundi 11 mars 2024', kind: 'date', weekday: 1, month: 3, day: 11, year: 2024 }],
  ['Le mardi 12 mars 2024 à 14h05', { text: 'mardi 12 mars 2024 à 14h05', weekday: 2, hour: 14, utc: '2024-03-12T14:05Z' }],
  ['Mardi, 12 mars 2024', { text: 'Mardi, 12 mars 2024', weekday: 2 }],
  ['sam. 9 mars 2024', { text: 'sam. 9 mars 2024', weekday: 6, day: 9 }],
  ['MERCREDI 13 MARS 2024', { weekday: 3, day: 13 }],
  ['Montag, 11. März 2024', { text: 'Montag, 11. März 2024', weekday: 1, day: 11 }],
  ['Mo., 11. März 2024, 08:30 Uhr', { text: 'Mo., 11. März 2024, 08:30', weekday: 1, hour: 8, minute: 30 }],
  ['Do 14. März 2024', { text: 'Do 14. März 2024', weekday: 4, day: 14 }],
  ['Sonnabend, 16. März 2024', { weekday: 6, day: 16 }],
  ['lunes 11 de marzo de 2024', { text: 'lunes 11 de marzo de 2024', weekday: 1, day: 11 }],
  ['miércoles, 13 de marzo de 2024 a las 09:00', { text: 'miércoles, 13 de marzo de 2024 a las 09:00', weekday: 3, hour: 9 }],
  ['sabado 16 de marzo de 2024', { weekday: 6, day: 16 }],
  ['Tuesday, 12. März 2024', { text: 'Tuesday, 12. März 2024', weekday: 2 }],
  ['lundi 12 mars 2024', { text: 'lundi 12 mars 2024', weekday: 1, day: 12 }],
  // and before a numeric date joined to a clock, as an English one is
  ['Montag, 11.03.2024 14:05', { text: 'Montag, 11.03.2024 14:05', weekday: 1, day: 11, month: 3, hour: 14 }],
  ['vendredi 2024-03-15 à 18h00', { text: 'vendredi 2024-03-15 à 18h00', weekday: 5, day: 15 }],
  // a short weekday before a slashed month and day is day first, as its language writes it; `Mar.` is Tuesday there
  ['Mar. 07/03 14:05', { text: 'Mar. 07/03 14:05', weekday: 2, month: 3, day: 7, hour: 14 }],
  ['Mer. 08/03 15h10', { text: 'Mer. 08/03 15h10', weekday: 3, month: 3, day: 8, hour: 15 }],
  ['Di. 07/03 14:05', { text: 'Di. 07/03 14:05', weekday: 2, month: 3, day: 7 }],
  ['mié 08/03 09:00', { text: 'mié 08/03 09:00', weekday: 3, month: 3, day: 8 }],
  ['Vie. 10/03/2023 09:00', { text: 'Vie. 10/03/2023 09:00', weekday: 5, month: 3, day: 10, year: 2023 }],
  // must not change: an English weekday keeps the US order, a month name before a day is a month
  ['Wed 08/03 15:10', { text: 'Wed 08/03 15:10', weekday: 3, month: 8, day: 3 }],
  ['Mar. 07, 2023 14:05', { text: 'Mar. 07, 2023 14:05', month: 3, day: 7, year: 2023 }],
  ['Mar 7 14:05', { text: 'Mar 7 14:05', month: 3, day: 7 }],
  // not a weekday: a German noun, a lowercase German short name, a word glued to a digit, a weekday before a clock alone
  ['Datum 12. März 2024', { text: '12. März 2024', day: 12 }],
  ['Montage 12. März 2024', { text: '12. März 2024', day: 12 }],
  ['do 12. März 2024', { text: '12. März 2024', day: 12 }],
  ['mon 12 mars 2024', { text: '12 mars 2024', day: 12 }],
  ['v2lundi 12 mars 2024', { text: '12 mars 2024', day: 12 }],
  ['So 14:05 we rolled back', { text: '14:05', kind: 'time' }],
  ['Di 14:05 Rollback', { text: '14:05', kind: 'time' }],
  ['2024-02-30', { invalid: /February 2024 has 29 days/ }],
  ['2023-02-29 10:00', { invalid: /February 2023 has 28 days/ }],
  ['25:10 restart', { invalid: /hour 25/ }],
  ['14:75', { invalid: /minute 75/ }],
  ['20240-4-11', { invalid: /year 20240 has 5 digits/ }],
  ['2024-13-01', { invalid: /month 13/ }],
  ['September 31, 2021', { invalid: /September has 30 days/ }],
  ['13:05 PM', { invalid: /13 PM/ }],
  ['2/30/2021', { invalid: /February 2021 has 28 days/ }],
  // year or month first with a month name, joined by hyphens or slashes, as some logs and tools write them
  ['2024-Mar-12 14:06 deploy started', { text: '2024-Mar-12 14:06', kind: 'datetime', year: 2024, month: 3, day: 12, utc: '2024-03-12T14:06Z' }],
  ['Mar-12-2024 14:07 UTC rollback', { text: 'Mar-12-2024 14:07 UTC', kind: 'datetime', year: 2024, month: 3, day: 12, hour: 14, minute: 7 }],
  ['[2024/Mar/12 14:08:30] ERROR pool exhausted', { text: '2024/Mar/12 14:08:30', year: 2024, month: 3, day: 12, second: 30 }],
  ['2024-SEP-03 09:00', { year: 2024, month: 9, day: 3, utc: '2024-09-03T09:00Z' }],
  ['deployed on 2024-Mar-12', { text: '2024-Mar-12', kind: 'date', year: 2024, month: 3, day: 12 }],
  ['Tue Mar-12-2024 14:07', { weekday: 2, year: 2024, month: 3, day: 12 }],
  ['2024-Feb-30 10:00', { invalid: /February 2024 has 29 days/ }],
  // a clock with a dot right after a date with dots (Nordic, some German), maybe with `kl.`, `klo` or `um` between
  ['12.03.2024 14.20 Feil i betalingstjenesten', { text: '12.03.2024 14.20', kind: 'datetime', year: 2024, month: 3, day: 12, hour: 14, minute: 20, utc: '2024-03-12T14:20Z' }],
  ['12.3.2024 kl. 14.20 CET: feil oppdaget', { text: '12.3.2024 kl. 14.20 CET', kind: 'datetime', day: 12, hour: 14, minute: 20, zone: 'CET', utc: '2024-03-12T13:20Z' }],
  ['12.03.2024 klo 14.20 häiriö alkoi', { text: '12.03.2024 klo 14.20', kind: 'datetime', hour: 14, minute: 20 }],
  ['12.03.2024 um 14.20 begann die Störung', { text: '12.03.2024 um 14.20', kind: 'datetime', hour: 14, minute: 20 }],
  ['12.03.2024 um 14.20 Uhr Alarm', { text: '12.03.2024 um 14.20 Uhr', kind: 'datetime', hour: 14, minute: 20 }],
  ['12.03.2024 kl. 14:20 feil', { text: '12.03.2024 kl. 14:20', kind: 'datetime', hour: 14, minute: 20 }],
  ['12.03.2024 9.05.30 start', { text: '12.03.2024 9.05.30', hour: 9, minute: 5, second: 30 }],
  // a two-digit year after dots, before a clock (German write `12.03.24 14:02`); alone it is no date
  ['12.03.24 14:02 Alarm ausgelöst', { text: '12.03.24 14:02', kind: 'datetime', year: 2024, month: 3, day: 12, hour: 14, minute: 2, utc: '2024-03-12T14:02Z' }],
  ['12.03.24 um 14:02 Uhr', { text: '12.03.24 um 14:02', kind: 'datetime', year: 2024, month: 3, day: 12, hour: 14, minute: 2 }],
  ['12.3.24 14.20 CET: Störung', { text: '12.3.24 14.20 CET', kind: 'datetime', year: 2024, month: 3, day: 12, hour: 14, minute: 20, zone: 'CET' }],
  // a month and day with `@` before the clock, as chat and tickets write it
  ['v1.2.24 14:02 deployed', { text: '14:02', kind: 'time' }],
  ['Tues 3/12 @ 2:04pm PT', { text: 'Tues 3/12 @ 2:04pm PT', kind: 'datetime', month: 3, day: 12, hour: 14, minute: 4 }],
  // not a clock: a number, a version, a price, a percentage, a clock that does not exist, a dotted time alone
  ['12.03.2024 1.5 GB lost', { text: '12.03.2024', kind: 'date' }],
  ['12.03.2024 v14.20 deployed', { text: '12.03.2024', kind: 'date' }],
  ['12.03.2024 14.205 requests', { text: '12.03.2024', kind: 'date' }],
  ['12.03.2024 14.20% errors', { text: '12.03.2024', kind: 'date' }],
  ['12.03.2024 14.20 % errors', { text: '12.03.2024', kind: 'date' }],
  ['12.03.2024 14.20,50 kr', { text: '12.03.2024', kind: 'date' }],
  ['12.03.2024 14.20.1.3 build', { text: '12.03.2024', kind: 'date' }],
  ['12.03.2024 24.30 x', { text: '12.03.2024', kind: 'date' }],
  ['2024-03-12 14.20 x', { text: '2024-03-12', kind: 'date' }],
];

/** Lines that hold no time expression. */
const noTimes = [
  'Upgraded to version 1.2.3 and 10.0.4', 'Stand 12.03.24', 'release 1.2.24 shipped', 'About 45% - 55% of clients had their websites down.', 'It took 4 hours to restore.',
  'A 3:1 ratio of reads to writes', 'Listening on localhost:8080', 'MAC 00:1a:2b:3c:4d:5e and 00:11:22:33:44:55', 'IPv6 fe80::1:20',
  'The outage lasted 4:21', 'Duration: 4:21', 'Error rate 99.95%', 'Ticket INC-2021-0927', 'build 2021.09.27', 'Phase 2 of 3',
  'sha 3f2a9c1', 'we may 5 times retry', '2019-2021 trend', 'v2021-09-27', 'timecode 01:02:03:04', 'lap 1:23.45', 'sha 10:45ab', 'MAC 0a:12:34:56:78:9a',
  '10-12', 'We saw 10-12 retries per second', 'ticket 12-34-5678', 'part 1-2-3000', 'rows 03-26 and 04-01', 'release 09-27', 'call 555-12-20245', 'v1-2-2024-3',
  // a month and day then a bare hour that is a duration, in English prose
  '9/27 2h window agreed', '- 9/27 2h window',
  // h clocks that are durations or names, and bare hours (`24h` is a duration far more often than midnight)
  'over the last 24h', 'retention 48h', 'a 2h window', 'h264 stream', 'sha256h12', 'x1h30', 'pool-0h28 node',
  'the fix took 1h30', 'Duration: 1h30', 'for 1h30 the queue grew', 'pendant 2h15', 'en 1h30 environ', '+1h30 after deploy', 'a 1h30m outage',
  'it was down 4 h 33 min', 'down 1h30 min', 'after 2h30 of downtime', 'recovered 1h30 later', 'started 2h30 ago', 'a 1h30 long outage', 'hour 25h10', 'minute 14h75', '114h05', '14h059', 'v14h05b',
  // bare hours that are durations, and hours with a word that are not times
  'pendant 2h', '2h de panne', 'service 24h/24', 'en 3h', '2h plus tard', 'il y a 2h', 'à 2h de route', 'plus de 2h', '48h',
  'over the last 2h UTC', 'il a fallu 3h', 'x 12h/24', 'durante 15 horas', 'down 4 h 33 min', 'v2 Uhr', '25 horas', 'h 5 Uhrwerk', 'ratio 3/4 at 10', '3/4 10 h', 'Marge de 10 h 50 sur l’échéance', 'lot 3/4 à 10 h de route', 'page 3/4 à 15hz', 'un retard de 2h30', 'au bout de 1h30', 'soit 2h15 au total', 'un délai de 4h',
  // non-English month names without a day and a year, inside a word, or month first outside German
  'the Mars 2020 rover', 'Mars 12 rovers', '12 marsupials 2024', 'pour 12 mars', 'en mars 2024', 'im Mai', 'Mai 2024', 'mayo 12', 'mars 12, 2024',
  'x12 mars 2024', 'the 5 mai', 'pour 12 mars', '12 mars pour 14 h', '5 mais 14h', 'ticket 12 mai 20245',
  // short forms, weekdays and "sept" (seven) without a day and a year
  'sept 2024', 'les sept 2024', 'il reste sept serveurs', '12 sept', 'janv. 2024', '3. Okt.', 'el 12 ene', '12 marsupials 2024', 'version 12 jun2024',
  'lundi 12 mars', 'Montag', 'Mo', 'Di', 'Do', 'mayo', 'Mai', 'mars', 'Mardi 14h', '12 agosto',
  // a month name joined to a day without a year, in a word or a version, or with two different joins
  'Mar-12', 'due Mar-12 maybe', 'May-2024-report', 'v2024-Mar-12', 'build-2024-Mar-12', '2024-Mar-12-rc1', 'release 2024-Mar/12', 'Mar-12-20245', 'Dismay-12-2024',
  // a clock with a dot without a dotted date before it
  'ratio 3/12: bad', 'pods 3/12 - up', 'done 1/2',
  'price 14.20', 'kl. 14.20', 'version 12.3 14.20', '3.2024 14.20',
  '|---|:--:|--:|', '| :--- | ---: |', 'a ---:--- rule', 'x ---:-- y', 'x --:--- y', 'flag --:--verbose',
];

function check(line: string, e: Expect): void {
  const matches = findTimes(line);
  const m = matches[e.nth ?? 0];
  assert.ok(m, `no match #${e.nth ?? 0} in ${JSON.stringify(line)}`);
  assert.strictEqual(line.slice(m.start, m.end), m.text);
  const fields = ['text', 'kind', 'year', 'month', 'day', 'weekday', 'hour', 'minute', 'second', 'meridiem', 'unknown'] as const;
  for (const f of fields) if (e[f] !== undefined) assert.strictEqual(m[f], e[f], `${f} of ${JSON.stringify(line)}`);
  if ('zone' in e) assert.strictEqual(m.zone?.text, e.zone);
  if (e.zoneId !== undefined) assert.strictEqual(m.zone?.zone?.zone, e.zoneId);
  if (e.ambiguous !== undefined) assert.strictEqual(m.zone?.ambiguous, e.ambiguous);
  if (e.invalid) assert.match(m.invalid ?? '', e.invalid);
  else assert.strictEqual(m.invalid, undefined, `unexpected invalid: ${m.invalid}`);
  if (e.utc !== undefined) {
    const r = resolveTime(m, ctx);
    assert.ok(r.instant !== undefined, `unresolved: ${r.unresolved?.message}`);
    assert.strictEqual(formatInstant(r.instant, 'UTC', 'iso-utc'), e.utc);
  }
}

describe('time expressions', () => {
  it('the table has at least 80 rows', () => assert.ok(rows.length >= 80, String(rows.length)));
  for (const [line, e] of rows) {
    it(`reads ${JSON.stringify(line)}${e.nth ? ` (#${e.nth})` : ''}`, () => check(line, e));
  }
  for (const line of noTimes) {
    it(`finds no time in ${JSON.stringify(line)}`, () => assert.deepStrictEqual(findTimes(line).map((m) => m.text), []));
  }
});

/** A month and day alone, as a date heading or a date column writes it: [text, month, day, weekday] (undefined: no date). */
const alone: [string, number | undefined, number | undefined, number | undefined][] = [
  ['3/12', 3, 12, undefined], ['13/3', 3, 13, undefined], ['24/31', undefined, undefined, undefined], ['1/2 of the fleet', undefined, undefined, undefined],
  // a weekday first, English or French, German or Spanish
  ['Tue 3/12', 3, 12, 2], ['Tuesday 3/12', 3, 12, 2], ['Tue, 3/12', 3, 12, 2], ['Tue. 3/12', 3, 12, 2], ['Tue 13/3', 3, 13, 2],
  // day first after a French, German or Spanish weekday, as those languages write dates
  ['Mardi 12/3', 3, 12, 2], ['Lundi 09/06', 6, 9, 1], ['Mo., 09/06', 6, 9, 1], ['lunes 9/6', 6, 9, 1], ['Mardi 3/13', 3, 13, 2],
  // a day and a French, German or Spanish month name (short forms too)
  ['12 mars', 3, 12, undefined], ['12. März', 3, 12, undefined], ['1er mars', 3, 1, undefined], ['12 de marzo', 3, 12, undefined], ['3. Okt.', 10, 3, undefined],
  ['12 janv.', 1, 12, undefined], ['12 sept', 9, 12, undefined], [' 12 mars ', 3, 12, undefined],
  ['Mardi 13 mars', 3, 13, 2], ['mardi, 13 mars', 3, 13, 2], ['Mi., 13. März', 3, 13, 3], ['Mittwoch, 13. März', 3, 13, 3], ['miércoles 13 de marzo', 3, 13, 3],
  // not a date alone: a word, a month without a day, a weekday that is none (lowercase English, a German noun), text after it
  ['mars', undefined, undefined, undefined], ['Mai', undefined, undefined, undefined], ['mayo', undefined, undefined, undefined], ['sept', undefined, undefined, undefined],
  ['pour 12 mars', undefined, undefined, undefined], ['Datum 12. März', undefined, undefined, undefined], ['tue 3/12', undefined, undefined, undefined],
  ['12 mars 2024', undefined, undefined, undefined], ['12 marsupials', undefined, undefined, undefined], ['Mardi', undefined, undefined, undefined],
  ['Tue  3/12 deploy', undefined, undefined, undefined], ['Mo', undefined, undefined, undefined], ['12 mars: retour', undefined, undefined, undefined],
];

/** The same in a heading, where a title may follow a day and a month name after a dash or a colon: [text, date text or undefined]. */
const titled: [string, string | undefined][] = [
  ['12 mars — Jour 1', '12 mars'], ['Lundi 13 avril - Analyse', 'Lundi 13 avril'], ['14. März: Analyse', '14. März'], ['3 de mayo | día 2', '3 de mayo'], ['12 mars', '12 mars'],
  ['12 mars retour', '12 mars'], ['13 de marzo seguimiento', '13 de marzo'], ['Vendredi 06/06 — Kick-off', 'Vendredi 06/06'], ['Di., 19/03: Analyse', 'Di., 19/03'],
  ['12 mars —', undefined], ['3/12 — deploy', undefined], ['pour 12 mars — x', undefined], ['12 marsupials — x', undefined], ['12 mars 2024', undefined],
  ['12 mars 2 équipes', undefined], ['3 May issues', undefined], ['12 Mar deploy', undefined], ['Tue 3/12 deploy', undefined],
];

describe('a month and day alone', () => {
  for (const [text, date] of titled) {
    it(`reads ${JSON.stringify(text)} as a heading`, () => {
      const c = monthDayAlone(text, false, true);
      assert.strictEqual(c && text.slice(c.start, c.end), date);
      if (date === undefined) assert.strictEqual(monthDayAlone(text), undefined);
    });
  }
  it('reads no title outside a heading', () => assert.strictEqual(monthDayAlone('12 mars — Jour 1'), undefined));
  for (const [text, month, day, weekday] of alone) {
    it(`reads ${JSON.stringify(text)}`, () => {
      const c = monthDayAlone(text);
      assert.deepStrictEqual(c && [c.month, c.day, c.weekday], month === undefined ? undefined : [month, day, weekday]);
      if (c) assert.strictEqual(text.slice(c.start, c.end), text.trim());
    });
  }
});
