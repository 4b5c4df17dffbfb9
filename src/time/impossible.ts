import { parseTime } from './time.js';
import type { ParseFailure } from './types.js';

/** A value that is one calendar day and nothing else: 2021-02-30, 30-02-2021, 30 februari 2021. */
const LONE_DATE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}\s+\p{L}+\.?\s+\d{4})$/u;

/**
 * Why a value that is written as one calendar day is no day of the calendar (February 30th,
 * month 13), or undefined when it is a day, or not written as one.
 */
export function impossibleDate(text: string): ParseFailure | undefined {
  const trimmed = text.trim();
  if (!LONE_DATE.test(trimmed)) return undefined;
  const result = parseTime(trimmed);
  return !result.ok && result.code === 'invalid-date' ? result : undefined;
}
