import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validatorFor } from '../../src/schema/registry.js';
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

/** The words of every text value (not ids, references or codes), to find in the render. */
function words(value: unknown, key = ''): string[] {
  if (['id', 'ref', 'partner', 'after', 'affects', 'approvedBy', 'requiresConsentOf', 'parties', 'organisations', 'implements', 'currency', 'kind', 'schemaVersion', 'language', 'type', 'status', 'setting', 'change', 'durationPlacement', 'partsSchedule', 'appendixNumber', 'binding', 'parallel'].includes(key)) return [];
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

    for (const format of ['md', 'html'] as const) {
      it(`${kind} with every field renders to ${format} and shows all its text`, () => {
        const output = renderDocument(data, kind, { format });
        const text = format === 'html' ? htmlToText(output) : output;
        const missing = words(data).filter((word) => !text.includes(word));
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
