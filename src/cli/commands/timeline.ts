import { UsageError } from '../../core/errors.js';
import { RULES } from '../../rules/index.js';
import type { CalendarDate } from '../../time/calendar.js';
import { parseIsoDate } from '../../time/calendar.js';
import { dutchDate } from '../today.js';
import { timelineChart } from '../../timeline/chart.js';
import { TIMELINE_RULES } from '../../timeline/index.js';
import type { CliIO } from '../io.js';
import type { ValidateOptions } from './validate.js';
import { runChecks } from './validate.js';
import { RULE_SETS } from '../rule-sets.js';
import { CLI_MESSAGES } from '../messages.js';

export interface TimelineOptions extends ValidateOptions {
  readonly today?: string;
}

/** `agendum timeline [paths..]`: the timeline checks, and a terminal view of each document's time. */
export function runTimeline(paths: readonly string[], options: TimelineOptions, io: CliIO, now: Date): Promise<number> {
  const today = todayOf(options.today, now);
  return runChecks(paths, options, io, { ruleSet: RULE_SETS.timeline, today, appendix: (inputs, kinds, lang) => timelineChart(inputs, today, kinds, lang) });
}

/** `agendum check [paths..]`: schema, semantic rules and timeline checks together, for CI. */
export function runCheck(paths: readonly string[], options: TimelineOptions, io: CliIO, now: Date): Promise<number> {
  return runChecks(paths, options, io, { ruleSet: [...RULES, ...TIMELINE_RULES], today: todayOf(options.today, now), cacheByDefault: true });
}

/**
 * The day to judge deadlines by: `--today YYYY-MM-DD`, or today's date where the documents
 * are written (Europe/Amsterdam), whatever the time zone of the machine.
 */
export function todayOf(option: string | undefined, now: Date): CalendarDate {
  if (option !== undefined) {
    const date = parseIsoDate(option);
    if (!date) throw new UsageError(CLI_MESSAGES.text('todayDate', { value: option }));
    return date;
  }
  return dutchDate(now);
}
