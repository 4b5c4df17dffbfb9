import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readSchema } from '../../src/schema/files.js';
import { validatorFor } from '../../src/schema/registry.js';
import { kindInfo } from '../../src/model/kinds.js';
import { renderDocument } from '../../src/render/index.js';
import { htmlToText } from './support/html-text.js';

/**
 * Documents that use every field of their kind, and documents with only the required ones: the
 * built-in templates must render both (under strict mode a template that touches a missing field
 * fails), and every piece of text must reach the output.
 */
const FULL = [
  ['DevelopmentAgenda', 'full-development-agenda.yaml'],
  ['ExecutionAgenda', 'full-execution-agenda.yaml'],
  ['ProjectPlan', 'full-project-plan.yaml'],
  ['Arrangement', 'full-arrangement.yaml'],
] as const;

const MINIMAL: ReadonlyArray<readonly [string, Record<string, unknown>]> = [
  ['DevelopmentAgenda', { schemaVersion: 3, kind: 'DevelopmentAgenda', id: 'm', title: 'M', parties: [{ id: 'vng', name: 'VNG' }], generalAgreements: [{ id: 'a', text: 'Afspraak.' }] }],
  ['ExecutionAgenda', { schemaVersion: 3, kind: 'ExecutionAgenda', id: 'm', title: 'M' }],
  ['ProjectPlan', { schemaVersion: 3, kind: 'ProjectPlan', id: 'm', title: 'M', projects: [{ id: 'p', title: 'P' }] }],
  ['Arrangement', { schemaVersion: 3, kind: 'Arrangement', id: 'm', title: 'M' }],
];

const read = (file: string) => parse(readFileSync(new URL(`fixtures/${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;

/** The names of every property a kind's schema can reach, through its references into common.schema.json. */
function schemaProperties(schemaFile: string): Set<string> {
  const names = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (node: unknown, file: string): void => {
    if (Array.isArray(node)) return node.forEach((item) => visit(item, file));
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const record = node as Record<string, unknown>;
    if (typeof record.$ref === 'string') {
      const [target = '', pointer = ''] = record.$ref.split('#');
      const targetFile = target === '' ? file : target;
      let found: unknown = readSchema(targetFile);
      for (const segment of pointer.split('/').slice(1)) found = (found as Record<string, unknown>)[segment];
      visit(found, targetFile);
    }
    if (record.properties && typeof record.properties === 'object') for (const name of Object.keys(record.properties)) names.add(name);
    for (const [key, value] of Object.entries(record)) if (key !== 'patternProperties') visit(value, file);
  };
  visit(readSchema(schemaFile), schemaFile);
  names.delete('$schema');
  return names;
}

/** Every key used anywhere in a document. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, into));
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) keysOf(child, into.add(key));
  return into;
}

/** The words of every text value (not ids, references or codes), to find in the render. */
function words(value: unknown, key = ''): string[] {
  if (['id', 'ref', 'partner', 'party', 'after', 'affects', 'approvedBy', 'requiresConsentOf', 'parties', 'organisations', 'implements', 'currency', 'kind', 'schemaVersion', 'language', 'type', 'status', 'setting', 'change', 'durationPlacement', 'partsSchedule', 'appendixNumber', 'binding', 'parallel'].includes(key)) return [];
  if (typeof value === 'string') return value.match(/\p{L}{4,}/gu) ?? [];
  if (Array.isArray(value)) return value.flatMap((item) => words(item));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([child, item]) => words(item, child));
  return [];
}

describe('the built-in templates render every field', () => {
  for (const [kind, file] of FULL) {
    const data = read(file);

    it(`${file} is a valid ${kind}`, () => {
      const validate = validatorFor(kind)!;
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    });

    it(`${file} uses every field the ${kind} schema knows`, () => {
      const used = keysOf(data);
      expect([...schemaProperties(kindInfo(kind)!.schemaFile)].filter((name) => !used.has(name)).sort()).toEqual([]);
    });

    for (const format of ['md', 'html'] as const) {
      it(`${kind} with every field renders to ${format} and shows all its text`, () => {
        const output = renderDocument(data, kind, { format });
        const text = format === 'html' ? htmlToText(output) : output;
        // Words of the common vocabularies are printed with a capital (role "projectleider" → "Projectleider").
        const lower = text.toLowerCase();
        const missing = words(data).filter((word) => !lower.includes(word.toLowerCase()));
        expect(missing).toEqual([]);
      });
    }
  }

  for (const [kind, data] of MINIMAL) {
    it(`${kind} with only the required fields renders`, () => {
      expect(validatorFor(kind)!(data)).toBe(true);
      expect(renderDocument(data, kind, { format: 'md' })).toMatch(/^# M\n/m);
      expect(renderDocument(data, kind, { format: 'html' })).toContain('<h1 class="title">M</h1>');
    });
  }
});
