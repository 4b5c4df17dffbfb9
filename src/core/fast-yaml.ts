import { Schema, Type, load } from 'js-yaml';
import type { LoaderState } from 'js-yaml';
import { fromPointer } from './pointer.js';
import type { Target } from './source.js';
import { MAX_NESTING } from './yaml.js';

/**
 * The fast reader: js-yaml 4 reads a document about ten times as fast as `yaml` does with
 * positions, and its listener sees where every node opens and closes. It is used for documents
 * it reads to exactly the data `yaml` gives (YAML 1.2, core schema, the same numbers, nulls and
 * booleans, duplicate keys an error); for any other document (js-yaml refuses it, or it holds
 * anchors, tags, directives, keys that are not text, nesting deeper than MAX_NESTING) it returns
 * undefined and the document is read with `yaml`, whose findings are the `yaml/*` findings.
 *
 * Positions are found only for the nodes a finding points at: the listener keeps each node's
 * offsets and place in the tree, and the range `yaml` would give a node is worked out from the
 * text when it is asked for (the end of a collection depends on how `yaml` assigns the comments
 * and blank lines after it). A layout those rules do not cover gives `undefined`, and the
 * caller asks `yaml` instead.
 */
export interface FastRead {
  readonly data: unknown;
  /** Where each node is. */
  readonly nodes: NodeTable;
}

/** Thrown from the listener to stop js-yaml at the first sign that `yaml` must read the file. */
class UseYaml extends Error {}

const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const NOT_CORE = Symbol('not core');

/** A plain scalar as `yaml`'s core schema reads it (its tests, in its order), or NOT_CORE for a string. */
function coreValue(text: string): unknown {
  const c = text.charCodeAt(0);
  // Only these first characters can start a null, boolean or number: ~ n N t T f F . + - 0-9.
  if (c === 0x7e || c === 0x6e || c === 0x4e) return NULL.test(text) ? null : NOT_CORE;
  if (c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46) return BOOL.test(text) ? text[0] === 't' || text[0] === 'T' : NOT_CORE;
  if (!(c === 0x2e || c === 0x2b || c === 0x2d || (c >= 0x30 && c <= 0x39))) return NOT_CORE;
  if (INT_OCT.test(text)) return parseInt(text.substring(2), 8);
  if (INT.test(text)) return parseInt(text, 10);
  if (INT_HEX.test(text)) return parseInt(text.substring(2), 16);
  if (FLOAT_NAN.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return parseFloat(text);
  return NOT_CORE;
}

let resolved: unknown;

/**
 * One implicit type for every core scalar. An explicit tag (`!!int 1`) reaches `resolve` with
 * the tag as a second argument and is refused, so js-yaml throws and `yaml` reads the file.
 */
const CORE_TAG = 'tag:agendum,core-scalar';
const CORE_SCALAR = new Type(CORE_TAG, {
  kind: 'scalar',
  resolve: (data, tag) => tag === undefined && typeof data === 'string' && (resolved = coreValue(data)) !== NOT_CORE,
  construct: () => resolved,
});

/** No explicit types at all: a tag of any kind makes js-yaml throw. */
const SCHEMA = new Schema({ implicit: [CORE_SCALAR] });

const KIND_EMPTY = 0;
const KIND_SCALAR = 1;
const KIND_MAP = 2;
const KIND_SEQ = 3;
const KINDS = { scalar: KIND_SCALAR, mapping: KIND_MAP, sequence: KIND_SEQ } as const;

/** Longest implicit key `yaml` reads in strict mode (KEY_OVER_1024_CHARS), with room for the colon. */
const MAX_KEY_LENGTH = 1000;

/** What the listener keeps of each node, in the order the nodes open. */
class Recorder {
  count = 0;
  open: Int32Array;
  close: Int32Array;
  firstChild: Int32Array;
  lastChild: Int32Array;
  nextSibling: Int32Array;
  children: Int32Array;
  height: Int32Array;
  kind: Uint8Array;
  results: unknown[] = [];
  stack: number[] = [];
  constructor(
    private readonly input: string,
    capacity: number,
  ) {
    this.open = new Int32Array(capacity);
    this.close = new Int32Array(capacity);
    this.firstChild = new Int32Array(capacity);
    this.lastChild = new Int32Array(capacity);
    this.nextSibling = new Int32Array(capacity);
    this.children = new Int32Array(capacity);
    this.height = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
  }

  private grow(): void {
    const size = this.open.length * 2;
    const bigger = <T extends Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.open = bigger(this.open);
    this.close = bigger(this.close);
    this.firstChild = bigger(this.firstChild);
    this.lastChild = bigger(this.lastChild);
    this.nextSibling = bigger(this.nextSibling);
    this.children = bigger(this.children);
    this.height = bigger(this.height);
    this.kind = bigger(this.kind);
  }

  readonly listen = (event: 'open' | 'close', state: LoaderState): void => {
    if (event === 'open') {
      if (this.count === this.open.length) this.grow();
      const i = this.count++;
      const parent = this.stack.length > 0 ? this.stack[this.stack.length - 1]! : -1;
      this.open[i] = state.position;
      this.firstChild[i] = -1;
      this.lastChild[i] = -1;
      this.nextSibling[i] = -1;
      this.children[i] = 0;
      this.height[i] = 0;
      if (parent >= 0) {
        if (this.lastChild[parent] === -1) this.firstChild[parent] = i;
        else this.nextSibling[this.lastChild[parent]!] = i;
        this.lastChild[parent] = i;
        this.children[parent] = this.children[parent]! + 1;
      }
      this.stack.push(i);
      return;
    }
    const i = this.stack.pop()!;
    // Anchors and tags (`!` too, which js-yaml lets through without a type) are left to `yaml`.
    if (state.anchor !== null || (state.tag !== null && state.tag !== '?' && state.tag !== CORE_TAG)) throw new UseYaml();
    const result = state.result;
    const kind = state.kind === null ? KIND_EMPTY : KINDS[state.kind];
    this.close[i] = state.position;
    this.kind[i] = kind;
    this.results[i] = result;
    const children = this.children[i]!;
    // Until a node closes, its height holds the greatest height of its children.
    let height = this.height[i]!;
    // A node that holds one node with the same result is js-yaml trying a mapping key first.
    const wrapper = children === 1 && (kind === KIND_SCALAR || this.results[this.firstChild[i]!] === result);
    if (kind !== KIND_EMPTY && this.badLines(i, kind)) throw new UseYaml();
    if (kind === KIND_MAP && !wrapper) {
      const keys = Object.keys(result as object).length;
      // Children that do not match the data are a layout js-yaml reads more leniently than `yaml`
      // (an empty list item, a pair inside a flow list): `yaml` decides.
      if (children !== 2 * keys) throw new UseYaml();
      for (let k = this.firstChild[i]!; k !== -1; k = this.nextSibling[this.nextSibling[k]!] ?? -1) {
        const key = this.results[k];
        // `yaml` names a null key "" and a collection key by its text; js-yaml says "null" and "a,b".
        if (key === null || typeof key === 'object') throw new UseYaml();
        if (this.close[k]! - this.open[k]! > MAX_KEY_LENGTH) throw new UseYaml();
        if (this.nextSibling[k] === -1) break;
      }
      height += 1;
    } else if (kind === KIND_SEQ && !wrapper) {
      if (children !== (result as unknown[]).length) throw new UseYaml();
      height += 1;
    } else if (!wrapper && children > 0) {
      throw new UseYaml();
    }
    if (height > MAX_NESTING) throw new UseYaml();
    this.height[i] = height;
    const parent = this.stack.length > 0 ? this.stack[this.stack.length - 1]! : -1;
    if (parent >= 0 && height > this.height[parent]!) this.height[parent] = height;
  };

  /**
   * A flow collection or a quoted scalar over more than one line whose lines `yaml` refuses:
   * they must be indented deeper than the block collection around it (js-yaml does not ask),
   * and no line may start a document (`---`, `...`).
   */
  private badLines(node: number, kind: number): boolean {
    const input = this.input;
    const close = this.close[node]!;
    const start = skipTrivia(input, this.open[node]!);
    const c = input.charCodeAt(start);
    if (kind === KIND_SCALAR ? c !== 0x22 && c !== 0x27 : c !== 0x5b && c !== 0x7b) return false;
    let nl = input.indexOf('\n', start);
    if (nl === -1 || nl >= close) return false;
    // The block collection around it: the nearest node that starts elsewhere and is not a flow collection.
    let indent = -1;
    for (let k = this.stack.length - 1; k >= 0; k--) {
      const at = skipTrivia(input, this.open[this.stack[k]!]!);
      if (at === start) continue;
      const first = input.charCodeAt(at);
      if (first === 0x5b || first === 0x7b) continue;
      indent = at - (input.lastIndexOf('\n', at - 1) + 1);
      break;
    }
    for (; nl !== -1 && nl < close; nl = input.indexOf('\n', nl + 1)) {
      let q = nl + 1;
      while (input[q] === ' ') q++;
      const ch = input[q];
      if (ch === '\n' || ch === '\r' || q >= close) continue;
      if (q - nl - 1 <= indent) return true;
      if (q === nl + 1 && (input.startsWith('---', q) || input.startsWith('...', q))) return true;
    }
    return false;
  }
}

/** Lines that start with `%` may be directives, which `yaml` reads (and warns about) in its own way. */
const DIRECTIVE = /^%/m;
/** `yaml` wants white space before a comment; js-yaml takes `"text"#comment`, `---#` and `[a,#b]` as comments. */
const TIGHT_COMMENT = /["'\]},:.\-]#/;
/** `---` or `...` with text right after it: js-yaml may take it for a document marker, `yaml` for text. */
const MARKER_AND_TEXT = /^(?:---|\.\.\.)[^ \t\r\n]/m;
/** A carriage return alone is a line break to js-yaml and text to `yaml`. */
const LONE_CR = /\r(?!\n)/;
/** A tab in the indentation of a line: `yaml` refuses more of those than js-yaml does. */
const TAB_INDENT = /^ *\t/m;
/**
 * An explicit key (`? key`), which js-yaml turns into text in a flow list where `yaml` keeps the
 * key's source: a `?` at the start of a line or after white space, `[`, `{` or `,`, and before
 * white space or the end. Looked for from each `?` (one pattern over the whole text tried every
 * position).
 */
function hasExplicitKey(text: string): boolean {
  for (let at = text.indexOf('?'); at !== -1; at = text.indexOf('?', at + 1)) {
    const before = at === 0 || BEFORE_KEY.test(text[at - 1]!);
    const after = at + 1 === text.length || WHITE.test(text[at + 1]!);
    if (before && after) return true;
  }
  return false;
}
const BEFORE_KEY = /[\s[{,]/;
const WHITE = /\s/;

/**
 * A key with no value on its line, then blank and comment lines, then the value indented below.
 * Where those lines hold both an empty line and a comment at the start of a line (or after tabs),
 * `yaml` takes the value for the start of a key that runs over lines, and js-yaml reads it as
 * the value; such a layout is left to `yaml`.
 */
function hasCommentBeforeValue(text: string): boolean {
  for (const match of text.matchAll(VALUE_AFTER_TRIVIA)) {
    const trivia = match[1]!;
    if (EMPTY_LINE.test(trivia) && COMMENT_AT_START.test(trivia)) return true;
  }
  return false;
}
const VALUE_AFTER_TRIVIA = /:[ \t]*(?:#[^\r\n]*)?\r?\n((?:[ \t]*(?:#[^\r\n]*)?\r?\n)+)[ \t]+[^ \t\r\n#]/g;
const EMPTY_LINE = /^[ \t]*\r?$/m;
const COMMENT_AT_START = /^\t*#/m;

/**
 * Reads a document with js-yaml when that gives exactly what `yaml` gives; undefined when the
 * document must be read with `yaml` (it is not well-formed, or holds what the fast path leaves
 * to `yaml`).
 */
export function readFast(text: string): FastRead | undefined {
  // A BOM (which the files are read without) changes how `yaml` reads the line it is on.
  if (text.includes('\ufeff')) return undefined;
  if (DIRECTIVE.test(text) || TIGHT_COMMENT.test(text) || hasExplicitKey(text) || MARKER_AND_TEXT.test(text) || hasCommentBeforeValue(text)) return undefined;
  if ((text.includes('\r') && LONE_CR.test(text)) || (text.includes('\t') && TAB_INDENT.test(text))) return undefined;
  const recorder = new Recorder(text, Math.max(64, text.length >> 4));
  let data: unknown;
  try {
    data = load(text, { schema: SCHEMA, maxDepth: 2 * MAX_NESTING + 10, listener: recorder.listen });
  } catch {
    return undefined;
  }
  return { data: data === undefined ? null : data, nodes: new NodeTable(text, recorder) };
}

/** Returned by a range rule for a layout it does not cover. */
const UNKNOWN = -1;

/**
 * The nodes of one document as the listener saw them, and the ranges `yaml` gives them, worked
 * out from the text when asked for.
 */
export class NodeTable {
  private readonly starts: Int32Array;
  private broken = false;

  constructor(
    private readonly text: string,
    private readonly r: Recorder,
  ) {
    this.starts = new Int32Array(r.count).fill(-1);
  }

  /**
   * Start and end offsets of the node at a pointer (or of the deepest node that exists on the
   * way), as `yaml`'s ranges give them; null when there is no node; undefined when this layout's
   * positions must come from `yaml`.
   */
  offsets(pointer: string, target: Target): readonly [number, number] | null | undefined {
    if (this.broken) return undefined;
    const r = this.r;
    // An empty document: `yaml` gives it a node or none, depending on how it is written.
    if (r.count === 0 || r.kind[this.unwrap(0)] === KIND_EMPTY) return undefined;
    let node = this.unwrap(0);
    let keyNode = -1;
    let best = node;
    let bestKey = -1;
    for (const segment of fromPointer(pointer)) {
      const kind = r.kind[node];
      if (kind === KIND_MAP) {
        const pair = this.findKey(node, segment);
        if (pair === -1) break;
        keyNode = pair;
        node = this.unwrap(r.nextSibling[pair]!);
      } else if (kind === KIND_SEQ) {
        const index = Number(segment);
        if (!Number.isInteger(index) || index < 0 || index >= r.children[node]!) break;
        let child = r.firstChild[node]!;
        for (let k = 0; k < index; k++) child = r.nextSibling[child]!;
        keyNode = -1;
        node = this.unwrap(child);
      } else {
        break;
      }
      best = node;
      bestKey = keyNode;
    }
    const chosen = target === 'key' && bestKey !== -1 ? bestKey : best;
    const start = this.start(chosen);
    const end = this.valueEnd(chosen);
    if (start === UNKNOWN || end === UNKNOWN) {
      this.broken = true;
      return undefined;
    }
    return [start, end];
  }

  private findKey(map: number, segment: string): number {
    const r = this.r;
    for (let k = r.firstChild[map]!; k !== -1; k = r.nextSibling[r.nextSibling[k]!]!) {
      if (String(r.results[k]) === segment) return k;
      if (r.nextSibling[k] === -1) break;
    }
    return -1;
  }

  private isFlow(node: number): boolean {
    const c = this.text.charCodeAt(this.start(node));
    return c === 0x5b || c === 0x7b;
  }

  /** The node itself, past js-yaml's attempts at reading it as a mapping key first. */
  private unwrap(node: number): number {
    const r = this.r;
    for (;;) {
      const child = r.firstChild[node]!;
      if (r.children[node] !== 1) return node;
      // A block scalar's node holds js-yaml's failed attempt at a key, which is empty.
      if (r.kind[node] === KIND_SCALAR ? r.kind[child] !== KIND_SCALAR : r.results[child] !== r.results[node]) return node;
      node = child;
    }
  }

  /** Where the node's own text starts (js-yaml opens it before the white space in front of it). */
  private start(node: number): number {
    const known = this.starts[node]!;
    if (known !== -1) return known;
    const t = this.text;
    let p = this.r.open[node]!;
    if (this.r.kind[node] === KIND_EMPTY) {
      // `yaml` puts an empty value after the indicator and the spaces that follow it.
      while (t[p] === ' ' || t[p] === '\t') p++;
    } else {
      p = skipTrivia(t, p);
    }
    this.starts[node] = p;
    return p;
  }

  private isBlockCollection(node: number): boolean {
    const kind = this.r.kind[node];
    return (kind === KIND_MAP || kind === KIND_SEQ) && !this.isFlow(node);
  }

  /** The end of the node's value, as `yaml`'s `range[1]`. */
  private valueEnd(node: number): number {
    const t = this.text;
    const r = this.r;
    const kind = r.kind[node];
    const start = this.start(node);
    if (kind === KIND_EMPTY) return start;
    if (this.isBlockCollection(node)) return this.blockValueEnd(node);
    const close = Math.min(r.close[node]!, t.length);
    const c = t.charCodeAt(start);
    if (c === 0x22 || c === 0x27 || c === 0x5b || c === 0x7b) return close;
    if (c === 0x7c || c === 0x3e) return this.blockScalarEnd(start, close);
    let end = close;
    while (end > start && isSpace(t.charCodeAt(end - 1))) end--;
    return end;
  }

  /**
   * The end of a block collection: that of its last item, with what `yaml` hangs on the end of
   * that item (the rest of its line, more-indented comment lines after it, and, where a comment
   * in the lines that follow is indented as deep as a collection the next line closes, all of
   * those lines).
   */
  private blockValueEnd(collection: number): number {
    const r = this.r;
    const t = this.text;
    const chain = [collection];
    let leaf = -1;
    for (let c = collection; ; ) {
      const last = this.unwrap(r.lastChild[c]!);
      if (this.isBlockCollection(last)) {
        chain.push(last);
        c = last;
      } else {
        leaf = last;
        break;
      }
    }
    const innermost = chain[chain.length - 1]!;
    const leafStart = this.start(leaf);
    let end: number;
    if (r.kind[leaf] === KIND_EMPTY) {
      // Lines after an empty value belong to it; with a comment among them `yaml` extends it.
      const next = lineEnd(t, leafStart);
      const trivia = next === UNKNOWN ? undefined : scanTrivia(t, next);
      if (trivia === undefined || trivia.comments >= 0 || hasComment(t, leafStart)) return UNKNOWN;
      return leafStart;
    }
    const valueEnd = this.valueEnd(leaf);
    if (valueEnd === UNKNOWN) return UNKNOWN;
    const c = t.charCodeAt(leafStart);
    if (c === 0x7c || c === 0x3e) {
      end = valueEnd;
    } else {
      end = lineEnd(t, valueEnd);
      if (end === UNKNOWN) return UNKNOWN;
      end = absorbIndentedComments(t, end, column(t, this.start(innermost)));
    }
    if (chain.length === 1) return end;
    const trivia = scanTrivia(t, end);
    if (trivia === undefined) return UNKNOWN;
    if (trivia.comments < 0) return end;
    // The collections the next line closes, from the innermost out; the comments stay with the
    // first of them that is indented no deeper than one of the comments.
    for (let k = chain.length - 1; k >= 1; k--) {
      const inner = chain[k]!;
      const indent = column(t, this.start(inner));
      if (!trivia.atEnd) {
        const seqItem = t[trivia.next] === '-' && isBlankOrEnd(t.charCodeAt(trivia.next + 1));
        const closes = trivia.indent < indent || (r.kind[inner] === KIND_SEQ && trivia.indent === indent && !seqItem);
        // Every collection on the way holds the leaf as its last item, so the next line closes them all.
        if (!closes) return UNKNOWN;
      }
      if (indent > 0 && trivia.comments >= indent) return trivia.next;
    }
    return end;
  }

  /**
   * The end `yaml` gives a block scalar: its header line, then its lines up to the first line
   * that is not part of it, without the blank lines at the end unless they are kept (`+`); the
   * rules of `yaml`'s lexer (`parseBlockScalar`).
   */
  private blockScalarEnd(start: number, close: number): number {
    const t = this.text;
    let p = start + 1;
    let keep = false;
    while (t[p] === '-' || t[p] === '+' || (t[p]! >= '0' && t[p]! <= '9')) {
      if (t[p] === '+') keep = true;
      p++;
    }
    const contentStart = lineEnd(t, p);
    if (contentStart === UNKNOWN || contentStart >= t.length) return UNKNOWN;
    // The indentation of the first line with text in it.
    let indent = -1;
    for (let q = contentStart; q < t.length; ) {
      let s = q;
      while (t[s] === ' ') s++;
      if (t[s] === '\n') q = s + 1;
      else if (t[s] === '\r' && t[s + 1] === '\n') q = s + 2;
      else {
        indent = s - q;
        break;
      }
    }
    if (indent <= 0) return UNKNOWN;
    // js-yaml stops after the indentation of the first line that is not part of the scalar.
    let nl: number;
    if (close >= t.length) nl = t.endsWith('\n') ? t.length - 1 : t.length;
    else {
      nl = t.lastIndexOf('\n', close - 1);
      let s = nl + 1;
      while (t[s] === ' ') s++;
      if (t[s] === '\t' || nl < contentStart - 1) return UNKNOWN;
    }
    if (!keep) {
      for (;;) {
        let i = nl - 1;
        let ch = t[i];
        if (ch === '\r') ch = t[--i];
        const lastChar = i;
        while (ch === ' ') ch = t[--i];
        if (ch === '\n' && i >= contentStart && i + 1 + indent > lastChar) nl = i;
        else break;
      }
    }
    return Math.min(nl + 1, t.length);
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function isBlankOrEnd(c: number): boolean {
  return Number.isNaN(c) || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Past white space, line breaks and comments. */
function skipTrivia(t: string, p: number): number {
  for (;;) {
    const c = t.charCodeAt(p);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) p++;
    else if (c === 0x23) {
      const nl = t.indexOf('\n', p);
      p = nl === -1 ? t.length : nl;
    } else return p;
  }
}

function column(t: string, p: number): number {
  return p - (t.lastIndexOf('\n', p - 1) + 1);
}

/** Past the rest of the line after a value: spaces, a comment, the line break. */
function lineEnd(t: string, p: number): number {
  while (t[p] === ' ' || t[p] === '\t') p++;
  if (t[p] === '#') {
    const nl = t.indexOf('\n', p);
    return nl === -1 ? t.length : nl + 1;
  }
  if (t[p] === '\r' && t[p + 1] === '\n') return p + 2;
  if (t[p] === '\n') return p + 1;
  return p >= t.length ? t.length : UNKNOWN;
}

function hasComment(t: string, p: number): boolean {
  while (t[p] === ' ' || t[p] === '\t') p++;
  return t[p] === '#';
}

/** Comment lines indented deeper than the collection, right after a value (blank lines between them too), belong to the value. */
function absorbIndentedComments(t: string, p: number, indent: number): number {
  for (;;) {
    let q = p;
    for (;;) {
      let s = q;
      while (t[s] === ' ') s++;
      if (t[s] === '\n') q = s + 1;
      else if (t[s] === '\r' && t[s + 1] === '\n') q = s + 2;
      else break;
    }
    let s = q;
    while (t[s] === ' ') s++;
    if (t[s] !== '#' || s - q <= indent) return p;
    const nl = t.indexOf('\n', s);
    p = nl === -1 ? t.length : nl + 1;
  }
}

interface Trivia {
  /** The offset of the next token after the blank and comment lines. */
  readonly next: number;
  /** Its indentation. */
  readonly indent: number;
  readonly atEnd: boolean;
  /** The deepest indentation of a comment among the lines, -1 without comments. */
  readonly comments: number;
}

/** The blank and comment lines from a line start to the next token; undefined for layouts left to `yaml`. */
function scanTrivia(t: string, p: number): Trivia | undefined {
  let comments = -1;
  for (;;) {
    let s = p;
    while (t[s] === ' ') s++;
    if (s >= t.length) return { next: t.length, indent: 0, atEnd: true, comments };
    const c = t[s];
    if (c === '\t') return undefined;
    if (c === '\n' || (c === '\r' && t[s + 1] === '\n')) {
      p = t.indexOf('\n', s) + 1;
      continue;
    }
    if (c === '#') {
      comments = Math.max(comments, s - p);
      const nl = t.indexOf('\n', s);
      if (nl === -1) return { next: t.length, indent: 0, atEnd: true, comments };
      p = nl + 1;
      continue;
    }
    // A document marker ends everything in its own way.
    if (s === p && (t.startsWith('---', s) || t.startsWith('...', s)) && isBlankOrEnd(t.charCodeAt(s + 3))) return undefined;
    return { next: s, indent: s - p, atEnd: false, comments };
  }
}
