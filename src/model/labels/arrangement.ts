import type { LabelSet } from './types.js';

export const arrangementLabels: LabelSet = {
  title: { nl: 'Titel', en: 'Title' },
};
