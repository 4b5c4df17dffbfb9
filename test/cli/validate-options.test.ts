import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS_APPLY, ROOT, runBinary, runInProcess } from '../support/cli.js';

const WARNING = 'test/fixtures/warning/schema-mismatch.yaml';
const SEED = path.join(ROOT, 'agendas/ontwikkelagenda-eergerelateerd-geweld-mensenhandel.agenda.yaml');

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'agendum-ws-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('a misspelled key in a copy of a seed', () => {
  it('is reported at its line and column with a code frame and a suggestion', async () => {
    const lines = readFileSync(SEED, 'utf8').split('\n');
    const titleLine = lines.findIndex((l) => l.startsWith('title:'));
    lines[titleLine] = lines[titleLine]!.replace(/^title:/, 'titel:');
    const dir = workspace({ 'agendas/ontwikkelagenda.agenda.yaml': lines.join('\n') });
    const result = await runBinary(['validate'], { cwd: dir });
    expect(result.code).toBe(1);
    const where = `agendas/ontwikkelagenda.agenda.yaml:${titleLine + 1}:1`;
    expect(result.stdout).toContain(`${where} error schema/unknown-property unknown property "titel"; did you mean "title"?`);
    expect(result.stdout).toContain(`  ${titleLine + 1} | titel: `);
    expect(result.stdout).toMatch(/\n +\| \^{5}\n/);
    expect(result.stdout).toContain('missing required property "title"');
  });
});

describe('validate options', () => {
  it('warnings alone exit 0, and --fail-on warning makes them fail', async () => {
    expect((await runInProcess(['validate', WARNING])).code).toBe(0);
    expect((await runInProcess(['validate', WARNING, '--fail-on', 'warning'])).code).toBe(1);
  });

  it('--max-warnings fails only above the limit', async () => {
    expect((await runInProcess(['validate', WARNING, '--max-warnings', '1'])).code).toBe(0);
    const over = await runInProcess(['validate', WARNING, '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('more than the 0 allowed');
    expect((await runInProcess(['validate', WARNING, '--max-warnings', 'many'])).code).toBe(2);
  });

  it('--quiet shows errors only but still counts warnings', async () => {
    const loud = await runInProcess(['validate', WARNING]);
    expect(loud.stdout).toContain('document/schema-mismatch');
    const quiet = await runInProcess(['validate', WARNING, '--quiet']);
    expect(quiet.stdout).not.toContain('document/schema-mismatch');
    expect(quiet.stdout).toContain('0 errors, 1 warning in 1 file');
  });

  it('--lang nl speaks Dutch, and LANG=nl_NL chooses Dutch by default', async () => {
    const args = ['validate', 'test/fixtures/invalid/unknown-key.yaml'];
    expect((await runInProcess([...args, '--lang', 'nl'])).stdout).toContain('onbekend veld "titel"; bedoelt u "title"?');
    expect((await runInProcess(args, { env: { LANG: 'nl_NL.UTF-8' } })).stdout).toContain('onbekend veld "titel"');
    expect((await runInProcess(args, { env: { LANG: 'de_DE.UTF-8' } })).stdout).toContain('unknown property "titel"');
    expect((await runInProcess([...args, '--lang', 'en'], { env: { LANG: 'nl_NL.UTF-8' } })).stdout).toContain('unknown property "titel"');
    const yaml = await runInProcess(['validate', 'test/fixtures/invalid/duplicate-key.yaml', '--lang', 'nl']);
    expect(yaml.stdout).toContain('yaml/duplicate-key dubbele sleutel');
    expect(yaml.stdout).toContain('tip: Verwijder of hernoem');
    expect(yaml.stdout).toContain('1 fout, 0 waarschuwingen in 1 bestand');
  });
});

describe('hints from the schema', () => {
  const files = ['test/fixtures/invalid/wrong-type.yaml', 'test/fixtures/invalid/missing-title.yaml'];

  it('are Dutch in a Dutch run and English otherwise', async () => {
    const nl = await runBinary(['validate', ...files, '--lang', 'nl']);
    expect(nl.code).toBe(1);
    expect(nl.stdout).toContain('parties moet een lijst zijn, niet de tekst "VNG"');
    expect(nl.stdout).toContain('  tip: De partijen die aan de ontwikkelagenda gebonden zijn: ');
    expect(nl.stdout).toContain('  tip: title: Titel van de ontwikkelagenda zoals geschreven, ');
    expect(nl.stdout).not.toContain('English');
    const en = await runBinary(['validate', ...files, '--lang', 'en']);
    expect(en.stdout).toContain('  hint: The parties (partijen) bound by the development agenda: ');
    expect(en.stdout).toContain('  hint: title: Title of the development agenda as written, ');
  });
});

describe('agendum.config.yaml', () => {
  const doc = readFileSync(path.join(ROOT, WARNING), 'utf8');

  it('is found in a parent folder and sets documents, language and rule severities', async () => {
    const dir = workspace({
      'agendum.config.yaml': 'language: nl\ndocuments: [beleid]\nrules:\n  ref/duplicate-id: warning\n',
      'beleid/a.yaml': doc.replace('id: vng', 'id: eerste-afspraak'),
      'sub/folder/.keep': '',
    });
    const result = await runInProcess(['validate', '--format', 'json'], { cwd: path.join(dir, 'sub/folder') });
    expect(result.code, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as { diagnostics: { file: string; code: string; severity: string; message: string }[] };
    const duplicate = out.diagnostics.find((d) => d.code === 'ref/duplicate-id');
    expect(duplicate).toMatchObject({ severity: 'warning', file: '../../beleid/a.yaml' });
    expect(duplicate!.message).toContain('dubbele id');
  });

  it('can turn a rule off', async () => {
    const dir = workspace({ 'agendum.config.yaml': 'rules:\n  ref/duplicate-id: "off"\n', 'agendas/a.yaml': doc.replace('id: vng', 'id: eerste-afspraak') });
    const result = await runInProcess(['validate', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(result.stdout).diagnostics.map((d: { code: string }) => d.code)).not.toContain('ref/duplicate-id');
  });

  it('an unknown rule is a usage error at its line and column, with a suggestion', async () => {
    const dir = workspace({ 'agendum.config.yaml': 'rules:\n  ref/duplicate-ids: warning\n', 'agendas/a.yaml': doc });
    const result = await runBinary(['validate'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/agendum\.config\.yaml:2:3: unknown rule "ref\/duplicate-ids"; did you mean "ref\/duplicate-id"\?/);
  });

  it('a wrong value is a usage error that names the place', async () => {
    const dir = workspace({ 'agendum.config.yaml': 'language: fr\n', 'agendas/a.yaml': doc });
    const result = await runBinary(['validate'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/agendum\.config\.yaml:1:11: language must be one of "nl", "en"/);
  });

  it('that cannot be read is an error naming why, never skipped for the defaults', async () => {
    const unreadable = workspace({ 'agendum.config.yaml': 'rules:\n  ref/duplicate-id: "off"\n', 'agendas/a.yaml': doc });
    chmodSync(path.join(unreadable, 'agendum.config.yaml'), 0o000);
    const folder = workspace({ 'agendum.config.yaml/.keep': '', 'agendas/a.yaml': doc });
    const utf16 = workspace({ 'agendas/a.yaml': doc });
    writeFileSync(path.join(utf16, 'agendum.config.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('language: nl\n', 'utf16le')]));
    const cases: [string, string][] = [
      [unreadable, 'agendum.config.yaml (permission denied)'],
      [folder, 'agendum.config.yaml (it is a folder)'],
      [utf16, 'agendum.config.yaml: the file is UTF-16; agendum reads UTF-8'],
    ];
    for (const [dir, why] of cases) {
      const result = await runBinary(['validate'], { cwd: dir, wrapper: PERMISSIONS_APPLY });
      expect(result.code, why).toBe(2);
      expect(result.stderr, why).toBe(`agendum: cannot read the configuration file ${path.join(dir, why)}\n`);
    }
  });

  it('--config points at a file elsewhere', async () => {
    const dir = workspace({ 'conf/agendum.yaml': 'documents: [../docs]\n', 'docs/a.yaml': doc });
    const result = await runInProcess(['validate', '--config', 'conf/agendum.yaml', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(result.stdout).summary.files).toBe(1);
  });
});

describe('suppressions', () => {
  const base = readFileSync(path.join(ROOT, WARNING), 'utf8').replace(/^# yaml-language-server.*\n/, '');
  const duplicated = base.replace('  - id: vng', '  - id: eerste-afspraak');

  const codes = async (text: string) => {
    const dir = workspace({ 'agendas/a.yaml': text });
    const result = await runInProcess(['validate', '--format', 'json'], { cwd: dir });
    return { code: result.code, found: (JSON.parse(result.stdout) as { diagnostics: { code: string; line: number }[] }).diagnostics.map((d) => `${d.code} ${d.line}`) };
  };

  it('silence one finding on the next line when they give a reason', async () => {
    expect((await codes(duplicated)).found).toEqual(['ref/duplicate-id 9']);
    const silenced = duplicated.replace('generalAgreements:\n  - id: eerste-afspraak', 'generalAgreements:\n  # agendum-disable-next-line ref/duplicate-id -- the provider asked for this id\n  - id: eerste-afspraak');
    expect(await codes(silenced)).toEqual({ code: 0, found: [] });
  });

  it('without a reason silence nothing and are reported themselves', async () => {
    const bare = duplicated.replace('generalAgreements:\n  - id: eerste-afspraak', 'generalAgreements:\n  # agendum-disable-next-line ref/duplicate-id\n  - id: eerste-afspraak');
    expect((await codes(bare)).found.sort()).toEqual(['ref/duplicate-id 10', 'suppression/missing-reason 9']);
  });

  it('that silence nothing are reported as unused', async () => {
    const unused = base.replace('generalAgreements:', '# agendum-disable-next-line ref/duplicate-id -- stale\ngeneralAgreements:');
    expect(await codes(unused)).toEqual({ code: 0, found: ['suppression/unused 8'] });
  });
});

describe('the schema named by a modeline', () => {
  it('is a warning when it belongs to another kind', async () => {
    const result = await runInProcess(['validate', WARNING, '--format', 'json']);
    const out = JSON.parse(result.stdout) as { diagnostics: { code: string; line: number; column: number; severity: string }[] };
    expect(out.diagnostics).toMatchObject([{ code: 'document/schema-mismatch', line: 1, column: 33, severity: 'warning' }]);
  });
});


describe('inside GitHub Actions', () => {
  it('annotates with workflow commands and appends a Markdown summary to the step summary', async () => {
    const dir = workspace({ 'agendas/a.yaml': readFileSync(path.join(ROOT, 'test/fixtures/invalid/unknown-key.yaml'), 'utf8'), 'summary.md': '# earlier step\n' });
    const summary = path.join(dir, 'summary.md');
    const result = await runInProcess(['validate'], { cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error file=agendas\/a\.yaml,line=6,col=1,endLine=6,endColumn=6,title=schema\/unknown-property::unknown property "titel"/m);
    const written = readFileSync(summary, 'utf8');
    expect(written.startsWith('# earlier step\n')).toBe(true);
    expect(written).toContain('schema/unknown-property');
  });

  it('an explicit --format wins and writes no summary', async () => {
    const dir = workspace({ 'agendas/a.yaml': readFileSync(path.join(ROOT, WARNING), 'utf8'), 'summary.md': '' });
    const summary = path.join(dir, 'summary.md');
    const result = await runInProcess(['validate', '--format', 'json'], { cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    expect(JSON.parse(result.stdout).summary.warnings).toBe(1);
    expect(readFileSync(summary, 'utf8')).toBe('');
  });
});

describe('alternatives set aside', () => {
  it('are counted, and listed with --verbose', async () => {
    const args = ['validate', 'test/fixtures/invalid/bad-period.yaml'];
    const plain = await runInProcess(args);
    expect(plain.stdout).toContain('(2 more explanation(s) with --verbose)');
    const verbose = await runInProcess([...args, '--verbose']);
    expect(verbose.stdout).toContain('or: generalAgreements[0].period must be a list, not the text "zo snel mogelijk"');
    const json = JSON.parse((await runInProcess([...args, '--format', 'json'])).stdout) as { diagnostics: { alternatives?: string[] }[] };
    expect(json.diagnostics[0]!.alternatives).toHaveLength(2);
  });
});
