import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBinary, runInProcess } from '../support/cli.js';

/** The browser the PDF tests print with, as the other browser tests choose it. */
const SYSTEM_CHROMIUM = process.env.AGENDUM_CHROMIUM || process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PLAN = path.join(ROOT, 'agendas/projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml');
const SEEDS = [
  { file: 'agendas/ontwikkelagenda-eergerelateerd-geweld-mensenhandel.agenda.yaml', title: 'Eergerelateerd geweld en loverboy en mensenhandel', minPages: 3 },
  { file: 'agendas/uitvoeringsagenda-samen-tegen-huiselijk-geweld-2020-2023.agenda.yaml', title: 'Samen tegen huiselijk geweld', minPages: 15 },
  { file: 'agendas/projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml', title: 'Projecten voor 2020 – 2021', minPages: 8 },
  { file: 'agendas/consultatiedocument-hg-arrangement-rotterdam.agenda.yaml', title: 'Consultatiedocument richting HG-arrangementen', minPages: 4 },
];

describe('agendum render', () => {
  it('prints Markdown of one document to standard output, the same bytes every time', async () => {
    const first = await runInProcess(['render', PLAN, '--format', 'md']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^# Projecten voor 2020 – 2021\n/);
    expect((await runInProcess(['render', PLAN, '--format', 'md'])).stdout).toBe(first.stdout);
  });

  it('writes HTML to -o, and every document into an -o folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-render-'));
    const one = await runBinary(['render', PLAN, '-o', path.join(dir, 'plan.html')]);
    expect(one.code, one.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'plan.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    const all = await runBinary(['render', 'agendas/ontwikkelagenda-eergerelateerd-geweld-mensenhandel.agenda.yaml', PLAN, '--format', 'md', '-o', path.join(dir, 'md') + '/']);
    expect(all.code, all.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'md')).sort()).toEqual(['ontwikkelagenda-eergerelateerd-geweld-mensenhandel.md', 'projectplan-huiselijk-geweld-zhz-2020-2021.md']);
    expect(readdirSync(path.join(dir, 'md')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('prints each seed as an A4 PDF with the system Chromium, read back with poppler', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-render-'));
    const result = await runBinary(['render', ...SEEDS.map((s) => s.file), '--format', 'pdf', '-o', `${dir}/`]);
    expect(result.code, result.stderr).toBe(0);
    for (const { file, title, minPages } of SEEDS) {
      const pdf = path.join(dir, path.basename(file).replace('.agenda.yaml', '.pdf'));
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
      expect(pages, file).toBeGreaterThanOrEqual(minPages);
      expect(pages, file).toBeLessThan(80);
      expect(info, file).toMatch(/^Page size:\s+59[45]\.\d* x 841\.\d* pts \(A4\)$/m);
      const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
      // A long title may wrap after a hyphen ("HG-" / "arrangementen"): rejoin such breaks.
      expect(firstPage.replace(/-\s*\n\s*/g, '-').replace(/\s+/g, ' '), file).toContain(title);
    }
  }, 180_000);

  it('says clearly when Chromium cannot be found (exit 2)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-render-'));
    const result = await runBinary(['render', PLAN, '--format', 'pdf', '-o', path.join(dir, 'plan.pdf')], { env: { AGENDUM_CHROMIUM: '', CHROMIUM_PATH: '/nonexistent/chromium' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/chromium/i);
    expect(existsSync(path.join(dir, 'plan.pdf'))).toBe(false);
  });

  it('names every place it looked for a browser, and AGENDUM_CHROMIUM, when none is found (exit 2, in Dutch too)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-render-'));
    const empty = path.join(dir, 'bin');
    mkdirSync(empty);
    const env = { PATH: empty, AGENDUM_CHROMIUM: '', CHROMIUM_PATH: '' };
    const english = await runBinary(['render', PLAN, '--format', 'pdf', '-o', path.join(dir, 'plan.pdf')], { env });
    expect(english.code).toBe(2);
    expect(english.stdout).toBe('');
    const lines = english.stderr.split('\n');
    expect(lines[0]).toBe('agendum: cannot print PDF: no Chrome, Chromium or Edge found; looked for:');
    for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge']) expect(lines).toContain(`  ${path.join(empty, name)}`);
    expect(lines).toContain('  /snap/bin/chromium');
    expect(english.stderr).toMatch(/AGENDUM_CHROMIUM=/);
    expect(english.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(path.join(dir, 'plan.pdf'))).toBe(false);

    const dutch = await runBinary(['render', PLAN, '--format', 'pdf', '-o', path.join(dir, 'plan.pdf'), '--lang', 'nl'], { env });
    expect(dutch.code).toBe(2);
    expect(dutch.stderr).toMatch(/^agendum: kan geen PDF maken: geen Chrome, Chromium of Edge gevonden; gezocht naar:\n {2}\//);
    expect(dutch.stderr).toContain('zet AGENDUM_CHROMIUM op het programmabestand van de browser');
  });

  it('finds a browser on PATH by its usual name, and takes the one AGENDUM_CHROMIUM names', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-render-'));
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    symlinkSync(SYSTEM_CHROMIUM, path.join(bin, 'google-chrome'));
    const onPath = await runBinary(['render', PLAN, '--format', 'pdf', '-o', path.join(dir, 'found.pdf')], { env: { PATH: `${bin}:/usr/bin:/bin`, AGENDUM_CHROMIUM: '', CHROMIUM_PATH: '' } });
    expect(onPath.code, onPath.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'found.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    // AGENDUM_CHROMIUM wins over CHROMIUM_PATH, and is the only place looked at.
    const named = await runBinary(['render', PLAN, '--format', 'pdf', '-o', path.join(dir, 'named.pdf')], { env: { AGENDUM_CHROMIUM: path.join(dir, 'nothing-here'), CHROMIUM_PATH: SYSTEM_CHROMIUM } });
    expect(named.code).toBe(2);
    expect(named.stderr).toBe(`agendum: cannot print PDF: Chromium not found at ${path.join(dir, 'nothing-here')}\nhint: install Chrome, Chromium or Edge (Debian/Ubuntu: apt-get install chromium), or set AGENDUM_CHROMIUM to the browser's executable (AGENDUM_CHROMIUM=/path/to/chrome)\n`);
  }, 120_000);

  it('does not render a document with errors, and reports them (on standard error, where standard output is the document)', async () => {
    const result = await runBinary(['render', 'test/fixtures/invalid/unknown-key.yaml']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('schema/unknown-property');
  });

  it('never overwrites its input, and needs a folder for several files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-render-'));
    const copy = path.join(dir, 'plan.yaml');
    writeFileSync(copy, readFileSync(PLAN));
    expect((await runBinary(['render', copy, '-o', copy])).code).toBe(2);
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(PLAN, 'utf8'));
    expect((await runBinary(['render', copy, PLAN])).code).toBe(2);
  });
});

describe('agendum render with documents it cannot render', () => {
  it('reports a document that cannot be read or has errors, renders the others, and exits 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-render-'));
    writeFileSync(path.join(dir, 'utf16.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(PLAN, 'utf8'), 'utf16le')]));
    writeFileSync(path.join(dir, 'kapot.yaml'), 'title: "open\n');
    const result = await runBinary(['render', 'utf16.yaml', 'kapot.yaml', PLAN, '--format', 'md', '-o', 'uit/'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('utf16.yaml:1:1 error file/encoding');
    expect(result.stdout).toContain('kapot.yaml:1:8 error yaml/missing-char');
    expect(readdirSync(path.join(dir, 'uit'))).toEqual(['projectplan-huiselijk-geweld-zhz-2020-2021.md']);
  });

  it('refuses two documents that would be written to the same file, before writing anything', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-render-'));
    for (const folder of ['a', 'b']) {
      mkdirSync(path.join(dir, folder));
      writeFileSync(path.join(dir, folder, 'plan.yaml'), readFileSync(PLAN));
    }
    const result = await runBinary(['render', 'a/plan.yaml', 'b/plan.yaml', '-o', 'uit/'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('a/plan.yaml and b/plan.yaml would both be written to uit/plan.html');
    expect(existsSync(path.join(dir, 'uit'))).toBe(false);
  });

  it('a user template that fails names the template, line and column, exits 2 and shows no stack trace', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-render-'));
    const cases: Record<string, [string, RegExp]> = {
      'syntax.hbs': ['# {{title}}\n{{#if subtitle}\n', /^agendum: template error in .*\/syntax\.hbs:2: syntax error near "\.\.\.tle}}{{#if subtitle}": expected 'CLOSE_RAW_BLOCK', .*, got 'INVALID'\n/],
      'helper.hbs': ['# {{title}}\n\n{{roep title}}\n', /^agendum: template error in .*\/helper\.hbs:3:3: unknown helper "roep"\n/],
      'partial.hbs': ['# {{title}}\n{{> voettekst}}\n', /^agendum: template error in .*\/partial\.hbs:2:1: unknown partial "voettekst"\n/],
      'field.hbs': ['# {{title}}\n{{#each projects}}{{ondertitel}}{{/each}}\n', /^agendum: template error in .*\/field\.hbs:2:21: "ondertitel" is not defined\n/],
    };
    for (const [name, [template, expected]] of Object.entries(cases)) {
      writeFileSync(path.join(dir, name), template);
      const result = await runBinary(['render', PLAN, '--format', 'md', '-t', path.join(dir, name)]);
      expect(result.code, name).toBe(2);
      expect(result.stderr, name).toMatch(expected);
      expect(result.stderr, name).not.toMatch(/^\s+at /m);
      expect(result.stdout, name).toBe('');
    }
  });

  it('says which file it cannot write, without an internal error', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-render-'));
    mkdirSync(path.join(dir, 'uit', 'projectplan-huiselijk-geweld-zhz-2020-2021.html'), { recursive: true });
    writeFileSync(path.join(dir, 'uit', 'projectplan-huiselijk-geweld-zhz-2020-2021.html', 'iets'), 'x');
    const result = await runBinary(['render', PLAN, 'agendas/ontwikkelagenda-eergerelateerd-geweld-mensenhandel.agenda.yaml', '-o', 'uit/'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^agendum: cannot write uit\/projectplan-huiselijk-geweld-zhz-2020-2021\.html \(E[A-Z]+\)\n/);
    expect(result.stderr).not.toContain('internal error');
  });
});

describe('the timeline chart in a render', () => {
  const AGENDA = 'agendas/uitvoeringsagenda-samen-tegen-huiselijk-geweld-2020-2023.agenda.yaml';

  it('is inline SVG in HTML, with a bar per period and the --today marker', async () => {
    const html = (await runInProcess(['render', AGENDA, '--today', '2021-06-01'])).stdout;
    const figure = /<figure class="timeline">[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    expect(figure).toContain('<svg');
    expect(figure.match(/class="tl-bar/g)?.length).toBeGreaterThan(20);
    expect(figure).toContain('class="tl-today"');
    expect(figure).toContain('Tijdlijn · 2020 t/m 2023 · vandaag 1 juni 2021');
  });

  it('is a section with a heading, a legend, names wrapped rather than cut, and the same rows as a table', async () => {
    const html = (await runInProcess(['render', AGENDA, '--today', '2021-06-01'])).stdout;
    const section = /<section class="section timeline-section" id="timeline">[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(section).toMatch(/^<section[^>]*>\n<h2>Tijdlijn<\/h2>/);
    const legend = /<ul class="tl-legend"[\s\S]*?<\/ul>/.exec(section)?.[0] ?? '';
    for (const key of ['periode', 'doorlopend', 'moment of terugkerend moment', 'vandaag']) expect(legend).toContain(key);
    const labels = [...section.matchAll(/<text class="tl-label">([\s\S]*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
    expect(labels.length).toBeGreaterThan(20);
    // The theme headed by a norm is named by its statement, not by its id; no name is cut short.
    expect(labels).toContain('Geweld hoort nergens thuis');
    expect(labels.filter((label) => /^[a-z0-9]+(-[a-z0-9]+)+$/.test(label) || label.includes('…'))).toEqual([]);
    expect(labels).toContain('Richt een regionale ambtelijke werkgroep in die een verkenning uitvoert en een voorstel uitwerkt voor de inrichting van integrale sturing in de regio.');
    const table = /<div class="visually-hidden">\s*<table class="tl-data">[\s\S]*?<\/table>/.exec(section)?.[0] ?? '';
    expect(table).toContain('<caption>De tijdlijn als tabel</caption>');
    expect(table.match(/<tr><td>/g)?.length).toBe(labels.length);
  });

  it('is a Mermaid gantt block in Markdown, and the same day gives the same bytes', async () => {
    const first = (await runInProcess(['render', AGENDA, '--format', 'md', '--today', '2021-06-01'])).stdout;
    expect(first).toMatch(/```mermaid\ngantt\n {2}dateFormat YYYY-MM-DD\n/);
    expect(first).toContain('  Ontwikkel laagdrempelige hulp voor pleger… : ');
    expect((await runInProcess(['render', AGENDA, '--format', 'md', '--today', '2021-06-01'])).stdout).toBe(first);
  });
});
