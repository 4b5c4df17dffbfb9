import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES as SEMANTIC_RULES } from '../../src/rules/index.js';
import { TIMELINE_RULES } from '../../src/timeline/index.js';

const RULES = [...SEMANTIC_RULES, ...TIMELINE_RULES];

describe('docs/rules.md', () => {
  const docs = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
  const documented = [...docs.matchAll(/^\| `((?!diff\/)[a-z]+\/[a-z-]+)` \| (error|warning|info) \|/gm)].map((m) => [m[1], m[2]]);

  it('lists every rule with its default severity', () => {
    expect(documented).toEqual(expect.arrayContaining(RULES.map((r) => [r.meta.id, r.meta.severity])));
  });

  it('lists no rule that does not exist', () => {
    const ids = new Set(RULES.map((r) => r.meta.id));
    expect(documented.filter(([id]) => !ids.has(id!))).toEqual([]);
  });

  it('rule ids are unique and hierarchical', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\/[a-z]+(?:-[a-z]+)*$/);
  });
});

describe('rule messages', () => {
  it('exist in English and Dutch, with the same placeholders', () => {
    for (const rule of [...SEMANTIC_RULES, ...TIMELINE_RULES]) {
      for (const [id, message] of Object.entries(rule.meta.messages)) {
        expect(message.en.trim(), `${rule.meta.id} ${id} en`).not.toBe('');
        expect(message.nl.trim(), `${rule.meta.id} ${id} nl`).not.toBe('');
        const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(placeholders(message.nl), `${rule.meta.id} ${id}`).toEqual(placeholders(message.en));
      }
    }
  });
});

describe('diff classifications in docs/rules.md', () => {
  it('lists every diff rule with its default level, and no other', async () => {
    const { DIFF_RULES } = await import('../../src/diff/index.js');
    const docs = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    const documented = [...docs.matchAll(/^\| `(diff\/[a-z-]+)` \| (breaking|approval|info) \|/gm)].map((m) => [m[1], m[2]]);
    expect(documented.sort()).toEqual(DIFF_RULES.map((r) => [r.meta.id, r.meta.level]).sort());
  });
});
