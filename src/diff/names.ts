/**
 * Items named as a reader of the rendered document sees them: "Regionale actie “Continueer
 * regionale noodopvang …”", "Fase 1 Voorbereiding", "3. Deskundigheid", "Actielijn 2: Stoppen en
 * duurzaam oplossen › Plegeraanpak". The headings come from the same functions the templates print
 * them with (render/view.ts), so a diff and a render cannot name an item differently.
 */
import type { Message } from '../core/i18n.js';
import { fromPointer } from '../core/pointer.js';
import type { KindDefinition } from '../model/kinds.js';
import { commonLabels } from '../model/labels/common.js';
import { generatedNumber } from '../render/text/numbering.js';
import { agreementName, phaseName, themeHeading } from '../render/view.js';
import type { Ancestor } from './types.js';
import { isRecord } from './values.js';

/** What one item of a list is called, in each language (the lists' own headings are plural). */
export const ITEM_WORDS: Readonly<Record<string, Message>> = {
  actions: { en: 'Action', nl: 'Actie' },
  regionalActions: { en: 'Regional action', nl: 'Regionale actie' },
  localActions: { en: 'Local action', nl: 'Lokale actie' },
  themes: { en: 'Theme', nl: 'Thema' },
  actionLines: { en: 'Action line', nl: 'Actielijn' },
  principles: { en: 'Principle', nl: 'Uitgangspunt' },
  generalAgreements: { en: 'Agreement', nl: 'Afspraak' },
  providerAgreements: { en: 'Agreement', nl: 'Afspraak' },
  agreements: { en: 'Agreement', nl: 'Afspraak' },
  projects: { en: 'Project', nl: 'Project' },
  results: { en: 'Result', nl: 'Resultaat' },
  goals: { en: 'Goal', nl: 'Doel' },
  requirements: { en: 'Requirement', nl: 'Eis' },
  components: { en: 'Component', nl: 'Onderdeel' },
  lots: { en: 'Lot', nl: 'Perceel' },
  domains: { en: 'Domain', nl: 'Domein' },
  areas: { en: 'Result area', nl: 'Resultaatgebied' },
  subResults: { en: 'Sub-result', nl: 'Subresultaat' },
  partners: { en: 'Partner', nl: 'Partner' },
  parties: { en: 'Party', nl: 'Partij' },
  organisations: { en: 'Organisation', nl: 'Organisatie' },
  milestones: { en: 'Milestone', nl: 'Mijlpaal' },
  deliverables: { en: 'Deliverable', nl: 'Oplevering' },
  preconditions: { en: 'Precondition', nl: 'Randvoorwaarde' },
  amendments: { en: 'Amendment', nl: 'Wijziging' },
  steps: { en: 'Step', nl: 'Stap' },
  sections: { en: 'Section', nl: 'Paragraaf' },
  footnotes: { en: 'Footnote', nl: 'Voetnoot' },
  targetOutcomes: { en: 'Target outcome', nl: 'Beoogd resultaat' },
  indicators: { en: 'Indicator', nl: 'Indicator' },
  references: { en: 'Source', nl: 'Bron' },
  definitions: { en: 'Definition', nl: 'Begrip' },
  appendices: { en: 'Appendix', nl: 'Bijlage' },
  items: { en: 'Item', nl: 'Onderdeel' },
};

const AGREEMENT_LISTS = new Set(['generalAgreements', 'providerAgreements', 'agreements']);
/** Lists whose numbered parts print their number with a colon (result-area-name and lots partials). */
const COLON_LISTS = new Set(['areas', 'lots', 'items']);
const HEADED_LISTS = new Set(['themes', 'principles']);

/** How many words of an item's text name it when it has no title (as render's agreementName does). */
const OPENING_WORDS = 8;

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** The first words of a text as a reader sees them (Markdown emphasis shown, not its marks), "…" when there are more. */
export function opening(value: string, words = OPENING_WORDS): string {
  const plain = value.replace(/(\*\*|\*|__|_)(?=\S)([^*_]*?\S)\1/g, '$2');
  const all = plain.split(/\s+/).filter(Boolean);
  return all.slice(0, words).join(' ') + (all.length > words ? ' …' : '');
}

/** Lists whose `items` the templates number (1, a, i by depth) when the writer did not. */
const NUMBERED_HOLDERS = new Set(['requirements', 'goals', 'results', 'items']);

/** Whether an item stands in a numbered list: `requirements.items`, an agreement's items, the items of an item. */
function inNumberedList(item: Ancestor, chain: readonly Ancestor[], at: number): boolean {
  if (item.list !== 'items') return false;
  const above = chain[at - 1];
  return (item.holderKey !== undefined && NUMBERED_HOLDERS.has(item.holderKey)) || (above !== undefined && (above.list === 'items' || AGREEMENT_LISTS.has(above.list)) && item.holder === above.value);
}

/**
 * The item's heading as the document prints it, without a word for what it is: "Plegeraanpak",
 * "3. Deskundigheid", "Fase 1 Voorbereiding"; an item without a title by its opening words.
 * `quoted` says whether it is the writer's running text (shown in quotes) rather than a title.
 */
export function itemHeading(item: Ancestor, lang: 'nl' | 'en', depth = 0, numbered = false): { heading: string; quoted: boolean; named: boolean } {
  const value = item.value;
  if (HEADED_LISTS.has(item.list)) return { heading: themeHeading(value), quoted: false, named: false };
  if (item.list === 'phases') {
    const term = isRecord(item.holder) ? item.holder.term : undefined;
    return { heading: phaseName(value, item.index, lang, term), quoted: false, named: true };
  }
  if (AGREEMENT_LISTS.has(item.list)) {
    // The words an amendment table names the agreement by: its number and title, else its opening words.
    const heading = agreementName({ generalAgreements: [value] }, value.id);
    return { heading, quoted: text(value.title) === '' && text(value.number) === '', named: false };
  }
  const title = text(value.title) || text(value.name) || text(value.heading) || text(value.term);
  const body = text(value.text) || text(value.statement) || text(value.description) || (Array.isArray(value.paragraphs) ? text(value.paragraphs[0]) : '');
  const words = title !== '' ? title : body !== '' ? opening(body) : '';
  if (numbered) {
    // A numbered list prints "3. …", the writer's number or the list's own.
    const number = text(value.number) || generatedNumber(item.index, depth);
    return { heading: words === '' ? number : `${number}. ${words}`, quoted: false, named: false };
  }
  if (item.list !== 'items' && text(value.number) !== '' && title !== '') {
    // A numbered part ("Resultaatgebied 1: Sociaal en persoonlijk functioneren", "Perceel 2: …").
    const label = text(value.label);
    // Result areas and lots print "1: …" unless they say otherwise; projects and indicators "2 Vroeg Eropaf".
    const separator = text(value.separator) || (label !== '' || COLON_LISTS.has(item.list) ? ':' : '');
    return { heading: `${label ? `${label} ` : ''}${text(value.number)}${separator} ${title}`, quoted: false, named: label !== '' };
  }
  if (words !== '') return { heading: words, quoted: title === '', named: false };
  return { heading: item.id, quoted: false, named: false };
}

/** Depth of a numbered item among the numbered lists around it (for a, b, c and i, ii, iii). */
function depthOf(chain: readonly Ancestor[], at: number): number {
  let depth = 0;
  for (let k = at - 1; k >= 0 && chain[k]!.list === 'items'; k--) depth++;
  // An agreement's numbered list starts one level down (1.a, 1.b), as the agreement template prints it.
  const above = chain[at - depth - 1];
  return chain[at]!.list === 'items' && above && AGREEMENT_LISTS.has(above.list) ? depth + 1 : depth;
}

/** The item's heading as printed (see itemHeading), with its place in numbered lists taken into account. */
export function itemTitle(chain: readonly Ancestor[], at: number, lang: 'nl' | 'en'): { heading: string; quoted: boolean; named: boolean } {
  const item = chain[at]!;
  return itemHeading(item, lang, depthOf(chain, at), inNumberedList(item, chain, at));
}

/** One item named in a language: "Regionale actie “Continueer …”", "Plegeraanpak". */
export function itemName(chain: readonly Ancestor[], at: number, lang: 'nl' | 'en'): string {
  const item = chain[at]!;
  const { heading, quoted, named } = itemTitle(chain, at, lang);
  const words = ITEM_WORDS[item.list];
  const word = words?.[lang];
  if (named || !word) return quoted ? `“${heading}”` : heading;
  // A heading that already says what it is ("Actielijn 1: …") needs no word, in either language.
  const lower = heading.toLowerCase();
  if (lower.startsWith(words.nl.toLowerCase()) || lower.startsWith(words.en.toLowerCase())) return heading;
  return quoted ? `${word} “${heading}”` : `${word} ${heading}`;
}

/** An item in both languages. */
export function itemNameMessage(chain: readonly Ancestor[], at: number): Message {
  return { en: itemName(chain, at, 'en'), nl: itemName(chain, at, 'nl') };
}

/** The items around a place, outermost first, joined: "Actielijn 3: … › Plegeraanpak › Regionale actie “…”". */
export function placeName(chain: readonly Ancestor[], lang: 'nl' | 'en'): string {
  return chain.map((_, at) => itemName(chain, at, lang)).join(' › ');
}

/**
 * Where a value is, for a reader: the items around it, then the fields below the innermost one
 * under the headings the kind prints ("Plegeraanpak › Financiering 2 › Bedrag").
 */
export function placeOf(data: unknown, pointer: string, chain: readonly Ancestor[], definition: KindDefinition | undefined): Message {
  const tail = fieldTail(data, pointer, chain);
  const say = (lang: 'nl' | 'en') => {
    const items = placeName(chain, lang);
    // The document's own fields read under the common headings ("Looptijd"), a kind's under its own (an action's "Jaar").
    const fields = tail.map((part) => (typeof part === 'number' ? String(part + 1) : labelOf(part, chain.length === 0 ? undefined : definition, lang)));
    const joined: string[] = [];
    for (const part of fields) {
      // A list's heading and its element's number read as one: "Financiering 2".
      if (/^\d+$/.test(part) && joined.length > 0) joined[joined.length - 1] += ` ${part}`;
      else joined.push(part);
    }
    return [items, ...joined].filter((part) => part !== '').join(' › ');
  };
  return { en: say('en'), nl: say('nl') };
}

/** The keys and indexes of a pointer below its innermost keyed item. */
function fieldTail(data: unknown, pointer: string, chain: readonly Ancestor[]): Array<string | number> {
  const segments = fromPointer(pointer);
  const innermost = chain[chain.length - 1]?.value;
  let node: unknown = data;
  let tail: Array<string | number> = [];
  for (const segment of segments) {
    if (Array.isArray(node)) {
      node = node[Number(segment)];
      tail.push(Number(segment));
    } else if (isRecord(node)) {
      node = node[segment];
      tail.push(segment);
    } else break;
    if (innermost !== undefined && node === innermost) tail = [];
  }
  return tail;
}

function labelOf(key: string, definition: KindDefinition | undefined, lang: 'nl' | 'en'): string {
  const label = definition?.labels[key] ?? commonLabels[key];
  return label ? label[lang] : key;
}

/** A document for a reader: its kind's name and its title ("Uitvoeringsagenda Samen tegen huiselijk geweld"). */
export function documentName(data: unknown, definition: KindDefinition | undefined): Message {
  const title = isRecord(data) ? text(data.title) : '';
  const kindWord = definition?.label;
  const say = (lang: 'nl' | 'en') => [kindWord?.[lang] ?? (isRecord(data) ? text(data.kind) : ''), title ? `“${title}”` : ''].filter(Boolean).join(' ');
  return { en: say('en'), nl: say('nl') };
}
