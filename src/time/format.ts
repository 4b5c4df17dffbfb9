/**
 * The canonical Dutch form of time values: what `normalised` holds and what renders may
 * show. Every form here parses back to the same value.
 */
import type { CalendarDate, CalendarPoint, Fuzzy } from './calendar.js';
import { amountsEqual, isZeroAmount, type Duration, type DurationAmount } from './duration.js';
import type { Interval, PlainTimeValue, Recurrence } from './types.js';
import { DUTCH_NUMBER_WORDS, MONTH_NAMES_NL } from './words.js';

const FUZZY_WORDS: Readonly<Record<Fuzzy, string>> = { early: 'begin', mid: 'medio', late: 'eind' };

const FREQUENCY_WORDS: Readonly<Record<Recurrence['frequency'], string>> = {
  yearly: 'jaarlijks',
  quarterly: 'elk kwartaal',
  monthly: 'maandelijks',
  halfYearly: 'halfjaarlijks',
  biennial: 'tweejaarlijks',
};

function monthName(month: number): string {
  return MONTH_NAMES_NL[month - 1] ?? String(month);
}

/** "20 mei 2021". */
export function formatDate(date: CalendarDate): string {
  return `${date.day} ${monthName(date.month)} ${date.year}`;
}

/** A point without its year, for the start of a range within one year ("juni t/m …"). */
function formatPointWithoutYear(point: CalendarPoint): string {
  switch (point.precision) {
    case 'year':
      return String(point.year);
    case 'quarter':
      return `Q${point.quarter}`;
    case 'month':
      return `${point.fuzzy ? `${FUZZY_WORDS[point.fuzzy]} ` : ''}${monthName(point.month)}`;
    case 'day':
      return `${point.day} ${monthName(point.month)}`;
  }
}

/** "2020", "Q1 2024", "mei 2020", "20 mei 2021", "medio 2019", "eind mei 2020". */
export function formatPoint(point: CalendarPoint): string {
  switch (point.precision) {
    case 'year':
      return `${point.fuzzy ? `${FUZZY_WORDS[point.fuzzy]} ` : ''}${point.year}`;
    case 'day':
      return formatDate(point);
    default:
      return `${formatPointWithoutYear(point)} ${point.year}`;
  }
}

function samePoint(a: CalendarPoint, b: CalendarPoint): boolean {
  return formatPoint(a) === formatPoint(b);
}

/**
 * "2020 t/m 2023"; within one year the start drops its year ("juni t/m september 2020",
 * "Q1 t/m Q3 2024") and within one month its month too ("1 t/m 15 mei 2020").
 */
function formatRange(from: CalendarPoint, to: CalendarPoint): string {
  if (samePoint(from, to)) return formatPoint(from);
  const fromFuzzy = 'fuzzy' in from && from.fuzzy !== undefined;
  if (from.year === to.year && from.precision !== 'year' && to.precision !== 'year' && !fromFuzzy) {
    if (from.precision === 'day' && to.precision === 'day' && from.month === to.month) {
      return `${from.day} t/m ${formatPoint(to)}`;
    }
    return `${formatPointWithoutYear(from)} t/m ${formatPoint(to)}`;
  }
  return `${formatPoint(from)} t/m ${formatPoint(to)}`;
}

/** "2020 t/m 2023", "vanaf 2021", "t/m 2020", "uiterlijk 2021", "doorlopend", "gedurende de looptijd". */
export function formatInterval(interval: Interval): string {
  const { from, to } = interval;
  switch (interval.kind) {
    case 'document-period':
      return 'gedurende de looptijd';
    case 'ongoing':
      return from ? `vanaf ${formatPoint(from)} doorlopend` : 'doorlopend';
    case 'deadline':
      return to ? `uiterlijk ${formatPoint(to)}` : 'doorlopend';
    case 'period':
      if (from && to) return formatRange(from, to);
      if (from) return `vanaf ${formatPoint(from)}`;
      if (to) return `t/m ${formatPoint(to)}`;
      return 'doorlopend';
  }
}

/** Any unlabelled time value. */
export function formatPlainTime(value: PlainTimeValue): string {
  switch (value.type) {
    case 'interval':
      return formatInterval(value);
    case 'list':
      return value.items.map(formatInterval).join(', ');
    case 'recurrence':
      return `${FREQUENCY_WORDS[value.frequency]}${value.during ? ` ${formatInterval(value.during)}` : ''}`;
  }
}

/** Numbers as words up to twaalf ("zes maanden"), digits beyond ("24 uur"). */
function numberWord(n: number): string {
  return n >= 1 && n <= 12 ? (DUTCH_NUMBER_WORDS[n] ?? String(n)) : String(n);
}

type AmountPart = { readonly quantity: number; readonly unit: 'jaar' | 'maand' | 'week' | 'dag' | 'uur' } | { readonly text: string };

const PLURAL: Readonly<Record<'jaar' | 'maand' | 'week' | 'dag' | 'uur', string>> = {
  jaar: 'jaar',
  maand: 'maanden',
  week: 'weken',
  dag: 'dagen',
  uur: 'uur',
};

/** An amount in the words it is written with: years and months, weeks or days, hours. */
function amountParts(amount: DurationAmount): AmountPart[] {
  const parts: AmountPart[] = [];
  const years = Math.floor(amount.months / 12);
  const months = amount.months % 12;
  if (years === 1 && months === 6) parts.push({ text: 'anderhalf jaar' });
  else {
    if (years > 0) parts.push({ quantity: years, unit: 'jaar' });
    if (months > 0) parts.push({ quantity: months, unit: 'maand' });
  }
  if (amount.days > 0) {
    parts.push(amount.days % 7 === 0 ? { quantity: amount.days / 7, unit: 'week' } : { quantity: amount.days, unit: 'dag' });
  }
  if (amount.hours > 0) parts.push({ quantity: amount.hours, unit: 'uur' });
  return parts;
}

function formatPart(part: AmountPart): string {
  if ('text' in part) return part.text;
  return `${numberWord(part.quantity)} ${part.quantity === 1 ? part.unit : PLURAL[part.unit]}`;
}

/** "twee maanden", "een jaar en zes maanden" … "anderhalf jaar", "24 uur", "0 dagen". */
export function formatAmount(amount: DurationAmount): string {
  const parts = amountParts(amount).map(formatPart);
  if (parts.length === 0) return '0 dagen';
  if (parts.length === 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

/** "de eerste drie maanden", "het eerste jaar". */
function formatFirst(amount: DurationAmount): string {
  const parts = amountParts(amount);
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only && 'unit' in only && only.quantity === 1) {
    return `${only.unit === 'jaar' || only.unit === 'uur' ? 'het eerste' : 'de eerste'} ${only.unit}`;
  }
  return `de eerste ${formatAmount(amount)}`;
}

/**
 * "twee maanden", "zes maanden tot een jaar", "twee tot drie jaar", "maximaal drie
 * maanden" (zero minimum), "minimaal drie maanden" (no maximum), "de eerste drie maanden
 * van het project" (anchored at a start).
 */
export function formatDuration(duration: Duration): string {
  const { min, max, anchor } = duration;
  if (max === undefined) return `minimaal ${formatAmount(min)}`;
  if (anchor && isZeroAmount(min)) return `${formatFirst(max)}${anchor.of ? ` van ${anchor.of}` : ''}`;
  if (amountsEqual(min, max)) return formatAmount(min);
  if (isZeroAmount(min)) return `maximaal ${formatAmount(max)}`;
  const low = amountParts(min);
  const high = amountParts(max);
  const [lowOnly, highOnly] = [low.length === 1 ? low[0] : undefined, high.length === 1 ? high[0] : undefined];
  if (lowOnly && highOnly && 'unit' in lowOnly && 'unit' in highOnly && lowOnly.unit === highOnly.unit) {
    return `${numberWord(lowOnly.quantity)} tot ${formatAmount(max)}`;
  }
  return `${formatAmount(min)} tot ${formatAmount(max)}`;
}
