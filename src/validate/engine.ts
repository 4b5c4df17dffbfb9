import type { Diagnostic, Range, Severity } from '../core/diagnostic.js';
import { compareDiagnostics } from '../core/diagnostic.js';
import type { Lang, MessageData, Text } from '../core/i18n.js';
import { messageGroup } from '../core/i18n.js';
import { valueAtPointer } from '../core/pointer.js';
import type { SourceDocument } from '../core/source.js';
import { parseSource, rangeOf, rangeOfText } from '../core/source.js';
import { closest } from '../core/suggest.js';
import { CURRENT_SCHEMA_VERSION, upgradeSource } from '../migrate/index.js';
import type { KindRegistry } from '../model/registry.js';
import { BUILTIN_REGISTRY } from '../model/registry.js';
import { RULES } from '../rules/index.js';
import type { DocumentContext, Repository, Rule, RuleDocument, RuleReport, RunSettings } from '../rules/index.js';
import { schemaDiagnostics } from '../schema/diagnostics.js';
import { validatorFor } from '../schema/registry.js';
import { applySuppressions } from './suppressions.js';

/** A rule's severity as configured: its default, another severity, or off. */
export type RuleSetting = Severity | 'off';

export interface ValidateOptions {
  /** Not used by the checks: findings are worded where they are printed. Kept so callers may pass their run's options whole. */
  readonly lang?: Lang;
  /** Severity per rule id, overriding the rule's default. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** The rules to run; all of them by default. */
  readonly ruleSet?: readonly Rule[];
  /** Settings passed on to the rules (the day the checks are run for). */
  readonly settings?: RunSettings;
  /** The kinds of the run: agendum's own and those the repository registers. */
  readonly kinds?: KindRegistry;
  /** The repository beyond the run's documents, for links between documents (rules that look across documents). */
  readonly repository?: Repository;
}

export interface DocumentResult {
  readonly source: SourceDocument;
  /** The document as rules see it, when it parsed and names a kind agendum knows. */
  readonly document: RuleDocument | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

export const ENGINE_MESSAGES = messageGroup('document', {
  empty: { en: 'the file holds no document', nl: 'het bestand bevat geen document' },
  emptyHint: {
    en: 'Start with "schemaVersion: {version}" and a "kind" ({kinds}), or run "agendum new KIND".',
    nl: 'Begin met "schemaVersion: {version}" en een "kind" ({kinds}), of gebruik "agendum new KIND".',
  },
  notMapping: {
    en: 'a document must be a mapping of fields (key: value), not {what}',
    nl: 'een document moet een verzameling velden zijn (sleutel: waarde), niet {what}',
  },
  aList: { en: 'a list', nl: 'een lijst' },
  aValue: { en: 'a single value', nl: 'een losse waarde' },
  missingKind: {
    en: 'missing required property "kind": it says which kind of document this is',
    nl: 'verplicht veld "kind" ontbreekt: het zegt wat voor document dit is',
  },
  kinds: { en: 'One of: {kinds}.', nl: 'Een van: {kinds}.' },
  unknownKind: { en: 'unknown kind {kind}', nl: 'onbekende documentsoort {kind}' },
  schemaMismatch: {
    en: 'this {where} points at {actual}, the schema of another kind; the document is a {kind} and is checked against {expected}',
    nl: 'deze {where} wijst naar {actual}, het schema van een andere documentsoort; het document is een {kind} en wordt gecontroleerd met {expected}',
  },
  modeline: { en: 'modeline', nl: 'modeline' },
  schemaKey: { en: '$schema key', nl: '$schema-veld' },
  schemaMismatchHint: { en: 'Point it at {expected}.', nl: 'Laat het naar {expected} wijzen.' },
  unknownKindSuggestion: { en: 'unknown kind {kind}; did you mean "{suggestion}"?', nl: 'onbekende documentsoort {kind}; bedoelt u "{suggestion}"?' },
});

/**
 * Validates one document's text: YAML syntax, the kind's schema, then the rules that look at
 * one document. Pure: takes text, returns findings; never reads files or throws on bad input.
 */
export function validateDocument(text: string, file: string, options: ValidateOptions = {}): DocumentResult {
  const t = ENGINE_MESSAGES.text;
  let source = parseSource(text, file);
  const diagnostics: Diagnostic[] = [...source.diagnostics];
  const finish = (document?: RuleDocument): DocumentResult => ({ source, document, diagnostics });
  if (source.data === undefined) return finish();

  const data = source.data;
  const kinds = options.kinds ?? BUILTIN_REGISTRY;
  const kindNames = kinds.names;
  const error = (code: string, message: Text, path: string, hint?: Text, target: 'key' | 'value' = 'key'): Diagnostic => ({
    code,
    severity: 'error',
    message,
    file,
    path,
    range: rangeOf(source, path, target),
    ...(hint ? { hint } : {}),
  });

  if (data === null || data === undefined) {
    diagnostics.push(error('document/empty', t('empty'), '', t('emptyHint', { kinds: kindNames.join(', '), version: CURRENT_SCHEMA_VERSION })));
    return finish();
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push(error('document/not-a-mapping', t('notMapping', { what: Array.isArray(data) ? t('aList') : t('aValue') }), ''));
    return finish();
  }
  let record = data as Record<string, unknown>;
  const kind = record.kind;
  if (kind === undefined) {
    diagnostics.push(error('document/missing-kind', t('missingKind'), '', t('kinds', { kinds: kindNames.join(', ') })));
    return finish();
  }
  const validate = typeof kind === 'string' ? validatorFor(kind, kinds) : undefined;
  if (!validate) {
    const suggestion = typeof kind === 'string' ? closest(kind, kindNames) : undefined;
    const message = suggestion ? t('unknownKindSuggestion', { kind: JSON.stringify(kind), suggestion }) : t('unknownKind', { kind: JSON.stringify(kind) });
    diagnostics.push(error('document/unknown-kind', message, '/kind', t('kinds', { kinds: kindNames.join(', ') }), 'value'));
    return finish();
  }

  // A document of an older schema version is read as the current one, with a warning.
  const upgrade = upgradeSource(source);
  diagnostics.push(...upgrade.diagnostics);
  if (!upgrade.ok) return finish();
  source = upgrade.source;
  record = source.data as Record<string, unknown>;

  diagnostics.push(...schemaMismatches(source, record, kind as string, kinds, t));
  const schemaValid = validate(record) === true;
  if (!schemaValid) diagnostics.push(...schemaDiagnostics(source, validate.errors ?? []));

  const document: RuleDocument = { file, kind: kind as string, definition: kinds.get(kind)!, data: record, schemaValid };
  // One context for all the rules, reporting for the rule that runs.
  let running: Rule | undefined;
  const positions = positionsOf(source);
  const context: DocumentContext = {
    ...document,
    settings: options.settings ?? {},
    report: (report) => void diagnostics.push(decorate(running!, report, positions, () => undefined, options)),
  };
  for (const rule of options.ruleSet ?? RULES) {
    if (!rule.check || setting(rule, options) === 'off') continue;
    running = rule;
    rule.check(context);
  }
  return finish(document);
}

const MODELINE = /^#\s*yaml-language-server:\s*\$schema=(\S+)/m;

/**
 * The schema is chosen by `kind`; a modeline or `$schema` key naming another kind's schema
 * means the editor checks against something else than agendum does.
 */
function schemaMismatches(
  source: SourceDocument,
  record: Record<string, unknown>,
  kind: string,
  kinds: KindRegistry,
  t: typeof ENGINE_MESSAGES.text,
): Diagnostic[] {
  const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;
  const expected = baseName(kinds.get(kind)!.schemaFile);
  const otherSchemas = new Set(kinds.all.map((k) => baseName(k.schemaFile)).filter((f) => f !== expected));
  const found: Diagnostic[] = [];
  const check = (reference: string, where: 'modeline' | 'schemaKey', range: Diagnostic['range'], path: string) => {
    const base = reference.split(/[?#]/)[0]!.split('/').pop() ?? '';
    if (!otherSchemas.has(base)) return;
    found.push({
      code: 'document/schema-mismatch',
      severity: 'warning',
      message: t('schemaMismatch', { where: t(where), actual: base, kind, expected }),
      hint: t('schemaMismatchHint', { expected }),
      file: source.file,
      path,
      range,
    });
  };
  const modeline = MODELINE.exec(source.text);
  if (modeline) {
    const before = source.text.slice(0, modeline.index);
    const line = before.split('\n').length;
    const column = modeline[0].indexOf(modeline[1]!) + 1;
    check(modeline[1]!, 'modeline', { start: { line, column }, end: { line, column: column + modeline[1]!.length } }, '');
  }
  if (typeof record.$schema === 'string') check(record.$schema, 'schemaKey', rangeOf(source, '/$schema'), '/$schema');
  return found;
}

/** Runs the rules that look across documents, over every document of the run. */
export function validateProject(results: readonly DocumentResult[], options: ValidateOptions = {}): Diagnostic[] {
  const sources = new Map(results.map((r) => [r.source.file, positionsOf(r.source)]));
  const facts = results.flatMap((r) => (r.document ? [collectFacts(r.document, options)] : []));
  return decorateProjectReports(projectReports(facts, options), (file) => sources.get(file), options);
}

/**
 * Where the findings of one document point: what a report says (a JSON pointer, its key or a
 * span of its text) as a range of the document's text. A parsed document answers
 * (`positionsOf`); the command line also answers from positions it remembered of a file.
 */
export interface Positions {
  readonly file: string;
  rangeOfReport(report: PlacedReport): Range;
}

/** What of a report decides its range. */
export type PlacedReport = Pick<RuleReport, 'path' | 'atKey' | 'span'>;

/** The positions of a parsed document. */
export function positionsOf(source: SourceDocument): Positions {
  return { file: source.file, rangeOfReport: (report) => reportRange(source, report) };
}

/** What one document leaves for the rules that look across documents, once it is checked. */
export interface DocumentFacts {
  readonly file: string;
  readonly kind: string;
  /** What each such rule's `collect` took from the document, by rule id. */
  readonly facts: ReadonlyMap<string, unknown>;
}

/** Takes from a checked document what the rules that look across documents need of it. */
export function collectFacts(document: RuleDocument, options: ValidateOptions = {}): DocumentFacts {
  const facts = new Map<string, unknown>();
  for (const rule of options.ruleSet ?? RULES) {
    if (!rule.checkProject || setting(rule, options) === 'off') continue;
    facts.set(rule.meta.id, rule.collect ? rule.collect(document) : undefined);
  }
  return { file: document.file, kind: document.kind, facts };
}

/** A finding of a rule that looks across documents, before it is given its file's positions. */
export interface ProjectReport {
  readonly rule: Rule;
  readonly file: string;
  readonly report: RuleReport;
}

/** Runs the rules that look across documents over the facts of every document of the run. */
export function projectReports(documents: readonly DocumentFacts[], options: ValidateOptions = {}): ProjectReport[] {
  const reports: ProjectReport[] = [];
  for (const rule of options.ruleSet ?? RULES) {
    if (!rule.checkProject || setting(rule, options) === 'off') continue;
    rule.checkProject({
      documents: documents.map((d) => ({ file: d.file, kind: d.kind, facts: d.facts.get(rule.meta.id) })),
      settings: options.settings ?? {},
      ...(options.repository ? { repository: options.repository } : {}),
      report: (file, report) => void reports.push({ rule, file, report }),
    });
  }
  return reports;
}

/**
 * Turns project reports into diagnostics, with the positions of the documents they point at
 * (`positionsFor` gives them by file; a report on a document it does not give is dropped).
 */
export function decorateProjectReports(
  reports: readonly ProjectReport[],
  positionsFor: (file: string) => Positions | undefined,
  options: ValidateOptions = {},
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { rule, file, report } of reports) {
    const positions = positionsFor(file);
    if (positions) diagnostics.push(decorate(rule, report, positions, positionsFor, options));
  }
  return diagnostics;
}

export interface TextInput {
  readonly file: string;
  readonly text: string;
}

/**
 * Validates a set of documents together: each on its own, then across documents; applies
 * in-document suppressions; returns the findings sorted by file and position.
 */
export function validateTexts(inputs: readonly TextInput[], options: ValidateOptions = {}): Diagnostic[] {
  const results = inputs.map((input) => validateDocument(input.text, input.file, options));
  const byFile = new Map<string, Diagnostic[]>(results.map((r) => [r.source.file, [...r.diagnostics]]));
  for (const diagnostic of validateProject(results, options)) byFile.get(diagnostic.file)?.push(diagnostic);
  const all: Diagnostic[] = [];
  for (const result of results) all.push(...applySuppressions(result.source, byFile.get(result.source.file) ?? []));
  return all.sort(compareDiagnostics);
}

/** Where a report points: a part of a text value, a key, or a value. */
function reportRange(source: SourceDocument, report: PlacedReport): Range {
  if (report.span && !report.atKey) {
    const value = valueAtPointer(source.data, report.path);
    if (typeof value === 'string') {
      const needle = value.slice(report.span.start, report.span.end);
      let occurrence = 0;
      for (let at = value.indexOf(needle); at >= 0 && at < report.span.start; at = value.indexOf(needle, at + 1)) occurrence++;
      return rangeOfText(source, report.path, needle, occurrence);
    }
  }
  return rangeOf(source, report.path, report.atKey ? 'key' : 'value');
}

function setting(rule: Rule, options: ValidateOptions): RuleSetting {
  return options.rules?.[rule.meta.id] ?? rule.meta.severity;
}

/** Turns what a rule reported into a diagnostic: file, range, severity and words added. */
function decorate(
  rule: Rule,
  report: RuleReport,
  source: Positions,
  otherSource: (file: string) => Positions | undefined,
  options: ValidateOptions,
): Diagnostic {
  const say = (id: string, data?: MessageData): Text => ruleText(rule, id, data);
  const configured = options.rules?.[rule.meta.id];
  const severity: Severity = configured && configured !== 'off' ? configured : (report.severity ?? rule.meta.severity);
  return {
    code: rule.meta.id,
    severity,
    message: say(report.messageId, report.data),
    file: source.file,
    path: report.path,
    range: source.rangeOfReport(report),
    ...(report.hintId ? { hint: say(report.hintId, report.data) } : {}),
    ...(report.related
      ? {
          related: report.related.map((r) => {
            const other = r.file ? (otherSource(r.file) ?? source) : source;
            return { file: other.file, path: r.path, range: other.rangeOfReport({ path: r.path }), message: say(r.messageId, r.data) };
          }),
        }
      : {}),
  };
}

/** The id of a rule's message in the catalogue: the rule's id, a dot, the message's key. */
export function ruleText(rule: Rule, key: string, data?: MessageData): Text {
  return data === undefined ? { id: `${rule.meta.id}.${key}` } : { id: `${rule.meta.id}.${key}`, data };
}
