import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelsByKind } from '../src/model/labels/index.js';
import { missingLines, normalise } from './support/lossless.js';

/** Each seed (a verbatim copy under test/fixtures/seeds) and the agenda that encodes it. */
const SEEDS = [
  { seed: '000_e8d37bcc96ba0756.txt', kind: 'DevelopmentAgenda', agenda: 'ontwikkelagenda-eergerelateerd-geweld-mensenhandel.agenda.yaml' },
  { seed: '001_4f49895fd911ab8b.txt', kind: 'ExecutionAgenda', agenda: 'uitvoeringsagenda-samen-tegen-huiselijk-geweld-2020-2023.agenda.yaml' },
  { seed: '002_8f123b9a6f79426a.txt', kind: 'ProjectPlan', agenda: 'projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml' },
  { seed: '003_2d1a9c3a1888ce26.txt', kind: 'Arrangement', agenda: 'consultatiedocument-hg-arrangement-rotterdam.agenda.yaml' },
] as const;

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('the bundled agendas encode their seeds losslessly', () => {
  for (const { seed, kind, agenda } of SEEDS) {
    it(`${agenda} holds every content line of ${seed}`, () => {
      const labels = new Set(Object.values(labelsByKind[kind]).map((label) => normalise(label.nl)));
      const yaml = read(`../agendas/${agenda}`);
      expect(yaml).toMatch(new RegExp(`^# yaml-language-server: \\$schema=\\.\\./schemas/[a-z-]+\\.schema\\.json\\n`));
      expect(yaml).toMatch(new RegExp(`^kind: ${kind}$`, 'm'));
      expect(missingLines(read(`fixtures/seeds/${seed}`), yaml, labels)).toEqual([]);
    });
  }
});

describe('the losslessness check itself', () => {
  const yaml = 'title: Plegeraanpak\nfunding:\n  - label: "*Handle with care*:"\n    amount: { value: 45000, currency: EUR }\n    source: projectsubsidie GHNT\n';
  it('finds a line spread over structured fields', () => {
    expect(missingLines('*Handle with care*: € 45.000,- projectsubsidie GHNT', yaml, new Set())).toEqual([]);
  });
  it('reports a line that is not there', () => {
    expect(missingLines('Plegeraanpak\nEen zin die ontbreekt.', yaml, new Set())).toEqual(['Een zin die ontbreekt.']);
  });
  it('does not accept a partial word as a match', () => {
    expect(missingLines('Plegeraanpa', yaml, new Set())).toEqual(['Plegeraanpa']);
  });
});
