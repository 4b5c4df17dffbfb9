import type { Rule } from '../rules/types.js';
import { dateConsistency } from './rules/date-consistency.js';
import { deadlines } from './rules/deadlines.js';
import { outsidePeriod } from './rules/outside-period.js';
import { phaseDependencies } from './rules/phases.js';
import { phaseSchedule } from './rules/phase-schedule.js';
import { planFit } from './rules/plan-fit.js';
import { reviewDue } from './rules/review.js';
import { unparsable } from './rules/unparsable.js';

/** The timeline checks, run by `agendum timeline` and `agendum check`. */
export const TIMELINE_RULES: readonly Rule[] = [unparsable, outsidePeriod, phaseDependencies, phaseSchedule, planFit, dateConsistency, deadlines, reviewDue];
