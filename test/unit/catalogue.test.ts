import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/i18n.js';
import { catalogue, catalogueIn, word } from '../../src/i18n/catalogue.js';
import { RULES } from '../../src/rules/index.js';
import { TIMELINE_RULES } from '../../src/timeline/index.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('the message catalogue', () => {
  it('has every message in both languages, with the same placeholders', () => {
    const en = catalogueIn('en');
    const nl = catalogueIn('nl');
    expect([...nl.keys()]).toEqual([...en.keys()]);
    const problems: string[] = [];
    for (const [id, english] of en) {
      const dutch = nl.get(id);
      if (!english.trim() && id !== 'core.verbatim') problems.push(`${id}: no English`);
      if (dutch === undefined || (!dutch.trim() && english.trim())) problems.push(`${id}: no Dutch`);
      else if (placeholders(english).join() !== placeholders(dutch).join()) problems.push(`${id}: placeholders ${placeholders(english).join()} ≠ ${placeholders(dutch).join()}`);
    }
    expect(problems).toEqual([]);
  });

  it('holds the messages of every rule under the rule id', () => {
    for (const rule of [...RULES, ...TIMELINE_RULES]) {
      for (const key of Object.keys(rule.meta.messages)) expect(catalogue().has(`${rule.meta.id}.${key}`), `${rule.meta.id}.${key}`).toBe(true);
    }
  });

  it('words a text in each language, the values of its placeholders too', () => {
    const text = { id: 'schema.required', data: { names: '"title"', where: { id: 'schema.inField', data: { field: 'themes[0]' } } } };
    expect(word(text, 'en')).toBe('missing required property "title" in themes[0]');
    expect(word(text, 'nl')).toBe('verplicht veld "title" ontbreekt in themes[0]');
    expect(LANGS).toEqual(['en', 'nl']);
  });

  it('prints an unknown id as it is rather than failing', () => {
    expect(word({ id: 'no.such.message' }, 'nl')).toBe('no.such.message');
  });
});
