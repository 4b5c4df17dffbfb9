/**
 * Matching the elements of a list that have no id: first exact matches in order (a bounded
 * LCS on content hashes), then exact matches out of order (a hash map), then the most similar
 * remaining pairs (greedy on word overlap, above a threshold). Keyed elements never come here:
 * they are matched by id across the whole document.
 */
import { lcsPairs } from './lcs.js';
import { isRecord, normalisedTokens } from './values.js';

/** Least similarity (Dice coefficient of the word sets) for two elements to count as one edited element. */
export const SIMILARITY_THRESHOLD = 0.5;

/** Lists of leftovers up to this many pairs are compared all against all; longer ones within a window. */
const ALL_PAIRS_LIMIT = 10_000;
/** How far (in leftovers) from its proportional place an element looks for a partner in long lists. */
const WINDOW = 32;

export interface ListMatch {
  /** `[oldIndex, newIndex]`, sorted by new index. */
  readonly pairs: ReadonlyArray<readonly [number, number]>;
  /** Old indexes without a partner, ascending. */
  readonly removed: readonly number[];
  /** New indexes without a partner, ascending. */
  readonly added: readonly number[];
}

const hashes = new WeakMap<object, string>();

/** A canonical text of a value (keys sorted), equal for deep-equal values; cached per object. */
export function contentHash(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'undefined';
  const known = hashes.get(value);
  if (known !== undefined) return known;
  const text = Array.isArray(value)
    ? `[${value.map(contentHash).join(',')}]`
    : `{${Object.keys(value)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${contentHash((value as Record<string, unknown>)[k])}`)
        .join(',')}}`;
  hashes.set(value, text);
  return text;
}

/** The words of every string (and number) in a value. */
function tokensOf(value: unknown): Set<string> {
  const words = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') for (const t of normalisedTokens(v)) words.add(t);
    else if (typeof v === 'number' || typeof v === 'boolean') words.add(String(v));
    else if (Array.isArray(v)) v.forEach(visit);
    else if (isRecord(v)) Object.values(v).forEach(visit);
  };
  visit(value);
  return words;
}

function shape(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (isRecord(value)) return 'object';
  return typeof value;
}

/** Dice coefficient of two word sets; objects without words compare by their keys. */
export function similarity(a: unknown, b: unknown, ta = tokensOf(a), tb = tokensOf(b)): number {
  if (shape(a) !== shape(b)) return 0;
  if (ta.size === 0 && tb.size === 0) {
    if (!isRecord(a) || !isRecord(b)) return 0;
    const ka = Object.keys(a);
    const kb = new Set(Object.keys(b));
    const shared = ka.filter((k) => kb.has(k)).length;
    return ka.length + kb.size === 0 ? 0 : (2 * shared) / (ka.length + kb.size);
  }
  const [small, large] = ta.size <= tb.size ? [ta, tb] : [tb, ta];
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return (2 * shared) / (ta.size + tb.size);
}

/**
 * Matches two lists of unkeyed elements. `oldItems`/`newItems` are whole lists; only the indexes
 * in `oldIndexes`/`newIndexes` take part (the others are keyed).
 */
export function matchUnkeyed(
  oldItems: readonly unknown[],
  newItems: readonly unknown[],
  oldIndexes: readonly number[],
  newIndexes: readonly number[],
): ListMatch {
  const oldHashes = oldIndexes.map((i) => contentHash(oldItems[i]));
  const newHashes = newIndexes.map((j) => contentHash(newItems[j]));
  const pairs: Array<[number, number]> = [];
  const oldUsed = new Uint8Array(oldIndexes.length);
  const newUsed = new Uint8Array(newIndexes.length);

  // 1. Unchanged elements in order.
  for (const [a, b] of lcsPairs(oldHashes, newHashes)) {
    pairs.push([a, b]);
    oldUsed[a] = 1;
    newUsed[b] = 1;
  }

  // 2. Unchanged elements that changed place.
  const byHash = new Map<string, number[]>();
  oldHashes.forEach((h, a) => {
    if (oldUsed[a]) return;
    const queue = byHash.get(h);
    if (queue) queue.push(a);
    else byHash.set(h, [a]);
  });
  newHashes.forEach((h, b) => {
    if (newUsed[b]) return;
    const queue = byHash.get(h);
    const a = queue?.shift();
    if (a === undefined) return;
    pairs.push([a, b]);
    oldUsed[a] = 1;
    newUsed[b] = 1;
  });

  // 3. Edited elements: the most similar pairs first.
  const oldLeft = oldIndexes.map((_, a) => a).filter((a) => !oldUsed[a]);
  const newLeft = newIndexes.map((_, b) => b).filter((b) => !newUsed[b]);
  if (oldLeft.length > 0 && newLeft.length > 0) {
    const oldTokens = oldLeft.map((a) => tokensOf(oldItems[oldIndexes[a]!]));
    const newTokens = newLeft.map((b) => tokensOf(newItems[newIndexes[b]!]));
    const candidates: Array<{ score: number; x: number; y: number }> = [];
    const allPairs = oldLeft.length * newLeft.length <= ALL_PAIRS_LIMIT;
    for (let y = 0; y < newLeft.length; y++) {
      const centre = Math.round((y * oldLeft.length) / newLeft.length);
      const from = allPairs ? 0 : Math.max(0, centre - WINDOW);
      const to = allPairs ? oldLeft.length : Math.min(oldLeft.length, centre + WINDOW + 1);
      for (let x = from; x < to; x++) {
        const score = similarity(
          oldItems[oldIndexes[oldLeft[x]!]!],
          newItems[newIndexes[newLeft[y]!]!],
          oldTokens[x],
          newTokens[y],
        );
        if (score >= SIMILARITY_THRESHOLD) candidates.push({ score, x, y });
      }
    }
    candidates.sort((p, q) => q.score - p.score || p.y - q.y || p.x - q.x);
    for (const { x, y } of candidates) {
      const a = oldLeft[x]!;
      const b = newLeft[y]!;
      if (oldUsed[a] || newUsed[b]) continue;
      pairs.push([a, b]);
      oldUsed[a] = 1;
      newUsed[b] = 1;
    }
  }

  return {
    pairs: pairs.map(([a, b]) => [oldIndexes[a]!, newIndexes[b]!] as const).sort((p, q) => p[1] - q[1]),
    removed: oldIndexes.filter((_, a) => !oldUsed[a]),
    added: newIndexes.filter((_, b) => !newUsed[b]),
  };
}
