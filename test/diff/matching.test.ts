import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/index.js';
import { matchUnkeyed, similarity } from '../../src/diff/match.js';
import { brief, executionAgenda } from './support.js';

const diff = (a: unknown, b: unknown) => diffDocuments(a, b, { lang: 'en' }).changes;

describe('matching by id across the document', () => {
  it('an action moved to another theme is one move, not a removal and an addition', () => {
    const before = executionAgenda();
    const after = executionAgenda();
    const action = after.actionLines[1].themes[0].regionalActions.shift();
    after.actionLines[0].themes[0].regionalActions.push(action);
    const changes = diff(before, after);
    expect(brief(changes)).toEqual(['moved diff/item-moved actionLines[signaleren].themes[voorkant].regionalActions[daderopvang]']);
    expect(changes[0]).toMatchObject({
      id: 'daderopvang',
      fromPath: 'actionLines[stoppen].themes[plegeraanpak].regionalActions[daderopvang]',
      oldPointer: '/actionLines/1/themes/0/regionalActions/0',
      newPointer: '/actionLines/0/themes/0/regionalActions/2',
    });
  });

  it('a list of items removed or added as a whole is each item removed or added: dropping every action is breaking', () => {
    const before = executionAgenda();
    const after = executionAgenda();
    const actions = after.actionLines[1].themes[0].regionalActions;
    delete after.actionLines[1].themes[0].regionalActions;
    const removed = diff(before, after);
    expect(removed).toHaveLength(actions.length);
    expect(removed.every((c) => c.type === 'removed' && c.code === 'diff/action-removed' && c.level === 'breaking')).toBe(true);
    expect(removed.map((c) => c.id)).toEqual(actions.map((a: { id: string }) => a.id));
    expect(removed[0]).toMatchObject({ oldPointer: '/actionLines/1/themes/0/regionalActions/0' });

    const added = diff(after, before);
    expect(brief(added)).toEqual(actions.map((a: { id: string }) => `added diff/item-added actionLines[stoppen].themes[plegeraanpak].regionalActions[${a.id}]`));
  });

  it('a list of items that moves as a whole under a new key is each item moved', () => {
    const before = executionAgenda();
    const after = executionAgenda();
    const theme = after.actionLines[1].themes[0];
    theme.localActions = theme.regionalActions;
    delete theme.regionalActions;
    const changes = diff(before, after);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.type === 'moved')).toBe(true);
  });

  it('a moved item that was also edited is a move plus its field changes, at the new place', () => {
    const before = executionAgenda();
    const after = executionAgenda();
    const action = after.actionLines[1].themes[0].regionalActions.shift();
    action.text = 'Continueer regionale noodopvang voor alle plegers.';
    after.actionLines[1].themes[1].regionalActions.unshift(action);
    expect(brief(diff(before, after))).toEqual([
      'moved diff/item-moved actionLines[stoppen].themes[waakvlam].regionalActions[daderopvang]',
      'changed diff/text-changed actionLines[stoppen].themes[waakvlam].regionalActions[daderopvang].text',
    ]);
  });

  it('a whole theme moved to another action line is one move; its actions stay put inside it', () => {
    const before = executionAgenda();
    const after = executionAgenda();
    const theme = after.actionLines[1].themes.pop();
    after.actionLines[0].themes.push(theme);
    expect(brief(diff(before, after))).toEqual(['moved diff/item-moved actionLines[signaleren].themes[waakvlam]']);
  });

  it('actions inside a new theme that stood elsewhere before are moves', () => {
    const before = executionAgenda();
    const after = executionAgenda();
    const action = after.actionLines[0].themes[0].regionalActions.pop();
    after.actionLines[1].themes.push({ id: 'nieuw', title: 'Nieuw thema', regionalActions: [action] });
    expect(brief(diff(before, after))).toEqual([
      'added diff/item-added actionLines[stoppen].themes[nieuw]',
      'moved diff/item-moved actionLines[stoppen].themes[nieuw].regionalActions[trainingen]',
    ]);
  });

  it('a new title for the same id is a rename; other fields are reported beside it', () => {
    const before = executionAgenda();
    const after = executionAgenda();
    after.actionLines[1].themes[0].title = 'Aanpak van plegers';
    after.actionLines[1].themes[0].approach[0] = 'We ontwikkelen een laagdrempelige aanpak voor plegers.';
    const changes = diff(before, after);
    expect(brief(changes)).toEqual([
      'renamed diff/item-renamed actionLines[stoppen].themes[plegeraanpak].title',
      'changed diff/text-changed actionLines[stoppen].themes[plegeraanpak].approach[0]',
    ]);
    expect(changes[0]).toMatchObject({ id: 'plegeraanpak', before: 'Plegeraanpak', after: 'Aanpak van plegers' });
  });

  it('reports removed and added items with their ids', () => {
    const before = executionAgenda();
    const after = executionAgenda();
    after.actionLines[0].themes[0].regionalActions.splice(0, 1);
    after.actionLines[1].themes[1].regionalActions.push({ id: 'nazorg', text: 'Regel nazorg voor plegers.' });
    const changes = diff(before, after);
    expect(brief(changes)).toEqual([
      'removed diff/action-removed actionLines[signaleren].themes[voorkant].regionalActions[campagnes]',
      'added diff/item-added actionLines[stoppen].themes[waakvlam].regionalActions[nazorg]',
    ]);
    expect(changes[0]).toMatchObject({ id: 'campagnes', oldPointer: '/actionLines/0/themes/0/regionalActions/0' });
    expect(changes[0]!.newPointer).toBeUndefined();
    expect(changes[1]).toMatchObject({ id: 'nazorg', newPointer: '/actionLines/1/themes/1/regionalActions/1' });
  });

  it('reordering items in their list is no change', () => {
    const before = executionAgenda();
    const after = executionAgenda();
    after.actionLines.reverse();
    after.actionLines[0].themes.reverse();
    after.introduction.reverse();
    expect(diff(before, after)).toEqual([]);
  });

  it('orders changes by the new document, removals after their list', () => {
    const before = executionAgenda();
    const after = executionAgenda();
    after.title = 'Samen sterk tegen huiselijk geweld';
    after.actionLines[1].themes.splice(1, 1);
    after.actionLines[0].themes[0].regionalActions[1].period = '2020 t/m 2022';
    expect(brief(diff(before, after))).toEqual([
      'renamed diff/item-renamed title',
      'changed diff/period-shortened actionLines[signaleren].themes[voorkant].regionalActions[trainingen].period',
      'removed diff/theme-removed actionLines[stoppen].themes[waakvlam]',
    ]);
  });
});

describe('lists without ids', () => {
  it('an edited paragraph is matched to its old version by similarity and diffed word by word', () => {
    const before = executionAgenda();
    const after = executionAgenda();
    after.introduction = ['Om al onze acties uit te voeren hebben we veel partners nodig.', 'Een nieuwe alinea over iets heel anders.'];
    const changes = diff(before, after);
    expect(brief(changes)).toEqual([
      'changed diff/text-changed introduction[0]',
      'added diff/item-added introduction[1]',
      'removed diff/item-removed introduction[0]',
    ]);
    expect(changes[0]).toMatchObject({ oldPointer: '/introduction/1', newPointer: '/introduction/0' });
  });

  it('scalar lists are matched by LCS: an inserted id is one addition', () => {
    const before = { id: 'x', parties: ['vng', 'fier', 'sterk-huis'] };
    const after = { id: 'x', parties: ['vng', 'moviera', 'fier', 'sterk-huis'] };
    const changes = diff(before, after);
    expect(brief(changes)).toEqual(['added diff/item-added parties[1]']);
    expect(changes[0]!.after).toBe('moviera');
  });

  it('funding entries without ids are matched by their words, so a cut amount is a change of that entry', () => {
    const before = executionAgenda();
    const after = executionAgenda();
    const funding = after.actionLines[1].themes[0].funding;
    funding.reverse();
    funding[0].amount = { value: 80000, currency: 'EUR' };
    expect(brief(diff(before, after))).toEqual(['changed diff/amount-decreased actionLines[stoppen].themes[plegeraanpak].funding[0].amount']);
  });

  it('matchUnkeyed pairs exact matches first, then the most similar, and leaves the rest', () => {
    const old = ['alpha beta gamma', 'delta epsilon', 'zeta eta theta iota'];
    const now = ['delta epsilon', 'alpha beta gamma delta', 'kappa lambda'];
    const match = matchUnkeyed(old, now, [0, 1, 2], [0, 1, 2]);
    expect(match.pairs).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(match.removed).toEqual([2]);
    expect(match.added).toEqual([2]);
  });

  it('similarity is the Dice coefficient of the word sets, 0 across shapes', () => {
    expect(similarity('een twee drie', 'een twee vier')).toBeCloseTo(2 / 3);
    expect(similarity('een', { text: 'een' })).toBe(0);
  });

  it('long unkeyed lists are matched within bounded work', () => {
    const old = Array.from({ length: 3000 }, (_, i) => `regel ${i} over onderwerp ${i % 7}`);
    const now = old.map((line, i) => (i % 100 === 0 ? `${line} aangepast` : line)).reverse();
    const match = matchUnkeyed(old, now, old.map((_, i) => i), now.map((_, j) => j));
    expect(match.pairs).toHaveLength(3000);
    expect(match.pairs.every(([i, j]) => i === 2999 - j)).toBe(true);
  });
});
