import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runBinary, runInProcess } from '../support/cli.js';
import { newRepository } from '../support/git.js';

const AGENDA = 'agendas/uitvoeringsagenda-samen-tegen-huiselijk-geweld-2020-2023.agenda.yaml';
const original = readFileSync(path.join(ROOT, AGENDA), 'utf8');
const changed = original.replace('amount: { value: 88087, currency: EUR }', 'amount: { value: 80000, currency: EUR }').replace(/^period: 2020 t\/m 2023$/m, 'period: 2020 t/m 2022');

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'agendum-diff-'));
  writeFileSync(path.join(dir, 'oud.yaml'), original);
  writeFileSync(path.join(dir, 'nieuw.yaml'), changed);
  return dir;
}

function repository(): string {
  const { dir, git } = newRepository();
  mkdirSync(path.join(dir, 'agendas'));
  writeFileSync(path.join(dir, 'agendas/agenda.agenda.yaml'), original);
  writeFileSync(path.join(dir, 'other.yaml'), 'not: an agenda\n');
  git('add', '.');
  git('commit', '-qm', 'eerste versie');
  git('mv', 'agendas/agenda.agenda.yaml', 'agendas/uitvoeringsagenda.agenda.yaml');
  writeFileSync(path.join(dir, 'agendas/uitvoeringsagenda.agenda.yaml'), changed);
  writeFileSync(path.join(dir, 'other.yaml'), 'not: changed\n');
  git('commit', '-qam', 'tweede versie');
  return dir;
}

describe('agendum diff of two files', () => {
  it('reports the shortened period and the budget cut as breaking, at their lines', async () => {
    const dir = workspace();
    const result = await runInProcess(['diff', 'oud.yaml', 'nieuw.yaml'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  (document)\n    ~ breaking diff/period-shortened period shortened: ');
    // Items are named as the rendered document heads them, not by id or path.
    expect(result.stdout).toContain('\n  Actielijn 3: Aandacht voor specifieke groepen › Theme Plegeraanpak\n');
    expect(result.stdout).toMatch(/^ {4}~ breaking diff\/amount-decreased Funding 2 › Amount: amount decreased: € 88\.087 → € 80\.000 \(−9\.18%\) 601:\d+$/m);
    expect(result.stdout).not.toMatch(/plegeraanpak|actionLines|\[\d\]/);
    expect(result.stdout).toMatch(/2 changes in 1 file: 2 breaking\n$/);
  });

  it('shows changed words inline: marked in plain text, struck and bold in Markdown, named by the rendered headings', async () => {
    const dir = workspace();
    writeFileSync(
      path.join(dir, 'nieuw.yaml'),
      original.replace('Investeer in voorlichting over de meldcode.', 'Investeer in training over de meldcode.'),
    );
    const plain = await runBinary(['diff', 'oud.yaml', 'nieuw.yaml', '--lang', 'nl'], { cwd: dir });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('  Actielijn 1: Eerder en beter in beeld › Thema Alert aan de voorkant › Lokale actie “Investeer in training over de meldcode.”\n');
    expect(plain.stdout).toContain('\n        Investeer in [-voorlichting-]{+training+} over de meldcode.\n');
    expect(plain.stdout).not.toContain('voorlichting-meldcode');
    const markdown = (await runBinary(['diff', 'oud.yaml', 'nieuw.yaml', '--lang', 'nl', '--format', 'markdown'], { cwd: dir })).stdout;
    expect(markdown).toContain('| ter informatie | diff/text-changed | Actielijn 1: Eerder en beter in beeld › Thema Alert aan de voorkant › Lokale actie “Investeer in training over de meldcode.” › Tekst (275) |');
    expect(markdown).toContain('<br>Investeer in ~~voorlichting~~ **training** over de meldcode. |');
    const github = (await runBinary(['diff', 'oud.yaml', 'nieuw.yaml', '--lang', 'nl', '--format', 'github'], { cwd: dir })).stdout;
    expect(github).toBe(
      '::notice file=nieuw.yaml,line=275,title=diff/text-changed (ter informatie)::Actielijn 1%3A Eerder en beter in beeld › Thema Alert aan de voorkant › Lokale actie “Investeer in training over de meldcode.” › Tekst: tekst gewijzigd: 1 woord(en) weg, 1 erbij%0AInvesteer in [-voorlichting-]{+training+} over de meldcode.\n'.replace('%3A', ':'),
    );
    const json = JSON.parse((await runBinary(['diff', 'oud.yaml', 'nieuw.yaml', '--format', 'json'], { cwd: dir })).stdout);
    // JSON keeps the pointer for machines beside the reader's place.
    expect(json.changes[0]).toMatchObject({ path: expect.stringMatching(/^\/actionLines\/0\/themes\/1\/localActions\/\d+\/text$/), where: expect.stringContaining('Local action “Investeer in training') });
  });

  it('--exit-code and --fail-on turn changes into exit 1; an unchanged file exits 0', async () => {
    const dir = workspace();
    expect((await runInProcess(['diff', 'oud.yaml', 'nieuw.yaml', '--exit-code'], { cwd: dir })).code).toBe(1);
    expect((await runInProcess(['diff', 'oud.yaml', 'nieuw.yaml', '--fail-on', 'breaking'], { cwd: dir })).code).toBe(1);
    expect((await runInProcess(['diff', 'oud.yaml', 'nieuw.yaml', '--fail-on', 'any'], { cwd: dir })).code).toBe(1);
    expect((await runInProcess(['diff', 'oud.yaml', 'nieuw.yaml'], { cwd: dir })).code).toBe(0);
    expect((await runInProcess(['diff', 'oud.yaml', 'oud.yaml', '--exit-code'], { cwd: dir })).stdout).toBe('no changes\n');
    expect((await runInProcess(['diff', 'oud.yaml', 'oud.yaml', '--exit-code'], { cwd: dir })).code).toBe(0);
  });

  it('prints JSON with positions and a Markdown table', async () => {
    const dir = workspace();
    const json = JSON.parse((await runInProcess(['diff', 'oud.yaml', 'nieuw.yaml', '--format', 'json'], { cwd: dir })).stdout) as {
      changes: { type: string; code: string; level: string; path: string; before: unknown; after: unknown; line: number; detail?: { kind: string; delta?: number } }[];
      summary: { breaking: number };
    };
    expect(json.summary.breaking).toBe(2);
    expect(json.changes.find((c) => c.code === 'diff/amount-decreased')).toMatchObject({
      type: 'changed',
      level: 'breaking',
      path: '/actionLines/2/themes/1/funding/1/amount',
      before: { value: 88087, currency: 'EUR' },
      after: { value: 80000, currency: 'EUR' },
      line: 601,
      detail: { kind: 'amount', delta: -8087 },
    });
    const markdown = (await runInProcess(['diff', 'oud.yaml', 'nieuw.yaml', '--format', 'markdown'], { cwd: dir })).stdout;
    expect(markdown).toContain('| level | change | where | what |');
    expect(markdown).toContain('| **breaking** | diff/amount-decreased |');
  });

  it('speaks Dutch with --lang nl', async () => {
    const out = (await runInProcess(['diff', 'oud.yaml', 'nieuw.yaml', '--lang', 'nl'], { cwd: workspace() })).stdout;
    expect(out).toContain('2 wijzigingen in 1 bestand');
  });

  it('a missing file is a usage error; a broken one is reported', async () => {
    const dir = workspace();
    expect((await runBinary(['diff', 'oud.yaml', 'weg.yaml'], { cwd: dir })).code).toBe(2);
    writeFileSync(path.join(dir, 'kapot.yaml'), 'title: "open\n');
    const broken = await runBinary(['diff', 'oud.yaml', 'kapot.yaml'], { cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('yaml/missing-char');
  });
});

describe('agendum diff with git', () => {
  it('compares a file at a revision with the working tree (--from)', async () => {
    const dir = repository();
    const result = await runBinary(['diff', 'agendas/uitvoeringsagenda.agenda.yaml', '--from', 'HEAD~1', '--to', 'HEAD'], { cwd: dir });
    // At HEAD~1 the file had another name: nothing to compare it with there.
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('agendas/uitvoeringsagenda.agenda.yaml@HEAD');
  });

  it('lists every changed agenda between two refs, following renames, skipping other YAML (--base)', async () => {
    const dir = repository();
    const result = await runBinary(['diff', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as { files: { old?: string; new?: string }[]; changes: { code: string }[] };
    expect(out.files).toEqual([{ old: 'agendas/agenda.agenda.yaml', new: 'agendas/uitvoeringsagenda.agenda.yaml', renamed: true, changes: 2 }]);
    expect(out.changes.map((c) => c.code).sort()).toEqual(['diff/amount-decreased', 'diff/period-shortened']);
  });

  it('refuses revisions that look like options or do not exist, and folders outside a repository (exit 2)', async () => {
    const dir = repository();
    const option = await runBinary(['diff', 'agendas/uitvoeringsagenda.agenda.yaml', '--from=--output=/tmp/agendum-pwned'], { cwd: dir });
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('is not a git revision');
    const missing = await runBinary(['diff', '--base', 'no-such-branch'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('unknown git revision "no-such-branch"');
    const outside = await runBinary(['diff', '--base', 'HEAD'], { cwd: mkdtempSync(path.join(tmpdir(), 'agendum-nogit-')) });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('not in a git repository');
  });

  it('works as git\'s external diff driver and exits 0 as git expects', () => {
    const dir = repository();
    writeFileSync(path.join(dir, '.gitattributes'), '*.agenda.yaml diff=agendum\n');
    execFileSync('git', ['config', 'diff.agendum.command', `"${process.execPath}" "${BIN}" diff --git-driver`], { cwd: dir });
    writeFileSync(path.join(dir, 'agendas/uitvoeringsagenda.agenda.yaml'), changed.replace('amount: { value: 80000, currency: EUR }', 'amount: { value: 90000, currency: EUR }'));
    const output = execFileSync('git', ['diff'], { cwd: dir, encoding: 'utf8' });
    expect(output).toContain('diff --agendum a/agendas/uitvoeringsagenda.agenda.yaml b/agendas/uitvoeringsagenda.agenda.yaml');
    expect(output).toContain('€ 80.000 → € 90.000');
  });
});

describe('the git diff driver in git log -p', () => {
  it('answers from its cache once the first answer has filled it, the same as agendum itself, per language', async () => {
    const { dir, git } = newRepository();
    mkdirSync(path.join(dir, 'agendas'));
    const file = 'agendas/uitvoeringsagenda.agenda.yaml';
    writeFileSync(path.join(dir, file), original);
    writeFileSync(path.join(dir, '.gitattributes'), '*.agenda.yaml diff=agendum\n');
    git('add', '.');
    git('commit', '-qm', 'versie 1');
    let text = original;
    for (const [from, to] of [
      ['amount: { value: 88087, currency: EUR }', 'amount: { value: 80000, currency: EUR }'],
      ['Investeer in voorlichting over de meldcode.', 'Investeer in training over de meldcode.'],
      [/^period: 2020 t\/m 2023$/m, 'period: 2020 t/m 2022'],
    ] as const) {
      text = text.replace(from, to);
      writeFileSync(path.join(dir, file), text);
      git('commit', '-qam', `wijziging ${String(to).slice(0, 20)}`);
    }
    const log = (command: string, env: Record<string, string> = {}) =>
      execFileSync('git', ['-c', `diff.agendum.command=${command}`, 'log', '-p', '--ext-diff'], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'en_GB.UTF-8', LC_ALL: '', ...env } });
    const direct = log(`"${process.execPath}" "${BIN}" diff --git-driver`);
    expect(direct).toContain('Investeer in [-voorlichting-]{+training+} over de meldcode.');
    const script = `sh "${path.join(ROOT, 'bin/agendum-git-diff')}"`;
    const first = log(script);
    expect(first).toBe(direct);
    // The first answer filled the cache for the history: one answer per change of the agenda.
    const cached = execFileSync('find', [path.join(dir, '.git/agendum/diff'), '-name', '*.txt'], { encoding: 'utf8' }).trim().split('\n');
    expect(cached).toHaveLength(4);
    // Answers from the cache are the same; so that they come from it, each is marked there first.
    for (const answer of cached) writeFileSync(answer, readFileSync(answer, 'utf8').replace(/^(diff --agendum .*)$/m, '$1 (cache)'));
    const again = log(script);
    expect(again.match(/\(cache\)$/gm)).toHaveLength(4);
    expect(again.replace(/ \(cache\)$/gm, '')).toBe(direct);
    // Another language is another answer.
    const dutch = log(script, { LANG: 'nl_NL.UTF-8' });
    expect(dutch).toContain('bedrag verlaagd: € 88.087 → € 80.000');
    expect(dutch).not.toContain('(cache)');
  }, 120_000);
});

describe('whole documents in a revision range', () => {
  it('an added, a deleted and a purely renamed document are each one line with the right level, in pretty and Markdown', async () => {
    const { dir, git } = newRepository();
    mkdirSync(path.join(dir, 'agendas'));
    writeFileSync(path.join(dir, 'agendas/uitvoering.agenda.yaml'), original);
    writeFileSync(path.join(dir, 'agendas/consultatie.agenda.yaml'), readFileSync(path.join(ROOT, 'agendas/consultatiedocument-hg-arrangement-rotterdam.agenda.yaml')));
    git('add', '.');
    git('commit', '-qm', 'versie 1');
    git('rm', '-q', 'agendas/uitvoering.agenda.yaml');
    git('mv', 'agendas/consultatie.agenda.yaml', 'agendas/hg-arrangement.agenda.yaml');
    writeFileSync(path.join(dir, 'agendas/plan.agenda.yaml'), readFileSync(path.join(ROOT, 'agendas/projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml')));
    git('add', '.');
    git('commit', '-qm', 'versie 2');

    const pretty = await runBinary(['diff', '--base', 'HEAD~1', '--head', 'HEAD', '--lang', 'nl'], { cwd: dir });
    expect(pretty.code, pretty.stderr).toBe(0);
    expect(pretty.stdout).toContain('agendas/consultatie.agenda.yaml → agendas/hg-arrangement.agenda.yaml (hernoemd, inhoudelijk ongewijzigd)\n');
    expect(pretty.stdout).toMatch(/\n\+ ter informatie diff\/document-added agendas\/plan\.agenda\.yaml \(nieuw bestand\): nieuw document: Projectplan “Projecten voor 2020 – 2021” 2:1\n/);
    expect(pretty.stdout).toMatch(/\n− ingrijpend diff\/document-removed agendas\/uitvoering\.agenda\.yaml \(verwijderd bestand\): document verwijderd: Uitvoeringsagenda “Samen tegen huiselijk geweld”, met zijn \d+ afspraken, acties en thema’s 2:1\n/);
    expect(pretty.stdout).not.toMatch(/schemaVersion|\{"/);
    expect(pretty.stdout).toMatch(/2 wijzigingen in 3 bestanden: 1 ingrijpend, 1 ter informatie\n$/);

    const markdown = (await runBinary(['diff', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'markdown'], { cwd: dir })).stdout;
    expect(markdown).toContain('| **breaking** | diff/document-removed | Execution agenda “Samen tegen huiselijk geweld” (2) | document removed: Execution agenda “Samen tegen huiselijk geweld”, with its ');
    expect(markdown).toMatch(/\| info \| diff\/document-added \| Project plan “[^”]+” \(2\) \| new document: Project plan “/);
    expect(markdown).toContain('renamed, no change of meaning');
    expect(markdown).not.toMatch(/schemaVersion|\{"|\| `` \|/);

    expect((await runBinary(['diff', '--base', 'HEAD~1', '--head', 'HEAD', '--fail-on', 'breaking'], { cwd: dir })).code).toBe(1);
  });
});

describe('agendum diff on a real repository with two versions of the seeds', () => {
  const DEVELOPMENT = 'agendas/ontwikkelagenda-eergerelateerd-geweld-mensenhandel.agenda.yaml';
  const development = readFileSync(path.join(ROOT, DEVELOPMENT), 'utf8');

  it('a moved action is one move, a binding agreement change needs approval, a wording fix is info, and --base finds every changed agenda', async () => {
    const { dir, git } = newRepository();
    mkdirSync(path.join(dir, 'agendas'));
    writeFileSync(path.join(dir, 'agendas/uitvoering.agenda.yaml'), original);
    writeFileSync(path.join(dir, 'agendas/ontwikkel.agenda.yaml'), development);
    writeFileSync(path.join(dir, 'agendas/ongewijzigd.agenda.yaml'), readFileSync(path.join(ROOT, 'agendas/consultatiedocument-hg-arrangement-rotterdam.agenda.yaml')));
    git('add', '.');
    git('commit', '-qm', 'versie 1');

    // Move the action "daderopvang" (Plegeraanpak) to the end of the regional actions of Mensenhandel; fix a word.
    const lines = original.split('\n');
    const start = lines.findIndex((l) => /^ {10}- id: daderopvang$/.test(l));
    expect(start, 'the seed has the action daderopvang').toBeGreaterThan(0);
    let end = start + 1;
    while (!/^ {10}- |^ {8}\S/.test(lines[end]!)) end++;
    const block = lines.splice(start, end - start);
    const target = lines.findIndex((l) => /^ {6}- id: mensenhandel$/.test(l));
    let insert = lines.findIndex((l, i) => i > target && /^ {8}regionalActions:$/.test(l)) + 1;
    while (/^ {10}/.test(lines[insert]!)) insert++;
    lines.splice(insert, 0, ...block);
    const moved = lines.join('\n').replace('We zorgen voor voldoende opvangcapaciteit voor onze regio.', 'We zorgen voor genoeg opvangcapaciteit voor onze regio.');
    writeFileSync(path.join(dir, 'agendas/uitvoering.agenda.yaml'), moved);
    writeFileSync(path.join(dir, 'agendas/ontwikkel.agenda.yaml'), development.replace('publiceren regelmatig over', 'publiceren jaarlijks over'));
    git('commit', '-qam', 'versie 2');

    const result = await runBinary(['diff', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as { files: { new: string }[]; changes: { newFile: string; type: string; code: string; level: string; id?: string }[] };
    expect(out.files.map((f) => f.new).sort()).toEqual(['agendas/ontwikkel.agenda.yaml', 'agendas/uitvoering.agenda.yaml']);
    const execution = out.changes.filter((c) => c.newFile === 'agendas/uitvoering.agenda.yaml');
    expect(execution.filter((c) => c.type === 'moved')).toEqual([expect.objectContaining({ id: 'daderopvang', code: 'diff/item-moved', level: 'info' })]);
    expect(execution.filter((c) => c.type !== 'moved').map((c) => [c.code, c.level])).toEqual([['diff/text-changed', 'info']]);
    const agreement = out.changes.filter((c) => c.newFile === 'agendas/ontwikkel.agenda.yaml');
    expect(agreement.map((c) => [c.code, c.level])).toEqual([['diff/agreement-changed', 'approval']]);
    expect((await runBinary(['diff', '--base', 'HEAD~1', '--head', 'HEAD', '--fail-on', 'approval'], { cwd: dir })).code).toBe(1);
  });
});

describe('agendum diff with files it cannot compare', () => {
  it('reports a file that is not UTF-8 text as a finding (exit 1), not as a failure of its own', async () => {
    const dir = workspace();
    writeFileSync(path.join(dir, 'utf16.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original, 'utf16le')]));
    const result = await runBinary(['diff', 'oud.yaml', 'utf16.yaml', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout) as { diagnostics: { file: string; code: string }[]; changes: unknown[] };
    expect(out.diagnostics).toMatchObject([{ file: 'utf16.yaml', code: 'file/encoding' }]);
  });

  it('--base: a broken agenda is reported and every other one is still compared', async () => {
    const dir = repository();
    writeFileSync(path.join(dir, 'agendas/tweede.agenda.yaml'), original);
    execFileSync('git', ['add', '.'], { cwd: dir });
    execFileSync('git', ['commit', '-qm', 'derde versie'], { cwd: dir });
    writeFileSync(path.join(dir, 'agendas/tweede.agenda.yaml'), `${original}title: dubbel\n`);
    writeFileSync(path.join(dir, 'agendas/uitvoeringsagenda.agenda.yaml'), changed.replace('amount: { value: 80000, currency: EUR }', 'amount: { value: 70000, currency: EUR }'));
    for (const format of ['json', 'pretty', 'markdown']) {
      const result = await runBinary(['diff', '--base', 'HEAD', '--format', format], { cwd: dir });
      expect(result.code, format).toBe(1);
      if (format === 'json') {
        const out = JSON.parse(result.stdout) as { diagnostics: { file: string; code: string }[]; changes: { code: string }[] };
        expect(out.diagnostics.map((d) => [d.file, d.code])).toEqual([['agendas/tweede.agenda.yaml', 'yaml/duplicate-key']]);
        expect(out.changes.map((c) => c.code)).toEqual(['diff/amount-decreased']);
      } else {
        expect(result.stdout, format).toContain('yaml/duplicate-key');
        expect(result.stdout, format).toContain('diff/amount-decreased');
      }
    }
  });

  it('applies the size limit of the configuration to revisions too', async () => {
    const dir = repository();
    writeFileSync(path.join(dir, 'agendum.config.yaml'), 'maxFileSize: 2000\n');
    const result = await runBinary(['diff', 'agendas/uitvoeringsagenda.agenda.yaml', '--from', 'HEAD', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    const out = JSON.parse(result.stdout) as { diagnostics: { file: string; code: string }[] };
    expect(out.diagnostics.map((d) => [d.file, d.code])).toEqual([
      ['agendas/uitvoeringsagenda.agenda.yaml', 'file/too-large'],
      ['agendas/uitvoeringsagenda.agenda.yaml@HEAD', 'file/too-large'],
    ]);
  });

  it('as git\'s external diff, a broken agenda does not stop git from showing the others', () => {
    const dir = repository();
    writeFileSync(path.join(dir, 'agendas/tweede.agenda.yaml'), original);
    writeFileSync(path.join(dir, '.gitattributes'), '*.agenda.yaml diff=agendum\n');
    execFileSync('git', ['add', '.'], { cwd: dir });
    execFileSync('git', ['commit', '-qm', 'derde versie'], { cwd: dir });
    execFileSync('git', ['config', 'diff.agendum.command', `"${process.execPath}" "${BIN}" diff --git-driver`], { cwd: dir });
    writeFileSync(path.join(dir, 'agendas/tweede.agenda.yaml'), `${original}title: dubbel\n`);
    writeFileSync(path.join(dir, 'agendas/uitvoeringsagenda.agenda.yaml'), changed.replace('amount: { value: 80000, currency: EUR }', 'amount: { value: 90000, currency: EUR }'));
    // execFileSync throws when git exits non-zero ("external diff died, stopping at …").
    const output = execFileSync('git', ['diff'], { cwd: dir, encoding: 'utf8' });
    expect(output).toContain('diff --agendum a/agendas/tweede.agenda.yaml b/agendas/tweede.agenda.yaml');
    expect(output).toContain('yaml/duplicate-key');
    expect(output).toContain('€ 80.000 → € 90.000');
  });
});

describe('agendum diff in a shallow clone', () => {
  it('says that the earlier revision is not there (exit 2) instead of failing obscurely', async () => {
    const source = repository();
    const shallow = path.join(mkdtempSync(path.join(tmpdir(), 'agendum-shallow-')), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${source}`, shallow], { stdio: 'pipe' });
    const result = await runBinary(['diff', '--base', 'HEAD~1'], { cwd: shallow });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown git revision "HEAD~1"');
    expect(result.stderr).toContain('This is a shallow clone: the revision may be in the history it left out. Fetch more history (git fetch --unshallow;');
  });
});
