/** The document kinds agendum knows; `kind` at a document's root picks one. */
export interface KindInfo {
  readonly kind: string;
  /** File name of the kind's JSON Schema in `schemas/`. */
  readonly schemaFile: string;
  readonly description: string;
}

export const KINDS: readonly KindInfo[] = [
  {
    kind: 'DevelopmentAgenda',
    schemaFile: 'development-agenda.schema.json',
    description: 'development agenda (ontwikkelagenda): binding agreements between parties of a framework agreement',
  },
  {
    kind: 'ExecutionAgenda',
    schemaFile: 'execution-agenda.schema.json',
    description: 'execution agenda (uitvoeringsagenda): action lines, themes, regional and local actions, partners',
  },
  {
    kind: 'ProjectPlan',
    schemaFile: 'project-plan.schema.json',
    description: 'project plan: projects with objectives, results, working method and phases',
  },
  {
    kind: 'Arrangement',
    schemaFile: 'arrangement.schema.json',
    description: 'arrangement (consultation document): values, requirements, components, result areas and lots',
  },
];

export const COMMON_SCHEMA_FILE = 'common.schema.json';

export function kindInfo(kind: string): KindInfo | undefined {
  return KINDS.find((k) => k.kind === kind);
}
