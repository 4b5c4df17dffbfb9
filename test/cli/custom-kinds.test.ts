import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runBinary } from '../support/cli.js';

/**
 * A repository that registers a kind of its own in agendum.config.yaml, used the way a policy
 * writer would: every command works on it as on agendum's own kinds.
 */
const COMMON = path.join(ROOT, 'schemas', 'common.schema.json');

function repository(extraConfig = ''): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'agendum-custom-'));
  mkdirSync(path.join(dir, 'agendas'));
  mkdirSync(path.join(dir, 'schemas'));
  mkdirSync(path.join(dir, 'templates', 'startnotitie'), { recursive: true });
  // The schema refers to agendum's common definitions the way an editor resolves them: by a path.
  const common = path.relative(path.join(dir, 'schemas'), COMMON).split(path.sep).join('/');
  const ref = (name: string) => ({ $ref: `${common}#/$defs/${name}` });
  writeFileSync(
    path.join(dir, 'schemas', 'startnotitie.schema.json'),
    JSON.stringify({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'Startnotitie',
      type: 'object',
      additionalProperties: false,
      required: ['aanleiding', 'opdracht'],
      properties: {
        aanleiding: { title: 'Aanleiding', description: 'Waarom het project er komt.', ...ref('paragraphs') },
        opdracht: { title: 'Opdracht', ...ref('text') },
        fasen: {
          title: 'Fasen',
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'titel'],
            properties: {
              id: ref('id'),
              titel: { title: 'Titel', ...ref('title') },
              looptijd: { title: 'Looptijd', ...ref('period') },
              uiterlijk: { title: 'Uiterlijk', ...ref('deadline') },
              status: ref('workStatus'),
              rollen: { title: 'Rollen', ...ref('roles') },
            },
          },
        },
        kosten: { title: 'Geraamde kosten', ...ref('money') },
      },
    }),
  );
  writeFileSync(path.join(dir, 'templates', 'startnotitie', 'cover.md.hbs'), '# {{prose title}} (eigen voorblad)\n\n');
  writeFileSync(
    path.join(dir, 'agendum.config.yaml'),
    `language: en\nkinds:\n  - kind: Startnotitie\n    schema: schemas/startnotitie.schema.json\n    templates: templates/startnotitie\n    label: { nl: Startnotitie, en: Project start note }\n${extraConfig}`,
  );
  writeFileSync(
    path.join(dir, 'agendas', 'fietsroute.agenda.yaml'),
    [
      'schemaVersion: 3',
      'kind: Startnotitie',
      'id: startnotitie-fietsroute',
      'title: Startnotitie snelfietsroute',
      'status: ter bespreking',
      'period: 2025 t/m 2027',
      'roles:',
      '  - { role: bestuurlijk opdrachtgever, name: Wethouder A. Jansen }',
      '  - { role: kwartiermaker, name: D. Vos }',
      'x-zaaknummer: Z-2024-1234',
      'aanleiding:',
      '  - De provincie wil het fietsen tussen de steden stimuleren.',
      'opdracht: Onderzoek de haalbaarheid van een snelfietsroute.',
      'fasen:',
      '  - { id: verkenning, titel: Verkenning, looptijd: 2025, status: loopt, rollen: [{ role: trekker, name: C. Smit }] }',
      '  - { id: ontwerp, titel: Ontwerp, looptijd: 2026 t/m 2028, uiterlijk: voor 2029 }',
      'kosten: { value: 120000 }',
      '',
    ].join('\n'),
  );
  return dir;
}

interface Finding {
  code: string;
  line: number;
  column: number;
  message: string;
  severity: string;
  hint?: string;
}

const findings = (stdout: string) => (JSON.parse(stdout) as { diagnostics: Finding[] }).diagnostics;

describe('a kind registered in agendum.config.yaml', () => {
  it('validates with agendum’s common fields, x- fields, positions and did-you-mean', async () => {
    const dir = repository();
    const clean = await runBinary(['validate', '--format', 'json'], { cwd: dir });
    expect(findings(clean.stdout)).toEqual([]);
    expect(clean.code).toBe(0);

    const file = path.join(dir, 'agendas', 'fietsroute.agenda.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('opdracht:', 'opdarcht:').replace('x-zaaknummer', 'zaaknummer'));
    const broken = findings((await runBinary(['validate', '--format', 'json'], { cwd: dir })).stdout);
    expect(broken.map((d) => [d.code, d.line, d.column])).toEqual([
      ['schema/required', 1, 1],
      ['schema/unknown-property', 10, 1],
      ['schema/unknown-property', 13, 1],
    ]);
    expect(broken[2]!.message).toBe('unknown property "opdarcht"; did you mean "opdracht"?');
    expect(broken[1]!.message).toBe('unknown property "zaaknummer"');
  });

  it('runs the generic rules: duplicate ids and links that lead nowhere', async () => {
    const dir = repository();
    const file = path.join(dir, 'agendas', 'fietsroute.agenda.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8').replace('id: ontwerp', 'id: verkenning')}links:\n  predecessor: { id: startnotitie-fietspad }\n  related: [{ path: ../notities/oud.agenda.yaml }]\n`);
    const codes = findings((await runBinary(['validate', '--format', 'json'], { cwd: dir })).stdout).map((d) => `${d.code} ${d.line}`);
    expect(codes).toEqual(['ref/duplicate-id 16', 'ref/unknown-document 19', 'ref/unknown-document 20']);
  });

  it('checks the time of its own fields through the common definitions', async () => {
    const dir = repository();
    const result = await runBinary(['timeline', '--today', '2026-12-01', '--format', 'json'], { cwd: dir });
    const found = findings(result.stdout).map((d) => `${d.code} ${d.line}:${d.column} ${d.severity}`);
    expect(found).toEqual(['timeline/overdue 15:52 warning', 'timeline/outside-period 16:46 warning', 'timeline/outside-period 16:72 warning']);
    const chart = await runBinary(['timeline', '--today', '2026-12-01'], { cwd: dir });
    expect(chart.stdout).toMatch(/^Verkenning +█+/m);
  });

  it('diffs its fields by meaning: a renamed phase, a shortened period, a budget cut, an extension field', async () => {
    const dir = repository();
    const file = path.join(dir, 'agendas', 'fietsroute.agenda.yaml');
    const before = path.join(dir, 'oud.yaml');
    writeFileSync(before, readFileSync(file, 'utf8'));
    writeFileSync(file, readFileSync(file, 'utf8').replace('titel: Ontwerp, looptijd: 2026 t/m 2028', 'titel: Definitief ontwerp, looptijd: 2026 t/m 2027').replace('value: 120000', 'value: 95000').replace('Z-2024-1234', 'Z-2024-9999'));
    const result = await runBinary(['diff', before, file, '--format', 'json'], { cwd: dir });
    const changes = (JSON.parse(result.stdout) as { changes: { code: string; level: string }[] }).changes.map((c) => `${c.code} ${c.level}`);
    expect(changes).toEqual(['diff/value-changed info', 'diff/item-renamed info', 'diff/period-shortened breaking', 'diff/amount-decreased breaking']);
  });

  it('renders through the generic templates, with its own partials over them, to md, html and pdf with all its text', async () => {
    const dir = repository();
    const md = await runBinary(['render', 'agendas/fietsroute.agenda.yaml', '--format', 'md'], { cwd: dir });
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toMatch(/^# Startnotitie snelfietsroute \(eigen voorblad\)\n/);
    for (const text of ['De provincie wil het fietsen tussen de steden stimuleren.', 'Onderzoek de haalbaarheid van een snelfietsroute.', '**Looptijd:** 2026 t/m 2028', '€ 120.000', '**Bestuurlijk opdrachtgever:** Wethouder A. Jansen', '**Kwartiermaker:** D. Vos', '## Geraamde kosten']) {
      expect(md.stdout).toContain(text);
    }
    expect(md.stdout).not.toContain('Z-2024-1234');

    const html = await runBinary(['render', 'agendas/fietsroute.agenda.yaml', '--format', 'html'], { cwd: dir });
    // Labels follow the document's language (Dutch by default), whatever the messages speak.
    expect(html.stdout).toContain('<p class="eyebrow">Startnotitie</p>');
    expect(html.stdout).toContain('<span class="label-inline">Status:</span> loopt');

    const pdf = path.join(dir, 'notitie.pdf');
    const printed = await runBinary(['render', 'agendas/fietsroute.agenda.yaml', '--format', 'pdf', '-o', pdf], { cwd: dir });
    expect(printed.code, printed.stderr).toBe(0);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Onderzoek de haalbaarheid van een snelfietsroute.');
  });

  it('starts a valid document with new, keeps its layout in fmt, and prints its whole schema', async () => {
    const dir = repository();
    const created = await runBinary(['new', 'Startnotitie', '--title', 'Startnotitie sporthal'], { cwd: dir });
    expect(created.code, created.stderr).toBe(0);
    const text = readFileSync(path.join(dir, 'agendas', 'startnotitie-sporthal.agenda.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=\.\.\/schemas\/startnotitie\.schema\.json\nschemaVersion: 3\nkind: Startnotitie\n/);
    expect(findings((await runBinary(['validate', 'agendas/startnotitie-sporthal.agenda.yaml', '--format', 'json'], { cwd: dir })).stdout).filter((d) => d.severity === 'error')).toEqual([]);

    await runBinary(['fmt'], { cwd: dir });
    const formatted = readFileSync(path.join(dir, 'agendas', 'fietsroute.agenda.yaml'), 'utf8');
    expect(formatted).toContain('x-zaaknummer: Z-2024-1234');
    expect(Object.keys(parse(formatted) as object).slice(0, 4)).toEqual(['schemaVersion', 'kind', 'id', 'title']);
    expect((await runBinary(['fmt', '--check'], { cwd: dir })).code).toBe(0);

    const schema = JSON.parse((await runBinary(['schema', 'Startnotitie'], { cwd: dir })).stdout) as { properties: Record<string, unknown>; required: string[]; $defs: Record<string, unknown>; patternProperties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['schemaVersion', 'status', 'period', 'roles', 'links', 'aanleiding', 'fasen']));
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'kind', 'id', 'title', 'aanleiding']));
    expect(schema.patternProperties['^x-']).toBeDefined();
    expect(Object.keys(schema.$defs)).toContain('common-period');
  });

  it('refuses a configuration whose kind cannot be used, naming the place', async () => {
    const clash = repository('  - kind: ProjectPlan\n    schema: schemas/startnotitie.schema.json\n');
    const result = await runBinary(['validate'], { cwd: clash });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/agendum\.config\.yaml:7:11: kind ProjectPlan is one of agendum's own kinds/);

    const missing = repository('  - kind: Bestuursopdracht\n    schema: schemas/weg.schema.json\n');
    expect((await runBinary(['validate'], { cwd: missing })).stderr).toMatch(/agendum\.config\.yaml:8:13: the schema of kind Bestuursopdracht, .*weg\.schema\.json, does not exist/);

    const broken = repository('  - kind: Bestuursopdracht\n    schema: schemas/kapot.schema.json\n');
    writeFileSync(path.join(broken, 'schemas', 'kapot.schema.json'), '{\n  "type": "object",\n  "properties": {,\n}');
    expect((await runBinary(['validate'], { cwd: broken })).stderr).toMatch(/kapot\.schema\.json:3:\d+: the schema of kind Bestuursopdracht is not valid JSON/);

    const dangling = repository('  - kind: Bestuursopdracht\n    schema: schemas/los.schema.json\n');
    writeFileSync(path.join(dangling, 'schemas', 'los.schema.json'), JSON.stringify({ type: 'object', properties: { a: { $ref: '#/$defs/nergens' } } }));
    const refused = await runBinary(['validate'], { cwd: dangling });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/los\.schema\.json: the schema of kind Bestuursopdracht cannot be used/);
    expect(refused.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});
