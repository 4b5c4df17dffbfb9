import { describe, expect, it } from 'vitest';
import { diffDocuments, summariseChanges } from '../../src/diff/index.js';
import { developmentAgenda } from './support.js';

function amended(amendment: Record<string, unknown> | undefined) {
  const before = developmentAgenda();
  const after = developmentAgenda();
  after.providerAgreements[0].agreements[0].period = '2019';
  if (amendment) after.amendments = [amendment];
  return diffDocuments(before, after).changes;
}

const full = {
  id: 'wijziging-congres',
  date: '2020-03-01',
  description: 'Het congres wordt in 2019 gehouden.',
  change: 'changed',
  affects: ['congres'],
  approvedBy: ['vng', 'fier', 'sterk-huis'],
};

describe('amendments', () => {
  it('an approval change without an amendment is not satisfied', () => {
    const [change] = amended(undefined);
    expect(change).toMatchObject({ code: 'diff/agreement-changed', level: 'approval' });
    expect(change!.satisfied).toBeUndefined();
  });

  it('a new amendment naming the agreement, approved by every required party, satisfies the change', () => {
    const changes = amended(full);
    const period = changes.find((c) => c.path.endsWith('.period'))!;
    expect(period).toMatchObject({ code: 'diff/agreement-changed', level: 'approval', satisfied: true, amendment: 'wijziging-congres' });
    // The amendment itself is recorded as an addition.
    expect(changes.find((c) => c.path === 'amendments[wijziging-congres]')).toMatchObject({ type: 'added', id: 'wijziging-congres', code: 'diff/item-added', level: 'info' });
    expect(summariseChanges(changes).unsatisfied).toBe(0);
  });

  it('an amendment naming the agreement group covers the agreements in it', () => {
    const [change] = amended({ ...full, affects: ['lta'] }).filter((c) => c.level === 'approval');
    expect(change).toMatchObject({ satisfied: true, amendment: 'wijziging-congres' });
  });

  it('an amendment without the consent of every required party does not', () => {
    const [change] = amended({ ...full, approvedBy: ['vng', 'fier'] }).filter((c) => c.level === 'approval');
    expect(change!.satisfied).toBeUndefined();
  });

  it('an amendment about another agreement does not', () => {
    const [change] = amended({ ...full, affects: ['regie'] }).filter((c) => c.level === 'approval');
    expect(change!.satisfied).toBeUndefined();
  });

  it('an amendment the old version already had does not approve new changes', () => {
    const before = developmentAgenda();
    before.amendments = [full];
    const after = structuredClone(before);
    after.providerAgreements[0].agreements[0].period = '2019';
    const [change] = diffDocuments(before, after).changes;
    expect(change!.satisfied).toBeUndefined();
  });

  it('a removed agreement is satisfied by an amendment that names it', () => {
    const before = developmentAgenda();
    const after = developmentAgenda();
    after.generalAgreements.splice(1, 1);
    after.amendments = [{ ...full, change: 'removed', affects: ['intramuraal'] }];
    const removed = diffDocuments(before, after).changes.find((c) => c.type === 'removed')!;
    expect(removed).toMatchObject({ code: 'diff/agreement-removed', satisfied: true, amendment: 'wijziging-congres' });
  });

  it('without an amendment policy, every party must consent', () => {
    const before = developmentAgenda();
    delete before.amendmentPolicy;
    const after = structuredClone(before);
    after.generalAgreements[0].text = 'Andere tekst over de regie van jeugdigen.';
    after.amendments = [{ ...full, affects: ['regie'], approvedBy: ['vng', 'fier'] }];
    expect(diffDocuments(before, after).changes.find((c) => c.level === 'approval')!.satisfied).toBeUndefined();
    after.amendments[0].approvedBy.push('sterk-huis');
    expect(diffDocuments(before, after).changes.find((c) => c.level === 'approval')!.satisfied).toBe(true);
  });
});
