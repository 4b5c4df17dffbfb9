import { ruleTable, yaml } from './support.js';

ruleTable('text/whitespace', {
  valid: [
    {
      name: 'plain, quoted and folded texts with single spaces',
      yaml: yaml`
        schemaVersion: 3
        kind: ExecutionAgenda
        id: agenda
        title: "Samen tegen huiselijk geweld"
        introduction:
          - Deze Uitvoeringsagenda hoort bij onze Regiovisie.
          - >-
            Een alinea die over
            meerdere regels loopt.
          - >
            Een gevouwen blok met een regeleinde aan het eind.
      `,
      expect: [],
    },
    {
      name: 'a text over several lines keeps its layout',
      yaml: yaml`
        schemaVersion: 3
        kind: ExecutionAgenda
        id: agenda
        title: Agenda
        introduction:
          - |
            Regel een
              ingesprongen  regel
      `,
      expect: [],
    },
    {
      name: 'connectors may be punctuation with spaces',
      yaml: yaml`
        schemaVersion: 3
        kind: ExecutionAgenda
        id: agenda
        title: Agenda
        principles:
          - id: sturing
            title: Integrale sturing
            funding:
              - { purpose: Projectkosten, connector: " : ", source: projectsubsidie GHNT }
      `,
      expect: [],
    },
  ],
  invalid: [
    {
      name: 'leading, trailing and doubled spaces and a tab',
      yaml: yaml`
        schemaVersion: 3
        kind: ExecutionAgenda
        id: agenda
        title: " Samen tegen huiselijk geweld"
        subtitle: "Aanpak huiselijk geweld "
        introduction:
          - "Deze Uitvoeringsagenda hoort bij  onze Regiovisie."
          - "Deze Uitvoeringsagenda\thoort bij onze Regiovisie."
      `,
      expect: [
        { at: '4:9', message: 'the text starts with a space', hint: 'Remove the extra space' },
        { at: '5:29', message: 'the text ends with a space' },
        { at: '7:35', message: 'the text has a doubled space: "…hoort bij  onze Regiovisie."' },
        // The source writes the tab as an escape, so the caret falls back to the whole value.
        { at: '8:5', message: 'the text has a tab: "Deze Uitvoeringsagenda\thoort bij…"' },
      ],
    },
    {
      name: 'a trailing space on a line of a folded block becomes a doubled space',
      yaml: 'schemaVersion: 3\nkind: ExecutionAgenda\nid: agenda\ntitle: Agenda\nintroduction:\n  - >-\n    Een alinea die over \n    twee regels loopt.\n',
      // The source breaks the line where the text has the doubled space: the caret takes the whole value.
      expect: [{ at: '6:5', message: 'the text has a doubled space: "…die over  twee regels…"' }],
    },
    { name: 'in Dutch', lang: 'nl', yaml: 'schemaVersion: 3\nkind: ExecutionAgenda\nid: agenda\ntitle: "Agenda "\n', expect: [{ at: '4:9', message: 'de tekst eindigt met een spatie' }] },
    {
      name: 'data that breaks the schema',
      schemaInvalid: true,
      yaml: 'schemaVersion: 3\nkind: ExecutionAgenda\nid: agenda\ntitle: { a: "x  y", b: 3 }\n',
      expect: [{ at: '4:14', message: 'the text has a doubled space' }],
    },
  ],
});
