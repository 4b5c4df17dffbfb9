import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { TemplateError, TemplateNotFoundError } from './errors.js';

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

/** An error thrown by a helper, with the place in the template that called it. */
export class HelperError extends Error {
  readonly loc: SourceLocation | undefined;
  constructor(message: string, loc: SourceLocation | undefined) {
    super(message);
    this.name = 'HelperError';
    this.loc = loc;
  }
}

const GUARD_HINT = 'a template must guard optional fields with {{#if field}} or {{#with field}}';

/** Turns whatever a template threw into a TemplateError that names the file (the innermost template wins). */
function templateFailure(file: string, error: unknown): TemplateError {
  if (error instanceof TemplateError) return error;
  if (error instanceof HelperError) {
    const loc = error.loc?.start;
    return new TemplateError(file, error.message, loc?.line, loc === undefined ? undefined : loc.column + 1, GUARD_HINT);
  }
  const failure = error instanceof Error ? error : new Error(String(error));
  const { lineNumber, column } = failure as { lineNumber?: unknown; column?: unknown };
  const missing = /^"([^"]*)" not defined in /.exec(failure.message);
  if (missing) {
    return new TemplateError(
      file,
      `"${missing[1]}" is not defined`,
      typeof lineNumber === 'number' ? lineNumber : undefined,
      typeof column === 'number' ? column + 1 : undefined,
      GUARD_HINT,
    );
  }
  const reason = failure.message.replace(/ - \d+:\d+$/, '');
  return new TemplateError(file, reason, typeof lineNumber === 'number' ? lineNumber : undefined, typeof column === 'number' ? column + 1 : undefined);
}

function parseFailure(file: string, error: unknown): TemplateError {
  const message = error instanceof Error ? error.message : String(error);
  const line = /on line (\d+)/.exec(message);
  const detail = message.split('\n').filter((text) => text.trim() !== '');
  return new TemplateError(file, `syntax error: ${detail.join(' ')}`, line ? Number(line[1]) : undefined);
}

/** Reads, parses and compiles one template file (once per process and file version). */
export function compileFile(file: string, format: RenderFormat): CompiledTemplate {
  const stat = statSync(file);
  const key = `${format}\0${file}\0${stat.mtimeMs}\0${stat.size}`;
  const cached = compiled.get(key);
  if (cached) return cached;
  const source = readFileSync(file, 'utf8');
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
      return template(context, options);
    } catch (error) {
      throw templateFailure(file, error);
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
export function templateSet(kindDir: string, format: RenderFormat, userTemplate?: string): TemplateSet {
  const files = new Map(builtinFiles(kindDir, format));
  if (userTemplate !== undefined) {
    const path = resolve(userTemplate);
    if (!existsSync(path)) throw new TemplateNotFoundError(userTemplate);
    if (statSync(path).isDirectory()) {
      const found = scanLayer(path, format, files) + scanLayer(join(path, kindDir), format, files);
      if (found === 0) {
        throw new TemplateNotFoundError(
          userTemplate,
          `the folder has no templates for ${format}: add name.hbs, name.${format}.hbs or ${format}/name.hbs (e.g. document, cover, theme)`,
        );
      }
    } else {
      files.set('document', path);
    }
  }
  const documentFile = files.get('document');
  if (documentFile === undefined) throw new TemplateNotFoundError(join(BUILTIN_TEMPLATES, kindDir), `no document template for ${format}`);
  const partials: Record<string, CompiledTemplate> = {};
  for (const [name, file] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (name !== 'document') partials[name] = compileFile(file, format);
  }
  return { document: compileFile(documentFile, format), partials };
}
