// Zone knowledge: what each written zone means, real offsets, DST gaps and overlaps, abbreviations wrong for the date.
import * as assert from 'assert';
import {
  abbreviationAt, correctAbbreviation, instantToZoned, isValidIanaZone, lookupZone, normalizeZone, offsetAt, parseOffset,
  resolveLocalTime, zonedToInstant,
} from '../../../src/core/time';
import { CITIES_ALONE } from '../../../src/core/time/zone-table';

const at = (iso: string): number => Date.parse(iso);

describe('time zones', () => {
  describe('cities read alone after a clock', () => {
    for (const city of CITIES_ALONE) {
      it(`reads "${city} time", as which "${city}" alone after a clock is read, as a region's clock`, () => {
        const found = lookupZone(`${city} time`);
        assert.ok(found?.zone?.region && !found.ambiguous, `${city} time: ${JSON.stringify(found)}`);
      });
    }
  });

  describe('lookupZone', () => {
    const rows: [string, { zone: string; kind: string; dst?: boolean; region?: string; offset?: number }][] = [
      ['UTC', { zone: 'UTC', kind: 'utc', offset: 0 }],
      ['Z', { zone: 'UTC', kind: 'utc' }],
      ['utc', { zone: 'UTC', kind: 'utc' }],
      ['GMT', { zone: 'UTC', kind: 'abbreviation', region: 'Europe/London', dst: false, offset: 0 }],
      ['EST', { zone: '-05:00', kind: 'abbreviation', region: 'America/New_York', dst: false, offset: -300 }],
      ['EDT', { zone: '-04:00', kind: 'abbreviation', region: 'America/New_York', dst: true, offset: -240 }],
      ['CDT', { zone: '-05:00', kind: 'abbreviation', region: 'America/Chicago', dst: true }],
      ['MST', { zone: '-07:00', kind: 'abbreviation', region: 'America/Denver', dst: false }],
      ['MDT', { zone: '-06:00', kind: 'abbreviation', dst: true }],
      ['PST', { zone: '-08:00', kind: 'abbreviation', region: 'America/Los_Angeles', dst: false }],
      ['PDT', { zone: '-07:00', kind: 'abbreviation', dst: true }],
      ['AKST', { zone: '-09:00', kind: 'abbreviation', region: 'America/Anchorage' }],
      ['AKDT', { zone: '-08:00', kind: 'abbreviation', dst: true }],
      ['HST', { zone: '-10:00', kind: 'abbreviation', region: 'Pacific/Honolulu' }],
      ['Eastern Standard Time', { zone: '-05:00', kind: 'abbreviation', dst: false }],
      ['Pacific Daylight Time', { zone: '-07:00', kind: 'abbreviation', dst: true }],
      ['Eastern Time', { zone: 'America/New_York', kind: 'generic' }],
      ['Pacific Time', { zone: 'America/Los_Angeles', kind: 'generic' }],
      ['PST/PDT', { zone: 'America/Los_Angeles', kind: 'generic' }],
      ['EST / EDT', { zone: 'America/New_York', kind: 'generic' }],
      ['WET', { zone: 'UTC', kind: 'abbreviation', region: 'Europe/Lisbon' }],
      ['WEST', { zone: '+01:00', kind: 'abbreviation', dst: true }],
      ['CET', { zone: '+01:00', kind: 'abbreviation', region: 'Europe/Paris' }],
      ['CEST', { zone: '+02:00', kind: 'abbreviation', dst: true }],
      ['EET', { zone: '+02:00', kind: 'abbreviation' }],
      ['EEST', { zone: '+03:00', kind: 'abbreviation', dst: true }],
      ['MSK', { zone: '+03:00', kind: 'abbreviation', region: 'Europe/Moscow' }],
      ['JST', { zone: '+09:00', kind: 'abbreviation', region: 'Asia/Tokyo' }],
      ['KST', { zone: '+09:00', kind: 'abbreviation', region: 'Asia/Seoul' }],
      ['SGT', { zone: '+08:00', kind: 'abbreviation' }],
      ['HKT', { zone: '+08:00', kind: 'abbreviation' }],
      ['PHT', { zone: '+08:00', kind: 'abbreviation', region: 'Asia/Manila' }],
      ['ICT', { zone: '+07:00', kind: 'abbreviation' }],
      ['WIB', { zone: '+07:00', kind: 'abbreviation', region: 'Asia/Jakarta' }],
      ['AEST', { zone: '+10:00', kind: 'abbreviation', region: 'Australia/Sydney' }],
      ['AEDT', { zone: '+11:00', kind: 'abbreviation', dst: true }],
      ['ACST', { zone: '+09:30', kind: 'abbreviation' }],
      ['ACDT', { zone: '+10:30', kind: 'abbreviation', dst: true }],
      ['AWST', { zone: '+08:00', kind: 'abbreviation', region: 'Australia/Perth' }],
      ['NZST', { zone: '+12:00', kind: 'abbreviation' }],
      ['NZDT', { zone: '+13:00', kind: 'abbreviation', dst: true }],
      ['SAST', { zone: '+02:00', kind: 'abbreviation' }],
      ['WAT', { zone: '+01:00', kind: 'abbreviation' }],
      ['CAT', { zone: '+02:00', kind: 'abbreviation' }],
      ['EAT', { zone: '+03:00', kind: 'abbreviation' }],
      ['America/New_York', { zone: 'America/New_York', kind: 'iana' }],
      ['Europe/London', { zone: 'Europe/London', kind: 'iana' }],
      ['+01:00', { zone: '+01:00', kind: 'offset', offset: 60 }],
      ['-0500', { zone: '-05:00', kind: 'offset', offset: -300 }],
      ['UTC+5:30', { zone: '+05:30', kind: 'offset', offset: 330 }],
      ['GMT-7', { zone: '-07:00', kind: 'offset', offset: -420 }],
      ['(UTC)', { zone: 'UTC', kind: 'utc' }],
      // German names of CET and CEST, and a city's or country's clock named in English, French, German or Spanish
      ['MEZ', { zone: '+01:00', kind: 'abbreviation', region: 'Europe/Berlin', dst: false, offset: 60 }],
      ['MESZ', { zone: '+02:00', kind: 'abbreviation', region: 'Europe/Berlin', dst: true, offset: 120 }],
      ['MEZ/MESZ', { zone: 'Europe/Berlin', kind: 'generic' }],
      ['Paris time', { zone: 'Europe/Paris', kind: 'generic' }],
      ['heure de Paris', { zone: 'Europe/Paris', kind: 'generic' }],
      ['heure française', { zone: 'Europe/Paris', kind: 'generic' }],
      ['Berlin time', { zone: 'Europe/Berlin', kind: 'generic' }],
      ['deutscher Zeit', { zone: 'Europe/Berlin', kind: 'generic' }],
      ['London time', { zone: 'Europe/London', kind: 'generic' }],
      ['New York time', { zone: 'America/New_York', kind: 'generic' }],
      ['hora de Madrid', { zone: 'Europe/Madrid', kind: 'generic' }],
      ['hora peninsular', { zone: 'Europe/Madrid', kind: 'generic' }],
      ['hora de Ciudad de México', { zone: 'America/Mexico_City', kind: 'generic' }],
      ['Denver time', { zone: 'America/Denver', kind: 'generic' }],
      ['Tokyo time', { zone: 'Asia/Tokyo', kind: 'generic' }],
    ];
    for (const [text, e] of rows) {
      it(`reads ${text}`, () => {
        const z = lookupZone(text)?.zone;
        assert.ok(z, `no zone for ${text}`);
        assert.strictEqual(z.zone, e.zone);
        assert.strictEqual(z.kind, e.kind);
        if (e.dst !== undefined) assert.strictEqual(z.dst, e.dst);
        if (e.region !== undefined) assert.strictEqual(z.region, e.region);
        if (e.offset !== undefined) assert.strictEqual(z.offsetMinutes, e.offset);
      });
    }
    const ambiguous: [string, string[]][] = [
      ['CST', ['America/Chicago', 'Asia/Shanghai', 'America/Havana']],
      ['IST', ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem']],
      ['BST', ['Europe/London', 'Asia/Dhaka']],
      ['AST', ['America/Halifax', 'Asia/Riyadh']],
    ];
    for (const [text, regions] of ambiguous) {
      it(`lists the candidates of ambiguous ${text}`, () => {
        const l = lookupZone(text);
        assert.ok(l?.ambiguous);
        assert.strictEqual(l.zone, undefined);
        assert.deepStrictEqual(l.candidates.map((c) => c.region), regions);
      });
    }
    // a city's name alone is no zone
    for (const text of ['', 'foo', 'Mars/Olympus', 'PM', '+25:00', 'Pacific Ocean', 'Paris', 'heure', 'Madrid', 'hora de Lisboa', 'Denver', 'San Francisco']) {
      it(`knows no zone ${JSON.stringify(text)}`, () => assert.strictEqual(lookupZone(text), undefined));
    }
    it('validates IANA names with Intl', () => {
      assert.ok(isValidIanaZone('Asia/Kolkata'));
      assert.ok(!isValidIanaZone('Asia/Atlantis'));
      assert.strictEqual(normalizeZone('Eastern Time'), 'America/New_York');
      assert.strictEqual(normalizeZone('CST'), undefined);
      assert.strictEqual(parseOffset('+5'), undefined);
    });
  });

  describe('offsets by real zone rules', () => {
    const rows: [string, string, number][] = [
      ['America/New_York', '2021-09-27T19:06:00Z', -240],
      ['America/New_York', '2021-12-01T12:00:00Z', -300],
      ['America/New_York', '2021-11-07T05:59:59Z', -240],
      ['America/New_York', '2021-11-07T06:00:00Z', -300],
      ['America/Phoenix', '2021-07-01T12:00:00Z', -420],
      ['Europe/London', '2021-07-01T12:00:00Z', 60],
      ['Europe/London', '2021-01-01T12:00:00Z', 0],
      ['Asia/Kolkata', '2021-07-01T12:00:00Z', 330],
      ['Australia/Sydney', '2021-01-01T12:00:00Z', 660],
      ['Australia/Sydney', '2021-07-01T12:00:00Z', 600],
      ['Asia/Kathmandu', '2021-07-01T12:00:00Z', 345],
      ['UTC', '2021-07-01T12:00:00Z', 0],
      ['+05:30', '2021-07-01T12:00:00Z', 330],
      ['EST', '2021-07-01T12:00:00Z', -300],
    ];
    for (const [zone, iso, offset] of rows) {
      it(`${zone} at ${iso} is ${offset} min`, () => assert.strictEqual(offsetAt(zone, at(iso)), offset));
    }
    it('throws on an unknown zone', () => assert.throws(() => offsetAt('Nowhere/Else', 0), /Unknown/));
  });

  describe('wall clock to instant (DST)', () => {
    it('maps a normal reading', () => {
      assert.strictEqual(zonedToInstant({ year: 2021, month: 9, day: 27, hour: 15, minute: 6 }, 'America/New_York'), at('2021-09-27T19:06:00Z'));
    });
    it('moves a reading in the spring-forward gap forward by the gap', () => {
      const r = resolveLocalTime({ year: 2021, month: 3, day: 14, hour: 2, minute: 30 }, 'America/New_York');
      assert.strictEqual(r.kind, 'gap');
      assert.strictEqual(r.instant, at('2021-03-14T07:30:00Z'));
      assert.strictEqual(instantToZoned(r.instant, 'America/New_York').hour, 3);
    });
    it('lists both instants of a fall-back overlap and picks the first by default', () => {
      const r = resolveLocalTime({ year: 2021, month: 11, day: 7, hour: 1, minute: 30 }, 'America/New_York');
      assert.strictEqual(r.kind, 'overlap');
      assert.deepStrictEqual(r.candidates, [at('2021-11-07T05:30:00Z'), at('2021-11-07T06:30:00Z')]);
      assert.strictEqual(r.instant, at('2021-11-07T05:30:00Z'));
      assert.strictEqual(zonedToInstant({ year: 2021, month: 11, day: 7, hour: 1, minute: 30 }, 'America/New_York', 'later'), at('2021-11-07T06:30:00Z'));
    });
    it('handles southern-hemisphere transitions (Sydney, 2021-10-03 02:30 does not exist)', () => {
      const r = resolveLocalTime({ year: 2021, month: 10, day: 3, hour: 2, minute: 30 }, 'Australia/Sydney');
      assert.strictEqual(r.kind, 'gap');
      assert.strictEqual(instantToZoned(r.instant, 'Australia/Sydney').hour, 3);
    });
    it('round-trips instantToZoned', () => {
      const z = instantToZoned(at('2021-09-27T19:06:00Z'), 'America/New_York');
      assert.deepStrictEqual([z.year, z.month, z.day, z.hour, z.minute, z.weekday, z.offsetMinutes], [2021, 9, 27, 15, 6, 1, -240]);
    });
  });

  describe('abbreviations for the date', () => {
    const rows: [string, string, string | undefined, string?][] = [
      ['EST', '2021-09-27T19:06:00Z', 'EDT'],
      ['EDT', '2021-12-01T12:00:00Z', 'EST'],
      ['EST', '2021-12-01T12:00:00Z', undefined],
      ['PST', '2021-07-01T12:00:00Z', 'PDT'],
      ['PDT', '2021-07-01T12:00:00Z', undefined],
      ['CDT', '2021-01-10T12:00:00Z', 'CST'],
      ['MST', '2021-07-01T12:00:00Z', undefined],
      ['AKST', '2021-07-01T12:00:00Z', 'AKDT'],
      ['CET', '2021-07-01T12:00:00Z', 'CEST'],
      ['CEST', '2021-01-01T12:00:00Z', 'CET'],
      ['NZST', '2021-01-01T12:00:00Z', 'NZDT'],
      ['AEDT', '2021-07-01T12:00:00Z', 'AEST'],
      ['AEST', '2021-01-01T12:00:00Z', undefined],
      ['GMT', '2021-07-01T12:00:00Z', undefined],
      ['JST', '2021-07-01T12:00:00Z', undefined],
      ['CST', '2021-07-01T12:00:00Z', undefined],
      ['CST', '2021-07-01T12:00:00Z', 'CDT', 'America/Chicago'],
      ['CST', '2021-07-01T12:00:00Z', undefined, 'Asia/Shanghai'],
      ['BST', '2021-01-01T12:00:00Z', 'GMT', 'Europe/London'],
      ['XYZ', '2021-01-01T12:00:00Z', undefined],
      // German names are corrected to their German variant
      ['MEZ', '2021-07-01T12:00:00Z', 'MESZ'],
      ['MESZ', '2021-01-01T12:00:00Z', 'MEZ'],
      ['MEZ', '2021-01-01T12:00:00Z', undefined],
    ];
    for (const [abbr, iso, expected, region] of rows) {
      it(`${abbr} on ${iso}${region ? ` in ${region}` : ''} -> ${expected ?? 'right'}`, () => {
        assert.strictEqual(correctAbbreviation(abbr, at(iso), region), expected);
      });
    }
    it('names the abbreviation a zone shows', () => {
      assert.strictEqual(abbreviationAt('America/New_York', at('2021-09-27T19:06:00Z')), 'EDT');
      assert.strictEqual(abbreviationAt('America/New_York', at('2021-12-27T19:06:00Z')), 'EST');
      assert.strictEqual(abbreviationAt('UTC', 0), 'UTC');
      // a translated abbreviation (MESZ) is never offered as a zone's name; Paris keeps CEST
      assert.strictEqual(abbreviationAt('Europe/Paris', at('2021-07-01T12:00:00Z')), 'CEST');
      assert.notStrictEqual(abbreviationAt('Europe/Berlin', at('2021-07-01T12:00:00Z')), 'MESZ');
      assert.strictEqual(abbreviationAt('+05:30', 0), undefined);
    });
  });
});
