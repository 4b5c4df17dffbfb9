import type { Rule } from '../../rules/types.js';
import { compareDates, formatIsoDate } from '../../time/calendar.js';
import { ownerName, timeSites } from '../sites.js';
import { spanOf } from '../values.js';

const DONE = new Set(['done', 'dropped', 'met']);
const OPEN = new Set(['open', 'planned', 'active', 'inProgress', 'notMet']);

/** Deadlines that have passed (`--today`), and work marked open whose time is over. */
export const deadlines: Rule = {
  meta: {
    id: 'timeline/overdue',
    description: 'Open work whose period has ended, and deadlines that have passed, relative to --today.',
    severity: 'warning',
    messages: {
      overdue: {
        en: '"{name}" is still {status}, but its time "{text}" ended on {end}',
        nl: '"{name}" staat nog op {status}, maar de tijd "{text}" liep af op {end}',
      },
      passed: { en: 'the deadline "{text}" passed on {end}', nl: 'de termijn "{text}" is op {end} verstreken' },
      fix: { en: 'Update the status, or move the period if the work goes on.', nl: 'Werk de status bij, of verschuif de periode als het werk doorloopt.' },
    },
  },
  check(context) {
    const today = context.settings.today;
    if (!today) return;
    for (const site of timeSites(context.data, context.definition)) {
      if (site.role === 'duration' || site.isDocumentPeriod) continue;
      const span = spanOf(site);
      if (!span?.end || compareDates(span.end, today) >= 0) continue;
      const status = typeof site.owner.status === 'string' ? site.owner.status : undefined;
      if (status && DONE.has(status)) continue;
      const data = { text: site.text, end: formatIsoDate(span.end), name: ownerName(site.owner), status: status ?? '' };
      if (status && OPEN.has(status)) {
        context.report({ path: site.path, messageId: 'overdue', data, hintId: 'fix' });
      } else if (span.kinds.has('deadline') || site.owner.type === 'deadline') {
        context.report({ path: site.path, messageId: 'passed', data, severity: 'info' });
      }
    }
  },
};
