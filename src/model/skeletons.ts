import { Document } from 'yaml';
import { kindInfo } from './kinds.js';

export interface SkeletonOptions {
  readonly id: string;
  readonly title: string;
  /** How the modeline reaches the schemas folder from where the file will live. */
  readonly schemaPath: string;
}

/**
 * The smallest valid document of each kind: the modeline, the identifying fields and what
 * the kind's schema requires besides, with comments that say what to fill in next.
 */
export function skeleton(kind: string, options: SkeletonOptions): string {
  const info = kindInfo(kind);
  if (!info) throw new Error(`unknown kind ${kind}`);
  const head = { schemaVersion: 2, kind, id: options.id, title: options.title, language: 'nl' };
  const body: Record<string, unknown> = { ...head, ...EXTRA[kind] };
  const document = new Document(body);
  document.commentBefore = ` yaml-language-server: $schema=${options.schemaPath}/${info.schemaFile}`;
  for (const [key, comment] of Object.entries(COMMENTS[kind] ?? {})) {
    const pair = document.contents && 'items' in document.contents ? (document.contents.items as { key: { value: unknown; commentBefore?: string } }[]).find((p) => p.key.value === key) : undefined;
    if (pair) pair.key.commentBefore = comment;
  }
  // The modeline must be the first line, directly followed by the document.
  return document.toString({ lineWidth: 0 }).replace(/^(# yaml-language-server:[^\n]*)\n\n/, '$1\n');
}

const EXTRA: Record<string, Record<string, unknown>> = {
  DevelopmentAgenda: {
    parties: [{ id: 'vng', name: 'VNG', role: 'vertegenwoordiger van gemeenten' }],
    generalAgreements: [{ id: 'eerste-afspraak', title: 'Eerste afspraak', text: 'De partijen spreken af wat zij samen gaan ontwikkelen.' }],
  },
  ExecutionAgenda: { period: '2025 t/m 2028' },
  ProjectPlan: { period: '2025 – 2026', projects: [{ id: 'eerste-project', title: 'Eerste project' }] },
  Arrangement: {},
};

const COMMENTS: Record<string, Record<string, string>> = {
  DevelopmentAgenda: { parties: ' The parties (partijen): the VNG or a municipality, and the providers (aanbieders).', generalAgreements: ' Agreements for all providers; numbered provider agreements go in providerAgreements.' },
  ExecutionAgenda: { period: ' Next: principles, actionLines with themes and actions, partners (see `agendum schema ExecutionAgenda`).' },
  ProjectPlan: { projects: ' Each project: introduction, objective, results, workingMethod, phasing with phases.' },
  Arrangement: {},
};
