import type { PathSegment } from '../core/pointer.js';
import { toPointer } from '../core/pointer.js';
import { closest } from '../core/suggest.js';
import { select, str } from './select.js';
import type { Rule, RuleDocument } from './types.js';

/**
 * A project plan says which themes or actions of an execution agenda it implements. Those ids
 * live in another file, so this looks across the run. Without any execution agenda in the run
 * there is nothing to check against, and nothing is reported.
 */
export const unknownImplementedItem: Rule = {
  meta: {
    id: 'ref/unknown-implemented-item',
    description: {
      en: 'Every id in a project plan\'s `implements` (of the plan or of a project) is an action line, theme or action of an execution agenda checked in the same run; skipped when the run holds no execution agenda.',
      nl: 'Elke id in `implements` van een projectplan (van het plan of van een project) is een actielijn, thema of actie van een uitvoeringsagenda in dezelfde controle; overgeslagen als de controle geen uitvoeringsagenda bevat.',
    },
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
  collect(document): ImplementsFacts | undefined {
    if (document.definition.implementable.length > 0) {
      const ids: string[] = [];
      for (const pattern of document.definition.implementable) {
        for (const { value } of select(document.data, pattern)) {
          const id = str(value);
          if (id !== undefined) ids.push(id);
        }
      }
      return { ids, name: agendaName(document) };
    }
    if (document.definition.implementsPaths.length > 0) {
      const lists: Array<{ path: PathSegment[]; items: unknown[] }> = [];
      for (const pattern of document.definition.implementsPaths) {
        for (const { value, path } of select(document.data, pattern)) {
          if (Array.isArray(value)) lists.push({ path: [...path], items: value.map((item: unknown) => (typeof item === 'string' ? item : null)) });
        }
      }
      return { lists };
    }
    return undefined;
  },
  checkProject(context) {
    const agendas = context.documents.filter((d) => (d.facts as ImplementsFacts | undefined)?.ids !== undefined);
    if (agendas.length === 0) return;
    const known = new Set<string>();
    for (const agenda of agendas) for (const id of (agenda.facts as ImplementsFacts).ids ?? []) known.add(id);
    const names = agendas.map((a) => `"${(a.facts as ImplementsFacts).name}"`).join(', ');
    for (const plan of context.documents) {
      for (const { path, items } of (plan.facts as ImplementsFacts | undefined)?.lists ?? []) {
        items.forEach((item, i) => {
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
  },
};

/**
 * What the rule takes from a document: the ids an execution agenda offers, with its name; the
 * `implements` lists of a project plan (their entries that are not text as null).
 */
interface ImplementsFacts {
  readonly ids?: readonly string[];
  readonly name?: string;
  readonly lists?: ReadonlyArray<{ readonly path: readonly PathSegment[]; readonly items: readonly unknown[] }>;
}

function agendaName(document: RuleDocument): string {
  return str(document.data.id) ?? document.file;
}
