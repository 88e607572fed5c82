/**
 * The time engine: find time expressions in text, know zones by their real rules, infer years, resolve times to
 * instants with the assumptions said in words, and read and print durations. Pure TypeScript (Intl only).
 */
export { addDays, compareDates, daysInMonth, isLeapYear, isValidDate, weekdayOf, MONTH_NAMES, WEEKDAY_NAMES } from './civil';
export type { CivilDate, CivilDateTime } from './civil';
export {
  abbreviationAt, correctAbbreviation, formatOffset, instantToZoned, isValidIanaZone, lookupZone, normalizeZone,
  offsetAt, offsetZoneId, parseOffset, resolveLocalTime, zonedToInstant,
} from './zones';
export type { LocalTimeResolution, ZonedDateTime, ZoneInfo, ZoneLookup } from './zones';
export { ABBREVIATIONS } from './zone-table';
export type { AbbreviationRow } from './zone-table';
export { findTimes, lineTimes, parseTime, readAloneAlike, scanTimes } from './parse';
export { START_NOTE_SRC } from './range-share';
export type { Span, TimeMatch, ZoneMention } from './parse';
export { RANGE_JOIN_SRC } from './parse-clock';
export { readZoneAt } from './parse-zone';
export { monthFromName, MONTH_SRC, weekdayFromName, weekdayLike } from './date-names';
export { MONTH_YEAR_SRC } from './parse-named-dates';
export { monthDayAlone } from './parse-numeric-dates';
export { afterHedge, afterHedgeWord, afterIsh, clockHedged, CLOCK_HEDGE_SRC, gapTildeJoins, hedgeStart, struckThrough } from './hedge';
export { findDuration, formatDuration, HEDGE_SRC, parseDuration, unitMinutes } from './duration';
export { readOffset } from './offset';
export type { OffsetMatch } from './offset';
export type { DurationMatch } from './duration';
export { dateFromFileName, formatInstant, inferYear } from './calendar';
export type { InstantStyle } from './calendar';
export { headingDay, resolveTime } from './resolve';
export type { TimeContext, TimeResolution, UnresolvedReason } from './resolve';
export { resolveNext, resolveSequence, rollback, rollover, sequenceStart, type SequenceState } from './sequence';
