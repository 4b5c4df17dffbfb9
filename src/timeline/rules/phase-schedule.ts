import type { Rule } from '../../rules/types.js';
import { addDays, compareDates } from '../../time/calendar.js';
import type { CalendarDate } from '../../time/calendar.js';
import { parseTime } from '../../time/index.js';
import { intervalsOf, spokenDate } from '../values.js';
import { projectPhases } from './phases.js';

/** Phases with dates: a phase that waits for another starts the day after it ends, not before and not later. */
export const phaseSchedule: Rule = {
  meta: {
    id: 'timeline/phase-schedule',
    description: {
      en: 'Dated phases that follow each other neither overlap nor leave a gap.',
      nl: 'Gedateerde fasen die op elkaar volgen, overlappen niet en laten geen gat.',
    },
    severity: 'warning',
    messages: {
      overlap: {
        en: 'phase {name} starts on {start}, before phase {other} ends on {end}, though it waits for it',
        nl: 'fase {name} begint op {start}, vóór het einde van fase {other} op {end}, terwijl ze erop wacht',
      },
      gap: {
        en: 'phase {name} starts on {start}, {days} days after phase {other} ends on {end}: a gap in a sequential plan',
        nl: 'fase {name} begint op {start}, {days} dagen na het einde van fase {other} op {end}: een gat in een plan dat op elkaar aansluit',
      },
      fix: {
        en: 'Let the phase start the day after the one it waits for, or mark it `parallel: true` if they run side by side.',
        nl: 'Laat de fase beginnen op de dag na de fase waarop ze wacht, of markeer haar met `parallel: true` als ze naast elkaar lopen.',
      },
    },
  },
  check(context) {
    for (const { phases } of projectPhases(context.data)) {
      const dates = new Map(phases.map((p) => [p.id, datesOf(p.data)]));
      const names = new Map(phases.map((p) => [p.id, p.name]));
      for (const phase of phases) {
        const own = dates.get(phase.id);
        if (!own?.start) continue;
        for (const other of phase.dependsOn) {
          const before = dates.get(other);
          if (other === phase.id || !before?.end) continue;
          const data = { name: phase.name, other: names.get(other) ?? other, start: spokenDate(own.start), end: spokenDate(before.end) };
          const path = `${phase.path}/${own.startKey}`;
          if (compareDates(own.start, before.end) <= 0) {
            context.report({ path, messageId: 'overlap', data, hintId: 'fix' });
          } else {
            const next = addDays(before.end, 1);
            if (compareDates(own.start, next) > 0) {
              let days = 0;
              for (let d = next; compareDates(d, own.start) < 0; d = addDays(d, 1)) days++;
              context.report({ path, messageId: 'gap', data: { ...data, days }, hintId: 'fix' });
            }
          }
        }
      }
    }
  },
};

function datesOf(phase: Readonly<Record<string, unknown>>): { start?: CalendarDate; end?: CalendarDate; startKey: string } {
  const parse = (key: string) => {
    const value = phase[key];
    if (typeof value !== 'string' && typeof value !== 'number') return undefined;
    const result = parseTime(String(value));
    return result.ok ? intervalsOf(result.value) : undefined;
  };
  const period = parse('period');
  const start = parse('start')?.[0]?.start ?? period?.[0]?.start;
  const end = parse('end')?.at(-1)?.end ?? period?.at(-1)?.end;
  return { ...(start ? { start } : {}), ...(end ? { end } : {}), startKey: phase.start !== undefined ? 'start' : 'period' };
}
