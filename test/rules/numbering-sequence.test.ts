import { word } from '../../src/i18n/catalogue.js';
import { describe, expect, it } from 'vitest';
import { validateTexts } from '../../src/validate/engine.js';
import { ruleTable, yaml } from './support.js';

/** A project plan whose first project's results are the given numbered items. */
const results = (items: string) => yaml`
  schemaVersion: 3
  kind: ProjectPlan
  id: plan
  title: Projecten
  projects:
    - id: mda
      title: MDA++
      results:
        items:
          ${items}
`;

const item = (number: string, text = 'Resultaat.') => `- { number: "${number}", text: ${text} }`;
const list = (...numbers: string[]) => numbers.map((n) => item(n)).join('\n');

ruleTable('numbering/sequence', {
  valid: [
    { name: 'digits in order', yaml: results(list('1', '2', '3')), expect: [] },
    {
      name: 'letters nested under a number are a level of their own',
      yaml: results(['- number: "4"', '  text: "Samenwerkingsafspraken m.b.t.:"', '  items:', `    ${item('a')}`, `    ${item('b')}`, `    ${item('c')}`, item('5')].join('\n')),
      expect: [],
    },
    { name: 'dotted numbers compared by their last part', yaml: results(list('4.5.1.1', '4.5.1.2', '4.5.1.3')), expect: [] },
    { name: 'siblings under different prefixes', yaml: results(list('4.1', '4.2', '5.1', '5.2')), expect: [] },
    { name: 'roman numerals', yaml: results(list('i', 'ii', 'iii', 'iv')), expect: [] },
    { name: 'a list may continue the numbering of an earlier one', yaml: results(list('3', '4', '5')), expect: [] },
    { name: 'items without a number are not counted', yaml: results([item('1'), '- { text: Tussenkop. }', item('2')].join('\n')), expect: [] },
    { name: 'one numbered item', yaml: results(list('2')), expect: [] },
    { name: 'mixed styles ("2a") are not checked', yaml: results(list('1', '2a', '3')), expect: [] },
  ],
  invalid: [
    {
      name: 'result areas numbered 1 and 3 (the Jeugdhulp gap of the arrangement seed)',
      yaml: yaml`
        schemaVersion: 3
        kind: Arrangement
        id: arrangement
        title: Consultatiedocument
        resultAreas:
          domains:
            - id: jeugdhulp
              title: Jeugdhulp
              areas:
                - { id: jeugdhulp-sociaal, label: Resultaatgebied, number: "1", title: Sociaal en persoonlijk functioneren }
                - { id: jeugdhulp-opvoedondersteuning, label: Resultaatgebied, number: "3", title: Opvoedondersteuning }
            - id: wmo
              title: Wmo-maatwerkondersteuning
              areas:
                - { id: wmo-sociaal, number: "1", title: Sociaal en persoonlijk functioneren }
                - { id: wmo-schulden, number: "2", title: Toeleiding naar schulddienstverlening }
      `,
      expect: [{ at: '11:80', message: 'numbering skips "2": "3" follows "1"', hint: 'Renumber the list' }],
    },
    {
      name: 'a duplicate, with the first use as related place',
      yaml: results(list('1', '2', '2', '3')),
      expect: [{ at: '12:21', message: 'number "2" is used twice in this list', related: ['11:21'] }],
    },
    { name: 'numbering that goes back', yaml: results(list('1', '3', '2')), expect: [{ at: '12:21', message: 'numbering goes back: "2" comes after "3"', hint: 'Give every item its own number' }] },
    {
      name: 'a gap in nested letters',
      yaml: results(['- number: "4"', '  text: "Samenwerkingsafspraken m.b.t.:"', '  items:', `    ${item('a')}`, `    ${item('c')}`].join('\n')),
      expect: [{ at: '14:25', message: 'numbering skips "b": "c" follows "a"' }],
    },
    { name: 'a gap in the last part of dotted numbers', yaml: results(list('4.5.1.1', '4.5.1.3')), expect: [{ at: '11:21', message: 'numbering skips "4.5.1.2": "4.5.1.3" follows "4.5.1.1"' }] },
    { name: 'several numbers missing', yaml: results(list('1', '5')), expect: [{ at: '11:21', message: 'numbering skips "2"–"4": "5" follows "1"' }] },
    { name: 'roman capitals with two missing', yaml: results(list('I', 'IV')), expect: [{ at: '11:21', message: 'numbering skips "II", "III": "IV" follows "I"' }] },
    { name: 'roman numerals with a gap', yaml: results(list('i', 'ii', 'v')), expect: [{ at: '12:21', message: 'numbering skips "iii", "iv": "v" follows "ii"' }] },
    {
      name: 'phases of a project',
      yaml: yaml`
        schemaVersion: 3
        kind: ProjectPlan
        id: plan
        title: Projecten
        projects:
          - id: mda
            title: MDA++
            phasing:
              phases:
                - { id: voorbereiding, number: "1", name: Voorbereiding }
                - { id: evaluatie, number: "3", name: Evaluatie }
      `,
      expect: [{ at: '11:36', message: 'numbering skips "2"' }],
    },
    { name: 'in Dutch', lang: 'nl', yaml: results(list('1', '3')), expect: [{ at: '11:21', message: 'nummering slaat "2" over: "3" volgt op "1"', hint: 'Nummer de lijst opnieuw' }] },
    {
      name: 'numbers written as integers in data that breaks the schema',
      schemaInvalid: true,
      yaml: results(['- { number: 1, text: Een }', '- { number: 3, text: Drie }', '- null', '- { number: [2] }', '- 7'].join('\n')),
      expect: [{ at: '11:21', message: 'numbering skips "2": "3" follows "1"' }],
    },
  ],
});

describe('numbering nested to any depth', () => {
  const plan = (items: string) =>
    `schemaVersion: 3\nkind: ProjectPlan\nid: p\ntitle: P\nprojects:\n  - id: a\n    title: A\n    results:\n      items:\n${items}`;
  const codes = (text: string) => validateTexts([{ file: 'p.yaml', text }]).map((d) => `${d.code} ${word(d.message, 'en')}`);

  it('accepts 4, 4.5, 4.5.1, 4.5.1.1 at every level', () => {
    const text = plan(
      '        - { number: "4", text: Vier, items: [{ number: "4.5", text: Vijf, items: [{ number: "4.5.1", text: Een, items: [{ number: "4.5.1.1", text: Diep }, { number: "4.5.1.2", text: Dieper }] }] }] }\n',
    );
    expect(codes(text)).toEqual([]);
  });

  it('finds a gap four levels down, and a number that does not continue the one it stands in', () => {
    const text = plan(
      '        - { number: "4", text: Vier, items: [{ number: "4.5", text: Vijf, items: [{ number: "4.5.1", text: Een, items: [{ number: "4.5.1.1", text: Diep }, { number: "4.5.1.3", text: Gat }, { number: "4.6.1.4", text: Elders }] }] }] }\n',
    );
    expect(codes(text)).toEqual([
      'numbering/sequence numbering skips "4.5.1.2": "4.5.1.3" follows "4.5.1.1"',
      'numbering/sequence number "4.6.1.4" does not continue the number of the item it stands in ("4.5.1")',
    ]);
  });
});
