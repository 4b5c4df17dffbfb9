/**
 * The schema versions agendum reads, and what each version changed. Plain data without
 * dependencies, so that help texts can show it without loading the YAML library.
 */

/** The schema version documents are written against today. */
export const CURRENT_SCHEMA_VERSION = 3;

/** The oldest version agendum still reads: it is upgraded in memory, with a deprecation warning. */
export const OLDEST_SCHEMA_VERSION = 1;

/** What changed from one version to the next, oldest first. */
export const SCHEMA_CHANGES: readonly { readonly from: number; readonly to: number; readonly summary: { readonly en: string; readonly nl: string } }[] = [
  {
    from: 1,
    to: 2,
    summary: {
      en: 'phases no longer repeat `term: Fase`; the phasing holds the term once for all its phases',
      nl: 'fasen herhalen `term: Fase` niet meer; de fasering noemt het woord één keer voor al haar fasen',
    },
  },
  {
    from: 2,
    to: 3,
    summary: {
      en: 'the common model: every kind may have a status, period, roles, funders, links and more; relatedDocuments becomes links.related, and the deliverables of a phase become items with an id',
      nl: 'het gemeenschappelijke model: elke soort kan een status, periode, rollen, financiers, koppelingen en meer hebben; relatedDocuments wordt links.related, en de producten van een fase worden onderdelen met een id',
    },
  },
];
