/**
 * What changed between two versions of a document, in meaning rather than in lines: items matched
 * by id across the document, values compared by type, each change classified by the rule
 * catalogue as `breaking`, `approval` or `info`. Pure: data in, data out.
 */
import type { Lang, Message } from '../core/i18n.js';
import { formatMessage } from '../core/i18n.js';
import { ancestorsAt, fieldAt } from './context.js';
import { DIFF_RULES } from './rules/index.js';
import { AGREEMENT_LISTS } from './rules/shared.js';
import { structuralDiff, type TypeAt } from './structural.js';
import type { KindDefinition } from '../model/kinds.js';
import { typeAt } from '../schema/typed.js';
import type { Ancestor, Change, ClassifyContext, DiffOptions, DiffResult, DiffRule, Level, RawChange } from './types.js';
import { isRecord } from './values.js';
import { documentName, itemNameMessage, placeName, placeOf } from './names.js';
import { BUILTIN_REGISTRY } from '../model/registry.js';

export type * from './types.js';
export { LEVELS } from './types.js';
export { DIFF_RULES } from './rules/index.js';
export { comparePeriods, compareAmounts, wordDiff } from './values.js';
export { resolves, valueAt } from './context.js';

/** Compares two versions of a document. Messages come in both languages unless `lang` is given. */
export function diffDocuments(oldData: unknown, newData: unknown, options: DiffOptions & { lang: Lang }): DiffResult<string>;
export function diffDocuments(oldData: unknown, newData: unknown, options?: DiffOptions & { lang?: undefined }): DiffResult<Message>;
export function diffDocuments(oldData: unknown, newData: unknown, options?: DiffOptions): DiffResult;
export function diffDocuments(oldData: unknown, newData: unknown, options: DiffOptions = {}): DiffResult {
  const kind = options.kind ?? kindOf(newData) ?? kindOf(oldData);
  const definition = (options.kinds ?? BUILTIN_REGISTRY).get(kind);
  const binding = definition?.bindingAgreements === true;
  const amendments = newAmendments(oldData, newData);
  const changes = rawChanges(oldData, newData, definition).map((raw) => {
    const context = { ...contextOf(raw, kind, binding, oldData, newData), documentName: documentName(raw.type === 'removed' ? oldData : newData, definition) };
    const places = raw.path === '' && (raw.type === 'added' || raw.type === 'removed') && (raw.newPointer ?? raw.oldPointer) === '' ? { where: context.documentName, section: { en: '', nl: '' } } : placesOf(raw, context, definition);
    const { rule, classification } = classify(raw, context);
    const level: Level = options.levels?.[rule.meta.id] ?? rule.meta.level;
    const template = rule.meta.messages[classification.messageId]!;
    const message = options.lang ? formatMessage(template, options.lang, classification.data) : fill(template, classification.data);
    const approving = level === 'approval' && binding ? approvingAmendment(context, amendments) : undefined;
    const say = (text: Message) => (options.lang ? text[options.lang] : text);
    const change: Change = {
      ...raw,
      where: say(places.where),
      section: say(places.section),
      ...(places.fromWhere ? { fromWhere: say(places.fromWhere) } : {}),
      code: rule.meta.id,
      level,
      message,
      ...(approving ? { satisfied: true, amendment: approving } : {}),
    };
    return change;
  });
  return { changes };
}

/**
 * The structural changes; a document that one side does not have (null or absent: a file added
 * or removed in a revision range) is one change of the whole document.
 */
function rawChanges(oldData: unknown, newData: unknown, definition: KindDefinition | undefined): RawChange[] {
  const missing = (data: unknown) => data === null || data === undefined;
  if (missing(oldData) && isRecord(newData)) return [{ type: 'added', path: '', newPointer: '', after: newData }];
  if (isRecord(oldData) && missing(newData)) return [{ type: 'removed', path: '', oldPointer: '', before: oldData }];
  return structuralDiff(oldData, newData, definition ? typesOf(oldData, newData, definition) : undefined);
}

/** Counts of changes per level and per type, for summary lines. */
export function summariseChanges(changes: readonly Change[]): {
  readonly total: number;
  readonly levels: Readonly<Record<Level, number>>;
  readonly types: Readonly<Record<Change['type'], number>>;
  /** Approval changes not satisfied by an amendment, plus breaking ones. */
  readonly unsatisfied: number;
} {
  const levels: Record<Level, number> = { breaking: 0, approval: 0, info: 0 };
  const types: Record<Change['type'], number> = { added: 0, removed: 0, changed: 0, moved: 0, renamed: 0 };
  let unsatisfied = 0;
  for (const c of changes) {
    levels[c.level]++;
    types[c.type]++;
    if (c.level !== 'info' && !c.satisfied) unsatisfied++;
  }
  return { total: changes.length, levels, types, unsatisfied };
}

/**
 * The common definitions the kind's schema gives the values of both versions, by place: looked
 * up along the path for the places the diff asks about (those where the versions differ).
 */
function typesOf(oldData: unknown, newData: unknown, definition: KindDefinition): TypeAt {
  return (side, segments) => typeAt(side === 'old' ? oldData : newData, definition, segments);
}

function kindOf(data: unknown): string | undefined {
  return isRecord(data) && typeof data.kind === 'string' ? data.kind : undefined;
}

function contextOf(change: RawChange, kind: string | undefined, bindingAgreements: boolean, oldData: unknown, newData: unknown): Omit<ClassifyContext, 'documentName'> {
  const inNew = change.newPointer !== undefined;
  const data = inNew ? newData : oldData;
  const pointer = (inNew ? change.newPointer : change.oldPointer) ?? '';
  const ancestors = ancestorsAt(data, pointer);
  const oldAncestors = change.oldPointer !== undefined ? ancestorsAt(oldData, change.oldPointer) : [];
  const last = ancestors[ancestors.length - 1];
  const wholeItem = change.type === 'added' || change.type === 'removed' || change.type === 'moved';
  const item = wholeItem && change.id !== undefined && last?.id === change.id ? last : undefined;
  const nameOf = (ancestor: Ancestor): Message => {
    for (const chain of [ancestors, oldAncestors]) {
      const at = chain.indexOf(ancestor);
      if (at >= 0) return itemNameMessage(chain, at);
    }
    return itemNameMessage([ancestor], 0);
  };
  return { kind, bindingAgreements, oldData, newData, data, ancestors, oldAncestors, item, field: fieldAt(data, pointer), nameOf };
}

/**
 * Where a change is for a reader: the items around it and the field (`where`); the items alone
 * (`section`, which a whole added, removed or moved item is in); where a moved item came from.
 */
function placesOf(change: RawChange, context: Omit<ClassifyContext, 'documentName'>, definition: KindDefinition | undefined): { where: Message; section: Message; fromWhere?: Message } {
  const pointer = change.newPointer ?? change.oldPointer ?? '';
  const chain = context.ancestors;
  const around = context.item ? chain.slice(0, -1) : chain;
  const section = { en: placeName(around, 'en'), nl: placeName(around, 'nl') };
  const where = placeOf(context.data, pointer, chain, definition);
  if (change.type !== 'moved' || change.oldPointer === undefined) return { where, section };
  const oldAround = context.oldAncestors.slice(0, -1);
  const fromWhere = placeOf(context.oldData, change.oldPointer, context.oldAncestors, definition);
  return { where, section, fromWhere: oldAround.length === 0 ? fromWhere : { en: placeName(oldAround, 'en'), nl: placeName(oldAround, 'nl') } };
}

function classify(change: RawChange, context: ClassifyContext): { rule: DiffRule; classification: NonNullable<ReturnType<DiffRule['classify']>> } {
  for (const rule of DIFF_RULES) {
    const classification = rule.classify(change, context);
    if (classification) return { rule, classification };
  }
  // value-changed recognises everything; this only satisfies the type checker.
  throw new Error('no diff rule classified the change');
}

/** A message in both languages with its placeholders filled. */
function fill(template: Message, data: Parameters<typeof formatMessage>[2]): Message {
  return { en: formatMessage(template, 'en', data), nl: formatMessage(template, 'nl', data) };
}

interface Amendment {
  readonly id: string;
  readonly affects: ReadonlySet<string>;
  readonly approvedBy: ReadonlySet<string>;
}

/**
 * Amendments recorded in the new version that the old one did not have, and that carry the
 * consent of every party the amendment policy requires (all parties when it names none).
 */
function newAmendments(oldData: unknown, newData: unknown): Amendment[] {
  if (!isRecord(newData) || !Array.isArray(newData.amendments)) return [];
  const known = new Set(
    isRecord(oldData) && Array.isArray(oldData.amendments) ? oldData.amendments.filter(isRecord).map((a) => a.id) : [],
  );
  const policy = isRecord(newData.amendmentPolicy) ? newData.amendmentPolicy : undefined;
  const required = stringList(policy?.requiresConsentOf) ?? (Array.isArray(newData.parties) ? newData.parties.filter(isRecord).map((p) => p.id).filter((id): id is string => typeof id === 'string') : []);
  const found: Amendment[] = [];
  for (const entry of newData.amendments) {
    if (!isRecord(entry) || typeof entry.id !== 'string' || known.has(entry.id)) continue;
    const approvedBy = new Set(stringList(entry.approvedBy) ?? []);
    if (required.length === 0 || !required.every((party) => approvedBy.has(party))) continue;
    found.push({ id: entry.id, affects: new Set(stringList(entry.affects) ?? []), approvedBy });
  }
  return found;
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

/** The first new amendment that names the change's agreement (or a group or parent of it). */
function approvingAmendment(context: ClassifyContext, amendments: readonly Amendment[]): string | undefined {
  const ids = new Set<string>();
  const collect = (ancestors: readonly Ancestor[]) => {
    for (const a of ancestors) if (AGREEMENT_LISTS.has(a.list)) ids.add(a.id);
  };
  collect(context.ancestors);
  collect(context.oldAncestors);
  if (ids.size === 0) return undefined;
  return amendments.find((amendment) => [...ids].some((id) => amendment.affects.has(id)))?.id;
}
