const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '=': '&#x3D;',
};

/** Escapes text for HTML element content and quoted attribute values (the same set Handlebars escapes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * Escapes a piece of the writer's text for Markdown so that it cannot change the structure
 * around it, while the writer's emphasis (`*cursief*`, `**vet**`) stays:
 *
 * - line breaks become spaces (a value is one paragraph, list item or table cell);
 * - `\`, `` ` ``, `[`, `]`, `<` and `|` are escaped everywhere (no code spans, links, HTML or
 *   broken tables), `&` where it would start an entity;
 * - at the start: `#`, `>`, `-`, `+`, `=`, `~`, `* `, `1.`/`1)` and thematic breaks, which would
 *   make a heading, quote, list item or rule.
 *
 * Every escape is a backslash before the character, so `unescapeMarkdown` undoes it exactly.
 */
export function escapeMarkdown(text: string): string {
  let result = text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/\t/g, ' ')
    .trim()
    .replace(/[\\`[\]<|]/g, '\\$&')
    .replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&');
  if (/^(?:\*\s*){3,}$|^(?:_\s*){3,}$/.test(result)) return result.replace(/[*_]/g, '\\$&');
  result = result
    .replace(/^[#>+=~-]/, '\\$&')
    .replace(/^\*(?=\s)/, '\\*')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/(\s)(#+)$/, '$1\\$2');
  return result;
}

/** Undoes `escapeMarkdown`'s backslash escapes (used where the raw value is needed, e.g. a URL). */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\s\S])/g, '$1');
}

/**
 * A CSS string literal for text from a document (a running header). `<` and `>` are written as
 * CSS escapes so that the text can never close the surrounding <style> element.
 */
export function cssString(text: string): string {
  const body = text
    .replace(/[\\"]/g, '\\$&')
    .replace(/[\r\n\f]+/g, ' ')
    .replace(/</g, '\\3c ')
    .replace(/>/g, '\\3e ');
  return `"${body}"`;
}
