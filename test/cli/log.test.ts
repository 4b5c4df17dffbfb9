import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBinary } from '../support/cli.js';
import { newRepository } from '../support/git.js';

const AGENDA = 'agendas/uitvoeringsagenda-samen-tegen-huiselijk-geweld-2020-2023.agenda.yaml';
const original = readFileSync(path.join(ROOT, AGENDA), 'utf8');

describe('agendum log', () => {
  it('lists the revisions of a document, newest first, each with its changes by level and the items it changed, across a rename', async () => {
    const { dir, git } = newRepository();
    mkdirSync(path.join(dir, 'agendas'));
    const first = 'agendas/agenda.agenda.yaml';
    const file = 'agendas/uitvoeringsagenda.agenda.yaml';
    writeFileSync(path.join(dir, first), original);
    git('add', '.');
    git('commit', '-qm', 'Vastgestelde versie');
    git('mv', first, file);
    git('commit', '-qm', 'Nieuwe naam');
    writeFileSync(path.join(dir, file), original.replace('amount: { value: 88087, currency: EUR }', 'amount: { value: 80000, currency: EUR }'));
    git('commit', '-qam', 'Bezuiniging Moviera');
    writeFileSync(
      path.join(dir, file),
      original
        .replace('amount: { value: 88087, currency: EUR }', 'amount: { value: 80000, currency: EUR }')
        .replace('Investeer in voorlichting over de meldcode.', 'Investeer in training over de meldcode.')
        .replace(/^period: 2020 t\/m 2023$/m, 'period: 2020 t/m 2022'),
    );
    git('commit', '-qam', 'Looptijd en tekst');

    const result = await runBinary(['log', file, '--lang', 'nl'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const blocks = result.stdout.split(/\n(?=[0-9a-f]{7} )/);
    expect(blocks).toHaveLength(4);
    expect(blocks[0]).toMatch(/^[0-9a-f]{7} \d{4}-\d{2}-\d{2} .+ {2}Looptijd en tekst\n {4}2 wijziging\(en\): 1 ingrijpend, 1 ter informatie\n/);
    expect(blocks[0]).toContain('\n      Looptijd\n');
    expect(blocks[0]).toContain('      Actielijn 1: Eerder en beter in beeld › Thema Alert aan de voorkant › Lokale actie “Investeer in training over de meldcode.”');
    expect(blocks[1]).toMatch(/Bezuiniging Moviera\n {4}1 wijziging\(en\): 1 ingrijpend\n {6}Actielijn 3: Aandacht voor specifieke groepen › Thema Plegeraanpak$/);
    expect(blocks[2]).toMatch(/Nieuwe naam\n {4}hernoemd van agendas\/agenda\.agenda\.yaml\n {4}geen inhoudelijke wijziging$/);
    expect(blocks[3]).toMatch(/Vastgestelde versie\n {4}1 wijziging\(en\): 1 ter informatie\n {6}nieuw document: Uitvoeringsagenda “Samen tegen huiselijk geweld”\n$/);

    const json = JSON.parse((await runBinary(['log', file, '--format', 'json', '-n', '2'], { cwd: dir })).stdout);
    expect(json.revisions.map((r: { subject: string; summary: unknown }) => [r.subject, r.summary])).toEqual([
      ['Looptijd en tekst', { changes: 2, breaking: 1, approval: 0, info: 1 }],
      ['Bezuiniging Moviera', { changes: 1, breaking: 1, approval: 0, info: 0 }],
    ]);
  });

  it('a file git does not know is a usage error (exit 2)', async () => {
    const { dir } = newRepository();
    const result = await runBinary(['log', 'agendas/nergens.agenda.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no revisions of agendas/nergens.agenda.yaml in git');
  });
});
