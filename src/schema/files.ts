import { readFileSync } from 'node:fs';

/** The folder with the JSON Schemas, beside `src/` and `dist/` in the package. */
export const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);

/** A schema file of the package, parsed. Reading one needs no validator, so this module loads no ajv. */
export function readSchema(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8')) as Record<string, unknown>;
}
