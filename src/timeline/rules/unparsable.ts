import type { Rule } from '../../rules/types.js';
import { timeSites } from '../sites.js';
import { impossibleDate } from '../../time/impossible.js';
import { parseSite } from '../values.js';

/** A time expression or duration agendum cannot understand is reported, never guessed at. */
export const unparsable: Rule = {
  meta: {
    id: 'timeline/unparsable',
    description: {
      en: 'Every period, date and duration is a time expression agendum understands.',
      nl: 'Elke periode, datum en duur is een tijdsuitdrukking die agendum begrijpt.',
    },
    severity: 'error',
    messages: {
      time: { en: '"{text}" is not a time agendum understands: {reason}', nl: '"{text}" is geen tijdsaanduiding die agendum begrijpt: {reason}' },
      duration: { en: '"{text}" is not a duration agendum understands: {reason}', nl: '"{text}" is geen duur die agendum begrijpt: {reason}' },
      fix: {
        en: 'Write it as e.g. "2020 t/m 2023", "vanaf 2021", "medio 2019", "mei 2020", "Doorlopend" (periods) or "zes maanden", "binnen 4 weken" (durations).',
        nl: 'Schrijf bijvoorbeeld "2020 t/m 2023", "vanaf 2021", "medio 2019", "mei 2020", "Doorlopend" (perioden) of "zes maanden", "binnen 4 weken" (duur).',
      },
    },
  },
  check(context) {
    for (const site of timeSites(context.data, context.definition)) {
      const result = parseSite(site);
      // A value that is one day, but no day of the calendar, is date/impossible's finding.
      if (result.ok || (typeof site.text === 'string' && impossibleDate(site.text))) continue;
      context.report({
        path: site.path,
        messageId: site.role === 'duration' ? 'duration' : 'time',
        data: { text: site.text, reason: result.message },
        hintId: 'fix',
        ...(result.span && typeof site.text === 'string' ? { span: { start: result.span[0], end: result.span[1] } } : {}),
      });
    }
  },
};
