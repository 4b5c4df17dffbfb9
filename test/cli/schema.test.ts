import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runBinary, runInProcess } from '../support/cli.js';
import { descriptionProblems } from '../support/descriptions.js';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

const agendas = readdirSync(new URL('../../agendas/', import.meta.url)).map((f) => parse(readFileSync(new URL(`../../agendas/${f}`, import.meta.url), 'utf8')) as { kind: string });

/** As another tool in strict mode compiles the schemas: told that markdownDescription (the Dutch text for editors) is an annotation. */
function compile(schema: object) {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, allowUnionTypes: true, keywords: ['markdownDescription'] });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('agendum schema', () => {
  it('prints a self-contained schema per kind that validates the seed of that kind and rejects the others', async () => {
    for (const kind of ['DevelopmentAgenda', 'ExecutionAgenda', 'ProjectPlan', 'Arrangement']) {
      const result = await runInProcess(['schema', kind]);
      expect(result.code).toBe(0);
      expect(result.stdout).not.toContain('common.schema.json');
      const validate = compile(JSON.parse(result.stdout) as object);
      for (const agenda of agendas) expect(validate(agenda), `${kind} on ${agenda.kind}`).toBe(agenda.kind === kind);
    }
  });

  it('prints all kinds in one schema that chooses by kind', async () => {
    const validate = compile(JSON.parse((await runInProcess(['schema'])).stdout) as object);
    for (const agenda of agendas) expect(validate(agenda)).toBe(true);
    expect(validate({ kind: 'ExecutionAgenda', schemaVersion: 3, id: 'x' })).toBe(false);
    expect(validate({ kind: 'Nope' })).toBe(false);
  });

  it('carries the Dutch and the English description of every node, for the hover of an editor', async () => {
    for (const args of [['schema', 'ProjectPlan'], ['schema', 'ExecutionAgenda'], ['schema']]) {
      const schema = JSON.parse((await runInProcess(args)).stdout) as Record<string, unknown>;
      expect(descriptionProblems(schema, args.join(' ')), args.join(' ')).toEqual([]);
      expect(JSON.stringify(schema)).toContain('Vaste id in kebab-case');
    }
  });

  it('an unknown kind is a usage error with a suggestion', async () => {
    const result = await runBinary(['schema', 'ProjectPlna']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('did you mean "ProjectPlan"?');
  });
});
