import { describe, expect, it } from 'vitest';
import { DIFF_RULES, diffDocuments, summariseChanges } from '../../src/diff/index.js';
import { brief, developmentAgenda, executionAgenda } from './support.js';

type Doc = Record<string, any>;

/** One row per rule: a mutation of a base document and the code and level it should give. */
const cases: Array<{ name: string; base: () => Doc; mutate: (d: Doc) => void; code: string; level: string; type?: string; whole?: 'added' | 'removed' }> = [
  {
    name: 'a binding agreement added',
    base: developmentAgenda,
    mutate: (d) => d.generalAgreements.push({ id: 'nieuw', title: 'Nieuw', text: 'Een nieuwe afspraak.' }),
    code: 'diff/agreement-added',
    level: 'approval',
  },
  {
    name: 'a binding agreement added to a provider group',
    base: developmentAgenda,
    mutate: (d) => d.providerAgreements[0].agreements.push({ id: 'nieuw', number: '8', paragraphs: ['Een nieuwe afspraak.'] }),
    code: 'diff/agreement-added',
    level: 'approval',
  },
  {
    name: 'a binding agreement removed',
    base: developmentAgenda,
    mutate: (d) => d.generalAgreements.splice(1, 1),
    code: 'diff/agreement-removed',
    level: 'approval',
  },
  {
    name: 'the text of a binding agreement changed',
    base: developmentAgenda,
    mutate: (d) => (d.generalAgreements[0].text = 'Het uitgangspunt is dat jeugdigen en ouders zelf de regie hebben.'),
    code: 'diff/agreement-changed',
    level: 'approval',
  },
  {
    name: 'the period of a binding agreement shortened (approval, not breaking: an amendment may approve it)',
    base: developmentAgenda,
    mutate: (d) => (d.providerAgreements[0].agreements[0].period = '2019'),
    code: 'diff/agreement-changed',
    level: 'approval',
  },
  {
    name: 'a binding agreement renamed',
    base: developmentAgenda,
    mutate: (d) => (d.generalAgreements[0].title = 'Regie bij de jeugdige'),
    code: 'diff/agreement-changed',
    level: 'approval',
    type: 'renamed',
  },
  {
    name: 'a change to an agreement that is not binding',
    base: () => ({ ...developmentAgenda(), binding: false }),
    mutate: (d) => (d.generalAgreements[0].text = 'Het uitgangspunt is dat jeugdigen en ouders zelf de regie hebben.'),
    code: 'diff/text-changed',
    level: 'info',
  },
  {
    name: 'the agreements made no longer binding',
    base: developmentAgenda,
    mutate: (d) => (d.binding = false),
    code: 'diff/agreement-changed',
    level: 'approval',
  },
  {
    name: 'a theme removed',
    base: executionAgenda,
    mutate: (d) => d.actionLines[1].themes.splice(1, 1),
    code: 'diff/theme-removed',
    level: 'breaking',
  },
  {
    name: 'an action line removed',
    base: executionAgenda,
    mutate: (d) => d.actionLines.splice(0, 1),
    code: 'diff/theme-removed',
    level: 'breaking',
  },
  {
    name: 'an action removed',
    base: executionAgenda,
    mutate: (d) => d.actionLines[0].themes[0].regionalActions.splice(1, 1),
    code: 'diff/action-removed',
    level: 'breaking',
  },
  {
    name: 'a period shortened',
    base: executionAgenda,
    mutate: (d) => (d.actionLines[1].themes[0].regionalActions[1].period.expression = '2019'),
    code: 'diff/period-shortened',
    level: 'breaking',
  },
  {
    name: 'a deadline moved earlier',
    base: executionAgenda,
    mutate: (d) => {
      d.actionLines[0].themes[0].regionalActions[1].period = 'voor 2022';
    },
    code: 'diff/deadline-earlier',
    level: 'breaking',
  },
  {
    name: 'a milestone of type deadline moved earlier',
    base: () => ({ ...executionAgenda(), milestones: [{ type: 'deadline', when: 'medio 2021', label: 'Evaluatie' }] }),
    mutate: (d) => (d.milestones[0].when = 'begin 2021'),
    code: 'diff/deadline-earlier',
    level: 'breaking',
  },
  {
    name: 'an amount decreased',
    base: executionAgenda,
    mutate: (d) => (d.actionLines[1].themes[0].funding[1].amount.value = 79278),
    code: 'diff/amount-decreased',
    level: 'breaking',
  },
  {
    name: 'a funding entry with an amount removed',
    base: executionAgenda,
    mutate: (d) => d.actionLines[1].themes[0].funding.pop(),
    code: 'diff/amount-decreased',
    level: 'breaking',
  },
  {
    name: 'an amount increased',
    base: executionAgenda,
    mutate: (d) => (d.actionLines[1].themes[0].funding[1].amount.value = 95000),
    code: 'diff/amount-changed',
    level: 'info',
  },
  {
    name: 'a period extended',
    base: executionAgenda,
    mutate: (d) => (d.actionLines[0].themes[0].regionalActions[1].period = '2020 t/m 2024'),
    code: 'diff/period-changed',
    level: 'info',
  },
  {
    name: 'a phase made longer',
    base: () => ({ schemaVersion: 3, kind: 'ProjectPlan', id: 'plan', title: 'Plan', projects: [{ id: 'p', title: 'P', phasing: { phases: [{ id: 'f1', name: 'Voorbereiding', duration: 'Drie maanden' }] } }] }),
    mutate: (d) => (d.projects[0].phasing.phases[0].duration = 'vier tot zes maanden'),
    code: 'diff/duration-changed',
    level: 'info',
  },
  {
    name: 'a status changed',
    base: () => ({ ...developmentAgenda(), generalAgreements: [], binding: false, status: 'open' }),
    mutate: (d) => (d.status = 'done'),
    code: 'diff/status-changed',
    level: 'info',
  },
  {
    name: 'an item moved',
    base: executionAgenda,
    mutate: (d) => d.actionLines[0].themes[0].regionalActions.push(d.actionLines[1].themes[1].regionalActions.pop()),
    code: 'diff/item-moved',
    level: 'info',
  },
  {
    name: 'an item renamed',
    base: executionAgenda,
    mutate: (d) => (d.actionLines[0].title = 'Actielijn 1: Eerder in beeld'),
    code: 'diff/item-renamed',
    level: 'info',
  },
  {
    name: 'a wording change',
    base: executionAgenda,
    mutate: (d) => (d.actionLines[0].themes[0].regionalActions[0].text = 'Voer campagnes om huiselijk geweld beter in beeld te brengen.'),
    code: 'diff/text-changed',
    level: 'info',
  },
  {
    name: 'an item added',
    base: executionAgenda,
    mutate: (d) => d.actionLines[0].themes[0].regionalActions.push({ id: 'nieuw', text: 'Nieuwe actie.' }),
    code: 'diff/item-added',
    level: 'info',
  },
  {
    name: 'a partner removed',
    base: () => ({ ...executionAgenda(), partners: [{ id: 'moviera', name: 'Moviera' }] }),
    mutate: (d) => d.partners.pop(),
    code: 'diff/item-removed',
    level: 'info',
  },
  {
    name: 'a whole document added',
    base: executionAgenda,
    mutate: () => undefined,
    whole: 'added',
    code: 'diff/document-added',
    level: 'info',
  },
  {
    name: 'a whole document with actions removed',
    base: executionAgenda,
    mutate: () => undefined,
    whole: 'removed',
    code: 'diff/document-removed',
    level: 'breaking',
  },
  {
    name: 'a whole document without agreements or work removed',
    base: () => ({ schemaVersion: 3, kind: 'ExecutionAgenda', id: 'leeg', title: 'Nog leeg', period: '2024' }),
    mutate: () => undefined,
    whole: 'removed',
    code: 'diff/document-dropped',
    level: 'info',
  },
  {
    name: 'another value changed',
    base: executionAgenda,
    mutate: (d) => (d.schemaVersion = 4),
    code: 'diff/value-changed',
    level: 'info',
  },
];

describe('classification', () => {
  it.each(cases)('$name: $code ($level)', ({ base, mutate, code, level, type, whole }) => {
    let before: unknown = base();
    let after: unknown = structuredClone(before);
    mutate(after as Record<string, any>);
    if (whole === 'added') before = null;
    if (whole === 'removed') after = null;
    const changes = diffDocuments(before, after).changes;
    expect(changes.length, JSON.stringify(brief(changes))).toBe(1);
    expect(changes[0]).toMatchObject({ code, level, ...(type ? { type } : {}) });
  });

  it('every rule has a case', () => {
    const tested = new Set(cases.map((c) => c.code));
    expect(DIFF_RULES.map((r) => r.meta.id).filter((id) => !tested.has(id))).toEqual([]);
  });
});

describe('the rule catalogue', () => {
  it('has unique hierarchical ids and messages in both languages with the same placeholders', () => {
    const ids = DIFF_RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const rule of DIFF_RULES) {
      expect(rule.meta.id).toMatch(/^diff\/[a-z]+(?:-[a-z]+)*$/);
      expect(rule.meta.description).not.toBe('');
      for (const [id, message] of Object.entries(rule.meta.messages)) {
        expect(message.en.trim(), `${rule.meta.id} ${id}`).not.toBe('');
        expect(message.nl.trim(), `${rule.meta.id} ${id}`).not.toBe('');
        expect(placeholders(message.nl), `${rule.meta.id} ${id}`).toEqual(placeholders(message.en));
      }
    }
  });

  it('ends with a rule that classifies anything', () => {
    expect(DIFF_RULES[DIFF_RULES.length - 1]!.meta.id).toBe('diff/value-changed');
  });
});

describe('options', () => {
  const before = executionAgenda();
  const after = executionAgenda();
  after.actionLines[1].themes[0].funding[1].amount.value = 79278.3;

  it('levels can be configured per code', () => {
    const [change] = diffDocuments(before, after, { levels: { 'diff/amount-decreased': 'approval' } }).changes;
    expect(change).toMatchObject({ code: 'diff/amount-decreased', level: 'approval' });
  });

  it('messages come in both languages, or formatted in the chosen one', () => {
    const [both] = diffDocuments(before, after).changes;
    expect(both!.message).toEqual({
      en: 'amount decreased: € 88.087 → € 79.278,30 (−10%)',
      nl: 'bedrag verlaagd: € 88.087 → € 79.278,30 (−10 %)',
    });
    const [dutch] = diffDocuments(before, after, { lang: 'nl' }).changes;
    expect(dutch!.message).toBe('bedrag verlaagd: € 88.087 → € 79.278,30 (−10 %)');
    expect(dutch!.detail).toEqual({ kind: 'amount', delta: -8808.7, percent: -10, currency: 'EUR' });
  });

  it('the kind may be given when the documents do not say', () => {
    const a = developmentAgenda();
    delete a.kind;
    const b = structuredClone(a);
    b.generalAgreements.pop();
    expect(diffDocuments(a, b).changes[0]!.code).toBe('diff/item-removed');
    expect(diffDocuments(a, b, { kind: 'DevelopmentAgenda' }).changes[0]!.code).toBe('diff/agreement-removed');
  });

  it('summariseChanges counts levels and types', () => {
    const b = executionAgenda();
    b.actionLines[0].themes[0].regionalActions.pop();
    b.title = 'Nieuw';
    expect(summariseChanges(diffDocuments(executionAgenda(), b).changes)).toEqual({
      total: 2,
      levels: { breaking: 1, approval: 0, info: 1 },
      types: { added: 0, removed: 1, changed: 0, moved: 0, renamed: 1 },
      unsatisfied: 1,
    });
  });
});
