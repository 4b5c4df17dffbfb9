import { describe, expect, it } from 'vitest';
import { abbreviates, isSpellingVariant, personName } from '../../src/rules/names.js';
import { ruleTable, yaml } from './support.js';

/** An execution agenda with two themes, each with the given ambassadors (lines 10 and 14 onwards). */
const ambassadors = (first: string, second: string) => yaml`
  schemaVersion: 3
  kind: ExecutionAgenda
  id: agenda
  title: Samen tegen huiselijk geweld
  actionLines:
    - id: eerder-in-beeld
      title: "Actielijn 1: Eerder en beter in beeld"
      themes:
        - id: alert-aan-de-voorkant
          title: Alert aan de voorkant
          ambassadors:
            - ${first}
        - id: sociale-steun-aan-kinderen
          title: Sociale steun aan kinderen
          ambassadors:
            - ${second}
`;

/** An execution agenda with one theme naming partners by label, and a partner register. */
const labels = (corePartners: string, partners: string) => yaml`
  schemaVersion: 3
  kind: ExecutionAgenda
  id: agenda
  title: Samen tegen huiselijk geweld
  principles:
    - id: veiligheid-voorop
      title: Veiligheid voorop
      corePartners:
        ${corePartners}
  partners:
    ${partners}
`;

const csg = (description: string, label = 'Centrum Seksueel Geweld (CSG)') => yaml`
  schemaVersion: 3
  kind: ExecutionAgenda
  id: agenda
  title: Samen tegen huiselijk geweld
  appendices:
    - id: bijlage
      title: "Bijlage: Overzicht kernpartners"
      partnerList:
        - { partner: centrum-seksueel-geweld, label: ${label} }
  partners:
    - id: centrum-seksueel-geweld
      name: Centrum Seksueel Geweld
      abbreviation: CSG
      description:
        - ${JSON.stringify(description)}
`;

const wethouder = (name: string, municipality = 'Lochem') => `{ role: Wethouder, name: ${name}, municipality: ${municipality} }`;

ruleTable('names/variant', {
  valid: [
    { name: 'one person written the same way twice', yaml: ambassadors(wethouder('H. van Zeijts'), wethouder('H. van Zeijts')), expect: [] },
    { name: 'two people with the same surname and other initials', yaml: ambassadors(wethouder('H. de Haan'), wethouder('J. de Haan')), expect: [] },
    { name: 'same initials and surname in two municipalities: two people', yaml: ambassadors(wethouder('H. Zeijts', 'Epe'), wethouder('H. van Zeijts')), expect: [] },
    { name: 'two first names that share an initial', yaml: ambassadors(wethouder('Jeannette van der Maten'), wethouder('Jan van der Maten')), expect: [] },
    {
      name: 'labels that differ only in case, number or a closing full stop',
      yaml: labels(
        [
          '- { partner: politie, label: politie }',
          '- { partner: gecertificeerde-instellingen, label: gecertificeerde instellingen. }',
          '- { partner: gecertificeerde-instellingen, label: Gecertificeerde instelling (GI) }',
          '- { partner: lokale-wijkteams, label: Wijkteams incl. CJG }',
          '- { partner: lokale-wijkteams, label: Wijkteam incl. CJG }',
        ].join('\n'),
        ['- { id: politie, name: Politie }', '- { id: gecertificeerde-instellingen, name: Gecertificeerde instelling, abbreviation: GI }', '- { id: lokale-wijkteams, name: Lokale wijkteams }'].join('\n'),
      ),
      expect: [],
    },
    {
      name: 'two abbreviations with the same letters, each introduced with its own name',
      yaml: csg('Het Centrum Seksueel Geweld (CSG) werkt samen met de Stichting Centrum Geweld (SCG) en de Gemeenschappelijke Schuldhulp Coördinatie (GSC).'),
      expect: [],
    },
    {
      name: 'a heading in capitals is not read for abbreviations',
      yaml: csg('Zie ook: LTA EXPERTISE EN BEHANDELCENTRUM SCG VOOR JONGEREN.'),
      expect: [],
    },
  ],
  invalid: [
    {
      name: 'a surname with and without its particle ("H. Zeijts" / "H. van Zeijts")',
      yaml: ambassadors(wethouder('H. van Zeijts'), wethouder('H. Zeijts')),
      expect: [{ at: '16:38', message: 'the same person is written "H. Zeijts" here and "H. van Zeijts" elsewhere', hint: 'Write the name the same way', related: ['12:38'] }],
    },
    {
      name: 'initials with and without a full stop ("A de Jonge" / "A. de Jonge"): the fuller one is held up',
      yaml: ambassadors(wethouder('A de Jonge', 'Zutphen'), wethouder('A. de Jonge', 'Zutphen')),
      expect: [{ at: '12:38', message: 'the same person is written "A de Jonge" here and "A. de Jonge" elsewhere', related: ['16:38'] }],
    },
    {
      name: 'a label with a space missing, and a misspelt label against the register name',
      yaml: labels(
        [
          '- { partner: lokale-wijkteams, label: Wijkteam incl. CJG }',
          '- { partner: lokale-wijkteams, label: Wijkteam incl.CJG }',
          '- { partner: raad-voor-de-kinderbescherming, label: Raad voor de kindbescherming (RvdK) }',
        ].join('\n'),
        ['- { id: lokale-wijkteams, name: Lokale wijkteams }', '- { id: raad-voor-de-kinderbescherming, name: Raad voor de Kinderbescherming, abbreviation: RvdK }'].join('\n'),
      ),
      expect: [
        { at: '10:54', message: 'the same organisation is written "Wijkteam incl.CJG" here and "Wijkteam incl. CJG" elsewhere', related: ['9:45'] },
        { at: '11:72', message: '"Raad voor de kindbescherming" here and "Raad voor de Kinderbescherming" elsewhere', hint: 'Use one spelling', related: ['14:49'] },
      ],
    },
    {
      name: 'two register entries for one organisation',
      yaml: labels('- { partner: veiligheidshuis }', ['- { id: veiligheidshuis, name: Veiligheidshuis }', '- { id: veiligheidshuis-nog, name: Veiligheids huis }'].join('\n')),
      expect: [{ at: '12:38', message: 'entries "veiligheidshuis-nog" and "veiligheidshuis" look like one organisation', hint: 'Merge the two entries', related: ['11:34'] }],
    },
    {
      name: '"SCG" for the "CSG" of the register, wherever it is written',
      yaml: csg('Het Centrum Seksueel Geweld (SCG) helpt slachtoffers. Het CSG is 24/7 bereikbaar.', 'Centrum Seksueel Geweld (SCG)'),
      expect: [
        { at: '9:77', message: 'abbreviation "SCG" has the letters of "CSG" in another order', hint: 'If "SCG" is a typo, write "CSG".', related: ['13:19'] },
        { at: '15:39', message: 'abbreviation "SCG" has the letters of "CSG" in another order' },
      ],
    },
    {
      name: 'abbreviations nobody introduces: the one written most is held up',
      yaml: csg('De GGD Twente werkt samen met de DGG.', 'Centrum Seksueel Geweld (CSG) en de GGD'),
      expect: [{ at: '15:43', message: 'abbreviation "DGG" has the letters of "GGD" in another order', related: ['9:52'] }],
    },
    {
      name: 'in Dutch',
      lang: 'nl',
      yaml: ambassadors(wethouder('H. van Zeijts'), wethouder('H. Zeijts')),
      expect: [{ at: '16:38', message: 'dezelfde persoon staat hier als "H. Zeijts" en elders als "H. van Zeijts"', hint: 'Schrijf de naam overal hetzelfde' }],
    },
    {
      name: 'data that breaks the schema',
      schemaInvalid: true,
      yaml: yaml`
        schemaVersion: 3
        kind: ExecutionAgenda
        id: agenda
        title: Agenda
        principles:
          - ambassadors: [H. Zeijts, { name: 3 }, { name: H. van Zeijts, municipality: [Lochem] }, { name: H. Zeijts }]
            corePartners: [{ partner: 3, label: x }, { partner: politie, label: [1] }]
        partners: [{ id: 1, name: Politie }, null, { id: politie }]
      `,
      expect: [{ at: '6:100', message: 'the same person is written "H. Zeijts" here and "H. van Zeijts" elsewhere' }],
    },
  ],
});

/** People across the documents of a run (checkProject). */
const plan = (contact: string) => ({
  file: 'agendas/projectplan.agenda.yaml',
  text: yaml`
    schemaVersion: 3
    kind: ProjectPlan
    id: projectplan
    title: Projecten
    owner:
      name: programmateam
      contact: { role: Wethouder, name: ${contact}, municipality: Lochem }
    projects:
      - { id: project, title: Project }
  `,
});
const agenda = { file: 'agendas/uitvoeringsagenda.agenda.yaml', text: ambassadors(wethouder('H. van Zeijts'), wethouder('H. van Zeijts')) };

ruleTable('names/variant', {
  valid: [{ name: 'across documents: the same spelling', yaml: [agenda, plan('H. van Zeijts')], expect: [] }],
  invalid: [
    {
      name: 'across documents: a plan that writes a person otherwise than the agenda',
      yaml: [agenda, plan('H. Zeijts')],
      expect: [{ file: 'agendas/projectplan.agenda.yaml', at: '7:37', message: 'the same person is written "H. Zeijts" here and "H. van Zeijts" elsewhere', related: ['agendas/uitvoeringsagenda.agenda.yaml:12:38'] }],
    },
  ],
});

describe('name helpers', () => {
  it('keys people by initials and surname without particles', () => {
    expect(personName('H. van Zeijts')?.key).toBe('H|zeijts');
    expect(personName('H. Zeijts')?.key).toBe('H|zeijts');
    expect(personName('A de Jonge')?.key).toBe('A|jonge');
    expect(personName('H.J. van Noort')?.key).toBe('HJ|noort');
    expect(personName('L. Vos-Van de Weg')?.key).toBe('L|vos-van weg');
    expect(personName('Jeannette van der Maten')).toMatchObject({ key: 'J|maten', given: 'Jeannette' });
    expect(personName('Politie')).toBeUndefined();
    expect(personName('programmateam Zuid')).toBeUndefined();
  });

  it('tells a slip from a deliberate difference', () => {
    expect(isSpellingVariant('Wijkteam incl.CJG', 'Wijkteam incl. CJG')).toBe(true);
    expect(isSpellingVariant('Raad voor de kindbescherming', 'Raad voor de Kinderbescherming')).toBe(true);
    expect(isSpellingVariant('politie', 'Politie')).toBe(false);
    expect(isSpellingVariant('gecertificeerde instellingen', 'Gecertificeerde instelling')).toBe(false);
    expect(isSpellingVariant('Welzijn', 'Welzijnspartners')).toBe(false);
    expect(isSpellingVariant('Zorg', 'Zorgen')).toBe(false);
  });

  it('knows which name an abbreviation stands for', () => {
    expect(abbreviates('CSG', ['Het', 'Centrum', 'Seksueel', 'Geweld'])).toBe(true);
    expect(abbreviates('SCG', ['Het', 'Centrum', 'Seksueel', 'Geweld'])).toBe(false);
    expect(abbreviates('GGZ', ['Geestelijke', 'GezondheidsZorg'])).toBe(true);
    expect(abbreviates('JBT', ['Jeugdbeschermingstafel'])).toBe(false);
  });
});
