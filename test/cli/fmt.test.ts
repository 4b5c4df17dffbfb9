import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { ROOT, runBinary, runInProcess } from '../support/cli.js';

const comments = (text: string) => text.split('\n').filter((l) => /^\s*#/.test(l)).map((l) => l.trim());

describe('agendum fmt', () => {
  it('keeps the bundled documents in their canonical form: fmt --check passes on agendas/ and examples/', async () => {
    const result = await runBinary(['fmt', '--check', 'agendas', 'examples']);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('formats the bundled agendas, written with a paragraph a line, losing nothing: data, comments, findings and renders stay the same; a second run changes nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-fmt-'));
    cpSync(path.join(ROOT, 'agendas'), path.join(dir, 'agendas'), { recursive: true });
    const files = readdirSync(path.join(dir, 'agendas'));
    // As a writer may have them: every paragraph on one line, however long.
    for (const f of files) {
      const file = path.join(dir, 'agendas', f);
      writeFileSync(file, parseDocument(readFileSync(file, 'utf8')).toString({ lineWidth: 0 }));
    }
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
    writeFileSync(file, '# mijn agenda\ntitle: "Voorbeeld"\nkind: ExecutionAgenda\nid: "voorbeeld"\nschemaVersion: 3\nperiod: "2020"\nnotes:\n    - "ja"\n');
    await runInProcess(['fmt', 'a.yaml'], { cwd: dir });
    expect(readFileSync(file, 'utf8')).toBe('# mijn agenda\nschemaVersion: 3\nkind: ExecutionAgenda\nid: voorbeeld\ntitle: Voorbeeld\nperiod: "2020"\nnotes:\n  - ja\n');
  });

  it("puts keys in the schema's order, comments with them, except where the writer's order is what the document says", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-fmt-'));
    const file = path.join(dir, 'a.yaml');
    writeFileSync(
      file,
      [
        'schemaVersion: 3',
        'kind: ExecutionAgenda',
        'id: voorbeeld',
        'title: Voorbeeld',
        'actionLines:',
        '  - themes:',
        '      - regionalActions:',
        '          - period: 2021',
        '            # wat we doen',
        '            text: Doe iets',
        '            id: iets',
        '        funding:',
        '          - source: DUVO',
        '            connector: voor',
        '            purpose: subsidie',
        '        title: Thema',
        '        id: thema',
        '    title: Lijn',
        '    id: lijn',
        'period: 2020 t/m 2023',
        '',
      ].join('\n'),
    );
    const before = parse(readFileSync(file, 'utf8'));
    expect((await runInProcess(['fmt', 'a.yaml'], { cwd: dir })).code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(parse(after)).toEqual(before);
    expect(Object.keys(parse(after))).toEqual(['schemaVersion', 'kind', 'id', 'title', 'period', 'actionLines']);
    const line = parse(after).actionLines[0];
    expect(Object.keys(line)).toEqual(['id', 'title', 'themes']);
    expect(Object.keys(line.themes[0])).toEqual(['id', 'title', 'regionalActions', 'funding']);
    expect(Object.keys(line.themes[0].regionalActions[0])).toEqual(['id', 'text', 'period']);
    // "DUVO voor subsidie": a funding statement is printed in the order it is written.
    expect(Object.keys(line.themes[0].funding[0])).toEqual(['source', 'connector', 'purpose']);
    expect(after).toMatch(/# wat we doen\n +text: Doe iets\n/);
    expect(await runInProcess(['validate', 'a.yaml'], { cwd: dir })).toMatchObject({ code: 0 });
    expect((await runInProcess(['fmt', '--check', 'a.yaml'], { cwd: dir })).code).toBe(0);
  });

  it('leaves a file that is not valid YAML alone and exits 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-fmt-'));
    writeFileSync(path.join(dir, 'kapot.yaml'), 'title: "open\n');
    const result = await runBinary(['fmt', 'kapot.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(readFileSync(path.join(dir, 'kapot.yaml'), 'utf8')).toBe('title: "open\n');
  });
});
