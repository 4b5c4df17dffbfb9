import { word } from '../../src/i18n/catalogue.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CURRENT_SCHEMA_VERSION, migrateText } from '../../src/migrate/index.js';
import { validateDocument } from '../../src/validate/engine.js';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
/** The bundled project plan as it was written for schemaVersion 1, and as it is today. */
const V1 = read('test/fixtures/migrate/projectplan-v1.agenda.yaml');
const CURRENT = read('agendas/projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml');

const codes = (text: string, file = 'plan.yaml') => validateDocument(text, file).diagnostics.map((d) => d.code);

const plan = (phases: string, phasing = '') =>
  `schemaVersion: 1\nkind: ProjectPlan\nid: p\ntitle: P\nperiod: 2020\nprojects:\n  - id: a\n    title: A\n    phasing:\n${phasing}      phases:\n${phases}`;

describe('schemaVersion 1 → 2 (and on to the current version)', () => {
  it('rewrites the version 1 project plan into exactly the bundled plan, changing only the lines it must', () => {
    const migrated = migrateText(V1, 'plan.yaml');
    expect(migrated).toMatchObject({ from: 1, to: CURRENT_SCHEMA_VERSION, diagnostics: [] });
    expect(migrated!.text).toBe(CURRENT);
    const removed = V1.split('\n').filter((line) => !CURRENT.split('\n').includes(line));
    expect(removed.every((line) => /^(schemaVersion: 1| +term: Fase)$/.test(line)), removed.join('\n')).toBe(true);
  });

  it('changes nothing a second time', () => {
    expect(migrateText(CURRENT, 'plan.yaml')).toBeUndefined();
  });

  it('reads a version 1 document as the current version, with one deprecation warning and otherwise the same findings', () => {
    const old = validateDocument(V1, 'plan.yaml');
    const current = validateDocument(CURRENT, 'plan.yaml');
    expect(old.document?.data).toEqual(current.document?.data);
    const deprecation = old.diagnostics.filter((d) => d.code === 'document/deprecated-version');
    expect(deprecation).toHaveLength(1);
    expect(deprecation[0]).toMatchObject({ severity: 'warning', path: '/schemaVersion', range: { start: { line: 2, column: 16 } } });
    expect(word(deprecation[0]!.hint!, 'en')).toContain('agendum migrate plan.yaml');
    expect(old.diagnostics.filter((d) => d !== deprecation[0]).map((d) => d.code)).toEqual(current.diagnostics.map((d) => d.code));
  });

  it('points findings on an old document at the lines as written', () => {
    const text = plan('        - { id: v, term: Fase, name: Voorbereiding, after: [x] }\n');
    const result = validateDocument(text, 'plan.yaml');
    expect(result.document?.data).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION, projects: [{ phasing: { term: 'Fase', phases: [{ id: 'v', name: 'Voorbereiding' }] } }] });
    const unknown = result.diagnostics.find((d) => d.code === 'ref/unknown-reference');
    expect(unknown?.range.start).toEqual({ line: 11, column: 61 });
  });

  it('keeps comments, and writes flow-style phases out from the upgraded tree', () => {
    const block = plan('        # eerste fase\n        - id: v\n          term: Stap # zo heet het hier\n          name: Voorbereiding\n        - id: u\n          term: Stap\n          name: Uitvoering\n');
    const migrated = migrateText(block, 'plan.yaml')!.text!;
    expect(migrated).toContain('# eerste fase');
    expect(migrated).toContain('term: Stap # zo heet het hier');
    expect(parse(migrated).projects[0].phasing).toEqual({ term: 'Stap', phases: [{ id: 'v', name: 'Voorbereiding' }, { id: 'u', name: 'Uitvoering' }] });
    expect(codes(migrated)).toEqual([]);

    const flow = plan('        - { id: v, term: Fase, name: Voorbereiding }  # kort\n        - { id: u, term: Fase, name: Uitvoering }\n');
    const fromTree = migrateText(flow, 'plan.yaml')!.text!;
    expect(fromTree).toContain('# kort');
    expect(parse(fromTree).projects[0].phasing).toEqual({ term: 'Fase', phases: [{ id: 'v', name: 'Voorbereiding' }, { id: 'u', name: 'Uitvoering' }] });
    expect(codes(fromTree)).toEqual([]);
  });

  it('moves nothing when the phases use different terms, and says where', () => {
    const text = plan('        - id: v\n          term: Fase\n        - id: u\n          term: Stap\n');
    const migrated = migrateText(text, 'plan.yaml');
    expect(migrated?.text).toBeUndefined();
    expect(migrated?.diagnostics).toEqual([expect.objectContaining({ code: 'document/migration-conflict', severity: 'error', path: '/projects/0/phasing/phases/1/term' })]);
    expect(migrated!.diagnostics[0]!.range.start).toEqual({ line: 14, column: 17 });
    expect(codes(text)).toEqual(['document/deprecated-version', 'document/migration-conflict']);
  });

  it('refuses versions it cannot read', () => {
    expect(codes(CURRENT.replace('schemaVersion: 3', 'schemaVersion: 4'))).toEqual(['document/newer-version']);
    expect(codes(CURRENT.replace('schemaVersion: 3', 'schemaVersion: 0'))).toEqual(['document/unknown-version']);
    expect(codes(CURRENT.replace('schemaVersion: 3', 'schemaVersion: "3"'))).toContain('schema/type');
  });

  it('upgrades every kind, not only project plans', () => {
    for (const file of ['agendas/ontwikkelagenda-eergerelateerd-geweld-mensenhandel.agenda.yaml', 'agendas/uitvoeringsagenda-samen-tegen-huiselijk-geweld-2020-2023.agenda.yaml', 'agendas/consultatiedocument-hg-arrangement-rotterdam.agenda.yaml']) {
      const current = read(file);
      const old = current.replace(/^schemaVersion: 3$/m, 'schemaVersion: 1');
      expect(migrateText(old, file)?.text, file).toBe(current);
    }
  });
});

describe('schemaVersion 2 → 3: the common model', () => {
  const agenda = (body: string) => `schemaVersion: 2\nkind: ExecutionAgenda\nid: a\ntitle: A\nperiod: 2020 t/m 2023\n${body}`;
  const projectPlan = (deliverables: string) =>
    `schemaVersion: 2\nkind: ProjectPlan\nid: p\ntitle: P\nperiod: 2020\nprojects:\n  - id: project\n    title: Project\n    phasing:\n      phases:\n        - id: voorbereiding\n          name: Voorbereiding\n          deliverables:\n${deliverables}`;

  it('moves relatedDocuments into links.related, two spaces deeper, comments kept', () => {
    const text = agenda('# bijbehorend\nrelatedDocuments: # zie ook\n  # de visie\n  - title: Regiovisie\n    url: https://example.org/visie\nintroduction:\n  - Tekst.\n');
    const migrated = migrateText(text, 'a.yaml')!;
    expect(migrated.diagnostics).toEqual([]);
    expect(migrated.text).toBe(
      'schemaVersion: 3\nkind: ExecutionAgenda\nid: a\ntitle: A\nperiod: 2020 t/m 2023\n# bijbehorend\nlinks:\n  related: # zie ook\n    # de visie\n    - title: Regiovisie\n      url: https://example.org/visie\nintroduction:\n  - Tekst.\n',
    );
    expect(codes(migrated.text!, 'a.yaml')).toEqual([]);
    expect(migrateText(migrated.text!, 'a.yaml')).toBeUndefined();
  });

  it('gives each deliverable written as a text an id, unique in the document, keeping its text and layout', () => {
    const text = projectPlan('            - Een plan van aanpak\n            - "Een plan van aanpak"\n            - >-\n                Een lange\n                oplevering\n            - id: al-een-id\n              text: Blijft zoals hij is\n');
    const migrated = migrateText(text, 'p.yaml')!;
    expect(migrated.text).toContain('            - id: voorbereiding-een-plan-van-aanpak\n              text: Een plan van aanpak\n');
    expect(migrated.text).toContain('            - id: voorbereiding-een-plan-van-aanpak-2\n              text: "Een plan van aanpak"\n');
    expect(migrated.text).toContain('            - id: voorbereiding-een-lange-oplevering\n              text: >-\n                Een lange\n                oplevering\n');
    expect(parse(migrated.text!).projects[0].phasing.phases[0].deliverables).toEqual([
      { id: 'voorbereiding-een-plan-van-aanpak', text: 'Een plan van aanpak' },
      { id: 'voorbereiding-een-plan-van-aanpak-2', text: 'Een plan van aanpak' },
      { id: 'voorbereiding-een-lange-oplevering', text: 'Een lange oplevering' },
      { id: 'al-een-id', text: 'Blijft zoals hij is' },
    ]);
    expect(codes(migrated.text!, 'p.yaml')).toEqual([]);
  });

  it('writes the tree out where a text edit cannot keep the layout (a flow list, a block scalar at the dash)', () => {
    const flow = projectPlan('            [Plan, Verslag]\n').replace('deliverables:\n            [', 'deliverables: [');
    const fromTree = migrateText(flow, 'p.yaml')!.text!;
    expect(parse(fromTree).projects[0].phasing.phases[0].deliverables).toEqual([
      { id: 'voorbereiding-plan', text: 'Plan' },
      { id: 'voorbereiding-verslag', text: 'Verslag' },
    ]);
    const shallow = projectPlan('            - >-\n              Plan\n');
    expect(parse(migrateText(shallow, 'p.yaml')!.text!).projects[0].phasing.phases[0].deliverables).toEqual([{ id: 'voorbereiding-plan', text: 'Plan' }]);
  });

  it('reads a version 2 document as version 3, findings at the lines as written', () => {
    const text = agenda('relatedDocuments:\n  - title: Regiovisie\n    url: geen-adres\n');
    const result = validateDocument(text, 'a.yaml');
    expect(result.document?.data).toMatchObject({ schemaVersion: 3, links: { related: [{ title: 'Regiovisie', url: 'geen-adres' }] } });
    const bad = result.diagnostics.find((d) => d.path === '/links/related/0/url');
    expect(bad?.range.start).toEqual({ line: 8, column: 10 });
    expect(result.diagnostics.map((d) => d.code)).toContain('document/deprecated-version');
  });

  it('leaves the decision to the writer where it cannot move related documents', () => {
    const both = agenda('links:\n  parent: { id: visie }\nrelatedDocuments:\n  - title: Regiovisie\n');
    expect(migrateText(both, 'a.yaml')).toMatchObject({ text: undefined, diagnostics: [expect.objectContaining({ code: 'document/migration-conflict', path: '/relatedDocuments' })] });
    const withId = agenda('relatedDocuments:\n  - id: regiovisie\n    title: Regiovisie\n');
    expect(migrateText(withId, 'a.yaml')).toMatchObject({ text: undefined, diagnostics: [expect.objectContaining({ code: 'document/migration-conflict', path: '/relatedDocuments/0/id' })] });
  });
});
