import type { Label } from './labels/types.js';

/**
 * The closed and open word lists of the common model: the roles people and organisations play,
 * the stages of a document's life and the progress of a piece of work. Each entry has a stable
 * key, its Dutch and English label, and the words writers use for it; a document may use the
 * key or any of those words (`status: vastgesteld` and `status: adopted` mean the same).
 */
export interface VocabularyEntry {
  readonly key: string;
  readonly label: Label;
  /** Other words for it, besides the key and the labels, compared without case and spacing. */
  readonly synonyms: readonly string[];
}

function entry(key: string, nl: string, en: string, synonyms: readonly string[] = []): VocabularyEntry {
  return { key, label: { nl, en }, synonyms };
}

/**
 * The roles of the common model. The list is open: a role a writer names that is none of these
 * ("kwartiermaker") is kept and printed as written.
 */
export const ROLES: readonly VocabularyEntry[] = [
  entry('politicalSponsor', 'Bestuurlijk opdrachtgever', 'Political sponsor', ['bestuurlijk opdrachtgever', 'bestuurlijke opdrachtgever', 'portefeuillehouder', 'political owner']),
  entry('officialSponsor', 'Ambtelijk opdrachtgever', 'Official sponsor', ['ambtelijk opdrachtgever', 'ambtelijke opdrachtgever', 'official client']),
  entry('projectLeader', 'Projectleider', 'Project leader', ['projectleider', 'project leader', 'projectmanager', 'project manager']),
  entry('lead', 'Trekker', 'Lead', ['trekker', 'kartrekker', 'lead']),
  entry('author', 'Opsteller', 'Author', ['opsteller', 'opstellers', 'auteur', 'author', 'schrijver']),
  entry('partner', 'Partner', 'Partner', ['partner', 'partners', 'samenwerkingspartner', 'kernpartner']),
  entry('funder', 'Financier', 'Funder', ['financier', 'financiers', 'funder', 'subsidiegever']),
  entry('contact', 'Contactpersoon', 'Contact person', ['contactpersoon', 'contact', 'contact person', 'aanspreekpunt']),
];

/** Where a document is in its life, from a first draft to a decision or its withdrawal. */
export const DOCUMENT_STATUSES: readonly VocabularyEntry[] = [
  entry('draft', 'Concept', 'Draft', ['concept', 'conceptversie', 'ontwerp', 'draft']),
  entry('forDiscussion', 'Ter bespreking', 'For discussion', ['ter bespreking', 'ter consultatie', 'for discussion', 'consultatie']),
  entry('forAdoption', 'Ter vaststelling', 'For adoption', ['ter vaststelling', 'ter besluitvorming', 'for adoption', 'for decision']),
  entry('adopted', 'Vastgesteld', 'Adopted', ['vastgesteld', 'definitief', 'adopted', 'final', 'goedgekeurd']),
  entry('withdrawn', 'Ingetrokken', 'Withdrawn', ['ingetrokken', 'vervallen', 'withdrawn', 'superseded']),
];

/** How far a piece of work has got: an action, agreement, project, phase, step or deliverable. */
export const WORK_STATUSES: readonly VocabularyEntry[] = [
  entry('open', 'Nog niet gestart', 'Not started', ['open', 'gepland', 'nog niet gestart', 'planned', 'not started']),
  entry('inProgress', 'Loopt', 'In progress', ['loopt', 'lopend', 'in uitvoering', 'bezig', 'gestart', 'in progress', 'active']),
  entry('done', 'Afgerond', 'Done', ['afgerond', 'gereed', 'klaar', 'voltooid', 'done', 'completed']),
  entry('dropped', 'Vervallen', 'Dropped', ['vervallen', 'geschrapt', 'gestopt', 'dropped', 'cancelled']),
];

/** Preconditions are met or not, rather than done. */
export const PRECONDITION_STATUSES: readonly VocabularyEntry[] = [
  entry('open', 'Nog niet vervuld', 'Not yet met', ['open', 'nog niet vervuld']),
  entry('met', 'Vervuld', 'Met', ['vervuld', 'met']),
  entry('notMet', 'Niet vervuld', 'Not met', ['niet vervuld', 'not met']),
];

/** Compared without case, accents, hyphens and doubled spaces: "Ter  Vaststelling" = "ter vaststelling". */
export function vocabularyWord(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const indexes = new WeakMap<readonly VocabularyEntry[], ReadonlyMap<string, VocabularyEntry>>();

function indexOf(list: readonly VocabularyEntry[]): ReadonlyMap<string, VocabularyEntry> {
  let index = indexes.get(list);
  if (!index) {
    const map = new Map<string, VocabularyEntry>();
    for (const item of list) {
      for (const word of [item.key, item.label.nl, item.label.en, ...item.synonyms]) {
        const normal = vocabularyWord(word);
        if (!map.has(normal)) map.set(normal, item);
      }
      // camelCase keys also as words: "inProgress" = "in progress".
      map.set(vocabularyWord(item.key.replace(/[A-Z]/g, (c) => ` ${c}`)), item);
    }
    index = map;
    indexes.set(list, index);
  }
  return index;
}

/** The entry a written word stands for, or undefined for a word of the writer's own. */
export function lookup(list: readonly VocabularyEntry[], written: unknown): VocabularyEntry | undefined {
  return typeof written === 'string' ? indexOf(list).get(vocabularyWord(written)) : undefined;
}

/** The stable key of a written value (`vastgesteld` → `adopted`), or the value itself when it is none of the list. */
export function canonicalKey(list: readonly VocabularyEntry[], written: unknown): string | undefined {
  if (typeof written !== 'string') return undefined;
  return lookup(list, written)?.key ?? written;
}

/**
 * Every word a writer may use for the entries of a list (for the schemas' enums and completion):
 * the Dutch words first, as Dutch writers use them, then the English keys, then the rest.
 */
export function writtenForms(list: readonly VocabularyEntry[]): string[] {
  const forms = new Set<string>();
  for (const item of list) forms.add(item.label.nl.toLowerCase());
  for (const item of list) forms.add(item.key);
  for (const item of list) for (const word of [item.label.en, ...item.synonyms]) forms.add(word.toLowerCase());
  return [...forms];
}
