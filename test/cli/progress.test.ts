import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBinary } from '../support/cli.js';
import { newRepository } from '../support/git.js';

const FIXTURES = path.join(ROOT, 'test/fixtures/monitor');
const AGENDA = path.join(FIXTURES, 'uitvoeringsagenda-noord.agenda.yaml');

interface Counts {
  total: number;
  done: number;
  inProgress: number;
  open: number;
  dropped: number;
  none: number;
  late: number;
  dueSoon: number;
}
interface Json {
  today: string;
  counts: Counts;
  documents: { file: string; title: string; counts: Counts; groups: { title: string; counts: Counts }[]; items: { key: string; number?: string; title: string; status: string; late: boolean; dueSoon: boolean; owners: string[]; lateSince?: string; dueOn?: string }[] }[];
  owners: { owner: string; counts: Counts }[];
  since?: { revision: string; moves: { change: string; from?: string; item: { key: string } }[] };
}

function counts(partial: Partial<Counts>): Counts {
  return { total: 0, done: 0, inProgress: 0, open: 0, dropped: 0, none: 0, late: 0, dueSoon: 0, ...partial };
}

describe('agendum progress', () => {
  it('counts every piece of work by status, late and due soon, per document, part and owner', async () => {
    const result = await runBinary(['progress', FIXTURES, '--today', '2026-05-20', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as Json;
    expect(out.today).toBe('2026-05-20');
    expect(out.counts).toEqual(counts({ total: 8, done: 2, inProgress: 2, dropped: 1, none: 3, late: 1, dueSoon: 4 }));
    const agenda = out.documents.find((d) => d.title === 'Uitvoeringsagenda Zorg en Veiligheid Noord')!;
    expect(agenda.groups.map((g) => [g.title, g.counts])).toEqual([
      ['Signaleren op school', counts({ total: 3, done: 1, inProgress: 1, none: 1, late: 1, dueSoon: 1 })],
      ['Wijkteams', counts({ total: 1, dropped: 1 })],
    ]);
    const late = agenda.items.filter((i) => i.late);
    expect(late.map((i) => [i.number, i.title, i.lateSince])).toEqual([['1.1.2', 'Netwerk aandachtsfunctionarissen', '2025-12-31']]);
    expect(agenda.items.find((i) => i.number === '1.1.3')).toMatchObject({ status: 'none', dueSoon: true, dueOn: '2026-07-01', owners: ['Veilig Thuis Noord'] });
    expect(out.owners.find((o) => o.owner === 'Veilig Thuis Noord')!.counts).toEqual(counts({ total: 2, inProgress: 1, none: 1, late: 1, dueSoon: 1 }));
    // A dropped item is never late, however long ago its time ended.
    const later = JSON.parse((await runBinary(['progress', AGENDA, '--today', '2030-01-01', '--format', 'json'])).stdout) as Json;
    expect(later.documents[0]!.items.find((i) => i.number === '1.2.1')).toMatchObject({ status: 'dropped', late: false });
    expect(later.counts.late).toBe(2);
  });

  it('counts the example agendas as their statuses say, an item the schema gives a status but the writer did not counted as without one', async () => {
    const result = await runBinary(['progress', 'examples/agendas-regio', '--today', '2024-06-30', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as Json;
    const waalEnLinge = out.documents.find((d) => d.file.endsWith('ontwikkelagenda-jeugdhulp-waal-en-linge-2022-2025.agenda.yaml'))!;
    // 13 items carry a status (11 afgerond, 1 loopt, 1 vervallen); agreement 3.3.1 has none.
    expect(waalEnLinge.counts).toEqual(counts({ total: 14, done: 11, inProgress: 1, dropped: 1, none: 1 }));
    expect(waalEnLinge.items.filter((i) => i.status === 'none').map((i) => i.number)).toEqual(['3.3.1']);
    expect(out.documents).toHaveLength(4);
  });

  it('looks as far ahead as --within says', async () => {
    const soon = async (within: string) => (JSON.parse((await runBinary(['progress', AGENDA, '--today', '2026-05-20', '--within', within, '--format', 'json'])).stdout) as Json).counts.dueSoon;
    expect(await soon('2w')).toBe(0);
    expect(await soon('6w')).toBe(1);
    expect(await soon('acht weken')).toBe(1);
    const bad = await runBinary(['progress', AGENDA, '--within', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--within needs a length of time');
  });

  it('speaks Dutch in the terminal: states, headings, dates and the summary', async () => {
    const result = await runBinary(['progress', AGENDA, '--today', '2026-05-20', '--lang', 'nl']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Stand per 20 mei 2026 (binnenkort: binnen 8 weken)');
    expect(result.stdout).toMatch(/Onderdeel +Totaal +Afgerond +Loopt +Niet gestart +Vervallen +Geen status +Te laat +Binnenkort/);
    expect(result.stdout).toMatch(/^ {2}1\.1 Signaleren op school +3 +1 +1 +0 +0 +1 +1 +1$/m);
    expect(result.stdout).toContain('Regionale actie 1.1.2 Netwerk aandachtsfunctionarissen — loopt · liep af op 31 december 2025 · Veilig Thuis Noord');
    expect(result.stdout).toContain('1 document, 4 onderdelen; 1 afgerond, 1 loopt, 0 nog niet gestart, 1 vervallen, 1 zonder status; 1 te laat, 1 binnenkort');
    expect(result.stdout).not.toMatch(/\b(Late|Due soon|Total|done|in progress)\b/);
  });

  it('writes CSV a Dutch spreadsheet opens: BOM, semicolons, one row per item', async () => {
    const result = await runBinary(['progress', FIXTURES, '--today', '2026-05-20', '--format', 'csv', '--lang', 'nl']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.startsWith('\uFEFFDocument;Nummer;Soort;Titel;Onderdeel;Eigenaar;Status;Begin;Einde;Te laat;Binnenkort;Laatste voortgang\r\n')).toBe(true);
    const rows = result.stdout.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + 8);
    expect(rows).toContain('Uitvoeringsagenda Zorg en Veiligheid Noord;1.1.2;Regionale actie;Netwerk aandachtsfunctionarissen;1.1 Signaleren op school;Veilig Thuis Noord;loopt;2024-01-01;2025-12-31;ja;nee;2025-03-01: Eerste bijeenkomst gehouden.');
    expect(rows).toContain('Projectplan Buurtzorg Oost;;Project;Buurtzorg in Oost;;"gemeente Oost, team Zorg";zonder status;2025-02-01;2026-06-30;nee;ja;');
  });

  it('renders the report as Markdown, HTML and a PDF with the late items and the bars per part', async () => {
    const md = await runBinary(['progress', AGENDA, '--today', '2026-05-20', '--format', 'md', '--lang', 'nl']);
    expect(md.stdout).toContain('| 1.1 Signaleren op school | 3 | 1 | 1 | 0 | 0 | 1 | 1 | 1 |');
    expect(md.stdout).toContain('### Te laat\n\n- **Regionale actie 1.1.2 Netwerk aandachtsfunctionarissen**');
    const html = await runBinary(['progress', AGENDA, '--today', '2026-05-20', '--format', 'html', '--lang', 'nl']);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(html.stdout).toContain('aria-label="1.1 Signaleren op school: 1 afgerond, 1 loopt, 0 nog niet gestart, 0 vervallen, 1 zonder status"');
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-progress-'));
    const pdf = await runBinary(['progress', AGENDA, '--today', '2026-05-20', '--format', 'pdf', '-o', path.join(dir, 'voortgang.pdf'), '--lang', 'nl'], { env: { LANG: 'nl_NL.UTF-8' } });
    expect(pdf.code, pdf.stderr).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'voortgang.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Voortgangsrapportage');
    expect(text).toContain('Regionale actie 1.1.2 Netwerk aandachtsfunctionarissen');
    expect(text).toMatch(/Te laat/);
  });

  it('reports documents with errors beside the report, and reports the others', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-progress-'));
    cpSync(AGENDA, path.join(dir, 'goed.agenda.yaml'));
    writeFileSync(path.join(dir, 'kapot.agenda.yaml'), 'schemaVersion: 3\nkind: ExecutionAgenda\nid: kapot\ntitle: Kapot\nperiod: [\n');
    const result = await runBinary(['progress', '.', '--today', '2026-05-20', '--format', 'json'], { cwd: dir, env: { LANG: 'en' } });
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as Json).documents.map((d) => d.file)).toEqual(['goed.agenda.yaml']);
    expect(result.stderr).toMatch(/^kapot\.agenda\.yaml:\d+:\d+ error yaml\//m);
  });

  it('computes the report as it stood on a day from git (--as-of), and what moved since a revision (--since)', async () => {
    const repo = newRepository('agendum-progress-git-');
    mkdirSync(path.join(repo.dir, 'agendas'));
    const file = path.join(repo.dir, 'agendas', 'noord.agenda.yaml');
    const text = readFileSync(AGENDA, 'utf8');
    const commit = (message: string, date: string) => execFileSync('git', ['commit', '-qam', message], { cwd: repo.dir, env: { ...process.env, GIT_AUTHOR_DATE: `${date}T10:00:00+01:00`, GIT_COMMITTER_DATE: `${date}T10:00:00+01:00` } });
    // Early 2025: the training was still running, the network had not started.
    writeFileSync(file, text.replace('status: afgerond', 'status: loopt').replace(/( {12}status: loopt\n {12}progress:)/, '            status: open\n            progress:'));
    repo.git('add', '-A');
    commit('versie januari', '2025-01-10');
    const first = repo.git('rev-parse', 'HEAD').trim();
    writeFileSync(file, text);
    commit('versie december', '2025-12-01');
    // Not committed: the working tree is not history.
    writeFileSync(file, text.replace('status: vervallen', 'status: afgerond'));

    const asOf = await runBinary(['progress', '--as-of', '2025-06-01', '--format', 'json'], { cwd: repo.dir });
    expect(asOf.code, asOf.stderr).toBe(0);
    const then = JSON.parse(asOf.stdout) as Json & { commit: string };
    expect(then.today).toBe('2025-06-01');
    expect(then.commit).toBe(first);
    const items = then.documents[0]!.items;
    // Its year was over and it was still running: late then, as the report said on that day.
    expect(items.find((i) => i.number === '1.1.1')).toMatchObject({ status: 'inProgress', late: true, lateSince: '2024-12-31' });
    expect(items.find((i) => i.number === '1.1.2')).toMatchObject({ status: 'open' });
    expect(items.find((i) => i.number === '1.2.1')).toMatchObject({ status: 'dropped' });

    const since = await runBinary(['progress', '--since', first, '--today', '2026-05-20', '--format', 'json'], { cwd: repo.dir });
    expect(since.code, since.stderr).toBe(0);
    const moves = (JSON.parse(since.stdout) as Json).since!.moves.map((m) => [m.item.key, m.change, m.from]);
    expect(moves).toEqual([
      ['vroeg-erbij/signaleren/training-meldcode', 'finished', 'inProgress'],
      ['vroeg-erbij/signaleren/aandachtsfunctionarissen', 'started', 'open'],
      ['vroeg-erbij/signaleren/aandachtsfunctionarissen', 'newlyLate', 'open'],
      ['vroeg-erbij/wijkteams/casusoverleg', 'finished', 'dropped'],
    ]);
    const pretty = await runBinary(['progress', '--since', first, '--today', '2026-05-20', '--lang', 'nl'], { cwd: repo.dir });
    expect(pretty.stdout).toContain('Wat bewoog sinds');
    expect(pretty.stdout).toMatch(/afgerond: Regionale actie 1\.1\.1 Training meldcode \(was: loopt\)/);

    const before = await runBinary(['progress', '--as-of', '2024-01-01'], { cwd: repo.dir, env: { LANG: 'en' } });
    expect(before.code).toBe(2);
    expect(before.stderr).toContain('nothing was committed on or before 2024-01-01');
  });
});
