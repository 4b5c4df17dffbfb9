import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';

/** A small execution agenda: two action lines with themes, actions, periods and funding. */
export function executionAgenda(): Record<string, any> {
  return {
    schemaVersion: 3,
    kind: 'ExecutionAgenda',
    id: 'agenda',
    title: 'Samen tegen huiselijk geweld',
    period: '2020 t/m 2023',
    introduction: ['Deze agenda beschrijft hoe we de ambities willen realiseren.', 'Om onze acties uit te voeren hebben we veel partners nodig.'],
    actionLines: [
      {
        id: 'signaleren',
        title: 'Actielijn 1: Eerder en beter in beeld',
        themes: [
          {
            id: 'voorkant',
            title: 'Alert aan de voorkant',
            approach: ['We versterken de lokale infrastructuur.', 'We investeren in kennis bij professionals.'],
            regionalActions: [
              { id: 'campagnes', text: 'Voer campagnes om huiselijk geweld in beeld te brengen.', period: 'Doorlopend' },
              { id: 'trainingen', text: 'Organiseer trainingen voor professionals.', period: '2020 t/m 2023' },
            ],
            funding: [{ source: 'DUVO', purpose: 'Regionale campagnes' }],
          },
        ],
      },
      {
        id: 'stoppen',
        title: 'Actielijn 2: Stoppen en duurzaam oplossen',
        themes: [
          {
            id: 'plegeraanpak',
            title: 'Plegeraanpak',
            approach: ['We ontwikkelen een laagdrempelige plegeraanpak.'],
            regionalActions: [
              { id: 'daderopvang', text: 'Continueer regionale noodopvang voor plegers.', period: 'Doorlopend' },
              { id: 'hulp-plegers', text: 'Ontwikkel laagdrempelige hulp voor plegers.', period: { label: 'Projectduur', expression: '2019 t/m 2020' } },
            ],
            funding: [
              { source: 'DUVO', purpose: 'subsidie daderopvang' },
              { amount: { value: 88087, currency: 'EUR' }, purpose: 'Project laagdrempelige hulp aan plegers', source: 'projectsubsidie GHNT' },
            ],
          },
          {
            id: 'waakvlam',
            title: 'Duurzaam waakvlamcontact',
            regionalActions: [{ id: 'waakvlam-afspraken', text: 'Maak afspraken over waakvlamcontact.', period: '2020/2021' }],
          },
        ],
      },
    ],
  };
}

/** A small development agenda with a policy that needs the consent of all three parties. */
export function developmentAgenda(): Record<string, any> {
  return {
    schemaVersion: 3,
    kind: 'DevelopmentAgenda',
    id: 'ontwikkelagenda',
    title: 'Eergerelateerd geweld',
    parties: [
      { id: 'vng', name: 'VNG' },
      { id: 'fier', name: 'Fier' },
      { id: 'sterk-huis', name: 'Sterk Huis' },
    ],
    binding: true,
    amendmentPolicy: { requiresConsentOf: ['vng', 'fier', 'sterk-huis'], text: 'Aanpassing is alleen mogelijk als beide partijen hiermee instemmen.' },
    generalAgreements: [
      { id: 'regie', title: 'Regie over de zorg', text: 'Het uitgangspunt is dat jeugdigen zelf de regie hebben.' },
      { id: 'intramuraal', title: 'Verkorting intramurale zorg', text: 'Aanbieders streven naar verkorting van de duur van intramurale zorg.' },
    ],
    providerAgreements: [
      {
        id: 'lta',
        title: 'LTA expertise',
        parties: ['fier', 'sterk-huis'],
        agreements: [
          { id: 'congres', number: '4', paragraphs: ['In 2019-2020 organiseren Fier en Sterk Huis een congres.'], period: '2019-2020' },
          { id: 'publicaties', number: '7', paragraphs: ['Fier en Sterk Huis publiceren regelmatig.'] },
        ],
      },
    ],
  };
}

export const AGENDAS_DIR = new URL('../../agendas/', import.meta.url);

/** The bundled seed agendas, parsed. */
export function seeds(): Array<{ file: string; data: Record<string, any> }> {
  return readdirSync(AGENDAS_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => ({ file, data: parse(readFileSync(new URL(file, AGENDAS_DIR), 'utf8')) as Record<string, any> }));
}

export function seed(prefix: string): Record<string, any> {
  const found = seeds().find((s) => s.file.startsWith(prefix));
  if (!found) throw new Error(`no seed ${prefix}`);
  return found.data;
}

/** Changes as `type code path` lines, easy to compare in a test. */
export function brief(changes: readonly { type: string; code: string; path: string }[]): string[] {
  return changes.map((c) => `${c.type} ${c.code} ${c.path}`);
}
