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
}

/**
 * The smallest valid document of a kind: the modeline, the identifying fields, its status
 * (concept) and what the kind's schema requires besides, with comments that say what to fill in
 * next. A custom kind's required fields get a value of the right shape: the schema's example or
 * default where it has one.
 */
export function skeleton(definition: KindDefinition, options: SkeletonOptions): string {
  const head = { schemaVersion: CURRENT_SCHEMA_VERSION, kind: definition.kind, id: options.id, title: options.title, language: 'nl', status: 'concept' };
  const required = options.schema ? requiredFields(options.schema) : {};
  const body: Record<string, unknown> = { ...head, ...definition.skeleton.fields, ...required };
  const document = new Document(body);
  // In the order of the kind's schema, as `agendum fmt` would put them.
  orderBySchema(document.contents, definition);
  document.commentBefore = ` yaml-language-server: $schema=${options.schemaRef}`;
  const comments: Record<string, string> = { status: ' concept, ter bespreking, ter vaststelling, vastgesteld or ingetrokken', ...definition.skeleton.comments };
  for (const [key, comment] of Object.entries(comments)) {
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
  for (const key of Array.isArray(schema.required) ? (schema.required as string[]) : []) {
    if (HEAD.has(key)) continue;
    fields[key] = example(properties[key], key, schema, 0);
  }
  return fields;
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

function example(node: unknown, key: string, root: Json, depth: number): unknown {
  if (!isJson(node) || depth > 12) return humanise(key);
  if (Array.isArray(node.examples) && node.examples.length > 0) return node.examples[0];
  if (node.default !== undefined) return node.default;
  if (node.const !== undefined) return node.const;
  if (Array.isArray(node.enum) && node.enum.length > 0) return node.enum[0];
  if (typeof node.$ref === 'string') {
    const target = resolve(node.$ref, root);
    if (target.name !== undefined && target.name in COMMON_EXAMPLES) return COMMON_EXAMPLES[target.name];
    if (target.name === 'id') return key.replace(/[^a-z0-9]+/gi, '-').toLowerCase() || 'eerste';
    return example(target.schema, key, target.name !== undefined ? readSchema(COMMON_SCHEMA_FILE) : root, depth + 1);
  }
  for (const branch of ['oneOf', 'anyOf', 'allOf'] as const) {
    const branches = node[branch];
    if (Array.isArray(branches) && branches.length > 0) return example(branches[0], key, root, depth + 1);
  }
  const type = Array.isArray(node.type) ? node.type[0] : node.type;
  switch (type) {
    case 'object': {
      const properties = isJson(node.properties) ? node.properties : {};
      const value: Record<string, unknown> = {};
      for (const name of Array.isArray(node.required) ? (node.required as string[]) : []) value[name] = example(properties[name], name, root, depth + 1);
      return value;
    }
    case 'array':
      return typeof node.minItems === 'number' && node.minItems > 0 ? [example(node.items, key, root, depth + 1)] : [];
    case 'integer':
    case 'number':
      return typeof node.minimum === 'number' ? node.minimum : 0;
    case 'boolean':
      return false;
    default:
      return humanise(key);
  }
}
