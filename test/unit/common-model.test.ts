import { word } from '../../src/i18n/catalogue.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diffDocuments } from '../../src/diff/index.js';
import { canonicalText } from '../../src/format/canonical.js';
import { migrateText } from '../../src/migrate/index.js';
import { kindInfo } from '../../src/model/kinds.js';
import { canonicalKey, DOCUMENT_STATUSES, lookup, PRECONDITION_STATUSES, ROLES, WORK_STATUSES, writtenForms } from '../../src/model/vocabulary.js';
import { renderDocument } from '../../src/render/index.js';
import { RULES } from '../../src/rules/index.js';
import type { Repository } from '../../src/rules/index.js';
import { readSchema } from '../../src/schema/files.js';
import { parseTime } from '../../src/time/index.js';
import { nextReview } from '../../src/time/recurrence.js';
import { chartRows, timelineChart } from '../../src/timeline/chart.js';
import { timelineChartData } from '../../src/timeline/chart-data.js';
import { TIMELINE_RULES } from '../../src/timeline/index.js';
import { validateTexts } from '../../src/validate/engine.js';

const head = (kind: string, extra = '') => `schemaVersion: 3\nkind: ${kind}\nid: doc\ntitle: Document\n${extra}`;
const codes = (text: string, options: Parameters<typeof validateTexts>[1] = {}) => validateTexts([{ file: 'doc.yaml', text }], options).map((d) => `${d.code} ${d.range.start.line}:${d.range.start.column}`);
const today = { year: 2026, month: 12, day: 1 };

describe('the common vocabularies', () => {
  it('read Dutch words, English keys and synonyms as one entry, without case or spacing', () => {
    expect(canonicalKey(DOCUMENT_STATUSES, 'Vastgesteld')).toBe('adopted');
    expect(canonicalKey(DOCUMENT_STATUSES, 'ter  vaststelling')).toBe('forAdoption');
    expect(canonicalKey(WORK_STATUSES, 'in uitvoering')).toBe('inProgress');
    expect(canonicalKey(WORK_STATUSES, 'inProgress')).toBe('inProgress');
    expect(lookup(ROLES, 'Bestuurlijk Opdrachtgever')?.label).toEqual({ nl: 'Bestuurlijk opdrachtgever', en: 'Political sponsor' });
    expect(lookup(ROLES, 'kwartiermaker')).toBeUndefined();
    expect(canonicalKey(ROLES, 'kwartiermaker')).toBe('kwartiermaker');
  });

  it('are the enums of the schemas, Dutch words first', () => {
    const defs = (readSchema('common.schema.json') as { $defs: Record<string, { enum?: string[]; anyOf?: { enum?: string[] }[] }> }).$defs;
    expect(defs.documentStatus!.enum).toEqual(writtenForms(DOCUMENT_STATUSES));
    expect(defs.workStatus!.enum).toEqual(writtenForms(WORK_STATUSES));
    expect(defs.preconditionStatus!.enum).toEqual(writtenForms(PRECONDITION_STATUSES));
    expect(defs.role!.anyOf![0]!.enum).toEqual(writtenForms(ROLES));
    expect(writtenForms(DOCUMENT_STATUSES).slice(0, 5)).toEqual(['concept', 'ter bespreking', 'ter vaststelling', 'vastgesteld', 'ingetrokken']);
  });
});

describe('extension fields (x-…)', () => {
  const agenda = head('ExecutionAgenda', 'x-zaak: Z-1\nperiod: 2020 t/m 2023\nactionLines:\n  - id: lijn\n    title: Lijn\n    x-budgetcode: { post: 6.2, bedrag: 100 }\n    themes:\n      - id: thema\n        title: Thema\n        regionalActions:\n          - { id: actie, text: Doe iets., x-prioriteit: hoog }\n');

  it('are accepted on every mapping of every kind; other unknown keys are not', () => {
    expect(codes(agenda)).toEqual([]);
    expect(codes(agenda.replace('x-prioriteit', 'prioriteit'))).toEqual(['schema/unknown-property 15:43']);
    for (const kind of ['DevelopmentAgenda', 'ProjectPlan', 'Arrangement']) {
      const data = { ...(parse(head(kind)) as object), 'x-eigen': [1, 2] };
      expect(validateTexts([{ file: 'd.yaml', text: JSON.stringify(data) }]).filter((d) => d.code.startsWith('schema/unknown')), kind).toEqual([]);
    }
  });

  it('are kept by fmt and migrate, with their comments', () => {
    const formatted = canonicalText(agenda.replace('x-zaak: Z-1', '# zaaknummer\nx-zaak: Z-1'))!;
    expect(formatted).toContain('# zaaknummer\nx-zaak: Z-1');
    expect(formatted).toContain('x-prioriteit: hoog');
    // Beside the key the writer put them after, not moved to the end of their mapping.
    const moved = canonicalText('schemaVersion: 3\nkind: ExecutionAgenda\nid: a\ntitle: A\nx-zaak: Z-1\ncolophon: { date: 2020 }\nperiod: 2020\n')!;
    expect(moved).toBe('schemaVersion: 3\nkind: ExecutionAgenda\nid: a\ntitle: A\nx-zaak: Z-1\nperiod: 2020\ncolophon: { date: 2020 }\n');
    const migrated = migrateText(agenda.replace('schemaVersion: 3', 'schemaVersion: 2'), 'a.yaml')!.text!;
    expect(parse(migrated)).toEqual({ ...parse(agenda), schemaVersion: 3 });
  });

  it('are compared by diff', () => {
    const changes = diffDocuments(parse(agenda), parse(agenda.replace('x-prioriteit: hoog', 'x-prioriteit: laag')), { lang: 'en' }).changes;
    expect(changes.map((c) => [c.code, c.path])).toEqual([['diff/value-changed', 'actionLines[lijn].themes[thema].regionalActions[actie].x-prioriteit']]);
  });

  it('reach templates, but the built-in templates print none of them', () => {
    const data = parse(agenda) as Record<string, unknown>;
    expect(renderDocument(data, 'ExecutionAgenda', { format: 'md' })).not.toMatch(/Z-1|hoog|6\.2/);
  });
});

describe('time: a start with a bounded length, and recurrences', () => {
  it('reads "vanaf 1 januari 2015, voor maximaal 1 jaar" as a period with its latest end', () => {
    const cases: Array<[string, string]> = [
      ['vanaf 1 januari 2015, voor maximaal 1 jaar', '1 januari t/m 31 december 2015'],
      ['per 1 maart 2021 voor de duur van twee jaar', '1 maart 2021 t/m 28 februari 2023'],
      ['from 1 May 2021 for six months', '1 mei t/m 31 oktober 2021'],
      ['vanaf 1 juli 2024 gedurende zes tot twaalf maanden', '1 juli 2024 t/m 30 juni 2025'],
    ];
    for (const [text, normalised] of cases) {
      const result = parseTime(text);
      expect(result.ok && result.normalised, text).toBe(normalised);
      expect(result.ok && parseTime(result.normalised).ok, `${text} reads back`).toBe(true);
    }
    // A length without an upper bound does not end anywhere.
    const open = parseTime('vanaf 2016, voor minimaal een jaar');
    expect(open.ok && JSON.stringify(open.value)).not.toContain('"end"');
  });

  it('knows how often things come back, and when a review is next due', () => {
    const frequency = (text: string) => {
      const result = parseTime(text);
      return result.ok && result.value.type === 'recurrence' ? result.value.frequency : undefined;
    };
    expect(['jaarlijks', 'elk kwartaal', 'halfjaarlijks', 'elke twee jaar', 'maandelijks'].map(frequency)).toEqual(['yearly', 'quarterly', 'halfYearly', 'biennial', 'monthly']);
    expect(nextReview({ every: 'jaarlijks', last: '2024-03-12' })).toEqual({ date: { year: 2025, month: 3, day: 12 }, derived: true });
    expect(nextReview({ every: 'elk kwartaal', last: '31 januari 2025' })).toEqual({ date: { year: 2025, month: 4, day: 30 }, derived: true });
    expect(nextReview({ every: 'jaarlijks', last: '2024-03-12', next: 'juni 2025' })).toEqual({ date: { year: 2025, month: 6, day: 1 }, derived: false });
  });
});

describe('timeline/review-overdue', () => {
  const reviewed = (review: string) => head('ExecutionAgenda', `period: 2024 t/m 2027\nreview: ${review}\n`);
  const check = (text: string) =>
    validateTexts([{ file: 'a.yaml', text }], { ruleSet: TIMELINE_RULES, settings: { today } }).filter((d) => d.code === 'timeline/review-overdue').map((d) => `${d.severity} ${word(d.message, 'en')}`);

  it('reports a review past one cycle after the last, at the last review', () => {
    expect(check(reviewed('{ every: jaarlijks, last: 2025-03-12 }'))).toEqual(['warning the review (jaarlijks) was due on 12 March 2026: the last one was 12 March 2025']);
    expect(check(reviewed('{ every: jaarlijks, last: 2026-03-12 }'))).toEqual([]);
    expect(check(reviewed('{ every: elk kwartaal, next: 2026-09-01 }'))).toEqual(['warning the review was due on 1 September 2026']);
  });

  it('reports a cycle that is not a recurrence, and a next review later than one cycle', () => {
    expect(check(reviewed('{ every: soms, last: 2026-01-01 }'))).toEqual(['error "soms" does not say how often: a review cycle is a recurrence such as "jaarlijks", "elk kwartaal" or "elke twee jaar"'.replace(/^error/, 'warning')]);
    expect(check(reviewed('{ every: jaarlijks, last: 2026-01-01, next: 2027-06-01 }'))).toEqual(['info the next review (1 June 2027) is not one cycle (jaarlijks) after the last (1 January 2026), which gives 1 January 2027']);
  });
});

describe('timeline/overdue: work without a status counts as not started', () => {
  const plan = (status: string) =>
    head('ProjectPlan', `period: 2025 t/m 2026\nprojects:\n  - id: p\n    title: P\n    phasing:\n      phases:\n        - id: f\n          name: Voorbereiding\n          start: 2025-01-01\n          end: 2025-06-30\n${status}`);
  const check = (text: string) => validateTexts([{ file: 'p.yaml', text }], { ruleSet: TIMELINE_RULES, settings: { today } }).filter((d) => d.code === 'timeline/overdue').map((d) => `${d.severity} ${d.range.start.line}`);

  it('is not overdue while its last time has not ended, and a linked document’s period is not its time', () => {
    const running = head('ProjectPlan', 'period: 2025 t/m 2027\nlinks:\n  predecessor: { id: oud, period: 2020-2024 }\nprojects:\n  - { id: p, title: P, status: loopt, start: 1 september 2025, end: 28 februari 2027 }\n');
    expect(validateTexts([{ file: 'p.yaml', text: running }], { ruleSet: TIMELINE_RULES, settings: { today } }).map((d) => d.code)).toEqual([]);
  });

  it('is noted once, at the end of its time; an open status is a warning; done is nothing', () => {
    expect(check(plan(''))).toEqual(['info 14']);
    expect(check(plan('          status: loopt\n'))).toEqual(['warning 14']);
    expect(check(plan('          status: afgerond\n'))).toEqual([]);
  });
});

describe('ref/unknown-document', () => {
  const linking = head('ExecutionAgenda', 'period: 2021 t/m 2024\nlinks:\n  predecessor: { id: agenda-2017 }\n  parent: { url: "https://example.org/visie" }\n  related:\n    - { path: ../oud/agenda.agenda.yaml, title: Oud }\n');
  const other = (id: string) => `schemaVersion: 3\nkind: ExecutionAgenda\nid: ${id}\ntitle: Ander\n`;
  const run = (inputs: { file: string; text: string }[], repository?: Repository) =>
    validateTexts(inputs, { ruleSet: RULES, ...(repository ? { repository } : {}) }).filter((d) => d.code === 'ref/unknown-document').map((d) => `${d.range.start.line}:${d.range.start.column} ${word(d.message, 'en')}${d.hint ? ` | ${word(d.hint, 'en')}` : ''}`);

  it('resolves an id among the documents of the run, and of the repository beyond it', () => {
    expect(run([{ file: 'a.yaml', text: linking }, { file: 'b.yaml', text: other('agenda-2017') }])).toEqual([]);
    expect(run([{ file: 'a.yaml', text: linking }, { file: 'b.yaml', text: other('agenda-2018') }])).toEqual(['7:22 no document in the repository has the id "agenda-2017" | Did you mean "agenda-2018"?']);
    const repository: Repository = { hasDocument: (id) => id === 'agenda-2017', documentIds: () => ['agenda-2017'], fileExists: () => true };
    expect(run([{ file: 'a.yaml', text: linking }], repository)).toEqual([]);
  });

  it('reports a path to a file that does not exist, relative to the linking document', () => {
    const asked: string[] = [];
    const repository: Repository = { hasDocument: () => true, documentIds: () => [], fileExists: (from, p) => (asked.push(`${from} ${p}`), false) };
    expect(run([{ file: 'agendas/a.yaml', text: linking }], repository)).toEqual(['10:15 the file "../oud/agenda.agenda.yaml" does not exist | Write the path relative to this document (e.g. ../2017-2020/agenda.agenda.yaml), or link by `id` or `url`.']);
    expect(asked).toEqual(['agendas/a.yaml ../oud/agenda.agenda.yaml']);
  });
});

describe('charts', () => {
  const agenda = head(
    'ExecutionAgenda',
    'period: 2021-07-01 t/m 2024-06-30\nactionLines:\n  - id: l\n    title: L\n    themes:\n      - id: t\n        title: T\n        regionalActions:\n          - { id: rapportage, text: Rapporteer aan de raad, period: jaarlijks }\n          - { id: open, text: Blijf doorgaan, period: vanaf 2022 }\n',
  );
  const data = parse(agenda) as Record<string, unknown>;
  const definition = kindInfo('ExecutionAgenda')!;

  it('draws something that comes back as marks, and an open end up to the end of the document’s period', () => {
    const rows = chartRows(data, definition)!.rows;
    const recurring = rows.find((r) => r.text === 'jaarlijks')!;
    expect(recurring.occurrences).toEqual([
      { year: 2021, month: 7, day: 1 },
      { year: 2022, month: 7, day: 1 },
      { year: 2023, month: 7, day: 1 },
    ]);
    expect(rows.find((r) => r.text === 'vanaf 2022')!.end).toEqual({ year: 2024, month: 6, day: 30 });
    const svg = timelineChartData(data, today, definition)!;
    expect(svg.rows.find((r) => r.text === 'jaarlijks')!.marks).toHaveLength(3);
    expect(svg.mermaid.filter((line) => line.includes(': milestone,'))).toHaveLength(3);
    expect(timelineChart([{ file: 'a.yaml', text: agenda }], today)).toMatch(/^Rapporteer aan de raad +◆ +◆ +◆ +jaarlijks$/m);
  });

  it('lets a dated phase hold up the phases that wait for it', () => {
    const plan = parse(
      head('ProjectPlan', 'period: 2027\nprojects:\n  - id: p\n    title: P\n    phasing:\n      phases:\n        - { id: a, name: Opzet, duration: twee maanden }\n        - { id: b, name: Pilot, period: juni t/m september 2027 }\n        - { id: c, name: Evaluatie, duration: een maand }\n'),
    ) as Record<string, unknown>;
    const rows = chartRows(plan, kindInfo('ProjectPlan')!)!.rows;
    expect(rows.map((r) => [r.label, r.start, r.end])).toEqual([
      ['P · Opzet', { year: 2027, month: 1, day: 1 }, { year: 2027, month: 2, day: 28 }],
      ['P · Pilot', { year: 2027, month: 6, day: 1 }, { year: 2027, month: 9, day: 30 }],
      ['P · Evaluatie', { year: 2027, month: 10, day: 1 }, { year: 2027, month: 10, day: 28 }],
    ]);
  });

  it('draws a dated phase once, at its dates', () => {
    const plan = parse(
      head('ProjectPlan', 'period: 2025\nprojects:\n  - id: p\n    title: P\n    phasing:\n      phases:\n        - { id: a, name: Start, period: Q1 2025 }\n        - { id: b, name: Bouw, duration: drie maanden }\n'),
    ) as Record<string, unknown>;
    const rows = chartRows(plan, kindInfo('ProjectPlan')!)!.rows;
    expect(rows.map((r) => r.label)).toEqual(['P · Start', 'P · Bouw']);
    expect(rows[0]).toMatchObject({ start: { year: 2025, month: 1, day: 1 }, end: { year: 2025, month: 3, day: 31 } });
  });
});

describe('renders of the common model', () => {
  const plan = (extra: string) =>
    parse(head('ProjectPlan', `period: 2025\nowner: { name: Programmabureau, role: opdrachtgever }\n${extra}projects:\n  - id: p\n    title: P\n    phasing:\n      phases:\n        - { id: a, number: "1", name: Start }\n        - { id: b, name: Evaluatie, deliverables: [{ id: verslag, text: Verslag., deadline: 31-12-2025 }] }\n`)) as Record<string, unknown>;

  it('names a phase the writer did not number by its name alone', () => {
    const md = renderDocument(plan(''), 'ProjectPlan', { format: 'md' });
    expect(md).toContain('| **Fase 1 Start** |');
    expect(md).toContain('| **Evaluatie** |');
    expect(md).not.toContain('Fase 2');
  });

  it('prints every role under its own label, the owner under its role, never under Partners', () => {
    const md = renderDocument(plan('roles:\n  - { role: projectleider, name: A }\n  - { role: financier, organisation: Provincie }\n  - { role: projectleider, name: B }\npartners: [{ id: x, name: Partner X }]\n'), 'ProjectPlan', { format: 'md' });
    expect(md).toContain('- **Projectleider:** A; B');
    expect(md).toContain('- **Financier:** Provincie');
    expect(md).toContain('- **Opdrachtgever:** Programmabureau');
    expect(md).not.toMatch(/Partners:\*\*[^\n]*Programmabureau/);
  });

  it('prints dates in one style: a date in figures reads as the others do', () => {
    const md = renderDocument(plan('date: 2025-03-01\n'), 'ProjectPlan', { format: 'md' });
    expect(md).toContain('**Datum:** 1 maart 2025');
    expect(md).toContain('*Uiterlijk:* 31 december 2025');
    expect(md).not.toMatch(/\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4}/);
  });

  it('keeps a note apart from the value it is about, and writes no doubled full stops', () => {
    const data = plan('funders:\n  - { name: Rijk, perYear: [{ year: 2025, amount: { value: 1000 }, note: de voorgaande jaren niet. }] }\n');
    const md = renderDocument(data, 'ProjectPlan', { format: 'md' });
    expect(md).toContain('2025: € 1.000 (de voorgaande jaren niet.)');
    expect(md).not.toMatch(/\.\./);
  });
});
