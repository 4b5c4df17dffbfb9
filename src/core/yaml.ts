import { Composer, Parser, YAMLParseError, isAlias, isMap, isNode, isScalar, isSeq, visit } from 'yaml';
import type { Alias, CST, Document, ErrorCode, LineCounter, Node } from 'yaml';
import { MAX_DATA_NODES, TOO_MANY_NODES, crowdedOffset } from './limits.js';

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
  // Lines are counted in the text, not by the parser's lexer, which misses the line break in a
  // plain scalar after a flow collection (`a: [1] b⏎  c`) and puts every later finding a line off.
  if (lineCounter) {
    lineCounter.addNewLine(0);
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineCounter.addNewLine(at + 1);
  }
  const crowded = crowdedOffset(text);
  if (crowded !== undefined) {
    // Refused before the parser builds anything: counting needs no tree (see limits.ts).
    const [empty] = [...new Composer(COMPOSE_OPTIONS).compose([], true, text.length)];
    const error = new YAMLParseError([crowded, crowded + 1], 'TOO_MANY_NODES' as ErrorCode, 'Too many nodes');
    empty!.errors.push(Object.assign(error, { ownMessage: TOO_MANY_NODES }));
    return empty!;
  }
  const tokens = [...new Parser().parse(text)];
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
  const aliases = resolveAliases(parsed);
  facts.set(parsed, { text, targets: aliases.targets, nodes: aliases.nodes });
  const problems = [...duplicateKeys(parsed, text), ...aliases.errors];
  if (problems.length > 0) {
    parsed.errors.push(...problems);
    parsed.errors.sort((a, b) => a.pos[0] - b.pos[0]);
  }
  return parsed;
}

/** What parseYaml learnt about a document: its text, where each alias points, how many nodes it has. */
interface Facts {
  readonly text: string;
  readonly targets: ReadonlyMap<Alias, Node>;
  readonly nodes: number;
}

const facts = new WeakMap<Document.Parsed, Facts>();

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

/** The node an alias stands for: the last anchor of its name before it. */
export function resolveAlias(document: Document.Parsed, alias: Alias): Node | undefined {
  const known = facts.get(document);
  return known ? known.targets.get(alias) : (alias.resolve(document) as Node | undefined);
}

/**
 * Resolves every alias in one walk in document order (yaml resolves each alias by searching
 * the document from its start, which is quadratic in the number of aliases). An alias with no
 * anchor of its name before it is an error.
 */
function resolveAliases(document: Document.Parsed): { targets: Map<Alias, Node>; nodes: number; errors: YAMLParseError[] } {
  const anchors = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  const errors: YAMLParseError[] = [];
  let nodes = 0;
  const walk = (node: unknown): void => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target) targets.set(node, target);
      else errors.push(new YAMLParseError(span(node), 'UNKNOWN_ALIAS' as ErrorCode, `No anchor &${node.source} before this alias`));
      return;
    }
    if (!isNode(node)) return;
    nodes++;
    if (node.anchor) anchors.set(node.anchor, node);
    if (isMap(node)) {
      for (const pair of node.items) {
        walk(pair.key);
        walk(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item);
    }
  };
  walk(document.contents);
  return { targets, nodes, errors };
}

function span(node: unknown): [number, number] {
  const range = (node as { range?: readonly number[] } | null)?.range;
  return range ? [range[0]!, range[1]!] : [0, 1];
}

/** Why the data of a document was not built, and the alias to blame. */
export interface DataRefusal {
  readonly code: 'ALIAS_LIMIT' | 'ALIAS_CYCLE' | 'TOO_DEEP';
  readonly pos: [number, number];
  readonly alias: string;
}

export type DataResult = { readonly ok: true; readonly data: unknown } | ({ readonly ok: false } & DataRefusal);

/** How many nodes the data may hold, counting each alias as a copy of its anchor (see limits.ts). */
export function expansionBudget(nodes: number): number {
  return Math.min(10 * nodes + 10_000, MAX_DATA_NODES);
}

class Refused {
  constructor(readonly refusal: DataRefusal) {}
}

interface Converted {
  readonly value: unknown;
  /** Levels of collections, aliases expanded. */
  readonly height: number;
  /** Nodes, aliases expanded. */
  readonly size: number;
}

/**
 * The plain data of a document from parseYaml that has no errors: mappings as objects whose
 * keys are own properties (`__proto__` too, never a prototype), lists as arrays, scalars as their
 * values; an alias gives the same value as its anchor. Refused, with the alias to blame: aliases
 * that expand the data beyond `expansionBudget` (a "billion laughs"), an alias inside its own
 * anchor (the data would contain itself), and aliases that make the data nest deeper than
 * MAX_NESTING. Linear in the size of the document.
 */
export function documentData(document: Document.Parsed): DataResult {
  const known = facts.get(document);
  if (!known) throw new Error('documentData needs a document read by parseYaml');
  const { text, targets } = known;
  const budget = expansionBudget(known.nodes);
  const finished = new Map<Node, Converted>();
  const open = new Set<Node>();
  let expanded = 0;
  const refuse = (code: DataRefusal['code'], alias: Alias): never => {
    throw new Refused({ code, pos: span(alias), alias: alias.source });
  };
  const convert = (node: unknown, depth: number): Converted => {
    if (isAlias(node)) {
      const target = targets.get(node)!;
      if (open.has(target)) refuse('ALIAS_CYCLE', node);
      // An anchor that stands in a key (`? &a …`) was not converted with the values: convert it now.
      const anchor = finished.get(target) ?? convert(target, depth);
      expanded += anchor.size;
      if (expanded > budget) refuse('ALIAS_LIMIT', node);
      if (depth + anchor.height > MAX_NESTING) refuse('TOO_DEEP', node);
      return anchor;
    }
    expanded++;
    const anchored = isNode(node) && node.anchor ? node : undefined;
    if (anchored) open.add(anchored);
    let result: Converted;
    if (isMap(node)) {
      const value: Record<string, unknown> = {};
      let height = 0;
      let size = 1;
      for (const pair of node.items) {
        const child = convert(pair.value, depth + 1);
        defineKey(value, keyString(pair.key, text), child.value);
        height = Math.max(height, child.height);
        size += child.size;
      }
      result = { value, height: height + 1, size };
    } else if (isSeq(node)) {
      const value: unknown[] = [];
      let height = 0;
      let size = 1;
      for (const item of node.items) {
        const child = convert(item, depth + 1);
        value.push(child.value);
        height = Math.max(height, child.height);
        size += child.size;
      }
      result = { value, height: height + 1, size };
    } else {
      result = { value: isScalar(node) ? node.value : null, height: 0, size: 1 };
    }
    if (anchored) {
      open.delete(anchored);
      finished.set(anchored, result);
    }
    return result;
  };
  try {
    return { ok: true, data: convert(document.contents, 0).value };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, ...error.refusal };
    throw error;
  }
}

/** `__proto__` too becomes an own property, never the object's prototype. */
function defineKey(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  else object[key] = value;
}
