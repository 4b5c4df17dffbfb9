import { lstat, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Lang, Text } from './i18n.js';
import { messageGroup } from './i18n.js';
import { UsageError } from './errors.js';
import { readText } from './files.js';
import { parseSource, rangeOf } from './source.js';
import { closest } from './suggest.js';
import { configValidator } from '../schema/registry.js';
import { schemaDiagnostics } from '../schema/diagnostics.js';
import type { RuleSetting } from '../validate/engine.js';
import type { CustomKindSpec } from '../model/registry.js';
import { BUILTIN_REGISTRY, KindRegistry } from '../model/registry.js';
import type { Label } from '../model/labels/types.js';
import { validatorFor } from '../schema/registry.js';

export const CONFIG_FILE = 'agendum.config.yaml';

/** The configuration of a repository, with its paths made absolute. */
export interface Config {
  /** The config file it came from, when there is one. */
  readonly file: string | undefined;
  readonly language: Lang | undefined;
  /** Absolute paths checked when a command is given none. */
  readonly documents: readonly string[];
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Largest file read, in bytes. */
  readonly maxFileSize: number | undefined;
  /** Levels of diff changes by code (breaking, approval, info), overriding the defaults. */
  readonly diffLevels: Readonly<Record<string, string>> | undefined;
  /** agendum's kinds and those the configuration registers (`kinds:`). */
  readonly kinds: KindRegistry;
  /**
   * Files the configuration names whose content the findings depend on (the schemas of custom
   * kinds), as absolute paths: the result cache is keyed by their content too.
   */
  readonly files: readonly string[];
}

/** A `kinds:` entry as written, with its place in the configuration for messages. */
interface KindEntry {
  readonly kind: string;
  readonly schema: string;
  readonly templates?: string;
  readonly label?: Label;
  readonly description?: Label;
  readonly bindingAgreements?: boolean;
  /** `file:line:column` of the entry's `schema` value. */
  readonly at: string;
}

/**
 * Finds agendum.config.yaml in `cwd` or the nearest parent folder, or reads `explicit` when
 * given. Without a file, the defaults: documents in ./agendas, every rule at its own severity.
 * A config that is not valid is a usage error that names the file, line and column.
 */
export async function loadConfig(cwd: string, knownCodes: readonly string[], explicit?: string, paths: readonly string[] = []): Promise<Config> {
  // The configuration nearest to the documents a command is given (as Prettier finds its own), else the working folder's.
  const near = paths.length > 0 ? await findUp(await commonFolder(paths.map((p) => path.resolve(cwd, p)))) : undefined;
  const file = explicit ? path.resolve(cwd, explicit) : (near ?? (await findUp(cwd)));
  if (!file) return { file: undefined, language: undefined, documents: [path.resolve(cwd, 'agendas')], rules: {}, maxFileSize: undefined, diffLevels: undefined, kinds: BUILTIN_REGISTRY, files: [] };
  // Read as documents are: a configuration that cannot be read is an error, never skipped.
  const read = await readText(file);
  if (!read.ok) {
    if (read.reason === 'ENOENT') throw new UsageError(CONFIG_MESSAGES.text('missing', { file }));
    // "cannot read the file (permission denied)" says which file; here the configuration is named instead.
    const unreadable = read.code === 'file/unreadable';
    const why = {
      en: unreadable ? read.message.en.replace(/^cannot read the file/, '') : `: ${read.message.en}`,
      nl: unreadable ? read.message.nl.replace(/^het bestand is niet te lezen/, '') : `: ${read.message.nl}`,
    };
    throw new UsageError(CONFIG_MESSAGES.text('unreadable', { file, why }));
  }
  const { entries, ...config } = parseConfig(read.text, file, knownCodes);
  if (entries.length === 0) return config;
  const specs: CustomKindSpec[] = [];
  for (const entry of entries) specs.push(await readCustomKind(entry, path.dirname(file)));
  const kinds = new KindRegistry(specs);
  for (const spec of specs) {
    try {
      validatorFor(spec.kind, kinds);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new UsageError(CONFIG_MESSAGES.text('schemaUnusable', { file: spec.schemaFile, kind: spec.kind, why }), CONFIG_MESSAGES.text('schemaRefers'));
    }
  }
  return { ...config, kinds, files: specs.map((s) => s.schemaFile) };
}

/** Reads a custom kind's schema (and checks its templates folder): problems are usage errors naming the place. */
async function readCustomKind(entry: KindEntry, folder: string): Promise<CustomKindSpec> {
  const schemaFile = path.resolve(folder, entry.schema);
  const read = await readText(schemaFile);
  if (!read.ok) {
    throw new UsageError(read.reason === 'ENOENT' ? CONFIG_MESSAGES.text('schemaMissing', { place: entry.at, kind: entry.kind, file: schemaFile }) : CONFIG_MESSAGES.text('schemaUnreadable', { place: entry.at, kind: entry.kind, file: schemaFile, why: read.message }));
  }
  let schema: unknown;
  try {
    schema = JSON.parse(read.text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = /position (\d+)/.exec(message);
    const where = offset ? lineColumn(read.text, Number(offset[1])) : '';
    throw new UsageError(CONFIG_MESSAGES.text('schemaNotJson', { place: `${schemaFile}${where}`, kind: entry.kind, why: message }));
  }
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) throw new UsageError(CONFIG_MESSAGES.text('schemaNotObject', { file: schemaFile, kind: entry.kind }));
  let templates: string | undefined;
  if (entry.templates !== undefined) {
    templates = path.resolve(folder, entry.templates);
    const info = await stat(templates).catch(() => undefined);
    if (!info?.isDirectory()) throw new UsageError(CONFIG_MESSAGES.text('templatesNotFolder', { place: entry.at, kind: entry.kind, folder: templates }));
  }
  return {
    kind: entry.kind,
    schemaFile,
    schema: schema as Record<string, unknown>,
    ...(templates ? { templates } : {}),
    ...(entry.label ? { label: entry.label } : {}),
    ...(entry.description ? { description: entry.description } : {}),
    ...(entry.bindingAgreements !== undefined ? { bindingAgreements: entry.bindingAgreements } : {}),
  };
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `:${line}:${offset - before.lastIndexOf('\n')}`;
}

/** The deepest folder that holds every path (a file counts by its folder). */
async function commonFolder(paths: readonly string[]): Promise<string> {
  const folders = await Promise.all(
    paths.map(async (p) => ((await stat(p).catch(() => undefined))?.isDirectory() ? p : path.dirname(p))),
  );
  let common = folders[0]!;
  for (const folder of folders.slice(1)) {
    while (folder !== common && !folder.startsWith(common.endsWith(path.sep) ? common : `${common}${path.sep}`)) {
      const parent = path.dirname(common);
      if (parent === common) break;
      common = parent;
    }
  }
  return common;
}

/** The nearest agendum.config.yaml: anything of that name counts, so one that cannot be read is reported. */
async function findUp(start: string): Promise<string | undefined> {
  let folder = path.resolve(start);
  for (;;) {
    const candidate = path.join(folder, CONFIG_FILE);
    const absent = await lstat(candidate).then(
      () => false,
      (error: NodeJS.ErrnoException) => error.code === 'ENOENT' || error.code === 'ENOTDIR',
    );
    if (!absent) return candidate;
    const parent = path.dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

export const CONFIG_MESSAGES = messageGroup('config', {
  unreadable: { en: 'cannot read the configuration file {file}{why}', nl: 'het configuratiebestand {file} is niet te lezen{why}' },
  schemaUnusable: { en: '{file}: the schema of kind {kind} cannot be used: {why}', nl: '{file}: het schema van soort {kind} is niet te gebruiken; de schemalezer meldt (in het Engels): "{why}"' },
  schemaRefers: { en: "A custom schema may refer to itself (#/$defs/…) and to agendum's common.schema.json.", nl: 'Een eigen schema mag naar zichzelf verwijzen (#/$defs/…) en naar common.schema.json van agendum.' },
  schemaMissing: { en: '{place}: the schema of kind {kind}, {file}, does not exist', nl: '{place}: het schema van soort {kind}, {file}, bestaat niet' },
  schemaUnreadable: { en: '{place}: the schema of kind {kind}, {file}, cannot be read ({why})', nl: '{place}: het schema van soort {kind}, {file}, is niet te lezen ({why})' },
  schemaNotJson: { en: '{place}: the schema of kind {kind} is not valid JSON: {why}', nl: '{place}: het schema van soort {kind} is geen geldige JSON; de JSON-lezer meldt (in het Engels): "{why}"' },
  schemaNotObject: { en: '{file}: the schema of kind {kind} must be a JSON object', nl: '{file}: het schema van soort {kind} moet een JSON-object zijn' },
  kindBuiltIn: { en: "kind {kind} is one of agendum's own kinds; a repository cannot register it again", nl: 'soort {kind} is een van de eigen soorten van agendum; een repository kan haar niet nogmaals registreren' },
  kindRename: { en: 'Give your kind another name.', nl: 'Geef uw soort een andere naam.' },
  kindTwice: { en: 'kind {kind} is registered twice', nl: 'soort {kind} is twee keer geregistreerd' },
  templatesNotFolder: { en: '{place}: the templates of kind {kind}, {folder}, are not a folder', nl: '{place}: de sjablonen van soort {kind}, {folder}, zijn geen map' },
  at: { en: '{place}: {message}', nl: '{place}: {message}' },
  unknownRule: { en: 'unknown rule "{code}"', nl: 'onbekende regel "{code}"' },
  unknownRuleSuggestion: { en: 'unknown rule "{code}"; did you mean "{suggestion}"?', nl: 'onbekende regel "{code}"; bedoelt u "{suggestion}"?' },
  rulesListed: { en: 'The rules are listed in docs/rules.md.', nl: 'De regels staan in docs/rules.md.' },
  missing: { en: 'the configuration file {file} does not exist', nl: 'het configuratiebestand {file} bestaat niet' },
});

/**
 * Parses and checks a configuration file's text; throws a UsageError naming the place of a
 * problem. The schemas of the kinds it registers are read by `loadConfig`.
 */
function parseConfig(text: string, file: string, knownCodes: readonly string[]): Config & { entries: KindEntry[] } {
  const source = parseSource(text, file);
  const fail = (line: number, column: number, message: string | Text, hint?: string | Text): never => {
    throw new UsageError(CONFIG_MESSAGES.text('at', { place: `${file}:${line}:${column}`, message }), hint);
  };
  const syntax = source.diagnostics.find((d) => d.severity === 'error');
  if (syntax) fail(syntax.range.start.line, syntax.range.start.column, syntax.message, syntax.hint);
  const data = (source.data ?? {}) as Record<string, unknown>;
  const validate = configValidator();
  if (!validate(data)) {
    const first = schemaDiagnostics(source, validate.errors ?? [])[0]!;
    fail(first.range.start.line, first.range.start.column, first.message, first.hint);
  }
  const rules = (data.rules ?? {}) as Record<string, RuleSetting>;
  for (const code of Object.keys(rules)) {
    if (knownCodes.includes(code)) continue;
    const range = rangeOf(source, `/rules/${code.replace(/~/g, '~0').replace(/\//g, '~1')}`, 'key');
    const suggestion = closest(code, knownCodes);
    const unknown = suggestion ? CONFIG_MESSAGES.text('unknownRuleSuggestion', { code, suggestion }) : CONFIG_MESSAGES.text('unknownRule', { code });
    fail(range.start.line, range.start.column, unknown, CONFIG_MESSAGES.text('rulesListed'));
  }
  const folder = path.dirname(file);
  const documents = ((data.documents as string[] | undefined) ?? ['agendas']).map((d) => path.resolve(folder, d));
  const entries: KindEntry[] = [];
  const seen = new Set<string>();
  ((data.kinds ?? []) as Omit<KindEntry, 'at'>[]).forEach((entry, i) => {
    const at = rangeOf(source, `/kinds/${i}/kind`).start;
    if (BUILTIN_REGISTRY.get(entry.kind)) fail(at.line, at.column, CONFIG_MESSAGES.text('kindBuiltIn', { kind: entry.kind }), CONFIG_MESSAGES.text('kindRename'));
    if (seen.has(entry.kind)) fail(at.line, at.column, CONFIG_MESSAGES.text('kindTwice', { kind: entry.kind }));
    seen.add(entry.kind);
    const schemaAt = rangeOf(source, `/kinds/${i}/schema`).start;
    entries.push({ ...entry, at: `${file}:${schemaAt.line}:${schemaAt.column}` });
  });
  return {
    file,
    language: data.language as Lang | undefined,
    documents,
    rules,
    maxFileSize: data.maxFileSize as number | undefined,
    diffLevels: (data.diff as { levels?: Record<string, string> } | undefined)?.levels,
    kinds: BUILTIN_REGISTRY,
    files: [],
    entries,
  };
}
