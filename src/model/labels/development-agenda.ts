import type { LabelSet } from './types.js';

export const developmentAgendaLabels: LabelSet = {
  title: { nl: 'Titel', en: 'Title' },
};
