import type { Severity } from '../core/diagnostic.js';
import type { Message, MessageData } from '../core/i18n.js';
import type { KindDefinition } from '../model/kinds.js';

/** What a rule knows about itself: shown in docs, used by the engine to decorate findings. */
export interface RuleMeta {
  /** Stable, hierarchical id, e.g. `ref/duplicate-id`. */
  readonly id: string;
  /** What the rule checks, in a sentence or two, in every language (as docs/rules.md and SARIF reports say it). */
  readonly description: Message;
  readonly severity: Severity;
  /** Messages by id, in every language, with `{name}` placeholders. */
  readonly messages: Readonly<Record<string, Message>>;
}

/** A place related to a finding, in this document or (for project rules) another. */
export interface RelatedReport {
  readonly path: string;
  readonly messageId: string;
  readonly data?: MessageData;
  /** The other document's file, for findings that span documents; this document if absent. */
  readonly file?: string;
}

/** A finding as a rule reports it: what and where; the engine adds file, range and severity. */
export interface RuleReport {
  /** JSON pointer to the offending value. */
  readonly path: string;
  readonly messageId: string;
  readonly data?: MessageData;
  /** Id of a message in `meta.messages` that tells how to fix it. */
  readonly hintId?: string;
  /** Point at the key of the member at `path` instead of its value. */
  readonly atKey?: boolean;
  /**
   * The part of the text value at `path` the finding is about, as offsets into that value
   * (e.g. the word "SCG" in a paragraph); the engine finds it in the source for the caret.
   */
  readonly span?: { readonly start: number; readonly end: number };
  /** Report with this severity instead of the rule's default (e.g. `info` for a softer case). */
  readonly severity?: Severity;
  readonly related?: readonly RelatedReport[];
}

/** One document as rules see it: already parsed, its kind known. */
export interface RuleDocument {
  readonly file: string;
  readonly kind: string;
  /** What agendum knows about the document's kind (built in, or registered by the repository). */
  readonly definition: KindDefinition;
  /** The document's data; valid against its kind's schema unless `schemaValid` is false. */
  readonly data: Readonly<Record<string, unknown>>;
  readonly schemaValid: boolean;
}

/** Settings of the run that rules may need. */
export interface RunSettings {
  /** The day the checks are run for (`--today`), for deadlines and overdue work. */
  readonly today?: { readonly year: number; readonly month: number; readonly day: number };
}

export interface DocumentContext extends RuleDocument {
  readonly settings: RunSettings;
  report(finding: RuleReport): void;
}

/** One document as a rule that looks across documents sees it: what its `collect` took from it. */
export interface ProjectDocument {
  readonly file: string;
  readonly kind: string;
  /** What the rule's `collect` returned for this document (undefined without a `collect`). */
  readonly facts: unknown;
}

/**
 * What a run knows of the repository beyond its own documents, for links between documents: the
 * command line fills it in (it reads the file system); without it, links resolve within the run.
 */
export interface Repository {
  /** Whether a document of the repository (in the run or not) has this id. */
  hasDocument(id: string): boolean;
  /** The ids of the repository's documents, for "did you mean". */
  documentIds(): readonly string[];
  /** Whether a path written in a document, relative to that document's file, names an existing file. */
  fileExists(fromFile: string, path: string): boolean;
}

/** Every document of the run, for rules that look across files (references between documents). */
export interface ProjectContext {
  readonly documents: readonly ProjectDocument[];
  readonly settings: RunSettings;
  readonly repository?: Repository;
  report(file: string, finding: RuleReport): void;
}

/**
 * A semantic rule. `check` looks at one document; `checkProject` at all documents of the run
 * together, through what `collect` took from each of them when it was checked, so that a run
 * of thousands of documents keeps a few names and ids of each rather than the documents.
 * Rules must not throw on data that failed the schema (`schemaValid: false`).
 */
export interface Rule {
  readonly meta: RuleMeta;
  check?(context: DocumentContext): void;
  /** What `checkProject` needs of one document; plain data (it may cross a worker thread). */
  collect?(document: RuleDocument): unknown;
  checkProject?(context: ProjectContext): void;
}
