import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/core/diagnostic.js';
import { CHECK_FORMATTERS } from '../../src/formatters/index.js';
import { validateTexts } from '../../src/validate/engine.js';
import { RULES } from '../../src/rules/index.js';
import { TIMELINE_RULES } from '../../src/timeline/index.js';
import { ROOT, runBinary, runInProcess } from '../support/cli.js';

// `check` keeps of each document only its findings and what the rules across documents need,
// and spreads many documents over worker threads. These runs hold findings of every sort —
// per document, across documents (with related places in other files), silenced by a comment
// — and must come out the same one by one, on workers, in-process and from validateTexts.

const seed = (name: string) => readFileSync(path.join(ROOT, 'agendas', name), 'utf8');
const AGENDA = seed('uitvoeringsagenda-samen-tegen-huiselijk-geweld-2020-2023.agenda.yaml');
const PLAN = seed('projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml');

function corpus(copies: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'agendum-many-'));
  mkdirSync(path.join(dir, 'agendas'));
  const write = (name: string, text: string) => writeFileSync(path.join(dir, 'agendas', name), text);
  write('a-uitvoeringsagenda.agenda.yaml', AGENDA);
  for (let i = 0; i < copies; i++) {
    // The same alderman without the full stop: a spelling other documents do not use.
    let copy = AGENDA.replace(/^id: (.*)$/m, `id: $1-${i}`).replaceAll('name: G. Priem,', 'name: G Priem,');
    if (i % 3 === 0) copy = copy.replace(/^( *)- \{ role: Wethouder, name: G Priem,/m, '$1# agendum-disable-next-line names/variant -- zo geschreven in de versie van 2019\n$&');
    write(`b-${String(i).padStart(3, '0')}.agenda.yaml`, copy);
  }
  write('c-projectplan.agenda.yaml', PLAN.replace(/^projects:$/m, 'implements: [plegeraanpak, plegeraanpk]\nprojects:'));
  write('d-kapot.agenda.yaml', 'schemaVersion: 3\nkind: ProjectPlan\ntitle: "open\n');
  return dir;
}

describe('check over many files', () => {
  const dir = corpus(40);
  const args = ['check', 'agendas', '--today', '2024-01-01'];

  it('gives the same findings one by one, on worker threads, on the main thread beside a worker and in-process, as validateTexts', async () => {
    const sequential = await runBinary([...args, '--format', 'json'], { cwd: dir, env: { AGENDUM_WORKERS: '0' } });
    const workers = await runBinary([...args, '--format', 'json'], { cwd: dir, env: { AGENDUM_WORKERS: '2' } });
    // The main thread checks documents too, and the worker the batches it was sent at its start.
    const shared = await runBinary([...args, '--format', 'json'], { cwd: dir, env: { AGENDUM_WORKERS: 'main+1' } });
    const inProcess = await runInProcess([...args, '--format', 'json'], { cwd: dir });
    expect(sequential.code).toBe(1);
    expect(workers).toEqual(sequential);
    expect(shared).toEqual(sequential);
    expect(inProcess).toEqual({ code: sequential.code, stdout: sequential.stdout, stderr: sequential.stderr });

    const found = JSON.parse(sequential.stdout) as { diagnostics: Array<{ code: string; file: string; related?: unknown[] }> };
    const codes = new Set(found.diagnostics.map((d) => d.code));
    for (const code of ['names/variant', 'ref/unknown-implemented-item', 'suppression/unused', 'yaml/missing-char']) expect(codes).toContain(code);
    expect(found.diagnostics.some((d) => d.code === 'names/variant' && d.related?.length)).toBe(true);

    const files = ['a-uitvoeringsagenda.agenda.yaml', ...Array.from({ length: 40 }, (_, i) => `b-${String(i).padStart(3, '0')}.agenda.yaml`), 'c-projectplan.agenda.yaml', 'd-kapot.agenda.yaml'];
    const texts = files.map((f) => ({ file: `agendas/${f}`, text: readFileSync(path.join(dir, 'agendas', f), 'utf8') }));
    const expected = validateTexts(texts, { lang: 'en', ruleSet: [...RULES, ...TIMELINE_RULES], settings: { today: { year: 2024, month: 1, day: 1 } } });
    expect(found.diagnostics.map((d) => d.code)).toEqual(expected.map((d) => d.code));
  }, 120_000);

  it('prints the same code frames as from the whole texts', async () => {
    const sequential = await runBinary([...args, '--format', 'pretty'], { cwd: dir, env: { AGENDUM_WORKERS: '0' } });
    const workers = await runBinary([...args, '--format', 'pretty'], { cwd: dir, env: { AGENDUM_WORKERS: '2' } });
    expect(workers).toEqual(sequential);
    expect(sequential.stdout).toContain('- { role: Wethouder, name: G. Priem, municipality: Putten }');

    const texts = readdirSync(path.join(dir, 'agendas'))
      .sort()
      .map((f) => ({ file: `agendas/${f}`, text: readFileSync(path.join(dir, 'agendas', f), 'utf8') }));
    const diagnostics = validateTexts(texts, { lang: 'en', ruleSet: [...RULES, ...TIMELINE_RULES], settings: { today: { year: 2024, month: 1, day: 1 } } });
    const whole = CHECK_FORMATTERS.pretty!({ diagnostics, summary: summarise(diagnostics, texts.length) }, { color: false, sources: new Map(texts.map((t) => [t.file, t.text])), lang: 'en' });
    expect(sequential.stdout).toBe(whole);
  }, 120_000);
});
