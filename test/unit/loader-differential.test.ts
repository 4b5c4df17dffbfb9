import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus.mjs';
import { readFast } from '../../src/core/fast-yaml.js';
import { toPointer } from '../../src/core/pointer.js';
import type { SourceDocument, Target } from '../../src/core/source.js';
import { parseSource, parseWithYaml, rangeOf, rangeOfText, setFastReading } from '../../src/core/source.js';
import { RULES } from '../../src/rules/index.js';
import { TIMELINE_RULES } from '../../src/timeline/index.js';
import { validateTexts } from '../../src/validate/engine.js';

/**
 * The fast reader (js-yaml) against `yaml`: for every document, the same data and the same
 * findings, and for every node, the range `yaml` gives it, as key and as value, and for paths
 * that lead outside the data. On every document in agendas/ and examples/, every test fixture,
 * a bench corpus, and YAML that fast-check writes (then breaks at random).
 */

function* yamlFiles(dir: string): Generator<string> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names.sort()) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) yield* yamlFiles(file);
    else if (/\.ya?ml$/.test(name)) yield file;
  }
}

function* pointers(value: unknown, segments: (string | number)[] = []): Generator<string> {
  yield toPointer(segments);
  if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) yield* pointers(child, [...segments, key]);
}

/** What the two readers must agree on, as a list of differences (empty when they agree). */
function differences(text: string): string[] {
  const fast = parseSource(text, 'a.yaml');
  const slow = parseWithYaml(text, 'a.yaml');
  const found: string[] = [];
  if (!isDeepStrictEqual(fast.data, slow.data)) found.push(`data: ${JSON.stringify(fast.data)} vs ${JSON.stringify(slow.data)}`);
  if (!isDeepStrictEqual(fast.diagnostics, slow.diagnostics)) found.push(`findings: ${JSON.stringify(fast.diagnostics)} vs ${JSON.stringify(slow.diagnostics)}`);
  if (slow.data === undefined) return found;
  for (const pointer of [...pointers(slow.data), '/nope', '/0/nope', `${[...pointers(slow.data)].pop()}/deeper`]) {
    for (const target of ['value', 'key'] as Target[]) {
      const a = rangeOf(fast, pointer, target);
      const b = rangeOf(slow, pointer, target);
      if (!isDeepStrictEqual(a, b)) found.push(`${pointer} (${target}): ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    }
    const value = valueAt(slow, pointer);
    if (typeof value === 'string' && value.length > 2) {
      const needle = value.slice(1, Math.min(value.length, 6));
      if (!isDeepStrictEqual(rangeOfText(fast, pointer, needle, 0), rangeOfText(slow, pointer, needle, 0))) found.push(`${pointer} text`);
    }
  }
  return found;
}

function valueAt(source: SourceDocument, pointer: string): unknown {
  let value: unknown = source.data;
  for (const segment of pointer.split('/').slice(1)) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return value;
}

/** How many documents the fast reader read, and how many of those it also gave positions for. */
function coverage(texts: readonly string[]): { fast: number; positions: number } {
  let fast = 0;
  let positions = 0;
  for (const text of texts) {
    const read = readFast(text);
    if (!read) continue;
    fast++;
    if (read.nodes && read.nodes.offsets('', 'value') !== undefined) positions++;
  }
  return { fast, positions };
}

const work = mkdtempSync(path.join(os.tmpdir(), 'agendum-loader-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the fast reader and yaml agree', () => {
  const files = [...yamlFiles('agendas'), ...yamlFiles('examples'), ...yamlFiles('test')];

  it('on every document in agendas/ and examples/ and every test fixture', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expect(differences(readFileSync(file, 'utf8')), file).toEqual([]);
    // The bundled documents are read by the fast reader, positions and all.
    const agendas = [...yamlFiles('agendas')].map((f) => readFileSync(f, 'utf8'));
    expect(coverage(agendas)).toEqual({ fast: agendas.length, positions: agendas.length });
  });

  it('on a document marker with no space after it, which js-yaml reads as a marker and yaml as text', () => {
    // Found by the property test below.
    for (const text of ["---'\r\n # modeline\r\n1,5\r\n'          # diep\r\n# c\r\n", "---[a, b]\n", "...x\n", "a: 1\n---b: 2\n"]) {
      expect(differences(text), JSON.stringify(text)).toEqual([]);
    }
  });

  it('on a value below its key after an empty line and a comment at the start of a line, which yaml reads as a key', () => {
    // Found by the property test below.
    const found = " # modeline\r\nid: Null  # na\r\n \r\n \r\n__proto__: \r\n\n# c\r\n  # c\r\n  b:% 1,5 \r\n'quoted key': >+\r\n  # geen commentaar\r\n  meer tekst\r\n\r\n# c\r\n";
    for (const text of [found, 'x:\n\n# c\n  b 1\nq: 1\n', 'a:\n  x:\n\n# c\n    b 1\n  q: 1\n', '- x:\n\n# c\n    b 1\n  q: 1\n', 'x:\n\n\t# c\n  b 1\nq: 1\n', 'x:\n# c\n\n# c\n  b 1\nq: 1\n', 'x:   # t\n\n# c\n  b 1\nq: 1\n']) {
      expect(differences(text), JSON.stringify(text)).toEqual([]);
    }
  });

  it('on a bench corpus of 400 documents (all of its mistakes among them)', () => {
    const corpus = writeCorpus(work, 400);
    const texts = corpus.files.map((f: string) => readFileSync(f, 'utf8'));
    for (const [i, text] of texts.entries()) expect(differences(text), corpus.files[i]).toEqual([]);
    expect(coverage(texts).positions).toBe(400 - corpus.unparsable.length);
  }, 120_000);

  it('on every finding of every check, with the bundled documents and the corpus', () => {
    const inputs = [...yamlFiles('agendas'), ...readdirSync(work).map((f) => path.join(work, f))]
      .filter((f) => /\.ya?ml$/.test(f))
      .slice(0, 150)
      .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    const options = { ruleSet: [...RULES, ...TIMELINE_RULES], settings: { today: { year: 2024, month: 1, day: 1 } } };
    const fast = validateTexts(inputs, options);
    setFastReading(false);
    try {
      const slow = validateTexts(inputs, options);
      expect(fast.length).toBeGreaterThan(50);
      expect(fast).toEqual(slow);
    } finally {
      setFastReading(true);
    }
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// YAML written by fast-check: block and flow collections, every kind of scalar, comments and
// blank lines at any indentation, CRLF, a BOM, anchors, aliases, merge keys and tags.

const plainScalars = [
  'a', 'Zorg voor goede samenwerking', '0x1F', '0o17', '1e3', '-1.5', '+12', '-0', '007', '.5', '1.', '.inf', '-.Inf', '.NaN',
  '~', 'null', 'Null', 'NULL', 'true', 'False', 'TRUE', 'yes', 'No', 'on', '2020-01-01', '2020-01-01T10:00:00Z', '12:30', '1_000',
  '0b101', '1,5', '€ 45.000', 'x:y', 'a#b', "it's", 'Q3 2021', '2020 t/m 2023', 'é', '<<',
];
const quotedScalars = ['"a \\"b\\" c"', '"\\u00e9\\t"', "'it''s'", '""', "''", '"0x1F"', "'~'", '"line\\nbreak"', '"# not a comment"'];
const keys = ['id', 'title', 'kind', 'period', 'a', 'b', '1', '"1"', '0x1F', 'true', "'quoted key'", '"x y"', '__proto__', 'long key with words'];

type Model = { readonly kind: 'scalar'; readonly text: string } | { readonly kind: 'block'; readonly text: string } | { readonly kind: 'map'; readonly pairs: readonly [string, Model][]; readonly flow: boolean } | { readonly kind: 'seq'; readonly items: readonly Model[]; readonly flow: boolean };

const scalar: fc.Arbitrary<Model> = fc.oneof(
  fc.constantFrom(...plainScalars, ...quotedScalars).map((text) => ({ kind: 'scalar' as const, text })),
  fc.tuple(fc.constantFrom('|', '>', '|-', '>-', '|+', '>+', '|2'), fc.array(fc.constantFrom('tekst', 'meer tekst', '', '  ingesprongen', 'x: y', '# geen commentaar'), { minLength: 1, maxLength: 4 })).map(([header, lines]) => ({
    kind: 'block' as const,
    text: `${header}\n${lines.join('\n')}`,
  })),
);

const model: fc.Arbitrary<Model> = fc.letrec<{ node: Model }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.record({
      kind: fc.constant('map' as const),
      pairs: fc.uniqueArray(fc.tuple(fc.constantFrom(...keys), tie('node')), { minLength: 1, maxLength: 4, selector: ([key]) => key }),
      flow: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('seq' as const), items: fc.array(tie('node'), { minLength: 1, maxLength: 4 }), flow: fc.boolean() }),
  ),
})).node;

/** Lines of comments and blank lines that may stand between items, at any indentation. */
const trivia = fc.array(fc.constantFrom('', '# c', '  # c', '    # c', '      # c', ' ', '          # diep'), { maxLength: 3 });
const layout = fc.record({ trivia: fc.array(trivia, { minLength: 40, maxLength: 40 }), trailing: fc.array(fc.constantFrom('', '  # na', ' '), { minLength: 40, maxLength: 40 }), seqIndent: fc.boolean() });

type Layout = { readonly trivia: readonly (readonly string[])[]; readonly trailing: readonly string[]; readonly seqIndent: boolean };

function render(root: Model, look: Layout): string {
  let n = 0;
  const next = <T,>(list: readonly T[]): T => list[n++ % list.length]!;
  const flow = (node: Model): string => {
    if (node.kind === 'scalar') return node.text;
    if (node.kind === 'block') return JSON.stringify(node.text);
    if (node.kind === 'map') return `{${node.pairs.map(([k, v]) => `${k}: ${flow(v)}`).join(', ')}}`;
    return `[${node.items.map(flow).join(', ')}]`;
  };
  const between = (): string => next(look.trivia).map((line) => `${line}\n`).join('');
  // A value after "key:" or "- ", for a collection at `indent`.
  const value = (node: Model, indent: number): string => {
    if (node.kind === 'scalar') return ` ${node.text}${next(look.trailing)}\n`;
    if (node.kind === 'block') return ` ${node.text.split('\n').map((line, i) => (i === 0 ? line : line === '' ? '' : ' '.repeat(indent + 2) + line)).join('\n')}\n`;
    if (node.flow) return ` ${flow(node)}${next(look.trailing)}\n`;
    return `${next(look.trailing)}\n${block(node, indent + 2)}`;
  };
  const block = (node: Model, indent: number): string => {
    const pad = ' '.repeat(indent);
    if (node.kind === 'map') return node.pairs.map(([k, v]) => `${between()}${pad}${k}:${value(v, indent)}`).join('');
    if (node.kind === 'seq') {
      const at = look.seqIndent ? indent : Math.max(0, indent - 2);
      return node.items.map((item) => `${between()}${' '.repeat(at)}-${value(item, at)}`).join('');
    }
    return `${pad}${node.kind === 'scalar' ? node.text : flow(node)}\n`;
  };
  return `# modeline\n${block(root, 0)}${between()}`;
}

const variant = fc.record({
  crlf: fc.boolean(),
  bom: fc.constantFrom(false, false, false, true),
  start: fc.boolean(),
  props: fc.constantFrom('', '', '', '', '', 'anchor', 'merge', 'tag', 'unknown-tag'),
});

function dress(text: string, v: { crlf: boolean; bom: boolean; start: boolean; props: string }): string {
  let out = v.start ? `---\n${text}` : text;
  if (v.props === 'anchor') out = out.replace(/^(\s*)(\w+): (\w+)$/m, '$1$2: &anker $3\n$1anker-kopie: *anker');
  if (v.props === 'merge') out = `basis: &basis {a: 1, b: 2}\nsamen:\n  <<: *basis\n  c: 3\n${out}`;
  if (v.props === 'tag') out = out.replace(/: (\w+)$/m, ': !!str $1');
  if (v.props === 'unknown-tag') out = out.replace(/: (\w+)$/m, ': !onbekend $1');
  if (v.crlf) out = out.replace(/\n/g, '\r\n');
  return v.bom ? `\ufeff${out}` : out;
}

/** Breaks a text at a few places, the way a hand or a merge breaks YAML. */
const breakage = fc.array(fc.tuple(fc.nat(), fc.constantFrom(' ', '\t', '\n', ':', '- ', '#', '"', "'", '[', ']', '{', ',', '&x', '*x', '!', '|', '>', '%', '\n---\n', '? ', '  ', 'x: ', '\r')), { minLength: 1, maxLength: 3 });

function breakText(text: string, edits: readonly (readonly [number, string])[]): string {
  let out = text;
  for (const [at, piece] of edits) {
    const i = at % (out.length + 1);
    out = out.slice(0, i) + piece + out.slice(i);
  }
  return out;
}

describe('the fast reader and yaml agree on generated YAML', () => {
  it('well-formed: the same data and the range of every node', () => {
    const texts: string[] = [];
    fc.assert(
      fc.property(model, layout, variant, (root, look, v) => {
        const text = dress(render(root, look), v);
        texts.push(text);
        expect(differences(text), JSON.stringify(text)).toEqual([]);
      }),
      { numRuns: 600 },
    );
    // The property is about the fast reader only where it reads the documents.
    const { fast, positions } = coverage(texts);
    expect(fast).toBeGreaterThan(texts.length / 3);
    expect(positions).toBeGreaterThan(texts.length / 4);
  }, 120_000);

  it('broken: where js-yaml reads a text, yaml reads it as well-formed, to the same data', () => {
    fc.assert(
      fc.property(model, layout, variant, breakage, (root, look, v, edits) => {
        const text = breakText(dress(render(root, look), v), edits);
        expect(differences(text), JSON.stringify(text)).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  }, 120_000);
});
