import { toPointer } from '../core/pointer.js';
import { closest } from '../core/suggest.js';
import { select, str } from './select.js';
import type { Rule, RuleDocument } from './types.js';

/** Where `implements` may point: the execution agenda itself, its action lines, themes and actions. */
const IMPLEMENTABLE = ['id', 'principles/*/id', 'actionLines/*/id', 'actionLines/*/themes/*/id', '**/regionalActions/*/id', '**/localActions/*/id'];

/**
 * A project plan says which themes or actions of an execution agenda it implements. Those ids
 * live in another file, so this looks across the run. Without any execution agenda in the run
 * there is nothing to check against, and nothing is reported.
 */
export const unknownImplementedItem: Rule = {
  meta: {
    id: 'ref/unknown-implemented-item',
    description:
      'Every id in a project plan\'s `implements` (of the plan or of a project) is an action line, theme or action of an execution agenda checked in the same run; skipped when the run holds no execution agenda.',
    severity: 'error',
    messages: {
      unknown: {
        en: '"{id}" is not an action line, theme or action of {agendas}',
        nl: '"{id}" is geen actielijn, thema of actie van {agendas}',
      },
      didYouMean: { en: 'Did you mean "{suggestion}"?', nl: 'Bedoelt u "{suggestion}"?' },
      fix: {
        en: 'Use the id of an action line, theme or action of the execution agenda, or check that the right agenda is part of this run.',
        nl: 'Gebruik de id van een actielijn, thema of actie van de uitvoeringsagenda, of controleer of de juiste agenda wordt meegenomen.',
      },
    },
  },
  checkProject(context) {
    const agendas = context.documents.filter((d) => d.kind === 'ExecutionAgenda');
    if (agendas.length === 0) return;
    const known = new Set<string>();
    for (const agenda of agendas) {
      for (const pattern of IMPLEMENTABLE) {
        for (const { value } of select(agenda.data, pattern)) {
          const id = str(value);
          if (id !== undefined) known.add(id);
        }
      }
    }
    const names = agendas.map((a) => `"${agendaName(a)}"`).join(', ');
    for (const plan of context.documents) {
      if (plan.kind !== 'ProjectPlan') continue;
      for (const pattern of ['implements', 'projects/*/implements']) {
        for (const { value, path } of select(plan.data, pattern)) {
          if (!Array.isArray(value)) continue;
          value.forEach((item: unknown, i) => {
            if (typeof item !== 'string' || !item || known.has(item)) return;
            const suggestion = closest(item, known);
            context.report(plan.file, {
              path: toPointer([...path, i]),
              messageId: 'unknown',
              data: { id: item, agendas: names, ...(suggestion ? { suggestion } : {}) },
              hintId: suggestion ? 'didYouMean' : 'fix',
            });
          });
        }
      }
    }
  },
};

function agendaName(document: RuleDocument): string {
  return str(document.data.id) ?? document.file;
}
