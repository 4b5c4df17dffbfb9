import type { Lang } from '../core/i18n.js';

/**
 * Keywords agendum's schemas carry for editors only. ajv in strict mode rejects keywords it does
 * not know, so every ajv instance that compiles the schemas is told these are annotations.
 */
export const ANNOTATION_KEYWORDS: readonly string[] = ['markdownDescription'];

/** What separates the Dutch text of a `markdownDescription` from the English one that follows it. */
export const ENGLISH_MARK = '\n\n*English:* ';

/**
 * The `markdownDescription` of a schema node whose `description` is `en`: the Dutch text first,
 * the English after it. Editors (VS Code's YAML extension among them) show it on hover in
 * preference to `description`, so a Dutch writer reads Dutch and still sees the English.
 */
export function bilingualDescription(nl: string, en: string): string {
  return `${nl}${ENGLISH_MARK}${en}`;
}

/**
 * The Dutch part of a schema node's `markdownDescription`, when it has one in agendum's form
 * (Dutch, then the English after {@link ENGLISH_MARK}). A repository's own schema may carry a
 * `markdownDescription` in another form (or language); that is not taken for Dutch.
 */
export function dutchDescription(node: unknown): string | undefined {
  const markdown = (node as { markdownDescription?: unknown } | null | undefined)?.markdownDescription;
  if (typeof markdown !== 'string') return undefined;
  const at = markdown.indexOf(ENGLISH_MARK);
  const dutch = at > 0 ? markdown.slice(0, at).trim() : '';
  return dutch || undefined;
}

/** A schema node's description in the language of the messages: the Dutch one where there is one, else the English. */
export function descriptionIn(node: unknown, lang: Lang): string | undefined {
  const english = (node as { description?: unknown } | null | undefined)?.description;
  const fallback = typeof english === 'string' ? english : undefined;
  return lang === 'nl' ? (dutchDescription(node) ?? fallback) : fallback;
}
