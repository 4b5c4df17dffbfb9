import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/render/text/money.js';
import { runInProcess } from '../support/cli.js';
import { VALID } from './corpus.js';

/** Values a document may hold that are numbers or dates only in name, and places a parser may miscount. */
const scratch = () => mkdtempSync(path.join(tmpdir(), 'agendum-values-'));

interface Json {
  diagnostics: { line: number; column: number; code: string; message: string }[];
}

const codes = (stdout: string) => (JSON.parse(stdout) as Json).diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);

describe('a date that is no day of the calendar', () => {
  const dir = scratch();
  writeFileSync(
    path.join(dir, 'plan.yaml'),
    'schemaVersion: 3\nkind: ProjectPlan\nid: p\ntitle: P\ndate: 2021-02-30\nperiod: 2020 t/m 2022\nprojects:\n  - id: a\n    title: A\n    milestones:\n      - {type: deadline, when: 30 februari 2021, text: Klaar}\n      - {type: deadline, when: 29 februari 2020, text: Schrikkeljaar}\n      - {type: deadline, when: 31-04-2021, text: April}\n',
  );

  it('is one finding in validate, timeline and check alike; a leap day is a day', async () => {
    const expected = ['5:7 date/impossible', '11:32 date/impossible', '13:32 date/impossible'];
    for (const command of ['validate', 'timeline', 'check']) {
      const result = await runInProcess([command, 'plan.yaml', '--format', 'json', '--today', '2020-01-01'].filter((a, i, all) => command !== 'validate' || (a !== '--today' && all[i - 1] !== '--today')), { cwd: dir });
      expect(codes(result.stdout).filter((c) => !c.includes('schema/')), command).toEqual(expected);
      expect(result.code, command).toBe(1);
    }
  });
});

describe('an amount of money', () => {
  it('is written out in full however large, never in exponent notation, and never as Infinity or NaN', () => {
    expect(formatMoney({ value: 1e22 }, 'nl')).toBe('€ 10.000.000.000.000.000.000.000');
    expect(formatMoney({ value: 1e22 }, 'en')).toBe('€10,000,000,000,000,000,000,000');
    const huge = formatMoney({ value: 1e308 }, 'nl');
    expect(huge).toMatch(/^€ 100\.000\.000\.000\.000\.001\.097\.906(?:\.\d{3})+$/);
    expect(formatMoney({ value: 1234567.895 }, 'nl')).toBe('€ 1.234.567,90');
  });

  it('renders, diffs and sums without exponent, Infinity or NaN', async () => {
    const dir = scratch();
    const agenda = (a: string, b: string) =>
      `schemaVersion: 3\nkind: ExecutionAgenda\nid: e\ntitle: E\nperiod: 2020 t/m 2023\nactionLines:\n  - id: l\n    title: L\n    themes:\n      - id: t\n        title: T\n        funding:\n          - {source: A, amount: {value: ${a}}}\n          - {source: B, amount: {value: ${b}}}\n`;
    writeFileSync(path.join(dir, 'oud.yaml'), agenda('1e22', '1e308'));
    writeFileSync(path.join(dir, 'nieuw.yaml'), agenda('1e21', '1.5e308'));
    const runs = [
      await runInProcess(['render', 'oud.yaml', '--format', 'md'], { cwd: dir }),
      await runInProcess(['render', 'oud.yaml', '--format', 'html'], { cwd: dir }),
      await runInProcess(['diff', 'oud.yaml', 'nieuw.yaml'], { cwd: dir }),
      await runInProcess(['check', 'oud.yaml', '--today', '2021-01-01'], { cwd: dir }),
    ];
    for (const run of runs) {
      expect(run.stderr).toBe('');
      // The typeface is inline as base64, where any letters may follow one another; only the text counts.
      expect(run.stdout.replace(/data:font\/woff2;base64,[A-Za-z0-9+/=]+/g, 'data:font')).not.toMatch(/Infinity|NaN|\de\+\d/);
    }
    expect(runs[0]!.stdout).toContain('€ 10.000.000.000.000.000.000.000');
    expect(runs[2]!.stdout).toContain('€ 10.000.000.000.000.000.000.000 → € 1.000.000.000.000.000.000.000');
  });
});

describe('a plain scalar after a flow collection on its line', () => {
  it('does not put the findings after it a line off', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'a.yaml'), `${VALID}notes: [a] een\n  twee\nonbekend: 1\ntitle: dubbel\n`);
    const result = await runInProcess(['validate', 'a.yaml', '--format', 'json'], { cwd: dir });
    expect(codes(result.stdout)).toEqual(['8:12 yaml/unexpected-token', '11:1 yaml/duplicate-key']);
  });
});
