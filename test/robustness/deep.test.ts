import { word } from '../../src/i18n/catalogue.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/rules/index.js';
import { checkDocument } from '../../src/validate/stream.js';
import { ROOT, runBinary, runCommands } from '../support/cli.js';
import { VALID } from './corpus.js';

/**
 * A document decides how long a chain of phases is: no walk over it may recurse once per phase.
 * And whatever agendum fails on in one document, the findings of the others are still printed.
 */
const LIMITS = { nodeArgs: ['--max-old-space-size=256'], timeout: 60_000 } as const;
const PLAN = path.join(ROOT, 'agendas/projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml');

/** A project plan whose phases each wait for the next one, or (cycle) also the last for the first. */
function phases(count: number, cycle: boolean): string {
  const rows = Array.from({ length: count }, (_, i) => {
    const next = i + 1 < count ? `f${i + 1}` : cycle ? 'f0' : undefined;
    return `        - {id: f${i}, name: F${i}, duration: 1 week${next ? `, after: [${next}]` : ''}}`;
  });
  return `schemaVersion: 3\nkind: ProjectPlan\nid: p\ntitle: P\nperiod: 2020 t/m 2021\nprojects:\n  - id: a\n    title: A\n    phasing:\n      phases:\n${rows.join('\n')}\n`;
}

interface Json {
  diagnostics: { file: string; code: string }[];
  summary: { files: number; errors: number };
}

describe('5,000 phases that wait for each other', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'agendum-deep-'));
  writeFileSync(path.join(dir, 'keten.yaml'), phases(5_000, false));
  writeFileSync(path.join(dir, 'kring.yaml'), phases(5_000, true));
  writeFileSync(path.join(dir, 'ander.yaml'), `${VALID}onbekend: 1\n`);

  const expectFindings = (stdout: string, what: string) => {
    const out = JSON.parse(stdout) as Json;
    expect(out.summary.files, what).toBe(3);
    const codes = (file: string) => new Set(out.diagnostics.filter((d) => d.file === file).map((d) => d.code));
    expect(codes('ander.yaml'), what).toEqual(new Set(['schema/unknown-property']));
    // Each phase waits for one listed after it (4,999 warnings), and a circle closes the chain.
    for (const file of ['keten.yaml', 'kring.yaml']) {
      expect(out.diagnostics.filter((d) => d.file === file && d.code === 'timeline/phase-dependency'), `${what} ${file}`).toHaveLength(5_000);
    }
  };

  it('are checked with the findings of the other files on worker threads', async () => {
    const result = await runBinary(['check', '.', '--format', 'json', '--today', '2021-01-01'], { cwd: dir, env: { AGENDUM_WORKERS: '2' }, ...LIMITS });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expectFindings(result.stdout, 'workers');
  }, 120_000);

  it('are checked on the main thread, drawn in the terminal timeline and rendered', async () => {
    const results = await runCommands(
      [
        ['check', '.', '--format', 'json', '--today', '2021-01-01'],
        ['timeline', 'keten.yaml', '--today', '2021-01-01', '--color', 'never'],
        ['render', 'kring.yaml', '--format', 'md', '--today', '2021-01-01'],
      ],
      { cwd: dir, env: { AGENDUM_WORKERS: '0' }, ...LIMITS },
    );
    for (const result of results) expect(result.stderr, result.argv.join(' ')).not.toMatch(/internal error|call stack/);
    expect(results[0]!.code).toBe(1);
    expectFindings(results[0]!.stdout, 'main thread');
    expect(results[1]!.stdout).toContain('A · F4999');
    expect(results[2]!.code).toBe(0);
  }, 120_000);
});

describe('a document agendum itself fails on', () => {
  it('is a finding of that document (internal/error), and the check goes on', () => {
    const failing: Rule = {
      meta: { id: 'test/fails', description: { en: 'fails', nl: 'faalt' }, severity: 'error', messages: {} },
      check: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    };
    const checked = checkDocument(readFileSync(PLAN, 'utf8'), 'plan.yaml', { ruleSet: [failing] });
    expect(checked.diagnostics.map((d) => [d.code, d.severity, word(d.message, 'en')])).toEqual([
      ['internal/error', 'error', 'agendum failed on this document (Maximum call stack size exceeded); the other documents were checked. Please report this.'],
    ]);
    expect(checked.facts).toBeUndefined();
  });
});
