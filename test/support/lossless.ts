import { parse } from 'yaml';

/**
 * Keys whose values are machine identifiers, references or defaults, not the writer's words.
 * They are left out of the text stream so that they cannot split a sentence that the
 * document spreads over several fields (role + name + municipality of an ambassador).
 */
const NON_TEXT_KEYS = new Set(['id', 'currency', 'mark', 'partner', 'ref', 'after', 'implements']);
/** Keys of the document's root that say what it is, not what it says. */
const ROOT_KEYS = new Set(['schemaVersion', 'kind', 'language']);

const SUPERSCRIPTS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/g;

/** Normalise a piece of text for comparison: markup, punctuation, case and whitespace go. */
export function normalise(text: string): string {
  return text
    .replace(SUPERSCRIPTS, ' ')
    .replace(/(\d)\.(\d{3})(?!\d)/g, '$1$2') // 45.000 → 45000
    .replace(/,-/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The document's text values in document order, normalised and joined by spaces. */
export function textStream(yamlText: string): string {
  const parts: string[] = [];
  const walk = (value: unknown, root: boolean): void => {
    if (typeof value === 'string' || typeof value === 'number') {
      parts.push(normalise(String(value)));
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, false);
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(withPhaseTerms(value as Record<string, unknown>))) {
        if (!NON_TEXT_KEYS.has(key) && !(root && ROOT_KEYS.has(key))) walk(child, false);
      }
    }
  };
  walk(parse(yamlText), true);
  return ` ${parts.filter(Boolean).join(' ')} `;
}

/**
 * A phasing states its term ("Fase") once; the document prints it before every phase number,
 * so the stream gives it to every phase.
 */
function withPhaseTerms(value: Record<string, unknown>): Record<string, unknown> {
  if (typeof value.term !== 'string' || !Array.isArray(value.phases)) return value;
  const { term, ...rest } = value;
  return { ...rest, phases: value.phases.map((phase: unknown) => (phase && typeof phase === 'object' ? { term, ...phase } : phase)) };
}

/** Content lines of a seed that the YAML does not contain; structural labels are allowed to be absent. */
export function missingLines(seedText: string, yamlText: string, labels: ReadonlySet<string>): string[] {
  const stream = textStream(yamlText);
  const missing: string[] = [];
  for (const line of seedText.split(/\r?\n/)) {
    const wanted = normalise(line);
    if (!wanted || labels.has(wanted)) continue;
    if (!stream.includes(` ${wanted} `)) missing.push(line.trim());
  }
  return missing;
}
