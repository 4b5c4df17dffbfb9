import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runBinary, runInProcess } from '../support/cli.js';

const comments = (text: string) => text.split('\n').filter((l) => /^\s*#/.test(l)).map((l) => l.trim());

describe('agendum fmt', () => {
  it('formats the bundled agendas losing nothing: data, comments, findings and renders stay the same; a second run changes nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-fmt-'));
    cpSync(path.join(ROOT, 'agendas'), path.join(dir, 'agendas'), { recursive: true });
    const files = readdirSync(path.join(dir, 'agendas'));
    const before = Object.fromEntries(files.map((f) => [f, readFileSync(path.join(dir, 'agendas', f), 'utf8')]));
    const codes = async () => (JSON.parse((await runInProcess(['check', '--format', 'json', '--today', '2022-01-01'], { cwd: dir })).stdout) as { diagnostics: { code: string; message: string }[] }).diagnostics.map((d) => `${d.code} ${d.message}`).sort();
    const renders = async () => Promise.all(files.map(async (f) => (await runInProcess(['render', `agendas/${f}`, '--format', 'md', '--today', '2022-01-01'], { cwd: dir })).stdout));
    const findingsBefore = await codes();
    const rendersBefore = await renders();

    expect((await runInProcess(['fmt', '--check'], { cwd: dir })).code).toBe(1);
    expect((await runInProcess(['fmt'], { cwd: dir })).code).toBe(0);
    for (const f of files) {
      const after = readFileSync(path.join(dir, 'agendas', f), 'utf8');
      expect(parse(after), f).toEqual(parse(before[f]!));
      expect(comments(after), f).toEqual(comments(before[f]!));
      expect(after.split('\n')[0], f).toBe(before[f]!.split('\n')[0]);
    }
    expect(await codes()).toEqual(findingsBefore);
    expect(await renders()).toEqual(rendersBefore);

    const again = await runInProcess(['fmt', '--check'], { cwd: dir });
    expect(again).toMatchObject({ code: 0, stdout: '' });
  });

  it('puts the identifying keys first and drops quotes YAML does not need', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-fmt-'));
    const file = path.join(dir, 'a.yaml');
    writeFileSync(file, '# mijn agenda\ntitle: "Voorbeeld"\nkind: ExecutionAgenda\nid: "voorbeeld"\nschemaVersion: 2\nperiod: "2020"\nnotes:\n    - "ja"\n');
    await runInProcess(['fmt', 'a.yaml'], { cwd: dir });
    expect(readFileSync(file, 'utf8')).toBe('# mijn agenda\nschemaVersion: 2\nkind: ExecutionAgenda\nid: voorbeeld\ntitle: Voorbeeld\nperiod: "2020"\nnotes:\n  - ja\n');
  });

  it('leaves a file that is not valid YAML alone and exits 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-fmt-'));
    writeFileSync(path.join(dir, 'kapot.yaml'), 'title: "open\n');
    const result = await runBinary(['fmt', 'kapot.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(readFileSync(path.join(dir, 'kapot.yaml'), 'utf8')).toBe('title: "open\n');
  });
});
