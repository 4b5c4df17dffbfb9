import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource, rangeOf } from '../../src/core/source.js';
import { diffDocuments, summariseChanges } from '../../src/diff/index.js';
import { AGENDAS_DIR, brief, seed, seeds } from './support.js';

type Doc = Record<string, any>;

function findTheme(doc: Doc, id: string): Doc {
  for (const line of doc.actionLines) for (const theme of line.themes) if (theme.id === id) return theme;
  throw new Error(`no theme ${id}`);
}

describe('the bundled agendas', () => {
  it.each(seeds().map((s) => [s.file, s.data] as const))('%s diffed with itself has no changes', (_file, data) => {
    expect(diffDocuments(data, data).changes).toEqual([]);
    expect(diffDocuments(data, structuredClone(data)).changes).toEqual([]);
  });

  it('the execution agenda: a removed action, a shortened period, a cut amount and a moved action', () => {
    const before = seed('uitvoeringsagenda');
    const after = structuredClone(before);
    const plegeraanpak = findTheme(after, 'plegeraanpak');
    // Remove an action.
    findTheme(after, 'geweld-hoort-nergens-thuis').regionalActions.splice(1, 1);
    // Shorten a period: "2019 t/m 2020" → "2019".
    plegeraanpak.regionalActions[1].period.expression = '2019';
    // Cut an amount by 10 %.
    plegeraanpak.funding[1].amount.value = 79278.3;
    // Move an action to another theme.
    const daderopvang = plegeraanpak.regionalActions.shift();
    findTheme(after, 'duurzaam-waakvlamcontact').regionalActions.push(daderopvang);

    const changes = diffDocuments(before, after, { lang: 'en' }).changes;
    expect(changes.map((c) => `${c.code} ${c.level} ${c.id ?? c.path.split('.').slice(-2).join('.')}`)).toEqual([
      'diff/action-removed breaking handvatten-signalen-herkennen',
      'diff/item-moved info daderopvang',
      'diff/period-shortened breaking regionalActions[laagdrempelige-hulp-plegers].period',
      'diff/amount-decreased breaking funding[1].amount',
    ]);
    const moved = changes[1]!;
    expect(moved).toMatchObject({
      type: 'moved',
      path: 'actionLines[stoppen-en-duurzaam-oplossen].themes[duurzaam-waakvlamcontact].regionalActions[daderopvang]',
    });
    expect(moved.fromPath).toMatch(/themes\[plegeraanpak\]\.regionalActions\[daderopvang\]$/);
    expect(changes[2]!.detail).toEqual({ kind: 'period', change: 'shortened', startDeltaDays: 0, endDeltaDays: -366, deadline: false });
    expect(changes[3]!.detail).toEqual({ kind: 'amount', delta: -8808.7, percent: -10, currency: 'EUR' });
    expect(summariseChanges(changes).levels).toEqual({ breaking: 3, approval: 0, info: 1 });
  });

  it('the pointers of the changes map to lines of the YAML files', () => {
    const file = seeds().find((s) => s.file.startsWith('uitvoeringsagenda'))!.file;
    const text = readFileSync(new URL(file, AGENDAS_DIR), 'utf8');
    const oldSource = parseSource(text, file);
    const edited = text.replace('amount: { value: 88087, currency: EUR }', 'amount: { value: 95000, currency: EUR }');
    const newSource = parseSource(edited, file);
    const [change] = diffDocuments(oldSource.data, newSource.data, { lang: 'nl' }).changes;
    expect(change).toMatchObject({ code: 'diff/amount-changed', message: 'bedrag verhoogd: € 88.087 → € 95.000 (+7,85 %)' });
    const line = rangeOf(newSource, change!.newPointer!).start.line;
    expect(edited.split('\n')[line - 1]).toContain('value: 95000');
  });

  it('the development agenda: a changed binding agreement needs approval, which a new amendment gives', () => {
    const before = seed('ontwikkelagenda');
    const after = structuredClone(before);
    after.providerAgreements[0].agreements[3].period = '2020';
    after.generalAgreements[4].text = 'Aanbieders streven naar verkorting van de duur van intramurale zorg.';
    let changes = diffDocuments(before, after).changes;
    expect(brief(changes)).toEqual([
      'changed diff/agreement-changed generalAgreements[verkorting-intramurale-zorg].text',
      'changed diff/agreement-changed providerAgreements[lta-expertise-en-behandelcentrum-gia].agreements[landelijk-congres-eergerelateerd-geweld].period',
    ]);
    expect(changes.every((c) => c.level === 'approval' && !c.satisfied)).toBe(true);

    after.amendments = [
      {
        id: 'wijziging-2020',
        date: '2020-01-15',
        description: 'Het congres schuift naar 2020; de afspraak over intramurale zorg wordt ingekort.',
        change: 'changed',
        affects: ['landelijk-congres-eergerelateerd-geweld', 'verkorting-intramurale-zorg'],
        approvedBy: ['vng', 'fier', 'sterk-huis'],
      },
    ];
    changes = diffDocuments(before, after).changes;
    expect(changes.filter((c) => c.level === 'approval').every((c) => c.satisfied && c.amendment === 'wijziging-2020')).toBe(true);
    expect(summariseChanges(changes).unsatisfied).toBe(0);
  });

  it('the project plan: a removed project is breaking, a wording fix is info', () => {
    const before = seed('projectplan');
    const after = structuredClone(before);
    const removed = after.projects.pop();
    const firstWithTitle = after.projects.find((p: Doc) => typeof p.title === 'string');
    firstWithTitle.title = `${firstWithTitle.title} (herzien)`;
    const changes = diffDocuments(before, after).changes;
    expect(brief(changes)).toEqual([
      `renamed diff/item-renamed projects[${firstWithTitle.id}].title`,
      `removed diff/theme-removed projects[${removed.id}]`,
    ]);
    expect(changes.map((c) => c.level)).toEqual(['info', 'breaking']);
  });
});
