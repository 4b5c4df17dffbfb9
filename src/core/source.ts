import { Scalar, isAlias, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import type { Document, Node, YAMLError } from 'yaml';
import type { Diagnostic, Position, Range } from './diagnostic.js';
import { START_OF_FILE } from './diagnostic.js';
import { readFast } from './fast-yaml.js';
import type { NodeTable } from './fast-yaml.js';
import type { Message } from './i18n.js';
import { messageGroup, verbatim } from './i18n.js';
import { TOO_MANY_NODES, crowdedOffset } from './limits.js';
import { fromPointer } from './pointer.js';
import { MAX_NESTING, documentData, parseYaml, resolveAlias } from './yaml.js';
import type { DataRefusal } from './yaml.js';

/**
 * A YAML document with its positions kept, so that any JSON pointer into its data can be
 * mapped back to a line and column.
 */
export interface SourceDocument {
  readonly file: string;
  readonly text: string;
  /**
   * `yaml`'s document (comments, key order, positions), for `fmt`, `migrate` and the upgrade of
   * an older schema version. A document the fast reader read is parsed again with `yaml` when
   * this is first asked for.
   */
  readonly document: Document.Parsed;
  /** The plain data, or undefined when the YAML could not be parsed. */
  readonly data: unknown;
  /** Syntax problems found while parsing (already diagnostics). */
  readonly diagnostics: readonly Diagnostic[];
}

/** What to point at for a path: the value there, or the key that introduces it. */
export type Target = 'value' | 'key';

/** What positions need of a document: where its lines start, and the fast reader's nodes. */
interface Positions {
  lineStarts?: number[];
  readonly nodes?: NodeTable | undefined;
}

/**
 * Kept on the source itself, out of sight (not enumerable, so a copy of a source does not take
 * them along): not in a WeakMap, whose values V8's young-generation collector keeps alive (see
 * memo.ts), which made every document's node table outlive it.
 */
const POSITIONS = Symbol('positions');

function setPositions(source: SourceDocument, positions: Positions): void {
  Object.defineProperty(source, POSITIONS, { value: positions, configurable: true });
}

let fastReading = true;

/** Turns the fast reader off (and on again): for the tests that compare it with `yaml`. */
export function setFastReading(enabled: boolean): void {
  fastReading = enabled;
}

/**
 * Parses YAML 1.2 with the core schema, so that dates stay strings and `yes` stays a word.
 * Duplicate keys are errors. Never throws on bad input: problems come back as diagnostics.
 *
 * A document is read by the fast reader (js-yaml, `fast-yaml.ts`) when it gives exactly the data
 * `yaml` gives, and otherwise by `yaml`, whose findings are the `yaml/*` findings; the result is
 * the same either way.
 */
export function parseSource(text: string, file: string): SourceDocument {
  // A document over the structural limit is refused before any reader builds it (see limits.ts).
  const fast = fastReading && crowdedOffset(text) === undefined ? readFast(text) : undefined;
  if (!fast) return parseWithYaml(text, file);
  let document: Document.Parsed | undefined;
  const source: SourceDocument = {
    file,
    text,
    data: fast.data,
    diagnostics: [],
    get document() {
      return (document ??= parseYaml(text));
    },
  };
  setPositions(source, { nodes: fast.nodes });
  return source;
}

/** Reads a document with `yaml`: the data, and the `yaml/*` findings of a document that is not well-formed. */
export function parseWithYaml(text: string, file: string): SourceDocument {
  const document = parseYaml(text);
  const positions: Positions = {};
  const toRange = (pos: readonly [number, number]): Range => offsetsToRange(text, positions, pos[0], pos[1]);
  const diagnostics: Diagnostic[] = [
    ...document.errors.map((e) => yamlDiagnostic(widenToKey(document, placeUnclosedQuote(document, e)), file, toRange, 'error')),
    ...document.warnings.map((e) => yamlDiagnostic(e, file, toRange, 'warning')),
  ];
  let data: unknown;
  if (document.errors.length === 0) {
    const result = documentData(document);
    if (result.ok) {
      data = result.data;
    } else {
      diagnostics.push({
        code: `yaml/${result.code.toLowerCase().replace(/_/g, '-')}`,
        severity: 'error',
        message: YAML_MESSAGES.text(`refused${result.code}`, { alias: result.alias, depth: String(MAX_NESTING) }),
        file,
        path: '',
        range: toRange(result.pos),
      });
    }
  }
  const source: SourceDocument = { file, text, document, data, diagnostics };
  setPositions(source, positions);
  return source;
}

function yamlDiagnostic(
  error: YAMLError,
  file: string,
  toRange: (pos: readonly [number, number]) => Range,
  severity: 'error' | 'warning',
): Diagnostic {
  const code = `yaml/${error.code.toLowerCase().replace(/_/g, '-')}`;
  const own = (error as YAMLError & { ownMessage?: Message }).ownMessage;
  const message = own
    ? verbatim(own)
    : error.code in YAML_MESSAGES.messages
      ? YAML_MESSAGES.text(error.code as YamlMessage)
      : YAML_MESSAGES.text('other', { detail: lowerFirst(firstSentence(error.message)) });
  const hint = `${error.code}Hint` in YAML_MESSAGES.messages ? YAML_MESSAGES.text(`${error.code}Hint` as YamlMessage) : undefined;
  return {
    code,
    severity,
    message,
    file,
    path: '',
    range: toRange(error.pos),
    ...(hint ? { hint } : {}),
  };
}

/** The messages of reading YAML: the parser's findings by its codes, their hints, and the data agendum refuses to build. */
export const YAML_MESSAGES = messageGroup('yaml', {
  DUPLICATE_KEY: { en: 'duplicate key: a key may appear only once in a mapping', nl: 'dubbele sleutel: een sleutel mag maar één keer voorkomen' },
  TAB_AS_INDENT: { en: 'tabs are not allowed for indentation', nl: 'tabs zijn niet toegestaan om in te springen' },
  MULTIPLE_DOCS: { en: 'the file holds more than one YAML document', nl: 'het bestand bevat meer dan één YAML-document' },
  BAD_INDENT: { en: 'this line is not indented as its place in the structure needs', nl: 'deze regel springt niet in zoals zijn plaats in de structuur vraagt' },
  MULTILINE_IMPLICIT_KEY: { en: 'a key must fit on one line (is a colon missing on the line before?)', nl: 'een sleutel moet op één regel passen (ontbreekt er een dubbele punt op de regel ervoor?)' },
  BLOCK_AS_IMPLICIT_KEY: { en: 'a nested block cannot be a key', nl: 'een ingesprongen blok kan geen sleutel zijn' },
  UNKNOWN_ALIAS: { en: 'this alias (*name) refers to no anchor (&name) before it', nl: 'deze alias (*naam) verwijst naar geen anker (&naam) ervoor' },
  TOO_DEEP: {
    en: `lists and mappings nest more than ${MAX_NESTING} levels deep here; agendum does not read the file`,
    nl: `lijsten en verzamelingen zijn hier meer dan ${MAX_NESTING} niveaus diep genest; agendum leest het bestand niet`,
  },
  TOO_MANY_NODES,
  refusedALIAS_LIMIT: {
    en: 'the aliases (*name) of this file expand to far more than it holds; agendum does not read it',
    nl: 'de aliassen (*naam) van dit bestand zetten zich uit tot veel meer dan erin staat; agendum leest het niet',
  },
  refusedALIAS_CYCLE: {
    en: 'the alias *{alias} stands inside its own anchor &{alias}: the data would contain itself',
    nl: 'de alias *{alias} staat binnen zijn eigen anker &{alias}: de gegevens zouden zichzelf bevatten',
  },
  refusedTOO_DEEP: {
    en: 'through the alias *{alias}, lists and mappings nest more than {depth} levels deep; agendum does not read the file',
    nl: 'via de alias *{alias} zijn lijsten en verzamelingen meer dan {depth} niveaus diep genest; agendum leest het bestand niet',
  },
  /** For the parser's rarer complaints: its own words, which are English (quoted in Dutch). */
  other: { en: 'not valid YAML: {detail}', nl: 'geen geldige YAML; de YAML-lezer meldt (in het Engels): "{detail}"' },
  DUPLICATE_KEYHint: { en: 'Remove or rename one of the two keys; YAML keeps only one of them.', nl: 'Verwijder of hernoem een van beide; YAML houdt er maar één over.' },
  TAB_AS_INDENTHint: { en: 'Indent with spaces; YAML does not allow tabs for indentation.', nl: 'Spring in met spaties; YAML staat geen tabs toe.' },
  MULTIPLE_DOCSHint: { en: 'Keep one document per file; remove the `---` separator or split the file.', nl: 'Eén document per bestand: haal het scheidingsteken `---` weg of splits het bestand.' },
  BAD_INDENTHint: { en: 'Check the indentation of this line against its parent.', nl: 'Vergelijk het inspringen van deze regel met dat van zijn ouder.' },
  TOO_DEEPHint: { en: 'Agenda documents need about ten levels; flatten the structure.', nl: 'Agenda-documenten hebben ongeveer tien niveaus nodig; maak de structuur platter.' },
  UNKNOWN_ALIASHint: { en: 'Set the anchor (&name) before its first alias, or check the spelling.', nl: 'Zet het anker (&naam) vóór de eerste alias, of controleer de spelling.' },
  MISSING_CHARHint: { en: 'A closing quote or bracket is missing.', nl: 'Er ontbreekt een sluitend aanhalingsteken of haakje.' },
});

type YamlMessage = keyof typeof YAML_MESSAGES.messages;

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}



/**
 * The parser notices a missing closing quote only where the file ends; the mistake is where the
 * quoted text starts, so point there.
 */
function placeUnclosedQuote(document: Document.Parsed, error: YAMLError): YAMLError {
  if (error.code !== 'MISSING_CHAR' || !/quote/i.test(error.message)) return error;
  let start: number | undefined;
  visit(document, {
    Scalar(_key, node) {
      const range = node.range;
      const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
      if (quoted && range && range[0] < error.pos[0] && range[1] >= error.pos[0] - 1) start = range[0];
    },
  });
  if (start === undefined) return error;
  return Object.assign(Object.create(Object.getPrototypeOf(error) as object) as YAMLError, error, {
    pos: [start, start + 1] as [number, number],
    ownMessage: { en: 'missing closing quote: the quoted text that starts here never ends', nl: 'sluitend aanhalingsteken ontbreekt: de tekst tussen aanhalingstekens die hier begint, eindigt nergens' },
  });
}

/** A duplicate key is reported at its first character; underline the whole key. */
function widenToKey(document: Document.Parsed, error: YAMLError): YAMLError {
  if (error.code !== 'DUPLICATE_KEY') return error;
  let end: number | undefined;
  visit(document, {
    Pair(_key, pair) {
      const range = (pair.key as Node | null)?.range;
      if (range && range[0] === error.pos[0]) end = range[1];
    },
  });
  return end === undefined ? error : Object.assign(Object.create(Object.getPrototypeOf(error) as object) as YAMLError, error, { pos: [error.pos[0], end] });
}

/** The parser's message without the source text it quotes (`…in YAML stream: "…"`): the place says where. */
function firstSentence(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '').replace(/:\s*".*$/, '').replace(/\.$/, '');
}

function positionsOf(source: SourceDocument): Positions {
  let positions = (source as { [POSITIONS]?: Positions })[POSITIONS];
  if (!positions) {
    // A copy of a source (an upgraded document): positions come from its `yaml` document.
    positions = {};
    if (Object.isExtensible(source)) setPositions(source, positions);
  }
  return positions;
}

/** The 1-based line and column of an offset, as `yaml`'s LineCounter gives them. */
function offsetToPosition(lineStarts: readonly number[], offset: number): Position {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (lineStarts[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  if (lineStarts[low] === offset) return { line: low + 1, column: 1 };
  if (low === 0) return { line: 0, column: offset };
  return { line: low, column: offset - lineStarts[low - 1]! + 1 };
}

function offsetsToRange(text: string, positions: Positions, start: number, end: number): Range {
  const lineStarts = (positions.lineStarts ??= lineStartsOf(text));
  return { start: offsetToPosition(lineStarts, start), end: offsetToPosition(lineStarts, Math.max(start, end)) };
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** The range of a span of a document's text. */
export function spanToRange(source: SourceDocument, start: number, end: number): Range {
  return offsetsToRange(source.text, positionsOf(source), start, end);
}

/**
 * The source range of the node at a JSON pointer. When the path leads outside what is in the
 * file, the range of the deepest node that exists is returned, so a finding always has a place.
 */
export function rangeOf(source: SourceDocument, pointer: string, target: Target = 'value'): Range {
  const offsets = offsetsOf(source, pointer, target);
  if (!offsets) return START_OF_FILE;
  return spanToRange(source, offsets[0], offsets[1]);
}

/**
 * The range of a piece of a text value: `needle`, the `occurrence`-th time it appears in the
 * value at `pointer`, found in the node's source text. Falls back to the whole value when the
 * source spells it differently (a folded scalar broken over lines, an escape sequence).
 */
export function rangeOfText(source: SourceDocument, pointer: string, needle: string, occurrence: number): Range {
  const offsets = offsetsOf(source, pointer, 'value');
  if (!offsets || needle === '') return rangeOf(source, pointer);
  const slice = source.text.slice(offsets[0], offsets[1]);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = slice.indexOf(needle, at + 1);
    if (at < 0) return spanToRange(source, offsets[0], offsets[1]);
  }
  return spanToRange(source, offsets[0] + at, offsets[0] + at + needle.length);
}

/** Start and end offsets of the node at a pointer (or of the deepest node that exists on the way). */
function offsetsOf(source: SourceDocument, pointer: string, target: Target): readonly [number, number] | undefined {
  const nodes = positionsOf(source).nodes;
  if (nodes) {
    const offsets = nodes.offsets(pointer, target);
    if (offsets !== undefined) return offsets ?? undefined;
  }
  return yamlOffsets(source, pointer, target);
}

/** The same from `yaml`'s document. */
function yamlOffsets(source: SourceDocument, pointer: string, target: Target): readonly [number, number] | undefined {
  const segments = fromPointer(pointer);
  let node: unknown = source.document.contents;
  let keyNode: unknown;
  let best: unknown = node;
  let bestKey: unknown;
  for (const segment of segments) {
    if (isAlias(node)) node = resolveAlias(source.document, node);
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === segment);
      if (!pair) break;
      keyNode = pair.key;
      node = pair.value;
    } else if (isSeq(node)) {
      const index = Number(segment);
      if (!Number.isInteger(index) || index < 0 || index >= node.items.length) break;
      keyNode = undefined;
      node = node.items[index];
    } else {
      break;
    }
    best = node ?? keyNode;
    bestKey = keyNode;
  }
  const chosen = target === 'key' && bestKey ? bestKey : (best ?? bestKey);
  return nodeRange(chosen);
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function nodeRange(node: unknown): readonly [number, number] | undefined {
  const range = (node as Node | undefined)?.range;
  if (!range) return undefined;
  return [range[0], range[1]];
}
