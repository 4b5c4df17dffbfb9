import type { Rule } from '../../rules/types.js';
import type { Duration } from '../../time/duration.js';
import { parseDuration, parseTime } from '../../time/index.js';
import type { TimeSite } from '../sites.js';
import { isRecord, timeSites } from '../sites.js';
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
    description: "A project's phase plan fits the project's period (or the document's): the best case must, the worst case should.",
    severity: 'error',
    messages: {
      bestCase: {
        en: 'even at best the phases take {best} days, {over} more than the {available} days of {period}',
        nl: 'de fasen duren op zijn best {best} dagen, {over} meer dan de {available} dagen van {period}',
      },
      worstCase: {
        en: 'at worst the phases take {worst} days, {over} more than the {available} days of {period} (at best {best})',
        nl: 'de fasen duren in het slechtste geval {worst} dagen, {over} meer dan de {available} dagen van {period} (op zijn best {best})',
      },
      fix: { en: 'Shorten a phase, run phases side by side (`parallel`), or widen the period.', nl: 'Kort een fase in, laat fasen naast elkaar lopen (`parallel`) of verruim de periode.' },
    },
  },
  check(context) {
    const sites = timeSites(context.data);
    const documentSite = sites.find((s) => s.isDocumentPeriod && s.role === 'period');
    for (const project of projectPhases(context.data)) {
      if (project.phases.length === 0 || dependencyCycles(project.phases).length > 0) continue;
      const projectSite = sites.find((s) => s.role === 'period' && s.ownerPath === project.projectPath);
      const periodSite = projectSite ?? documentSite;
      if (!periodSite) continue;
      const span = spanOf(periodSite);
      if (!span?.start || !span.end) continue;
      const available = lengthInDays(span.start, span.end);
      const total = criticalPath(project.phases);
      if (!total) continue;
      const period = periodText(periodSite);
      if (total.min > available) {
        context.report({ path: project.phasesPath, messageId: 'bestCase', data: { best: total.min, available, period, over: total.min - available }, hintId: 'fix' });
      } else if (total.max !== undefined && total.max > available) {
        context.report({ path: project.phasesPath, messageId: 'worstCase', data: { worst: total.max, best: total.min, available, period, over: total.max - available }, hintId: 'fix', severity: 'warning' });
      }
    }
  },
};

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
export function schedulePhases(phases: readonly PhaseInfo[]): Map<string, PhaseTiming> {
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
      const own = phaseBounds(phase.data);
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

/** The longest chain of phases through their dependencies, at best and at worst. */
function criticalPath(phases: readonly PhaseInfo[]): Bounds | undefined {
  let total: Bounds | undefined;
  for (const { end } of schedulePhases(phases).values()) {
    total = total ? { min: Math.max(total.min, end.min), ...(total.max !== undefined && end.max !== undefined ? { max: Math.max(total.max, end.max) } : {}) } : end;
  }
  return total;
}

/** How long one phase takes: from its dates, its duration, or its named parts. */
export function phaseBounds(phase: Readonly<Record<string, unknown>>): Bounds {
  const dated = datedLength(phase);
  if (dated !== undefined) return { min: dated, max: dated };
  const duration = phase.duration;
  if (typeof duration === 'string') return durationBounds(duration) ?? { min: 0 };
  if (Array.isArray(duration)) {
    const parts = duration.map((part) => (isRecord(part) && typeof part.duration === 'string' ? durationBounds(part.duration) : undefined));
    if (parts.some((p) => p === undefined)) return { min: 0 };
    const known = parts as Bounds[];
    const sum = (values: (number | undefined)[]) => (values.some((v) => v === undefined) ? undefined : values.reduce<number>((a, b) => a + (b ?? 0), 0));
    const most = (values: (number | undefined)[]) => (values.some((v) => v === undefined) ? undefined : Math.max(...(values as number[])));
    const schedule = phase.partsSchedule;
    const min = schedule === 'sequential' ? sum(known.map((p) => p.min))! : Math.max(...known.map((p) => p.min));
    const max = schedule === 'parallel' ? most(known.map((p) => p.max)) : sum(known.map((p) => p.max));
    return { min, ...(max !== undefined ? { max } : {}) };
  }
  return { min: 0 };
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
