import { Command, CommanderError, Option } from 'commander';
import { UsageError } from '../core/errors.js';
import { CHECK_FORMAT_NAMES } from '../formatters/names.js';
import { printable } from '../formatters/printable.js';
import { SCHEMA_CHANGES } from '../migrate/versions.js';
import { BUILTIN_KINDS } from '../model/kinds.js';
// Commands are loaded when they run, so `--version` and `--help` do not load ajv, yaml or Handlebars.
import type { DiffCommandOptions } from './commands/diff.js';
import type { ExportOptions } from './commands/export.js';
import type { FmtOptions } from './commands/fmt.js';
import type { InitOptions } from './commands/init.js';
import type { LogOptions } from './commands/log.js';
import type { MigrateOptions } from './commands/migrate.js';
import type { NewOptions } from './commands/new.js';
import type { PreviewOptions } from './commands/preview.js';
import type { ProgressOptions } from './commands/progress.js';
import type { RenderCommandOptions } from './commands/render.js';
import type { SiteOptions } from './commands/site.js';
import type { TimelineOptions } from './commands/timeline.js';
import type { ValidateOptions } from './commands/validate.js';
import type { CliIO } from './io.js';
import { packageVersion } from './version.js';

/**
 * Runs the agendum command line and returns its exit code: 0 no errors, 1 errors in the
 * documents, 2 usage errors and failures of the tool itself.
 */
export async function main(io: CliIO): Promise<number> {
  let exitCode = 0;
  const verbose = io.argv.includes('--verbose');
  const program = new Command('agendum')
    .description('Validate, diff, check and render policy agendas kept as YAML.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .option('--verbose', 'show stack traces of internal failures')
    .addHelpText(
      'before',
      'Examples:\n  agendum check                          # every document under agendas/: schema, rules, timeline\n  agendum diff --base origin/main        # what a pull request changes, and what needs approval\n  agendum render agendas/plan.agenda.yaml --format pdf -o plan.pdf\n  agendum init && agendum new ExecutionAgenda --title "Samen tegen huiselijk geweld"\n',
    )
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });

  const checkOptions = (command: Command, examples: string): Command =>
    command
      .argument('[paths...]', 'files or folders (folders are searched for *.yaml and *.yml; default: agendas/)')
      .option('-f, --format <format>', `output format: ${CHECK_FORMAT_NAMES.join(', ')} (default: pretty; github inside GitHub Actions)`)
      .addOption(new Option('--lang <lang>', 'language of the messages (default: from agendum.config.yaml or LANG)').choices(['nl', 'en']))
      .option('-q, --quiet', 'show errors only')
      .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
      .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1').choices(['error', 'warning']).default('error'))
      .option('-c, --config <file>', 'configuration file (default: agendum.config.yaml here or in a parent folder)')
      .addOption(new Option('--color <when>', 'colour output').choices(['auto', 'always', 'never']).default('auto'))
      .option('--cache', 'keep the results of unchanged files between runs (default for check in a git repository)')
      .option('--no-cache', 'check every file afresh, and keep nothing')
      .option('--cache-location <dir>', 'where the cache is kept (default: node_modules/.cache/agendum/ in the repository)')
      .addHelpText('before', `Examples:\n${examples}\n`);

  checkOptions(
    program
      .command('validate')
      .summary('check documents against their schema and the semantic rules')
      .description('Check agenda documents against the JSON Schema of their kind and the semantic rules.'),
    '  agendum validate\n  agendum validate agendas/uitvoeringsagenda.agenda.yaml\n  agendum validate agendas --format json\n  agendum validate --lang nl --quiet\n  agendum validate --format sarif > agendum.sarif',
  ).action(async (paths: string[], options: ValidateOptions) => {
    const { runValidate } = await import('./commands/validate.js');
    exitCode = await runValidate(paths, { ...options, verbose }, io);
  });

  checkOptions(
    program
      .command('timeline')
      .summary('check periods, phases and deadlines, and draw each document\'s timeline')
      .description('Check the time of the documents: periods outside the document\'s period, phase dependencies and cycles, phase plans that do not fit, deadlines passed and open work overdue.')
      .option('--today <date>', 'judge deadlines as of this day, YYYY-MM-DD (default: today in Europe/Amsterdam)'),
    '  agendum timeline\n  agendum timeline agendas/projectplan.agenda.yaml --today 2021-06-01\n  agendum timeline --format json',
  ).action(async (paths: string[], options: TimelineOptions) => {
    const { runTimeline } = await import('./commands/timeline.js');
    exitCode = await runTimeline(paths, { ...options, verbose }, io, io.now ?? new Date());
  });

  checkOptions(
    program
      .command('check')
      .summary('everything: schema, semantic rules and timeline checks (the command for CI)')
      .description('Run every check agendum has: the schema, the semantic rules and the timeline checks.')
      .option('--today <date>', 'judge deadlines as of this day, YYYY-MM-DD (default: today in Europe/Amsterdam)'),
    '  agendum check\n  agendum check --format github\n  agendum check agendas --max-warnings 0',
  ).action(async (paths: string[], options: TimelineOptions) => {
    const { runCheck } = await import('./commands/timeline.js');
    exitCode = await runCheck(paths, { ...options, verbose }, io, io.now ?? new Date());
  });

  program
    .command('diff')
    .summary('what changed in meaning between two versions, and what needs approval')
    .argument('[files...]', 'OLD NEW, or FILE with --from')
    .option('--from <rev>', 'compare FILE at this git revision ...')
    .option('--to <rev>', '... with this revision (default: the working tree)')
    .option('--base <rev>', 'compare every agenda that changed since this revision (the pull-request view)')
    .option('--head <rev>', '... up to this revision (default: the working tree)')
    .option('-f, --format <format>', 'output format: pretty, json, markdown, github; html or pdf for the new version with its changes marked (the redline)', 'pretty')
    .option('-o, --output <file>', 'write the redline (--format html or pdf) to this file')
    .option('--exit-code', 'exit 1 when there are differences')
    .addOption(new Option('--fail-on <level>', 'exit 1 on breaking changes; on those and unapproved approval changes; or on any change').choices(['breaking', 'approval', 'any']))
    .option('--git-driver', 'act as git\'s external diff driver (see README)')
    .addOption(new Option('--lang <lang>', 'language of the messages').choices(['nl', 'en']))
    .option('-c, --config <file>', 'configuration file (default: agendum.config.yaml here or in a parent folder)')
    .addOption(new Option('--color <when>', 'colour output').choices(['auto', 'always', 'never']).default('auto'))
    .addHelpText(
      'before',
      'Examples:\n  agendum diff oud.agenda.yaml nieuw.agenda.yaml\n  agendum diff agendas/uitvoeringsagenda.agenda.yaml --from HEAD~1\n  agendum diff oud.agenda.yaml nieuw.agenda.yaml --format pdf -o wijzigingen.pdf\n  agendum diff --base origin/main --format markdown >> "$GITHUB_STEP_SUMMARY"\n',
    )
    .action(async (files: string[], options: DiffCommandOptions) => {
      const { runDiff } = await import('./commands/diff.js');
      exitCode = await runDiff(files, options, io);
    });

  program
    .command('log')
    .summary('the history of a document in git, each revision with what it changed in meaning')
    .argument('<file>', 'the document')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['pretty', 'json']).default('pretty'))
    .option('-n, --max-count <n>', 'show only the newest N revisions')
    .addOption(new Option('--lang <lang>', 'language of the messages').choices(['nl', 'en']))
    .option('-c, --config <file>', 'configuration file (default: agendum.config.yaml here or in a parent folder)')
    .addOption(new Option('--color <when>', 'colour output').choices(['auto', 'always', 'never']).default('auto'))
    .addHelpText('before', 'Examples:\n  agendum log agendas/uitvoeringsagenda.agenda.yaml\n  agendum log agendas/ontwikkelagenda.agenda.yaml -n 10 --format json\n')
    .action(async (file: string, options: LogOptions) => {
      const { runLog } = await import('./commands/log.js');
      exitCode = await runLog(file, options, io);
    });

  program
    .command('render')
    .summary('render documents as Markdown, printable HTML or PDF')
    .argument('<files...>', 'the documents to render')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'html', 'pdf']).default('html'))
    .option('-t, --template <path>', 'your own template file, or a folder whose partials override the built-in ones by name')
    .option('-o, --output <path>', 'the file to write (or a folder, for several documents); default: standard output')
    .addOption(new Option('--lang <lang>', 'language of the headings (default: the document\'s language)').choices(['nl', 'en']))
    .option('--today <date>', 'the day marked on the timeline chart, YYYY-MM-DD (default: today in Europe/Amsterdam)')
    .addOption(new Option('--color <when>', 'colour output').choices(['auto', 'always', 'never']).default('auto'))
    .addHelpText(
      'before',
      'Examples:\n  agendum render agendas/uitvoeringsagenda.agenda.yaml --format html -o uitvoeringsagenda.html\n  agendum render agendas/*.yaml --format pdf -o afdrukken/\n  agendum render agendas/plan.agenda.yaml --format md --template mijn-templates/\n',
    )
    .action(async (files: string[], options: RenderCommandOptions) => {
      const { runRender } = await import('./commands/render.js');
      exitCode = await runRender(files, options, io);
    });

  program
    .command('init')
    .summary('set up a repository for agendas: examples, configuration, CI workflow, diff driver, editor settings')
    .argument('[dir]', 'the repository folder (default: here)')
    .option('--force', 'overwrite files that exist')
    .addOption(new Option('--lang <lang>', 'language of the messages and of the comments in the files (default: LANG)').choices(['nl', 'en']))
    .addHelpText('before', 'Examples:\n  agendum init\n  agendum init beleid --force\n')
    .action(async (dir: string | undefined, options: InitOptions) => {
      const { runInit } = await import('./commands/init.js');
      exitCode = await runInit(dir, options, io);
    });

  program
    .command('new')
    .summary('start a new document of a kind, valid from the first line')
    .argument('<kind>', `one of ${BUILTIN_KINDS.map((k) => k.kind).join(', ')}, or a kind registered in agendum.config.yaml`)
    .option('--id <id>', 'the document id (kebab-case; default: from the title)')
    .option('--title <title>', 'the document title')
    .option('-o, --output <file>', 'where to write it (default: agendas/ID.agenda.yaml)')
    .option('--stdout', 'print it instead of writing a file')
    .option('-c, --config <file>', 'configuration file (default: agendum.config.yaml here or in a parent folder)')
    .addHelpText('before', 'Examples:\n  agendum new ExecutionAgenda --title "Samen tegen huiselijk geweld 2025 t/m 2028"\n  agendum new ProjectPlan --id projecten-2025 --stdout\n')
    .action(async (kind: string, options: NewOptions) => {
      const { runNew } = await import('./commands/new.js');
      exitCode = await runNew(kind, options, io);
    });

  program
    .command('fmt')
    .summary('rewrite documents in their canonical form, keeping comments')
    .description(
      "Rewrite documents in their canonical form: keys in the order of the kind's schema (except where the writer's order is part of the text, as in a funding statement), two-space indentation, quotes only where YAML needs them. Comments stay; files are written atomically; a second run changes nothing.",
    )
    .argument('[paths...]', 'files or folders (default: agendas/)')
    .option('--check', 'change nothing; exit 1 and list the files that would change')
    .option('-c, --config <file>', 'configuration file (default: agendum.config.yaml here or in a parent folder)')
    .addHelpText('before', 'Examples:\n  agendum fmt\n  agendum fmt --check\n  agendum fmt agendas/plan.agenda.yaml\n')
    .action(async (paths: string[], options: FmtOptions) => {
      const { runFmt } = await import('./commands/fmt.js');
      exitCode = await runFmt(paths, options, io);
    });

  program
    .command('migrate')
    .summary('rewrite documents of an older schemaVersion for the current one, keeping comments')
    .description(
      'Rewrite documents that declare an older schemaVersion for the current one. Only the lines a migration touches change; comments and layout stay. Older versions are still read (with a warning) until they are migrated.',
    )
    .argument('[paths...]', 'files or folders (default: agendas/)')
    .option('--check', 'change nothing; exit 1 and list the files that would be migrated')
    .option('-c, --config <file>', 'configuration file (default: agendum.config.yaml here or in a parent folder)')
    .addOption(new Option('--lang <lang>', 'language of the messages').choices(['nl', 'en']))
    .addOption(new Option('--color <when>', 'colour output').choices(['auto', 'always', 'never']).default('auto'))
    .addHelpText('before', 'Examples:\n  agendum migrate\n  agendum migrate --check\n  agendum migrate agendas/projectplan.agenda.yaml\n')
    .addHelpText('after', `\nMigrations:\n${SCHEMA_CHANGES.map((c) => `  ${c.from} → ${c.to}: ${c.summary}`).join('\n')}\n`)
    .action(async (paths: string[], options: MigrateOptions) => {
      const { runMigrate } = await import('./commands/migrate.js');
      exitCode = await runMigrate(paths, options, io);
    });

  program
    .command('schema')
    .summary("print a kind's JSON Schema (or all kinds), self-contained, for editors and other tools")
    .argument('[kind]', `one of ${BUILTIN_KINDS.map((k) => k.kind).join(', ')}, or a kind registered in agendum.config.yaml; all kinds when left out`)
    .option('-c, --config <file>', 'configuration file (default: agendum.config.yaml here or in a parent folder)')
    .addHelpText('before', 'Examples:\n  agendum schema ExecutionAgenda > execution-agenda.schema.json\n  agendum schema > agendum.schema.json\n')
    .action(async (kind: string | undefined, options: { config?: string }) => {
      const { runSchema } = await import('./commands/schema.js');
      exitCode = await runSchema(kind, options, io);
    });

  program
    .command('preview')
    .summary('serve a document\'s HTML on localhost and reload it when the file changes')
    .argument('<file>', 'the document to preview')
    .option('-p, --port <port>', 'port on 127.0.0.1 (default: a free one)')
    .addOption(new Option('--lang <lang>', 'language of the messages').choices(['nl', 'en']))
    .addHelpText('before', 'Examples:\n  agendum preview agendas/uitvoeringsagenda.agenda.yaml\n  agendum preview agendas/plan.agenda.yaml --port 8080\n')
    .action(async (file: string, options: PreviewOptions) => {
      const { runPreview } = await import('./commands/preview.js');
      exitCode = await runPreview(file, options, io);
    });

  program
    .command('progress')
    .summary('the monitoring report: where every action, project and phase stands, what is late or due soon')
    .description(
      'Report where every piece of work of the documents stands (done, in progress, not started, dropped, no status), which are late (their end or deadline passed and not done) and which are due soon, counted per document, per part (theme, action line, project) and per owner. With --as-of, the documents as committed on that day; with --since, what moved since a revision.',
    )
    .argument('[paths...]', 'files or folders (default: agendas/)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['pretty', 'md', 'html', 'pdf', 'json', 'csv']).default('pretty'))
    .option('-o, --output <file>', 'the file to write (default: standard output)')
    .option('--today <date>', 'the day to judge by, YYYY-MM-DD (default: today in Europe/Amsterdam)')
    .option('--within <length>', 'what counts as due soon: 8w, 30d, 2m', '8w')
    .option('--as-of <date>', 'the documents as committed in git on or before this day, judged as of that day')
    .option('--since <rev>', 'also list what moved since this git revision: finished, started, newly late')
    .addOption(new Option('--lang <lang>', 'language of the report (default: from agendum.config.yaml or LANG)').choices(['nl', 'en']))
    .option('-c, --config <file>', 'configuration file (default: agendum.config.yaml here or in a parent folder)')
    .addOption(new Option('--color <when>', 'colour output').choices(['auto', 'always', 'never']).default('auto'))
    .addHelpText(
      'before',
      'Examples:\n  agendum progress examples/agendas-regio --today 2024-06-30\n  agendum progress --within 4w --format md >> "$GITHUB_STEP_SUMMARY"\n  agendum progress --as-of 2025-01-01 --since v1.0 --format pdf -o voortgang.pdf\n  agendum progress --format csv -o voortgang.csv\n',
    )
    .action(async (paths: string[], options: ProgressOptions) => {
      const { runProgress } = await import('./commands/progress.js');
      exitCode = await runProgress(paths, options, io);
    });

  program
    .command('export')
    .summary('deadlines, milestones and phases for a calendar (ics), all work for a spreadsheet (csv), a gantt chart (mermaid)')
    .description(
      'Export the documents: --format ics gives every deadline, milestone and phase as an all-day calendar event with a stable UID (a calendar that subscribes updates its events); csv gives one row per piece of work (document, number, title, owner, period, status) for a Dutch spreadsheet; mermaid gives each document\'s timeline as a Mermaid gantt chart.',
    )
    .argument('[paths...]', 'files or folders (default: agendas/)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['ics', 'csv', 'mermaid']).default('ics'))
    .option('-o, --output <file>', 'the file to write (default: standard output)')
    .option('--today <date>', 'the day the calendar is stamped with and the chart marks, YYYY-MM-DD (default: today in Europe/Amsterdam)')
    .addOption(new Option('--lang <lang>', 'language of the export (default: from agendum.config.yaml or LANG)').choices(['nl', 'en']))
    .option('-c, --config <file>', 'configuration file (default: agendum.config.yaml here or in a parent folder)')
    .addOption(new Option('--color <when>', 'colour output').choices(['auto', 'always', 'never']).default('auto'))
    .addHelpText(
      'before',
      'Examples:\n  agendum export examples/plannen --format ics -o deadlines.ics\n  agendum export --format csv -o werkzaamheden.csv\n  agendum export agendas/projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml --format mermaid\n',
    )
    .action(async (paths: string[], options: ExportOptions) => {
      const { runExport } = await import('./commands/export.js');
      exitCode = await runExport(paths, options, io);
    });

  program
    .command('site')
    .summary('a static website of all documents: index, each document in HTML and PDF, history, progress, organisations, funders, search')
    .description(
      'Build a static website of the documents: an index by kind, status and period; a page per document with its text in HTML and PDF, its links to other documents both ways and its history in git; the progress report; a page per organisation (what it owns or funds) and per funder (totals per year); and a search over all text that works offline. Links are relative, so the site works from disk and from any static host. A second build renders again only the documents that changed.',
    )
    .argument('[paths...]', 'files or folders (default: agendas/)')
    .option('-o, --output <dir>', 'the folder to build the site in', 'site')
    .option('--no-pdf', 'leave out the PDF of each document (faster; no Chromium needed)')
    .option('--no-history', 'leave out the history of each document in git')
    .option('--today <date>', 'the day the progress report and the charts are for, YYYY-MM-DD (default: today in Europe/Amsterdam)')
    .option('--within <length>', 'what the progress report counts as due soon: 8w, 30d, 2m', '8w')
    .addOption(new Option('--lang <lang>', 'language of the site (default: from agendum.config.yaml or LANG)').choices(['nl', 'en']))
    .option('-c, --config <file>', 'configuration file (default: agendum.config.yaml here or in a parent folder)')
    .addOption(new Option('--color <when>', 'colour output').choices(['auto', 'always', 'never']).default('auto'))
    .addHelpText('before', 'Examples:\n  agendum site -o site/\n  agendum site agendas examples --no-pdf -o /tmp/voorbeeld-site\n')
    .action(async (paths: string[], options: SiteOptions) => {
      const { runSite } = await import('./commands/site.js');
      exitCode = await runSite(paths, options, io);
    });

  program
    .command('completion')
    .summary('print a shell completion script')
    .argument('<shell>', 'bash or zsh')
    .addHelpText('before', 'Examples:\n  source <(agendum completion bash)\n  agendum completion zsh > ~/.zsh/completions/_agendum\n')
    .action(async (shell: string) => {
      const { runCompletion } = await import('./commands/completion.js');
      exitCode = runCompletion(shell, program, io);
    });

  try {
    await program.parseAsync([...io.argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      const benign = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
      return benign.includes(error.code) || error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.stderr.write(printable(`agendum: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}`));
      return 2;
    }
    const failure = error instanceof Error ? error : new Error(String(error));
    io.stderr.write(printable(`agendum: internal error: ${failure.message}\n`));
    io.stderr.write(verbose && failure.stack ? `${failure.stack}\n` : 'Run again with --verbose for details.\n');
    return 2;
  }
}
