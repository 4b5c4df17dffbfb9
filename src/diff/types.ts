import type { Lang, Message, MessageData } from '../core/i18n.js';
import type { KindRegistry } from '../model/registry.js';

/** What happened to a value between the two versions. */
export type ChangeType = 'added' | 'removed' | 'changed' | 'moved' | 'renamed';

/**
 * How much a change matters: `breaking` (work or money taken away, deadlines tightened),
 * `approval` (needs the consent of the parties, as binding agreements do), `info` (the rest).
 */
export type Level = 'breaking' | 'approval' | 'info';

export const LEVELS: readonly Level[] = ['breaking', 'approval', 'info'];

/** One segment of a word-level diff of prose. Joining the `equal`+`insert` texts gives the new text. */
export interface TextSegment {
  readonly op: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

/**
 * How a period or date changed. Deltas are in days, positive when the bound moved later; absent
 * when the bound is open on either side or could not be read.
 * - `extended`: the new period covers the old one and more;
 * - `shortened`: the old period covers the new one and more;
 * - `moved`: both bounds moved the same way;
 * - `same`: other words for the same days ("2020-2021" → "2020 t/m 2021");
 * - `changed`: anything else (a bound that could not be read, or that moved both ways).
 */
export interface PeriodDetail {
  readonly kind: 'period';
  readonly change: 'extended' | 'shortened' | 'moved' | 'same' | 'changed';
  readonly startDeltaDays?: number;
  readonly endDeltaDays?: number;
  /** Whether either version is a deadline ("voor 2022", a milestone of type `deadline`). */
  readonly deadline: boolean;
}

/** How an amount of money changed: `percent` is relative to the old amount (absent when it was 0). */
export interface AmountDetail {
  readonly kind: 'amount';
  readonly delta: number;
  readonly percent?: number;
  readonly currency: string;
}

export interface StatusDetail {
  readonly kind: 'status';
  readonly from: string;
  readonly to: string;
}

export interface TextDetail {
  readonly kind: 'text';
  readonly segments: readonly TextSegment[];
}

/**
 * How a duration changed, compared in days over the calendar (a month is 28–31 days):
 * `longer`/`shorter` when both the shortest and the longest reading moved that way.
 */
export interface DurationDetail {
  readonly kind: 'duration';
  readonly change: 'longer' | 'shorter' | 'same' | 'changed';
  readonly minDeltaDays?: number;
  readonly maxDeltaDays?: number;
}

/** A typed comparison of `before` and `after`. */
export type ChangeDetail = PeriodDetail | AmountDetail | StatusDetail | TextDetail | DurationDetail;

/** A change as the structural diff finds it, before the rules classify it. */
export interface RawChange {
  readonly type: ChangeType;
  /** Readable path: in the new document, or in the old one for removals. */
  readonly path: string;
  /** Readable path in the old document, for moves. */
  readonly fromPath?: string;
  readonly oldPointer?: string;
  readonly newPointer?: string;
  /** The id of the item the change is about (the moved, renamed, added or removed item). */
  readonly id?: string;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly detail?: ChangeDetail;
}

/** A classified change. `M` is `Message` (both languages) or `string` (when a language was chosen). */
export interface Change<M extends Message | string = Message | string> extends RawChange {
  /**
   * Where the change is, as a reader of the rendered document finds it: the items around it by
   * number and title, then the field ("Actielijn 3: … › Plegeraanpak › Financiering 2 › Bedrag").
   */
  readonly where: M;
  /** The items around the change (for a whole added, removed or moved item: around that item). */
  readonly section: M;
  /** For a move: the place the item came from, in the same terms. */
  readonly fromWhere?: M;
  readonly code: string;
  readonly level: Level;
  readonly message: M;
  /**
   * An approval-level change that a new amendment in the document itself approves, with the
   * consent of every party the amendment policy names; the CLI does not fail on it.
   */
  readonly satisfied?: boolean;
  /** The id of the amendment that approves the change. */
  readonly amendment?: string;
}

export interface DiffResult<M extends Message | string = Message | string> {
  readonly changes: readonly Change<M>[];
}

export interface DiffOptions {
  /** The document kind, when the documents do not say (`kind` in the new, then old document). */
  readonly kind?: string;
  /** Format messages in this language; without it, messages come in both languages. */
  readonly lang?: Lang;
  /** Levels by rule id, overriding the rules' defaults (from `agendum.config.yaml`). */
  readonly levels?: Readonly<Record<string, Level>>;
  /** The kinds of the run, for what differs between kinds (whose agreements are binding). */
  readonly kinds?: KindRegistry;
}

/** A rule's metadata, shown in docs and used to decorate the changes it classifies. */
export interface DiffRuleMeta {
  /** Stable, hierarchical id, e.g. `diff/agreement-changed`. */
  readonly id: string;
  readonly description: string;
  readonly level: Level;
  readonly messages: Readonly<Record<string, Message>>;
}

/** What a rule says about a change it recognises. */
export interface Classification {
  readonly messageId: string;
  readonly data?: MessageData;
}

/** A keyed item (an object with an `id`) on the way from the root to a value. */
export interface Ancestor {
  readonly id: string;
  /** The name of the list the item stands in (`themes`, `agreements`, …). */
  readonly list: string;
  readonly value: Readonly<Record<string, unknown>>;
  /** Its place in that list, from 0. */
  readonly index: number;
  /** The object that holds the list (a phasing's `term` names its phases). */
  readonly holder?: Readonly<Record<string, unknown>>;
  /** The key the holder stands under (`requirements` for `requirements.items`), when it is an object's member. */
  readonly holderKey?: string;
}

/** What rules may look at: the change, both documents and where it sits in them. */
export interface ClassifyContext {
  readonly kind: string | undefined;
  /** Whether the kind's agreements bind its parties (a development agenda's do). */
  readonly bindingAgreements: boolean;
  readonly oldData: unknown;
  readonly newData: unknown;
  /** The document the change belongs to: the new one, or the old one for removals. */
  readonly data: unknown;
  /** Keyed items around the change in the document it belongs to (new, or old for removals), outermost first. */
  readonly ancestors: readonly Ancestor[];
  /** Keyed items around the change's old place (for changes that have one), outermost first. */
  readonly oldAncestors: readonly Ancestor[];
  /** The change's own item when the change is about a whole keyed item, else undefined. */
  readonly item: Ancestor | undefined;
  /** The name of the last object key on the change's path (`period`, `amount`, `title`, …). */
  readonly field: string | undefined;
  /** An item around the change as a reader of the rendered document knows it ("Regionale actie “…”"). */
  nameOf(item: Ancestor): Message;
  /** The document the change belongs to, by its kind and title ("Uitvoeringsagenda “Samen tegen huiselijk geweld”"). */
  readonly documentName: Message;
}

/**
 * A diff rule: recognises the changes it is about and says which message fits. Rules are tried
 * in catalogue order; the first that recognises a change classifies it.
 */
export interface DiffRule {
  readonly meta: DiffRuleMeta;
  classify(change: RawChange, context: ClassifyContext): Classification | undefined;
}
