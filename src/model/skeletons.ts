import type { Lang, Message } from '../core/i18n.js';
import { Document } from 'yaml';
import { orderBySchema } from '../format/key-order.js';
import { CURRENT_SCHEMA_VERSION } from '../migrate/versions.js';
import { readSchema } from '../schema/files.js';
import type { KindDefinition } from './kinds.js';
import { COMMON_SCHEMA_FILE } from './kinds.js';
import { humanise } from './registry.js';

export interface SkeletonOptions {
  readonly id: string;
  readonly title: string;
  /** What the modeline points at: the kind's schema as seen from where the file will live. */
  readonly schemaRef: string;
  /** The kind's schema as agendum checks it, for a custom kind whose required fields must be filled. */
  readonly schema?: Readonly<Record<string, unknown>>;
  /** The language of the comments (Dutch, the documents' language, unless told). */
  readonly lang?: Lang;
}

/**
 * The smallest valid document of a kind: the modeline, the identifying fields, its status
 * (concept) and what the kind's schema requires besides, with comments that say what to fill in
 * next. A custom kind's required fields get a value of the right shape: the schema's example or
 * default where it has one.
 */
export const STATUS_COMMENT: Message = {
  en: ' concept, ter bespreking, ter vaststelling, vastgesteld or ingetrokken',
  nl: ' concept, ter bespreking, ter vaststelling, vastgesteld of ingetrokken',
};

export function skeleton(definition: KindDefinition, options: SkeletonOptions): string {
  const head = { schemaVersion: CURRENT_SCHEMA_VERSION, kind: definition.kind, id: options.id, title: options.title, language: 'nl', status: 'concept' };
  const required = options.schema ? requiredFields(options.schema) : {};
  const body: Record<string, unknown> = { ...head, ...definition.skeleton.fields, ...required };
  const document = new Document(body);
  // In the order of the kind's schema, as `agendum fmt` would put them.
  orderBySchema(document.contents, definition);
  document.commentBefore = ` yaml-language-server: $schema=${options.schemaRef}`;
  const comments: Record<string, Message> = { status: STATUS_COMMENT, ...definition.skeleton.comments };
  for (const [key, message] of Object.entries(comments)) {
    const comment = message[options.lang ?? 'nl'];
    const pair = document.contents && 'items' in document.contents ? (document.contents.items as { key: { value: unknown; commentBefore?: string } }[]).find((p) => p.key.value === key) : undefined;
    if (pair) pair.key.commentBefore = comment;
  }
  // The modeline must be the first line, directly followed by the document.
  return document.toString({ lineWidth: 0 }).replace(/^(# yaml-language-server:[^\n]*)\n\n/, '$1\n');
}

type Json = Readonly<Record<string, unknown>>;

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const HEAD = new Set(['$schema', 'schemaVersion', 'kind', 'id', 'title', 'language', 'status']);

/** Values for the required fields of a custom kind's root, besides the identifying ones. */
function requiredFields(schema: Json): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const properties = isJson(schema.properties) ? schema.properties : {};
  const ids = new Set<string>();
  for (const key of Array.isArray(schema.required) ? (schema.required as string[]) : []) {
    if (HEAD.has(key)) continue;
    fields[key] = example(properties[key], key, schema, 0, ids);
  }
  return fields;
}

/** A new id for a placeholder item: from the field it stands in, unique in the document. */
function newId(key: string, ids: Set<string>): string {
  const base = key.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/[^a-z0-9]+/gi, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'onderdeel';
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  return id;
}

/** What a placeholder text says: the field's heading in the schema (the writer's language), else its name made readable. */
function placeholderText(node: Json | undefined, key: string): string {
  return node && typeof node.title === 'string' && node.title.trim() !== '' ? node.title : humanise(key);
}

/** Common definitions with a value that reads as a real one. */
const COMMON_EXAMPLES: Readonly<Record<string, unknown>> = {
  period: '2025 t/m 2028',
  timeExpression: '2025',
  deadline: '2025',
  calendarDate: '2025-01-01',
  duration: 'drie maanden',
  durationExpression: 'drie maanden',
  money: { value: 0 },
  workStatus: 'open',
  documentStatus: 'concept',
  role: 'trekker',
  recurrence: 'jaarlijks',
  language: 'nl',
};

function resolve(ref: string, root: Json): { schema: unknown; name?: string } {
  const [file, pointer = ''] = ref.split('#');
  const base = file === COMMON_SCHEMA_FILE ? readSchema(COMMON_SCHEMA_FILE) : root;
  let node: unknown = base;
  for (const segment of pointer.split('/').slice(1)) node = isJson(node) ? node[segment.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  const name = file === COMMON_SCHEMA_FILE ? pointer.split('/').pop() : undefined;
  return { schema: node, ...(name ? { name } : {}) };
}

function example(node: unknown, key: string, root: Json, depth: number, ids: Set<string>, titled?: Json): unknown {
  if (!isJson(node) || depth > 12) return placeholderText(titled, key);
  if (Array.isArray(node.examples) && node.examples.length > 0) return node.examples[0];
  if (node.default !== undefined) return node.default;
  if (node.const !== undefined) return node.const;
  if (Array.isArray(node.enum) && node.enum.length > 0) return node.enum[0];
  if (typeof node.$ref === 'string') {
    const target = resolve(node.$ref, root);
    if (target.name !== undefined && target.name in COMMON_EXAMPLES) return COMMON_EXAMPLES[target.name];
    if (target.name === 'id') return newId(key, ids);
    return example(target.schema, key, target.name !== undefined ? readSchema(COMMON_SCHEMA_FILE) : root, depth + 1, ids, titled ?? node);
  }
  for (const branch of ['oneOf', 'anyOf', 'allOf'] as const) {
    const branches = node[branch];
    if (Array.isArray(branches) && branches.length > 0) return example(branches[0], key, root, depth + 1, ids, titled ?? node);
  }
  const type = Array.isArray(node.type) ? node.type[0] : node.type;
  switch (type) {
    case 'object': {
      const properties = isJson(node.properties) ? node.properties : {};
      const value: Record<string, unknown> = {};
      // An item's id first, from the list it stands in, so that two placeholder items differ.
      for (const name of Array.isArray(node.required) ? (node.required as string[]) : []) value[name] = name === 'id' ? newId(key, ids) : example(properties[name], name, root, depth + 1, ids);
      return value;
    }
    case 'array':
      // One item, so the writer sees its shape.
      return [example(node.items, key, root, depth + 1, ids, titled ?? node)];
    case 'integer':
    case 'number':
      return typeof node.minimum === 'number' ? node.minimum : 0;
    case 'boolean':
      return false;
    default:
      return placeholderText(titled ?? node, key);
  }
}
