/**
 * What a time expression means. Values are plain, JSON-serialisable data: the normalised
 * form for checks and JSON output. The writer's own words are kept by the caller (the YAML
 * value), never rebuilt from these.
 */
import type { Message } from '../core/i18n.js';
import {
  coarserPrecision,
  firstDay,
  lastDay,
  type CalendarDate,
  type CalendarPoint,
  type Precision,
} from './calendar.js';

/**
 * What kind of time an interval is:
 * - `period`: when something runs or happens: "2020 t/m 2023", "mei 2020", "vanaf 2018"
 *   (open end), "t/m 2021" (open start);
 * - `deadline`: by when something must be done: "voor 2022", "uiterlijk 31 oktober 2013";
 *   only an end;
 * - `ongoing`: continuous work: "Doorlopend" (no bounds), "Vanaf 2020 continu" (a start);
 * - `document-period`: "gedurende de looptijd", the period of the document itself, which
 *   the caller resolves with `resolveDocumentPeriod`; no bounds of its own.
 */
export type IntervalKind = 'period' | 'deadline' | 'ongoing' | 'document-period';

/**
 * A stretch of calendar days. Both ends are inclusive and either may be open (absent):
 * "2019 tot 2021" ends on 2020-12-31, "vanaf 2018" has no end, "voor 2022" no start.
 *
 * `from` and `to` are the bounds as written, at their own precision, with `to` already made
 * inclusive ("tot 2021" → 2020); `start` and `end` are the days they cover (the first day
 * of `from`, the last day of `to`). A fuzzy bound covers a third of its year or month
 * ("medio 2019" = 1 mei – 31 augustus 2019). Build intervals with {@link makeInterval} so the
 * two stay in step.
 */
export interface Interval {
  readonly type: 'interval';
  readonly kind: IntervalKind;
  readonly from?: CalendarPoint;
  readonly to?: CalendarPoint;
  readonly start?: CalendarDate;
  readonly end?: CalendarDate;
  /** The coarsest precision of the written bounds; absent when there are none. */
  readonly precision?: Precision;
}

/**
 * Separate periods that do not touch: "2018, 2020 en 2022". Items are bounded `period`
 * intervals, sorted, neither overlapping nor adjacent (adjacent ones, as in "2020 & 2021",
 * are merged into one interval and never reach a list). At least two.
 */
export interface IntervalList {
  readonly type: 'list';
  readonly items: readonly Interval[];
}

/** How often a recurrence comes back. */
export type Frequency = 'monthly' | 'quarterly' | 'halfYearly' | 'yearly' | 'biennial';

/** The months between two occurrences of each frequency. */
export const FREQUENCY_MONTHS: Readonly<Record<Frequency, number>> = { monthly: 1, quarterly: 3, halfYearly: 6, yearly: 12, biennial: 24 };

/** "jaarlijks", "ieder jaar", "elk kwartaal": something that comes back, within `during` if given. */
export interface Recurrence {
  readonly type: 'recurrence';
  readonly frequency: Frequency;
  readonly during?: Interval;
}

/** A time value that carries no label. */
export type PlainTimeValue = Interval | IntervalList | Recurrence;

/**
 * A part of a period with the writer's label, verbatim but for a separating colon or dash:
 * "Pilots in 2020" → label "Pilots in", before; "2020 bekendheid CSG" → label "bekendheid
 * CSG", after. A segment without a label has neither field.
 */
export interface LabelledSegment {
  readonly label?: string;
  readonly labelPosition?: 'before' | 'after';
  readonly value: PlainTimeValue;
}

/**
 * Labelled parts of one period: "Pilots in 2020; Regionale uitrol 2021 en verder". Also
 * the result for a single expression with a label ("Projectduur: 2019 t/m 2020").
 */
export interface LabelledSegments {
  readonly type: 'segments';
  readonly segments: readonly LabelledSegment[];
}

/** Anything `parseTime` understands. */
export type TimeValue = PlainTimeValue | LabelledSegments;

/** Stable ids for why a text was not understood. */
export type ParseFailureCode =
  | 'empty'
  | 'too-long'
  | 'amount'
  | 'age'
  | 'age-or-duration'
  | 'duration-not-time'
  | 'time-not-duration'
  | 'count'
  | 'round-the-clock'
  | 'not-a-year'
  | 'invalid-date'
  | 'backwards'
  | 'ambiguous'
  | 'working-days'
  | 'unsupported-unit'
  | 'inexact-fraction'
  | 'unknown';

export interface ParseSuccess<T> {
  readonly ok: true;
  readonly value: T;
  /** The canonical Dutch form of `value` (what `formatTime`/`formatDuration` give). */
  readonly normalised: string;
}

export interface ParseFailure {
  readonly ok: false;
  readonly code: ParseFailureCode;
  /** Why, in English (`message` has it in every language). */
  readonly reason: string;
  readonly message: Message;
  /** The part of the input at fault: UTF-16 offsets, end exclusive. */
  readonly span?: [number, number];
}

/** The outcome of parsing; parsers never throw. */
export type ParseResult<T> = ParseSuccess<T> | ParseFailure;

/**
 * Builds an interval from its written bounds, computing the days they cover. `to` is the
 * inclusive end point. A `period` needs at least one bound; a `deadline` needs `to` and no
 * `from`; a `document-period` has none.
 */
export function makeInterval(kind: IntervalKind, from?: CalendarPoint, to?: CalendarPoint): Interval {
  const precision =
    from && to ? coarserPrecision(from.precision, to.precision) : (from?.precision ?? to?.precision);
  return {
    type: 'interval',
    kind,
    ...(from ? { from, start: firstDay(from) } : {}),
    ...(to ? { to, end: lastDay(to) } : {}),
    ...(precision ? { precision } : {}),
  };
}

/** Whether any written bound of an interval is fuzzy ("medio 2019", "eind mei 2020"). */
export function isFuzzy(interval: Interval): boolean {
  const fuzzy = (p?: CalendarPoint) => p !== undefined && 'fuzzy' in p && p.fuzzy !== undefined;
  return fuzzy(interval.from) || fuzzy(interval.to);
}

/** Every interval inside a time value: the value itself, a list's items, a recurrence's span, each segment's. */
export function intervalsOf(value: TimeValue): Interval[] {
  switch (value.type) {
    case 'interval':
      return [value];
    case 'list':
      return [...value.items];
    case 'recurrence':
      return value.during ? [value.during] : [];
    case 'segments':
      return value.segments.flatMap((segment) => intervalsOf(segment.value));
  }
}
