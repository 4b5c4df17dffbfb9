/**
 * Values worked out from a document's data once and shared by everything that asks for them
 * (the list of its values, its typed values, its time sites), for the few documents worked on
 * last. A WeakMap keyed by the data would say the same, but V8's young-generation collector
 * keeps alive what such a map holds as long as the map lives: every document's derived values
 * then survived to the old generation, where only the far slower full collections free them,
 * and the heap of a run over thousands of documents grew to several times what it held.
 * Held here, a document's values die once a few other documents have come after it.
 */

/** How many documents keep their values: a diff or a render works on two or three at a time. */
const DOCUMENTS = 4;

const recent: { data: object; values: Map<unknown, unknown> }[] = [];

/** The memo of one document's data: a map the caller keys by something of its own (a function, a kind). */
export function documentMemo(data: object): Map<unknown, unknown> {
  for (let i = 0; i < recent.length; i++) {
    const entry = recent[i]!;
    if (entry.data !== data) continue;
    if (i > 0) {
      recent.splice(i, 1);
      recent.unshift(entry);
    }
    return entry.values;
  }
  const values = new Map<unknown, unknown>();
  recent.unshift({ data, values });
  if (recent.length > DOCUMENTS) recent.length = DOCUMENTS;
  return values;
}

/** The value `compute` gives for this document's data and key, worked out once while the document is among the recent ones. */
export function memoised<T>(data: object, key: unknown, compute: () => T): T {
  const values = documentMemo(data);
  if (values.has(key)) return values.get(key) as T;
  const value = compute();
  values.set(key, value);
  return value;
}
