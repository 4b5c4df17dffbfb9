import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import type { Text } from '../core/i18n.js';
import { RENDER_MESSAGES, renderWording, TemplateError, TemplateNotFoundError } from './errors.js';

export type RenderFormat = 'md' | 'html';
export const RENDER_FORMATS: readonly RenderFormat[] = ['md', 'html'];

/** The built-in templates: `templates/shared/<format>/` and `templates/<kind>/<format>/`. */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/** One isolated Handlebars instance for every render; helpers and partials are passed per render. */
const handlebars = Handlebars.create();

export type CompiledTemplate = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

/** Compiled templates by format, path and file version: each file is parsed and compiled once per process. */
const compiled = new Map<string, CompiledTemplate>();

/** The location a helper attaches to the error it throws (Handlebars passes it in `options.loc`). */
export interface SourceLocation {
  readonly start: { readonly line: number; readonly column: number };
}

/** An error thrown by a helper, with the place in the template that called it; its words are worded where they are printed. */
export class HelperError extends Error {
  readonly loc: SourceLocation | undefined;
  readonly text: string | Text;
  constructor(message: string | Text, loc: SourceLocation | undefined) {
    super(renderWording(message, 'en'));
    this.name = 'HelperError';
    this.loc = loc;
    this.text = message;
  }
}

const GUARD_HINT = RENDER_MESSAGES.text('guardHint');

/** The path expression of a template that reads `name` from something before it (`title.length`, `nothing.here`). */
function pathReading(ast: hbs.AST.Program, name: string): hbs.AST.PathExpression | undefined {
  return nodesOf(ast).find((node): node is hbs.AST.PathExpression => node.type === 'PathExpression' && (node as hbs.AST.PathExpression).parts.slice(1).includes(name));
}

/** Turns whatever a template threw into a TemplateError that names the file and, where it can, the line. */
function templateFailure(file: string, error: unknown, ast: hbs.AST.Program): TemplateError {
  if (error instanceof TemplateError) return error;
  if (error instanceof HelperError) {
    const loc = error.loc?.start;
    return new TemplateError(file, error.text, loc?.line, loc === undefined ? undefined : loc.column + 1, GUARD_HINT);
  }
  const failure = error instanceof Error ? error : new Error(String(error));
  const { lineNumber, column } = failure as { lineNumber?: unknown; column?: unknown };
  const line = typeof lineNumber === 'number' ? lineNumber : undefined;
  const col = typeof column === 'number' ? column + 1 : undefined;
  const missing = /^"([^"]*)" not defined in /.exec(failure.message);
  if (missing) {
    const name = missing[1]!;
    // Under strict mode a helper that does not exist reads as a missing field.
    const call = nodesOf(ast).find((node) => isCall(node) && node.path.type === 'PathExpression' && (node.path as hbs.AST.PathExpression).original === name && node.loc.start.line === line);
    if (call) return new TemplateError(file, RENDER_MESSAGES.text('unknownHelper', { name }), line, col, RENDER_MESSAGES.text('helpersListed'));
    return new TemplateError(file, RENDER_MESSAGES.text('notDefined', { name }), line, col, GUARD_HINT);
  }
  // A path into a text (`{{title.length}}`): strict mode's lookup fails without a location.
  const inText = /^Cannot use 'in' operator to search for '([^']*)' in ([\s\S]*)$/.exec(failure.message);
  if (inText) {
    const [, name, value] = inText as unknown as [string, string, string];
    const path = pathReading(ast, name);
    const shown = value.length > 40 ? `${value.slice(0, 39)}…` : value;
    return new TemplateError(file, RENDER_MESSAGES.text('notAFieldOfText', { path: path?.original ?? name, name, text: shown }), path?.loc.start.line, path ? path.loc.start.column + 1 : undefined, GUARD_HINT);
  }
  // A path through a field that is not there, in a helper's argument (`{{prose nothing.here}}`), which strict mode does not check.
  const through = /^Cannot read properties of (?:undefined|null) \(reading '([^']*)'\)$/.exec(failure.message);
  if (through) {
    const name = through[1]!;
    const path = pathReading(ast, name);
    return new TemplateError(file, RENDER_MESSAGES.text('readOfMissing', { path: path?.original ?? name, name }), path?.loc.start.line ?? line, path ? path.loc.start.column + 1 : col, GUARD_HINT);
  }
  const partial = /^The partial (.*) could not be found$/.exec(failure.message);
  if (partial) {
    const statements = nodesOf(ast).filter((node): node is hbs.AST.PartialStatement => node.type === 'PartialStatement' || node.type === 'PartialBlockStatement');
    const named = statements.find((node) => node.name.type === 'PathExpression' && (node.name as hbs.AST.PathExpression).original === partial[1]) ?? statements.find((node) => node.name.type === 'SubExpression');
    return new TemplateError(file, RENDER_MESSAGES.text('unknownPartial', { name: partial[1]! }), named?.loc.start.line ?? line, named ? named.loc.start.column + 1 : col, RENDER_MESSAGES.text('partialIs'));
  }
  const reason = failure.message.replace(/ - \d+:\d+$/, '');
  return new TemplateError(file, RENDER_MESSAGES.text('runtimeSays', { detail: reason }), line, col);
}

/** A mustache, block or subexpression that calls a helper (has arguments). */
function isCall(node: hbs.AST.Node): node is hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression {
  if (node.type !== 'MustacheStatement' && node.type !== 'BlockStatement' && node.type !== 'SubExpression') return false;
  const call = node as hbs.AST.MustacheStatement;
  return call.params.length > 0 || (call.hash?.pairs.length ?? 0) > 0;
}

/** Every node of a template's syntax tree, in source order. */
function nodesOf(ast: hbs.AST.Program): hbs.AST.Node[] {
  const nodes: hbs.AST.Node[] = [];
  const stack: unknown[] = [ast];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      stack.push(...value);
    } else if (value !== null && typeof value === 'object') {
      const node = value as hbs.AST.Node;
      if (typeof node.type === 'string' && node.loc) nodes.push(node);
      for (const [key, child] of Object.entries(value)) if (key !== 'loc' && typeof child === 'object') stack.push(child);
    }
  }
  return nodes.sort((a, b) => a.loc.start.line - b.loc.start.line || a.loc.start.column - b.loc.start.column);
}

function parseFailure(file: string, error: unknown): TemplateError {
  const message = error instanceof Error ? error.message : String(error);
  // "Parse error on line 3: …", or a block closed by the wrong name: "if doesn't match unless - 2:3".
  const line = /on line (\d+)/.exec(message);
  const at = / - (\d+):(\d+)$/.exec(message);
  const reason = syntaxError(message.replace(/ - \d+:\d+$/, ''));
  if (at) return new TemplateError(file, reason, Number(at[1]), Number(at[2]) + 1);
  return new TemplateError(file, reason, line ? Number(line[1]) : undefined);
}

/**
 * What the template reader says, in agendum's words where its form is known: the reader's
 * grammar (its token names, the excerpt of the template) stays as it gave it.
 *
 * - `Parse error on line 2:\n…{{#if x}\n-----^\nExpecting 'CLOSE', 'ID', got 'INVALID'`
 * - `Parse error on line 2: Unexpected 'X'` (or `end of input`)
 * - `Lexical error on line 2. Unrecognized text.\n…{{x \\ }}\n-----^`
 * - `if doesn't match unless`
 */
function syntaxError(message: string): Text {
  const lines = message.split('\n').filter((text) => text.trim() !== '');
  const [first = '', excerpt, caret, last = ''] = lines;
  const near = excerpt !== undefined && caret !== undefined && /^-*\^$/.test(caret) ? excerpt.trim() : undefined;
  const located = (detail: Text) => (near ? RENDER_MESSAGES.text('syntaxNear', { near, detail }) : RENDER_MESSAGES.text('syntax', { detail }));
  const expecting = /^Expecting (.*), got '([^']*)'$/.exec(last);
  if (/^Parse error on line \d+:$/.test(first) && expecting) {
    const [, expected, got] = expecting as unknown as [string, string, string];
    return located(got === 'EOF' ? RENDER_MESSAGES.text('endsEarly', { expected }) : RENDER_MESSAGES.text('expectedGot', { expected, got: `'${got}'` }));
  }
  const unexpected = /^Parse error on line \d+: Unexpected (?:'([^']*)'|end of input)$/.exec(first);
  if (unexpected) return located(RENDER_MESSAGES.text('unexpected', { got: unexpected[1] === undefined ? RENDER_MESSAGES.text('endOfTemplate') : `'${unexpected[1]}'` }));
  if (/^Lexical error on line \d+\. Unrecognized text\.$/.test(first)) return located(RENDER_MESSAGES.text('unrecognised'));
  const mismatch = /^(\S+) doesn't match (\S+)$/.exec(first);
  if (mismatch && lines.length === 1) return RENDER_MESSAGES.text('syntax', { detail: RENDER_MESSAGES.text('blockMismatch', { open: mismatch[1]!, close: mismatch[2]! }) });
  return RENDER_MESSAGES.text('syntax', { detail: RENDER_MESSAGES.text('parserSays', { detail: lines.join(' ') }) });
}

/** The largest template file read: the built-in ones are a few KB. */
const MAX_TEMPLATE_SIZE = 1024 * 1024;

/**
 * A template file's text. Only a regular file, opened without waiting (a named pipe nobody
 * writes to would block forever) and read to its size: `--template /dev/zero` is refused, not
 * read without end.
 */
function readTemplate(file: string): string {
  const handle = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(handle);
    if (!info.isFile()) throw new TemplateError(file, RENDER_MESSAGES.text('notRegularFile'), undefined, undefined, RENDER_MESSAGES.text('giveTemplateFile'));
    if (info.size > MAX_TEMPLATE_SIZE) throw new TemplateError(file, RENDER_MESSAGES.text('tooLarge', { size: MAX_TEMPLATE_SIZE / 1024 / 1024 }));
    const bytes = Buffer.alloc(info.size);
    let read = 0;
    while (read < bytes.length) {
      const count = readSync(handle, bytes, read, bytes.length - read, null);
      if (count === 0) break;
      read += count;
    }
    return bytes.subarray(0, read).toString('utf8');
  } finally {
    closeSync(handle);
  }
}

/** Reads, parses and compiles one template file (once per process and file version). */
export function compileFile(file: string, format: RenderFormat): CompiledTemplate {
  const stat = statSync(file);
  const key = `${format}\0${file}\0${stat.mtimeMs}\0${stat.size}`;
  const cached = compiled.get(key);
  if (cached) return cached;
  const source = readTemplate(file);
  let ast: hbs.AST.Program;
  try {
    ast = handlebars.parse(source);
  } catch (error) {
    throw parseFailure(file, error);
  }
  const template = handlebars.compile(ast, {
    strict: true,
    preventIndent: true,
    // Markdown has its own escaping, done once on the data (see data.ts); HTML escapes every {{value}}.
    noEscape: format === 'md',
  });
  const run: CompiledTemplate = (context, options) => {
    try {
      // Prototype access stays denied; saying so explicitly also keeps Handlebars from logging a warning.
      return template(context, { ...options, allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
    } catch (error) {
      throw templateFailure(file, error, ast);
    }
  };
  compiled.set(key, run);
  return run;
}

const TEMPLATE_FILE = /^([A-Za-z0-9][A-Za-z0-9_-]*)(?:\.(md|html))?\.(hbs|css)$/;

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

/**
 * Adds the templates of one folder for a format: `name.hbs` (any format), then
 * `name.<format>.hbs`, then `<format>/name.hbs`, each overriding the one before by name. A
 * `.css` file is a partial for HTML (the built-in style is `style.css`).
 */
function scanLayer(dir: string, format: RenderFormat, into: Map<string, string>): number {
  let found = 0;
  const add = (folder: string, onlyThisFormat: boolean): void => {
    const generic: Array<[string, string]> = [];
    const specific: Array<[string, string]> = [];
    for (const name of listFiles(folder)) {
      const match = TEMPLATE_FILE.exec(name);
      if (!match) continue;
      const [, partial, fileFormat, extension] = match;
      if (!partial) continue;
      if (extension === 'css' && format !== 'html') continue;
      if (fileFormat !== undefined && fileFormat !== format) continue;
      (fileFormat !== undefined || onlyThisFormat ? specific : generic).push([partial, join(folder, name)]);
    }
    for (const [partial, file] of [...generic, ...specific]) {
      into.set(partial, file);
      found += 1;
    }
  };
  add(dir, false);
  add(join(dir, format), true);
  return found;
}

export interface TemplateSet {
  readonly document: CompiledTemplate;
  readonly partials: Readonly<Record<string, CompiledTemplate>>;
}

const builtinSets = new Map<string, ReadonlyMap<string, string>>();

function builtinFiles(kindDir: string, format: RenderFormat): ReadonlyMap<string, string> {
  const key = `${kindDir}\0${format}`;
  let files = builtinSets.get(key);
  if (!files) {
    const found = new Map<string, string>();
    scanLayer(join(BUILTIN_TEMPLATES, 'shared'), format, found);
    scanLayer(join(BUILTIN_TEMPLATES, kindDir), format, found);
    files = found;
    builtinSets.set(key, files);
  }
  return files;
}

/**
 * The templates for a kind and format: the built-in shared partials, the kind's own, then the
 * user's (`--template PATH`). A file replaces the `document` template; a folder's partials
 * override the built-in ones by name, and its `<kind>/` subfolder overrides those again.
 */
export function templateSet(kindDir: string, format: RenderFormat, userTemplate?: string, kindTemplates?: string): TemplateSet {
  const files = new Map(builtinFiles(kindDir, format));
  // A kind the repository registers may bring partials of its own, over the generic ones.
  if (kindTemplates !== undefined) scanLayer(kindTemplates, format, files);
  if (userTemplate !== undefined) {
    const path = resolve(userTemplate);
    if (!existsSync(path)) throw new TemplateNotFoundError(userTemplate);
    if (statSync(path).isDirectory()) {
      const found = scanLayer(path, format, files) + scanLayer(join(path, kindDir), format, files);
      if (found === 0) {
        throw new TemplateNotFoundError(userTemplate, RENDER_MESSAGES.text('folderWithoutTemplates', { format }));
      }
    } else {
      files.set('document', path);
    }
  }
  const documentFile = files.get('document');
  if (documentFile === undefined) throw new TemplateNotFoundError(join(BUILTIN_TEMPLATES, kindDir), RENDER_MESSAGES.text('noDocumentTemplate', { format }));
  const partials: Record<string, CompiledTemplate> = {};
  for (const [name, file] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (name !== 'document') partials[name] = compileFile(file, format);
  }
  return { document: compileFile(documentFile, format), partials };
}
