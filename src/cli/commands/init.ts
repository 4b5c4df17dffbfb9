import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from '../../core/files.js';
import { chooseLang, formatMessage, type Lang, type MessageData } from '../../core/i18n.js';
import { leadsOutOf, whyNotWritten, writeFileAtomic } from '../../core/write.js';
import { printable } from '../../formatters/printable.js';
import { BUILTIN_KINDS } from '../../model/kinds.js';
import type { KindRegistry } from '../../model/registry.js';
import { skeleton } from '../../model/skeletons.js';
import {
  configFile,
  gitattributesFile,
  GITIGNORE_LINES,
  gitignoreFile,
  INSTALLED_SCHEMAS,
  type KindFiles,
  packageFile,
  precommitConfigFile,
  type RepositoryPlan,
  vscodeSettingsFile,
  workflowFile,
} from '../init/files.js';
import { INIT_MESSAGES } from '../init/messages.js';
import { installSpec } from '../installed.js';
import type { CliIO } from '../io.js';
import { loadRunConfig } from '../run-config.js';

export interface InitOptions {
  readonly force?: boolean;
  readonly lang?: string;
}

const EXAMPLE_IDS: Record<string, string> = {
  DevelopmentAgenda: 'voorbeeld-ontwikkelagenda',
  ExecutionAgenda: 'voorbeeld-uitvoeringsagenda',
  ProjectPlan: 'voorbeeld-projectplan',
  Arrangement: 'voorbeeld-arrangement',
};

const EXAMPLE_TITLES: Record<string, string> = {
  DevelopmentAgenda: 'Voorbeeld ontwikkelagenda',
  ExecutionAgenda: 'Voorbeeld uitvoeringsagenda',
  ProjectPlan: 'Voorbeeld projectplan',
  Arrangement: 'Voorbeeld arrangement',
};

/** How a file init writes comes about when one is there already. */
type Merge = 'keep' | 'gitignore' | 'package';

interface Planned {
  readonly text: string;
  readonly merge: Merge;
}

/**
 * The files of a new agenda repository, by path relative to its root: an example of each kind
 * in the first document folder, the configuration, the diff driver, a .gitignore, a pre-commit
 * configuration, a GitHub workflow, editor settings and a package.json naming agendum.
 */
export function scaffold(plan: RepositoryPlan, options: { spec: string; existing?: readonly KindFiles[]; writeConfig?: boolean }): Record<string, Planned> {
  const files: Record<string, Planned> = {};
  const folder = plan.documents[0] ?? 'agendas';
  const depth = folder.split('/').filter(Boolean).length;
  const schemas = `${'../'.repeat(depth)}${INSTALLED_SCHEMAS}`;
  const kinds = new Map<string, { schema: string; documents: string[] }>();
  for (const definition of BUILTIN_KINDS) {
    const { kind } = definition;
    const file = `${folder}/${EXAMPLE_IDS[kind]}.agenda.yaml`;
    files[file] = { text: skeleton(definition, { id: EXAMPLE_IDS[kind]!, title: EXAMPLE_TITLES[kind]!, schemaRef: `${schemas}/${definition.schemaFile}` }), merge: 'keep' };
    kinds.set(kind, { schema: `${INSTALLED_SCHEMAS}/${definition.schemaFile}`, documents: [file] });
  }
  for (const { schema, documents } of options.existing ?? []) {
    const known = [...kinds.values()].find((k) => k.schema === schema);
    if (known) known.documents.push(...documents.filter((d) => !known.documents.includes(d)));
    else kinds.set(schema, { schema, documents: [...documents] });
  }
  if (options.writeConfig !== false) files['agendum.config.yaml'] = { text: configFile(plan.lang), merge: 'keep' };
  files['.gitattributes'] = { text: gitattributesFile(plan.lang), merge: 'keep' };
  files['.gitignore'] = { text: gitignoreFile(plan.lang), merge: 'gitignore' };
  files['.pre-commit-config.yaml'] = { text: precommitConfigFile(plan), merge: 'keep' };
  files['.github/workflows/agendum.yml'] = { text: workflowFile(plan), merge: 'keep' };
  files['.vscode/settings.json'] = { text: vscodeSettingsFile([...kinds.values()]), merge: 'keep' };
  files['package.json'] = { text: packageFile(options.spec), merge: 'package' };
  return files;
}

/**
 * `agendum init [DIR]`: a repository ready for agendas. Existing files are left alone unless
 * `--force`, except two that only gain what is missing: .gitignore its lines, and package.json
 * agendum among its devDependencies. Nothing asks a question. A configuration that is there
 * already gives its language, its document folders and its own kinds.
 */
export async function runInit(folder: string | undefined, options: InitOptions, io: CliIO): Promise<number> {
  const root = path.resolve(io.cwd, folder ?? '.');
  const configPath = path.join(root, 'agendum.config.yaml');
  const existingConfig = !options.force && existsSync(configPath) ? await loadRunConfig(root, configPath) : undefined;
  const lang = chooseLang(options.lang ?? existingConfig?.language, io.env);
  const say = (message: (typeof INIT_MESSAGES)[keyof typeof INIT_MESSAGES], data: MessageData = {}) => io.stderr.write(printable(`${formatMessage(message, lang, data)}\n`));
  const documents = existingConfig ? existingConfig.documents.map((d) => toPosix(path.relative(root, d)) || '.') : ['agendas'];
  const plan: RepositoryPlan = { lang, branch: await currentBranch(root), documents };
  const spec = installSpec(root);
  const existing = existingConfig ? await kindFiles(root, existingConfig.documents, existingConfig.kinds) : [];
  const files = scaffold(plan, { spec, existing, writeConfig: existingConfig === undefined });
  if (existingConfig) say(INIT_MESSAGES.kept, { file: displayPath(configPath, io.cwd) });

  let written = 0;
  let failed = 0;
  for (const [name, { text, merge }] of Object.entries(files)) {
    const target = path.join(root, name);
    const shown = displayPath(target, io.cwd);
    let content = text;
    let added: string | undefined;
    const current = await readExisting(target);
    if (current !== undefined) {
      const merged = mergeInto(merge, current, lang, spec, options.force === true);
      if (merged.kind === 'keep') {
        say(merge === 'keep' ? INIT_MESSAGES.kept : INIT_MESSAGES.keptComplete, { file: shown });
        continue;
      }
      if (merged.kind === 'invalid') {
        say(INIT_MESSAGES.notJson, { file: shown, reason: merged.reason, spec });
        continue;
      }
      if (merged.kind === 'merge') ({ text: content, added } = merged);
    }
    // A file of the user's is replaced whole, or not at all; never a device or a pipe, and never
    // through a link out of the repository (a cloned repository may hold one).
    try {
      // Checked before its folders are made: they may be made through a link too.
      if (await leadsOutOf(target, root)) throw Object.assign(new Error(target), { code: 'EOUTSIDE' });
      await mkdir(path.dirname(target), { recursive: true });
      await writeFileAtomic(target, content, { regularOnly: true, within: root });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      say(INIT_MESSAGES.notWritten, { file: shown, reason: whyNotWritten(code) });
      failed++;
      continue;
    }
    written++;
    if (added !== undefined) say(INIT_MESSAGES.added, { file: shown, what: added });
    else say(INIT_MESSAGES.wrote, { file: shown });
  }
  say(INIT_MESSAGES.summary, { count: written });
  say(INIT_MESSAGES.next);
  return failed > 0 ? 2 : 0;
}

type Merged = { kind: 'keep' } | { kind: 'replace' } | { kind: 'merge'; text: string; added: string } | { kind: 'invalid'; reason: string };

/** What becomes of a file that is there already. */
function mergeInto(merge: Merge, current: string, lang: Lang, spec: string, force: boolean): Merged {
  if (merge === 'gitignore') {
    const missing = GITIGNORE_LINES.filter((line) => !hasLine(current, line));
    if (missing.length === 0) return { kind: 'keep' };
    return { kind: 'merge', text: `${current}${current === '' || current.endsWith('\n') ? '' : '\n'}${missing.join('\n')}\n`, added: missing.join(', ') };
  }
  if (merge === 'package') {
    // Never replaced, even with --force: it is the repository's own; agendum is only added.
    let manifest: unknown;
    try {
      manifest = JSON.parse(current);
    } catch (error) {
      return { kind: 'invalid', reason: (error as Error).message };
    }
    if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) return { kind: 'invalid', reason: lang === 'nl' ? 'geen object' : 'not an object' };
    const record = manifest as Record<string, Record<string, string> | undefined>;
    if (record.devDependencies?.agendum !== undefined || record.dependencies?.agendum !== undefined) return { kind: 'keep' };
    const devDependencies = { ...record.devDependencies, agendum: spec };
    const indent = /^[{[]\r?\n([ \t]+)/.exec(current)?.[1] ?? 2;
    return { kind: 'merge', text: `${JSON.stringify({ ...record, devDependencies }, null, indent)}\n`, added: `agendum ${spec}` };
  }
  return force ? { kind: 'replace' } : { kind: 'keep' };
}

/** Whether a .gitignore already ignores what a line does (`node_modules/`, `node_modules`, `/node_modules/`). */
function hasLine(text: string, line: string): boolean {
  const bare = (entry: string) => entry.trim().replace(/^\/|\/$/g, '');
  return text.split(/\r?\n/).some((entry) => bare(entry) === bare(line));
}

async function readExisting(file: string): Promise<string | undefined> {
  try {
    if (!(await stat(file)).isFile()) return '';
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The branch checked out in the repository (also before its first commit), else main. */
function currentBranch(root: string): Promise<string> {
  return new Promise((resolve) => {
    execFile('git', ['symbolic-ref', '--quiet', '--short', 'HEAD'], { cwd: root }, (error, stdout) => {
      const branch = String(stdout).trim();
      resolve(!error && /^[\w./-]+$/.test(branch) ? branch : 'main');
    });
  });
}

/** The schema of each kind with documents in the repository's folders, and those documents. */
async function kindFiles(root: string, folders: readonly string[], kinds: KindRegistry): Promise<KindFiles[]> {
  const byKind = new Map<string, string[]>();
  for (const folder of folders) {
    for (const file of await yamlFiles(folder)) {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        continue;
      }
      const kind = /^kind:[ \t]*["']?([A-Za-z][\w-]*)/m.exec(text)?.[1];
      if (!kind || !kinds.get(kind)) continue;
      byKind.set(kind, [...(byKind.get(kind) ?? []), toPosix(path.relative(root, file))]);
    }
  }
  return [...byKind].map(([kind, documents]) => {
    const definition = kinds.get(kind)!;
    const schema = definition.builtin ? `${INSTALLED_SCHEMAS}/${definition.schemaFile}` : toPosix(path.relative(root, definition.schemaFile));
    return { schema, documents };
  });
}

/** The YAML files under a folder, without following links. */
async function yamlFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) pending.push(full);
      else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) found.push(full);
    }
  }
  return found.sort();
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
