import { Pair, Scalar, YAMLMap, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, YAMLSeq } from 'yaml';
import type { Diagnostic } from '../core/diagnostic.js';
import type { MessageData, Text } from '../core/i18n.js';
import { messageGroup } from '../core/i18n.js';
import type { SourceDocument } from '../core/source.js';
import { parseSource, rangeOf } from '../core/source.js';
import { CURRENT_SCHEMA_VERSION, OLDEST_SCHEMA_VERSION } from './versions.js';

export { CURRENT_SCHEMA_VERSION };

/**
 * One change a migration makes to a document. Each operation is applied in two ways: to the
 * parsed YAML tree (keeping every node's position, so findings on an old document still point
 * into the file as written) and to the text (so `migrate` changes only the lines it must).
 */
type Operation =
  | { readonly op: 'set-scalar'; readonly node: Scalar; readonly value: number | string }
  | { readonly op: 'remove-pair'; readonly map: YAMLMap; readonly pair: Pair }
  | { readonly op: 'move-pair'; readonly pair: Pair; readonly to: YAMLMap; readonly before: Pair }
  /** `old: value` becomes `key: {inner: value}` (relatedDocuments → links.related). */
  | { readonly op: 'nest-pair'; readonly pair: Pair; readonly key: string; readonly inner: string; readonly oldKey: Node; readonly value: Node }
  /** A list item that is a text becomes a mapping with an id and that text (`- Plan` → `- id: plan` / `text: Plan`). */
  | { readonly op: 'item-with-id'; readonly seq: YAMLSeq; readonly index: number; readonly id: string; readonly text: Scalar };

/** A migration from one version to the next; what it changes is told in SCHEMA_CHANGES. */
interface Migration {
  readonly from: number;
  readonly to: number;
  /** The changes for one document, planned on the tree as the migrations before left it; problems keep it from being migrated. */
  plan(document: Document.Parsed, kind: string, problem: (path: string, id: keyof typeof MIGRATE_MESSAGES.messages, data?: MessageData) => void): Operation[];
}

export const MIGRATE_MESSAGES = messageGroup('migrate', {
  deprecated: {
    en: 'schemaVersion {from} is deprecated: agendum reads this document as version {to}',
    nl: 'schemaVersion {from} is verouderd: agendum leest dit document als versie {to}',
  },
  deprecatedHint: {
    en: 'Run "agendum migrate {file}" to rewrite it for version {to}; comments and layout stay.',
    nl: 'Gebruik "agendum migrate {file}" om het naar versie {to} te herschrijven; commentaar en opmaak blijven.',
  },
  newer: {
    en: 'schemaVersion {version} is newer than this agendum reads (up to {current})',
    nl: 'schemaVersion {version} is nieuwer dan deze agendum leest (tot en met {current})',
  },
  newerHint: { en: 'Update agendum to read this document.', nl: 'Werk agendum bij om dit document te lezen.' },
  older: {
    en: 'schemaVersion {version} is older than any version agendum reads (from {oldest})',
    nl: 'schemaVersion {version} is ouder dan welke versie agendum ook leest (vanaf {oldest})',
  },
  conflictingTerms: {
    en: 'the phases of this phasing use different terms ({terms}); from schemaVersion 2 on, one term ("Fase") stands in the phasing for all its phases',
    nl: 'de fasen van deze fasering gebruiken verschillende woorden ({terms}); vanaf schemaVersion 2 staat één woord ("Fase") in de fasering voor al haar fasen',
  },
  linksTaken: {
    en: 'the document has both relatedDocuments and links; from schemaVersion 3 on, related documents stand in links.related',
    nl: 'het document heeft zowel relatedDocuments als links; vanaf schemaVersion 3 staan bijbehorende documenten in links.related',
  },
  linksTakenHint: {
    en: 'Move the entries of relatedDocuments into links.related yourself, then read or migrate the document again.',
    nl: 'Zet de onderdelen van relatedDocuments zelf in links.related, en lees of migreer het document daarna opnieuw.',
  },
  relatedWithId: {
    en: 'this related document has an id of its own; from schemaVersion 3 on, the id of a link names the other document',
    nl: 'dit bijbehorende document heeft een eigen id; vanaf schemaVersion 3 noemt de id van een verwijzing het andere document',
  },
  relatedWithIdHint: {
    en: 'Remove the id, or replace it by the id of the document it links to, then read or migrate the document again.',
    nl: 'Haal de id weg, of vervang hem door de id van het document waarnaar verwezen wordt, en lees of migreer het document daarna opnieuw.',
  },
  conflictingTermsHint: {
    en: 'Give every phase the same term (or none), then read or migrate the document again.',
    nl: 'Geef elke fase hetzelfde woord (of geen), en lees of migreer het document daarna opnieuw.',
  },
});

/** Version 1 → 2: the word before each phase number ("Fase") moves from every phase to its phasing. */
const PHASE_TERM_ON_PHASING: Migration = {
  from: 1,
  to: 2,
  plan(document, kind, problem) {
    const operations: Operation[] = [];
    const projects = mapValue(document.contents, 'projects');
    if (!isSeq(projects)) return operations;
    projects.items.forEach((project, p) => {
      const phasing = mapValue(project, 'phasing');
      if (!isMap(phasing)) return;
      const phasesPair = pairOf(phasing, 'phases');
      const phases = phasesPair?.value;
      if (!phasesPair || !isSeq(phases)) return;
      const termPairs = phases.items.map((phase) => (isMap(phase) ? pairOf(phase, 'term') : undefined));
      const present = termPairs.filter((pair): pair is Pair => pair !== undefined);
      if (present.length === 0) return;
      const words = termPairs.map((pair) => (pair && isScalar(pair.value) ? String(pair.value.value) : undefined));
      const distinct = [...new Set(words.map((w) => (w === undefined ? '—' : JSON.stringify(w))))];
      if (distinct.length > 1 || pairOf(phasing, 'term')) {
        const at = termPairs.findIndex((pair, i) => i > 0 && words[i] !== words[0]);
        problem(`/projects/${p}/phasing/phases/${Math.max(at, 0)}/term`, 'conflictingTerms', { terms: distinct.join(', ') });
        return;
      }
      // The first phase's pair moves (so findings on the term point where it was written);
      // the others go.
      operations.push({ op: 'move-pair', pair: present[0]!, to: phasing, before: phasesPair });
      phases.items.forEach((phase, i) => {
        const pair = termPairs[i];
        if (pair && isMap(phase)) operations.push({ op: 'remove-pair', map: phase, pair });
      });
    });
    return operations;
  },
};

/**
 * Version 2 → 3, the common model: an execution agenda's `relatedDocuments` become
 * `links.related` (the links every kind has), and the deliverables of a phase, written as a
 * list of texts, become items with an id, so that a renamed deliverable is a rename in a diff.
 */
const COMMON_MODEL: Migration = {
  from: 2,
  to: 3,
  plan(document, _kind, problem) {
    const operations: Operation[] = [];
    const root = document.contents;
    if (!isMap(root)) return operations;
    const related = pairOf(root, 'relatedDocuments');
    if (related) {
      if (pairOf(root, 'links')) {
        problem('/relatedDocuments', 'linksTaken');
      } else {
        const items = isSeq(related.value) ? related.value.items : [];
        const withId = items.findIndex((item) => isMap(item) && pairOf(item, 'id'));
        if (withId >= 0) problem(`/relatedDocuments/${withId}/id`, 'relatedWithId');
        else operations.push({ op: 'nest-pair', pair: related, key: 'links', inner: 'related', oldKey: related.key as Node, value: related.value as Node });
      }
    }
    // Ids already in the document, so that a deliverable's new id is unique.
    const taken = new Set<string>();
    const collect = (node: unknown): void => {
      if (isMap(node)) {
        for (const pair of node.items) {
          if (isScalar(pair.key) && pair.key.value === 'id' && isScalar(pair.value)) taken.add(String(pair.value.value));
          collect(pair.value);
        }
      } else if (isSeq(node)) {
        for (const item of node.items) collect(item);
      }
    };
    collect(root);
    const projects = mapValue(root, 'projects');
    if (!isSeq(projects)) return operations;
    for (const project of projects.items) {
      const phases = mapValue(mapValue(project, 'phasing'), 'phases');
      if (!isSeq(phases)) continue;
      for (const phase of phases.items) {
        const deliverables = mapValue(phase, 'deliverables');
        if (!isSeq(deliverables)) continue;
        const phaseId = mapValue(phase, 'id');
        const prefix = isScalar(phaseId) ? String(phaseId.value) : 'oplevering';
        deliverables.items.forEach((item, index) => {
          if (!isScalar(item) || typeof item.value !== 'string') return;
          operations.push({ op: 'item-with-id', seq: deliverables, index, id: uniqueId(`${prefix}-${slugOf(item.value)}`, taken), text: item });
        });
      }
    }
    return operations;
  },
};

const MIGRATIONS: readonly Migration[] = [PHASE_TERM_ON_PHASING, COMMON_MODEL];

/** A kebab-case id from a text: its first words, without accents. */
function slugOf(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .split('-')
      .slice(0, 6)
      .join('-') || 'oplevering'
  );
}

function uniqueId(wanted: string, taken: Set<string>): string {
  const base = wanted.slice(0, 90).replace(/-+$/, '');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** What upgrading one document took. */
interface Upgrade {
  /** The version the document declares. */
  readonly from: number;
  readonly to: number;
  /** The changes made to the tree, in order; text edits are made from them. */
  readonly operations: readonly Operation[];
  /** The deprecation warning, or the problems that keep the document from being upgraded (errors). */
  readonly diagnostics: readonly Diagnostic[];
  /** The source with the upgraded data; undefined when a problem keeps the document from being upgraded. */
  readonly source: SourceDocument | undefined;
}

/**
 * Brings a parsed document to the current schema version, one migration after another, each
 * planned on the tree as the one before left it. Changes the tree in place: nodes keep their
 * positions, so findings on the upgraded document point into the file as the writer wrote it.
 * Undefined when the document is current, or declares no usable version (the schema reports that).
 */
function upgradeTree(source: SourceDocument): Upgrade | undefined {
  // The data says the version as the tree does; a current document never needs `yaml`'s tree
  // (which the fast loader parses only when asked for).
  const declared = source.data !== null && typeof source.data === 'object' && !Array.isArray(source.data) ? (source.data as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (declared === CURRENT_SCHEMA_VERSION || typeof declared !== 'number' || !Number.isInteger(declared)) return undefined;
  const root = source.document.contents;
  const versionNode = isMap(root) ? pairOf(root, 'schemaVersion')?.value : undefined;
  if (!isScalar(versionNode) || typeof versionNode.value !== 'number' || !Number.isInteger(versionNode.value)) return undefined;
  const version = versionNode.value;
  if (version === CURRENT_SCHEMA_VERSION) return undefined;
  const say = MIGRATE_MESSAGES.text;
  const diagnostic = (severity: Diagnostic['severity'], code: string, path: string, message: Text, hint?: Text): Diagnostic => ({
    code,
    severity,
    message,
    file: source.file,
    path,
    range: rangeOf(source, path),
    ...(hint ? { hint } : {}),
  });
  const refused = (code: string, message: Text, hint?: Text): Upgrade => ({ from: version, to: version, operations: [], diagnostics: [diagnostic('error', code, '/schemaVersion', message, hint)], source: undefined });
  if (version > CURRENT_SCHEMA_VERSION) return refused('document/newer-version', say('newer', { version, current: CURRENT_SCHEMA_VERSION }), say('newerHint'));
  if (version < OLDEST_SCHEMA_VERSION) return refused('document/unknown-version', say('older', { version, oldest: OLDEST_SCHEMA_VERSION }));

  const file = source.file.includes(' ') ? JSON.stringify(source.file) : source.file;
  const diagnostics: Diagnostic[] = [
    diagnostic('warning', 'document/deprecated-version', '/schemaVersion', say('deprecated', { from: version, to: CURRENT_SCHEMA_VERSION }), say('deprecatedHint', { file: file || 'FILE', to: CURRENT_SCHEMA_VERSION })),
  ];
  const kind = kindOf(source.data);
  const operations: Operation[] = [{ op: 'set-scalar', node: versionNode, value: CURRENT_SCHEMA_VERSION }];
  applyOperations(operations);
  for (const migration of MIGRATIONS) {
    if (migration.from < version) continue;
    let conflict = false;
    const planned = migration.plan(source.document, kind, (path, id, data) => {
      conflict = true;
      diagnostics.push(diagnostic('error', 'document/migration-conflict', path, say(id, data), say(`${id}Hint` as keyof typeof MIGRATE_MESSAGES.messages)));
    });
    if (conflict) return { from: version, to: CURRENT_SCHEMA_VERSION, operations, diagnostics, source: undefined };
    applyOperations(planned);
    operations.push(...planned);
  }
  return { from: version, to: CURRENT_SCHEMA_VERSION, operations, diagnostics, source: { ...source, data: source.document.toJS({ maxAliasCount: 100 }) } };
}

function applyOperations(operations: readonly Operation[]): void {
  for (const operation of operations) {
    switch (operation.op) {
      case 'set-scalar':
        operation.node.value = operation.value;
        break;
      case 'remove-pair': {
        const index = operation.map.items.indexOf(operation.pair);
        if (index >= 0) operation.map.items.splice(index, 1);
        break;
      }
      case 'move-pair': {
        const index = operation.to.items.indexOf(operation.before);
        operation.to.items.splice(index < 0 ? operation.to.items.length : index, 0, operation.pair);
        break;
      }
      case 'nest-pair': {
        // The value node keeps its place in the file, so findings inside it point where it was written.
        const inner = new YAMLMap();
        inner.items.push(new Pair(new Scalar(operation.inner), operation.value));
        operation.pair.key = new Scalar(operation.key);
        operation.pair.value = inner;
        break;
      }
      case 'item-with-id': {
        const item = new YAMLMap();
        item.items.push(new Pair(new Scalar('id'), new Scalar(operation.id)), new Pair(new Scalar('text'), operation.text));
        operation.seq.items[operation.index] = item;
        break;
      }
    }
  }
}

/**
 * The document as agendum reads it: upgraded in memory to the current schema version when it
 * declares an older one, with the deprecation warning (or the problems that keep it from being
 * upgraded). A document that is current, or declares no usable version, comes back as it is.
 */
export function upgradeSource(source: SourceDocument): { readonly source: SourceDocument; readonly diagnostics: readonly Diagnostic[]; readonly ok: boolean } {
  const upgrade = source.data === undefined ? undefined : upgradeTree(source);
  if (!upgrade) return { source, diagnostics: [], ok: true };
  return { source: upgrade.source ?? source, diagnostics: upgrade.diagnostics, ok: upgrade.source !== undefined };
}

/** The result of migrating one file's text. */
export interface MigratedText {
  readonly from: number;
  readonly to: number;
  /** The rewritten text; undefined when a problem keeps the document from being migrated. */
  readonly text: string | undefined;
  /** What keeps the text from being migrated: YAML errors or migration conflicts. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Rewrites a document's text for the current schema version, changing only the lines the
 * migration touches: comments, quoting, folding and key order elsewhere stay as written.
 * Returns undefined when the text is already current or declares no usable version.
 */
export function migrateText(text: string, file: string): MigratedText | undefined {
  const source = parseSource(text, file);
  const errors = source.diagnostics.filter((d) => d.severity === 'error');
  if (source.data === undefined || errors.length > 0) return { from: 0, to: 0, text: undefined, diagnostics: errors };
  const upgrade = upgradeTree(source);
  if (!upgrade) return undefined;
  if (!upgrade.source) return { from: upgrade.from, to: upgrade.to, text: undefined, diagnostics: upgrade.diagnostics.filter((d) => d.severity === 'error') };
  // Nodes keep the positions they were parsed at, so the edits are made from the changed tree.
  const edited = editText(text, upgrade.operations);
  // The text edits and the tree must agree; where the layout is one the edits do not handle
  // (flow collections, block scalars as terms), the upgraded tree is written out instead.
  const result = edited !== undefined && sameData(parseSource(edited, file).data, upgrade.source.data) ? edited : source.document.toString({ lineWidth: 0 });
  return { from: upgrade.from, to: upgrade.to, text: result, diagnostics: [] };
}

function kindOf(data: unknown): string {
  const kind = data !== null && typeof data === 'object' ? (data as { kind?: unknown }).kind : undefined;
  return typeof kind === 'string' ? kind : '';
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The operations as edits of the text, or undefined when one of them is not a plain block layout. */
function editText(text: string, operations: readonly Operation[]): string | undefined {
  const edits: Edit[] = [];
  for (const operation of operations) {
    const edit = textEdit(text, operation);
    if (!edit) return undefined;
    edits.push(edit);
  }
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let limit = Infinity;
  for (const edit of edits) {
    if (edit.end > limit) return undefined; // overlapping edits: leave it to the tree
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    limit = edit.start;
  }
  return result;
}

function textEdit(text: string, operation: Operation): Edit | undefined {
  switch (operation.op) {
    case 'set-scalar': {
      const range = operation.node.range;
      if (!range) return undefined;
      return { start: range[0], end: range[1], text: String(operation.value) };
    }
    case 'remove-pair': {
      if (operation.map.flow) return undefined;
      const lines = pairLines(text, operation.pair);
      if (!lines) return undefined;
      return { start: lines.start, end: lines.end, text: '' };
    }
    case 'move-pair': {
      if (operation.to.flow) return undefined;
      const lines = pairLines(text, operation.pair);
      const key = operation.before.key as Node | null;
      if (!lines || !key?.range) return undefined;
      const lineStart = text.lastIndexOf('\n', key.range[0] - 1) + 1;
      const indent = text.slice(lineStart, key.range[0]);
      if (!/^ *$/.test(indent)) return undefined;
      // Above the comment lines that belong to the key it goes before.
      let at = lineStart;
      for (;;) {
        const previousStart = text.lastIndexOf('\n', at - 2) + 1;
        if (at === 0 || !/^ *#/.test(text.slice(previousStart, at))) break;
        at = previousStart;
      }
      const own = text.slice(lines.keyStart, lines.contentEnd);
      return { start: at, end: at, text: `${indent}${own}\n` };
    }
    case 'nest-pair': {
      // `relatedDocuments:` + its block below → `links:` / `  related:` + the block, two spaces deeper.
      const key = operation.oldKey;
      const value = operation.value;
      if (!key?.range || !value?.range || isScalar(value) || (value as { flow?: boolean }).flow) return undefined;
      const lineStart = text.lastIndexOf('\n', key.range[0] - 1) + 1;
      const indent = text.slice(lineStart, key.range[0]);
      if (!/^ *$/.test(indent)) return undefined;
      const colon = text.indexOf(':', key.range[1]);
      const keyLineEnd = text.indexOf('\n', colon);
      if (colon < 0 || keyLineEnd < 0 || !/^:[ \t]*(?:#.*)?\r?$/.test(text.slice(colon, keyLineEnd))) return undefined;
      const end = value.range[2];
      const block = text.slice(keyLineEnd + 1, end).replace(/^(?=[^\r\n])/gm, '  ');
      return { start: lineStart, end, text: `${indent}${operation.key}:\n${indent}  ${operation.inner}${text.slice(key.range[1], keyLineEnd + 1)}${block}` };
    }
    case 'item-with-id': {
      // `- Tekst` → `- id: …` / `  text: Tekst`, for a text on the line of its dash.
      const node = operation.text;
      if (!node.range || operation.seq.flow) return undefined;
      const lineStart = text.lastIndexOf('\n', node.range[0] - 1) + 1;
      const dash = /^( *)- +$/.exec(text.slice(lineStart, node.range[0]));
      if (!dash) return undefined;
      const column = node.range[0] - lineStart;
      // A block scalar's lines must stay deeper than the new `text:` key.
      if (node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL) {
        const body = text.slice(text.indexOf('\n', node.range[0]) + 1, node.range[1]);
        const depth = Math.min(...body.split('\n').filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)![0].length));
        if (!(depth > column)) return undefined;
      }
      return { start: node.range[0], end: node.range[0], text: `id: ${operation.id}\n${' '.repeat(column)}text: ` };
    }
  }
}

/**
 * The text a pair fills in a block mapping, when it fills whole lines of its own: from the
 * start of its key's line to the end of its value's line. Undefined for any other layout.
 */
function pairLines(text: string, pair: Pair): { start: number; end: number; keyStart: number; contentEnd: number } | undefined {
  const key = pair.key as Node | null;
  const value = pair.value as Node | null;
  if (!key?.range || !value?.range || !isScalar(value)) return undefined;
  if (value.type === Scalar.BLOCK_FOLDED || value.type === Scalar.BLOCK_LITERAL) return undefined;
  const keyStart = key.range[0];
  const valueEnd = value.range[1];
  const start = text.lastIndexOf('\n', keyStart - 1) + 1;
  if (!/^ *$/.test(text.slice(start, keyStart))) return undefined;
  if (text.slice(keyStart, valueEnd).includes('\n')) return undefined;
  const newline = text.indexOf('\n', valueEnd);
  const lineEnd = newline < 0 ? text.length : newline;
  const rest = /^([ \t]*(?:#.*?)?)\r?$/.exec(text.slice(valueEnd, lineEnd));
  if (!rest) return undefined;
  // The pair's own text runs to the end of its line, with a comment after the value.
  return { start, end: newline < 0 ? text.length : newline + 1, keyStart, contentEnd: valueEnd + rest[1]!.trimEnd().length };
}

function sameData(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair): pair is Pair => isPair(pair) && isScalar(pair.key) && pair.key.value === key);
}

function mapValue(node: unknown, key: string): unknown {
  return isMap(node) ? pairOf(node, key)?.value : undefined;
}
