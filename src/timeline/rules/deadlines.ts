import type { Message } from '../../core/i18n.js';
import { toPointer } from '../../core/pointer.js';
import { lookup, PRECONDITION_STATUSES, WORK_STATUSES } from '../../model/vocabulary.js';
import type { Rule } from '../../rules/types.js';
import { typedValues } from '../../schema/typed.js';
import { compareDates, type CalendarDate } from '../../time/calendar.js';
import { ownerName, timeSites, type TimeSite } from '../sites.js';
import { spanOf, spokenDate } from '../values.js';

const DONE = new Set(['done', 'dropped', 'met']);
const OPEN = new Set(['open', 'inProgress', 'notMet']);

/** Deadlines that have passed (`--today`), and work marked open whose time is over. */
export const deadlines: Rule = {
  meta: {
    id: 'timeline/overdue',
    description: {
      en: 'Work not done whose period or deadline has ended (work without a status counts as not started), and deadlines that have passed, relative to --today.',
      nl: 'Werk dat niet af is terwijl zijn periode of termijn voorbij is (werk zonder status telt als nog niet gestart), en verstreken termijnen, ten opzichte van --today.',
    },
    severity: 'warning',
    messages: {
      overdue: {
        en: '"{name}" is still {status}, but its time "{text}" ended on {end}',
        nl: '"{name}" staat nog op {status}, maar de tijd "{text}" liep af op {end}',
      },
      unmarked: {
        en: '"{name}" has no status, so it counts as not started, but its time "{text}" ended on {end}',
        nl: '"{name}" heeft geen status en telt dus als nog niet gestart, maar de tijd "{text}" liep af op {end}',
      },
      unmarkedDeadline: {
        en: '"{name}" has no status, so it counts as not started, but its deadline "{text}" passed on {end}',
        nl: '"{name}" heeft geen status en telt dus als nog niet gestart, maar de termijn "{text}" is op {end} verstreken',
      },
      passed: { en: 'the deadline "{text}" passed on {end}', nl: 'de termijn "{text}" is op {end} verstreken' },
      fix: { en: 'Update the status, or move the period if the work goes on.', nl: 'Werk de status bij, of verschuif de periode als het werk doorloopt.' },
    },
  },
  check(context) {
    const today = context.settings.today;
    if (!today) return;
    // Pieces of work: their schema gives them a status that starts open, written or not.
    const work = new Set(typedValues(context.data, context.definition).flatMap((t) => (t.type === 'workItem' ? [toPointer(t.path)] : [])));
    // One finding per piece of work, at the time that ends last (a phase's end rather than its
    // start): work whose last time has not yet ended is not overdue, whatever ended before.
    const latest = new Map<string, { site: TimeSite; end: CalendarDate | undefined; deadline: boolean }>();
    for (const site of timeSites(context.data, context.definition)) {
      if (site.role === 'duration' || site.isDocumentPeriod) continue;
      const span = spanOf(site);
      if (!span) continue;
      const deadline = span.kinds.has('deadline') || site.owner.type === 'deadline';
      // A milestone or deadline of its own is judged on its own; work once, at its last end.
      const key = deadline ? site.path : site.ownerPath;
      const known = latest.get(key);
      const later = !known || (known.end !== undefined && (span.end === undefined || compareDates(span.end, known.end) > 0));
      if (later) latest.set(key, { site, end: span.end, deadline: deadline || (known?.deadline ?? false) });
    }
    for (const { site, end, deadline } of latest.values()) {
      if (!end || compareDates(end, today) >= 0) continue;
      const written = site.owner.status;
      const entry = lookup(WORK_STATUSES, written) ?? lookup(PRECONDITION_STATUSES, written);
      if (entry && DONE.has(entry.key)) continue;
      const status: Message | string = entry ? { nl: entry.label.nl.toLowerCase(), en: entry.label.en.toLowerCase() } : typeof written === 'string' ? written : '';
      const data = { text: site.text, end: spokenDate(end), name: ownerName(site.owner), status };
      if (entry && OPEN.has(entry.key)) {
        context.report({ path: site.path, messageId: 'overdue', data, hintId: 'fix' });
      } else if (written === undefined && work.has(site.ownerPath)) {
        context.report({ path: site.path, messageId: deadline ? 'unmarkedDeadline' : 'unmarked', data, hintId: 'fix', severity: 'info' });
      } else if (deadline) {
        context.report({ path: site.path, messageId: 'passed', data, severity: 'info' });
      }
    }
  },
};
