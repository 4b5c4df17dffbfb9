/**
 * The URL when it may become a link: http, https or mailto, with no spaces, quotes or angle
 * brackets. Anything else (javascript:, data:, relative paths) is not linked.
 */
export function safeUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const url = raw.trim();
  if (!/^(?:https?:\/\/[^\s"'<>`\\]+|mailto:[^\s"'<>`\\]+)$/i.test(url)) return undefined;
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}
