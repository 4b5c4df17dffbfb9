import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolves } from '../../src/diff/context.js';
import { diffDocuments, type Change } from '../../src/diff/index.js';

const WORDS = ['geweld', 'plegers', 'hulp', 'zorg', 'regio', 'aanpak', 'kennis', 'partners', 'veilig', 'thuis', 'wijkteam'];
const ACTION_IDS = Array.from({ length: 12 }, (_, i) => `actie-${i}`);
const THEME_IDS = ['thema-a', 'thema-b', 'thema-c', 'thema-d'];
const LINE_IDS = ['lijn-1', 'lijn-2', 'lijn-3'];

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 7 }).map((ws) => ws.join(' '));
const period = fc.constantFrom<unknown>('2020', '2020 t/m 2023', '2021 t/m 2022', 'Doorlopend', 'voor 2022', 'vanaf 2018', {
  label: 'Projectduur',
  expression: '2019 t/m 2020',
});

/** Execution-agenda-like documents over a small pool of ids and words, so that two draws overlap. */
const agenda = fc
  .record({
    title: sentence,
    lines: fc.shuffledSubarray(LINE_IDS, { minLength: 1 }),
    themes: fc.shuffledSubarray(THEME_IDS),
    actions: fc.shuffledSubarray(ACTION_IDS),
    picks: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
    texts: fc.array(sentence, { minLength: 32, maxLength: 32 }),
    periods: fc.array(fc.option(period, { nil: undefined }), { minLength: 32, maxLength: 32 }),
    amounts: fc.array(fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }), { minLength: 8, maxLength: 8 }),
    paragraphs: fc.array(sentence, { maxLength: 4 }),
    parties: fc.shuffledSubarray(['vng', 'fier', 'sterk-huis', 'moviera']),
  })
  .map(({ title, lines, themes, actions, picks, texts, periods, amounts, paragraphs, parties }) => {
    const pick = (i: number, n: number) => picks[i % picks.length]! % n;
    const lineObjects = lines.map((id, i) => ({ id, title: texts[i]!, themes: [] as Record<string, unknown>[] }));
    const themeObjects = themes.map((id, i) => {
      const theme: Record<string, unknown> = { id, title: texts[8 + i]!, regionalActions: [] as unknown[] };
      const amount = amounts[i];
      if (amount !== undefined) theme.funding = [{ source: texts[12 + i]!, amount: { value: amount, currency: 'EUR' } }, { source: 'DUVO' }];
      lineObjects[pick(i, lineObjects.length)]!.themes.push(theme);
      return theme;
    });
    actions.forEach((id, i) => {
      const action: Record<string, unknown> = { id, text: texts[16 + (i % 16)]! };
      const p = periods[i];
      if (p !== undefined) action.period = p;
      if (themeObjects.length > 0) (themeObjects[pick(20 + i, themeObjects.length)]!.regionalActions as unknown[]).push(action);
    });
    return { kind: 'ExecutionAgenda', id: 'agenda', title, introduction: paragraphs, parties, actionLines: lineObjects };
  });

const swapped = (type: Change['type']) => (type === 'added' ? 'removed' : type === 'removed' ? 'added' : type);
const tally = (changes: readonly Change[], map = (t: Change['type']) => t) =>
  changes.map((c) => `${map(c.type)} ${c.id ?? ''}`).sort();

describe('diff properties', () => {
  it('a document diffed with itself (or a copy of itself) has no changes', () => {
    fc.assert(
      fc.property(agenda, (a) => {
        expect(diffDocuments(a, a).changes).toEqual([]);
        expect(diffDocuments(a, structuredClone(a)).changes).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('any JSON value diffed with a copy of itself has no changes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (a) => {
        expect(diffDocuments(a, structuredClone(a)).changes).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('diffing the other way round swaps additions and removals', () => {
    fc.assert(
      fc.property(agenda, agenda, (a, b) => {
        const forward = diffDocuments(a, b).changes;
        const backward = diffDocuments(b, a).changes;
        expect(tally(backward, swapped)).toEqual(tally(forward));
      }),
      { numRuns: 300 },
    );
  });

  it('every pointer of every change resolves in its document', () => {
    const check = (a: unknown, b: unknown) => {
      for (const change of diffDocuments(a, b).changes) {
        if (change.oldPointer !== undefined) expect(resolves(a, change.oldPointer), `${change.type} ${change.oldPointer}`).toBe(true);
        if (change.newPointer !== undefined) expect(resolves(b, change.newPointer), `${change.type} ${change.newPointer}`).toBe(true);
        if (change.type === 'added') expect(change.oldPointer).toBeUndefined();
        else expect(change.oldPointer).toBeDefined();
        if (change.type === 'removed') expect(change.newPointer).toBeUndefined();
        else expect(change.newPointer).toBeDefined();
      }
    };
    fc.assert(fc.property(agenda, agenda, check), { numRuns: 300 });
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }), check), { numRuns: 300 });
  });

  it('keyed items are never both removed and added: an id that stays is matched', () => {
    fc.assert(
      fc.property(agenda, agenda, (a, b) => {
        const changes = diffDocuments(a, b).changes;
        const added = new Set(changes.filter((c) => c.type === 'added' && c.id).map((c) => c.id));
        const removed = changes.filter((c) => c.type === 'removed' && c.id).map((c) => c.id);
        expect(removed.filter((id) => added.has(id))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
