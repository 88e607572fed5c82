import * as assert from 'assert';
import { startEndMissing } from '../../../src/core/rules/pm003-start-end-missing';
import { endBeforeStart } from '../../../src/core/rules/pm004-end-before-start';
import { timelineOrder } from '../../../src/core/rules/pm005-timeline-order';
import { zoneAbbreviationMismatch } from '../../../src/core/rules/pm006-zone-abbreviation-mismatch';
import { timelineWithoutZone } from '../../../src/core/rules/pm008-timeline-without-zone';
import { detectionBeforeStart } from '../../../src/core/rules/pm013-detection-before-start';
import { titleDateMismatch } from '../../../src/core/rules/pm019-title-date-mismatch';
import type { AnalysisRule } from '../../../src/core/rules/types';
import { applyEdits } from './run-rule';
import { doc, runTimeRule } from './run-time-rule';

const dated = (...entries: string[]) => doc('# X', '', '**Date:** 2024-05-14', '', '## Timeline', '', 'All times UTC.', '', ...entries);

// A hedged clock is read as approximate; the messages that quote it show it as its writer wrote it, hedge and all.
describe('rules: messages quote a hedged time with its hedge', () => {
  // PM005 on "- <time> - errors start" after "- 14:20 - paged": the time as quoted, where it is read, the gap and how
  // far the hedge allows it to be off
  const forms: [string, string, string, string, number][] = [
    ['~14:05', '~14:05', '2024-05-14T14:05Z', '15 min', 5],
    ['≈14:05', '≈14:05', '2024-05-14T14:05Z', '15 min', 5],
    ['≈ 14:05', '≈ 14:05', '2024-05-14T14:05Z', '15 min', 5],
    ['around 14:05', 'around 14:05', '2024-05-14T14:05Z', '15 min', 5],
    ['about 14:05', 'about 14:05', '2024-05-14T14:05Z', '15 min', 5],
    ['About 14:05', 'About 14:05', '2024-05-14T14:05Z', '15 min', 5],
    ['approx. 14:05', 'approx. 14:05', '2024-05-14T14:05Z', '15 min', 5],
    ['approx 14:05', 'approx 14:05', '2024-05-14T14:05Z', '15 min', 5],
    ['approximately 14:05', 'approximately 14:05', '2024-05-14T14:05Z', '15 min', 5],
    ['circa 14:05', 'circa 14:05', '2024-05-14T14:05Z', '15 min', 5],
    ['ca. 14:05', 'ca. 14:05', '2024-05-14T14:05Z', '15 min', 5],
    ['14:05-ish', '14:05-ish', '2024-05-14T14:05Z', '15 min', 5],
    ['14:05ish', '14:05ish', '2024-05-14T14:05Z', '15 min', 5],
    ['about 2:05 PM', 'about 2:05 PM', '2024-05-14T14:05Z', '15 min', 5],
    ['~14:05 UTC', '~14:05 UTC', '2024-05-14T14:05Z', '15 min', 5],
    // the time is quoted without the markup around it
    ['**~14:05**', '~14:05', '2024-05-14T14:05Z', '15 min', 5],
    ['**14:05-ish**', '14:05-ish', '2024-05-14T14:05Z', '15 min', 5],
    ['approx. 2024-05-14 14:05', 'approx. 2024-05-14 14:05', '2024-05-14T14:05Z', '15 min', 5],
    // the hedge between the date and the clock is part of the time's own text
    ['2024-05-14 approx. 14:05', '2024-05-14 approx. 14:05', '2024-05-14T14:05Z', '15 min', 5],
    ['2024-05-14 ~14:05', '2024-05-14 ~14:05', '2024-05-14T14:05Z', '15 min', 5],
    // a bare hour may be off by 15 minutes
    ['around 2 PM', 'around 2 PM', '2024-05-14T14:00Z', '20 min', 15],
  ];
  for (const [written, quoted, at, gap, allowance] of forms) {
    it(`PM005 quotes "${written}" as "${quoted}"`, () => {
      const [p, ...more] = runTimeRule(timelineOrder, dated('- 14:20 - paged', `- ${written} - errors start`));
      assert.strictEqual(more.length, 0);
      assert.strictEqual(p.message, `This entry "${quoted}" (${at}) is about ${gap} earlier than the entry before it "14:20" (2024-05-14T14:20Z) (line 9), `
        + `more than the hedged time can be off (${allowance} min): keep the timeline in chronological order, or check the time, date and zone.`);
    });
  }

  it('PM005 quotes both entries with their hedges', () => {
    const [p] = runTimeRule(timelineOrder, dated('- 14:20-ish - paged', '- approx. 14:05 - errors start'));
    assert.strictEqual(p.message, 'This entry "approx. 14:05" (2024-05-14T14:05Z) is about 15 min earlier than the entry before it "14:20-ish" (2024-05-14T14:20Z) (line 9), '
      + 'more than the hedged times can be off (10 min): keep the timeline in chronological order, or check the time, date and zone.');
  });

  // the other rules that quote a time, each with a hedge before or after the clock
  const cases: [string, AnalysisRule, string, string[]][] = [
    ['PM004: a start written "approx."', endBeforeStart, doc('# X', '- Date: 2024-03-12', '- Start: approx. 09:49 UTC', '- End: 09:30 UTC'),
      ['The end "09:30 UTC" (2024-03-12T09:30Z) is about 19 min before the start "approx. 09:49 UTC" (2024-03-12T09:49Z), more than the hedged time can be off (5 min): the end must come after the start. Check the date, AM/PM and zone of both.']],
    ['PM004: an end written "-ish"', endBeforeStart, doc('# X', '- Date: 2024-03-12', '- Start: 09:49 UTC', '- End: 09:30-ish'),
      ['The end "09:30-ish" (2024-03-12T09:30Z) is about 19 min before the start "09:49 UTC" (2024-03-12T09:49Z), more than the hedged time can be off (5 min): the end must come after the start. Check the date, AM/PM and zone of both.']],
    ['PM013: a detection written "~"', detectionBeforeStart, doc('# X', '- Date: 2024-03-12', '- Start: 09:49 UTC', '- Detected: ~09:30 UTC'),
      ['Detection "~09:30 UTC" (2024-03-12T09:30Z) is about 19 min before the outage start "09:49 UTC" (2024-03-12T09:49Z), more than the hedged time can be off (5 min): detection comes at or after the start. If an early alert fired, the outage began earlier: move the start.']],
    ['PM013: a start written "circa"', detectionBeforeStart, doc('# X', '- Date: 2024-03-12', '- Start: circa 09:49 UTC', '- Detected: 09:30 UTC'),
      ['Detection "09:30 UTC" (2024-03-12T09:30Z) is about 19 min before the outage start "circa 09:49 UTC" (2024-03-12T09:49Z), more than the hedged time can be off (5 min): detection comes at or after the start. If an early alert fired, the outage began earlier: move the start.']],
    // a time that cannot be placed is quoted as written too, and the date it asks for goes before the hedge
    ['PM003: a start with no date, written "around"', startEndMissing, doc('# X', '## Timeline', '- around 14:02 UTC - Outage begins', '- 14:49 UTC - Resolved'),
      ['The outage start "around 14:02 UTC" has no date and the document gives none: write the date (e.g. "2024-03-12 around 14:02 UTC").',
        'The outage end "14:49 UTC" has no date and the document gives none: write the date (e.g. "2024-03-12 14:49 UTC").']],
    ['PM003: an end with no date, written "≈"', startEndMissing, doc('# X', '- Start: 14:02 UTC', '- End: ≈14:49 UTC'),
      ['The outage start "14:02 UTC" has no date and the document gives none: write the date (e.g. "2024-03-12 14:02 UTC").',
        'The outage end "≈14:49 UTC" has no date and the document gives none: write the date (e.g. "2024-03-12 ≈14:49 UTC").']],
    ['PM008: the first entry written "about"', timelineWithoutZone, doc('# X', '', '**Date:** 2024-02-02', '', '## Timeline', '', '- about 08:10 - Proxy restarted', '- 08:35 - Fixed'),
      ['The timeline\'s times have no zone and the document declares none, so "about 08:10" is read as UTC: declare the zone (a line such as "All times UTC", or front matter "timezone: America/New_York"), or write it next to each time.']],
    ['PM019: a start written "approximately"', titleDateMismatch, doc('# 2024-03-21: Checkout requests failing', '- **Date:** 2024-03-12', '- **Start:** approximately 14:02 UTC', '- **End:** 15:10 UTC'),
      ['The title\'s date "2024-03-21" is not a day of the outage, which started "approximately 14:02 UTC" (2024-03-12T14:02Z): correct the title or the times.']],
    // no hedge: quoted as before
    ['PM004: exact times', endBeforeStart, doc('# X', '- Date: 2024-03-12', '- Start: 09:49 UTC', '- End: 09:30 UTC'),
      ['The end "09:30 UTC" (2024-03-12T09:30Z) is 19 min before the start "09:49 UTC" (2024-03-12T09:49Z): the end must come after the start. Check the date, AM/PM and zone of both.']],
    // a hedge word elsewhere in the sentence is no hedge of the clock
    ['PM013: "about" after the clock is no hedge', detectionBeforeStart, doc('# X', '- Date: 2024-03-12', '- Start: 09:49 UTC', '- Detected: 09:30 UTC, about when the queue filled'),
      ['Detection "09:30 UTC" (2024-03-12T09:30Z) is 19 min before the outage start "09:49 UTC" (2024-03-12T09:49Z): detection comes at or after the start. If an early alert fired, the outage began earlier: move the start.']],
  ];
  for (const [title, rule, text, expected] of cases) it(title, () => assert.deepStrictEqual(runTimeRule(rule, text).map((p) => p.message), expected));

  // the fixes replace what they replaced before: the clock (or zone) alone, never the hedge
  it('PM005 sorts a hedged entry with its hedge, its line moved whole', () => {
    const text = dated('- 14:02 - deploy', '- 14:20 - paged', '- approx. 14:05 - errors start', '- 14:30 - rollback');
    const [p] = runTimeRule(timelineOrder, text);
    assert.strictEqual(p.fixes![0].title, 'Sort the timeline');
    assert.strictEqual(applyEdits(text, p.fixes![0].edits), dated('- 14:02 - deploy', '- approx. 14:05 - errors start', '- 14:20 - paged', '- 14:30 - rollback'));
  });

  it('PM006 replaces only the zone of a hedged time', () => {
    const text = doc('# X', '- Start: about 3:06 PM EST on 2021-09-27');
    const [p] = runTimeRule(zoneAbbreviationMismatch, text);
    assert.deepStrictEqual(p.fixes![0].edits, [{ range: { start: { line: 2, column: 24 }, end: { line: 2, column: 27 } }, replacement: 'EDT' }]);
  });

  it('PM003 on a hedged clock keeps the range of the clock alone', () => {
    const [p] = runTimeRule(startEndMissing, doc('# X', '- Start: 14:02 UTC', '- End: ≈14:49 UTC'));
    assert.deepStrictEqual(p.range, { start: { line: 2, column: 10 }, end: { line: 2, column: 19 } });
  });
});
