import type { Message } from '../core/i18n.js';
import type { Label, LabelSet } from './labels/types.js';
import { arrangementLabels } from './labels/arrangement.js';
import { developmentAgendaLabels } from './labels/development-agenda.js';
import { executionAgendaLabels } from './labels/execution-agenda.js';
import { projectPlanLabels } from './labels/project-plan.js';

/**
 * A field that refers to an item of the same document by id, and what it must name: the
 * `ref/unknown-reference` rule checks each. Patterns are `/`-separated keys with `*` for any
 * member or item and `**` for any depth (see rules/select.ts).
 */
export interface ReferenceSpec {
  /** Patterns of the referring values: an id or a list of ids. */
  readonly from: readonly string[];
  readonly target: ReferenceTarget;
  /** Resolve within each match of this pattern (a project's phases), not the whole document. */
  readonly scope?: string;
}

export interface ReferenceTarget {
  /** What is named: a message id of the rule (`unknownPartner`, …). */
  readonly messageId: string;
  /** Where the targets are defined, as the writer sees it in the YAML (for the hint). */
  readonly where: string;
  /** Patterns of the targets' `id` values. */
  readonly ids: readonly string[];
}

/** The skeleton `agendum new` writes: fields besides the identifying ones, and a comment above some. */
export interface SkeletonSpec {
  readonly fields: Readonly<Record<string, unknown>>;
  /** In every language: `agendum new` writes them in the language of its messages. */
  readonly comments: Readonly<Record<string, Message>>;
  /** The title of a new document when none is given ("Nieuwe uitvoeringsagenda"). */
  readonly title: string;
}

/**
 * What agendum knows about a kind of document. Everything that differs between kinds is here,
 * so rules, timeline, diff and render look a kind up rather than test its name.
 */
export interface KindDefinition {
  readonly kind: string;
  /** Built into agendum, or registered by a repository in agendum.config.yaml. */
  readonly builtin: boolean;
  /** The schema's file name in agendum's `schemas/` (built-in), or its absolute path (custom). */
  readonly schemaFile: string;
  /** The kind's name for readers ("Uitvoeringsagenda"). */
  readonly label: Label;
  readonly description: Label;
  /** The folder of the kind's templates under agendum's `templates/`; `generic` for kinds without their own. */
  readonly templateFolder: string;
  /** A custom kind's own partials (absolute folder), layered over the generic ones. */
  readonly templates?: string;
  /** Headings printed above the kind's fields. */
  readonly labels: LabelSet;
  /** Fields that refer to items of the same document. */
  readonly references: readonly ReferenceSpec[];
  /** Pointers of the document's own period, the first one present wins. */
  readonly documentPeriods: readonly string[];
  /** Its agreements bind the parties: changing them needs everyone's consent (diff). */
  readonly bindingAgreements: boolean;
  /** Ids other documents may name in `implements` (patterns). */
  readonly implementable: readonly string[];
  /** Where the document names items of other documents it implements (patterns of id lists). */
  readonly implementsPaths: readonly string[];
  readonly skeleton: SkeletonSpec;
  /** A custom kind's schema as agendum checks it (built-in kinds read theirs from `schemas/`). */
  readonly schema?: Readonly<Record<string, unknown>>;
}

const PARTNER: ReferenceTarget = { messageId: 'unknownPartner', where: 'partners', ids: ['partners/*/id'] };
const PARTY: ReferenceTarget = { messageId: 'unknownParty', where: 'parties', ids: ['parties/*/id'] };
const ORGANISATION: ReferenceTarget = { messageId: 'unknownOrganisation', where: 'organisations', ids: ['organisations/*/id'] };
const AGREEMENT: ReferenceTarget = {
  messageId: 'unknownAgreement',
  where: 'generalAgreements / providerAgreements',
  ids: ['generalAgreements/*/id', 'providerAgreements/*/id', '**/agreements/*/id'],
};
const PHASE: ReferenceTarget = { messageId: 'unknownPhase', where: 'phasing.phases', ids: ['phasing/phases/*/id'] };
const RESULT_AREA: ReferenceTarget = { messageId: 'unknownResultArea', where: 'resultAreas.domains[].areas', ids: ['resultAreas/domains/*/areas/*/id'] };
const SOURCE: ReferenceTarget = { messageId: 'unknownSource', where: 'references', ids: ['references/*/id'] };

/** The document's roles and funders may name an organisation the document lists (`party`). */
function organisationTargets(lists: readonly string[]): ReferenceTarget {
  return { messageId: 'unknownListedOrganisation', where: lists.join(' / '), ids: lists.map((list) => `${list}/*/id`) };
}

/** Fields of every kind that may name one of the document's organisations by id (common.schema.json). */
function partyReferences(lists: readonly string[]): ReferenceSpec {
  return {
    from: ['roles/*/party', 'funders/*/party', 'funders/*/perYear/*/party', '**/roles/*/party', '**/owner/party'],
    target: organisationTargets(lists),
  };
}

export const BUILTIN_KINDS: readonly KindDefinition[] = [
  {
    kind: 'DevelopmentAgenda',
    builtin: true,
    schemaFile: 'development-agenda.schema.json',
    label: { nl: 'Ontwikkelagenda', en: 'Development agenda' },
    description: {
      en: 'development agenda (ontwikkelagenda): binding agreements between parties of a framework agreement',
      nl: 'ontwikkelagenda: bindende afspraken tussen de partijen van een raamovereenkomst',
    },
    templateFolder: 'development-agenda',
    labels: developmentAgendaLabels,
    references: [
      {
        from: ['amendmentPolicy/requiresConsentOf', 'amendments/*/approvedBy', 'providerAgreements/*/parties', 'generalAgreements/*/parties', '**/agreements/*/parties'],
        target: PARTY,
      },
      { from: ['generalAgreements/*/organisations', '**/agreements/*/organisations'], target: ORGANISATION },
      { from: ['amendments/*/affects'], target: AGREEMENT },
      partyReferences(['parties', 'organisations']),
    ],
    documentPeriods: ['/period', '/frameworkAgreement/period'],
    bindingAgreements: true,
    implementable: [],
    implementsPaths: [],
    skeleton: {
      title: 'Nieuwe ontwikkelagenda',
      fields: {
        period: '2025 t/m 2028',
        parties: [{ id: 'vng', name: 'VNG', role: 'vertegenwoordiger van gemeenten' }],
        generalAgreements: [{ id: 'eerste-afspraak', title: 'Eerste afspraak', text: 'De partijen spreken af wat zij samen gaan ontwikkelen.' }],
      },
      comments: {
        parties: {
          en: ' The parties (partijen): the VNG or a municipality, and the providers (aanbieders).',
          nl: ' De partijen: de VNG of een gemeente, en de aanbieders.',
        },
        generalAgreements: {
          en: ' Agreements for all providers; numbered provider agreements go in providerAgreements.',
          nl: ' Afspraken voor alle aanbieders; genummerde afspraken per aanbieder staan in providerAgreements.',
        },
      },
    },
  },
  {
    kind: 'ExecutionAgenda',
    builtin: true,
    schemaFile: 'execution-agenda.schema.json',
    label: { nl: 'Uitvoeringsagenda', en: 'Execution agenda' },
    description: {
      en: 'execution agenda (uitvoeringsagenda): action lines, themes, regional and local actions, partners',
      nl: 'uitvoeringsagenda: actielijnen, thema’s, regionale en lokale acties, partners',
    },
    templateFolder: 'execution-agenda',
    labels: executionAgendaLabels,
    references: [{ from: ['**/corePartners/*/partner', 'appendices/*/partnerList/*/partner'], target: PARTNER }, partyReferences(['partners'])],
    documentPeriods: ['/period'],
    bindingAgreements: false,
    implementable: ['id', 'principles/*/id', 'actionLines/*/id', 'actionLines/*/themes/*/id', '**/actions/*/id', '**/regionalActions/*/id', '**/localActions/*/id'],
    implementsPaths: [],
    skeleton: {
      title: 'Nieuwe uitvoeringsagenda',
      fields: { period: '2025 t/m 2028' },
      comments: {
        period: {
          en: ' Next: principles, actionLines with themes and actions, partners (see `agendum schema ExecutionAgenda`).',
          nl: ' Hierna: principles, actionLines met themes en acties, partners (zie `agendum schema ExecutionAgenda`).',
        },
      },
    },
  },
  {
    kind: 'ProjectPlan',
    builtin: true,
    schemaFile: 'project-plan.schema.json',
    label: { nl: 'Projectplan', en: 'Project plan' },
    description: {
      en: 'project plan: projects with objectives, results, working method and phases',
      nl: 'projectplan: projecten met doelstelling, resultaten, werkwijze en fasen',
    },
    templateFolder: 'project-plan',
    labels: projectPlanLabels,
    references: [
      { from: ['owner/partner', 'projects/*/owner/partner', 'projects/*/partners/*/partner', 'projects/*/preconditions/*/partner'], target: PARTNER },
      { from: ['phasing/phases/*/after'], target: PHASE, scope: 'projects/*' },
      partyReferences(['partners']),
    ],
    documentPeriods: ['/period'],
    bindingAgreements: false,
    implementable: [],
    implementsPaths: ['implements', 'projects/*/implements'],
    skeleton: {
      title: 'Nieuw projectplan',
      fields: { period: '2025 – 2026', projects: [{ id: 'eerste-project', title: 'Eerste project' }] },
      comments: {
        projects: {
          en: ' Each project: introduction, objective, results, workingMethod, phasing with phases.',
          nl: ' Elk project: introduction, objective, results, workingMethod, phasing met phases.',
        },
      },
    },
  },
  {
    kind: 'Arrangement',
    builtin: true,
    schemaFile: 'arrangement.schema.json',
    label: { nl: 'Arrangement', en: 'Arrangement' },
    description: {
      en: 'arrangement (consultation document): values, requirements, components, result areas and lots',
      nl: 'arrangement (consultatiedocument): waarden, eisen, onderdelen, resultaatgebieden en percelen',
    },
    templateFolder: 'arrangement',
    labels: arrangementLabels,
    references: [
      { from: ['components/items/*/resultAreas/*/ref', 'lots/items/*/resultAreas/*/ref'], target: RESULT_AREA },
      { from: ['footnotes/*/ref'], target: SOURCE },
      partyReferences(['contractingAuthorities']),
    ],
    documentPeriods: ['/period', '/contractPeriod'],
    bindingAgreements: false,
    implementable: [],
    implementsPaths: [],
    skeleton: { title: 'Nieuw arrangement', fields: {}, comments: {} },
  },
];

export const COMMON_SCHEMA_FILE = 'common.schema.json';

/** The built-in kind of this name; custom kinds live in a run's registry (see registry.ts). */
export function kindInfo(kind: string): KindDefinition | undefined {
  return BUILTIN_KINDS.find((k) => k.kind === kind);
}
