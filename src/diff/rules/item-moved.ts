import type { Message } from '../../core/i18n.js';
import type { Classification, DiffRule } from '../types.js';

/** An item that changed place keeps its id; the move itself changes no commitment. */
export const itemMoved: DiffRule = {
  meta: {
    id: 'diff/item-moved',
    description: 'An item moved to another place in the document (another theme, another list).',
    level: 'info',
    messages: {
      moved: { en: '{name} moved from {from} to {to}', nl: '{name} verplaatst van {from} naar {to}' },
      top: { en: '{name} moved to {to}', nl: '{name} verplaatst naar {to}' },
    },
  },
  classify(change, context): Classification | undefined {
    if (change.type !== 'moved') return undefined;
    const item = context.item;
    const name = item ? context.nameOf(item) : change.id ?? '';
    const place = (chain: typeof context.ancestors) => chain.slice(0, -1).map((a) => context.nameOf(a));
    const joined = (names: Message[]) => ({ en: names.map((n) => n.en).join(' › '), nl: names.map((n) => n.nl).join(' › ') });
    const from = place(context.oldAncestors);
    const to = place(context.ancestors);
    if (from.length === 0) return { messageId: 'top', data: { name, to: joined(to) } };
    return { messageId: 'moved', data: { name, from: joined(from), to: joined(to) } };
  },
};
