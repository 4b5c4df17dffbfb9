import { readFileSync } from 'node:fs';

/** The folder with the JSON Schemas, beside `src/` and `dist/` in the package. */
export const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);

const cache = new Map<string, Record<string, unknown>>();

/**
 * A schema file of the package, parsed once per process (callers must not change it). Reading
 * one needs no validator, so this module loads no ajv.
 */
export function readSchema(file: string): Record<string, unknown> {
  let schema = cache.get(file);
  if (!schema) {
    schema = JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8')) as Record<string, unknown>;
    cache.set(file, schema);
  }
  return schema;
}
