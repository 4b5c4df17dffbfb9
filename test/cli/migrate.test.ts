import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBinary } from '../support/cli.js';

const PLAN = 'agendas/projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml';
const V1 = readFileSync(path.join(ROOT, 'test/fixtures/migrate/projectplan-v1.agenda.yaml'), 'utf8');

/** A repository whose agendas/ holds the project plan as written for schemaVersion 1. */
function oldRepository(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'agendum-migrate-'));
  mkdirSync(path.join(dir, 'agendas'));
  writeFileSync(path.join(dir, PLAN), V1);
  return dir;
}

describe('agendum migrate', () => {
  it('reads a schemaVersion 1 agenda with a warning, --check lists it, migrate rewrites it as the bundled agenda of the current version', async () => {
    const dir = oldRepository();
    const checked = await runBinary(['check', '--format', 'json', '--today', '2022-01-01'], { cwd: dir });
    expect(checked.code).toBe(0);
    const codes = (JSON.parse(checked.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c === 'document/deprecated-version')).toHaveLength(1);

    const dry = await runBinary(['migrate', '--check'], { cwd: dir });
    expect(dry).toMatchObject({ code: 1, stdout: `${PLAN}: would be migrated (schemaVersion 1 → 3)\n` });
    expect(readFileSync(path.join(dir, PLAN), 'utf8')).toBe(V1);

    const migrated = await runBinary(['migrate'], { cwd: dir });
    expect(migrated).toMatchObject({ code: 0, stdout: '', stderr: `migrated ${PLAN} (schemaVersion 1 → 3)\n` });
    expect(readFileSync(path.join(dir, PLAN), 'utf8')).toBe(readFileSync(path.join(ROOT, PLAN), 'utf8'));
    expect(readdirSync(path.join(dir, 'agendas'))).toEqual([path.basename(PLAN)]);

    const after = await runBinary(['check', '--format', 'json', '--today', '2022-01-01'], { cwd: dir });
    const codesAfter = (JSON.parse(after.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
    expect(codesAfter).toEqual(codes.filter((c) => c !== 'document/deprecated-version'));
    expect(await runBinary(['migrate', '--check'], { cwd: dir })).toMatchObject({ code: 0, stdout: '' });
  });

  it('a migration is no change of meaning: diff of the old and the new file is empty, renders are the same', async () => {
    const dir = oldRepository();
    const diff = await runBinary(['diff', path.join(dir, PLAN), path.join(ROOT, PLAN), '--exit-code', '--format', 'json']);
    expect(diff.code, diff.stdout).toBe(0);
    const render = (cwd: string) => runBinary(['render', PLAN, '--format', 'md', '--today', '2022-01-01'], { cwd });
    expect((await render(dir)).stdout).toBe((await render(ROOT)).stdout);
  });

  it('leaves a document it cannot migrate as it is, says where and why, and exits 1', async () => {
    const dir = oldRepository();
    cpSync(path.join(ROOT, 'agendas/ontwikkelagenda-eergerelateerd-geweld-mensenhandel.agenda.yaml'), path.join(dir, 'agendas/ontwikkelagenda.agenda.yaml'));
    const conflicting = V1.replace('          term: Fase\n          number: "2"', '          term: Stap\n          number: "2"');
    writeFileSync(path.join(dir, PLAN), conflicting);
    const result = await runBinary(['migrate'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`^${PLAN.replace(/\./g, '\\.')}:\\d+:\\d+ error document/migration-conflict the phases of this phasing use different terms \\("Fase", "Stap"\\)`, 'm'));
    expect(result.stdout).not.toMatch(/at .*\.js:\d+/);
    expect(readFileSync(path.join(dir, PLAN), 'utf8')).toBe(conflicting);
  });

  it('lists the migrations it knows in its help', async () => {
    const help = await runBinary(['migrate', '--help']);
    expect(help.stdout).toMatch(/^Examples:\n {2}agendum migrate\n/);
    expect(help.stdout).toContain('1 → 2: phases no longer repeat `term: Fase`');
  });
});
