import { htmlToText } from '../render/support/html-text.js';

/*
 * The sentences of a document, and whether an output holds each of them: the examples' test of
 * Markdown and HTML (test/examples.test.ts) and of their PDFs (test/render/publishable.test.ts).
 */

/** Keys whose text is an id, a code or a reference, not a sentence of the document. */
const CODES = new Set(['id', 'kind', 'schemaVersion', 'language', '$schema', 'ref', 'partner', 'party', 'after', 'implements', 'affects', 'approvedBy', 'requiresConsentOf', 'currency', 'type', 'setting', 'durationPlacement', 'partsSchedule', 'status', 'term', 'change']);
/** Keys that hold ids when their value is text or a list of texts (elsewhere the same keys hold items). */
const ID_LISTS = new Set(['parties', 'organisations', 'partners']);
const DATE = /^\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4})\s*$/;

/** Every sentence of a document's text: its strings, split at full stops, without ids, codes and dates. */
export function sentences(value: unknown, key = ''): string[] {
  if (key.startsWith('x-') || CODES.has(key)) return [];
  if (typeof value === 'string') {
    if (ID_LISTS.has(key) || DATE.test(value)) return [];
    return value
      .split(/(?<=[.!?])\s+/)
      .map((s) => s.trim())
      .filter((s) => /\p{L}{2,}/u.test(s));
  }
  if (Array.isArray(value)) {
    if (ID_LISTS.has(key) && value.every((item) => typeof item === 'string')) return [];
    return value.flatMap((item) => sentences(item, key));
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([child, item]) => sentences(item, child));
  return [];
}

/** Text compared without layout: emphasis, Markdown escapes, line breaks, hyphenation at line ends and case. */
export function flat(text: string): string {
  return text
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
    .replace(/[*_]/g, '')
    .replace(/\u00ad/g, '')
    // A word broken at a line end in print carries a hyphen the text does not have (and a hyphen may fall there).
    .replace(/[-‐‑]/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/**
 * A PDF's text without what every page repeats, which would interrupt a sentence across a page
 * break: the running head (the title, or the chapter the page is in: an entry of the contents)
 * and the page footer ("pagina 3 van 12") beside it, wherever the reader puts them.
 */
export function withoutRunningHeads(text: string, heads: readonly string[]): string {
  const known = new Set(heads.map(flat));
  const lines = text.split(/\n|\f/);
  // The footer: "pagina 3 van 12" ("page 3 of 12" in English).
  const isNumber = (i: number) => /^\s*(?:(?:pagina|page)\s+)?\d+(?:\s+(?:van|of)\s+\d+)?\s*$/.test(lines[i] ?? '');
  const isHead = (i: number) => known.has(flat(lines[i] ?? ''));
  return lines.filter((_, i) => !((isHead(i) && (isNumber(i - 1) || isNumber(i + 1))) || (isNumber(i) && (isHead(i - 1) || isHead(i + 1))))).join('\n');
}

/** The texts of the entries of a rendered document's contents. */
export function contentsEntries(html: string): string[] {
  const nav = /<nav class="toc"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
  return [...nav.matchAll(/<a href="#[^"]*">([\s\S]*?)<\/a>/g)].map((m) => htmlToText(m[1]!));
}

export function missing(document: unknown, output: string): string[] {
  const haystack = flat(output);
  return sentences(document).filter((sentence) => !haystack.includes(flat(sentence)));
}

