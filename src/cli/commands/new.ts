import { loadRunConfig } from '../run-config.js';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { UsageError } from '../../core/errors.js';
import { displayPath } from '../../core/files.js';
import { closest } from '../../core/suggest.js';
import { skeleton } from '../../model/skeletons.js';
import { SCHEMA_DIR } from '../../schema/files.js';
import { writeFileAtomic } from '../../core/write.js';
import type { CliIO } from '../io.js';
import { isStandardOutput } from '../io.js';
import { CLI_MESSAGES } from '../messages.js';
import { word } from '../../i18n/catalogue.js';
import { cannotWrite } from '../messages.js';
import { chooseLang } from '../../core/i18n.js';

export interface NewOptions {
  readonly id?: string;
  readonly title?: string;
  readonly output?: string;
  readonly stdout?: boolean;
  readonly config?: string;
  readonly lang?: string;
}

/**
 * `agendum new KIND`: writes a new, valid document of that kind to agendas/ID.agenda.yaml
 * (or -o FILE, or standard output). Never overwrites a file.
 */
export async function runNew(kind: string, options: NewOptions, io: CliIO): Promise<number> {
  const { kinds, language } = await loadRunConfig(io.cwd, options.config, options.output ? [path.dirname(path.resolve(io.cwd, options.output))] : []);
  const lang = chooseLang(options.lang ?? language, io.env);
  const definition = kinds.get(kind);
  if (!definition) {
    const names = kinds.names;
    const suggestion = closest(kind, names);
    const unknown = suggestion ? CLI_MESSAGES.text('unknownKindSuggestion', { kind, suggestion }) : CLI_MESSAGES.text('unknownKind', { kind });
    throw new UsageError(unknown, CLI_MESSAGES.text('knownKinds', { kinds: names.join(', ') }));
  }
  const title = options.title ?? definition.skeleton.title;
  const id = options.id ?? slug(title);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new UsageError(CLI_MESSAGES.text('idKebab', { id }));
  const toStdout = options.stdout === true || (options.output !== undefined && isStandardOutput(options.output));
  const target = toStdout ? undefined : path.resolve(io.cwd, options.output ?? path.join('agendas', `${id}.agenda.yaml`));
  const folder = target ? path.dirname(target) : io.cwd;
  // A custom kind's modeline points at the repository's own schema.
  const schemaRef = definition.builtin
    ? `${target ? relativeSchemaPath(folder) : '../schemas'}/${definition.schemaFile}`
    : path.relative(folder, definition.schemaFile).split(path.sep).join('/');
  const text = skeleton(definition, { id, title, schemaRef, lang, ...(definition.builtin ? {} : { schema: kinds.schema(kind)! }) });
  if (!target) {
    io.stdout.write(text);
    return 0;
  }
  await mkdir(path.dirname(target), { recursive: true });
  // Whole or not at all: a disk that fills up halfway leaves no empty file that a next run would refuse to replace.
  try {
    await writeFileAtomic(target, text, { create: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(CLI_MESSAGES.text('newExists', { file: displayPath(target, io.cwd) }), CLI_MESSAGES.text('newChooseAnother'));
    throw new UsageError(cannotWrite(displayPath(target, io.cwd), code), CLI_MESSAGES.text('checkDiskFull'));
  }
  io.stderr.write(`${word(CLI_MESSAGES.text('newCreated', { file: displayPath(target, io.cwd) }), lang)}\n`);
  return 0;
}

/** A kebab-case id from a title: "Nieuwe uitvoeringsagenda 2025" → nieuwe-uitvoeringsagenda-2025. */
export function slug(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '') || 'document';
}

/**
 * The schemas folder as seen from where the new file lives: the nearest `schemas/` or
 * `node_modules/agendum/schemas/` in that folder or above it (so that a repository set up by
 * `agendum init` gets the same path as its examples), else agendum's own.
 */
function relativeSchemaPath(folder: string): string {
  let chosen = fileURLToPath(SCHEMA_DIR).replace(/[\\/]$/, '');
  for (let dir = folder; ; dir = path.dirname(dir)) {
    const found = [path.join(dir, 'schemas'), path.join(dir, 'node_modules', 'agendum', 'schemas')].find((candidate) => existsSync(path.join(candidate, 'common.schema.json')));
    if (found) {
      chosen = found;
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  return path.relative(folder, chosen).split(path.sep).join('/') || '.';
}
