import { ruleTable, yaml } from './support.js';

const agenda = {
  file: 'agendas/uitvoeringsagenda.agenda.yaml',
  text: yaml`
    schemaVersion: 3
    kind: ExecutionAgenda
    id: uitvoeringsagenda
    title: Samen tegen huiselijk geweld
    principles:
      - id: veiligheid-voorop
        title: Veiligheid voorop
    actionLines:
      - id: specifieke-groepen
        title: "Actielijn 3: Aandacht voor specifieke groepen"
        themes:
          - id: plegeraanpak
            title: Plegeraanpak
            regionalActions:
              - { id: daderopvang, text: Continueer de daderopvang. }
            localActions:
              - { id: nazorg-plegers, text: Regel nazorg voor plegers. }
    partners:
      - { id: politie, name: Politie }
  `,
};

const plan = (implementsPlan: string, implementsProject: string) => ({
  file: 'agendas/projectplan.agenda.yaml',
  text: yaml`
    schemaVersion: 3
    kind: ProjectPlan
    id: projectplan
    title: Projecten voor 2020 – 2021
    implements: ${implementsPlan}
    projects:
      - id: plegerhulp
        title: Plegerhulp
        implements: ${implementsProject}
  `,
});

ruleTable('ref/unknown-implemented-item', {
  valid: [
    {
      name: 'a plan and a project that implement an agenda, a principle, an action line, a theme and actions',
      yaml: [agenda, plan('[uitvoeringsagenda, veiligheid-voorop, specifieke-groepen]', '[plegeraanpak, daderopvang, nazorg-plegers]')],
      expect: [],
    },
    {
      name: 'no execution agenda in the run: nothing to check against',
      yaml: [plan('[bestaat-niet]', '[ook-niet]')],
      expect: [],
    },
    {
      name: 'an execution agenda alone',
      yaml: [agenda],
      expect: [],
    },
  ],
  invalid: [
    {
      name: 'a misspelt theme with "did you mean", and an id that is not implementable (a partner)',
      yaml: [agenda, plan('[specifieke-groepen]', '[plegeraanpkak, politie]')],
      expect: [
        {
          file: 'agendas/projectplan.agenda.yaml',
          at: '9:18',
          message: '"plegeraanpkak" is not an action line, theme or action of "uitvoeringsagenda"',
          hint: 'Did you mean "plegeraanpak"?',
        },
        { file: 'agendas/projectplan.agenda.yaml', at: '9:33', message: '"politie" is not an action line', hint: 'Use the id of an action line' },
      ],
    },
    {
      name: 'the plan\'s own implements, with the agenda after the plan in the run',
      yaml: [plan('[actielijn-4]', '[plegeraanpak]'), agenda],
      expect: [{ file: 'agendas/projectplan.agenda.yaml', at: '5:14', message: '"actielijn-4" is not an action line, theme or action' }],
    },
    {
      name: 'in Dutch',
      lang: 'nl',
      yaml: [agenda, plan('[specifieke-groep]', '[plegeraanpak]')],
      expect: [
        {
          file: 'agendas/projectplan.agenda.yaml',
          at: '5:14',
          message: '"specifieke-groep" is geen actielijn, thema of actie van "uitvoeringsagenda"',
          hint: 'Bedoelt u "specifieke-groepen"?',
        },
      ],
    },
    {
      name: 'documents that break the schema do not make the rule throw',
      schemaInvalid: true,
      yaml: [
        { file: 'a.yaml', text: 'schemaVersion: 3\nkind: ExecutionAgenda\nid: a\nactionLines: [{ themes: 3 }, null, { id: 7 }]\n' },
        { file: 'b.yaml', text: 'schemaVersion: 3\nkind: ProjectPlan\nid: b\nimplements: plegeraanpak\nprojects: [{ implements: [3, null, onbekend] }, 5]\n' },
      ],
      expect: [{ file: 'b.yaml', at: '5:36', message: '"onbekend" is not an action line' }],
    },
  ],
});
