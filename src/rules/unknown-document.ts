import type { PathSegment } from '../core/pointer.js';
import { toPointer } from '../core/pointer.js';
import { closest } from '../core/suggest.js';
import { typedValues } from '../schema/typed.js';
import { isRecord, str } from './select.js';
import type { Rule } from './types.js';

/** A link to another document as the rule keeps it: where it stands, and what it names. */
interface LinkFact {
  readonly path: readonly PathSegment[];
  readonly id?: string;
  readonly file?: string;
}

interface DocumentLinks {
  readonly id: string | undefined;
  readonly links: readonly LinkFact[];
}

/**
 * Links between documents (predecessor, successor, parent programme, related documents) must
 * lead somewhere: an id that a document of the repository has, a path to a file that exists. A
 * link by web address is not followed.
 */
export const unknownDocument: Rule = {
  meta: {
    id: 'ref/unknown-document',
    description: {
      en: 'Every link to another document (`links`: predecessor, successor, parent, related) resolves in the repository: its `id` is the id of a document in the run or in the configured document folders, its `path` names a file that exists (relative to the linking document).',
      nl: 'Elke verwijzing naar een ander document (`links`: voorganger, opvolger, bovenliggend, verwant) bestaat in de repository: haar `id` is de id van een document in de controle of in de ingestelde documentmappen, haar `path` noemt een bestand dat bestaat (ten opzichte van het verwijzende document).',
    },
    severity: 'warning',
    messages: {
      unknownId: {
        en: 'no document in the repository has the id "{id}"',
        nl: 'geen document in de repository heeft de id "{id}"',
      },
      missingFile: { en: 'the file "{file}" does not exist', nl: 'het bestand "{file}" bestaat niet' },
      didYouMean: { en: 'Did you mean "{suggestion}"?', nl: 'Bedoelt u "{suggestion}"?' },
      fixId: {
        en: 'Use the `id` of the other document, link it by `url`, or add the document to the repository.',
        nl: 'Gebruik de `id` van het andere document, verwijs met `url`, of neem het document op in de repository.',
      },
      fixFile: {
        en: 'Write the path relative to this document (e.g. ../2017-2020/agenda.agenda.yaml), or link by `id` or `url`.',
        nl: 'Schrijf het pad ten opzichte van dit document (bijvoorbeeld ../2017-2020/agenda.agenda.yaml), of verwijs met `id` of `url`.',
      },
    },
  },
  collect(document): DocumentLinks {
    const links: LinkFact[] = [];
    for (const typed of typedValues(document.data, document.definition)) {
      if (typed.type !== 'documentLink' || !isRecord(typed.value)) continue;
      const id = str(typed.value.id);
      const file = str(typed.value.path);
      if (id !== undefined || file !== undefined) links.push({ path: [...typed.path], ...(id !== undefined ? { id } : {}), ...(file !== undefined ? { file } : {}) });
    }
    return { id: str(document.data.id), links };
  },
  checkProject(context) {
    const inRun = new Set(context.documents.flatMap((d) => {
      const id = (d.facts as DocumentLinks | undefined)?.id;
      return id === undefined ? [] : [id];
    }));
    const repository = context.repository;
    const known = (id: string) => inRun.has(id) || repository?.hasDocument(id) === true;
    for (const document of context.documents) {
      for (const link of (document.facts as DocumentLinks | undefined)?.links ?? []) {
        if (link.id !== undefined && !known(link.id)) {
          const suggestion = closest(link.id, new Set([...inRun, ...(repository?.documentIds() ?? [])]));
          context.report(document.file, {
            path: toPointer([...link.path, 'id']),
            messageId: 'unknownId',
            data: { id: link.id, ...(suggestion ? { suggestion } : {}) },
            hintId: suggestion ? 'didYouMean' : 'fixId',
          });
        }
        if (link.file !== undefined && repository && !repository.fileExists(document.file, link.file)) {
          context.report(document.file, { path: toPointer([...link.path, 'path']), messageId: 'missingFile', data: { file: link.file }, hintId: 'fixFile' });
        }
      }
    }
  },
};
