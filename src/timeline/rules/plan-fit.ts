import type { Rule } from '../../rules/types.js';
import type { Duration } from '../../time/duration.js';
import { parseDuration, parseTime } from '../../time/index.js';
import type { TimeSite } from '../sites.js';
import { isRecord, timeSites } from '../sites.js';
import type { Message } from '../../core/i18n.js';
import { addDays, type CalendarDate } from '../../time/calendar.js';
import { amountDays } from '../../time/duration.js';
import { durationDays, intervalsOf, lengthInDays, spanOf } from '../values.js';
import type { PhaseInfo } from './phases.js';
import { dependencyCycles, projectPhases } from './phases.js';

export interface Bounds {
  readonly min: number;
  /** Absent when the longest is unknown (a phase without a duration, "minimaal 3 maanden"). */
  readonly max?: number;
}

/**
 * Whether a project's phases fit its period: at best (every duration range at its minimum,
 * named parts side by side) and at worst (ranges at their maximum, parts one after another).
 */
export const planFit: Rule = {
  meta: {
    id: 'timeline/plan-fit',
    description: {
      en: "A project's phase plan fits the project's own time (its start and end dates, its period, its lead time) or else the document's period: the best case must, the worst case should. Lengths are told in the writer's unit (months when the durations are in months).",
      nl: 'Het faseplan van een project past in de eigen tijd van het project (zijn begin- en einddatum, zijn periode, zijn doorlooptijd) of anders in de looptijd van het document: in het gunstigste geval moet het passen, in het ongunstigste zou het moeten passen. Lengtes staan in de eenheid van de schrijver (maanden als de duren in maanden zijn).',
    },
    severity: 'error',
    messages: {
      bestCase: {
        en: 'the phases do not fit {period}, not even at best: at best {best}, at worst {worst}, in a period of {available}',
        nl: 'de fasen passen zelfs op zijn best niet in {period}: op zijn best {best}, in het slechtste geval {worst}, in een periode van {available}',
      },
      worstCase: {
        en: 'the phases fit {period} only at best: at best {best}, at worst {worst}, in a period of {available}',
        nl: 'de fasen passen alleen op zijn best in {period}: op zijn best {best}, in het slechtste geval {worst}, in een periode van {available}',
      },
      fix: { en: 'Shorten a phase, run phases side by side (`parallel`), or widen the period.', nl: 'Kort een fase in, laat fasen naast elkaar lopen (`parallel`) of verruim de periode.' },
    },
  },
  check(context) {
    const sites = timeSites(context.data, context.definition);
    const documentSite = sites.find((s) => s.isDocumentPeriod && s.role === 'period');
    for (const project of projectPhases(context.data)) {
      if (project.phases.length === 0 || dependencyCycles(project.phases).length > 0) continue;
      const window = projectWindow(project.projectPath, project.project, sites) ?? (documentSite ? siteWindow(documentSite) : undefined);
      if (!window) continue;
      const total = criticalPath(project.phases);
      if (!total) continue;
      const over = total.min > window.days ? 'bestCase' : total.max !== undefined && total.max > window.days ? 'worstCase' : undefined;
      if (!over) continue;
      // Told in the writer's unit when every length is whole months, else in days.
      const months = window.months !== undefined ? criticalPath(project.phases, phaseMonths) : undefined;
      const inMonths = months !== undefined && window.months !== undefined && (over === 'bestCase' ? months.min > window.months : months.max === undefined || months.max > window.months);
      const told = inMonths ? { bounds: months, available: window.months!, unit: MONTHS } : { bounds: total, available: window.days, unit: DAYS };
      const worst = told.bounds.max === undefined ? { en: 'without limit', nl: 'onbegrensd' } : amount(told.bounds.max, told.unit);
      context.report({
        path: project.phasesPath,
        messageId: over,
        data: { period: window.text, best: amount(told.bounds.min, told.unit), worst, available: amount(told.available, told.unit) },
        hintId: 'fix',
        ...(over === 'worstCase' ? { severity: 'warning' as const } : {}),
      });
    }
  },
};

const DAYS: Message = { en: 'days', nl: 'dagen' };
const MONTHS: Message = { en: 'months', nl: 'maanden' };

function amount(value: number, unit: Message): Message {
  return { en: `${value} ${value === 1 ? unit.en.replace(/s$/, '') : unit.en}`, nl: `${value} ${value === 1 ? (unit.nl === 'maanden' ? 'maand' : 'dag') : unit.nl}` };
}

/** The time a plan has: its days, its whole months when it runs from the first of a month to the last of one, and how it is written. */
interface Window {
  readonly days: number;
  readonly months?: number;
  readonly text: string;
}

function siteWindow(site: TimeSite): Window | undefined {
  const span = spanOf(site);
  if (!span?.start || !span.end) return undefined;
  return windowOf(span.start, span.end, periodText(site));
}

function windowOf(start: CalendarDate, end: CalendarDate, text: string): Window {
  const days = lengthInDays(start, end);
  const whole = start.day === 1 && addDays(end, 1).day === 1;
  const months = whole ? (end.year - start.year) * 12 + end.month - start.month + 1 : undefined;
  return { days, ...(months !== undefined ? { months } : {}), text };
}

/**
 * A project's own time: from its start date to its end date; else its period; else, from its
 * start, its lead time at the longest.
 */
function projectWindow(projectPath: string, project: Readonly<Record<string, unknown>>, sites: readonly TimeSite[]): Window | undefined {
  const at = (key: string) => sites.find((s) => s.path === `${projectPath}/${key}`);
  const start = at('start');
  const end = at('end');
  const from = start ? spanOf(start)?.start : undefined;
  const to = end ? spanOf(end)?.end : undefined;
  if (from && to) return windowOf(from, to, `${start!.text} – ${end!.text}`);
  const period = sites.find((s) => s.role === 'period' && s.ownerPath === projectPath);
  if (period) return siteWindow(period);
  if (typeof project.duration === 'string') {
    const lead = parseDuration(project.duration);
    if (lead.ok && lead.value.max) {
      const max = lead.value.max;
      const days = amountDays(max).max;
      const months = max.days === 0 && max.hours === 0 ? max.months : undefined;
      return { days: Math.floor(days), ...(months !== undefined ? { months } : {}), text: `"${project.duration}"` };
    }
  }
  return undefined;
}

/** How long a phase takes in whole months, when its duration (every part of it) is written in months, quarters or years. */
function phaseMonths(phase: Readonly<Record<string, unknown>>): Bounds | undefined {
  const inMonths = (text: unknown): Bounds | undefined => {
    if (typeof text !== 'string') return undefined;
    const result = parseDuration(text);
    if (!result.ok) return undefined;
    const { min, max } = result.value as Duration;
    const whole = (a: { days: number; hours: number }) => a.days === 0 && a.hours === 0;
    if (!whole(min) || (max && !whole(max))) return undefined;
    return { min: min.months, ...(max ? { max: max.months } : {}) };
  };
  if (phase.start !== undefined || phase.end !== undefined || phase.period !== undefined) return undefined;
  return combineParts(phase, inMonths);
}

function periodText(site: TimeSite): string {
  return site.label ? `${site.label} ${site.text}` : site.text;
}

/** When a phase starts and ends, in days from the project's start, at best and at worst. */
export interface PhaseTiming {
  readonly start: Bounds;
  readonly end: Bounds;
}

/**
 * Each phase's earliest start and end through its dependencies: at best (ranges at their
 * minimum) and at worst (at their maximum; absent when a duration has no upper bound). The
 * phases it waits for are timed first, on a stack of its own rather than by recursion, since
 * a document decides how long a chain of phases is.
 */
export function schedulePhases(phases: readonly PhaseInfo[], boundsOf: (phase: Readonly<Record<string, unknown>>) => Bounds | undefined = phaseBounds): Map<string, PhaseTiming> | undefined {
  const timing = new Map<string, PhaseTiming>();
  const byId = new Map(phases.map((p) => [p.id, p]));
  const visiting = new Set<string>();
  for (const first of phases) {
    if (timing.has(first.id)) continue;
    const frames: { phase: PhaseInfo; next: number; startMin: number; startMax: number | undefined }[] = [];
    const enter = (phase: PhaseInfo) => {
      visiting.add(phase.id);
      frames.push({ phase, next: 0, startMin: 0, startMax: 0 });
    };
    enter(first);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const { phase } = frame;
      if (frame.next < phase.dependsOn.length) {
        const id = phase.dependsOn[frame.next]!;
        const other = byId.get(id);
        if (!other || other === phase || visiting.has(id)) {
          frame.next++;
          continue;
        }
        const known = timing.get(id);
        if (!known) {
          enter(other);
          continue;
        }
        frame.next++;
        const before = known.end;
        frame.startMin = Math.max(frame.startMin, before.min);
        frame.startMax = frame.startMax === undefined || before.max === undefined ? undefined : Math.max(frame.startMax, before.max);
        continue;
      }
      const { startMin, startMax } = frame;
      const own = boundsOf(phase.data);
      if (!own) return undefined;
      timing.set(phase.id, {
        start: { min: startMin, ...(startMax !== undefined ? { max: startMax } : {}) },
        end: { min: startMin + own.min, ...(startMax !== undefined && own.max !== undefined ? { max: startMax + own.max } : {}) },
      });
      visiting.delete(phase.id);
      frames.pop();
    }
  }
  return timing;
}


/** The longest chain of phases through their dependencies, at best and at worst (in days, or in the unit `boundsOf` gives). */
function criticalPath(phases: readonly PhaseInfo[], boundsOf?: (phase: Readonly<Record<string, unknown>>) => Bounds | undefined): Bounds | undefined {
  let total: Bounds | undefined;
  const timing = schedulePhases(phases, boundsOf);
  if (!timing) return undefined;
  for (const { end } of timing.values()) {
    total = total ? { min: Math.max(total.min, end.min), ...(total.max !== undefined && end.max !== undefined ? { max: Math.max(total.max, end.max) } : {}) } : end;
  }
  return total;
}

/** How long one phase takes: from its dates, its duration, or its named parts. */
export function phaseBounds(phase: Readonly<Record<string, unknown>>): Bounds {
  const dated = datedLength(phase);
  if (dated !== undefined) return { min: dated, max: dated };
  return combineParts(phase, (text) => (typeof text === 'string' ? durationBounds(text) : undefined)) ?? { min: 0 };
}

/**
 * A phase's duration in some unit: one expression, or named parts side by side (the longest at
 * best) or one after another (their sum at worst), as `partsSchedule` says. Undefined when a
 * part cannot be read in that unit (days: the phase then counts as taking no time).
 */
function combineParts(phase: Readonly<Record<string, unknown>>, bounds: (text: unknown) => Bounds | undefined): Bounds | undefined {
  const duration = phase.duration;
  if (typeof duration === 'string') return bounds(duration);
  if (Array.isArray(duration)) {
    const parts = duration.map((part) => (isRecord(part) ? bounds(part.duration) : undefined));
    if (parts.some((p) => p === undefined)) return undefined;
    const known = parts as Bounds[];
    const sum = (values: (number | undefined)[]) => (values.some((v) => v === undefined) ? undefined : values.reduce<number>((a, b) => a + (b ?? 0), 0));
    const most = (values: (number | undefined)[]) => (values.some((v) => v === undefined) ? undefined : Math.max(...(values as number[])));
    const schedule = phase.partsSchedule;
    const min = schedule === 'sequential' ? sum(known.map((p) => p.min))! : Math.max(...known.map((p) => p.min));
    const max = schedule === 'parallel' ? most(known.map((p) => p.max)) : sum(known.map((p) => p.max));
    return { min, ...(max !== undefined ? { max } : {}) };
  }
  return undefined;
}

export function durationBounds(text: string): Bounds | undefined {
  const result = parseDuration(text);
  if (!result.ok) return undefined;
  const days = durationDays(result.value as Duration);
  return { min: days.min, ...(days.max !== undefined ? { max: days.max } : {}) };
}

export function datedLength(phase: Readonly<Record<string, unknown>>): number | undefined {
  const written = (key: string) => (typeof phase[key] === 'string' || typeof phase[key] === 'number' ? String(phase[key]) : undefined);
  const start = written('start');
  const end = written('end');
  const startResult = start ? parseTime(start) : undefined;
  const endResult = end ? parseTime(end) : undefined;
  if (!startResult?.ok || !endResult?.ok) return undefined;
  const from = intervalsOf(startResult.value)[0]?.start;
  const to = intervalsOf(endResult.value).at(-1)?.end;
  return from && to ? lengthInDays(from, to) : undefined;
}
