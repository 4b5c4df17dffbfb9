import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_KINDS as KINDS } from '../../src/model/kinds.js';
import { readSchema, SCHEMA_DIR, validatorFor } from '../../src/schema/registry.js';
import { describedNodes, descriptionProblems } from '../support/descriptions.js';

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
          // The fields every document has: added to a custom kind's own, which decides what else it allows.
          const composable = where === 'common.schema.json/$defs/document';
          if (object.additionalProperties !== false && !composable) problems.push(`${where}: additionalProperties is not false`);
          for (const [name, property] of Object.entries(object.properties as Record<string, { description?: unknown }>)) {
            if (typeof property.description !== 'string' || property.description.length < 10) problems.push(`${where}/properties/${name}: no description`);
          }
        }
        expect(problems).toEqual([]);
      });

      it('gives every description a Dutch markdownDescription, with the English after it', () => {
        expect([...describedNodes(schema, file)].length).toBeGreaterThan(10);
        expect(descriptionProblems(schema, file)).toEqual([]);
      });

      if (file !== 'config.schema.json') {
        it('accepts x- extension fields on every mapping', () => {
          const missing = [...objectSchemas(schema, file)]
            .filter(([, object]) => object.additionalProperties === false)
            .filter(([, object]) => !(object.patternProperties as Record<string, unknown> | undefined)?.['^x-'])
            .map(([where]) => where);
          expect(missing).toEqual([]);
        });
      }
    });
  }

  it('lists the fields every document has in every built-in kind', () => {
    const common = readSchema('common.schema.json') as { $defs: { document: { properties: Record<string, unknown> } } };
    for (const { schemaFile } of KINDS) {
      const properties = Object.keys((readSchema(schemaFile) as { properties: Record<string, unknown> }).properties);
      expect(Object.keys(common.$defs.document.properties).filter((name) => !properties.includes(name)), schemaFile).toEqual([]);
    }
  });

  for (const { kind, schemaFile } of KINDS) {
    it(`${kind} compiles in strict mode and requires schemaVersion, kind, id and title`, () => {
      expect(validatorFor(kind)).toBeTypeOf('function');
      const schema = readSchema(schemaFile) as { required?: string[]; properties?: { kind?: { const?: string } } };
      expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'kind', 'id', 'title']));
      expect(schema.properties?.kind?.const).toBe(kind);
    });
  }
});
