import { compareDates } from '../../time/calendar.js';
import type { Rule } from '../../rules/types.js';
import type { TimeSite } from '../sites.js';
import { timeSites } from '../sites.js';
import { spanOf, spokenDate } from '../values.js';

/** Only deadlines among milestones are commitments; a start, a delivery or an event may be history the document recounts. */
const COMMITTED_MILESTONES = new Set(['deadline']);

/**
 * An action, project, agreement or deadline whose time reaches outside the period of its
 * document: often intended history (a project that started the year before), so a warning.
 */
export const outsidePeriod: Rule = {
  meta: {
    id: 'timeline/outside-period',
    description: {
      en: "An item's period lies within the period of its document.",
      nl: 'De periode van een onderdeel ligt binnen de looptijd van zijn document.',
    },
    severity: 'warning',
    messages: {
      before: {
        en: '"{text}" starts before the period of the document ({period}): {start} is before {documentStart}',
        nl: '"{text}" begint vóór de looptijd van het document ({period}): {start} ligt vóór {documentStart}',
      },
      after: {
        en: '"{text}" ends after the period of the document ({period}): {end} is after {documentEnd}',
        nl: '"{text}" eindigt na de looptijd van het document ({period}): {end} ligt na {documentEnd}',
      },
      documentPeriod: { en: 'the period of the document', nl: 'de looptijd van het document' },
      fix: {
        en: 'If this is intended (work that began earlier or goes on afterwards), say so with a suppression and its reason.',
        nl: 'Is dit zo bedoeld (werk dat eerder begon of langer doorloopt), onderdruk de melding dan met een reden.',
      },
    },
  },
  check(context) {
    const sites = timeSites(context.data, context.definition);
    const documentSite = sites.find((s) => s.isDocumentPeriod && s.role === 'period');
    if (!documentSite) return;
    const documentSpan = spanOf(documentSite);
    if (!documentSpan?.start || !documentSpan.end) return;
    const { start: documentStart, end: documentEnd } = documentSpan;
    for (const site of sites) {
      if (site.isDocumentPeriod || site.role === 'duration' || !inScope(site)) continue;
      const span = spanOf(site);
      if (!span) continue;
      const data = { text: site.text, period: documentSite.text, documentStart: spokenDate(documentStart), documentEnd: spokenDate(documentEnd) };
      if (span.start && compareDates(span.start, documentStart) < 0) {
        context.report({ path: site.path, messageId: 'before', data: { ...data, start: spokenDate(span.start) }, hintId: 'fix', related: [{ path: documentSite.path, messageId: 'documentPeriod' }] });
      } else if (span.end && compareDates(span.end, documentEnd) > 0) {
        context.report({ path: site.path, messageId: 'after', data: { ...data, end: spokenDate(span.end) }, hintId: 'fix', related: [{ path: documentSite.path, messageId: 'documentPeriod' }] });
      }
    }
  },
};

function inScope(site: TimeSite): boolean {
  if (site.role === 'period') return true;
  const type = site.owner.type;
  // A milestone's `when`, a precondition's deadline; phase start and end dates are periods of work.
  if (typeof type === 'string') return COMMITTED_MILESTONES.has(type);
  return true;
}
