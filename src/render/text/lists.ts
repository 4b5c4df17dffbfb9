import type { RenderLang } from '../labels.js';

const AND: Readonly<Record<RenderLang, string>> = { nl: 'en', en: 'and' };

/** "A", "A en B", "A, B en C" (English: "A, B and C"); empty items are left out. */
export function formatList(items: readonly unknown[], lang: RenderLang): string {
  const words = items.map((item) => (item === undefined || item === null ? '' : String(item))).filter((word) => word !== '');
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${AND[lang]} ${words[words.length - 1]}`;
}
