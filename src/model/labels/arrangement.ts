import type { LabelSet } from './types.js';

/** Headings that renders print above the fields of an Arrangement (consultation document on a care arrangement). */
export const arrangementLabels: LabelSet = {
  title: { nl: 'Titel', en: 'Title' },
  contractingAuthorities: { nl: 'Opdrachtgevers', en: 'Contracting authorities' },
  contractPeriod: { nl: 'Looptijd', en: 'Contract period' },
  background: { nl: 'Aanleiding', en: 'Background' },
  sharedValues: { nl: 'Gezamenlijke waarden', en: 'Shared values' },
  leadingPrinciples: { nl: 'Leidende principes', en: 'Leading principles' },
  definitions: { nl: 'Definities', en: 'Definitions' },
  requirements: { nl: 'Eisen', en: 'Requirements' },
  goals: { nl: 'Doelen', en: 'Goals' },
  components: { nl: 'Onderdelen', en: 'Components' },
  expectedOutcomes: { nl: 'Beoogde resultaten', en: 'Expected outcomes' },
  resultAreas: { nl: 'Resultaatgebieden', en: 'Result areas' },
  subResults: { nl: 'Subresultaten', en: 'Sub-results' },
  tariffs: { nl: 'Tarieven', en: 'Tariffs' },
  lots: { nl: 'Percelen', en: 'Lots' },
  schedule: { nl: 'Planning', en: 'Schedule' },
  references: { nl: 'Bronnen', en: 'References' },
  footnotes: { nl: 'Voetnoten', en: 'Footnotes' },
};
