import { isMap, isScalar, isSeq } from 'yaml';
import type { Pair } from 'yaml';
import { COMMON_SCHEMA_FILE } from '../model/kinds.js';
import type { KindDefinition } from '../model/kinds.js';
import { kindSchema } from '../model/registry.js';
import { readSchema } from '../schema/files.js';

type Json = Readonly<Record<string, unknown>>;

/**
 * Definitions whose parts are printed in the order the writer gave them, so their key order is
 * part of what the document says: a funding statement ("€ 88.087 Project Moviera … vanuit
 * projectsubsidie GHNT"), a target sentence, a labelled period part ("Pilots in 2020" beside
 * "2020 bekendheid CSG") and the parts of a project, whose paragraphs may run on from one part
 * into the next. Their keys stay where the writer put them (see render/view.ts).
 */
const WRITER_ORDER = new Set([
  `${COMMON_SCHEMA_FILE}#/$defs/periodSegment`,
  'execution-agenda.schema.json#/$defs/fundingItem',
  'project-plan.schema.json#/$defs/target',
  'project-plan.schema.json#/$defs/project',
]);

/** A place in a schema: the subschema, the file it is in, and whether it keeps the writer's order. */
interface Place {
  readonly schema: Json;
  readonly file: string;
  readonly writerOrder: boolean;
}

/** An object shape a value may have: its properties in the schema's order. */
interface Shape {
  readonly properties: Readonly<Record<string, unknown>>;
  readonly file: string;
  readonly writerOrder: boolean;
}

const cache = new Map<string, Json>();

function schemaFile(file: string): Json {
  let schema = cache.get(file);
  if (!schema) {
    schema = readSchema(file);
    cache.set(file, schema);
  }
  return schema;
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The subschema a `$ref` names, as a place, or undefined for a reference outside the package's schemas. */
function follow(ref: string, from: string): Place | undefined {
  const [fileName, pointer = ''] = ref.split('#');
  const file = fileName === '' || fileName === undefined ? from : fileName;
  let node: unknown = schemaFile(file);
  for (const segment of pointer.split('/').slice(1)) node = isJson(node) ? node[segment.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return isJson(node) ? { schema: node, file, writerOrder: WRITER_ORDER.has(`${file}#${pointer}`) } : undefined;
}

/** The concrete subschemas a place stands for: references followed, oneOf/anyOf/allOf/if-then-else opened. */
function alternatives(place: Place, seen = new Set<Json>()): Place[] {
  if (seen.has(place.schema)) return [];
  seen.add(place.schema);
  const found: Place[] = [place];
  const { schema } = place;
  const inherit = (next: Place): Place => (place.writerOrder ? { ...next, writerOrder: true } : next);
  if (typeof schema.$ref === 'string') {
    const target = follow(schema.$ref, place.file);
    if (target) found.push(...alternatives(inherit(target), seen));
  }
  for (const key of ['oneOf', 'anyOf', 'allOf']) {
    const branches = schema[key];
    if (Array.isArray(branches)) for (const branch of branches) if (isJson(branch)) found.push(...alternatives(inherit({ schema: branch, file: place.file, writerOrder: false }), seen));
  }
  for (const key of ['then', 'else']) {
    const branch = schema[key];
    if (isJson(branch)) found.push(...alternatives(inherit({ schema: branch, file: place.file, writerOrder: false }), seen));
  }
  return found;
}

function shapes(place: Place): Shape[] {
  return alternatives(place).flatMap((p) => (isJson(p.schema.properties) ? [{ properties: p.schema.properties, file: p.file, writerOrder: p.writerOrder }] : []));
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

/**
 * Puts the keys of every mapping in the order its schema lists them, where the order is not
 * part of what the document says; keys the schema does not know keep their place after the
 * known ones. Works on the parsed tree, so comments travel with their keys.
 */
export function orderBySchema(root: unknown, info: KindDefinition): void {
  // A custom kind's schema is held by its definition; its local references resolve within it.
  const file = info.builtin ? info.schemaFile : `custom:${info.kind}`;
  if (!info.builtin) cache.set(file, kindSchema(info));
  visit(root, { schema: schemaFile(file), file, writerOrder: false });
}

function visit(node: unknown, place: Place): void {
  if (isSeq(node)) {
    const items = alternatives(place).flatMap((p) => (isJson(p.schema.items) ? [{ schema: p.schema.items, file: p.file, writerOrder: false }] : []));
    const itemPlace = items[0];
    if (itemPlace) for (const item of node.items) visit(item, itemPlace);
    return;
  }
  if (!isMap(node)) return;
  const candidates = shapes(place);
  if (candidates.length === 0) return;
  const keys = node.items.map(keyOf);
  const fits = (shape: Shape) => keys.filter((key) => key !== undefined && key in shape.properties).length;
  const best = Math.max(...candidates.map(fits));
  const chosen = candidates.filter((shape) => fits(shape) === best);
  const order = [...new Set(chosen.flatMap((shape) => Object.keys(shape.properties)))];
  if (!chosen.some((shape) => shape.writerOrder)) {
    const rank = (pair: Pair) => {
      const index = order.indexOf(keyOf(pair) ?? '');
      return index < 0 ? order.length : index;
    };
    const original = new Map(node.items.map((pair, index) => [pair, index]));
    // Extension fields (x-…) stay beside the key the writer put them after; the others take the schema's order.
    const isExtension = (pair: Pair) => keyOf(pair)?.startsWith('x-') === true;
    const written = [...node.items];
    const sorted = written.filter((pair) => !isExtension(pair)).sort((a, b) => rank(a) - rank(b) || original.get(a)! - original.get(b)!);
    let leading = 0;
    for (const [index, pair] of written.entries()) {
      if (!isExtension(pair)) continue;
      const anchor = written.slice(0, index).reverse().find((other) => !isExtension(other));
      let at = anchor ? sorted.indexOf(anchor) + 1 : leading++;
      while (anchor && at < sorted.length && isExtension(sorted[at]!)) at++;
      sorted.splice(at, 0, pair);
    }
    node.items = sorted;
  }
  for (const pair of node.items) {
    const key = keyOf(pair);
    const shape = key === undefined ? undefined : chosen.find((s) => key in s.properties);
    const child = shape?.properties[key!];
    if (shape && isJson(child)) visit(pair.value, { schema: child, file: shape.file, writerOrder: false });
  }
}
