import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { artifactLocation, escapeMessage, sarif } from '../../src/formatters/sarif.js';
import { CONTEXT, EMPTY_CONTEXT, EMPTY_RESULT, RESULT } from './fixture.js';

// ajv and ajv-formats are CommonJS; `require` gives their classes without default-import interop.
const require = createRequire(import.meta.url);
const Ajv: typeof import('ajv').default = require('ajv');
const addFormats: typeof import('ajv-formats').default = require('ajv-formats');

/**
 * The SARIF 2.1.0 schema as @microsoft/jest-sarif ships it (the schemastore copy of the OASIS
 * schema, 2.1.0-rtm.5). It declares draft-04 only by its `$schema` and its `id`; no keyword in it
 * differs between draft-04 and draft-07, so with `id` read as `$id` the default (draft-07) Ajv
 * compiles it.
 */
function sarifValidator() {
  const file = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const { $schema, id, ...schema } = JSON.parse(readFileSync(file, 'utf8')) as { $schema: string; id: string };
  expect($schema).toBe('http://json-schema.org/draft-04/schema#');
  // `unicodeRegExp: false`: the schema's pattern for `language` has a stray `]`
  // (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`), a syntax error under the `u` flag Ajv uses by default.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile({ ...schema, $id: id });
}

interface Log {
  version: string;
  runs: {
    tool: { driver: { name: string; version?: string; rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[];
    }[];
  }[];
}

describe('sarif', () => {
  const validate = sarifValidator();
  const log = JSON.parse(sarif(RESULT, CONTEXT)) as Log;

  it('is valid against the SARIF 2.1.0 schema', () => {
    validate(log);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('describes its rules in the chosen language, and says which language that is', () => {
    const dutch = JSON.parse(sarif(RESULT, { ...CONTEXT, lang: 'nl' })) as Log & { runs: { language?: string }[] };
    validate(dutch);
    expect(validate.errors ?? []).toEqual([]);
    expect(dutch.runs[0]!.language).toBe('nl');
    expect((log.runs[0] as { language?: string }).language).toBeUndefined();
    const described = (which: Log, id: string) => which.runs[0]!.tool.driver.rules.find((rule) => rule.id === id)?.fullDescription.text;
    expect(described(dutch, 'ref/duplicate-id')).toBe('Elke `id` is uniek binnen zijn document.');
    expect(described(log, 'ref/duplicate-id')).toBe('Every `id` is unique within its document.');
    expect(described(dutch, 'schema/required')).toBe('Een verplicht veld ontbreekt.');
    for (const rule of dutch.runs[0]!.tool.driver.rules) expect(rule.help.text, rule.id).not.toBe(described(log, rule.id));
  });

  it('is valid against the schema when nothing was found', () => {
    validate(JSON.parse(sarif(EMPTY_RESULT, EMPTY_CONTEXT)));
    expect(validate.errors ?? []).toEqual([]);
  });

  it('rejects what the schema forbids, so the validation above means something', () => {
    const broken = structuredClone(log);
    (broken.runs[0]!.results[0] as { level: string }).level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  it('has what GitHub code scanning requires of rules and results', () => {
    const [run] = log.runs;
    expect(run!.tool.driver).toMatchObject({ name: 'agendum', version: '0.1.0' });
    for (const rule of run!.tool.driver.rules) {
      for (const text of [rule.shortDescription.text, rule.fullDescription.text, rule.help.text]) expect(text.trim()).not.toBe('');
    }
    expect(run!.results).toHaveLength(RESULT.diagnostics.length);
    for (const result of run!.results) {
      expect(run!.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(result.message.text.trim()).not.toBe('');
      const [location] = result.locations;
      expect(Object.keys(location!.physicalLocation.region).sort()).toEqual(['endColumn', 'endLine', 'startColumn', 'startLine']);
    }
  });

  it('lists each code that occurs once, and no other', () => {
    const ids = log.runs[0]!.tool.driver.rules.map((r) => r.id);
    expect(ids).toEqual([...new Set(RESULT.diagnostics.map((d) => d.code))].sort());
  });

  it('maps severities to levels error, warning and note', () => {
    expect(log.runs[0]!.results.map((r) => r.level)).toEqual(RESULT.diagnostics.map((d) => ({ error: 'error', warning: 'warning', info: 'note' })[d.severity]));
  });

  it('leaves the version out when the caller does not give it', () => {
    expect((JSON.parse(sarif(EMPTY_RESULT, EMPTY_CONTEXT)) as Log).runs[0]!.tool.driver).not.toHaveProperty('version');
  });

  it('doubles braces, which would be placeholders, and escapes brackets only where they could form a link', () => {
    expect(escapeMessage('label "{0} en {jaar}"')).toBe('label "{{0}} en {{jaar}}"');
    expect(escapeMessage('lijst [a, b] en C:\\pad')).toBe('lijst [a, b] en C:\\pad');
    expect(escapeMessage('zie [hier](1)')).toBe('zie \\[hier\\](1)');
  });

  it('writes paths as URI references: relative to the source root, or file URIs', () => {
    expect(artifactLocation('agendas/fase 1, ë.yaml')).toEqual({ uri: 'agendas/fase%201%2C%20%C3%AB.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('/tmp/a b.yaml')).toEqual({ uri: 'file:///tmp/a%20b.yaml' });
    expect(artifactLocation('C:/Users/ë/a.yaml')).toEqual({ uri: 'file:///C:/Users/%C3%AB/a.yaml' });
  });
});
