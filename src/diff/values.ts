/**
 * Typed comparisons of two versions of a value: periods and dates, amounts of money, statuses
 * and prose. Each returns the detail a change carries.
 */
import { toEpochDay } from '../time/calendar.js';
import { amountDays } from '../time/duration.js';
import { intervalsOf, parseDuration, parseTime } from '../time/index.js';
import { lcsPairs } from './lcs.js';
import type { AmountDetail, DurationDetail, PeriodDetail, TextDetail, TextSegment } from './types.js';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep equality of plain data. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

// ---- money ----

export interface Money {
  readonly value: number;
  readonly currency: string;
}

/** A money object (`{value, currency?}` and nothing else), or undefined. */
export function asMoney(value: unknown): Money | undefined {
  if (!isRecord(value) || typeof value.value !== 'number' || !Number.isFinite(value.value)) return undefined;
  for (const key of Object.keys(value)) if (key !== 'value' && key !== 'currency') return undefined;
  if (value.currency !== undefined && typeof value.currency !== 'string') return undefined;
  return { value: value.value, currency: typeof value.currency === 'string' ? value.currency : 'EUR' };
}

/** Delta and percentage between two amounts, or undefined for different currencies. */
export function compareAmounts(before: Money, after: Money): AmountDetail | undefined {
  if (before.currency !== after.currency) return undefined;
  const delta = round2(after.value - before.value);
  // As a ratio, so that amounts near the largest number do not overflow on the way.
  const ratio = before.value === 0 ? undefined : round2((after.value / before.value - 1) * 100);
  const percent = ratio !== undefined && Number.isFinite(ratio) ? ratio : undefined;
  return { kind: 'amount', delta, currency: after.currency, ...(percent === undefined ? {} : { percent }) };
}

/** To the cent; a number too large to have cents stays as it is (times 100 it would be Infinity). */
function round2(n: number): number {
  const cents = Math.round(n * 100);
  return Number.isFinite(cents) ? cents / 100 : n;
}

/** Every money value inside a value, for removals that take amounts away. */
export function moneyWithin(value: unknown): Money[] {
  const found: Money[] = [];
  const visit = (v: unknown): void => {
    const money = asMoney(v);
    if (money) {
      found.push(money);
      return;
    }
    if (Array.isArray(v)) v.forEach(visit);
    else if (isRecord(v)) Object.values(v).forEach(visit);
  };
  visit(value);
  return found;
}

// ---- periods ----

/** Object keys whose values are times: periods, deadlines, dates. */
export const TIME_KEYS: ReadonlySet<string> = new Set(['period', 'when', 'deadline', 'date', 'startDate', 'endDate', 'start', 'end']);

/** The expressions of a period value: an expression, a labelled segment, or a list of segments. */
export function timeExpressions(value: unknown): Array<string | number> | undefined {
  if (typeof value === 'string' || typeof value === 'number') return [value];
  if (isRecord(value)) {
    const e = value.expression;
    return typeof e === 'string' || typeof e === 'number' ? [e] : undefined;
  }
  if (Array.isArray(value) && value.length > 0) {
    const all: Array<string | number> = [];
    for (const item of value) {
      const inner = isRecord(item) ? timeExpressions(item) : undefined;
      if (!inner) return undefined;
      all.push(...inner);
    }
    return all;
  }
  return undefined;
}

/** The days a time value covers: epoch days, ±Infinity for an open end. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly deadline: boolean;
}

/** The earliest start and latest end of a period value's intervals; undefined when unreadable. */
export function spanOf(value: unknown): Span | undefined {
  const expressions = timeExpressions(value);
  if (!expressions) return undefined;
  let start = Infinity;
  let end = -Infinity;
  let deadline = false;
  let any = false;
  for (const expression of expressions) {
    const parsed = parseTime(expression);
    if (!parsed.ok) return undefined;
    for (const interval of intervalsOf(parsed.value)) {
      any = true;
      if (interval.kind === 'deadline') deadline = true;
      start = Math.min(start, interval.start ? toEpochDay(interval.start) : -Infinity);
      end = Math.max(end, interval.end ? toEpochDay(interval.end) : Infinity);
    }
  }
  if (!any) return undefined;
  return { start, end, deadline };
}

function delta(before: number, after: number): number | undefined {
  if (Number.isFinite(before) && Number.isFinite(after)) return after - before;
  return before === after ? 0 : undefined;
}

/** How a period changed: extended, shortened, moved, the same days in other words, or otherwise. */
export function comparePeriods(before: unknown, after: unknown, deadlineHint = false): PeriodDetail {
  const a = spanOf(before);
  const b = spanOf(after);
  if (!a || !b) return { kind: 'period', change: 'changed', deadline: deadlineHint || !!a?.deadline || !!b?.deadline };
  const startDelta = delta(a.start, b.start);
  const endDelta = delta(a.end, b.end);
  const deltas = {
    ...(startDelta === undefined ? {} : { startDeltaDays: startDelta }),
    ...(endDelta === undefined ? {} : { endDeltaDays: endDelta }),
  };
  const deadline = deadlineHint || a.deadline || b.deadline;
  // Compare the bounds themselves, so an open end that closes counts as earlier.
  const startSign = Math.sign(b.start === a.start ? 0 : b.start - a.start);
  const endSign = Math.sign(b.end === a.end ? 0 : b.end - a.end);
  let change: PeriodDetail['change'];
  if (startSign === 0 && endSign === 0) change = 'same';
  else if (startSign <= 0 && endSign >= 0) change = 'extended';
  else if (startSign >= 0 && endSign <= 0) change = 'shortened';
  else change = 'moved';
  return { kind: 'period', change, ...deltas, deadline };
}

/** Whether the end of a period moved earlier (an open end that closes counts). */
export function endMovedEarlier(before: unknown, after: unknown): boolean {
  const a = spanOf(before);
  const b = spanOf(after);
  return !!a && !!b && b.end < a.end;
}

// ---- prose ----

/** Lower-case words without diacritics: what similarity compares. */
export function normalisedTokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '');
}

/** Most word pairs a word diff compares before it falls back to replacing the middle whole. */
const MAX_WORD_CELLS = 1_000_000;

/** A word-level diff: words and the spaces between them, as equal, inserted and deleted runs. */
export function wordDiff(before: string, after: string): TextDetail {
  const a = before.match(/\s+|[^\s]+/g) ?? [];
  const b = after.match(/\s+|[^\s]+/g) ?? [];
  const pairs = lcsPairs(a, b, MAX_WORD_CELLS);
  const segments: TextSegment[] = [];
  const push = (op: TextSegment['op'], text: string): void => {
    if (text === '') return;
    const last = segments[segments.length - 1];
    if (last && last.op === op) segments[segments.length - 1] = { op, text: last.text + text };
    else segments.push({ op, text });
  };
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [a.length, b.length] as [number, number]]) {
    push('delete', a.slice(i, pi).join(''));
    push('insert', b.slice(j, pj).join(''));
    if (pi < a.length) push('equal', a[pi]!);
    i = pi + 1;
    j = pj + 1;
  }
  return { kind: 'text', segments };
}

/** Whether a string is prose (several words) rather than a code or a name-like value. */
export function isProse(text: string): boolean {
  return /\S\s+\S/.test(text);
}

/** Fields that hold a length of time ("zes maanden", "binnen 4 weken"). */
export const DURATION_KEYS: ReadonlySet<string> = new Set(['duration', 'within']);

/** Compares two written durations by the days they can take; `changed` when either cannot be read. */
export function compareDurations(before: unknown, after: unknown): DurationDetail {
  const read = (value: unknown) => {
    if (typeof value !== 'string') return undefined;
    const result = parseDuration(value);
    if (!result.ok) return undefined;
    return { min: amountDays(result.value.min).min, max: result.value.max ? amountDays(result.value.max).max : undefined };
  };
  const a = read(before);
  const b = read(after);
  if (!a || !b) return { kind: 'duration', change: 'changed' };
  const minDelta = b.min - a.min;
  const maxDelta = a.max !== undefined && b.max !== undefined ? b.max - a.max : undefined;
  const deltas = { minDeltaDays: minDelta, ...(maxDelta !== undefined ? { maxDeltaDays: maxDelta } : {}) };
  // One bounded and one open-ended ("minimaal 3 maanden") cannot be ordered.
  if ((a.max === undefined) !== (b.max === undefined)) return { kind: 'duration', change: 'changed', ...deltas };
  const signs = [minDelta, ...(maxDelta !== undefined ? [maxDelta] : [])];
  if (signs.every((d) => d === 0)) return { kind: 'duration', change: 'same', ...deltas };
  if (signs.every((d) => d >= 0)) return { kind: 'duration', change: 'longer', ...deltas };
  if (signs.every((d) => d <= 0)) return { kind: 'duration', change: 'shorter', ...deltas };
  return { kind: 'duration', change: 'changed', ...deltas };
}
