import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { COMMON_SCHEMA_FILE } from '../model/kinds.js';
import type { KindRegistry } from '../model/registry.js';
import { BUILTIN_REGISTRY } from '../model/registry.js';
import { ANNOTATION_KEYWORDS } from './descriptions.js';
import { SCHEMA_DIR, readSchema } from './files.js';

// ajv and ajv-formats are CommonJS; `require` gives their classes without default-import interop.
const require = createRequire(import.meta.url);
type Ajv2020 = InstanceType<typeof import('ajv/dist/2020.js').default>;

export { SCHEMA_DIR, readSchema };

export type SchemaError = ErrorObject;

let ajv: Ajv2020 | undefined;
let lenient: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction>();

/**
 * An ajv instance with every schema of the package added. Loaded only where no precompiled
 * validator exists (running from the sources, or for a kind a repository registers): ajv itself
 * is some 90 modules, a third of a run's start-up. `strict` for agendum's own schemas, whose
 * Dutch `markdownDescription`s are declared as annotations; a repository's schemas may carry
 * other keywords of their editors, which are ignored.
 */
function instance(strict = true): Ajv2020 {
  if (strict && ajv) return ajv;
  if (!strict && lenient) return lenient;
  const Ajv2020: typeof import('ajv/dist/2020.js').default = require('ajv/dist/2020.js');
  const addFormats: typeof import('ajv-formats').default = require('ajv-formats');
  // strictRequired is off so that `anyOf: [{required: [a]}, {required: [b]}]` ("a or b") needs no extra property declarations.
  const created = new Ajv2020({ allErrors: true, strict, strictRequired: false, verbose: true, allowUnionTypes: true, keywords: [...ANNOTATION_KEYWORDS] });
  addFormats(created, ['uri', 'date', 'email']);
  for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json')).sort()) {
    created.addSchema(readSchema(file), file);
  }
  if (strict) ajv = created;
  else lenient = created;
  return created;
}

/**
 * Validators compiled at build time (scripts/build-validators.mjs writes them beside this file
 * in dist/); absent when running from the sources, where the schemas are compiled on first use.
 */
let precompiled: Readonly<Record<string, ValidateFunction>> | null | undefined;

function precompiledValidator(schemaFile: string): ValidateFunction | undefined {
  if (precompiled === undefined) {
    try {
      // From dist/schema/registry.js and from the bundle in dist/bundle/ alike.
      precompiled = require('../schema/validators.cjs') as Record<string, ValidateFunction>;
    } catch {
      precompiled = null;
    }
  }
  return precompiled?.[exportName(schemaFile)];
}

/** `project-plan.schema.json` → `projectPlan`, the name the build gives its validator. */
function exportName(schemaFile: string): string {
  return schemaFile.replace(/\.schema\.json$/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}

function compiled(schemaFile: string): ValidateFunction {
  let validate = validators.get(schemaFile);
  if (!validate) {
    validate = precompiledValidator(schemaFile) ?? instance().getSchema(schemaFile);
    if (!validate) throw new Error(`schema ${schemaFile} is missing from ${SCHEMA_DIR.pathname}`);
    validators.set(schemaFile, validate);
  }
  return validate;
}

const customValidators = new WeakMap<object, ValidateFunction>();

/**
 * The compiled validator of a document kind, or undefined for a kind the run does not know. A
 * custom kind's schema is compiled on first use; a schema that does not compile throws (the
 * configuration is checked for that when it is read).
 */
export function validatorFor(kind: string, kinds: KindRegistry = BUILTIN_REGISTRY): ValidateFunction | undefined {
  const definition = kinds.get(kind);
  if (!definition) return undefined;
  if (definition.builtin) return compiled(definition.schemaFile);
  const schema = kinds.schema(kind)!;
  let validate = customValidators.get(schema);
  if (!validate) {
    validate = instance(false).compile(schema);
    customValidators.set(schema, validate);
  }
  return validate;
}

export { COMMON_SCHEMA_FILE };

export const CONFIG_SCHEMA_FILE = 'config.schema.json';

/** The compiled validator of agendum.config.yaml. */
export function configValidator(): ValidateFunction {
  return compiled(CONFIG_SCHEMA_FILE);
}
