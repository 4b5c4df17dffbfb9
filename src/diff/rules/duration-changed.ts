import type { DiffRule } from '../types.js';
import { show } from './shared.js';

/** A phase or outcome that takes longer or shorter: worth seeing, and by how much. */
export const durationChanged: DiffRule = {
  meta: {
    id: 'diff/duration-changed',
    description: 'A duration (of a phase, an outcome) became longer, shorter or otherwise different, compared in days.',
    level: 'info',
    messages: {
      longer: { en: 'duration longer: {before} → {after}', nl: 'duur langer: {before} → {after}' },
      shorter: { en: 'duration shorter: {before} → {after}', nl: 'duur korter: {before} → {after}' },
      same: { en: 'duration reworded, same length: {before} → {after}', nl: 'duur anders verwoord, even lang: {before} → {after}' },
      changed: { en: 'duration changed: {before} → {after}', nl: 'duur gewijzigd: {before} → {after}' },
    },
  },
  classify(change) {
    const detail = change.detail;
    if (change.type !== 'changed' || detail?.kind !== 'duration') return undefined;
    return { messageId: detail.change, data: { before: show(change.before), after: show(change.after) } };
  },
};
