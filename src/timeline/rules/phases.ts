import type { Rule } from '../../rules/types.js';
import { toPointer } from '../../core/pointer.js';
import { isRecord } from '../sites.js';

/** A phase of a project plan as the checks see it. */
export interface PhaseInfo {
  readonly id: string;
  /** How messages name the phase: its number and name as written (`2 "Uitvoering"`), else its id. */
  readonly name: string;
  readonly index: number;
  readonly path: string;
  readonly data: Readonly<Record<string, unknown>>;
  /** Ids this phase waits for: its `after`, or else the phase before it (phases are sequential unless `parallel`). */
  readonly dependsOn: readonly string[];
  readonly explicit: boolean;
}

export interface ProjectPhases {
  readonly projectPath: string;
  readonly project: Readonly<Record<string, unknown>>;
  readonly phasesPath: string;
  readonly phases: readonly PhaseInfo[];
}

/** The phases of every project of a plan, with their dependencies made explicit. */
export function projectPhases(data: Readonly<Record<string, unknown>>): ProjectPhases[] {
  const projects = Array.isArray(data.projects) ? data.projects : [];
  const out: ProjectPhases[] = [];
  projects.forEach((project, p) => {
    if (!isRecord(project) || !isRecord(project.phasing) || !Array.isArray(project.phasing.phases)) return;
    const phases: PhaseInfo[] = [];
    let previous: string | undefined;
    project.phasing.phases.forEach((phase, i) => {
      if (!isRecord(phase) || typeof phase.id !== 'string') return;
      const after = Array.isArray(phase.after) ? phase.after.filter((a): a is string => typeof a === 'string') : typeof phase.after === 'string' ? [phase.after] : undefined;
      const parallel = phase.parallel === true;
      const dependsOn = after ?? (previous && !parallel ? [previous] : []);
      phases.push({ id: phase.id, name: phaseLabel(phase), index: i, path: toPointer(['projects', p, 'phasing', 'phases', i]), data: phase, dependsOn, explicit: after !== undefined });
      previous = phase.id;
    });
    out.push({ projectPath: toPointer(['projects', p]), project, phasesPath: toPointer(['projects', p, 'phasing', 'phases']), phases });
  });
  return out;
}

/** A phase as messages name it: `2 "Uitvoering"`, `"Evaluatie"`, `3`, or its id when it has neither. */
export function phaseLabel(phase: Readonly<Record<string, unknown>>): string {
  const number = typeof phase.number === 'string' && phase.number !== '' ? phase.number : undefined;
  const name = typeof phase.name === 'string' && phase.name !== '' ? `"${phase.name}"` : undefined;
  return [number, name].filter(Boolean).join(' ') || `"${String(phase.id)}"`;
}

/**
 * The dependency cycles among phases, each as the path of ids that closes on itself. A
 * depth-first search on a stack of its own: a document decides how long a chain of phases is,
 * so the search may not recurse once per phase (5,000 phases overflowed the call stack).
 */
export function dependencyCycles(phases: readonly PhaseInfo[]): string[][] {
  const byId = new Map(phases.map((p) => [p.id, p]));
  const state = new Map<string, 'active' | 'done'>();
  const path: string[] = [];
  const position = new Map<string, number>();
  const cycles: string[][] = [];
  const seen = new Set<string>();
  for (const phase of phases) {
    if (state.has(phase.id)) continue;
    const frames: { id: string; next: number }[] = [];
    const enter = (id: string) => {
      state.set(id, 'active');
      position.set(id, path.length);
      path.push(id);
      frames.push({ id, next: 0 });
    };
    enter(phase.id);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const dependsOn = byId.get(frame.id)?.dependsOn ?? [];
      if (frame.next >= dependsOn.length) {
        frames.pop();
        path.pop();
        position.delete(frame.id);
        state.set(frame.id, 'done');
        continue;
      }
      const next = dependsOn[frame.next++]!;
      if (next === frame.id || !byId.has(next)) continue;
      if (state.get(next) === 'active') {
        const cycle = [...path.slice(position.get(next)), next];
        const key = [...cycle.slice(0, -1)].sort().join('\u0000');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (!state.has(next)) {
        enter(next);
      }
    }
  }
  return cycles;
}

/** Self-dependencies, dependency cycles (with their full path) and phases that wait for a later phase. */
export const phaseDependencies: Rule = {
  meta: {
    id: 'timeline/phase-dependency',
    description: {
      en: 'Phases do not depend on themselves or in a circle, and wait only for phases listed before them.',
      nl: 'Fasen hangen niet van zichzelf af of in een kring van elkaar, en wachten alleen op fasen die eerder in de lijst staan.',
    },
    severity: 'error',
    messages: {
      self: { en: 'phase {name} waits for itself', nl: 'fase {name} wacht op zichzelf' },
      cycle: { en: 'the phases wait for each other in a circle: {path}', nl: 'de fasen wachten in een kring op elkaar: {path}' },
      order: {
        en: 'phase {name} waits for phase {other}, which is listed after it; phases are read in order',
        nl: 'fase {name} wacht op fase {other}, die er pas na staat; fasen worden in volgorde gelezen',
      },
      fixCycle: { en: 'Remove one of the `after` links so the phases can follow each other.', nl: 'Haal een van de `after`-verwijzingen weg zodat de fasen elkaar kunnen opvolgen.' },
      fixOrder: { en: 'List the phases in the order they run.', nl: 'Zet de fasen in de volgorde waarin ze lopen.' },
    },
  },
  check(context) {
    for (const { phases } of projectPhases(context.data)) {
      const index = new Map(phases.map((p) => [p.id, p.index]));
      const names = new Map(phases.map((p) => [p.id, p.name]));
      for (const phase of phases) {
        if (!phase.explicit) continue;
        phase.dependsOn.forEach((other, k) => {
          const path = `${phase.path}/after${Array.isArray(phase.data.after) ? `/${k}` : ''}`;
          if (other === phase.id) context.report({ path, messageId: 'self', data: { name: phase.name }, hintId: 'fixCycle' });
          else if ((index.get(other) ?? -1) > phase.index) context.report({ path, messageId: 'order', data: { name: phase.name, other: names.get(other) ?? other }, hintId: 'fixOrder', severity: 'warning' });
        });
      }
      for (const cycle of dependencyCycles(phases)) {
        const first = phases.find((p) => p.id === cycle[0] && p.explicit) ?? phases.find((p) => cycle.includes(p.id) && p.explicit);
        if (!first) continue;
        context.report({ path: `${first.path}/after`, messageId: 'cycle', data: { path: cycle.map((id) => names.get(id) ?? id).join(' → ') }, hintId: 'fixCycle' });
      }
    }
  },
};
