import type { LabelSet } from './types.js';

/** Headings that renders print above the fields of a development agenda (ontwikkelagenda). */
export const developmentAgendaLabels: LabelSet = {
  title: { nl: 'Titel', en: 'Title' },
  frameworkAgreement: { nl: 'Raamovereenkomst', en: 'Framework agreement' },
  careFunction: { nl: 'Zorgfunctie', en: 'Care function' },
  targetGroups: { nl: 'Doelgroepen', en: 'Target groups' },
  parties: { nl: 'Partijen', en: 'Parties' },
  organisations: { nl: 'Betrokken organisaties', en: 'Organisations involved' },
  general: { nl: 'Algemeen', en: 'General' },
  character: { nl: 'Karakter van de ontwikkelagenda', en: 'Character of the development agenda' },
  monitoring: { nl: 'Monitoring', en: 'Monitoring' },
  amendmentPolicy: { nl: 'Aanpassing', en: 'Amendment' },
  requiresConsentOf: { nl: 'Instemming nodig van', en: 'Requires the consent of' },
  compensation: { nl: 'Vergoeding', en: 'Compensation' },
  contentsIntroduction: { nl: 'Inhoud van de ontwikkelagenda', en: 'Contents of the development agenda' },
  generalAgreements: { nl: 'Afspraken die gelden voor alle aanbieders', en: 'Agreements that apply to all providers' },
  providerAgreements: { nl: 'Afspraken per aanbieder', en: 'Agreements per provider' },
  period: { nl: 'Periode', en: 'Period' },
  milestones: { nl: 'Mijlpalen', en: 'Milestones' },
  amendments: { nl: 'Wijzigingen', en: 'Amendments' },
  approvedBy: { nl: 'Ingestemd door', en: 'Approved by' },
  footnotes: { nl: 'Voetnoten', en: 'Footnotes' },
  references: { nl: 'Bronnen', en: 'References' },
};
