import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseDuration, parseTime } from '../../src/time/index.js';

/** Fields whose values are time expressions, and those whose values are lengths of time. */
const TIME_KEYS = new Set(['period', 'contractPeriod', 'when', 'expression', 'date', 'startDate', 'endDate', 'start', 'end', 'deadline']);
const DURATION_KEYS = new Set(['duration', 'within']);

interface Found {
  readonly file: string;
  readonly path: string;
  readonly role: 'time' | 'duration';
  readonly text: string | number;
  readonly label?: string;
}

/** Every time and duration value of a document, with its JSON pointer. */
function timeValues(file: string, node: unknown, path = '', out: Found[] = []): Found[] {
  if (Array.isArray(node)) {
    node.forEach((item, i) => timeValues(file, item, `${path}/${i}`, out));
  } else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    for (const [k, v] of Object.entries(record)) {
      if (typeof v === 'string' || typeof v === 'number') {
        const role = TIME_KEYS.has(k) ? 'time' : DURATION_KEYS.has(k) ? 'duration' : undefined;
        const label = typeof record.label === 'string' && (k === 'expression' || k === 'duration') ? record.label : undefined;
        if (role) out.push({ file, path: `${path}/${k}`, role, text: v, ...(label ? { label } : {}) });
      } else {
        timeValues(file, v, `${path}/${k}`, out);
      }
    }
  }
  return out;
}

const dir = new URL('../../agendas/', import.meta.url);
const found = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((file) => timeValues(file, parse(readFileSync(new URL(file, dir), 'utf8'))));

describe('every time expression in the bundled agendas', () => {
  it('finds them', () => {
    expect(found.length).toBeGreaterThan(50);
    expect(new Set(found.map((f) => f.file)).size).toBe(4);
    const keys = new Set(found.map((f) => f.path.split('/').pop()));
    for (const key of ['period', 'when', 'expression', 'date', 'duration', 'within']) expect(keys).toContain(key);
  });

  it('parses them all', () => {
    const failures = found
      .map((f) => ({ ...f, result: f.role === 'time' ? parseTime(f.text) : parseDuration(String(f.text)) }))
      .filter((f) => !f.result.ok)
      .map((f) => `${f.file}#${f.path}: ${JSON.stringify(f.text)}: ${f.result.ok ? '' : f.result.reason}`);
    expect(failures).toEqual([]);
  });

  it('reads each labelled segment back with its label when the two are written together', () => {
    for (const f of found.filter((x) => x.label !== undefined && x.role === 'time')) {
      const result = parseTime(`${f.label} ${f.text}`);
      expect(result.ok, `${f.label} ${f.text}`).toBe(true);
      if (!result.ok) continue;
      expect(result.value.type).toBe('segments');
      if (result.value.type === 'segments') expect(result.value.segments[0]?.label).toBe(f.label);
    }
  });
});
