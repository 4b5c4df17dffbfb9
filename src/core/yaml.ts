import { Composer, Parser, YAMLParseError, isAlias, isScalar, visit } from 'yaml';
import type { CST, Document, ErrorCode, LineCounter } from 'yaml';

/**
 * How deeply collections may nest. The documents agendum reads nest about ten levels; the YAML
 * composer (and every walk over the data after it) recurses once per level, so a file that
 * nests thousands deep would exhaust the stack, at a depth that depends on the machine.
 */
export const MAX_NESTING = 100;

/**
 * The options every document is read with: YAML 1.2, the core schema, no custom tags. Keys are
 * checked for uniqueness here, not by the composer, which compares each key with every key
 * before it (100,000 keys took minutes).
 */
const COMPOSE_OPTIONS = { version: '1.2', schema: 'core', uniqueKeys: false, prettyErrors: false, strict: true } as const;

/**
 * Parses one YAML document the way every command reads documents. The parser proper works
 * without recursion; its tokens are measured before the document is composed, and a file that
 * nests deeper than MAX_NESTING gets an error (`TOO_DEEP`) and empty contents instead.
 */
export function parseYaml(text: string, lineCounter?: LineCounter): Document.Parsed {
  const tokens = [...new Parser(lineCounter?.addNewLine).parse(text)];
  const composer = new Composer(COMPOSE_OPTIONS);
  const tooDeep = deepestOffset(tokens);
  if (tooDeep !== undefined) {
    const [empty] = [...composer.compose([], true, text.length)];
    empty!.errors.push(
      new YAMLParseError([tooDeep, tooDeep + 1], 'TOO_DEEP' as ErrorCode, `Collections nest more than ${MAX_NESTING} levels deep`),
    );
    return empty!;
  }
  let document: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (!document) {
      document = next;
    } else {
      document.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  const parsed = document!;
  const duplicates = duplicateKeys(parsed, text);
  if (duplicates.length > 0) {
    parsed.errors.push(...duplicates);
    parsed.errors.sort((a, b) => a.pos[0] - b.pos[0]);
  }
  return parsed;
}

/**
 * A key as the data has it: a scalar's value as text (null as ""), a collection or alias as
 * written. Two keys are the same when their data keys are, so `1` and `"1"` collide, as they do
 * in the data.
 */
export function keyString(key: unknown, text: string): string {
  if (key === null || key === undefined) return '';
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  if (isAlias(key)) return `*${key.source}`;
  const range = (key as { range?: [number, number, number] }).range;
  return range ? text.slice(range[0], range[1]).trim() : '';
}

/** Keys that appear twice in one mapping, found with one set per mapping. */
function duplicateKeys(document: Document.Parsed, text: string): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  visit(document, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const name = keyString(pair.key, text);
        if (!seen.has(name)) {
          seen.add(name);
          continue;
        }
        const range = (pair.key as { range?: [number, number, number] } | null)?.range ?? map.range;
        const [start, end] = range ?? [0, 1];
        errors.push(new YAMLParseError([start, end], 'DUPLICATE_KEY', 'Map keys must be unique'));
      }
    },
  });
  return errors;
}

/** The offset of the first collection that lies deeper than MAX_NESTING, found without recursion. */
function deepestOffset(tokens: readonly CST.Token[]): number | undefined {
  const stack: Array<[CST.Token, number]> = tokens.map((token) => [token, 0]);
  let first: number | undefined;
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    switch (token.type) {
      case 'document':
        if (token.value) stack.push([token.value, depth]);
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection':
        if (depth + 1 > MAX_NESTING) {
          first = Math.min(first ?? token.offset, token.offset);
          break;
        }
        for (const item of token.items) {
          if ('key' in item && item.key) stack.push([item.key, depth + 1]);
          if (item.value) stack.push([item.value, depth + 1]);
        }
        break;
      default:
        break;
    }
  }
  return first;
}
