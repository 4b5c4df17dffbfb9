import { documentMemo } from '../core/memo.js';
import type { PathSegment } from '../core/pointer.js';
import type { KindDefinition } from '../model/kinds.js';
import { COMMON_SCHEMA_FILE } from '../model/kinds.js';
import { kindSchema } from '../model/registry.js';
import { readSchema } from './files.js';

type Json = Readonly<Record<string, unknown>>;

/**
 * A value of a document whose schema is one of agendum's common definitions: a period, a
 * deadline, a duration, an amount, a status, roles. Rules, the timeline and the renders find the
 * values they work on this way, so that a kind a repository registers is understood wherever its
 * schema uses those definitions, whatever its fields are called.
 */
export interface TypedValue {
  readonly path: readonly PathSegment[];
  /** The common definition (`period`, `deadline`, `calendarDate`, `duration`, `money`, …). */
  readonly type: string;
  /** The object key the value stands under (the last key of its path). */
  readonly key: string | undefined;
  readonly value: unknown;
}

/** The common definitions found by `typedValues`; others are walked through. */
const TYPES: ReadonlySet<string> = new Set([
  'period',
  'timeExpression',
  'deadline',
  'calendarDate',
  'duration',
  'durationExpression',
  'money',
  'workStatus',
  'documentStatus',
  'roles',
  'roleHolder',
  'progress',
  'indicators',
  'recurrence',
  'reviewCycle',
  'links',
  'documentLink',
  'funders',
  'deliverables',
  'steps',
  'paragraphs',
  'bullets',
]);
/** Definitions whose insides hold nothing more to find. */
const LEAVES: ReadonlySet<string> = new Set(['period', 'timeExpression', 'deadline', 'calendarDate', 'duration', 'durationExpression', 'money', 'workStatus', 'documentStatus', 'recurrence', 'paragraphs', 'bullets']);

/**
 * A subschema as the walk meets it, with the file its local references resolve in
 * (`common.schema.json`, a kind's file, or `custom:Kind`). There is one per subschema and file
 * (see `placeOf`), and it keeps what the walk asks of it: its alternatives for each type of
 * value, and the places of its items and members. A document of a thousand values is walked
 * without working any of that out again.
 */
class Place {
  private readonly byType = new Map<string, readonly Alternative[]>();
  private itemPlace: Place | null | undefined;
  private readonly memberPlaces = new Map<string, Place | null>();

  constructor(
    readonly schema: Json,
    readonly file: string,
    readonly root: Json,
  ) {}

  /** The concrete subschemas this place stands for, given the value (see `resolveAlternatives`). */
  alternatives(value: unknown): readonly Alternative[] {
    const type = typeOf(value);
    let known = this.byType.get(type);
    if (!known) this.byType.set(type, (known = resolveAlternatives(this, value, this.root)));
    return known;
  }

  /** The place of a list's items, if the schema says what they are. */
  items(): Place | undefined {
    if (this.itemPlace === undefined) this.itemPlace = isJson(this.schema.items) ? placeOf(this.schema.items, this.file, this.root) : null;
    return this.itemPlace ?? undefined;
  }

  /** The place of an object's member, if the schema has it among its properties. */
  member(name: string): Place | undefined {
    let place = this.memberPlaces.get(name);
    if (place === undefined) {
      const properties = this.properties();
      const sub = properties && Object.prototype.hasOwnProperty.call(properties, name) ? properties[name] : undefined;
      place = isJson(sub) ? placeOf(sub, this.file, this.root) : null;
      this.memberPlaces.set(name, place);
    }
    return place ?? undefined;
  }

  properties(): Json | undefined {
    return isJson(this.schema.properties) ? this.schema.properties : undefined;
  }

  /**
   * Whether a value here may hold something `typedValues` finds: the walk does not open a title,
   * a text or a list of names. Worked out once per place, whatever the value's type; a schema that
   * refers back to itself is assumed to hold something.
   */
  mayHold(): boolean {
    if (this.holds === undefined) {
      this.holds = true;
      this.holds = holdsTyped(this);
    }
    return this.holds;
  }

  private holds: boolean | undefined;
}

/** Whether a place, through its references, branches, items and properties, reaches a typed value. */
function holdsTyped(place: Place): boolean {
  const schema = place.schema;
  if (isWorkStatus(place.properties()?.status)) return true;
  if (typeof schema.$ref === 'string') {
    const target = follow(schema.$ref, place.file, place.root);
    if (target && ((target.name !== undefined && TYPES.has(target.name)) || target.place.mayHold())) return true;
  }
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    const branches = schema[key];
    if (Array.isArray(branches) && branches.some((branch) => isJson(branch) && placeOf(branch, place.file, place.root).mayHold())) return true;
  }
  if (place.items()?.mayHold()) return true;
  const properties = place.properties();
  return properties !== undefined && Object.keys(properties).some((name) => place.member(name)?.mayHold() === true);
}

/** The places by the root they were reached from, their subschema and their file. */
const PLACES = new WeakMap<Json, WeakMap<Json, Map<string, Place>>>();

function placeOf(schema: Json, file: string, root: Json): Place {
  let bySchema = PLACES.get(root);
  if (!bySchema) PLACES.set(root, (bySchema = new WeakMap()));
  let byFile = bySchema.get(schema);
  if (!byFile) bySchema.set(schema, (byFile = new Map()));
  let place = byFile.get(file);
  if (!place) byFile.set(file, (place = new Place(schema, file, root)));
  return place;
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every value of the document that its kind's schema types as a common definition, in document
 * order. Parts of the data the schema does not describe (unknown keys, `x-` fields) are skipped;
 * where the schema offers alternatives, each that fits the value's shape is followed.
 */
export function typedValues(data: unknown, definition: KindDefinition): readonly TypedValue[] {
  if (!isJson(data)) return [];
  const memo = documentMemo(data);
  let byKind = memo.get(typedValues) as Map<KindDefinition, readonly TypedValue[]> | undefined;
  if (!byKind) memo.set(typedValues, (byKind = new Map()));
  const known = byKind.get(definition);
  if (known) return known;
  const found = walkTyped(data, rootPlace(definition));
  byKind.set(definition, found);
  return found;
}

/**
 * The common definition of the value at a path, as `typedValues` would give it first for that
 * path, found by following the path alone rather than walking the whole document: a diff asks
 * for the few places where two versions differ.
 */
export function typeAt(data: unknown, definition: KindDefinition, segments: readonly PathSegment[]): string | undefined {
  return isJson(data) ? typeAlong(data, rootPlace(definition), segments, 0) : undefined;
}

/** The place of a kind's whole schema, where both walks start. */
function rootPlace(definition: KindDefinition): Place {
  const root = kindSchema(definition);
  return placeOf(root, definition.builtin ? definition.schemaFile : `custom:${definition.kind}`, root);
}

/** The first type found at the end of the path from a value at a place (one visit of the walk). */
function typeAlong(value: unknown, place: Place, segments: readonly PathSegment[], depth: number): string | undefined {
  const alternatives = place.alternatives(value);
  if (depth === segments.length) {
    for (const { place: concrete, name } of alternatives) {
      if (name !== undefined && TYPES.has(name)) return name;
      if (isJson(value) && isWorkStatus(concrete.properties()?.status)) return 'workItem';
    }
    return undefined;
  }
  const segment = segments[depth]!;
  for (const { place: concrete, name } of alternatives) {
    if (name !== undefined && LEAVES.has(name)) continue;
    let child: unknown;
    let sub: Place | undefined;
    if (Array.isArray(value)) {
      const index = Number(segment);
      if (!Number.isInteger(index) || index < 0 || index >= value.length) return undefined;
      child = value[index];
      sub = concrete.items();
    } else if (isJson(value) && Object.prototype.hasOwnProperty.call(value, segment)) {
      child = value[segment];
      sub = concrete.member(String(segment));
    } else {
      return undefined;
    }
    const found = sub?.mayHold() ? typeAlong(child, sub, segments, depth + 1) : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A value waiting to be visited: its path is kept as a link to its parent's, and built only when needed. */
interface Pending {
  readonly value: unknown;
  readonly place: Place;
  readonly parent: Pending | undefined;
  readonly segment: PathSegment | undefined;
  readonly key: string | undefined;
  /**
   * Whether another entry may stand for the same value: one of its parents was opened by more
   * than one alternative, each pushing its members. Only such entries need the check that a
   * value is found once; for the others the path is never spelled out unless a value is found.
   */
  readonly twin: boolean;
  path?: PathSegment[];
}

function pathOf(entry: Pending): PathSegment[] {
  if (entry.path) return entry.path;
  const segments: PathSegment[] = [];
  let known: PathSegment[] = [];
  for (let at: Pending | undefined = entry; at; at = at.parent) {
    if (at.path) {
      known = at.path;
      break;
    }
    segments.push(at.segment!);
  }
  const path = known.slice();
  for (let i = segments.length - 1; i >= 0; i--) path.push(segments[i]!);
  entry.path = path;
  return path;
}

function walkTyped(data: unknown, start: Place): TypedValue[] {
  const found: TypedValue[] = [];
  const seen = new Set<string>();
  const names: string[] = [];
  // Whether the value at an entry was found under a name already: at that entry (its other
  // alternatives) or, for a twin, at another entry of the same path.
  const isNew = (entry: Pending, name: string): boolean => {
    if (names.includes(name)) return false;
    names.push(name);
    if (!entry.twin) return true;
    const id = `${pathOf(entry).join('\u0000')}\u0001${name}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  };
  // Iterative, depth first in document order: a document may nest deeper than the stack allows.
  const stack: Pending[] = [{ value: data, place: start, parent: undefined, segment: undefined, key: undefined, twin: false, path: [] }];
  const children: Pending[] = [];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { value, key } = entry;
    children.length = 0;
    names.length = 0;
    const alternatives = entry.place.alternatives(value);
    // Members pushed by two alternatives are twins, and so is everything below a twin.
    const twin = entry.twin || pushers(alternatives, value) > 1;
    for (const { place: concrete, name } of alternatives) {
      if (name !== undefined && TYPES.has(name)) {
        if (isNew(entry, name)) found.push({ path: pathOf(entry), type: name, key, value });
        if (LEAVES.has(name)) continue;
      }
      if (Array.isArray(value)) {
        const items = concrete.items();
        if (items?.mayHold()) for (let i = 0; i < value.length; i++) children.push({ value: value[i], place: items, parent: entry, segment: i, key, twin });
      } else if (isJson(value)) {
        const properties = concrete.properties();
        if (!properties) continue;
        // A piece of work: its schema gives it a status that starts open (an action, a phase, a precondition).
        if (isWorkStatus(properties.status) && isNew(entry, 'workItem')) found.push({ path: pathOf(entry), type: 'workItem', key, value });
        for (const member of Object.keys(value)) {
          const sub = concrete.member(member);
          if (sub?.mayHold()) children.push({ value: value[member], place: sub, parent: entry, segment: member, key: member, twin });
        }
      }
    }
    // Pushed in reverse, so that the first child is visited first.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

/** How many of a value's alternatives open it (push its items or members). */
function pushers(alternatives: readonly Alternative[], value: unknown): number {
  let count = 0;
  for (const { place, name } of alternatives) {
    if (name !== undefined && LEAVES.has(name)) continue;
    if (Array.isArray(value) ? place.items() !== undefined : isJson(value) && place.properties() !== undefined) count += 1;
  }
  return count;
}

type Alternative = { readonly place: Place; readonly name: string | undefined };

/**
 * The concrete subschemas a place stands for, given the value: references followed (a common
 * definition's name stays with the place its reference leads to), `allOf` all, `oneOf`/`anyOf`
 * the branches whose type fits. A leaf definition (a period, an amount) is not opened. They
 * depend on the value only through its type, so each place works them out once per type.
 */
function resolveAlternatives(place: Place, value: unknown, root: Json): Alternative[] {
  const out: Alternative[] = [];
  const visit = (current: Place, name: string | undefined, depth: number): void => {
    if (depth > 32) return;
    if (name !== undefined && LEAVES.has(name)) {
      out.push({ place: current, name });
      return;
    }
    const schema = current.schema;
    if (!fits(schema, value)) return;
    out.push({ place: current, name });
    if (typeof schema.$ref === 'string') {
      const target = follow(schema.$ref, current.file, root);
      if (target) visit(target.place, target.name, depth + 1);
    }
    for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
      const branches = schema[key];
      if (Array.isArray(branches)) for (const branch of branches) if (isJson(branch)) visit(placeOf(branch, current.file, root), undefined, depth + 1);
    }
  };
  visit(place, undefined, 0);
  return out;
}

/** A `status` property of the common work statuses, or a list of statuses that defaults to open. */
function isWorkStatus(property: unknown): boolean {
  if (!isJson(property)) return false;
  if (typeof property.$ref === 'string' && (property.$ref.endsWith('/workStatus') || property.$ref.endsWith('/preconditionStatus'))) return true;
  return property.default === 'open' && Array.isArray(property.enum);
}

/** A value's type as JSON Schema names it (`integer` for a whole number). */
function typeOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;
}

/** Whether a subschema's `type` allows the value's type (no `type`: anything). */
function fits(schema: Json, value: unknown): boolean {
  const type = schema.type;
  if (type === undefined) return true;
  const types = Array.isArray(type) ? type : [type];
  const actual = typeOf(value);
  return types.some((t) => t === actual || (t === 'number' && actual === 'integer') || (t === 'object' && actual === 'object'));
}

function follow(ref: string, from: string, root: Json): { place: Place; name: string | undefined } | undefined {
  const hash = ref.indexOf('#');
  const fileName = hash < 0 ? ref : ref.slice(0, hash);
  const pointer = hash < 0 ? '' : ref.slice(hash + 1);
  const file = fileName === '' ? from : fileName;
  let node: unknown = file.startsWith('custom:') ? (file === from ? root : undefined) : safeRead(file);
  for (const segment of pointer.split('/').slice(1)) node = isJson(node) ? node[segment.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  if (!isJson(node)) return undefined;
  const segments = pointer.split('/');
  const name = file === COMMON_SCHEMA_FILE && segments.length === 3 && segments[1] === '$defs' ? segments[2] : undefined;
  return { place: placeOf(node, file, root), name };
}

function safeRead(file: string): Json | undefined {
  try {
    return readSchema(file);
  } catch {
    return undefined;
  }
}
