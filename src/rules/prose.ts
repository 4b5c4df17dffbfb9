import type { PathSegment } from '../core/pointer.js';
import { visits } from './visits.js';

/**
 * Keys whose values are machine words, not the writer's text: ids and references to ids,
 * numbers and marks, codes from an enum, web addresses, and the punctuation that joins parts
 * of a sentence. Text rules leave them alone.
 */
const NOT_PROSE = new Set([
  '$schema',
  'schemaVersion',
  'kind',
  'language',
  'id',
  'ref',
  'partner',
  'after',
  'implements',
  'parties',
  'organisations',
  'requiresConsentOf',
  'approvedBy',
  'affects',
  'number',
  'appendixNumber',
  'mark',
  'currency',
  'type',
  'status',
  'change',
  'setting',
  'partsSchedule',
  'durationPlacement',
  'separator',
  'connector',
  'url',
]);

export interface ProseValue {
  readonly text: string;
  readonly path: readonly PathSegment[];
}

/** Every string of the document that holds the writer's words, with its path, in document order. */
export function* proseValues(data: unknown): Generator<ProseValue> {
  for (const { value, path } of visits(data)) {
    if (typeof value !== 'string' || path.length === 0) continue;
    const key = nearestKey(path);
    if (key !== undefined && NOT_PROSE.has(key)) continue;
    yield { text: value, path };
  }
}

/** The key of the member a value belongs to, looking through list indexes (`parties/0` → `parties`). */
export function nearestKey(path: readonly PathSegment[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') return segment;
  }
  return undefined;
}
