/**
 * The time model: calendar points and intervals, durations, recurrences and labelled
 * segments, with parsers for the Dutch and English expressions policy documents use and a
 * canonical Dutch form for each value. Pure: no I/O, no clock, no time zone.
 */
export {
  addDays,
  addMonths,
  coarserPrecision,
  compareDates,
  daysBetween,
  daysInMonth,
  firstDay,
  formatIsoDate,
  fromEpochDay,
  isFuzzyPoint,
  isLeapYear,
  isValidDate,
  lastDay,
  maxDate,
  MAX_YEAR,
  minDate,
  MIN_YEAR,
  parseIsoDate,
  pointsEqual,
  previousPoint,
  toEpochDay,
  type CalendarDate,
  type CalendarPoint,
  type Fuzzy,
  type Precision,
} from './calendar.js';
export {
  addAmount,
  addAmounts,
  amountDays,
  amountOf,
  amountsEqual,
  compareAmounts,
  differenceDays,
  inclusiveEnd,
  isAtMost,
  isZeroAmount,
  monthSpanDays,
  ZERO,
  type DayRange,
  type Duration,
  type DurationAmount,
  type DurationAnchor,
} from './duration.js';
export { formatAmount, formatDate, formatDuration, formatInterval, formatPoint } from './format.js';
export { parseDuration } from './parse-duration.js';
export { resolveDocumentPeriod } from './resolve.js';
export { formatTime, parseTime } from './time.js';
export {
  intervalsOf,
  isFuzzy,
  makeInterval,
  type Interval,
  type IntervalKind,
  type IntervalList,
  type LabelledSegment,
  type LabelledSegments,
  type ParseFailure,
  type ParseFailureCode,
  type ParseResult,
  type ParseSuccess,
  type PlainTimeValue,
  type Recurrence,
  type TimeValue,
} from './types.js';
