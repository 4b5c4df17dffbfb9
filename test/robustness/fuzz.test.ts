import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valueAtPointer } from '../../src/core/pointer.js';
import { parseSource } from '../../src/core/source.js';
import { diffDocuments } from '../../src/diff/index.js';
import { canonicalText } from '../../src/format/canonical.js';
import { RenderError, renderDocument } from '../../src/render/index.js';
import { kindInfo } from '../../src/model/kinds.js';
import { RULES } from '../../src/rules/index.js';
import { timelineChart } from '../../src/timeline/chart.js';
import { timelineChartData } from '../../src/timeline/chart-data.js';
import { TIMELINE_RULES } from '../../src/timeline/index.js';
import { validateTexts } from '../../src/validate/engine.js';
import { SEEDS, agendaData } from '../render/support/seeds.js';

/**
 * Property-based fuzzing of the loader, the checks, the diff and the renderers: no input makes
 * them throw (the time parser has its own in test/time/properties.test.ts), and what they give
 * back is consistent.
 */
const TODAY = { year: 2022, month: 1, day: 1 };
const ALL_RULES = [...RULES, ...TIMELINE_RULES];
const AGENDA = 'agendas/uitvoeringsagenda-samen-tegen-huiselijk-geweld-2020-2023.agenda.yaml';

/** Text made of what YAML reads as structure, so that the fuzzer reaches the parser's corners. */
const yamlish = fc
  .array(
    fc.constantFrom(
      '- ', ': ', ':', '\n', '\n  ', '\n    ', '\r\n', '\t', ' ', '[', ']', '{', '}', ',', '"', "'", '#', '&a ', '*a', '&b ', '*b', '!!str ', '!x ', '? ',
      '|', '>-', '---\n', '...\n', '%YAML 1.2\n', '\\', '\\u00', 'kind', 'ExecutionAgenda', 'id', 'title', 'period', '2020 t/m 2023', 'x', '__proto__', '1', '~', 'é', '\u0000', '\ufeff',
    ),
    { maxLength: 60 },
  )
  .map((pieces) => pieces.join(''));

describe('the loader', () => {
  it('never throws on arbitrary text; every finding is placed inside the file; the same text gives the same result', () => {
    for (const arbitrary of [fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), yamlish]) {
      fc.assert(
        fc.property(arbitrary, (text) => {
          const source = parseSource(text, 'fuzz.yaml');
          const lines = text.split(/\r\n|\r|\n/).length;
          for (const d of source.diagnostics) {
            expect(d.range.start.line).toBeGreaterThanOrEqual(1);
            expect(d.range.start.line).toBeLessThanOrEqual(lines);
            expect(d.range.start.column).toBeGreaterThanOrEqual(1);
          }
          if (source.diagnostics.some((d) => d.severity === 'error')) expect(source.data).toBeUndefined();
          expect(parseSource(text, 'fuzz.yaml').diagnostics).toEqual(source.diagnostics);
          canonicalText(text);
        }),
        { numRuns: 400 },
      );
    }
  });
});

describe('the checks', () => {
  it('never throw on arbitrary text, and run the timeline rules on what parses', () => {
    for (const arbitrary of [fc.string({ maxLength: 400 }), yamlish]) {
      fc.assert(
        fc.property(arbitrary, (text) => {
          validateTexts([{ file: 'fuzz.yaml', text }], { ruleSet: ALL_RULES, settings: { today: TODAY } });
        }),
        { numRuns: 300 },
      );
    }
  });

  it('never throw on a seed with a line changed at random', () => {
    const seed = readFileSync(new URL(`../../${AGENDA}`, import.meta.url), 'utf8').split('\n');
    fc.assert(
      fc.property(fc.nat(seed.length - 1), fc.oneof(fc.string({ maxLength: 40 }), yamlish), (line, replacement) => {
        const lines = [...seed];
        lines[line] = lines[line]!.replace(/:\s.*$/, `: ${replacement}`);
        const text = lines.join('\n');
        validateTexts([{ file: 'fuzz.yaml', text }], { ruleSet: ALL_RULES, settings: { today: TODAY } });
        timelineChart([{ file: 'fuzz.yaml', text }], TODAY);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});

/** Every string of a seed's data, with its JSON pointer. */
function stringsOf(value: unknown, pointer = ''): string[] {
  if (typeof value === 'string') return [pointer];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsOf(item, `${pointer}/${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => stringsOf(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`));
  return [];
}

function replaceAt(data: unknown, pointer: string, text: string): unknown {
  const copy = structuredClone(data) as Record<string, unknown>;
  const keys = pointer.slice(1).split('/').map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = text;
  return copy;
}

/** What a reader's text may hold: markup, entities, template syntax, Markdown, controls, any Unicode. */
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.array(fc.constantFrom('<script>', '</p>', '<img src=x onerror=alert(1)>', '"', "'", '&amp;', '{{title}}', '{{{x}}}', '*', '**', '[a](javascript:x)', '|', '#', '\n', '\u0000', '\u202e', 'javascript:', '`'), { maxLength: 8 }).map((p) => p.join('')),
);

describe('the renderers', () => {
  for (const seed of SEEDS) {
    const data = agendaData(seed);
    const strings = stringsOf(data).filter((p) => !/\/(kind|schemaVersion|language|type|status|change|setting|currency|partsSchedule|durationPlacement)$/.test(p));
    it(`render ${seed.kind} with any text in any field, to HTML and Markdown, the same bytes twice, no markup from the text`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...strings), hostileText, (pointer, text) => {
          const changed = replaceAt(data, pointer, text) as Record<string, unknown>;
          const timeline = timelineChartData(changed, TODAY, kindInfo(String(changed.kind)) ?? kindInfo('ExecutionAgenda')!);
          const options = { ...(timeline ? { timeline: timeline as unknown as Record<string, unknown> } : {}) };
          for (const format of ['html', 'md'] as const) {
            let output: string;
            try {
              output = renderDocument(changed, seed.kind, { format, ...options });
            } catch (error) {
              // A template may refuse a value it needs (an empty required text); it says so as a RenderError.
              expect(error).toBeInstanceOf(RenderError);
              continue;
            }
            expect(renderDocument(changed, seed.kind, { format, ...options })).toBe(output);
            if (format === 'html') {
              // The running header quotes the title as a CSS string ("\3c img …\3e "): text, not markup,
              // as long as nothing ends the style sheet early, which would leave the rest outside it.
              const outsideStyles = output.replace(/<style>[\s\S]*?<\/style>/g, '');
              expect(outsideStyles).not.toMatch(/<script|<img|<svg[^>]*onload|\son[a-z]+=|<\/?style/i);
            } else {
              expect(output).not.toMatch(/(?<!\\)<(script|img)/i);
            }
          }
        }),
        { numRuns: 60 },
      );
    }, 120_000);
  }

  it('refuse a document of any shape only with a RenderError', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(...SEEDS.map((s) => s.kind)), (value, kind) => {
        const document = value && typeof value === 'object' && !Array.isArray(value) ? { ...value, kind } : value;
        for (const format of ['html', 'md'] as const) {
          try {
            renderDocument(document, kind, { format });
          } catch (error) {
            expect(error).toBeInstanceOf(RenderError);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});


describe('the diff', () => {
  const seeds = SEEDS.map((seed) => agendaData(seed));
  const seedEdit = fc.tuple(fc.nat(seeds.length - 1), fc.array(fc.tuple(fc.nat(), hostileText), { minLength: 1, maxLength: 4 })).map(([index, edits]) => {
    let data: unknown = seeds[index];
    const strings = stringsOf(data).filter((p) => !/\/(id|kind)$/.test(p));
    for (const [at, text] of edits) data = replaceAt(data, strings[at % strings.length]!, text);
    return [seeds[index], data] as const;
  });

  it('of a document with a copy of itself is empty', () => {
    fc.assert(
      fc.property(seedEdit, ([, b]) => {
        expect(diffDocuments(b, structuredClone(b)).changes).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('describes the new document: each change\'s values are what the documents hold at its pointers', () => {
    fc.assert(
      fc.property(seedEdit, ([a, b]) => {
        const changes = diffDocuments(a, b).changes;
        expect(changes.length).toBeGreaterThan(0);
        for (const change of changes) {
          if (change.before !== undefined && change.oldPointer !== undefined) expect(valueAtPointer(a, change.oldPointer), change.path).toEqual(change.before);
          if (change.after !== undefined && change.newPointer !== undefined) expect(valueAtPointer(b, change.newPointer), change.path).toEqual(change.after);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('explains every id that is new or gone by a change that added, removed or replaced it (or the item around it)', () => {
    const droppedFrom = fc.tuple(fc.nat(seeds.length - 1), fc.nat(seeds.length - 1), fc.array(fc.nat(), { maxLength: 6 })).map(([i, j, drops]) => {
      // The new version: another seed, or the same one with keyed items taken out.
      const b = structuredClone(seeds[j]!);
      for (const drop of drops) {
        const lists = [...idPointers(b).values()].filter((p) => /\/\d+$/.test(p)).map((p) => p.replace(/\/\d+$/, ''));
        if (lists.length === 0) break;
        const list = valueAtPointer(b, lists[drop % lists.length]!) as unknown[];
        list.splice(drop % list.length, 1);
      }
      return [seeds[i]!, b] as const;
    });
    fc.assert(
      fc.property(droppedFrom, ([a, b]) => {
        const changes = diffDocuments(a, b).changes;
        const inside = (pointer: string, around: string | undefined) => around !== undefined && (pointer === around || pointer.startsWith(`${around}/`));
        const before = idPointers(a);
        const after = idPointers(b);
        for (const [id, pointer] of before) {
          if (!after.has(id)) expect(changes.some((c) => (c.type === 'removed' || c.type === 'changed') && inside(pointer, c.oldPointer)), `${id} is gone`).toBe(true);
        }
        for (const [id, pointer] of after) {
          if (!before.has(id)) expect(changes.some((c) => (c.type === 'added' || c.type === 'changed') && inside(pointer, c.newPointer)), `${id} is new`).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});

/** The JSON pointer of each keyed item (the first, when an id is used twice). */
function idPointers(value: unknown, pointer = '', into = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) value.forEach((item, i) => idPointers(item, `${pointer}/${i}`, into));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string' && pointer !== '' && !into.has(record.id)) into.set(record.id, pointer);
    for (const [key, child] of Object.entries(record)) idPointers(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, into);
  }
  return into;
}
