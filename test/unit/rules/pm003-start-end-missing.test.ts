import * as assert from 'assert';
import { startEndMissing as rule } from '../../../src/core/rules/pm003-start-end-missing';
import { analyze } from '../../../src/core/analysis/analyze';
import { obviousFixOf } from '../../../src/core/check/fixes';
import { applyEdits } from './run-rule';
import { doc, flagged, NOW, runTimeRule } from './run-time-rule';

describe('rules: PM003 start-end-missing', () => {
  const cases: [string, string, string[]][] = [
    ['start and end as labelled fields', doc('# X', '- **Start:** 2024-03-12 14:02 UTC', '- **End:** 2024-03-12 14:49 UTC'), []],
    ['start and end in front matter', doc('---', 'start: 2024-11-04T22:40:00Z', 'end: 2024-11-05T02:15:00Z', '---', '# X'), []],
    ['the seed: bold labels inside bullets', doc('# Postmortem', '• Outage **start** time: Monday, September 27 at 3:06 PM Eastern Standard Time.', '• Outage **end** time: Monday, September 27 at 7:27 PM Eastern Standard Time.'), []],
    ['timeline markers (Google SRE style)', doc('# X', '## Timeline', '2015-10-21 (all times UTC)', '', '| Time | Event |', '|---|---|', '| 14:53 | OUTAGE BEGINS |', '| 15:59 | OUTAGE ENDS |'), []],
    ['"Resolved" stands for the end', doc('# X', '## Timeline', '- 2024-03-12 14:02 UTC - Outage begins', '- 2024-03-12 14:49 UTC - Resolved'), []],
    ['nothing at all', doc('# Outage on the billing page', '', 'We will write this up later.'), ['1:Outage on the billing page']],
    ['a timeline with no markers', doc('# X', '## Timeline', 'All times UTC.', '- 2024-03-12 22:40 - Replication lag alert fires'), ['1:X']],
    ['an end but no start', doc('# X', '- End: 2024-03-12 14:49 UTC'), ['1:X']],
    ['labelled times read their own line, not the notes nested under them', doc('# X', '- **Start**: 2024-03-12 14:02 UTC', '  - first alert', '- **End**: 2024-03-12 14:49 UTC', '  - 2024-03-12 16:00 UTC: status page closed'), []],
    ['a line holding only a time under an empty start label is the start', doc('# X', '- **Start**:', '  - 2024-03-12 14:02 UTC', '- End: 2024-03-12 14:49 UTC'), []],
    ['a note with a time nested under an empty start label is not the start', doc('# X', '- **Start**:', '  - first alerts at 2024-03-12 14:02 UTC', '- End: 2024-03-12 14:49 UTC'), ['1:X']],
    ['a start that is not a time', doc('# X', '- Start: sometime in the afternoon', '- End: 2024-03-12 14:49 UTC'), ['2:sometime in the afternoon']],
    ['a start not known yet', doc('# X', '- Start: 2024-03-12 ??:??', '- End: 2024-03-12 14:49 UTC'), ['2:2024-03-12 ??:??']],
    ['a marked entry not known yet', doc('# X', '## Timeline', '- ??:?? - Outage begins', '- 2024-03-12 14:49 UTC - Resolved'), ['3:??:??']],
    ['a start with no date anywhere', doc('# X', '## Timeline', '- 14:02 UTC - Outage begins', '- 14:49 UTC - Resolved'), ['3:14:02 UTC', '4:14:49 UTC']],
    // offsets from a zero point: a marked entry is the start or the end with no clock time for the zero point
    ['offsets marked INCIDENT START and INCIDENT END, no zero point', doc('# X', '## Timeline', '**T+0:26** - **INCIDENT START:** SSH times out', '**T+9:00** - **INCIDENT END:** rebuilt'), []],
    ['offsets from T+0, the start, to a marked end', doc('# X', '## Timeline', '- T+0: Primary killed', '- T+1h20m: Recovered'), []],
    ['a start dated by the summary', doc('# X', '## Summary', 'Checkout failed on 2024-03-12.', '## Timeline', '- 14:02 UTC - Outage begins', '- 14:49 UTC - Resolved'), []],
    ['an impossible start is left to PM014', doc('# X', '- Start: 2024-02-30 14:02 UTC', '- End: 2024-03-01 14:49 UTC'), []],
    ['an ambiguous start is left to PM007', doc('# X', '- Start: 2024-01-09 10:05 AM CST', '- End: 2024-01-09 10:45 AM CST'), []],
    // the start read from a symptom ("seeing 500s") with no date anywhere: reported on its time, as a marked start is
    ['a symptom with no date anywhere', doc('# X', '## Timeline', '- 14:04 UTC - Seeing 500s on checkout', '- 14:49 UTC - Resolved'), ['3:14:04 UTC', '4:14:49 UTC']],
    ['a chat paste with no date, its first message a symptom', doc('# X', '## Timeline', 'All times UTC.', '', 'Alice Chen  2:04 PM', 'Checkout is down', '', 'Bob Li  2:30 PM', 'Errors stopped. Resolved.'), ['5:2:04 PM', '8:2:30 PM']],
    ['a symptom in French with no date', doc('# X', '## Chronologie', '- 14h04 : on voit des 500 sur le paiement', '- 14h49 : Service rétabli'), ['3:14h04', '4:14h49']],
    ['a timeline newest first with no date, a symptom at its bottom', doc('# X', '## Timeline (newest first)', '- 14:49 UTC - Resolved', '- 14:04 UTC - error rate climbing'), ['4:14:04 UTC', '3:14:49 UTC']],
    // not a start: an entry marked before the symptom (an alert), or a symptom denied
    ['a symptom after an alert, no date', doc('# X', '## Timeline', '- 14:02 UTC - Alert fired', '- 14:04 UTC - Seeing 500s on checkout', '- 14:49 UTC - Resolved'), ['5:14:49 UTC', '1:X']],
    ['no symptom, no date', doc('# X', '## Timeline', '- 14:04 UTC - no longer seeing 500s', '- 14:49 UTC - Resolved'), ['4:14:49 UTC', '1:X']],
    // dated, the symptom is the start and nothing is missing
    ['a symptom with a date', doc('# X', '## Timeline', '- 2024-03-12 14:04 UTC - Seeing 500s on checkout', '- 2024-03-12 14:49 UTC - Resolved'), []],
  ];
  for (const [title, text, expected] of cases) it(title, () => assert.deepStrictEqual(flagged(rule, text), expected));

  it('offers to mark one of the first entries as the start and one of the last as the end, none preferred', () => {
    const text = doc('# X', '## Timeline', 'All times UTC.', '', '- 2024-03-12 14:05 - Deploy of api v2.3 starts', '- 2024-03-12 14:12 - Error rate at 30%, on-call paged',
      '- 2024-03-12 14:40 - Config pushed again', '- 2024-03-12 15:10 - Errors at zero', '- 2024-03-12 ??:?? - Customer emails answered');
    const [p] = runTimeRule(rule, text);
    assert.deepStrictEqual(p.fixes?.map((f) => [f.title, f.preferred]), [
      ['Mark "2024-03-12 14:05 Deploy of api v2.3 starts" as the outage start', false],
      ['Mark "2024-03-12 14:12 Error rate at 30%, on-call paged" as the outage start', false],
      ['Mark "2024-03-12 14:40 Config pushed again" as the outage start', false],
      ['Mark "2024-03-12 15:10 Errors at zero" as the outage end', false],
      ['Mark "2024-03-12 14:40 Config pushed again" as the outage end', false],
      ['Mark "2024-03-12 14:12 Error rate at 30%, on-call paged" as the outage end', false],
    ]);
    // each fix makes that entry the milestone: the start and end then give the duration
    const fixed = applyEdits(applyEdits(text, p.fixes![1].edits), p.fixes![3].edits);
    assert.match(fixed, /- 2024-03-12 14:12 - Error rate at 30%, on-call paged \(outage begins\)\n/);
    assert.deepStrictEqual(flagged(rule, fixed), []);
    assert.strictEqual(analyze(fixed, { now: NOW }).metrics.durationMinutes, 58);
  });

  it('quotes a hedged entry time as written in a mark\'s title', () => {
    const [p] = runTimeRule(rule, doc('# X', '## Timeline', 'All times UTC.', '', '- 2024-03-12 ~14:05 - Deploy starts', '- 2024-03-12 15:10-ish - Errors at zero'));
    assert.deepStrictEqual(p.fixes?.map((f) => f.title).slice(0, 2), ['Mark "2024-03-12 ~14:05 Deploy starts" as the outage start', 'Mark "2024-03-12 15:10-ish Errors at zero" as the outage start']);
  });

  it('offers the marks in the order things happened in a timeline written newest first, and in a table', () => {
    const newestFirst = doc('# X', '## Timeline', 'All times UTC.', '', '- 2024-03-12 15:10 - Errors at zero', '- 2024-03-12 14:40 - Config pushed again', '- 2024-03-12 14:12 - Error rate at 30%');
    const [p] = runTimeRule(rule, newestFirst);
    assert.strictEqual(p.fixes?.[0].title, 'Mark "2024-03-12 14:12 Error rate at 30%" as the outage start');
    const table = doc('# X', '## Timeline', '2024-03-12 (all times UTC)', '', '| Time | Event |', '|---|---|', '| 14:05 | Deploy starts |', '| 15:10 | Errors at zero |');
    const [t] = runTimeRule(rule, table);
    const fixed = applyEdits(applyEdits(table, t.fixes![0].edits), t.fixes![2].edits);
    assert.match(fixed, /\| 14:05 \| Deploy starts \(outage begins\) \|\n\| 15:10 \| Errors at zero \(outage ends\) \|/);
    assert.strictEqual(analyze(fixed, { now: NOW }).metrics.durationMinutes, 65);
    // never applied unasked, even when it is the only one: "Fix all" and markdownlint --fix leave it
    const [one] = runTimeRule(rule, doc('# X', '- End: 2024-03-12 14:49 UTC', '## Timeline', '- 2024-03-12 14:05 UTC - Deploy starts'));
    assert.strictEqual(one.fixes?.length, 1);
    assert.strictEqual(obviousFixOf(one.fixes), undefined);
    // entries with no date anywhere: offered in the document's order, the first ones and the last ones
    const undated = doc('# X', '## Timeline', 'All times UTC.', '', '- 14:05 - A', '- 14:12 - B', '- ??:?? - C', '- 14:40 - D', '- 15:10 - E');
    assert.deepStrictEqual(runTimeRule(rule, undated)[0].fixes?.map((f) => f.title), ['14:05 A', '14:12 B', '14:40 D'].map((x) => `Mark "${x}" as the outage start`)
      .concat(['15:10 E', '14:40 D', '14:12 B'].map((x) => `Mark "${x}" as the outage end`)));
    // nothing to mark: no fix
    assert.strictEqual(runTimeRule(rule, doc('# X', 'Nothing yet.'))[0].fixes, undefined);
  });

  it('says which is missing and how to state it', () => {
    const [p] = runTimeRule(rule, doc('# X', '- End: 2024-03-12 14:49 UTC'));
    assert.match(p.message, /^The outage start is missing, so the duration cannot be computed: add "Start:" with a date, time and zone/);
    // a template's placeholder is named as one
    for (const value of ['YYYY-MM-DD HH:MM (UTC)', 'AAAA-MM-DD HH:MM (UTC)', 'JJ/MM/AAAA hh:mm', 'YYYY-MM-DDTHH:MMZ', 'TBD', '<start time>', '{{start}}']) {
      const [ph] = runTimeRule(rule, doc('# X', `- **Start:** ${value}`, '- End: 2024-03-12 14:49 UTC'));
      assert.strictEqual(ph.message, `The outage start "${value}" is still a placeholder: fill in the date and time (e.g. "2024-03-12 14:02 UTC").`, value);
    }
    // words are not a placeholder
    for (const value of ['sometime in the afternoon', 'Hard to say', 'MTTR']) {
      assert.match(runTimeRule(rule, doc('# X', `- **Start:** ${value}`, '- End: 2024-03-12 14:49 UTC'))[0].message, /is not a time this tool can read/, value);
    }
    // a start read from a symptom with no date: where it was read, and the date to write
    const [symptom] = runTimeRule(rule, doc('# X', '## Timeline', 'All times UTC.', '', 'Alice Chen  2:04 PM', 'Seeing 500s on checkout, error rate climbing, anyone else seeing this', '', 'Bob Li  2:30 PM', 'Resolved'));
    assert.strictEqual(symptom.message, 'The outage start "2:04 PM", read from the symptom on line 6 ("Seeing 500s on checkout, error rate cli…"), has no date and the document gives none: write the date (e.g. "2024-03-12 2:04 PM").');
    // a hedged one is quoted as written
    const [hedged] = runTimeRule(rule, doc('# X', '## Timeline', 'All times UTC.', '', '- ~2:04 PM seeing 500s on checkout', '- 2:30 PM resolved'));
    assert.strictEqual(hedged.message, 'The outage start "~2:04 PM", read from the symptom on line 5 ("seeing 500s on checkout"), has no date and the document gives none: write the date (e.g. "2024-03-12 ~2:04 PM").');
    const [both] = runTimeRule(rule, doc('# X'));
    assert.match(both.message, /^The outage start and end are missing/);
    // a timeline of offsets with no clock for its zero point: marks are what it needs, not a clock time
    const [relative] = runTimeRule(rule, doc('# X', '## Timeline', '**T+0:15** - config changed', '**T+0:26** - **INCIDENT START:** SSH times out', '**T+1:00** - config examined'));
    assert.strictEqual(relative.message, 'The outage end is missing, so the duration cannot be computed: mark timeline entries with "Resolved" (their offsets, such as "T+0:26", measure it without a clock time).');
  });

  describe('a stated duration', () => {
    const cases: [string, string, string, string | undefined][] = [
      // [what, document, message start, the line a fix adds]
      ['an end and a duration: the start is the end minus it', doc('# X', '- **Date:** 2024-03-12', '- **Resolved:** 14:47 UTC', '- **Duration:** 45 minutes'),
        'The outage start is missing: the duration is taken as stated ("45 minutes"), but the times to detect, mitigate and resolve are measured from the start. Add "Start:"',
        '- **Start:** 2024-03-12 14:02 UTC'],
      ['a start and a duration: the end is the start plus it, in the start\'s zone and style', doc('# X', '* Start: Monday, September 27 at 3:06 PM Eastern Daylight Time', '* Duration: 4 hours 21 minutes'),
        'The outage end is missing: the duration is taken as stated ("4 hours 21 minutes"). Add "End:"', '* End: 2021-09-27 19:27 EDT'],
      ['across the fall-back change the zone is named at the derived instant', doc('# X', '- Start: November 7, 2021 1:20 AM EDT', '- Duration: 50 minutes'),
        'The outage end is missing: the duration is taken as stated ("50 minutes"). Add "End:"', '- End: 2021-11-07 01:10 EST'],
      // an offset with no abbreviation is written after UTC, the spelling read back on both sides of UTC (a blank and
      // `-05:00` alone is read as the end of a range, `10:00 -11:00`)
      ['a fixed offset', doc('# X', '- Outage end time: 2024-03-12 16:47 +01:00', '- Duration: 1h 5m'),
        'The outage start is missing: the duration is taken as stated ("1h 5m")', '- Start: 2024-03-12 15:42 UTC+01:00'],
      ['a fixed offset west of UTC', doc('# X', '- Start: 2024-03-12 09:30 -0500', '- Duration: 50 minutes'),
        'The outage end is missing: the duration is taken as stated ("50 minutes")', '- End: 2024-03-12 10:20 UTC-05:00'],
      ['an approximate duration gives no start', doc('# X', '- End: 2024-03-12 14:49 UTC', '- Duration: ~45 minutes'),
        'The outage start is missing: the duration is taken as stated ("45 minutes")', undefined],
      // a hedged clock (`~14:49`) may be off by minutes: the sum would state a precision the document does not have
      ['an end written as a hedged clock gives no start', doc('# X', '- End: 2024-03-12 ~14:49 UTC', '- Duration: 45 minutes'),
        'The outage start is missing: the duration is taken as stated ("45 minutes")', undefined],
      ['a duration counted from the detection is not the outage\'s', doc('# X', '- End: 2024-03-12 14:49 UTC', '- Duration: 30 minutes from detection to recovery'),
        'The outage start is missing, so the duration cannot be computed: add "Start:"', undefined],
      ['neither start nor end: the duration alone', doc('# X', '- Duration: 8 hours'),
        'The outage start and end are missing: the duration is taken as stated ("8 hours"), but the times to detect, mitigate and resolve are measured from the start. Add "Start:" and "End:"', undefined],
    ];
    for (const [what, text, message, added] of cases) {
      it(what, () => {
        const [p, ...more] = runTimeRule(rule, text);
        assert.strictEqual(more.length, 0);
        assert.ok(p.message.startsWith(message), p.message);
        const fix = p.fixes?.find((f) => f.title.startsWith('Add '));
        assert.strictEqual(fix && applyEdits(text, fix.edits).split('\n').find((l) => !text.split('\n').includes(l)), added);
        if (!fix) return;
        assert.strictEqual(fix.preferred, true);
        // the line it adds is read as the missing edge: nothing is missing any more, and the duration agrees
        const fixed = applyEdits(text, fix.edits);
        assert.deepStrictEqual(flagged(rule, fixed), []);
        const { metrics } = analyze(fixed, { now: NOW });
        assert.strictEqual(metrics.durationStated, undefined);
        assert.strictEqual(metrics.durationMinutes, analyze(text, { now: NOW }).metrics.durationMinutes);
      });
    }
  });
});
