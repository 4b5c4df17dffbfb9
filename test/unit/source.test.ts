import { describe, expect, it } from 'vitest';
import { parseSource, rangeOf, rangeOfText } from '../../src/core/source.js';
import { fromPointer, toPointer } from '../../src/core/pointer.js';
import { closest, editDistance } from '../../src/core/suggest.js';
import { MAX_NESTING } from '../../src/core/yaml.js';
import { canonicalText } from '../../src/format/canonical.js';

describe('parseSource', () => {
  it('keeps dates and yes/no as strings (YAML 1.2 core schema)', () => {
    const source = parseSource('date: 2020-01-01\nanswer: yes\ncount: 3\n', 'a.yaml');
    expect(source.diagnostics).toEqual([]);
    expect(source.data).toEqual({ date: '2020-01-01', answer: 'yes', count: 3 });
  });

  it('reports a duplicate key at the second key', () => {
    const source = parseSource('title: a\nid: x\ntitle: b\n', 'a.yaml');
    expect(source.data).toBeUndefined();
    expect(source.diagnostics).toMatchObject([{ code: 'yaml/duplicate-key', severity: 'error', range: { start: { line: 3, column: 1 } } }]);
  });

  it('finds a duplicate among 90,000 keys (near the limit of nodes), and keys that are the same in the data (1 and "1")', () => {
    const keys = Array.from({ length: 90_000 }, (_, i) => `k${i}: ${i}`);
    keys.splice(70_000, 0, 'k12345: again');
    const source = parseSource(`${keys.join('\n')}\n"1": a\n1: b\n`, 'a.yaml');
    expect(source.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.column, d.range.end.column])).toEqual([
      ['yaml/duplicate-key', 70_001, 1, 7],
      ['yaml/duplicate-key', 90_003, 1, 2],
    ]);
  }, 30_000); // a guard against the quadratic check, which took minutes

  it('reports a syntax error with its line and column', () => {
    const source = parseSource('title: "open\nid: x\n', 'a.yaml');
    expect(source.diagnostics.length).toBeGreaterThan(0);
    expect(source.diagnostics[0]!.code).toMatch(/^yaml\//);
    expect(source.diagnostics[0]!.range.start.line).toBeGreaterThanOrEqual(1);
  });

  it('reports tabs used for indentation', () => {
    const source = parseSource('a:\n\tb: 1\n', 'a.yaml');
    expect(source.diagnostics.map((d) => d.code)).toContain('yaml/tab-as-indent');
  });
});

describe('aliases', () => {
  const codes = (text: string) => parseSource(text, 'a.yaml').diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.column]);

  it('give the anchor\'s value, as yaml does', () => {
    const source = parseSource('partijen: &p [vng, ggd]\neerste: *p\ntweede: {wie: *p}\n', 'a.yaml');
    expect(source.diagnostics).toEqual([]);
    expect(source.data).toEqual({ partijen: ['vng', 'ggd'], eerste: ['vng', 'ggd'], tweede: { wie: ['vng', 'ggd'] } });
  });

  it('that expand beyond reason (a billion laughs) are refused at the alias that goes over', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    expect(codes(`${lines.join('\n')}\n`)).toEqual([['yaml/alias-limit', 4, 50]]);
  });

  it('inside their own anchor are refused: the data would contain itself', () => {
    expect(codes('a: &lus [1, *lus]\n')).toEqual([['yaml/alias-cycle', 1, 13]]);
    expect(codes('a: &lus\n  b:\n    c: *lus\n')).toEqual([['yaml/alias-cycle', 3, 8]]);
  });

  it('without an anchor before them are an error of their own, not an alias bomb', () => {
    expect(codes('a: *nergens\nb: &later 1\nc: *later\n')).toEqual([['yaml/unknown-alias', 1, 4]]);
  });

  it('that make the data nest too deep are refused', () => {
    const nest = (inner: string) => `${'['.repeat(40)}${inner}${']'.repeat(40)}`;
    expect(codes(`a: &a ${nest('1')}\nb: &b ${nest('*a')}\nc: ${nest('*b')}\n`)).toEqual([['yaml/too-deep', 3, 44]]);
  });

  it('are resolved in one pass: 40,000 anchors with an alias each', () => {
    const items = Array.from({ length: 40_000 }, (_, i) => `  - &a${i} x${i}\n  - *a${i}`);
    const source = parseSource(`lijst:\n${items.join('\n')}\n`, 'a.yaml');
    expect(source.diagnostics).toEqual([]);
    expect((source.data as { lijst: string[] }).lijst.slice(-2)).toEqual(['x39999', 'x39999']);
  }, 30_000); // yaml searched the document from the start for every alias: minutes
});

describe('nesting', () => {
  const nested = (depth: number) => ({
    // The root mapping is the first level.
    flow: `a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`,
    flowMaps: `a: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`,
    block: `a:\n  ${'- '.repeat(depth)}x\n`,
    // Indentation grows with the square of the depth: 800 levels are 320 kB.
    indented: Array.from({ length: Math.min(depth, 800) + 1 }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' 1\n',
  });

  it('up to the limit is read', () => {
    for (const [shape, text] of Object.entries(nested(MAX_NESTING - 1))) {
      const source = parseSource(text, 'a.yaml');
      expect(source.diagnostics, shape).toEqual([]);
      expect(source.data, shape).toBeDefined();
    }
  });

  it('beyond it is one finding at the first collection too deep, whatever the depth, and the file is not composed', () => {
    // (Below the limit of nodes: 100,000 nested flow mappings would be refused for that first.)
    for (const depth of [MAX_NESTING + 1, 800, 40_000]) {
      for (const [shape, text] of Object.entries(nested(depth))) {
        const source = parseSource(text, 'a.yaml');
        expect(source.diagnostics.map((d) => d.code), `${shape} ${depth}`).toEqual(['yaml/too-deep']);
        expect(source.data).toBeUndefined();
        const where = source.diagnostics[0]!.range.start;
        const expected = { flow: { line: 1, column: 3 + MAX_NESTING }, flowMaps: { line: 1, column: 4 + 4 * (MAX_NESTING - 1) }, block: { line: 2, column: 3 + 2 * (MAX_NESTING - 1) }, indented: { line: MAX_NESTING + 1, column: MAX_NESTING + 1 } }[shape];
        expect(where, `${shape} ${depth}`).toEqual(expected);
      }
    }
  });

  it('fmt leaves a file nested too deep alone instead of failing', () => {
    for (const text of Object.values(nested(800))) expect(canonicalText(text)).toBeUndefined();
  });
});

describe('rangeOf', () => {
  const text = 'kind: X\nthemes:\n  - id: a\n    title: Eerste\n  - id: b\n    title: Tweede\n';
  const source = parseSource(text, 'a.yaml');

  it('finds a value inside a list item', () => {
    expect(rangeOf(source, '/themes/1/title')).toEqual({ start: { line: 6, column: 12 }, end: { line: 6, column: 18 } });
  });

  it('finds the key of a member', () => {
    expect(rangeOf(source, '/themes/1/title', 'key').start).toEqual({ line: 6, column: 5 });
  });

  it('falls back to the deepest existing node for a path that is not there', () => {
    expect(rangeOf(source, '/themes/1/missing').start).toEqual({ line: 5, column: 5 });
  });
});

describe('JSON pointers', () => {
  it('escape and unescape ~ and /', () => {
    const segments = ['a/b', 'c~d', '0'];
    expect(toPointer(segments)).toBe('/a~1b/c~0d/0');
    expect(fromPointer(toPointer(segments))).toEqual(segments);
    expect(fromPointer('')).toEqual([]);
  });
});

describe('suggestions', () => {
  it('counts edits, transpositions as one', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests the nearest candidate only when it is close', () => {
    expect(closest('titel', ['title', 'id', 'kind'])).toBe('title');
    expect(closest('ExecutionAgnda', ['DevelopmentAgenda', 'ExecutionAgenda'])).toBe('ExecutionAgenda');
    expect(closest('zzzzzz', ['title', 'id'])).toBeUndefined();
  });

  it('proposes only plausible names: one edit in a short word, two up to eight letters', () => {
    // An unknown "end" in a phase: "id" is two edits away, not a typo of it.
    expect(closest('end', ['id', 'number', 'name', 'start', 'period'])).toBeUndefined();
    expect(closest('nme', ['id', 'number', 'name'])).toBe('name');
    expect(closest('perod', ['period', 'parallel'])).toBe('period');
    expect(closest('statsu', ['status', 'start'])).toBe('status');
    expect(closest('deadlne', ['deadline', 'duration'])).toBe('deadline');
  });
});

describe('rangeOfText', () => {
  const text = 'notes:\n  - "Het CSG en het SCG, en nog eens SCG."\n  - >-\n    gevouwen tekst met SCG\n    over regels\n';
  const source = parseSource(text, 'a.yaml');

  it('finds the n-th occurrence of a word inside a quoted value', () => {
    expect(rangeOfText(source, '/notes/0', 'SCG', 0)).toEqual({ start: { line: 2, column: 21 }, end: { line: 2, column: 24 } });
    expect(rangeOfText(source, '/notes/0', 'SCG', 1).start).toEqual({ line: 2, column: 38 });
  });

  it('finds a word inside a folded scalar', () => {
    expect(rangeOfText(source, '/notes/1', 'SCG', 0).start).toEqual({ line: 4, column: 24 });
  });

  it('falls back to the whole value when the text is not in the source as such', () => {
    expect(rangeOfText(source, '/notes/1', 'SCG over', 0).start).toEqual({ line: 3, column: 5 });
  });
});

describe('an anchor in a key', () => {
  it('is followed by an alias to it without an error of agendum itself', () => {
    const source = parseSource('? &a k\n: 1\nb: *a\n', 'a.yaml');
    expect(source.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(source.data).toEqual({ k: 1, b: 'k' });
  });
});
