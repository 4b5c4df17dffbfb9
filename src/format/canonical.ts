import { Scalar, isMap, isScalar, isSeq } from 'yaml';
import { parseYaml } from '../core/yaml.js';
import type { KindRegistry } from '../model/registry.js';
import { BUILTIN_REGISTRY } from '../model/registry.js';
import { orderBySchema } from './key-order.js';

/** The keys that say what a document is; they come first, in this order, also in a document of no known kind. */
const HEADER = ['$schema', 'schemaVersion', 'kind', 'id', 'title'];

/**
 * The canonical text of a YAML document: keys in the order the kind's schema lists them (the
 * identifying keys schemaVersion, kind, id and title first), except where the writer's order is
 * part of what the document says (a funding statement, a target sentence, a labelled period, the
 * parts of a project: see key-order.ts); two-space indentation, quotes only where YAML needs
 * them, lines folded at 100 columns; comments, block scalars and flow collections kept.
 * Undefined when the text is not valid YAML: what cannot be read is never rewritten.
 */
export function canonicalText(text: string, kinds: KindRegistry = BUILTIN_REGISTRY): string | undefined {
  const document = parseYaml(text);
  if (document.errors.length > 0) return undefined;
  const root = document.contents;
  if (isMap(root)) {
    const first = root.items[0];
    const kind = root.items.find((pair) => isScalar(pair.key) && pair.key.value === 'kind')?.value;
    const definition = isScalar(kind) ? kinds.get(String(kind.value)) : undefined;
    if (definition) {
      orderBySchema(root, definition);
    } else {
      const rank = (key: unknown) => {
        const index = HEADER.indexOf(isScalar(key) ? String(key.value) : '');
        return index < 0 ? HEADER.length : index;
      };
      const original = new Map(root.items.map((pair, index) => [pair, index]));
      root.items.sort((a, b) => rank(a.key) - rank(b.key) || original.get(a)! - original.get(b)!);
    }
    // A comment above the first key heads the file; it stays at the top when that key moves.
    const firstKey = first?.key as { commentBefore?: string | null } | undefined;
    const newFirstKey = root.items[0]?.key as { commentBefore?: string | null } | undefined;
    if (first && newFirstKey && newFirstKey !== firstKey && firstKey?.commentBefore) {
      newFirstKey.commentBefore = [firstKey.commentBefore, newFirstKey.commentBefore].filter(Boolean).join('\n');
      firstKey.commentBefore = null;
    }
  }
  unquote(root);
  return document.toString({ indent: 2, indentSeq: true, lineWidth: 100, minContentWidth: 40, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
}

/** Quoted scalars lose quotes they do not need; YAML keeps them where the text would read as something else. */
function unquote(node: unknown): void {
  if (isScalar(node)) {
    if (node.type === Scalar.QUOTE_SINGLE || node.type === Scalar.QUOTE_DOUBLE) node.type = undefined;
  } else if (isMap(node)) {
    for (const pair of node.items) {
      unquote(pair.key);
      unquote(pair.value);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) unquote(item);
  }
}
