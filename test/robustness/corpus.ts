/**
 * The hostile corpus: broken, malicious and strange files, made here rather than committed,
 * each with the exit code and the findings `agendum validate` must give for it.
 */

/** A small document that passes every check. */
export const VALID = 'schemaVersion: 3\nkind: DevelopmentAgenda\nid: v\ntitle: V\nparties: [{id: vng, name: VNG}]\ngeneralAgreements:\n  - {id: a, title: A, text: B}\n';

export interface HostileCase {
  /** The file name; some names are part of the case (spaces, accents). */
  readonly name: string;
  readonly content: () => string | Buffer;
  /** What it is, in the report. */
  readonly what: string;
  /** The codes of `validate --format json`, in order; none for a file that passes. */
  readonly codes: readonly string[];
  /** File mode to set after writing (000: unreadable). */
  readonly mode?: number;
}

const lines = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i)).join('\n');

function aliasBomb(): string {
  const rows = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 10; i++) rows.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  return `${rows.join('\n')}\n`;
}

const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

export const CASES: readonly HostileCase[] = [
  // Resource exhaustion
  { name: 'alias-bomb.yaml', what: 'a billion laughs: ten levels of ten aliases', content: aliasBomb, codes: ['yaml/alias-limit'] },
  { name: 'alias-cycle.yaml', what: 'an alias inside its own anchor', content: () => `${VALID}notes: &lus [*lus]\n`, codes: ['yaml/alias-cycle'] },
  { name: 'alias-unknown.yaml', what: 'an alias without an anchor', content: () => `${VALID}notes: *nergens\n`, codes: ['yaml/unknown-alias'] },
  {
    name: 'alias-many.yaml',
    what: '3,000 anchors with an alias each (quadratic in yaml; the loader test takes 40,000)',
    content: () => `${VALID}notes:\n${lines(3_000, (i) => `  - &a${i} x${i}\n  - *a${i}`)}\n`,
    codes: ['schema/unknown-property'],
  },
  { name: 'deep-flow.yaml', what: '90,000 nested flow sequences', content: () => `a: ${'['.repeat(90_000)}${']'.repeat(90_000)}\n`, codes: ['yaml/too-deep'] },
  { name: 'million-items.yaml', what: 'a list of 1,000,000 items in 4 MB, under the size limit', content: () => `${VALID}notes:\n${'- a\n'.repeat(1_000_000)}`, codes: ['yaml/too-many-nodes'] },
  { name: 'million-flow-items.yaml', what: 'a flow list of 2,000,000 items in 4 MB', content: () => `${VALID}notes: [${'a,'.repeat(2_000_000)}a]\n`, codes: ['yaml/too-many-nodes'] },
  { name: 'deep-flow-maps.yaml', what: '2,000 nested flow mappings', content: () => `a: ${'{a: '.repeat(2_000)}1${'}'.repeat(2_000)}\n`, codes: ['yaml/too-deep'] },
  { name: 'deep-block.yaml', what: '100,000 nested block sequences', content: () => `a:\n  ${'- '.repeat(100_000)}x\n`, codes: ['yaml/too-deep'] },
  { name: 'deep-indented.yaml', what: '1,000 mappings nested by indentation', content: () => `${lines(1000, (i) => `${' '.repeat(i)}a:`)} 1\n`, codes: ['yaml/too-deep'] },
  { name: 'many-keys.yaml', what: '3,000 keys in one mapping (quadratic in yaml; the loader test takes 100,000)', content: () => `${VALID}notes:\n${lines(3_000, (i) => `  k${i}: ${i}`)}\n`, codes: ['schema/unknown-property'] },
  { name: 'too-large.yaml', what: 'a valid document of 6 MB, over the 5 MB limit', content: () => `${VALID}notes:\n${`  - "${'x'.repeat(1000)}"\n`.repeat(6000)}`, codes: ['file/too-large'] },
  { name: 'fifty-mb.yaml', what: 'a 50 MB file of NUL bytes: refused by its size before it is read (read, it would be binary)', content: () => Buffer.alloc(50 * 1024 * 1024), codes: ['file/too-large'] },
  { name: 'huge-line.yaml', what: 'one line of 3 MB', content: () => `${VALID}notes: [${'samen tegen huiselijk geweld '.repeat(100_000)}]\n`, codes: ['schema/unknown-property'] },
  // Not text
  { name: 'binary.yaml', what: 'binary bytes', content: () => Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]), codes: ['file/encoding'] },
  { name: 'nul.yaml', what: 'a NUL character in text', content: () => 'title: a\u0000b\n', codes: ['file/binary'] },
  { name: 'utf16le.yaml', what: 'UTF-16 little-endian with a BOM', content: () => utf16(VALID), codes: ['file/encoding'] },
  { name: 'utf16be.yaml', what: 'UTF-16 big-endian with a BOM', content: () => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(VALID, 'utf16le').swap16()]), codes: ['file/encoding'] },
  { name: 'utf16-no-bom.yaml', what: 'UTF-16 without a BOM', content: () => Buffer.from(VALID, 'utf16le'), codes: ['file/binary'] },
  { name: 'invalid-utf8.yaml', what: 'a byte sequence that is not UTF-8', content: () => Buffer.concat([Buffer.from(`${VALID}notes: `), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]), codes: ['file/encoding'] },
  { name: 'latin1.yaml', what: 'Latin-1 text (é as one byte)', content: () => Buffer.concat([Buffer.from(`${VALID}notes: caf`), Buffer.from([0xe9]), Buffer.from('\n')]), codes: ['file/encoding'] },
  { name: 'overlong-utf8.yaml', what: 'an overlong UTF-8 encoding of /', content: () => Buffer.concat([Buffer.from(`${VALID}notes: `), Buffer.from([0xc0, 0xaf]), Buffer.from('\n')]), codes: ['file/encoding'] },
  // Empty and several
  { name: 'empty.yaml', what: 'an empty file', content: () => '', codes: ['document/empty'] },
  { name: 'only-comments.yaml', what: 'comments only', content: () => '# niets\n# nog steeds niets\n', codes: ['document/empty'] },
  { name: 'only-whitespace.yaml', what: 'blank lines only', content: () => '\n\n   \n', codes: ['document/empty'] },
  { name: 'two-documents.yaml', what: 'two YAML documents', content: () => `${VALID}---\n${VALID}`, codes: ['yaml/multiple-docs'] },
  { name: 'scalar.yaml', what: 'a number instead of a mapping', content: () => '42\n', codes: ['document/not-a-mapping'] },
  { name: 'list.yaml', what: 'a list instead of a mapping', content: () => '- a\n- b\n', codes: ['document/not-a-mapping'] },
  // Malformed YAML
  { name: 'tabs.yaml', what: 'a tab used for indentation', content: () => 'schemaVersion: 3\n\tkind: x\n', codes: ['yaml/tab-as-indent'] },
  { name: 'duplicate-keys.yaml', what: 'a key twice', content: () => `${VALID}title: W\n`, codes: ['yaml/duplicate-key'] },
  { name: 'unclosed-quote.yaml', what: 'a quote that never closes', content: () => `${VALID}notes: "open\n`, codes: ['yaml/missing-char'] },
  { name: 'unclosed-bracket.yaml', what: 'a [ that never closes', content: () => `${VALID}notes: [a, b\n`, codes: ['yaml/bad-indent'] },
  { name: 'bad-indent.yaml', what: 'a line indented under a scalar', content: () => 'schemaVersion: 3\nkind: DevelopmentAgenda\n  id: v\n', codes: ['yaml/block-as-implicit-key', 'yaml/multiline-implicit-key'] },
  { name: 'missing-colon.yaml', what: 'a key without its colon', content: () => 'schemaVersion: 3\nkind DevelopmentAgenda\nid: v\n', codes: ['yaml/multiline-implicit-key'] },
  { name: 'bad-escape.yaml', what: 'an escape YAML does not know', content: () => `${VALID}notes: "a\\qb"\n`, codes: ['yaml/bad-dq-escape'] },
  { name: 'long-key.yaml', what: 'a key of 2,000 characters', content: () => `${VALID}${'k'.repeat(2000)}: x\n`, codes: ['yaml/key-over-1024-chars'] },
  { name: 'js-function.yaml', what: 'a !!js/function tag', content: () => `${VALID}notes: !!js/function "function () { process.exit(3) }"\n`, codes: ['schema/unknown-property', 'yaml/tag-resolve-failed'] },
  { name: 'cr-only.yaml', what: 'old Mac line endings (CR only), line breaks in YAML', content: () => VALID.replace(/\n/g, '\r'), codes: [] },
  // Documents that are YAML but not agendas
  { name: 'unknown-kind.yaml', what: 'a kind agendum does not know', content: () => VALID.replace('DevelopmentAgenda', 'Begroting'), codes: ['document/unknown-kind'] },
  { name: 'kind-number.yaml', what: 'a kind that is a number', content: () => VALID.replace('DevelopmentAgenda', '42'), codes: ['document/unknown-kind'] },
  { name: 'missing-kind.yaml', what: 'no kind', content: () => VALID.replace('kind: DevelopmentAgenda\n', ''), codes: ['document/missing-kind'] },
  {
    name: 'prototype-keys.yaml',
    what: '__proto__, constructor and prototype keys, at the top and in a list item',
    content: () => `${VALID.replace('{id: a, title: A, text: B}', '{id: a, title: A, text: B, __proto__: {polluted: true}}')}__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\nprototype: {polluted: true}\n`,
    codes: ['schema/unknown-property', 'schema/unknown-property', 'schema/unknown-property', 'schema/unknown-property'],
  },
  // Text that passes, in a name with a space and accents
  { name: 'BOM én CRLF.yaml', what: 'a BOM and CRLF line endings, in a file name with a space and an accent', content: () => `\ufeff${VALID.replace(/\n/g, '\r\n')}`, codes: [] },
  { name: 'terminal-escapes.yaml', what: 'terminal escape sequences and a bidirectional override in text', content: () => `${VALID}notes: "\\e[2J\\e]0;pwned\\a\\u202e"\n`, codes: ['schema/unknown-property'] },
  // Not readable
  { name: 'unreadable.yaml', what: 'a file without read permission', content: () => VALID, mode: 0o000, codes: ['file/unreadable'] },
];
