/**
 * The schema versions agendum reads, and what each version changed. Plain data without
 * dependencies, so that help texts can show it without loading the YAML library.
 */

/** The schema version documents are written against today. */
export const CURRENT_SCHEMA_VERSION = 3;

/** The oldest version agendum still reads: it is upgraded in memory, with a deprecation warning. */
export const OLDEST_SCHEMA_VERSION = 1;

/** What changed from one version to the next, oldest first. */
export const SCHEMA_CHANGES: readonly { readonly from: number; readonly to: number; readonly summary: string }[] = [
  { from: 1, to: 2, summary: 'phases no longer repeat `term: Fase`; the phasing holds the term once for all its phases' },
  {
    from: 2,
    to: 3,
    summary: 'the common model: every kind may have a status, period, roles, funders, links and more; relatedDocuments becomes links.related, and the deliverables of a phase become items with an id',
  },
];
