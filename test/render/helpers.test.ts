import { kindInfo } from '../../src/model/kinds.js';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { HelperError } from '../../src/render/environment.js';
import {
  actionTable,
  agreementName,
  documentMetadata,
  fundingLine,
  isSectionedProject,
  personLine,
  phaseDependencies,
  phaseName,
  projectFields,
  sequentialNumbers,
  targetLine,
  textsOf,
  themeHeading,
} from '../../src/render/view.js';
import { createHelpers } from '../../src/render/helpers.js';
import { fieldLabel, renderLang, uiLabel, UI_LABELS } from '../../src/render/labels.js';

/** Calls a helper the way Handlebars does: the arguments, then an options object. */
function call(helpers: Record<string, Handlebars.HelperDelegate>, name: string, args: unknown[], root: unknown = {}): unknown {
  const helper = helpers[name];
  if (!helper) throw new Error(`no helper ${name}`);
  return helper.call({}, ...args, { data: { root }, hash: {}, loc: { start: { line: 7, column: 2 } } });
}

describe('actionTable', () => {
  const actions = [{ id: 'a', text: 'A' }, { id: 'b', text: 'B', period: 'Doorlopend' }, { id: 'c', text: 'C' }, { id: 'd', text: 'D' }];

  it('shows an action’s own period, else the inherited one, with one cell for a run that shares it', () => {
    const table = actionTable(actions, [{ label: 'Pilots in', expression: '2020' }], true);
    expect(table.showPeriod).toBe(true);
    expect(table.rows.map((row) => [row.when, row.own, row.span])).toEqual([
      ['Pilots in 2020', false, 1],
      ['Doorlopend', true, 1],
      ['Pilots in 2020', false, 2],
      ['Pilots in 2020', false, 0],
    ]);
  });

  it('has no period column when nothing has a period', () => {
    expect(actionTable([{ text: 'A' }], undefined, true).showPeriod).toBe(false);
  });

  it('without inherit, shows the column only for actions with a period of their own', () => {
    expect(actionTable([{ text: 'A' }], 'Doorlopend', false).showPeriod).toBe(false);
    const table = actionTable([{ text: 'A', period: 'voor 2022' }, { text: 'B' }], '2020-2022', false);
    expect(table.showPeriod).toBe(true);
    expect(table.rows.map((row) => row.when)).toEqual(['voor 2022', '2020-2022']);
  });
});

describe('lines in the writer’s order', () => {
  it('prints a funding statement’s parts in the order they are written', () => {
    expect(fundingLine({ purpose: '*Handle with care*', connector: ':', amount: { value: 45000, currency: 'EUR' }, source: 'projectsubsidie GHNT' }, 'nl')).toBe(
      '*Handle with care*: € 45.000 projectsubsidie GHNT',
    );
    expect(fundingLine({ amount: { value: 88087 }, purpose: "Project Moviera 'Laagdrempelige hulp aan plegers'", connector: 'vanuit', source: 'projectsubsidie GHNT' }, 'nl')).toBe(
      "€ 88.087 Project Moviera 'Laagdrempelige hulp aan plegers' vanuit projectsubsidie GHNT",
    );
    expect(fundingLine({ source: 'DUVO', connector: 'voor', purpose: 'subsidie Iriszorg daderopvang' }, 'nl')).toBe('DUVO voor subsidie Iriszorg daderopvang');
    expect(fundingLine({ text: 'Partners werken belangeloos mee.' }, 'nl')).toBe('Partners werken belangeloos mee.');
  });

  it('prints a target as its sentence', () => {
    expect(targetLine({ id: 't', text: 'Het is de bedoeling om', count: { value: 45, unit: 'voorlichtingen' }, activity: 'te verzorgen in', period: '2020' })).toBe(
      'Het is de bedoeling om 45 voorlichtingen te verzorgen in 2020.',
    );
    expect(targetLine({ id: 't', count: { value: 3, unit: 'bijeenkomsten' }, period: '2021', closing: 'per jaar' })).toBe('3 bijeenkomsten 2021 per jaar');
  });

  it('prints a person with role and municipality', () => {
    expect(personLine({ role: 'Wethouder', name: 'L. Vos-Van de Weg', municipality: 'Oldebroek' })).toBe('Wethouder L. Vos-Van de Weg (Oldebroek)');
    expect(personLine({ name: 'J. Jansen', organisation: 'VNG' })).toBe('J. Jansen (VNG)');
    expect(personLine({ name: 'J. Jansen' })).toBe('J. Jansen');
  });

  it('heads a theme by its title or its norm', () => {
    expect(themeHeading({ id: 'x', title: 'Plegeraanpak' })).toBe('Plegeraanpak');
    expect(themeHeading({ id: 'x', norm: { label: 'De norm is', statement: 'Geweld hoort nergens thuis' } })).toBe('De norm is: Geweld hoort nergens thuis');
    expect(themeHeading({ id: 'x', number: '3', norm: { statement: 'Geweld hoort nergens thuis' } })).toBe('3 Geweld hoort nergens thuis');
  });
});

describe('phases', () => {
  const phases = [
    { id: 'v', number: '1', name: 'Voorbereiding' },
    { id: 'u', name: 'Uitvoering', after: ['v'] },
    { id: 'e', number: '3', after: ['v'] },
  ];

  it("names a phase by the phasing's term, its number and name; by its name alone when it has no number; counted when it has neither", () => {
    expect(phaseName(phases[0]!, 0, 'nl')).toBe('Fase 1 Voorbereiding');
    expect(phaseName(phases[1]!, 1, 'nl')).toBe('Uitvoering');
    expect(phaseName(phases[1]!, 1, 'en')).toBe('Uitvoering');
    expect(phaseName(phases[2]!, 2, 'nl', 'Stap')).toBe('Stap 3');
    expect(phaseName(phases[0]!, 0, 'en', 'Fase')).toBe('Fase 1 Voorbereiding');
  });

  it('mentions dependencies only when a phase does not simply follow the one before', () => {
    expect(phaseDependencies(phases[0], phases, 0, 'nl')).toBeUndefined();
    expect(phaseDependencies(phases[1], phases, 1, 'nl')).toBeUndefined();
    expect(phaseDependencies(phases[2], phases, 2, 'nl')).toBe('Fase 1 Voorbereiding');
    expect(phaseDependencies(phases[2], phases, 2, 'nl', 'Stap')).toBe('Stap 1 Voorbereiding');
  });
});

describe('projects', () => {
  it('gives structured projects headings, narrative ones none', () => {
    expect(isSectionedProject({ id: 'p', title: 'P', results: { items: [{ text: 'x' }] } })).toBe(true);
    expect(isSectionedProject({ id: 'p', title: 'P', phasing: { phases: [{ id: 'a', name: 'A' }] } })).toBe(true);
    expect(isSectionedProject({ id: 'p', title: 'P', objective: ['x'], workingMethod: { paragraphs: ['y'] } })).toBe(false);
  });

  it('lists body fields in the writer’s order with their partials', () => {
    const fields = projectFields({ id: 'p', title: 'P', scope: 'S', monitoring: ['m'], objective: ['o'], costs: {}, extra: 'e' });
    expect(fields.map((field) => [field.key, field.partial])).toEqual([
      ['monitoring', 'project-paragraphs'],
      ['objective', 'project-paragraphs'],
      ['costs', 'project-costs'],
      ['extra', 'field-generic'],
    ]);
  });
});

describe('small helpers', () => {
  it('knows when numbers as written are 1, 2, 3', () => {
    expect(sequentialNumbers([{ number: '1' }, { number: '2' }])).toBe(true);
    expect(sequentialNumbers([{ text: 'a' }, { text: 'b' }])).toBe(true);
    expect(sequentialNumbers([{ number: '1' }, { number: '3' }])).toBe(false);
    expect(sequentialNumbers([{ number: 'a' }])).toBe(false);
  });

  it('collects the text of a value, without ids', () => {
    expect(textsOf({ id: 'x', title: 'T', items: ['a', { ref: 'r', text: 'b' }], count: 3 })).toEqual(['T', 'a', 'b', '3']);
  });

  it('names an agreement for an amendment', () => {
    const root = {
      generalAgreements: [{ id: 'g', title: 'Verkorting van de duur' }],
      providerAgreements: [{ id: 'grp', title: 'LTA', agreements: [{ id: 'a4', number: '4', paragraphs: ['In 2019-2020 organiseren Fier en Sterk Huis een landelijk congres voor professionals.'] }] }],
    };
    expect(agreementName(root, 'g')).toBe('Verkorting van de duur');
    expect(agreementName(root, 'grp')).toBe('LTA');
    expect(agreementName(root, 'a4')).toBe('4. In 2019-2020 organiseren Fier en Sterk Huis een …');
    expect(agreementName(root, 'nope')).toBe('nope');
  });
});

describe('labels', () => {
  it('follows the document’s language, Dutch by default', () => {
    expect(renderLang(undefined, undefined)).toBe('nl');
    expect(renderLang(undefined, 'en')).toBe('en');
    expect(renderLang('nl', 'en')).toBe('nl');
    expect(renderLang(undefined, 'de')).toBe('nl');
  });

  it('prints the kind’s heading for a field', () => {
    const agenda = kindInfo('ExecutionAgenda')!;
    expect(fieldLabel(agenda, 'approach', 'nl')).toBe('Zo doen we dat');
    expect(fieldLabel(agenda, 'approach', 'en')).toBe('How we do it');
    expect(fieldLabel(agenda, 'roles', 'nl')).toBe('Rollen');
    expect(fieldLabel(agenda, 'nope', 'nl')).toBeUndefined();
  });

  it('has every render-only word in both languages', () => {
    for (const [key, label] of Object.entries(UI_LABELS)) {
      expect(label.nl, key).not.toBe('');
      expect(label.en, key).not.toBe('');
    }
    expect(uiLabel('contents', 'nl')).toBe('Inhoud');
  });
});

describe('createHelpers', () => {
  const html = createHelpers({ format: 'html', lang: 'nl', definition: kindInfo('ExecutionAgenda')! });
  const md = createHelpers({ format: 'md', lang: 'nl', definition: kindInfo('ExecutionAgenda')! });

  it('prose: escaped HTML with emphasis, Markdown as it is', () => {
    const result = call(html, 'prose', ['*a* <b>']);
    expect(result).toBeInstanceOf(Handlebars.SafeString);
    expect(String(result)).toBe('<em>a</em> &lt;b&gt;');
    expect(call(md, 'prose', ['*a* \\<b>'])).toBe('*a* \\<b>');
  });

  it('link: only http(s) and mailto become links', () => {
    expect(String(call(html, 'link', ['https://example.org/?a=1&b=2']))).toBe('<a href="https://example.org/?a&#x3D;1&amp;b&#x3D;2">https://example.org/?a&#x3D;1&amp;b&#x3D;2</a>');
    expect(String(call(html, 'link', ['javascript:alert(1)', 'klik']))).toBe('klik');
    expect(call(md, 'link', ['https://example.org/a\\_b'])).toBe('<https://example.org/a_b>');
    expect(call(md, 'link', ['https://example.org', 'Voorbeeld'])).toBe('[Voorbeeld](<https://example.org>)');
    expect(call(md, 'link', ['javascript:alert(1)', 'klik'])).toBe('klik');
  });

  it('looks up names in the document', () => {
    const root = { partners: [{ id: 'moviera', name: 'Moviera' }, { id: 'politie', name: 'Politie' }], parties: [{ id: 'vng', name: 'VNG' }] };
    expect(call(html, 'partnerName', [{ partner: 'moviera' }], root)).toBe('Moviera');
    expect(call(html, 'partnerName', [{ partner: ['moviera', 'politie'] }], root)).toBe('Moviera en Politie');
    expect(call(html, 'partnerName', [{ partner: 'moviera', label: 'Moviera in de wijk' }], root)).toBe('Moviera in de wijk');
    expect(call(html, 'namesOf', [['vng', 'moviera', 'x'], 'parties', 'partners'], root)).toBe('VNG, Moviera en x');
  });

  it('fails loudly, with the template line, on a missing value or an unknown label', () => {
    expect(() => call(html, 'prose', [undefined])).toThrow(HelperError);
    expect(() => call(html, 'fmtPeriod', [undefined])).toThrow(/missing/);
    try {
      call(html, 'fieldLabel', ['nope']);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HelperError);
      expect((error as HelperError).loc?.start.line).toBe(7);
      expect((error as Error).message).toMatch(/ExecutionAgenda has no label for "nope"/);
    }
  });

  it('indents a Markdown block', () => {
    const helper = md.indent!;
    const result = helper.call({}, 2, { fn: () => '- a\n\n- b\n', hash: {} });
    expect(result).toBe('  - a\n\n  - b\n');
  });
});

describe('documentMetadata', () => {
  it('names the writers’ organisation as author, before any other', () => {
    const root = { authors: [{ name: 'J. Jansen', organisation: 'gemeente Dordrecht' }], parties: [{ id: 'vng', name: 'VNG' }], date: '2021-05-20', period: '2021 t/m 2024' };
    expect(documentMetadata(root, 'Uitvoeringsagenda', 'nl')).toEqual({ author: 'gemeente Dordrecht', subject: 'Uitvoeringsagenda 2021 t/m 2024', keywords: 'Uitvoeringsagenda, 2021 t/m 2024', date: '2021-05-20' });
  });

  it('falls back on the contracting authorities, the parties, the writers of the colophon, the region', () => {
    expect(documentMetadata({ contractingAuthorities: [{ name: 'gemeente Rotterdam' }], parties: [{ name: 'VNG' }] }, 'Arrangement', 'nl').author).toBe('gemeente Rotterdam');
    expect(documentMetadata({ parties: [{ name: 'VNG' }, { name: 'Fier' }] }, 'Ontwikkelagenda', 'nl').author).toBe('VNG, Fier');
    const colophon = { credits: [{ role: 'Tekst', name: 'Projectgroep' }, { role: 'Vormgeving', name: 'Osage' }], date: 'Mei 2020' };
    expect(documentMetadata({ colophon }, 'Uitvoeringsagenda', 'nl')).toMatchObject({ author: 'Projectgroep', date: '2020-05-01' });
    expect(documentMetadata({ region: 'Zuid-Holland Zuid' }, 'Projectplan', 'nl').author).toBe('Zuid-Holland Zuid');
    expect(documentMetadata({}, 'Projectplan', 'nl')).toEqual({ author: '', subject: 'Projectplan', keywords: 'Projectplan' });
  });

  it('takes the subtitle as subject, and no date it cannot read', () => {
    expect(documentMetadata({ subtitle: 'Aanpak *huiselijk* geweld', date: 'medio 2019' }, 'Uitvoeringsagenda', 'nl')).toEqual({ author: '', subject: 'Aanpak huiselijk geweld', keywords: 'Uitvoeringsagenda' });
  });
});
