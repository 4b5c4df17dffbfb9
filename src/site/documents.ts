/**
 * What the site knows of each document: its names, status, period and version for the index,
 * its links to other documents (resolved both ways), its funders and its pieces of work.
 */
import type { Lang } from '../core/i18n.js';
import type { Label } from '../model/labels/types.js';
import type { KindDefinition } from '../model/kinds.js';
import { DOCUMENT_STATUSES, lookup } from '../model/vocabulary.js';
import type { WorkItem } from '../monitor/items.js';
import { organisationName } from '../render/view.js';
import { formatPeriod } from '../render/text/period.js';
import { formatMoney } from '../render/text/money.js';
import { isRecord } from '../timeline/sites.js';

export interface SiteDocument {
  /** The file as the user names it (relative to where the command runs). */
  readonly file: string;
  /** The file relative to the repository's root (or the folder the site is built from), with `/`. */
  readonly path: string;
  /** The name of its pages: `documenten/<slug>.html`. */
  readonly slug: string;
  readonly id?: string;
  readonly title: string;
  readonly kind: string;
  readonly kindLabel: Label;
  readonly status?: Label | string;
  readonly period?: string;
  readonly version?: string;
  readonly date?: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly definition: KindDefinition;
  readonly items: readonly WorkItem[];
  /** The document's text content, string by string, for the search. */
  readonly texts: readonly string[];
  /** Hash of the document's text, for building only what changed. */
  readonly hash: string;
}

/** A link between two documents of the site, as it reads from either side. */
export interface SiteLink {
  readonly from: SiteDocument;
  readonly to: SiteDocument | { readonly url: string; readonly title: string };
  readonly relation: 'predecessor' | 'successor' | 'parent' | 'related' | 'implements';
}

export const RELATION_WORDS: Readonly<Record<SiteLink['relation'], { forward: Label; backward: Label }>> = {
  predecessor: { forward: { nl: 'Volgt op', en: 'Follows' }, backward: { nl: 'Wordt opgevolgd door', en: 'Followed by' } },
  successor: { forward: { nl: 'Wordt opgevolgd door', en: 'Followed by' }, backward: { nl: 'Volgt op', en: 'Follows' } },
  parent: { forward: { nl: 'Hoort bij', en: 'Part of' }, backward: { nl: 'Omvat', en: 'Includes' } },
  related: { forward: { nl: 'Zie ook', en: 'See also' }, backward: { nl: 'Genoemd in', en: 'Referred to in' } },
  implements: { forward: { nl: 'Geeft uitvoering aan', en: 'Implements' }, backward: { nl: 'Uitgevoerd in', en: 'Implemented in' } },
};

/** The status of a document as readers say it: the common vocabulary's label, else as written. */
export function documentStatus(data: Readonly<Record<string, unknown>>): Label | string | undefined {
  const written = data.status;
  if (written === undefined || written === null || written === '') return undefined;
  return lookup(DOCUMENT_STATUSES, written)?.label ?? String(written);
}

export function periodText(data: Readonly<Record<string, unknown>>, definition: KindDefinition, lang: Lang): string | undefined {
  for (const pointer of definition.documentPeriods) {
    let value: unknown = data;
    for (const key of pointer.split('/').slice(1)) value = isRecord(value) ? value[key] : undefined;
    if (value !== undefined && value !== null && value !== '') return formatPeriod(value, lang);
  }
  return undefined;
}

/**
 * The links between the site's documents: `links` (predecessor, successor, parent, related) by
 * id or path, and a plan's `implements` that names items of another document by id.
 */
export function siteLinks(documents: readonly SiteDocument[]): SiteLink[] {
  const byId = new Map(documents.filter((d) => d.id).map((d) => [d.id!, d]));
  const byPath = new Map(documents.map((d) => [d.path, d]));
  const itemOwners = new Map<string, SiteDocument>();
  for (const document of documents) for (const id of idsIn(document.data)) if (!itemOwners.has(id)) itemOwners.set(id, document);
  const links: SiteLink[] = [];
  const resolve = (from: SiteDocument, link: unknown): SiteLink['to'] | undefined => {
    if (!isRecord(link)) return undefined;
    if (typeof link.id === 'string' && byId.has(link.id)) return byId.get(link.id);
    if (typeof link.path === 'string') {
      const base = from.path.split('/').slice(0, -1);
      for (const part of link.path.split('/')) {
        if (part === '..') base.pop();
        else if (part !== '.' && part !== '') base.push(part);
      }
      const found = byPath.get(base.join('/')) ?? byPath.get(link.path);
      if (found) return found;
    }
    if (typeof link.url === 'string' && /^https?:\/\//i.test(link.url)) return { url: link.url, title: typeof link.title === 'string' ? link.title : link.url };
    return undefined;
  };
  for (const document of documents) {
    const own = isRecord(document.data.links) ? document.data.links : {};
    for (const relation of ['predecessor', 'successor', 'parent'] as const) {
      const to = resolve(document, own[relation]);
      if (to && to !== document) links.push({ from: document, to, relation });
    }
    for (const related of Array.isArray(own.related) ? own.related : []) {
      const to = resolve(document, related);
      if (to && to !== document) links.push({ from: document, to, relation: 'related' });
    }
    const implemented = new Set<SiteDocument>();
    for (const id of implementsIds(document.data)) {
      const to = itemOwners.get(id);
      if (to && to !== document && !implemented.has(to)) {
        implemented.add(to);
        links.push({ from: document, to, relation: 'implements' });
      }
    }
  }
  return links;
}

/**
 * Every object of a document, in no particular order, without recursion (a document may nest
 * deep); what stands under a key of `skipped` is left out.
 */
function objectsIn(data: unknown, skipped: ReadonlySet<string> = new Set()): Array<Readonly<Record<string, unknown>>> {
  const objects: Array<Readonly<Record<string, unknown>>> = [];
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...value);
    else if (isRecord(value)) {
      objects.push(value);
      for (const [key, child] of Object.entries(value)) if (!skipped.has(key)) stack.push(child);
    }
  }
  return objects;
}

/** Ids a document gives its items (themes, action lines, actions), for `implements` in other documents. */
function idsIn(data: unknown): string[] {
  // A link's id names another document, not an item of this one.
  return objectsIn(data, new Set(['links', 'implements'])).flatMap((value) => (value !== data && typeof value.id === 'string' ? [value.id] : []));
}

function implementsIds(data: unknown): string[] {
  return objectsIn(data).flatMap((value) => {
    const ids = value.implements;
    return (Array.isArray(ids) ? ids : [ids]).filter((id): id is string => typeof id === 'string');
  });
}

/** A document's funders: name, total and amounts per year, as the document gives them. */
export interface Funding {
  readonly name: string;
  readonly amount?: number;
  readonly share?: number;
  readonly perYear: ReadonlyArray<{ readonly year: number; readonly amount?: number; readonly share?: number }>;
}

export function fundersOf(data: Readonly<Record<string, unknown>>): Funding[] {
  const funders = Array.isArray(data.funders) ? data.funders.filter(isRecord) : [];
  return funders.map((funder) => ({
    name: String(funder.name ?? organisationName(data, funder.party)),
    ...(moneyValue(funder.amount) !== undefined ? { amount: moneyValue(funder.amount)! } : {}),
    ...(typeof funder.share === 'number' ? { share: funder.share } : {}),
    perYear: (Array.isArray(funder.perYear) ? funder.perYear.filter(isRecord) : []).flatMap((entry) =>
      typeof entry.year === 'number' ? [{ year: entry.year, ...(moneyValue(entry.amount) !== undefined ? { amount: moneyValue(entry.amount)! } : {}), ...(typeof entry.share === 'number' ? { share: entry.share } : {}) }] : [],
    ),
  }));
}

function moneyValue(money: unknown): number | undefined {
  return isRecord(money) && typeof money.value === 'number' ? money.value : undefined;
}

export function euros(value: number, lang: Lang): string {
  return formatMoney({ value, currency: 'EUR' }, lang);
}

/** A name made fit for a file name: lower case, letters and digits joined by hyphens. */
export function slugOf(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'document';
}
