import { describe, expect, it } from 'vitest';
import { findPlaceholder } from '../../src/rules/placeholder.js';
import { ruleTable, yaml } from './support.js';

/** An execution agenda with one theme whose approach is the given bullets (line 10 onwards). */
const approach = (...bullets: string[]) => yaml`
  schemaVersion: 3
  kind: ExecutionAgenda
  id: agenda
  title: Samen tegen huiselijk geweld
  principles:
    - id: veiligheid-voorop
      title: Veiligheid voorop
      period: 2021 e.v.
      approach:
        ${bullets.map((b) => `- ${JSON.stringify(b)}`).join('\n')}
`;

ruleTable('text/placeholder', {
  valid: [
    {
      name: 'abbreviations and ellipses that belong to the text',
      yaml: approach(
        'Structurele borging 2021 e.v., o.a. met wijkteams, huisartsen enz.',
        'Deelnemers zijn Openbaar Ministerie, Politie, Veilig Thuis, GGZ, woningcorporaties enz…',
        'In het rapport staat: "hulp [...] moet sneller" en "(…) dichtbij".',
        'De tarieven worden nader uitgewerkt; de tekst volgt de indeling van de Regiovisie.',
        'Een todo-lijst en de TBC-bestrijding zijn geen tijdelijke tekst.',
        'Maten XXL en de xx-generatie ook niet.',
      ),
      expect: [],
    },
    {
      name: 'ids, numbers and connectors are not prose',
      yaml: yaml`
        schemaVersion: 3
        kind: ExecutionAgenda
        id: todo
        title: Agenda
        actionLines:
          - id: tbd
            title: Actielijn
            themes:
              - id: xxx
                title: Thema
                funding:
                  - { purpose: Campagnes, connector: "...", source: DUVO }
      `,
      expect: [],
    },
  ],
  invalid: [
    {
      name: 'TODO, FIXME, TBD and xxx anywhere in a text',
      yaml: approach('TODO: aanvullen met de afspraken', 'We werken samen met FIXME.', 'Start in het voorjaar (datum TBD).', 'Contactpersoon: xxx'),
      expect: [
        { at: '10:10', message: 'placeholder "TODO" left in the text', hint: 'Write the real text' },
        { at: '11:30', message: 'placeholder "FIXME"' },
        { at: '12:39', message: 'placeholder "TBD"' },
        { at: '13:26', message: 'placeholder "xxx"' },
      ],
    },
    {
      name: 'an ellipsis standing alone, or as the whole text',
      yaml: approach('We organiseren ... bijeenkomsten per jaar.', 'Dit doen we door …', '...', '…'),
      expect: [
        { at: '10:25', message: 'placeholder "..."' },
        { at: '11:27', message: 'placeholder "…"' },
        { at: '12:10', message: 'placeholder "..."' },
        { at: '13:10', message: 'placeholder "…"' },
      ],
    },
    {
      name: 'Dutch placeholders and lorem ipsum',
      yaml: approach('Nader in te vullen door de werkgroep.', 'p.m.', 'n.t.b.', 'Volgt', 'Lorem ipsum dolor sit amet.'),
      expect: [
        { at: '10:10', message: 'placeholder "Nader in te vullen"' },
        { at: '11:10', message: 'placeholder "p.m."' },
        { at: '12:10', message: 'placeholder "n.t.b."' },
        { at: '13:10', message: 'placeholder "Volgt"' },
        { at: '14:10', message: 'placeholder "Lorem ipsum"' },
      ],
    },
    {
      name: 'a title and a partner name',
      yaml: yaml`
        schemaVersion: 3
        kind: ExecutionAgenda
        id: agenda
        title: TODO titel
        partners:
          - { id: politie, name: "?" }
      `,
      expect: [
        { at: '4:8', message: 'placeholder "TODO"' },
        { at: '6:27', message: 'placeholder "?"' },
      ],
    },
    { name: 'in Dutch', lang: 'nl', yaml: approach('TODO'), expect: [{ at: '10:10', message: 'tijdelijke tekst "TODO" staat nog in de tekst', hint: 'Schrijf de echte tekst' }] },
    {
      name: 'data that breaks the schema',
      schemaInvalid: true,
      yaml: yaml`
        schemaVersion: 3
        kind: ExecutionAgenda
        id: agenda
        title: [TBD, 3, null]
      `,
      expect: [{ at: '4:9', message: 'placeholder "TBD"' }],
    },
  ],
});

describe('findPlaceholder', () => {
  it('finds what the writer would have to fix', () => {
    expect(findPlaceholder('  xxxx  ')).toEqual({ text: 'xxxx', span: { start: 2, end: 6 } });
    expect(findPlaceholder('PM')?.text).toBe('PM');
    expect(findPlaceholder('-')?.text).toBe('-');
    expect(findPlaceholder('Dit is nog in te vullen.')).toEqual({ text: 'nog in te vullen', span: { start: 7, end: 23 } });
    expect(findPlaceholder('p.m. zie begroting')).toBeUndefined();
    expect(findPlaceholder('Ouders/verzorgers …')).toEqual({ text: '…', span: { start: 18, end: 19 } });
    expect(findPlaceholder('Vanaf 2020 continu')).toBeUndefined();
  });
});
