import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';

describe('docs/rules.md', () => {
  const docs = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
  const documented = [...docs.matchAll(/^\| `([a-z]+\/[a-z-]+)` \| (error|warning|info) \|/gm)].map((m) => [m[1], m[2]]);

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
