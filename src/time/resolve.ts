/** Resolving what a time value leaves to its context. */
import type { Interval, LabelledSegment, PlainTimeValue, TimeValue } from './types.js';

function resolveInterval(interval: Interval, documentPeriod: Interval): Interval {
  return interval.kind === 'document-period' ? documentPeriod : interval;
}

function resolvePlain(value: PlainTimeValue, documentPeriod: Interval): PlainTimeValue {
  switch (value.type) {
    case 'interval':
      return resolveInterval(value, documentPeriod);
    case 'list':
      return value;
    case 'recurrence':
      return value.during ? { ...value, during: resolveInterval(value.during, documentPeriod) } : value;
  }
}

/**
 * Replaces "gedurende de looptijd" (a `document-period` interval) by the document's own
 * period, wherever it occurs in the value. A document period that is itself
 * `document-period` resolves to nothing new, so pass the parsed `period` of the document.
 */
export function resolveDocumentPeriod(value: TimeValue, documentPeriod: Interval): TimeValue {
  if (value.type !== 'segments') return resolvePlain(value, documentPeriod);
  const segments: LabelledSegment[] = value.segments.map((segment) => ({ ...segment, value: resolvePlain(segment.value, documentPeriod) }));
  return { type: 'segments', segments };
}
