import type { PathSegment } from '../core/pointer.js';
import { toPointer } from '../core/pointer.js';
import { closest } from '../core/suggest.js';
import { isRecord, select, str } from './select.js';
import type { ReferenceTarget as Target } from '../model/kinds.js';
import type { Rule } from './types.js';

/** How many known ids a hint lists before it stops. */
const HINT_IDS = 6;

/** A reference that resolves to nothing breaks renders, diffs and every check that follows it. */
export const unknownReference: Rule = {
  meta: {
    id: 'ref/unknown-reference',
    description: {
      en: 'Every reference resolves within its document: core partners to the partner register, parties, organisations and amended agreements of a development agenda, phase dependencies (`after`) within their project, result areas and footnote sources of an arrangement.',
      nl: 'Elke verwijzing bestaat binnen haar document: kernpartners in het partnerregister, partijen, organisaties en gewijzigde afspraken van een ontwikkelagenda, afhankelijkheden van fasen (`after`) binnen hun project, resultaatgebieden en bronnen van voetnoten van een arrangement.',
    },
    severity: 'error',
    messages: {
      unknownPartner: {
        en: 'unknown partner "{id}": the partner register (partners) has no entry with this id',
        nl: 'onbekende partner "{id}": het partnerregister (partners) heeft geen onderdeel met deze id',
      },
      unknownParty: {
        en: 'unknown party "{id}": no party (parties) has this id',
        nl: 'onbekende partij "{id}": geen partij (parties) heeft deze id',
      },
      unknownOrganisation: {
        en: 'unknown organisation "{id}": no organisation (organisations) has this id',
        nl: 'onbekende organisatie "{id}": geen organisatie (organisations) heeft deze id',
      },
      unknownListedOrganisation: {
        en: 'unknown organisation "{id}": no entry of {where} has this id',
        nl: 'onbekende organisatie "{id}": geen onderdeel van {where} heeft deze id',
      },
      unknownAgreement: {
        en: 'unknown agreement "{id}": no agreement or group of agreements has this id',
        nl: 'onbekende afspraak "{id}": geen afspraak of groep afspraken heeft deze id',
      },
      unknownPhase: {
        en: 'unknown phase "{id}": no phase of this project has this id',
        nl: 'onbekende fase "{id}": geen fase van dit project heeft deze id',
      },
      phaseOfOtherProject: {
        en: 'phase "{id}" belongs to another project ("{project}"); a phase can only wait for phases of its own project',
        nl: 'fase "{id}" hoort bij een ander project ("{project}"); een fase kan alleen wachten op fasen van het eigen project',
      },
      unknownResultArea: {
        en: 'unknown result area "{id}": no result area (resultAreas) has this id',
        nl: 'onbekend resultaatgebied "{id}": geen resultaatgebied (resultAreas) heeft deze id',
      },
      unknownSource: {
        en: 'unknown source "{id}": no entry of references has this id',
        nl: 'onbekende bron "{id}": geen onderdeel van references heeft deze id',
      },
      didYouMean: { en: 'Did you mean "{suggestion}"?', nl: 'Bedoelt u "{suggestion}"?' },
      knownIds: {
        en: 'Use the id of an entry in {where}: {known}.',
        nl: 'Gebruik de id van een onderdeel in {where}: {known}.',
      },
      noneDefined: {
        en: 'Nothing in {where} has an id yet; add the entry there first, or remove the reference.',
        nl: 'Niets in {where} heeft nog een id; voeg het onderdeel daar eerst toe, of verwijder de verwijzing.',
      },
      otherProject: {
        en: 'Refer to a phase of this project, or move the dependency to the project it belongs to.',
        nl: 'Verwijs naar een fase van dit project, of verplaats de afhankelijkheid naar het project waar ze bij hoort.',
      },
    },
  },
  check(context) {
    for (const reference of context.definition.references) {
      const scopes = reference.scope ? [...select(context.data, reference.scope)] : [{ value: context.data, path: [] }];
      // Phases of every project, to tell a phase of another project from a phase that does not exist.
      const everywhere = reference.scope ? idsOf(reference.target, scopes) : undefined;
      for (const scope of scopes) {
        const known = idsOf(reference.target, [scope]);
        for (const pattern of reference.from) {
          // A phase that waits for itself resolves here; the timeline checks report it.
          for (const { id, path } of referringIds(scope.value, pattern, scope.path)) {
            if (known.has(id)) continue;
            const pointer = toPointer(path);
            const elsewhere = everywhere?.get(id);
            if (elsewhere !== undefined) {
              context.report({ path: pointer, messageId: 'phaseOfOtherProject', data: { id, project: elsewhere }, hintId: 'otherProject' });
              continue;
            }
            const suggestion = closest(id, known.keys());
            const data = { id, where: reference.target.where, known: listIds([...known.keys()]), ...(suggestion ? { suggestion } : {}) };
            const hintId = suggestion ? 'didYouMean' : known.size > 0 ? 'knownIds' : 'noneDefined';
            context.report({ path: pointer, messageId: reference.target.messageId, data, hintId });
          }
        }
      }
    }
  },
};

/** The ids a target defines within the given scopes, each with the id of the scope's owner (its project). */
function idsOf(target: Target, scopes: readonly { value: unknown; path: readonly PathSegment[] }[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const scope of scopes) {
    const owner = ownerId(scope.value);
    for (const pattern of target.ids) {
      for (const { value } of select(scope.value, pattern)) {
        const id = str(value);
        if (id !== undefined && !ids.has(id)) ids.set(id, owner);
      }
    }
  }
  return ids;
}

function ownerId(value: unknown): string {
  return (isRecord(value) ? str(value.id) : undefined) ?? '';
}

interface ReferringId {
  readonly id: string;
  readonly path: readonly PathSegment[];
}

/** The ids at a pattern: a single id, or each id of a list. Anything else is the schema's business. */
function* referringIds(data: unknown, pattern: string, base: readonly PathSegment[]): Generator<ReferringId> {
  for (const { value, path } of select(data, pattern, base)) {
    if (typeof value === 'string') {
      if (value) yield { id: value, path };
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'string' && item) yield { id: item, path: [...path, i] };
      }
    }
  }
}

function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, HINT_IDS).map((id) => `"${id}"`);
  return ids.length > HINT_IDS ? `${shown.join(', ')}, …` : shown.join(', ');
}
