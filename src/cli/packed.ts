import { deserialize, serialize } from 'node:v8';
import type { DocumentFacts } from '../validate/engine.js';
import type { CheckedDocument } from '../validate/stream.js';

/**
 * A document checked on its own as a run keeps it until the end: its file's name, and the rest
 * as bytes. Bytes sit outside the JavaScript heap and cost nothing to the garbage collector, so
 * 10,000 documents' findings do not make the heap grow to several times their size; and they
 * cross from a worker thread, and into and out of the result cache, without being taken apart.
 * The copy also keeps no text alive: a name or id cut from a document's text would otherwise
 * hold the whole text.
 */
export interface PackedDocument {
  readonly file: string;
  /** What the rules that look across documents took from it; undefined when nothing. */
  readonly facts: Uint8Array | undefined;
  /** Its findings, its suppression comments' text and the lines its findings point at. */
  readonly rest: Uint8Array;
}

interface Rest {
  readonly diagnostics: CheckedDocument['diagnostics'];
  readonly directiveText: string | undefined;
  readonly excerpt: string | undefined;
}

export function pack(checked: CheckedDocument): PackedDocument {
  const rest: Rest = { diagnostics: checked.diagnostics, directiveText: checked.directiveText, excerpt: checked.excerpt };
  return { file: checked.file, facts: checked.facts ? serialize(checked.facts) : undefined, rest: serialize(rest) };
}

export function unpackFacts(packed: PackedDocument): DocumentFacts | undefined {
  return packed.facts ? (deserialize(packed.facts) as DocumentFacts) : undefined;
}

export function unpack(packed: PackedDocument): CheckedDocument {
  return { ...unpackFindings(packed), facts: unpackFacts(packed) };
}

/** The document without its facts, once the rules that look across documents have had them. */
export function unpackFindings(packed: PackedDocument): CheckedDocument {
  const rest = deserialize(packed.rest) as Rest;
  return { file: packed.file, diagnostics: rest.diagnostics, facts: undefined, directiveText: rest.directiveText, excerpt: rest.excerpt };
}
