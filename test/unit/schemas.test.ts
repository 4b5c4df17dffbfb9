import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/model/kinds.js';
import { readSchema, SCHEMA_DIR, validatorFor } from '../../src/schema/registry.js';

const files = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json')).sort();

/** Every place in a schema where an object lists its properties. */
function* objectSchemas(node: unknown, where: string): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* objectSchemas(node[i], `${where}/${i}`);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (record.properties && typeof record.properties === 'object') yield [where, record];
  for (const [key, child] of Object.entries(record)) yield* objectSchemas(child, `${where}/${key}`);
}

describe('the JSON Schemas', () => {
  it('has one schema per kind, the shared definitions and the configuration', () => {
    expect(files).toEqual([...KINDS.map((k) => k.schemaFile), 'common.schema.json', 'config.schema.json'].sort());
  });

  for (const file of files) {
    describe(file, () => {
      const schema = readSchema(file);

      it('is draft 2020-12', () => {
        expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      });

      it('describes every property and allows no others', () => {
        const problems: string[] = [];
        for (const [where, object] of objectSchemas(schema, file)) {
          if (object.additionalProperties !== false) problems.push(`${where}: additionalProperties is not false`);
          for (const [name, property] of Object.entries(object.properties as Record<string, { description?: unknown }>)) {
            if (typeof property.description !== 'string' || property.description.length < 10) problems.push(`${where}/properties/${name}: no description`);
          }
        }
        expect(problems).toEqual([]);
      });
    });
  }

  for (const { kind, schemaFile } of KINDS) {
    it(`${kind} compiles in strict mode and requires schemaVersion, kind, id and title`, () => {
      expect(validatorFor(kind)).toBeTypeOf('function');
      const schema = readSchema(schemaFile) as { required?: string[]; properties?: { kind?: { const?: string } } };
      expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'kind', 'id', 'title']));
      expect(schema.properties?.kind?.const).toBe(kind);
    });
  }
});
