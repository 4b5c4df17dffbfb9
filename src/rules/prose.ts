import type { PathSegment } from '../core/pointer.js';
import { memoised } from '../core/memo.js';
import { visits } from './visits.js';
import type { Visit } from './walk.js';

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
  /** Built when first asked for (see `Visit`). */
  readonly path: readonly PathSegment[];
}

class Prose implements ProseValue {
  constructor(
    readonly text: string,
    private readonly visit: Visit,
  ) {}

  get path(): readonly PathSegment[] {
    return this.visit.path;
  }
}

/** Every string of the document that holds the writer's words, with its path, in document order. */
export function proseValues(data: unknown): readonly ProseValue[] {
  if (data === null || typeof data !== 'object') return findProse(data);
  return memoised(data, proseValues, () => findProse(data));
}

function findProse(data: unknown): ProseValue[] {
  const found: ProseValue[] = [];
  for (const visit of visits(data)) {
    const value = visit.value;
    if (typeof value !== 'string' || visit.depth === 0) continue;
    const key = keyOf(visit);
    if (key !== undefined && NOT_PROSE.has(key)) continue;
    found.push(new Prose(value, visit));
  }
  return found;
}

/** The key of the member a visited value belongs to, looking through list indexes, as `nearestKey` gives it. */
function keyOf(visit: Visit): string | undefined {
  for (let at: Visit | undefined = visit; at && at.depth > 0; at = at.parent) {
    if (typeof at.key === 'string') return at.key;
  }
  return undefined;
}

/** The key of the member a value belongs to, looking through list indexes (`parties/0` → `parties`). */
export function nearestKey(path: readonly PathSegment[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') return segment;
  }
  return undefined;
}
