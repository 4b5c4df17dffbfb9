import { COMMON_SCHEMA_FILE } from '../model/kinds.js';
import type { KindRegistry } from '../model/registry.js';
import { BUILTIN_REGISTRY } from '../model/registry.js';
import { bilingualDescription } from './descriptions.js';
import { readSchema } from './files.js';

type Json = unknown;

const COMMON_REF = /^common\.schema\.json#\/\$defs\/(.+)$/;
const LOCAL_REF = /^#\/\$defs\/(.+)$/;

/**
 * A kind's JSON Schema with the shared definitions it uses copied in (as `common-NAME`), so
 * that editors and other tools can use the one file without `common.schema.json` beside it.
 */
export function bundleKind(kind: string, kinds: KindRegistry = BUILTIN_REGISTRY): Record<string, unknown> {
  const schema = kinds.schema(kind);
  if (!schema) throw new Error(`unknown kind ${kind}`);
  const common = (readSchema(COMMON_SCHEMA_FILE).$defs ?? {}) as Record<string, Json>;
  const used = new Set<string>();
  const kindSchema = rewrite(schema, (ref) => {
    const match = COMMON_REF.exec(ref);
    if (!match) return ref;
    used.add(match[1]!);
    return `#/$defs/common-${match[1]}`;
  }) as Record<string, unknown>;
  // Shared definitions refer to each other; follow them until nothing new is used.
  const defs: Record<string, Json> = { ...((kindSchema.$defs as Record<string, Json> | undefined) ?? {}) };
  const pending = [...used];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (`common-${name}` in defs) continue;
    defs[`common-${name}`] = rewrite(common[name], (ref) => {
      const match = LOCAL_REF.exec(ref) ?? COMMON_REF.exec(ref);
      if (!match) return ref;
      if (!used.has(match[1]!)) {
        used.add(match[1]!);
        pending.push(match[1]!);
      }
      return `#/$defs/common-${match[1]}`;
    });
  }
  return { ...kindSchema, $defs: sortKeys(defs) };
}

/**
 * Every kind in one schema that chooses by `kind`; each kind keeps its own `$id` (under the
 * reserved .invalid domain, never fetched) so its references stay inside it.
 */
export function bundleAll(registry: KindRegistry = BUILTIN_REGISTRY): Record<string, unknown> {
  const KINDS = registry.all.map((k) => ({ kind: k.kind, schemaFile: k.builtin ? k.schemaFile : `${k.kind}.schema.json` }));
  const kinds = Object.fromEntries(KINDS.map((k) => [k.kind, { $id: `https://schemas.agendum.invalid/${k.schemaFile}`, ...bundleKind(k.kind, registry) }]));
  const names = KINDS.map((k) => k.kind).join(', ');
  const description = `Any agendum document; \`kind\` chooses one of: ${names}.`;
  const kindDescription = 'The kind of document.';
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'agendum documents',
    description,
    markdownDescription: bilingualDescription(`Elk agendum-document; \`kind\` kiest een van: ${names}.`, description),
    type: 'object',
    required: ['kind'],
    properties: { kind: { description: kindDescription, markdownDescription: bilingualDescription('De documentsoort.', kindDescription), enum: KINDS.map((k) => k.kind) } },
    allOf: KINDS.map((k) => ({
      if: { properties: { kind: { const: k.kind } }, required: ['kind'] },
      then: { $ref: `https://schemas.agendum.invalid/${k.schemaFile}` },
    })),
    $defs: kinds,
  };
}

function rewrite(node: Json, ref: (value: string) => string): Json {
  if (Array.isArray(node)) return node.map((n) => rewrite(n, ref));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' ? ref(v) : rewrite(v, ref)]));
}

function sortKeys(record: Record<string, Json>): Record<string, Json> {
  return Object.fromEntries(Object.keys(record).sort().map((k) => [k, record[k]]));
}
