import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeCorpus } from '../../bench/corpus.mjs';
import { loadConfig } from '../../src/core/config.js';
import type { PathSegment } from '../../src/core/pointer.js';
import type { KindRegistry } from '../../src/model/registry.js';
import { typeAt, typedValues } from '../../src/schema/typed.js';
import { ROOT } from '../support/cli.js';

/**
 * Every document of the repository, its examples and fixtures, and 200 of the benchmark's (other
 * lengths of lists, some of them invalid), with the kinds their configuration registers.
 */
async function documents(): Promise<{ file: string; data: Record<string, unknown>; kinds: KindRegistry }[]> {
  const found: { file: string; data: Record<string, unknown>; kinds: KindRegistry }[] = [];
  const corpus = mkdtempSync(path.join(tmpdir(), 'agendum-typed-'));
  writeCorpus(corpus, 120);
  for (const folder of ['agendas', 'examples', 'test/fixtures', corpus]) {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (/\.ya?ml$/.test(name)) files.push(file);
      }
    };
    walk(path.resolve(ROOT, folder));
    const { kinds } = await loadConfig(path.resolve(ROOT, folder), []);
    for (const file of files) {
      let data: unknown;
      try {
        data = parse(readFileSync(file, 'utf8'));
      } catch {
        continue;
      }
      if (data && typeof data === 'object' && !Array.isArray(data) && kinds.get(String((data as { kind?: unknown }).kind))) found.push({ file, data: data as Record<string, unknown>, kinds });
    }
  }
  return found;
}

/** The path of every value in the data, and one key and one index past the end of each collection. */
function allPaths(value: unknown, at: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(at);
  if (Array.isArray(value)) {
    value.forEach((item, i) => allPaths(item, [...at, i], out));
    out.push([...at, value.length]);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) allPaths(item, [...at, key], out);
    out.push([...at, 'x-not-there']);
  }
  return out;
}

describe('the type at a path', () => {
  it('is the first type the walk of the whole document finds there, at every path of every bundled, example and fixture document', async () => {
    const all = await documents();
    expect(all.length).toBeGreaterThan(130);
    let typed = 0;
    for (const { file, data, kinds } of all) {
      const definition = kinds.get(data.kind as string)!;
      const first = new Map<string, string>();
      for (const value of typedValues(data, definition)) if (!first.has(value.path.join('\u0000'))) first.set(value.path.join('\u0000'), value.type);
      typed += first.size;
      const wrong = allPaths(data)
        .map((segments) => ({ at: segments.join('/'), walk: first.get(segments.join('\u0000')), path: typeAt(data, definition, segments) }))
        .filter((c) => c.walk !== c.path);
      expect(wrong, file).toEqual([]);
    }
    expect(typed).toBeGreaterThan(1000);
  });
});
