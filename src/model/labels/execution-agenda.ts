import type { LabelSet } from './types.js';

/** Headings the renders print above the fields of an execution agenda (uitvoeringsagenda). */
export const executionAgendaLabels: LabelSet = {
  title: { nl: 'Titel', en: 'Title' },
  principles: { nl: 'Onze uitgangspunten', en: 'Our principles' },
  approach: { nl: 'Zo doen we dat', en: 'How we do it' },
  ambassadors: { nl: 'Ambassadeur', en: 'Ambassador' },
  corePartners: { nl: 'Kernpartners', en: 'Core partners' },
  actions: { nl: 'Actie', en: 'Action' },
  regionalActions: { nl: 'Regionale actie', en: 'Regional action' },
  period: { nl: 'Jaar', en: 'Year' },
  localActions: { nl: 'Lokale actie', en: 'Local action' },
  funding: { nl: 'Financiering', en: 'Funding' },
  notes: { nl: 'Toelichting', en: 'Explanation' },
  client: { nl: 'Opdrachtgever', en: 'Client' },
  colophon: { nl: 'Colofon', en: 'Colophon' },
};
