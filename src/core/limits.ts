import type { Message } from './i18n.js';

/**
 * Structural limits of a document, measured on its text before any parser builds a tree of it,
 * so that they hold whichever parser the loader uses. The file size limit alone does not bound
 * the work: 4 MB of `- a` lines are a million list items, which took 15 s and 1.7 GB to read.
 */

/**
 * How many nodes (list items, keys, values, collections) a document may hold. The largest real
 * agenda holds some 2,000; a document at this limit is read in seconds within a 256 MB heap.
 */
export const MAX_NODES = 200_000;

/**
 * How many nodes the data of a document may hold with its aliases expanded (each alias counted
 * as a copy of its anchor): the checks walk the data as it is, copies and all.
 */
export const MAX_DATA_NODES = 2 * MAX_NODES;

/**
 * The offset of the mark at which a text can hold more than `limit` nodes, or undefined when it
 * cannot. One pass over the characters, counting the marks that introduce a node in YAML: `[`
 * and `{` (a collection and its first entry), `,` (the next entry), `:` (a key and its value),
 * `?` and `-` before white space (an explicit key and its value, a list item). Every node but the
 * root is introduced by one of them, so the count is never below the nodes the text holds; it
 * counts such marks inside text and comments too, which a document has far fewer of than nodes.
 */
export function crowdedOffset(text: string, limit: number = MAX_NODES): number | undefined {
  const length = text.length;
  // No mark counts more than two: a text this short cannot reach the limit.
  if (1 + 2 * length <= limit) return undefined;
  let nodes = 1;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2c) nodes += 1; // ,
    else if (code === 0x3a || code === 0x5b || code === 0x7b) nodes += 2; // : [ {
    else if (code === 0x2d || code === 0x3f) {
      // - and ? count only before white space or the end, as block indicators stand.
      const next = i + 1 < length ? text.charCodeAt(i + 1) : 0x0a;
      if (next === 0x20 || next === 0x0a || next === 0x0d || next === 0x09) nodes += code === 0x2d ? 1 : 2;
      else continue;
    } else continue;
    if (nodes > limit) return i;
  }
  return undefined;
}

const grouped = (n: number, separator: string) => String(n).replace(/\B(?=(\d{3})+$)/g, separator);

/** The finding for a document over MAX_NODES (code `yaml/too-many-nodes`). */
export const TOO_MANY_NODES: Message = {
  en: `the file holds more than ${grouped(MAX_NODES, ',')} list items, keys and values (counted before it is read, punctuation in its text too); agendum does not read it. Split the document.`,
  nl: `het bestand bevat meer dan ${grouped(MAX_NODES, '.')} lijstonderdelen, sleutels en waarden (geteld vóór het lezen, leestekens in de tekst meegerekend); agendum leest het niet. Splits het document.`,
};
