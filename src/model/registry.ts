import { bilingualDescription } from '../schema/descriptions.js';
import { readSchema } from '../schema/files.js';
import type { Label, LabelSet } from './labels/types.js';
import type { KindDefinition } from './kinds.js';
import { BUILTIN_KINDS, COMMON_SCHEMA_FILE } from './kinds.js';

type Json = Record<string, unknown>;

/**
 * A kind a repository registers in agendum.config.yaml (`kinds:`), as read from there: plain
 * data, so that it can be sent to a worker thread with the rest of a run's settings.
 */
export interface CustomKindSpec {
  /** The name documents give in `kind:`. */
  readonly kind: string;
  /** The schema's file, absolute. */
  readonly schemaFile: string;
  /** The schema as read from that file. */
  readonly schema: Readonly<Json>;
  /** A folder of partials (absolute) that override the generic templates by name. */
  readonly templates?: string;
  readonly label?: Label;
  readonly description?: Label;
  /** Whether the kind's agreements bind its parties (diff reports changes to them as needing approval). */
  readonly bindingAgreements?: boolean;
}

/** `…/common.schema.json#/$defs/x` in a custom schema, wherever the writer's copy of common.schema.json lives. */
const COMMON_REF = /^(?:[^#]*[\\/])?common\.schema\.json(#.*)?$/;

/**
 * The kinds of one run: agendum's own and those the repository registers. Rules, timeline, diff
 * and render look kinds up here, so that a custom kind is handled wherever a built-in one is.
 */
export class KindRegistry {
  readonly custom: readonly CustomKindSpec[];
  private readonly byName = new Map<string, KindDefinition>();

  constructor(custom: readonly CustomKindSpec[] = []) {
    this.custom = custom;
    for (const definition of BUILTIN_KINDS) this.byName.set(definition.kind, definition);
    for (const spec of custom) this.byName.set(spec.kind, customDefinition(spec, composeCustomSchema(spec)));
  }

  get(kind: unknown): KindDefinition | undefined {
    return typeof kind === 'string' ? this.byName.get(kind) : undefined;
  }

  get all(): readonly KindDefinition[] {
    return [...this.byName.values()];
  }

  get names(): string[] {
    return [...this.byName.keys()];
  }

  /** The kind's JSON Schema as agendum checks it (a custom kind's with the common document fields added). */
  schema(kind: string): Readonly<Json> | undefined {
    const definition = this.byName.get(kind);
    return definition ? kindSchema(definition) : undefined;
  }
}

/** A kind's JSON Schema as agendum checks it. */
export function kindSchema(definition: KindDefinition): Readonly<Json> {
  return definition.schema ?? readSchema(definition.schemaFile);
}

/** The registry of agendum's own kinds, for runs without a configuration that adds any. */
export const BUILTIN_REGISTRY = new KindRegistry();

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A custom kind's schema as agendum checks it: its references to agendum's common definitions
 * pointed at agendum's own copy; the fields every document has (schemaVersion, kind, id, title,
 * status, period, roles, links, …) added where the schema does not define them itself; and `x-`
 * extension keys allowed on every mapping that allows no other unknown keys.
 */
export function composeCustomSchema(spec: CustomKindSpec): Readonly<Json> {
  const schema = rewrite(spec.schema) as Json;
  delete schema.$id;
  const commonDocument = (readSchema(COMMON_SCHEMA_FILE).$defs as Json).document as Json;
  const documentProperties = rewrite(commonDocument.properties, true) as Json;
  const own = isJson(schema.properties) ? schema.properties : {};
  const properties: Json = {};
  for (const [key, value] of Object.entries(documentProperties)) if (!(key in own)) properties[key] = value;
  Object.assign(properties, own);
  const kindDescription = `The kind of document: ${spec.kind}.`;
  properties.kind = { description: kindDescription, markdownDescription: bilingualDescription(`De documentsoort: ${spec.kind}.`, kindDescription), const: spec.kind };
  const required = [...new Set([...(commonDocument.required as string[]), ...(Array.isArray(schema.required) ? (schema.required as string[]) : [])])];
  const composed: Json = { ...schema, type: 'object', properties, required };
  allowExtensions(composed);
  return composed;
}

/** A deep copy with `$ref`s to any common.schema.json pointed at agendum's; `local` for refs inside common itself. */
function rewrite(node: unknown, local = false): unknown {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, local));
  if (!isJson(node)) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      const common = COMMON_REF.exec(value);
      out[key] = local && value.startsWith('#') ? `${COMMON_SCHEMA_FILE}${value}` : common ? `${COMMON_SCHEMA_FILE}${common[1] ?? ''}` : value;
    } else {
      out[key] = rewrite(value, local);
    }
  }
  return out;
}

const EXTENSION = { $ref: `${COMMON_SCHEMA_FILE}#/$defs/extension` };

function allowExtensions(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(allowExtensions);
  if (!isJson(node)) return;
  if (node.additionalProperties === false || node.unevaluatedProperties === false) {
    const patterns = isJson(node.patternProperties) ? node.patternProperties : {};
    if (!Object.keys(patterns).some((pattern) => pattern === '^x-')) node.patternProperties = { ...patterns, '^x-': EXTENSION };
  }
  for (const [key, value] of Object.entries(node)) if (key !== 'patternProperties' && key !== 'const' && key !== 'enum' && key !== 'default' && key !== 'examples') allowExtensions(value);
}

/** A readable heading from a field name: `agendaItems` → "Agenda items". */
export function humanise(key: string): string {
  const words = key
    .replace(/^x-/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Headings for a custom kind's fields: the schema's `title` of each property, else the field name made readable. */
function labelsFromSchema(schema: Readonly<Json>): LabelSet {
  const labels: Record<string, Label> = {};
  const visit = (node: unknown, depth: number): void => {
    if (depth > 20) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    if (!isJson(node)) return;
    if (isJson(node.properties)) {
      for (const [key, property] of Object.entries(node.properties)) {
        if (key in labels || !isJson(property)) continue;
        const title = typeof property.title === 'string' ? property.title : undefined;
        if (title) labels[key] = { nl: title, en: title };
      }
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'properties' || isJson(value)) visit(value, depth + 1);
  };
  visit(schema, 0);
  return labels;
}

function customDefinition(spec: CustomKindSpec, schema: Readonly<Json>): KindDefinition {
  const title = typeof spec.schema.title === 'string' ? spec.schema.title : spec.kind;
  return {
    kind: spec.kind,
    builtin: false,
    schemaFile: spec.schemaFile,
    label: spec.label ?? { nl: title, en: title },
    description: spec.description ?? { nl: title, en: title },
    templateFolder: 'generic',
    ...(spec.templates ? { templates: spec.templates } : {}),
    labels: labelsFromSchema(schema),
    references: [],
    documentPeriods: ['/period'],
    bindingAgreements: spec.bindingAgreements === true,
    implementable: [],
    implementsPaths: [],
    skeleton: { title: spec.label?.nl ?? title, fields: {}, comments: {} },
    schema,
  };
}
