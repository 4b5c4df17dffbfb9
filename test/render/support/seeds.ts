import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { normalise } from '../../support/lossless.js';

/** Each seed (a verbatim copy under test/fixtures/seeds) and the agenda that encodes it (as in test/lossless.test.ts). */
export const SEEDS = [
  { seed: '000_e8d37bcc96ba0756.txt', kind: 'DevelopmentAgenda', agenda: 'ontwikkelagenda-eergerelateerd-geweld-mensenhandel.agenda.yaml' },
  { seed: '001_4f49895fd911ab8b.txt', kind: 'ExecutionAgenda', agenda: 'uitvoeringsagenda-samen-tegen-huiselijk-geweld-2020-2023.agenda.yaml' },
  { seed: '002_8f123b9a6f79426a.txt', kind: 'ProjectPlan', agenda: 'projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml' },
  { seed: '003_2d1a9c3a1888ce26.txt', kind: 'Arrangement', agenda: 'consultatiedocument-hg-arrangement-rotterdam.agenda.yaml' },
] as const;

export type Seed = (typeof SEEDS)[number];

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

export function seedText(seed: Seed): string {
  return read(`../../fixtures/seeds/${seed.seed}`);
}

export function agendaData(seed: Seed): unknown {
  return parse(read(`../../../agendas/${seed.agenda}`));
}

/** The seed's content lines (normalised, non-empty), each with the line as written. */
export function contentLines(seed: Seed): Array<{ line: string; wanted: string }> {
  return seedText(seed)
    .split(/\r?\n/)
    .map((line) => ({ line: line.trim(), wanted: normalise(line) }))
    .filter(({ wanted }) => wanted !== '');
}

/** The seed lines whose normalised words do not appear, in order and as whole words, in the rendered text. */
export function missingFrom(seed: Seed, renderedText: string): string[] {
  const stream = ` ${normalise(renderedText)} `;
  return contentLines(seed)
    .filter(({ wanted }) => !stream.includes(` ${wanted} `))
    .map(({ line }) => line);
}
