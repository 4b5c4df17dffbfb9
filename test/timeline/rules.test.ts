import { word } from '../../src/i18n/catalogue.js';
import { describe, expect, it } from 'vitest';
import { TIMELINE_RULES } from '../../src/timeline/index.js';
import { validateTexts } from '../../src/validate/engine.js';

const today = { year: 2021, month: 6, day: 1 };

/** Findings of the timeline rules on a document, as `code line:column severity`. */
function findings(text: string, settings: { today?: typeof today } = { today }): string[] {
  return validateTexts([{ file: 'a.yaml', text }], { ruleSet: TIMELINE_RULES, settings }).map((d) => `${d.code} ${d.range.start.line}:${d.range.start.column} ${d.severity}`);
}

/** The findings of a document apart from overdue work (its phases lie in the past of `today`). */
function own(text: string): string[] {
  return findings(text).filter((finding) => !finding.startsWith('timeline/overdue'));
}

function messages(text: string, lang: 'en' | 'nl' = 'en'): string[] {
  return validateTexts([{ file: 'a.yaml', text }], { ruleSet: TIMELINE_RULES, settings: { today } }).map((d) => word(d.message, lang));
}

const agenda = (themePeriod: string, actionPeriod = 'Doorlopend') => `schemaVersion: 3
kind: ExecutionAgenda
id: agenda
title: Agenda
period: 2020 t/m 2023
actionLines:
  - id: lijn
    title: "Actielijn 1: Lijn"
    themes:
      - id: thema
        title: Thema
        period: ${themePeriod}
        regionalActions:
          - id: actie
            text: Doe iets.
            period: ${actionPeriod}
`;

const plan = (phases: string, period = '2020 – 2021') => `schemaVersion: 3
kind: ProjectPlan
id: plan
title: Plan
period: ${period}
projects:
  - id: project
    title: Project
    phasing:
      phases:
${phases}`;

const phase = (id: string, extra: string) => `        - id: ${id}
          name: ${id}
${extra
  .split('\n')
  .filter(Boolean)
  .map((l) => `          ${l}`)
  .join('\n')}
`;

describe('timeline/outside-period', () => {
  it('accepts periods inside the document period, ongoing work and open ends that start inside', () => {
    expect(findings(agenda('2020 - 2022', 'Doorlopend'))).toEqual([]);
    expect(findings(agenda('2021 e.v.', 'vanaf 2020'))).toEqual([]);
  });

  it('reports a period that starts before or ends after the document period, at the expression', () => {
    expect(findings(agenda('2019 t/m 2021'))).toEqual(['timeline/outside-period 12:17 warning']);
    expect(findings(agenda('2022', '2022 t/m 2024'))).toEqual(['timeline/outside-period 16:21 warning']);
    expect(messages(agenda('2019 t/m 2021'))[0]).toBe('"2019 t/m 2021" starts before the period of the document (2020 t/m 2023): 1 January 2019 is before 1 January 2020');
    expect(messages(agenda('2019 t/m 2021'), 'nl')[0]).toContain('begint vóór de looptijd van het document');
  });

  it('checks each labelled segment on its own', () => {
    const segments = '\n          - expression: 2019 t/m 2021\n          - label: Structurele borging\n            expression: 2021 e.v.';
    expect(findings(agenda(segments))).toEqual(['timeline/outside-period 13:25 warning']);
  });
});

describe('timeline/unparsable', () => {
  it('reports a period agendum cannot read, as an error at its place', () => {
    expect(findings(agenda('2020 t/m 2023', 'in 45 voorlichtingen'))).toEqual(['timeline/unparsable 16:24 error']);
  });

  it('reports a duration it cannot read', () => {
    expect(findings(plan(phase('a', 'duration: een flink aantal maanden')))).toEqual(['timeline/unparsable 13:25 error']);
  });
});

describe('timeline/phase-dependency', () => {
  it('accepts phases that follow each other in order', () => {
    expect(findings(plan(phase('a', 'duration: twee maanden') + phase('b', 'duration: drie maanden\nafter: [a]')))).toEqual([]);
  });

  it('reports a phase that waits for itself', () => {
    expect(findings(plan(phase('a', 'duration: twee maanden\nafter: [a]')))).toEqual(['timeline/phase-dependency 14:19 error']);
  });

  it('reports a cycle once, with its full path', () => {
    const text = plan(phase('a', 'duration: een maand\nafter: [c]') + phase('b', 'duration: een maand\nafter: [a]') + phase('c', 'duration: een maand\nafter: [b]'));
    const found = messages(text).filter((m) => m.includes('circle'));
    expect(found).toEqual(['the phases wait for each other in a circle: "a" → "c" → "b" → "a"']);
  });

  it('warns when a phase waits for one listed after it', () => {
    const text = plan(phase('a', 'duration: een maand\nafter: [b]') + phase('b', 'duration: een maand\nparallel: true'));
    expect(findings(text)).toEqual(['timeline/phase-dependency 14:19 warning']);
  });
});

describe('timeline/plan-fit', () => {
  it('accepts a plan whose worst case fits', () => {
    expect(findings(plan(phase('a', 'duration: zes maanden') + phase('b', 'duration: Zes maanden tot een jaar')))).toEqual([]);
  });

  it('warns when only the worst case does not fit', () => {
    const text = plan(phase('a', 'duration: vier maanden') + phase('b', 'duration: vier maanden tot negen maanden'), '2020');
    expect(findings(text)).toEqual(['timeline/plan-fit 11:9 warning']);
    // In the writer's unit: the durations are in months, the period is whole months.
    expect(messages(text)[0]).toBe('the phases fit 2020 only at best: at best 8 months, at worst 13 months, in a period of 12 months');
    expect(messages(text, 'nl')[0]).toBe('de fasen passen alleen op zijn best in 2020: op zijn best 8 maanden, in het slechtste geval 13 maanden, in een periode van 12 maanden');
  });

  it('tells the lengths in days when a duration is not in whole months', () => {
    const text = plan(phase('a', 'duration: vier maanden') + phase('b', 'duration: 40 weken'), '2020');
    expect(messages(text)[0]).toMatch(/^the phases do not fit 2020, not even at best: at best \d+ days, at worst \d+ days, in a period of 366 days$/);
  });

  it("measures the plan against the project's own start and end, or its lead time, before the document's period", () => {
    const dated = plan(phase('a', 'duration: zes maanden') + phase('b', 'duration: zes maanden'), '2020 t/m 2022').replace('  - id: project\n', '  - id: project\n    start: 2020-01-01\n    end: 2020-09-30\n');
    expect(messages(dated).filter((m) => m.startsWith('the phases'))).toEqual(['the phases do not fit 2020-01-01 – 2020-09-30, not even at best: at best 12 months, at worst 12 months, in a period of 9 months']);
    const lead = plan(phase('a', 'duration: zes maanden') + phase('b', 'duration: zes maanden'), '2020 t/m 2022').replace('  - id: project\n', '  - id: project\n    duration: tien maanden\n');
    expect(messages(lead)).toEqual(['the phases do not fit "tien maanden", not even at best: at best 12 months, at worst 12 months, in a period of 10 months']);
  });

  it('reports an error when even the best case does not fit', () => {
    const text = plan(phase('a', 'duration: een jaar') + phase('b', 'duration: zes maanden'), '2020');
    expect(findings(text)).toEqual(['timeline/plan-fit 11:9 error']);
  });

  it('counts named parts side by side at best and one after another at worst', () => {
    const parts = 'duration:\n  - label: Randvoorwaarden\n    duration: twee maanden\n  - label: trainingen\n    duration: elf maanden';
    expect(findings(plan(phase('a', parts), '2020'))).toEqual(['timeline/plan-fit 11:9 warning']);
    expect(findings(plan(phase('a', `${parts}\npartsSchedule: parallel`), '2020'))).toEqual([]);
  });

  it('lets parallel phases share time', () => {
    expect(findings(plan(phase('a', 'duration: tien maanden') + phase('b', 'duration: tien maanden\nparallel: true'), '2020'))).toEqual([]);
  });
});

describe('timeline/phase-schedule', () => {
  it('accepts dated phases that follow each other day by day', () => {
    expect(own(plan(phase('a', 'start: 2020-01-01\nend: 2020-03-31') + phase('b', 'start: 2020-04-01\nend: 2020-06-30')))).toEqual([]);
  });

  it('reports an overlap and a gap at the start of the later phase', () => {
    expect(own(plan(phase('a', 'start: 2020-01-01\nend: 2020-03-31') + phase('b', 'start: 2020-03-15\nend: 2020-06-30')))).toEqual(['timeline/phase-schedule 17:18 warning']);
    const gap = plan(phase('a', 'start: 2020-01-01\nend: 2020-03-31') + phase('b', 'start: 2020-05-01\nend: 2020-06-30'));
    expect(messages(gap).filter((m) => m.startsWith('phase'))).toEqual(['phase "b" starts on 1 May 2020, 30 days after phase "a" ends on 31 March 2020: a gap in a sequential plan']);
  });
});

describe('timeline/overdue', () => {
  const work = (status: string, period: string) => `schemaVersion: 3
kind: ProjectPlan
id: plan
title: Plan
period: 2020 – 2021
projects:
  - id: project
    title: Project
    period: ${period}
${status ? `    status: ${status}\n` : ''}`;

  it('reports open work whose period has ended', () => {
    expect(findings(work('inProgress', '2020'))).toEqual(['timeline/overdue 9:13 warning']);
    expect(findings(work('done', '2020'))).toEqual([]);
    expect(findings(work('inProgress', '2021'))).toEqual([]);
  });

  it('judges by --today and says nothing without it', () => {
    expect(findings(work('inProgress', '2021'), { today: { year: 2022, month: 1, day: 1 } })).toEqual(['timeline/overdue 9:13 warning']);
    expect(findings(work('inProgress', '2020'), {})).toEqual([]);
  });

  it('notes a passed deadline as info', () => {
    expect(findings(agenda('2020 t/m 2023', 'voor 2021'))).toEqual(['timeline/overdue 16:21 info']);
  });
});

describe('timeline/date-consistency', () => {
  it('accepts start, end and duration that agree, also with the end written as the day after', () => {
    expect(own(plan(phase('a', 'start: 1 maart 2020\nend: 28 februari 2021\nduration: 12 maanden'), '2020 t/m 2021'))).toEqual([]);
    expect(own(plan(phase('a', 'start: 1 maart 2020\nend: 1 maart 2021\nduration: 12 maanden'), '2020 t/m 2021'))).toEqual([]);
  });

  it('reports a duration that does not match the dates', () => {
    const text = plan(phase('a', 'start: 1 maart 2020\nend: 1 maart 2021\nduration: zes maanden'), '2020 t/m 2021');
    expect(own(text)).toEqual(['timeline/date-consistency 15:21 warning']);
    expect(messages(text).filter((m) => m.startsWith('from'))).toEqual(['from 1 March 2020 to 1 March 2021 is 366 days, but the duration "zes maanden" is 181–184 days']);
  });

  it('reports an end before the start as an error', () => {
    expect(own(plan(phase('a', 'start: 1 maart 2021\nend: 1 maart 2020'), '2020 t/m 2021'))).toContain('timeline/date-consistency 14:16 error');
  });
});

describe("a project's own start, end and lead time", () => {
  const project = (fields: string) => `schemaVersion: 3
kind: ProjectPlan
id: plan
title: Plan
period: 2020 t/m 2022
projects:
  - id: project
    title: Project
${fields
  .split('\n')
  .filter(Boolean)
  .map((l) => `    ${l}`)
  .join('\n')}
`;

  it('are checked against each other like a phase’s', () => {
    expect(own(project('start: 2020-03-01\nend: 2021-08-31\nduration: 18 maanden'))).toEqual([]);
    expect(messages(project('start: 2020-03-01\nend: 2021-02-28\nduration: 18 maanden')).filter((m) => m.startsWith('from'))).toEqual([
      'from 1 March 2020 to 28 February 2021 is 365 days, but the duration "18 maanden" is 546–550 days',
    ]);
    expect(messages(project('start: 2021-03-01\nend: 2020-02-28')).filter((m) => m.includes('before the start'))).toEqual(['the end (28 February 2020) comes before the start (1 March 2021)']);
  });
});
