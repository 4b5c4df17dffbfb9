import type { LabelSet } from './types.js';

export const executionAgendaLabels: LabelSet = {
  title: { nl: 'Titel', en: 'Title' },
};
