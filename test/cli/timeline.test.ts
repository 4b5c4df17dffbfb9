import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary, runInProcess } from '../support/cli.js';

interface Output {
  diagnostics: { file: string; code: string; severity: string; line: number; column: number; message: string }[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

describe('agendum timeline', () => {
  it('finds the seeds\' periods outside their agenda, as warnings, and exits 0', async () => {
    const result = await runBinary(['timeline', '--today', '2026-11-22', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as Output;
    const outside = out.diagnostics.filter((d) => d.code === 'timeline/outside-period');
    expect(outside.map((d) => d.message)).toEqual([
      '"2019 t/m 2021" starts before the period of the document (2020 t/m 2023): 1 January 2019 is before 1 January 2020',
      '"2019 t/m 2020" starts before the period of the document (2020 t/m 2023): 1 January 2019 is before 1 January 2020',
    ]);
    expect(outside.every((d) => d.severity === 'warning')).toBe(true);
    expect(out.summary.errors).toBe(0);
  });

  it('draws a timeline in the terminal after the findings', async () => {
    const result = await runBinary(['timeline', 'agendas/uitvoeringsagenda-samen-tegen-huiselijk-geweld-2020-2023.agenda.yaml', '--today', '2021-06-01']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Samen tegen huiselijk geweld \(2020 t\/m 2023\)\n +2019 +2020 +2021 +2022 +2023\n/);
    expect(result.stdout).toMatch(/^Zorg voor bestuurlijke ambassadeurs die z… +█{32} +2020 t\/m 2023$/m);
    expect(result.stdout).toMatch(/│/);
  });

  it('draws nothing for a file the checks refuse, and still draws the others', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-chart-'));
    const head = 'schemaVersion: 3\nkind: ExecutionAgenda\nid: e\ntitle: E\nperiod: 2020 t/m 2023\n';
    const action = 'actionLines:\n  - id: l\n    title: L\n    themes:\n      - id: t\n        title: T\n        regionalActions:\n          - {id: a, text: Actie A, period: 2021}\n';
    writeFileSync(path.join(dir, 'a-lus.yaml'), `${head}${action}extra: &lus [*lus]\n`);
    writeFileSync(path.join(dir, 'b-goed.yaml'), `${head}${action}`);
    const result = await runInProcess(['timeline', '.', '--today', '2022-01-01'], { cwd: dir, env: { LANG: 'en' } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('yaml/alias-cycle');
    expect(result.stdout).toContain('b-goed.yaml: E (2020 t/m 2023)');
    expect(result.stdout).not.toContain('a-lus.yaml: E');
  });

  it('judges deadlines by --today: a passed "voor 2022" is noted, before 2022 it is not', async () => {
    const file = 'agendas/uitvoeringsagenda-samen-tegen-huiselijk-geweld-2020-2023.agenda.yaml';
    const passed = (out: Output) => out.diagnostics.filter((d) => d.code === 'timeline/overdue' && d.message.includes('deadline "voor 2022" passed'));
    const later = JSON.parse((await runInProcess(['timeline', file, '--today', '2022-03-01', '--format', 'json'])).stdout) as Output;
    expect(passed(later).map((d) => d.severity)).toEqual(['info']);
    const earlier = JSON.parse((await runInProcess(['timeline', file, '--today', '2021-03-01', '--format', 'json'])).stdout) as Output;
    expect(passed(earlier)).toEqual([]);
    // Actions without a status count as not started: those whose time ended are noted, once each.
    const unmarked = later.diagnostics.filter((d) => d.code === 'timeline/overdue' && d.message.includes('has no status, so it counts as not started, but its time'));
    expect(unmarked.length).toBeGreaterThan(0);
    expect(unmarked.every((d) => d.severity === 'info')).toBe(true);
    expect(new Set(unmarked.map((d) => `${d.line}:${d.column}`)).size).toBe(unmarked.length);
  });

  it('without --today uses today in Europe/Amsterdam, whatever the time zone', async () => {
    const late = new Date('2021-12-31T23:30:00Z'); // already 1 January 2022 in Amsterdam
    const out = JSON.parse(
      (await runInProcess(['timeline', 'agendas/uitvoeringsagenda-samen-tegen-huiselijk-geweld-2020-2023.agenda.yaml', '--format', 'json'], { now: late })).stdout,
    ) as Output;
    expect(out.diagnostics.filter((d) => d.code === 'timeline/overdue' && d.message.includes('deadline "voor 2022" passed'))).toHaveLength(1);
  });

  it('rejects a --today that is not a date', async () => {
    const result = await runBinary(['timeline', '--today', 'gisteren']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--today needs a date as YYYY-MM-DD');
  });
});

describe('agendum check', () => {
  it('runs the schema, the semantic rules and the timeline checks together', async () => {
    const result = await runBinary(['check', '--today', '2026-11-22', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const codes = new Set((JSON.parse(result.stdout) as Output).diagnostics.map((d) => d.code));
    expect(codes).toContain('names/variant');
    expect(codes).toContain('timeline/outside-period');
  });

  it('fails on a broken document', async () => {
    const result = await runBinary(['check', 'test/fixtures/invalid/bad-id.yaml']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('schema/pattern');
  });
});

describe('the terminal timeline of a project plan', () => {
  it('schedules phases from the project start, best case █ and worst case ░, and lists target outcomes', async () => {
    const result = await runInProcess(['timeline', 'agendas/projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml', '--today', '2030-01-01']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^MDA\+\+ · Voorbereiding +████░░  in parts$/m);
    expect(result.stdout).toMatch(/^MDA\+\+ · Uitvoering +█████░░░░░░  Zes maanden tot een jaar$/m);
    expect(result.stdout).toContain('\nMDA++: target outcomes\n  1. Directe veiligheid in de gezinssituatie: binnen 1 week');
    expect(result.stdout).toContain('█ best case  ░ worst case');
  });

  it('says its own words in Dutch when asked, the documents\' words as they are', async () => {
    const result = await runInProcess(['timeline', 'agendas/projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml', '--today', '2030-01-01', '--lang', 'nl']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^MDA\+\+ · Voorbereiding +████░░  in delen$/m);
    expect(result.stdout).toContain('\nMDA++: beoogde resultaten\n  1. Directe veiligheid in de gezinssituatie: binnen 1 week');
    expect(result.stdout).toContain('█ gunstigste geval  ░ ongunstigste geval  ▶ zonder einde  ┈ doorlopend  ◆ terugkerend  │ vandaag');
  });
});

describe('every seed gets a timeline', () => {
  it('draws periods and moments (milestones) for each of the four seeds', async () => {
    const result = await runInProcess(['timeline', '--today', '2021-06-01']);
    for (const title of ['Eergerelateerd geweld en loverboy en mensenhandel', 'Samen tegen huiselijk geweld (2020 t/m 2023)', 'Projecten voor 2020 – 2021 (2020 – 2021)', 'Bijlage 2 Consultatiedocument richting HG-arrangementen']) {
      expect(result.stdout).toContain(`: ${title}\n`);
    }
    expect(result.stdout).toMatch(/^publicatie aanbestedingen Wmo-maatwerkarr… +█+ +mei 2021$/m);
  });
});
