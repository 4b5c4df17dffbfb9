import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify, visit } from 'yaml';
import { MAX_DATA_NODES, MAX_NODES, crowdedOffset } from '../../src/core/limits.js';
import { parseSource } from '../../src/core/source.js';
import { VALID } from './corpus.js';

/**
 * The structural limits are measured on the text, before any parser builds a tree: the count
 * may never be below the nodes the text holds, whatever its style, or a document could get
 * past the limit by the way it is written.
 */
function nodesOf(text: string): number {
  let nodes = 0;
  visit(parseDocument(text, { uniqueKeys: false }), {
    Node() {
      nodes++;
    },
  });
  return nodes;
}

describe('the count of nodes before parsing', () => {
  it('is never below the nodes a text holds, in block and flow style, with comments and aliases', () => {
    const styles = [
      (value: unknown) => stringify(value),
      (value: unknown) => stringify(value, { collectionStyle: 'flow' }),
      (value: unknown) => stringify(value, { indentSeq: false, defaultStringType: 'QUOTE_DOUBLE' }),
      (value: unknown) => `# opmerking\n${stringify(value, { collectionStyle: 'flow' }).replace(/, /g, ',')}`,
    ];
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 0, max: styles.length - 1 }), (value, style) => {
        const text = styles[style]!(value);
        const nodes = nodesOf(text);
        // A limit one below the count of nodes must be crossed somewhere in the text.
        if (nodes > 1) expect(crowdedOffset(text, nodes - 1), text).toBeDefined();
      }),
      { numRuns: 300 },
    );
    const anchored = 'a: &x [1, 2, {b: 3}]\nb: *x\nc:\n  - ? k\n    : v\n  - - y\n    - z\n';
    expect(crowdedOffset(anchored, nodesOf(anchored) - 1)).toBeDefined();
  });

  it('lets a real agenda far below the limit through, and stops a million list items at the mark that crosses it', () => {
    expect(crowdedOffset(VALID)).toBeUndefined();
    const million = `${VALID}notes:\n${'- a\n'.repeat(1_000_000)}`;
    const at = crowdedOffset(million)!;
    expect(million[at]).toBe('-');
    expect(at).toBeLessThan(million.length / 4);
    const source = parseSource(million, 'a.yaml');
    expect(source.data).toBeUndefined();
    expect(source.diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([['yaml/too-many-nodes', million.slice(0, at).split('\n').length]]);
    expect(source.diagnostics[0]!.range.start.line).toBeLessThan(MAX_NODES);
  });
});

describe('the data of a document with its aliases expanded', () => {
  it(`holds at most ${MAX_DATA_NODES} nodes, however many nodes the file has`, () => {
    // 60,000 nodes would allow 610,000 by the budget relative to the file; the cap is lower.
    const copies = (count: number) => `${VALID}x-notes:\n  anchor: &groot\n${'    - a\n'.repeat(60_000)}  copies:\n${'    - *groot\n'.repeat(count)}`;
    expect(parseSource(copies(5), 'a.yaml').diagnostics).toEqual([]);
    expect(parseSource(copies(6), 'a.yaml').diagnostics.map((d) => d.code)).toEqual(['yaml/alias-limit']);
  }, 30_000);
});
