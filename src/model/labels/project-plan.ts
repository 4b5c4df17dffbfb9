import type { LabelSet } from './types.js';

export const projectPlanLabels: LabelSet = {
  title: { nl: 'Titel', en: 'Title' },
};
