import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/core/diagnostic.js';
import { CHECK_FORMATTERS } from '../../src/formatters/index.js';
import { RULES } from '../../src/rules/index.js';
import { TIMELINE_RULES } from '../../src/timeline/index.js';
import { validateTexts } from '../../src/validate/engine.js';
import { ROOT, runBinary, runInProcess } from '../support/cli.js';

// `check --format json` writes the findings of each file as the run comes to it (in the order of
// the file names) and keeps none: the text must be the formatter's over the whole sorted list.

const seed = (name: string) => readFileSync(path.join(ROOT, 'agendas', name), 'utf8');
const AGENDA = seed('uitvoeringsagenda-samen-tegen-huiselijk-geweld-2020-2023.agenda.yaml');
const PLAN = seed('projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml');
const OPTIONS = { lang: 'en' as const, ruleSet: [...RULES, ...TIMELINE_RULES], settings: { today: { year: 2024, month: 1, day: 1 } } };

function corpus(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'agendum-json-'));
  mkdirSync(path.join(dir, 'agendas'));
  const write = (name: string, text: string) => writeFileSync(path.join(dir, 'agendas', name), text);
  // Names in an order that sorting by path and by shown name could tell apart, findings across
  // documents (with related places in other files), a suppression, a file that is not YAML.
  write('b.agenda.yaml', AGENDA.replace(/^id: (.*)$/m, 'id: $1-b').replaceAll('name: G. Priem,', 'name: G Priem,'));
  write('a-10.agenda.yaml', AGENDA);
  write('a-9.agenda.yaml', PLAN.replace(/^projects:$/m, 'implements: [plegeraanpak, plegeraanpk]\nprojects:'));
  write(
    'a.agenda.yaml',
    AGENDA.replace(/^id: (.*)$/m, 'id: $1-a').replace(/^( *)- \{ role: Wethouder, name: G\. Priem,/m, '$1# agendum-disable-next-line names/variant -- zo geschreven\n$1- { role: Wethouder, name: G Priem,'),
  );
  write('c-kapot.agenda.yaml', 'schemaVersion: 3\nkind: ProjectPlan\ntitle: "open\n');
  return dir;
}

function expected(dir: string, filter: (severity: string) => boolean = () => true): string {
  const texts = readdirSync(path.join(dir, 'agendas'))
    .sort()
    .map((f) => ({ file: `agendas/${f}`, text: readFileSync(path.join(dir, 'agendas', f), 'utf8') }));
  const diagnostics = validateTexts(texts, OPTIONS);
  const summary = summarise(diagnostics, texts.length);
  return CHECK_FORMATTERS.json!({ diagnostics: diagnostics.filter((d) => filter(d.severity)), summary }, { color: false, lang: 'en' });
}

describe('check --format json', () => {
  const dir = corpus();
  const args = ['check', 'agendas', '--format', 'json', '--today', '2024-01-01', '--lang', 'en'];

  it('writes the text of the JSON formatter over every finding, sorted, in-process and as a process', async () => {
    const run = await runBinary(args, { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(expected(dir));
    const codes = new Set((JSON.parse(run.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code));
    for (const code of ['names/variant', 'ref/unknown-implemented-item', 'yaml/missing-char']) expect(codes).toContain(code);
    expect(await runInProcess(args, { cwd: dir })).toEqual({ code: run.code, stdout: run.stdout, stderr: run.stderr });
    // On worker threads, and on the main thread beside one.
    expect(await runBinary(args, { cwd: dir, env: { AGENDUM_WORKERS: '2' } })).toEqual(run);
    expect(await runBinary(args, { cwd: dir, env: { AGENDUM_WORKERS: 'main+1' } })).toEqual(run);
  }, 120_000);

  it('with --quiet, writes the errors only and counts them all', async () => {
    const run = await runBinary([...args, '--quiet'], { cwd: dir });
    expect(run.stdout).toBe(expected(dir, (severity) => severity === 'error'));
  }, 60_000);

  it('places a file that cannot be read among the others by its name', async () => {
    const broken = corpus();
    symlinkSync(path.join(broken, 'nowhere.yaml'), path.join(broken, 'agendas', 'a-weg.agenda.yaml'));
    const run = await runBinary(args, { cwd: broken });
    const files = (JSON.parse(run.stdout) as { diagnostics: { file: string }[] }).diagnostics.map((d) => d.file);
    expect(files).toContain('agendas/a-weg.agenda.yaml');
    expect(files).toEqual([...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // The other files' findings are those of a run without it.
    const without = JSON.parse(expected(dir)) as { diagnostics: unknown[] };
    const found = JSON.parse(run.stdout) as { diagnostics: { file: string }[]; summary: { files: number } };
    expect(found.diagnostics.filter((d) => d.file !== 'agendas/a-weg.agenda.yaml')).toEqual(without.diagnostics);
    expect(found.summary.files).toBe(6);
  }, 60_000);

  it('writes an empty list when nothing is found', async () => {
    const clean = mkdtempSync(path.join(tmpdir(), 'agendum-json-'));
    mkdirSync(path.join(clean, 'agendas'));
    const run = await runBinary(args, { cwd: clean });
    expect(run.stdout).toBe(CHECK_FORMATTERS.json!({ diagnostics: [], summary: summarise([], 0) }, { color: false, lang: 'en' }));
  }, 60_000);
});
