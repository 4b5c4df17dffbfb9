/** A heading that renders print above a field, in the languages a document can have. */
export interface Label {
  readonly nl: string;
  readonly en: string;
}

/** Headings by field name (or a dotted path such as `partners.client` where a name is ambiguous). */
export type LabelSet = Readonly<Record<string, Label>>;
