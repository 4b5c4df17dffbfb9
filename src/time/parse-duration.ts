/**
 * Reads lengths of time: "twee maanden", "Zes maanden tot een jaar", "binnen 1 week",
 * "maximaal 3 maanden", "na 2 tot 3 jaar", "minimaal een jaar", "de eerste drie maanden
 * van het project", "anderhalf jaar", ISO 8601 ("P2M", "P1Y6M", "PT24H").
 */
import { compareAmounts, ZERO, type Duration, type DurationAmount } from './duration.js';
import { failure } from './failures.js';
import { formatDuration } from './format.js';
import { explainTime, readPlainTime, timeTokens, type GrammarContext } from './time.js';
import type { Token } from './tokens.js';
import type { ParseResult } from './types.js';
import { ISO_DURATION, MINUTE_WORDS, NUMBER_WORDS, UNITS, WORKING_DAY_WORDS, type Unit } from './words.js';


/** "binnen", "maximaal": from nothing up to the amount. */
const AT_MOST: readonly (readonly string[])[] = [
  ['binnen'],
  ['within'],
  ['maximaal'],
  ['max', '.'],
  ['max'],
  ['hooguit'],
  ['ten', 'hoogste'],
  ['niet', 'langer', 'dan'],
  ['at', 'most'],
  ['up', 'to'],
  ['no', 'more', 'than'],
];

/** "minimaal": at least the amount, no upper bound. */
const AT_LEAST: readonly (readonly string[])[] = [
  ['minimaal'],
  ['minstens'],
  ['ten', 'minste'],
  ['tenminste'],
  ['min', '.'],
  ['niet', 'korter', 'dan'],
  ['at', 'least'],
  ['no', 'less', 'than'],
];

/** Words before a duration that do not change its range. */
const NEUTRAL: readonly (readonly string[])[] = [
  ['na'],
  ['after'],
  ['gedurende'],
  ['for'],
  ['duur', ':'],
  ['duur'],
];

/** "de eerste drie maanden (van het project)": a window from a start. */
const FIRST: readonly (readonly string[])[] = [
  ['in', 'de', 'eerste'],
  ['in', 'het', 'eerste'],
  ['de', 'eerste'],
  ['het', 'eerste'],
  ['eerste'],
  ['in', 'the', 'first'],
  ['the', 'first'],
  ['first'],
];

const RANGE_SEPARATORS: ReadonlySet<string> = new Set(['tot', 'tm', '-', 'a', 'to']);

function startsWith(ts: readonly Token[], words: readonly string[]): boolean {
  return words.length <= ts.length && words.every((w, i) => ts[i]?.norm === w);
}

function textOf(ctx: GrammarContext, ts: readonly Token[]): string {
  return ctx.text.slice(ts[0]?.start ?? 0, ts[ts.length - 1]?.end ?? 0);
}

function spanOf(ts: readonly Token[]): [number, number] {
  return [ts[0]?.start ?? 0, ts[ts.length - 1]?.end ?? 0];
}

/** A quantity: "3", "1,5", "twee", "een", "anderhalf", "half". */
function readQuantity(ts: readonly Token[]): number | undefined {
  const [a, b, c] = ts;
  if (ts.length === 1 && a) {
    if (a.kind === 'num') return Number(a.text);
    const word = NUMBER_WORDS.get(a.norm);
    if (word !== undefined) return word;
    if (a.norm === 'anderhalf' || a.norm === 'anderhalve') return 1.5;
    if (a.norm === 'half' || a.norm === 'halve') return 0.5;
    return undefined;
  }
  // "1,5": a decimal comma, nothing around it
  if (ts.length === 3 && a?.kind === 'num' && b?.norm === ',' && !b.spaced && c?.kind === 'num' && !c.spaced) {
    return Number(`${a.text}.${c.text}`);
  }
  // "een half jaar"
  if (ts.length === 2 && (a?.norm === 'een' || a?.norm === 'a') && (b?.norm === 'half' || b?.norm === 'halve')) return 0.5;
  return undefined;
}

/** A quantity of a unit as an exact amount, or undefined when it is not whole ("anderhalve maand"). */
function toAmount(quantity: number, unit: Unit): DurationAmount | undefined {
  const months = { year: 12, quarter: 3, month: 1 } as const;
  if (unit === 'year' || unit === 'quarter' || unit === 'month') {
    const total = quantity * months[unit];
    return Number.isInteger(total) ? { months: total, days: 0, hours: 0 } : undefined;
  }
  const hours = quantity * (unit === 'week' ? 168 : unit === 'day' ? 24 : 1);
  if (!Number.isInteger(hours)) return undefined;
  if (unit === 'hour') return { months: 0, days: 0, hours };
  return { months: 0, days: Math.floor(hours / 24), hours: hours % 24 };
}

interface ReadAmount {
  readonly amount: DurationAmount;
  /** The unit of a single-unit amount, for a bare quantity before it ("2 tot 3 jaar"). */
  readonly unit?: Unit;
}

/** "3 maanden", "twee weken", "anderhalf jaar", "halfjaar". */
function readSimpleAmount(ts: readonly Token[], ctx: GrammarContext): ReadAmount | undefined {
  if (ts.length === 1 && ts[0]!.norm === 'halfjaar') return { amount: { months: 6, days: 0, hours: 0 }, unit: 'year' };
  const last = ts[ts.length - 1];
  if (!last || ts.length < 2) return undefined;
  if (WORKING_DAY_WORDS.has(last.norm) || (last.norm === 'days' && ts[ts.length - 2]?.norm === 'working')) {
    ctx.failure ??= failure('working-days', textOf(ctx, ts), spanOf(ts));
    return undefined;
  }
  if (MINUTE_WORDS.has(last.norm)) {
    ctx.failure ??= failure('unsupported-unit', textOf(ctx, ts), spanOf(ts));
    return undefined;
  }
  const unit = UNITS.get(last.norm);
  const quantity = unit && readQuantity(ts.slice(0, -1));
  if (!unit || quantity === undefined) return undefined;
  const amount = toAmount(quantity, unit);
  if (!amount) ctx.failure ??= failure('inexact-fraction', textOf(ctx, ts), spanOf(ts));
  return amount && { amount, unit };
}

/** An amount, possibly in parts: "een jaar en zes maanden", "1 jaar, 2 maanden en 3 dagen". */
function readAmount(ts: readonly Token[], ctx: GrammarContext): ReadAmount | undefined {
  const parts: Token[][] = [[]];
  ts.forEach((token, i) => {
    const decimalComma = token.norm === ',' && !token.spaced && ts[i - 1]?.kind === 'num' && ts[i + 1]?.kind === 'num' && !ts[i + 1]!.spaced;
    if ((token.norm === 'en' || token.norm === 'and' || token.norm === ',') && !decimalComma) parts.push([]);
    else parts[parts.length - 1]!.push(token);
  });
  if (parts.some((part) => part.length === 0)) return undefined;
  if (parts.length === 1) return readSimpleAmount(ts, ctx);
  let total: DurationAmount = ZERO;
  for (const part of parts) {
    const read = readSimpleAmount(part, ctx);
    if (!read) return undefined;
    total = { months: total.months + read.amount.months, days: total.days + read.amount.days, hours: total.hours + read.amount.hours };
  }
  return { amount: total };
}

/** A range, or undefined when the text is not one. */
function readRange(ts: readonly Token[], ctx: GrammarContext): Duration | undefined {
  // "tussen 2 en 3 jaar", "between 2 and 3 years"
  if (ts[0]?.norm === 'tussen' || ts[0]?.norm === 'between') {
    const body = ts.slice(1);
    for (let k = 1; k < body.length - 1; k++) {
      if (body[k]!.norm !== 'en' && body[k]!.norm !== 'and') continue;
      const range = rangeOf(body.slice(0, k), body.slice(k + 1), ts, ctx);
      if (range) return range;
    }
    return undefined;
  }
  const body = ts[0]?.norm === 'van' || ts[0]?.norm === 'from' ? ts.slice(1) : ts;
  for (let k = 1; k < body.length - 1; k++) {
    if (!RANGE_SEPARATORS.has(body[k]!.norm)) continue;
    const range = rangeOf(body.slice(0, k), body.slice(k + 1), ts, ctx);
    if (range) return range;
  }
  return undefined;
}

function rangeOf(low: readonly Token[], high: readonly Token[], whole: readonly Token[], ctx: GrammarContext): Duration | undefined {
  const max = readAmount(high, ctx);
  if (!max) return undefined;
  let min = readAmount(low, ctx)?.amount;
  if (!min && max.unit) {
    // "2 tot 3 jaar": the first number takes the unit of the second
    const quantity = readQuantity(low);
    min = quantity === undefined ? undefined : toAmount(quantity, max.unit);
  }
  if (!min) return undefined;
  if (compareAmounts(min, max.amount) === 1) {
    ctx.failure ??= failure('backwards', textOf(ctx, whole), spanOf(whole));
    return undefined;
  }
  return { type: 'duration', min, max: max.amount };
}

function readDuration(ts: readonly Token[], ctx: GrammarContext): Duration | undefined {
  for (const prefix of FIRST) {
    if (ts.length <= prefix.length || !startsWith(ts, prefix)) continue;
    const rest = ts.slice(prefix.length);
    const of = rest.findIndex((t) => t.norm === 'van' || t.norm === 'of');
    const amountTokens = of > 0 ? rest.slice(0, of) : rest;
    const tail = of > 0 ? rest.slice(of + 1) : [];
    if (of > 0 && (tail.length === 0 || tail.some((t) => t.kind === 'num' || t.kind === 'date'))) continue;
    // "de eerste maand", "het eerste jaar": one of the unit
    const unit = amountTokens.length === 1 ? UNITS.get(amountTokens[0]!.norm) : undefined;
    const amount = unit ? toAmount(1, unit) : readAmount(amountTokens, ctx)?.amount;
    if (!amount) continue;
    const anchor = tail.length > 0 ? { at: 'start' as const, of: textOf(ctx, tail) } : { at: 'start' as const };
    return { type: 'duration', min: ZERO, max: amount, anchor };
  }
  for (const prefix of AT_MOST) {
    if (ts.length <= prefix.length || !startsWith(ts, prefix)) continue;
    const amount = readAmount(ts.slice(prefix.length), ctx);
    if (amount) return { type: 'duration', min: ZERO, max: amount.amount };
  }
  for (const prefix of AT_LEAST) {
    if (ts.length <= prefix.length || !startsWith(ts, prefix)) continue;
    const amount = readAmount(ts.slice(prefix.length), ctx);
    if (amount) return { type: 'duration', min: amount.amount };
  }
  for (const prefix of NEUTRAL) {
    if (ts.length <= prefix.length || !startsWith(ts, prefix)) continue;
    const rest = readDuration(ts.slice(prefix.length), ctx);
    if (rest) return rest;
  }
  const range = readRange(ts, ctx);
  if (range) return range;
  const amount = readAmount(ts, ctx);
  return amount && { type: 'duration', min: amount.amount, max: amount.amount };
}

function readIso(text: string): ParseResult<Duration> | undefined {
  const match = ISO_DURATION.exec(text.trim());
  if (!match) return undefined;
  const [years, months, weeks, days, hours, minutes, seconds] = match.slice(1).map((n) => Number(n ?? 0)) as number[];
  if (minutes || seconds) return failure('unsupported-unit', text.trim());
  const amount: DurationAmount = {
    months: (years ?? 0) * 12 + (months ?? 0),
    days: (weeks ?? 0) * 7 + (days ?? 0),
    hours: hours ?? 0,
  };
  const value: Duration = { type: 'duration', min: amount, max: amount };
  return { ok: true, value, normalised: formatDuration(value) };
}

/** Reads a length of time. Never throws; a failure says why and where. */
export function parseDuration(input: string): ParseResult<Duration> {
  try {
    const text = typeof input === 'string' ? input : String(input);
    if (text.trim() === '') return failure('empty', text);
    const iso = readIso(text);
    if (iso) return iso;
    const ts = timeTokens(text);
    if (!ts) return failure('too-long', text.trim());
    const ctx: GrammarContext = { text };
    const duration = ts.length > 0 ? readDuration(ts, ctx) : undefined;
    if (duration) return { ok: true, value: duration, normalised: formatDuration(duration) };
    if (ctx.failure) return ctx.failure;
    const whole = text.trim();
    const span: [number, number] = [text.indexOf(whole), text.indexOf(whole) + whole.length];
    if (readPlainTime(ts, { text })) return failure('time-not-duration', whole, span);
    const explained = explainTime(ts, { text });
    // Ages and durations look alike; in a duration field "unknown" says more.
    return explained.code === 'age-or-duration' || explained.code === 'duration-not-time' || explained.code === 'not-a-year'
      ? failure('unknown', whole, span)
      : explained;
  } catch {
    return failure('unknown', String(input));
  }
}
