import { word } from '../../src/i18n/catalogue.js';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateTexts } from '../../src/validate/engine.js';

/**
 * The bundled agendas are real documents with real slips. The semantic rules must find exactly
 * these, as warnings, so that `agendum validate` on agendas/ still passes; a rule that starts
 * to see more (or less) in them shows up here first.
 */
const folder = new URL('../../agendas/', import.meta.url);
const inputs = readdirSync(folder)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({ file: f, text: readFileSync(new URL(f, folder), 'utf8') }));

const EXECUTION = 'uitvoeringsagenda-samen-tegen-huiselijk-geweld-2020-2023.agenda.yaml';
const ARRANGEMENT = 'consultatiedocument-hg-arrangement-rotterdam.agenda.yaml';

describe('the seeds', () => {
  const diagnostics = validateTexts(inputs);

  it('have no errors', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('give exactly their known inconsistencies, as warnings', () => {
    expect(diagnostics.map((d) => `${d.severity} ${d.file}:${d.range.start.line}:${d.range.start.column} ${d.code} ${word(d.message, 'en')}`)).toEqual([
      // Jeugdhulp lists result areas 1 and 3 only.
      `warning ${ARRANGEMENT}:270:19 numbering/sequence numbering skips "2": "3" follows "1"`,
      `warning ${EXECUTION}:409:58 names/variant the same organisation is written "Wijkteam incl.CJG" here and "Wijkteam incl. CJG" elsewhere`,
      `warning ${EXECUTION}:528:38 names/variant the same person is written "H. Zeijts" here and "H. van Zeijts" elsewhere`,
      `warning ${EXECUTION}:614:38 names/variant the same person is written "A de Jonge" here and "A. de Jonge" elsewhere`,
      `warning ${EXECUTION}:788:77 names/variant abbreviation "SCG" has the letters of "CSG" in another order; elsewhere the document writes "CSG"`,
      `warning ${EXECUTION}:793:72 names/variant the same organisation is written "Raad voor de kindbescherming" here and "Raad voor de Kinderbescherming" elsewhere`,
      `warning ${EXECUTION}:851:39 names/variant abbreviation "SCG" has the letters of "CSG" in another order; elsewhere the document writes "CSG"`,
      `warning ${EXECUTION}:871:73 names/variant abbreviation "SCG" has the letters of "CSG" in another order; elsewhere the document writes "CSG"`,
    ]);
  });

  it('point each finding at the other place too', () => {
    const related = diagnostics.filter((d) => d.code === 'names/variant').map((d) => (d.related ?? []).map((r) => `${r.range.start.line}:${r.range.start.column}`));
    expect(related).toEqual([['87:45'], ['246:38'], ['735:38'], ['849:19'], ['985:11'], ['849:19'], ['849:19']]);
  });
});
