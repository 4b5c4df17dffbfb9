import { ruleTable, yaml } from './support.js';

const execution = (corePartners: string, partnerList = '') => yaml`
  schemaVersion: 3
  kind: ExecutionAgenda
  id: agenda
  title: Samen tegen huiselijk geweld
  actionLines:
    - id: eerder-in-beeld
      title: "Actielijn 1: Eerder en beter in beeld"
      themes:
        - id: plegeraanpak
          title: Plegeraanpak
          corePartners:
  ${corePartners}
  appendices:
    - id: bijlage
      title: "Bijlage: Overzicht kernpartners"
      partnerList:
  ${partnerList || '      - { partner: moviera, label: Moviera }'}
  partners:
    - { id: politie, name: Politie }
    - { id: moviera, name: Moviera }
    - { id: iriszorg, name: Iriszorg }
`;

const development = (extra: string) => yaml`
  schemaVersion: 3
  kind: DevelopmentAgenda
  id: ontwikkelagenda
  title: Eergerelateerd geweld
  parties:
    - { id: vng, name: VNG }
    - { id: fier, name: Fier }
  organisations:
    - { id: zonmw, name: ZonMW }
  generalAgreements:
    - id: regie
      title: Regie
      text: De jeugdige heeft de regie.
  ${extra}
`;

const plan = (phases: string, extra = '') => yaml`
  schemaVersion: 3
  kind: ProjectPlan
  id: plan
  title: Projecten voor 2020 – 2021
  partners:
    - { id: veilig-thuis, name: Veilig Thuis ZHZ }
  projects:
    - id: mda
      title: MDA++
      owner: { partner: veilig-thuis }
      phasing:
        phases:
  ${phases}
    - id: traumascreening
      title: Traumascreening
      phasing:
        phases:
          - { id: trauma-voorbereiding, number: "1", name: Voorbereiding }
  ${extra}
`;

const arrangement = (extra: string) => yaml`
  schemaVersion: 3
  kind: Arrangement
  id: arrangement
  title: Consultatiedocument
  resultAreas:
    domains:
      - id: jeugdhulp
        title: Jeugdhulp
        areas:
          - { id: jeugdhulp-opvoedondersteuning, number: "3", title: Opvoedondersteuning }
  references:
    - { id: verwey-jonker, url: "https://www.verwey-jonker.nl/" }
  ${extra}
`;

ruleTable('ref/unknown-reference', {
  valid: [
    {
      name: 'core partners, a list of partners and an appendix list that all resolve',
      yaml: execution(['          - { partner: politie, label: politie }', '          - { partner: [moviera, iriszorg], label: Moviera en Iriszorg }'].join('\n')),
      expect: [],
    },
    {
      name: 'development agenda: parties, organisations, consent, approvals and affected agreements',
      yaml: development(
        [
          'providerAgreements:',
          '  - id: lta',
          '    title: LTA',
          '    parties: [fier]',
          '    agreements:',
          '      - { id: onderzoek, number: "1", text: Onderzoek., parties: [fier], organisations: [zonmw] }',
          'amendmentPolicy:',
          '  requiresConsentOf: [vng, fier]',
          '  text: Aanpassing kan alleen met instemming.',
          'amendments:',
          '  - { id: wijziging, date: 2020-01-01, description: Nieuw., approvedBy: [vng, fier], affects: [onderzoek, lta, regie] }',
        ].join('\n'),
      ),
      expect: [],
    },
    {
      name: 'project plan: owner, phases after phases of the same project',
      yaml: plan(['          - { id: mda-voorbereiding, number: "1", name: Voorbereiding }', '          - { id: mda-uitvoering, number: "2", name: Uitvoering, after: [mda-voorbereiding] }'].join('\n')),
      expect: [],
    },
    {
      name: 'a phase that waits for itself is left to the timeline checks',
      yaml: plan('          - { id: mda-voorbereiding, number: "1", name: Voorbereiding, after: [mda-voorbereiding] }'),
      expect: [],
    },
    {
      name: 'arrangement: result areas and footnote sources',
      yaml: arrangement(
        [
          'components:',
          '  items:',
          '    - { id: opvoed, title: Opvoedondersteuning, resultAreas: [{ ref: jeugdhulp-opvoedondersteuning }] }',
          'footnotes:',
          '  - { mark: "¹", ref: verwey-jonker }',
        ].join('\n'),
      ),
      expect: [],
    },
  ],
  invalid: [
    {
      name: 'a misspelt core partner, with "did you mean"',
      yaml: execution('          - { partner: politei, label: Politie }'),
      expect: [{ at: '12:24', message: 'unknown partner "politei"', hint: 'Did you mean "politie"?' }],
    },
    {
      name: 'one id of a list of partners, and an appendix entry',
      yaml: execution('          - { partner: [moviera, wijkteam], label: Moviera en wijkteam }', '      - { partner: reclassering, label: Reclassering }'),
      expect: [
        { at: '12:34', message: 'unknown partner "wijkteam"', hint: 'Use the id of an entry in partners: "politie", "moviera", "iriszorg".' },
        { at: '17:20', message: 'unknown partner "reclassering"' },
      ],
    },
    {
      name: 'unknown parties, organisations and agreements in a development agenda',
      yaml: development(
        [
          'providerAgreements:',
          '  - id: lta',
          '    title: LTA',
          '    parties: [sterk-huis]',
          '    agreements:',
          '      - { id: onderzoek, number: "1", text: Onderzoek., organisations: [zonmv] }',
          'amendmentPolicy:',
          '  requiresConsentOf: [vng, vgn]',
          '  text: Aanpassing kan alleen met instemming.',
          'amendments:',
          '  - { id: wijziging, date: 2020-01-01, description: Nieuw., approvedBy: [fier], affects: [onderzoeken] }',
        ].join('\n'),
      ),
      expect: [
        { at: '17:15', message: 'unknown party "sterk-huis"' },
        { at: '19:73', message: 'unknown organisation "zonmv"', hint: 'Did you mean "zonmw"?' },
        { at: '21:28', message: 'unknown party "vgn"', hint: 'Did you mean "vng"?' },
        { at: '24:91', message: 'unknown agreement "onderzoeken"', hint: 'Did you mean "onderzoek"?' },
      ],
    },
    {
      name: 'a phase that waits for a phase of another project, and one that does not exist',
      yaml: plan(
        [
          '          - { id: mda-voorbereiding, number: "1", name: Voorbereiding, after: [trauma-voorbereiding] }',
          '          - { id: mda-uitvoering, number: "2", name: Uitvoering, after: [mda-voorbereidng] }',
        ].join('\n'),
      ),
      expect: [
        { at: '13:80', message: 'phase "trauma-voorbereiding" belongs to another project ("traumascreening")' },
        { at: '14:74', message: 'unknown phase "mda-voorbereidng"', hint: 'Did you mean "mda-voorbereiding"?' },
      ],
    },
    {
      name: 'a plan owner that names no partner',
      yaml: plan('          - { id: mda-voorbereiding, number: "1", name: Voorbereiding }', 'owner: { partner: programmateam }\n'),
      expect: [{ at: '19:19', message: 'unknown partner "programmateam"' }],
    },
    {
      name: 'a project partner and a precondition that name no partner',
      yaml: yaml`
        schemaVersion: 3
        kind: ProjectPlan
        id: plan
        title: Projecten
        partners:
          - { id: politie, name: Politie }
        projects:
          - id: handle-with-care
            title: Handle with Care
            partners:
              - { partner: politei, role: kernpartner }
            preconditions:
              - { id: medewerking-politie, text: De politie moet toezeggen., partner: onderwijs }
      `,
      expect: [
        { at: '11:20', message: 'unknown partner "politei"', hint: 'Did you mean "politie"?' },
        { at: '13:79', message: 'unknown partner "onderwijs"', hint: 'Use the id of an entry in partners: "politie".' },
      ],
    },
    {
      name: 'arrangement: an unknown result area and an unknown footnote source',
      yaml: arrangement(
        [
          'components:',
          '  items:',
          '    - { id: opvoed, title: Opvoedondersteuning, resultAreas: [{ ref: jeugdhulp-opvoeding }] }',
          'lots:',
          '  items:',
          '    - { id: perceel, title: Intramuraal, resultAreas: [{ ref: wmo-verblijf }] }',
          'footnotes:',
          '  - { mark: "¹", ref: verwey }',
        ].join('\n'),
      ),
      expect: [
        { at: '15:70', message: 'unknown result area "jeugdhulp-opvoeding"', hint: 'Use the id of an entry in resultAreas.domains[].areas: "jeugdhulp-opvoedondersteuning".' },
        { at: '18:63', message: 'unknown result area "wmo-verblijf"' },
        { at: '20:23', message: 'unknown source "verwey"' },
      ],
    },
    {
      name: 'no register at all: the hint says to add the entry first',
      yaml: yaml`
        schemaVersion: 3
        kind: ExecutionAgenda
        id: agenda
        title: Agenda
        principles:
          - id: veiligheid-voorop
            title: Veiligheid voorop
            corePartners:
              - { partner: politie }
      `,
      expect: [{ at: '9:20', message: 'unknown partner "politie"', hint: 'Nothing in partners has an id yet' }],
    },
    {
      name: 'in Dutch',
      lang: 'nl',
      yaml: execution('          - { partner: politei, label: Politie }'),
      expect: [{ at: '12:24', message: 'onbekende partner "politei": het partnerregister (partners) heeft geen onderdeel met deze id', hint: 'Bedoelt u "politie"?' }],
    },
    {
      name: 'data that breaks the schema does not make the rule throw',
      schemaInvalid: true,
      yaml: yaml`
        schemaVersion: 3
        kind: ExecutionAgenda
        id: agenda
        title: Agenda
        partners: oeps
        principles:
          - corePartners: [politie, { partner: 12 }, { partner: [null, politie] }]
          - null
        actionLines: { themes: 3 }
      `,
      expect: [{ at: '7:64', message: 'unknown partner "politie"' }],
    },
  ],
});
