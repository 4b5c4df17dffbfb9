import type { DiffRule } from '../types.js';

/** Wording: the same item says it in other words. */
export const textChanged: DiffRule = {
  meta: {
    id: 'diff/text-changed',
    description: 'The wording of a text changed (a word-level diff comes with the change).',
    level: 'info',
    messages: {
      changed: { en: 'wording changed: {deleted} word(s) removed, {inserted} added', nl: 'tekst gewijzigd: {deleted} woord(en) weg, {inserted} erbij' },
    },
  },
  classify(change) {
    const detail = change.detail;
    if (change.type !== 'changed' || detail?.kind !== 'text') return undefined;
    const count = (op: 'insert' | 'delete') =>
      detail.segments.filter((s) => s.op === op).reduce((n, s) => n + (s.text.match(/\S+/g)?.length ?? 0), 0);
    return { messageId: 'changed', data: { deleted: count('delete'), inserted: count('insert') } };
  },
};
