import type { LabelSet } from './types.js';
import { developmentAgendaLabels } from './development-agenda.js';
import { executionAgendaLabels } from './execution-agenda.js';
import { projectPlanLabels } from './project-plan.js';
import { arrangementLabels } from './arrangement.js';

export type { Label, LabelSet } from './types.js';

/** The headings each document kind prints above its fields. */
export const labelsByKind = {
  DevelopmentAgenda: developmentAgendaLabels,
  ExecutionAgenda: executionAgendaLabels,
  ProjectPlan: projectPlanLabels,
  Arrangement: arrangementLabels,
} as const satisfies Readonly<Record<string, LabelSet>>;
