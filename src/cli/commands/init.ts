import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from '../../core/files.js';
import { leadsOutOf, whyNotWritten, writeFileAtomic } from '../../core/write.js';
import { printable } from '../../formatters/printable.js';
import { BUILTIN_KINDS } from '../../model/kinds.js';
import { skeleton } from '../../model/skeletons.js';
import type { CliIO } from '../io.js';

export interface InitOptions {
  readonly force?: boolean;
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

const SCHEMAS = 'node_modules/agendum/schemas';

/** The files of a new agenda repository, by path relative to its root. */
export function scaffold(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const definition of BUILTIN_KINDS) {
    const { kind } = definition;
    files[`agendas/${EXAMPLE_IDS[kind]}.agenda.yaml`] = skeleton(definition, { id: EXAMPLE_IDS[kind]!, title: EXAMPLE_TITLES[kind]!, schemaRef: `../${SCHEMAS}/${definition.schemaFile}` });
  }
  files['agendum.config.yaml'] = [
    `# yaml-language-server: $schema=./${SCHEMAS}/config.schema.json`,
    '# agendum checks the documents in these folders when it is given no paths.',
    'documents: [agendas]',
    '# Language of the messages: nl or en.',
    'language: nl',
    '# Severity per rule (off, info, warning, error); see the rule list in agendum\'s docs/rules.md.',
    'rules: {}',
    '',
  ].join('\n');
  files['.gitattributes'] = '*.agenda.yaml diff=agendum\n';
  files['.github/workflows/agendum.yml'] = [
    'name: agendum',
    'on: [pull_request, push]',
    'jobs:',
    '  check:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '        with:',
    '          fetch-depth: 0',
    '      - uses: actions/setup-node@v4',
    '        with:',
    '          node-version: 20',
    '      - run: npm ci',
    '      # Annotations on the pull request and a summary of the findings.',
    '      - run: npx agendum check',
    '      # What changed in meaning, for the reviewers.',
    '      - if: github.event_name == \'pull_request\'',
    '        run: npx agendum diff --base "origin/${{ github.base_ref }}" --format markdown >> "$GITHUB_STEP_SUMMARY"',
    '',
  ].join('\n');
  files['.pre-commit-hooks.yaml'] = [
    '- id: agendum-check',
    '  name: agendum check',
    '  description: Checks agenda documents (schema, rules, timeline).',
    '  entry: npx agendum check',
    '  language: system',
    '  files: \\.ya?ml$',
    '  pass_filenames: true',
    '',
  ].join('\n');
  // Each document names its own schema in its first line; the configuration gets one here.
  files['.vscode/settings.json'] = `${JSON.stringify(
    {
      'yaml.schemas': { [`./${SCHEMAS}/config.schema.json`]: ['agendum.config.yaml'] },
      'files.associations': { '*.agenda.yaml': 'yaml' },
    },
    null,
    2,
  )}\n`;
  return files;
}

/**
 * `agendum init [DIR]`: a repository ready for agendas: an example of each kind, the
 * configuration, the diff driver, a CI workflow, a pre-commit hook and editor settings.
 * Existing files are left alone unless `--force`; nothing asks a question.
 */
export async function runInit(folder: string | undefined, options: InitOptions, io: CliIO): Promise<number> {
  const root = path.resolve(io.cwd, folder ?? '.');
  let written = 0;
  let failed = 0;
  for (const [name, text] of Object.entries(scaffold())) {
    const target = path.join(root, name);
    const exists = await stat(target).then(
      () => true,
      () => false,
    );
    if (exists && !options.force) {
      io.stderr.write(`kept ${displayPath(target, io.cwd)} (exists; --force overwrites)\n`);
      continue;
    }
    // With --force a file of the user's is replaced: whole, or not at all; never a device or a
    // pipe, and never through a link out of the repository (a cloned repository may hold one).
    try {
      // Checked before its folders are made: they may be made through a link too.
      if (await leadsOutOf(target, root)) throw Object.assign(new Error(target), { code: 'EOUTSIDE' });
      await mkdir(path.dirname(target), { recursive: true });
      await writeFileAtomic(target, text, { regularOnly: true, within: root });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      io.stderr.write(printable(`agendum: left ${displayPath(target, io.cwd)} as it is: ${whyNotWritten(code).en}\n`));
      failed++;
      continue;
    }
    written++;
    io.stderr.write(`wrote ${displayPath(target, io.cwd)}\n`);
  }
  io.stderr.write(`${written} file(s) written. Next: npm install --save-dev agendum && npx agendum check\n`);
  return failed > 0 ? 2 : 0;
}
