import { Composer, Parser, YAMLParseError } from 'yaml';
import type { CST, Document, ErrorCode, LineCounter } from 'yaml';

/**
 * How deeply collections may nest. The documents agendum reads nest about ten levels; the YAML
 * composer (and every walk over the data after it) recurses once per level, so a file that
 * nests thousands deep would exhaust the stack, at a depth that depends on the machine.
 */
export const MAX_NESTING = 100;

/** The options every document is read with: YAML 1.2, the core schema, no custom tags. */
const COMPOSE_OPTIONS = { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false, strict: true } as const;

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
  return document!;
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
