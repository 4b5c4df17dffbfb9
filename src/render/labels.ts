import type { KindDefinition } from '../model/kinds.js';
import { commonLabels } from '../model/labels/common.js';
import type { Label } from '../model/labels/types.js';
import { humanise } from '../model/registry.js';

/** The languages a document (and so its render) can be in. */
export type RenderLang = 'nl' | 'en';

/** The document's language for labels: an explicit choice, then the document's `language`, then Dutch. */
export function renderLang(explicit: unknown, documentLanguage: unknown): RenderLang {
  if (explicit === 'nl' || explicit === 'en') return explicit;
  if (documentLanguage === 'en') return 'en';
  return 'nl';
}

/**
 * Words the renders print that are not the heading of a document field (those live in
 * src/model/labels): the table of contents, table columns, states and kinds of things.
 */
export const UI_LABELS = {
  contents: { nl: 'Inhoud', en: 'Contents' },
  timeline: { nl: 'Tijdlijn', en: 'Timeline' },
  today: { nl: 'vandaag', en: 'today' },
  page: { nl: 'pagina', en: 'page' },
  pageOf: { nl: 'van', en: 'of' },
  'timeline.legend': { nl: 'Legenda', en: 'Legend' },
  'timeline.period': { nl: 'periode', en: 'period' },
  'timeline.open': { nl: 'periode zonder einde', en: 'period without an end' },
  'timeline.ongoing': { nl: 'doorlopend', en: 'ongoing' },
  'timeline.worst': { nl: 'mogelijke uitloop van een fase', en: 'possible overrun of a phase' },
  'timeline.marks': { nl: 'moment of terugkerend moment', en: 'moment or recurring moment' },
  'timeline.table': { nl: 'De tijdlijn als tabel', en: 'The timeline as a table' },
  'timeline.item': { nl: 'Onderdeel', en: 'Item' },
  'timeline.when': { nl: 'Wanneer', en: 'When' },
  introduction: { nl: 'Inleiding', en: 'Introduction' },
  description: { nl: 'Omschrijving', en: 'Description' },
  phase: { nl: 'Fase', en: 'Phase' },
  when: { nl: 'Wanneer', en: 'When' },
  what: { nl: 'Wat', en: 'What' },
  milestones: { nl: 'Mijlpalen', en: 'Milestones' },
  goals: { nl: 'Doelen', en: 'Goals' },
  amount: { nl: 'Bedrag', en: 'Amount' },
  source: { nl: 'Bron', en: 'Source' },
  total: { nl: 'Totaal', en: 'Total' },
  otherPartners: { nl: 'Overige partners', en: 'Other partners' },
  partnerRegister: { nl: 'Partners', en: 'Partners' },
  parties: { nl: 'Partijen', en: 'Parties' },
  binding: { nl: 'Bindende afspraken', en: 'Binding agreements' },
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },
  date: { nl: 'Datum', en: 'Date' },
  version: { nl: 'Versie', en: 'Version' },
  region: { nl: 'Regio', en: 'Region' },
  period: { nl: 'Periode', en: 'Period' },
  change: { nl: 'Wijziging', en: 'Change' },
  affects: { nl: 'Betreft', en: 'Affects' },
  status: { nl: 'Status', en: 'Status' },
  website: { nl: 'Website', en: 'Website' },
  setting: { nl: 'Setting', en: 'Setting' },
  budget: { nl: 'Budget', en: 'Budget' },
  tariff: { nl: 'Tarief', en: 'Tariff' },
  implements: { nl: 'Geeft uitvoering aan', en: 'Implements' },
  contact: { nl: 'Contactpersoon', en: 'Contact' },
  appendix: { nl: 'Bijlage', en: 'Appendix' },
  startDate: { nl: 'Ingangsdatum', en: 'Start date' },
  endDate: { nl: 'Einddatum', en: 'End date' },
  term: { nl: 'Looptijd', en: 'Term' },
  role: { nl: 'Rol', en: 'Role' },
  about: { nl: 'Organisatie en samenhang', en: 'Organisation and context' },
  ambassadorsMany: { nl: 'Ambassadeurs', en: 'Ambassadors' },
  share: { nl: 'Aandeel', en: 'Share' },
  funder: { nl: 'Financier', en: 'Funder' },
  leadTime: { nl: 'Doorlooptijd', en: 'Lead time' },
  perYear: { nl: 'Per jaar', en: 'Per year' },
  'review.every': { nl: 'Hoe vaak', en: 'How often' },
  'review.last': { nl: 'Laatst herzien', en: 'Last reviewed' },
  'review.next': { nl: 'Volgende herziening', en: 'Next review' },
  'review.by': { nl: 'Door', en: 'By' },
  indicator: { nl: 'Indicator', en: 'Indicator' },
  baseline: { nl: 'Nulmeting', en: 'Baseline' },
  target: { nl: 'Streefwaarde', en: 'Target' },
  measured: { nl: 'Gemeten', en: 'Measured' },
  'milestone.decision': { nl: 'besluit', en: 'decision' },
  'milestone.deadline': { nl: 'deadline', en: 'deadline' },
  'milestone.delivery': { nl: 'oplevering', en: 'delivery' },
  'milestone.publication': { nl: 'publicatie', en: 'publication' },
  'milestone.event': { nl: 'bijeenkomst', en: 'event' },
  'milestone.start': { nl: 'start', en: 'start' },
  'milestone.end': { nl: 'einde', en: 'end' },
  'status.open': { nl: 'nog niet gestart', en: 'not started' },
  'status.inProgress': { nl: 'loopt', en: 'in progress' },
  'status.done': { nl: 'afgerond', en: 'done' },
  'status.dropped': { nl: 'vervallen', en: 'dropped' },
  'precondition.open': { nl: 'nog niet vervuld', en: 'not yet met' },
  'precondition.met': { nl: 'vervuld', en: 'met' },
  'precondition.notMet': { nl: 'niet vervuld', en: 'not met' },
  'partsSchedule.sequential': { nl: 'na elkaar', en: 'one after another' },
  'partsSchedule.parallel': { nl: 'naast elkaar', en: 'side by side' },
  parallelPhase: { nl: 'loopt naast de vorige fase', en: 'runs alongside the previous phase' },
  'change.added': { nl: 'toegevoegd', en: 'added' },
  'change.changed': { nl: 'gewijzigd', en: 'changed' },
  'change.removed': { nl: 'vervallen', en: 'removed' },
  'setting.intramural': { nl: 'intramuraal', en: 'intramural' },
  'setting.semimural': { nl: 'semimuraal', en: 'semimural' },
  'setting.extramural': { nl: 'extramuraal', en: 'extramural' },
  'setting.ambulatory': { nl: 'ambulant', en: 'ambulatory' },
} as const satisfies Readonly<Record<string, Label>>;

export type UiLabelKey = keyof typeof UI_LABELS;

/** A render-only word by key; undefined for an unknown key. */
export function uiLabel(key: string, lang: RenderLang): string | undefined {
  const label = (UI_LABELS as Readonly<Record<string, Label>>)[key];
  return label?.[lang];
}

/**
 * The heading a kind prints above a field (`approach` → "Zo doen we dat"): the kind's own, else
 * the common model's (`roles` → "Rollen"). A custom kind's field without either is named by its
 * schema title or its key made readable; a built-in kind's is undefined (a template error).
 */
export function fieldLabel(definition: KindDefinition, field: string, lang: RenderLang): string | undefined {
  const label = definition.labels[field] ?? commonLabels[field];
  if (label) return label[lang];
  return definition.builtin ? undefined : humanise(field);
}
