import { chmodSync, cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PERMISSIONS_APPLY, ROOT, runBinary, runInProcess } from '../support/cli.js';

/** How the mocked file system lists a folder: as it does, reversed, or rotated by a number of entries. */
const listing = vi.hoisted(() => ({ order: 'as-is' as 'as-is' | 'reversed' | number }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  const readdir = async (...args: Parameters<typeof original.readdir>) => {
    const entries = [...((await original.readdir(...args)) as unknown[])];
    if (listing.order === 'reversed') return entries.reverse();
    if (typeof listing.order === 'number' && entries.length > 0) {
      const by = listing.order % entries.length;
      return [...entries.slice(by), ...entries.slice(0, by)];
    }
    return entries;
  };
  return { ...original, default: { ...original, readdir }, readdir };
});

describe('the order in which folders list their files', () => {
  // The bundled agendas, a folder reached by two routes (a symbolic link beside it), nested folders.
  const dir = mkdtempSync(path.join(tmpdir(), 'agendum-order-'));
  cpSync(path.join(ROOT, 'agendas'), path.join(dir, 'agendas', 'regio'), { recursive: true });
  symlinkSync('regio', path.join(dir, 'agendas', 'verwijzing'));
  mkdirSync(path.join(dir, 'agendas', 'zz', 'diep'), { recursive: true });
  writeFileSync(path.join(dir, 'agendas', 'zz', 'diep', 'kapot.yaml'), 'title: "open\n');
  writeFileSync(path.join(dir, 'agendas', 'Hoofdletter.yaml'), 'kind: Begroting\n');
  writeFileSync(path.join(dir, 'agendas', 'één.yaml'), '42\n');

  const commands = [
    ['validate', '--format', 'json'],
    ['check', '--today', '2022-02-01'],
    ['timeline', '--today', '2022-02-01'],
    ['fmt', '--check'],
  ];

  for (const args of commands) {
    it(`changes nothing in agendum ${args.join(' ')}`, async () => {
      const outputs = [];
      for (const order of ['as-is', 'reversed', 1, 2, 3] as const) {
        listing.order = order;
        outputs.push(await runInProcess(args, { cwd: dir }));
      }
      listing.order = 'as-is';
      for (const output of outputs.slice(1)) expect(output).toEqual(outputs[0]);
      // The route first in name order is taken, whatever the listing.
      expect(outputs[0]!.stdout).not.toContain('agendas/verwijzing/');
    });
  }
});

describe('what cannot be listed or read in a folder', () => {
  it('is reported and counted: a folder without permission, a link to nothing; the rest is checked', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-unlisted-'));
    mkdirSync(path.join(dir, 'agendas', 'geheim'), { recursive: true });
    cpSync(path.join(ROOT, 'agendas', 'projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml'), path.join(dir, 'agendas', 'plan.yaml'));
    cpSync(path.join(ROOT, 'agendas', 'projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml'), path.join(dir, 'agendas', 'geheim', 'plan.yaml'));
    chmodSync(path.join(dir, 'agendas', 'geheim'), 0o000);
    symlinkSync('weg.yaml', path.join(dir, 'agendas', 'dood.yaml'));
    const result = await runBinary(['validate', '--format', 'json'], { cwd: dir, wrapper: PERMISSIONS_APPLY });
    chmodSync(path.join(dir, 'agendas', 'geheim'), 0o755);
    expect(result.code).toBe(1);
    const out = JSON.parse(result.stdout) as { diagnostics: { file: string; code: string; message: string }[]; summary: { files: number } };
    expect(out.diagnostics.map((d) => [d.file, d.code, d.message])).toEqual([
      ['agendas/dood.yaml', 'file/unreadable', 'cannot read the file (it does not exist, or is a link to nothing)'],
      ['agendas/geheim', 'file/unreadable', 'cannot read the folder (permission denied)'],
    ]);
    expect(out.summary.files).toBe(3);
  });
});
