import { word } from '../../src/i18n/catalogue.js';
import { describe, expect, it } from 'vitest';
import { euros } from '../../src/rules/sum-mismatch.js';
import { validateTexts } from '../../src/validate/engine.js';
import { ruleTable, yaml } from './support.js';

/** A project plan with one project whose costs are the given items and total. */
const costs = (items: readonly (number | null)[], total?: number) => yaml`
  schemaVersion: 3
  kind: ProjectPlan
  id: plan
  title: Projecten
  projects:
    - id: handle-with-care
      title: Handle with Care
      costs:
        items:
          ${items.map((amount, i) => `- { text: Post ${i + 1}${amount === null ? '' : `, amount: { value: ${amount}, currency: EUR }`} }`).join('\n')}
        ${total === undefined ? '' : `total: { value: ${total} }`}
`;

const budgets = (plan: number, projects: readonly number[]) => yaml`
  schemaVersion: 3
  kind: ProjectPlan
  id: plan
  title: Projecten
  budget: { text: Beschikbaar, total: { value: ${plan} }, source: projectsubsidie GHNT }
  projects:
    ${projects.map((value, i) => `- { id: project-${i + 1}, title: Project ${i + 1}, budget: { total: { value: ${value} } } }`).join('\n')}
`;

ruleTable('amount/sum-mismatch', {
  valid: [
    { name: 'a total that is the sum of its items', yaml: costs([45000, 88087], 133087), expect: [] },
    { name: 'cents add up exactly (0.1 + 0.2 = 0.3)', yaml: costs([0.1, 0.2], 0.3), expect: [] },
    { name: 'items without amounts and no total (as in the project plan seed)', yaml: costs([null, null]), expect: [] },
    { name: 'items with amounts but no total', yaml: costs([100, 200]), expect: [] },
    { name: 'some items without an amount, the known ones below the total', yaml: costs([1000, null], 5000), expect: [] },
    { name: 'a plan budget that its projects do not use up', yaml: budgets(200000, [45000, 88087]), expect: [] },
  ],
  invalid: [
    {
      name: 'a total that differs from the sum',
      yaml: costs([45000, 88087], 130000),
      expect: [{ at: '12:23', message: 'the stated total is € 130.000, but the items add up to € 133.087 (a difference of € 3.087)', hint: 'Correct the total' }],
    },
    { name: 'a difference in cents', yaml: costs([65.5, 10], 75), expect: [{ at: '12:23', message: 'the items add up to € 75,50 (a difference of € 0,50)' }] },
    {
      name: 'items without an amount, the known ones already above the total',
      yaml: costs([3000, null, 4000], 5000),
      expect: [{ at: '13:23', message: 'the stated total is € 5.000, but the items that have an amount already add up to € 7.000' }],
    },
    {
      name: 'projects whose budgets exceed the plan budget',
      yaml: budgets(100000, [45000, 88087]),
      expect: [{ at: '5:46', message: "the plan's budget is € 100.000, but the budgets of its projects add up to € 133.087" }],
    },
    { name: 'in Dutch', lang: 'nl', yaml: costs([45000, 88087], 130000), expect: [{ at: '12:23', message: 'het genoemde totaal is € 130.000, maar de posten tellen op tot € 133.087' }] },
    {
      name: 'amounts that break the schema are left out, and the rule does not throw',
      schemaInvalid: true,
      yaml: yaml`
        schemaVersion: 3
        kind: ProjectPlan
        id: plan
        title: Projecten
        budget: { total: { value: veel } }
        projects:
          - id: p
            title: P
            costs:
              items: [null, 3, { amount: 12 }, { amount: { value: "10" } }, { amount: { value: 20 } }]
              total: { value: 10 }
          - costs: { items: 5, total: 3 }
      `,
      expect: [{ at: '11:23', message: 'the items that have an amount already add up to € 20' }],
    },
  ],
});

describe('euros', () => {
  it('writes amounts as the documents do', () => {
    expect(euros(4500000)).toBe('€ 45.000');
    expect(euros(6550)).toBe('€ 65,50');
    expect(euros(5)).toBe('€ 0,05');
    expect(euros(123456789)).toBe('€ 1.234.567,89');
    expect(euros(-100)).toBe('-€ 1');
  });
});

describe('funders', () => {
  const agenda = (funders: string) => `schemaVersion: 3\nkind: ExecutionAgenda\nid: a\ntitle: A\nfunders:\n${funders}`;
  const found = (text: string) => validateTexts([{ file: 'a.yaml', text }]).filter((d) => d.code === 'amount/sum-mismatch').map((d) => `${d.range.start.line} ${word(d.message, 'nl')}`);

  it('adds a funder’s amounts per year up to its amount, and the shares to no more than 100%', () => {
    expect(found(agenda('  - { name: VWS, amount: { value: 6000000 }, share: 75, perYear: [{ year: 2021, amount: { value: 3000000 } }, { year: 2022, amount: { value: 3000000 } }] }\n  - { name: VNG, share: 25 }\n'))).toEqual([]);
    expect(found(agenda('  - { name: VWS, amount: { value: 6000000 }, share: 75, perYear: [{ year: 2021, amount: { value: 3000000 } }, { year: 2022, amount: { value: 3075000 } }] }\n  - { name: VNG, share: 35 }\n'))).toEqual([
      '6 de financier geeft in totaal € 6.000.000, maar de bedragen per jaar tellen op tot € 6.075.000',
      '7 de aandelen van de financiers tellen op tot 110%, meer dan 100%',
    ]);
    expect(found(agenda('  - { name: VWS, amount: { value: 100 }, perYear: [{ year: 2021, amount: { value: 150 } }, { year: 2022, share: 50 }] }\n'))).toEqual(['6 de financier geeft in totaal € 100, maar de jaren met een bedrag tellen al op tot € 150']);
  });
});
