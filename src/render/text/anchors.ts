/** An HTML id from a prefix and a document id: only lowercase letters, digits and hyphens. */
export function anchorId(prefix: string, id: unknown): string {
  const slug = String(id ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug ? `${prefix}-${slug}` : prefix;
}

/**
 * The anchor GitHub (and most Markdown viewers) give a heading: lowercase, punctuation removed,
 * spaces as hyphens. The heading text may carry Markdown escapes and emphasis; they go.
 */
export function markdownSlug(heading: string): string {
  return heading
    .replace(/\\([\s\S])/g, '$1')
    .replace(/\*/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
    .trim()
    .replace(/ /g, '-');
}
