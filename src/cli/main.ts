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
import { commandLineLang } from './lang.js';
import { CLI_MESSAGES } from './messages.js';
import { packageVersion } from './version.js';
import type { HelpKey } from './help.js';
import { commanderError, helpText, localiseHelp } from './help.js';
import type { Message, MessageData } from '../core/i18n.js';
import { formatMessage } from '../core/i18n.js';

/**
 * Runs the agendum command line and returns its exit code: 0 no errors, 1 errors in the
 * documents, 2 usage errors and failures of the tool itself.
 */
export async function main(io: CliIO): Promise<number> {
  let exitCode = 0;
  const verbose = io.argv.includes('--verbose');
  const lang = commandLineLang(io);
  const helpMessage = (message: Message, data?: MessageData) => formatMessage(message, lang, data);
  const h = (key: HelpKey, data?: Record<string, string>) => helpText(lang, key, data);
  const examples = (key: HelpKey) => `${h('examples')}\n${h(key)}\n`;
  const langOption = (key: HelpKey = 'langMessages') => new Option('--lang <lang>', h(key)).choices(['nl', 'en']);
  const colorOption = () => new Option('--color <when>', h('color')).choices(['auto', 'always', 'never']).default('auto');
  const kindNames = BUILTIN_KINDS.map((k) => k.kind).join(', ');
  const program = new Command('agendum')
    .description(h('program'))
    .version(packageVersion(), '-V, --version', h('version'))
    .option('--verbose', h('verbose'))
    .addHelpText('before', examples('programExamples'))
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(commanderError(text, lang)),
    });

  const checkOptions = (command: Command, examplesKey: HelpKey): Command =>
    command
      .argument(h('argPaths'), h('paths'))
      .option('-f, --format <format>', h('format', { formats: CHECK_FORMAT_NAMES.join(', ') }))
      .addOption(langOption())
      .option('-q, --quiet', h('quiet'))
      .option('--max-warnings <n>', h('maxWarnings'))
      .addOption(new Option('--fail-on <severity>', h('failOn')).choices(['error', 'warning']).default('error'))
      .option('-c, --config <file>', h('config'))
      .addOption(colorOption())
      .option('--cache', h('cache'))
      .option('--no-cache', h('noCache'))
      .option('--cache-location <dir>', h('cacheLocation'))
      .addHelpText('before', examples(examplesKey));

  checkOptions(program.command('validate').summary(h('validateSummary')).description(h('validateDescription')), 'validateExamples').action(
    async (paths: string[], options: ValidateOptions) => {
      const { runValidate } = await import('./commands/validate.js');
      exitCode = await runValidate(paths, { ...options, verbose }, io);
    },
  );

  checkOptions(
    program.command('timeline').summary(h('timelineSummary')).description(h('timelineDescription')).option('--today <date>', h('today')),
    'timelineExamples',
  ).action(async (paths: string[], options: TimelineOptions) => {
    const { runTimeline } = await import('./commands/timeline.js');
    exitCode = await runTimeline(paths, { ...options, verbose }, io, io.now ?? new Date());
  });

  checkOptions(program.command('check').summary(h('checkSummary')).description(h('checkDescription')).option('--today <date>', h('today')), 'checkExamples').action(
    async (paths: string[], options: TimelineOptions) => {
      const { runCheck } = await import('./commands/timeline.js');
      exitCode = await runCheck(paths, { ...options, verbose }, io, io.now ?? new Date());
    },
  );

  program
    .command('diff')
    .summary(h('diffSummary'))
    .description(h('diffDescription'))
    .argument(h('argFiles'), h('diffFiles'))
    .option('--from <rev>', h('diffFrom'))
    .option('--to <rev>', h('diffTo'))
    .option('--base <rev>', h('diffBase'))
    .option('--head <rev>', h('diffHead'))
    .option('-f, --format <format>', h('diffFormat'), 'pretty')
    .option('-o, --output <file>', h('diffOutput'))
    .option('--exit-code', h('diffExitCode'))
    .addOption(new Option('--fail-on <level>', h('diffFailOn')).choices(['breaking', 'approval', 'any']))
    .option('--git-driver', h('diffGitDriver'))
    .addOption(langOption())
    .option('-c, --config <file>', h('config'))
    .addOption(colorOption())
    .addHelpText('before', examples('diffExamples'))
    .action(async (files: string[], options: DiffCommandOptions) => {
      const { runDiff } = await import('./commands/diff.js');
      exitCode = await runDiff(files, options, io);
    });

  program
    .command('log')
    .summary(h('logSummary'))
    .description(h('logDescription'))
    .argument(h('argFile'), h('logFile'))
    .addOption(new Option('-f, --format <format>', h('logFormat')).choices(['pretty', 'json']).default('pretty'))
    .option('-n, --max-count <n>', h('logMaxCount'))
    .addOption(langOption())
    .option('-c, --config <file>', h('config'))
    .addOption(colorOption())
    .addHelpText('before', examples('logExamples'))
    .action(async (file: string, options: LogOptions) => {
      const { runLog } = await import('./commands/log.js');
      exitCode = await runLog(file, options, io);
    });

  program
    .command('render')
    .summary(h('renderSummary'))
    .description(h('renderDescription'))
    .argument(h('argSomeFiles'), h('renderFiles'))
    .addOption(new Option('-f, --format <format>', h('renderFormat')).choices(['md', 'html', 'pdf']).default('html'))
    .option('-t, --template <path>', h('renderTemplate'))
    .option('-o, --output <path>', h('renderOutput'))
    .addOption(langOption('renderLang'))
    .option('--today <date>', h('renderToday'))
    .addOption(colorOption())
    .addHelpText('before', examples('renderExamples'))
    .action(async (files: string[], options: RenderCommandOptions) => {
      const { runRender } = await import('./commands/render.js');
      exitCode = await runRender(files, options, io);
    });

  program
    .command('init')
    .summary(h('initSummary'))
    .description(h('initDescription'))
    .argument(h('argDir'), h('initDir'))
    .option('--force', h('initForce'))
    .addOption(langOption('langInit'))
    .addHelpText('before', examples('initExamples'))
    .action(async (dir: string | undefined, options: InitOptions) => {
      const { runInit } = await import('./commands/init.js');
      exitCode = await runInit(dir, options, io);
    });

  program
    .command('new')
    .summary(h('newSummary'))
    .description(h('newDescription'))
    .argument(h('argKind'), h('newKind', { kinds: kindNames }))
    .option('--id <id>', h('newId'))
    .option('--title <title>', h('newTitle'))
    .option('-o, --output <file>', h('newOutput'))
    .option('--stdout', h('newStdout'))
    .addOption(langOption())
    .option('-c, --config <file>', h('config'))
    .addHelpText('before', examples('newExamples'))
    .action(async (kind: string, options: NewOptions) => {
      const { runNew } = await import('./commands/new.js');
      exitCode = await runNew(kind, options, io);
    });

  program
    .command('fmt')
    .summary(h('fmtSummary'))
    .description(h('fmtDescription'))
    .argument(h('argPaths'), h('fmtPaths'))
    .option('--check', h('fmtCheck'))
    .addOption(langOption())
    .option('-c, --config <file>', h('config'))
    .addHelpText('before', examples('fmtExamples'))
    .action(async (paths: string[], options: FmtOptions) => {
      const { runFmt } = await import('./commands/fmt.js');
      exitCode = await runFmt(paths, options, io);
    });

  program
    .command('migrate')
    .summary(h('migrateSummary'))
    .description(h('migrateDescription'))
    .argument(h('argPaths'), h('fmtPaths'))
    .option('--check', h('migrateCheck'))
    .option('-c, --config <file>', h('config'))
    .addOption(langOption())
    .addOption(colorOption())
    .addHelpText('before', examples('migrateExamples'))
    .addHelpText('after', `\n${h('migrations')}\n${SCHEMA_CHANGES.map((c) => `  ${c.from} → ${c.to}: ${c.summary[lang]}`).join('\n')}\n`)
    .action(async (paths: string[], options: MigrateOptions) => {
      const { runMigrate } = await import('./commands/migrate.js');
      exitCode = await runMigrate(paths, options, io);
    });

  program
    .command('schema')
    .summary(h('schemaSummary'))
    .description(h('schemaDescription'))
    .argument(h('argMaybeKind'), h('schemaKind', { kinds: kindNames }))
    .addOption(langOption())
    .option('-c, --config <file>', h('config'))
    .addHelpText('before', examples('schemaExamples'))
    .action(async (kind: string | undefined, options: { config?: string }) => {
      const { runSchema } = await import('./commands/schema.js');
      exitCode = await runSchema(kind, options, io);
    });

  program
    .command('preview')
    .summary(h('previewSummary'))
    .description(h('previewDescription'))
    .argument(h('argFile'), h('previewFile'))
    .option('-p, --port <port>', h('previewPort'))
    .addOption(langOption())
    .addHelpText('before', examples('previewExamples'))
    .action(async (file: string, options: PreviewOptions) => {
      const { runPreview } = await import('./commands/preview.js');
      exitCode = await runPreview(file, options, io);
    });

  program
    .command('progress')
    .summary(h('progressSummary'))
    .description(h('progressDescription'))
    .argument(h('argPaths'), h('paths'))
    .addOption(new Option('-f, --format <format>', h('progressFormat')).choices(['pretty', 'md', 'html', 'pdf', 'json', 'csv']).default('pretty'))
    .option('-o, --output <file>', h('progressOutput'))
    .option('--today <date>', h('progressToday'))
    .option('--within <length>', h('progressWithin'), '8w')
    .option('--as-of <date>', h('progressAsOf'))
    .option('--since <rev>', h('progressSince'))
    .addOption(langOption('langReport'))
    .option('-c, --config <file>', h('config'))
    .addOption(colorOption())
    .addHelpText('before', examples('progressExamples'))
    .action(async (paths: string[], options: ProgressOptions) => {
      const { runProgress } = await import('./commands/progress.js');
      exitCode = await runProgress(paths, options, io);
    });

  program
    .command('export')
    .summary(h('exportSummary'))
    .description(h('exportDescription'))
    .argument(h('argPaths'), h('paths'))
    .addOption(new Option('-f, --format <format>', h('exportFormat')).choices(['ics', 'csv', 'mermaid']).default('ics'))
    .option('-o, --output <file>', h('progressOutput'))
    .option('--today <date>', h('exportToday'))
    .addOption(langOption('langExport'))
    .option('-c, --config <file>', h('config'))
    .addOption(colorOption())
    .addHelpText('before', examples('exportExamples'))
    .action(async (paths: string[], options: ExportOptions) => {
      const { runExport } = await import('./commands/export.js');
      exitCode = await runExport(paths, options, io);
    });

  program
    .command('site')
    .summary(h('siteSummary'))
    .description(h('siteDescription'))
    .argument(h('argPaths'), h('paths'))
    .option('-o, --output <dir>', h('siteOutput'), 'site')
    .option('--no-pdf', h('siteNoPdf'))
    .option('--no-history', h('siteNoHistory'))
    .option('--today <date>', h('siteToday'))
    .option('--within <length>', h('siteWithin'), '8w')
    .addOption(langOption('langSite'))
    .option('-c, --config <file>', h('config'))
    .addOption(colorOption())
    .addHelpText('before', examples('siteExamples'))
    .action(async (paths: string[], options: SiteOptions) => {
      const { runSite } = await import('./commands/site.js');
      exitCode = await runSite(paths, options, io);
    });

  program
    .command('completion')
    .summary(h('completionSummary'))
    .description(h('completionDescription'))
    .argument(h('argShell'), h('completionShell'))
    .addOption(langOption())
    .addHelpText('before', examples('completionExamples'))
    .action(async (shell: string) => {
      const { runCompletion } = await import('./commands/completion.js');
      exitCode = runCompletion(shell, program, io, lang);
    });

  localiseHelp(program, lang);

  try {
    await program.parseAsync([...io.argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      const benign = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
      return benign.includes(error.code) || error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      const { word } = await import('../i18n/catalogue.js');
      const hint = error.hint === undefined ? '' : `${word(CLI_MESSAGES.text('hint'), lang)} ${word(error.hint, lang)}\n`;
      io.stderr.write(printable(`agendum: ${word(error.text, lang)}\n${hint}`));
      return 2;
    }
    const failure = error instanceof Error ? error : new Error(String(error));
    io.stderr.write(printable(`agendum: ${helpMessage(CLI_MESSAGES.messages.internalError, { reason: failure.message })}\n`));
    io.stderr.write(verbose && failure.stack ? `${failure.stack}\n` : `${helpMessage(CLI_MESSAGES.messages.runVerbose)}\n`);
    return 2;
  }
}
