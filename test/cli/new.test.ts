import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary, runInProcess } from '../support/cli.js';

const KINDS = ['DevelopmentAgenda', 'ExecutionAgenda', 'ProjectPlan', 'Arrangement'];

describe('agendum new', () => {
  it('writes a document of every kind that passes every check at once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-new-'));
    for (const kind of KINDS) expect((await runBinary(['new', kind], { cwd: dir })).code).toBe(0);
    const check = await runBinary(['check', '--format', 'json'], { cwd: dir });
    expect(check.code, check.stdout).toBe(0);
    expect(JSON.parse(check.stdout)).toEqual({ diagnostics: [], summary: { files: 4, errors: 0, warnings: 0, infos: 0 } });
  });

  it('takes --id and --title and starts with the modeline', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-new-'));
    const result = await runInProcess(['new', 'ProjectPlan', '--id', 'projecten-2025', '--title', 'Projecten 2025'], { cwd: dir });
    expect(result.stderr).toBe('created agendas/projecten-2025.agenda.yaml\n');
    const text = readFileSync(path.join(dir, 'agendas/projecten-2025.agenda.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=\S+\/project-plan\.schema\.json\nschemaVersion: 3\nkind: ProjectPlan\nid: projecten-2025\ntitle: Projecten 2025\n/);
  });

  it('uses the schemas folder beside agendas/ when there is one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-new-'));
    mkdirSync(path.join(dir, 'schemas'));
    writeFileSync(path.join(dir, 'schemas/common.schema.json'), '{}');
    await runInProcess(['new', 'Arrangement', '--id', 'a'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'agendas/a.agenda.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/schemas\/arrangement\.schema\.json\n/);
  });

  it('never overwrites a file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-new-'));
    mkdirSync(path.join(dir, 'agendas'));
    writeFileSync(path.join(dir, 'agendas/mijn.agenda.yaml'), 'mine\n');
    const result = await runBinary(['new', 'ExecutionAgenda', '--id', 'mijn'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('already exists');
    expect(readFileSync(path.join(dir, 'agendas/mijn.agenda.yaml'), 'utf8')).toBe('mine\n');
  });

  it('prints with --stdout, and rejects an unknown kind or a bad id', async () => {
    expect((await runInProcess(['new', 'Arrangement', '--stdout'])).stdout).toContain('kind: Arrangement');
    expect((await runBinary(['new', 'ExecutionAgnda'])).stderr).toContain('did you mean "ExecutionAgenda"?');
    expect((await runBinary(['new', 'Arrangement', '--id', 'Niet Goed', '--stdout'])).code).toBe(2);
  });
});
