import * as assert from 'assert';
import { parsePostmortem, fieldCoversSection } from '../../../src/core/model';
import { at, fixture, textAt } from './helpers';

// The real user's postmortem: labelled bullets under "# Postmortem", a Timeline section of fields, no front matter.
const seed = fixture('seed-postmortem.md');

describe('model: the seed postmortem', () => {
  const model = parsePostmortem(seed);

  it('reads every heading with its level, span and standard section', () => {
    assert.deepStrictEqual(
      model.sections.map((s) => [s.level, s.title, s.standard, at(s.headingRange), s.bodyStartLine, s.endLine]),
      [
        [1, 'Postmortem', undefined, '1:3-1:13', 2, 27],
        [2, 'Timeline', 'timeline', '11:4-11:12', 12, 17],
        [2, 'Root cause and resolution', 'rootCause', '19:4-19:29', 20, 21],
        [2, 'Corrective and preventative measures:', 'actionItems', '23:4-23:41', 24, 27],
      ],
    );
    assert.ok(model.sections.every((s) => s.placeholder === undefined));
  });

  it('takes the title from the first heading', () => {
    assert.deepStrictEqual([model.title?.text, at(model.title?.range)], ['Postmortem', '1:3-1:13']);
  });

  const expected: [string, string | undefined, string, string, string][] = [
    ['Outage start time', 'start', 'Monday, September 27 at 3:06 PM Eastern Standard Time', '3:3-3:24', '3:26-3:79'],
    ['Outage end time', 'end', 'Monday, September 27 at 7:27 PM Eastern Standard Time', '4:3-4:22', '4:24-4:77'],
    ['What occurred', 'whatOccurred', 'A large number of our servers were shut down from our US-EAST-1 region.', '6:3-6:16', '6:18-6:89'],
    ['What clients and users experienced', 'impact', '', '7:3-7:37', '7:39-7:260'],
    ['Percentage of users affected', 'usersAffected', 'About 45% - 55% of clients had their websites down.', '8:3-8:31', '8:33-8:84'],
    ['Root cause of the problem', 'rootCause', 'Engineer executed wrong command which shut down a significant amount of servers.', '9:3-9:28', '9:30-9:110'],
    ['When was issue detected', 'detected', 'Early afternoon at 3:06 PM EST', '12:3-12:26', '12:28-12:58'],
    ['How was issue detected', 'detection', 'A large portion of our clients started calling customer service.', '13:3-13:25', '13:27-13:91'],
    ['Actions taken', undefined, '', '14:3-14:16', '14:18-14:136'],
    ['Debugging path taken', undefined, 'We immidietly restarted the systems and validated all metadata.', '15:3-15:23', '15:25-15:88'],
    ['Who was the issue escalated to', undefined, 'Head of the AWS S3 Service Deparment.', '16:3-16:33', '16:35-16:72'],
    ['How was the incident resolved', 'resolution', 'Servers were restarted.', '17:3-17:32', '17:34-17:57'],
    ['Detailed explination of what caused the problem', 'rootCause', '', '20:3-20:50', '20:52-20:835'],
    ['Detailed explination of how the problem was fixed', 'resolution', '', '21:3-21:52', '21:54-21:180'],
  ];

  it('reads the labelled bullets as fields, with exact label and value ranges', () => {
    assert.strictEqual(model.fields.length, expected.length);
    model.fields.forEach((f, k) => {
      const [label, key, value, labelRange, valueRange] = expected[k];
      assert.strictEqual(f.label, label);
      assert.strictEqual(f.key, key, label);
      if (value) assert.strictEqual(f.value, value);
      assert.strictEqual(at(f.labelRange), labelRange, label);
      assert.strictEqual(at(f.valueRange), valueRange, label);
      assert.strictEqual(textAt(model.lines, f.valueRange), f.value);
    });
  });

  it('keeps the markup inside the label range and drops the time value\'s final period', () => {
    const start = model.fields[0];
    assert.strictEqual(textAt(model.lines, start.labelRange), 'Outage **start** time');
    assert.ok(!start.value.endsWith('.'));
    assert.ok(model.fields.find((f) => f.key === 'usersAffected')?.value.endsWith('down.'));
  });

  it('reads the Timeline section\'s labelled facts as fields, not timeline entries', () => {
    assert.deepStrictEqual(model.timeline, []);
    assert.ok(model.fields.some((f) => f.key === 'detected' && f.labelRange.start.line === 12));
  });

  it('lets the labelled facts stand for the summary, impact and root cause sections', () => {
    const covered = new Set(model.fields.map(fieldCoversSection).filter(Boolean));
    for (const id of ['summary', 'impact', 'rootCause', 'detection', 'resolution']) assert.ok(covered.has(id as never), id);
  });

  it('reads the three corrective measures as action items without owners', () => {
    assert.deepStrictEqual(
      model.actionItems.map((a) => [a.line, at(a.range), a.text.split(' ').slice(0, 3).join(' '), a.owner, a.done]),
      [
        [25, '25:1-25:202', 'We will modify', undefined, undefined],
        [26, '26:1-26:158', 'Reprioritize work to', undefined, undefined],
        [27, '27:1-27:193', 'Status Health Dashboard', undefined, undefined],
      ],
    );
    assert.ok(model.actionItems[0].text.endsWith('minimum required capacity.'));
  });

  it('finds no front matter and no zone declaration', () => {
    assert.strictEqual(model.frontMatter, undefined);
    assert.deepStrictEqual(model.zoneDeclarations, []);
  });

  it('reads the same model from CRLF line endings', () => {
    const crlf = parsePostmortem(seed.replace(/\n/g, '\r\n'));
    assert.deepStrictEqual(crlf, model);
  });
});
