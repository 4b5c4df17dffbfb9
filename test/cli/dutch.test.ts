import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startPreview } from '../../src/cli/commands/preview.js';
import { catalogueIn } from '../../src/i18n/catalogue.js';
import { ROOT, runBinary, runInProcess } from '../support/cli.js';
import { newRepository } from '../support/git.js';

// With language nl (--lang nl, `language: nl` in agendum.config.yaml, or a Dutch locale) every word
// agendum prints is Dutch, and with language en every word is English. Each command runs through
// the built binary: on the seeds, the examples and the broken fixtures in every format, and along
// its error and usage paths (unknown options, missing arguments, bad values, broken configurations,
// broken templates, no usable Chromium). What it prints, less what it quotes from the documents and
// other programs (quoted text, paths, codes, field names, option values, what Chromium said), must
// hold no English in Dutch (no English message of the catalogue and none of a list of English words),
// and no Dutch message of the catalogue in English.

const DOCUMENTS = ['agendas', 'examples', 'test/fixtures/invalid', 'test/fixtures/warning'];
const OLD = 'examples/agendas-regio/meerjarenagenda-steunpunt-wijkteams-2017-2020.agenda.yaml';
const NEW = 'examples/agendas-regio/meerjarenagenda-steunpunt-wijkteams-2021-2024.agenda.yaml';
const PLAN = 'agendas/projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml';
const MONITOR = 'test/fixtures/monitor';
const TODAY = ['--today', '2024-06-30'];
const COMMANDS = ['validate', 'timeline', 'check', 'diff', 'log', 'render', 'progress', 'export', 'site', 'init', 'new', 'fmt', 'migrate', 'schema', 'preview', 'completion'];

/**
 * English words that no Dutch sentence holds (matched as whole words, case-insensitively). Words
 * that are Dutch too (in, is, of, door, over, was, die, best, kind, late, start, label, document, code) are not listed.
 */
const ENGLISH_WORDS = [
  'the', 'must', 'is not', 'are', 'should', 'would', 'could', 'cannot', 'does not', 'did not', "doesn't", "don't", 'has', 'have', 'been', 'were', 'will',
  'error', 'errors', 'warning', 'warnings', 'hint', 'usage', 'options', 'arguments', 'commands', 'examples', 'display', 'help for', 'file', 'files',
  'folder', 'checked', 'problems', 'missing', 'unknown', 'invalid', 'would be', 'with', 'without', 'which', 'this', 'these', 'there', 'where',
  'when', 'from', 'into', 'only', 'than', 'and', 'or', 'not', 'to', 'at', 'it', 'its', 'one', 'more', 'expected', 'allowed', 'required',
  'property', 'value', 'did you mean', 'wrote', 'written', 'created', 'formatted', 'migrated', 'nothing', 'level', 'change', 'changes', 'what',
  'breaking', 'approval', 'info', 'needs', 'found', 'looked', 'print', 'failed', 'template', 'templates', 'syntax', 'defined', 'partial',
  'today', 'ongoing', 'recurring', 'worst', 'case', 'target', 'outcomes', 'parts', 'length', 'due', 'done', 'soon', 'none', 'yes',
  'executable', 'started', 'kinds', 'registered', 'again', 'another', 'name', 'built', 'rendered', 'anew', 'watching',
  'answers', 'comment', 'for', 'on', 'by', 'if', 'all', 'any', 'each', 'every', 'some', 'other', 'after', 'before', 'about', 'you', 'your',
];

/** Dutch words that agendum's own sentences use and no English sentence does (whole words). */
const DUTCH_WORDS = ['fout', 'fouten', 'waarschuwing', 'waarschuwingen', 'tip', 'bestaat', 'ontbreekt', 'onbekende', 'sjabloon', 'niet gevonden', 'geschreven', 'kan geen', 'gebruik', 'opties', 'vandaag', 'gunstigste'];

/** The literal parts (of some length) of a language's messages in the catalogue that the other language's do not share. */
function messagesOnlyIn(lang: 'en' | 'nl'): string[] {
  const own = catalogueIn(lang);
  const other = catalogueIn(lang === 'en' ? 'nl' : 'en');
  const otherText = [...other.values()].join('\n');
  const parts = new Set<string>();
  for (const [id, text] of own) {
    if (text === other.get(id)) continue;
    for (const part of text.split(/\{\w+\}/)) {
      const trimmed = part.trim();
      if (trimmed.length >= 14 && /[a-z] [a-z]/i.test(trimmed) && !otherText.includes(trimmed)) parts.add(trimmed);
    }
  }
  return [...parts];
}

/**
 * What agendum itself says: the output less what it quotes from the documents and the names
 * it must keep as they are (quoted text, paths, rule codes, field paths, option names, the
 * literal values of options and YAML, the property names of workflow commands and calendars,
 * the style sheets of HTML).
 */
export function ownWords(text: string): string {
  return (
    text
      // The characters a page escapes.
      .replace(/&quot;/g, '"')
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      // A page's style sheet and script.
      .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
      // Lines quoted from the documents (code frames), with the carets under them.
      .replace(/^ *\d+ \|.*$/gm, ' ')
      .replace(/^ *\| *\^+.*$/gm, ' ')
      // Workflow commands: the properties go, the words of a title stay (the level of a change).
      .replace(/^::(?:error|warning|notice) ([^\n]*?)::/gm, (_whole, properties: string) => ` ${/(?:^|,)title=([^,]*)/.exec(properties)?.[1] ?? ''} `)
      .replace(/\b(?:agendas|examples)\b/g, ' ')
      .replace(/"[^"\n]*"|'[^'\n]*'|“[^”\n]*”|`[^`\n]*`/g, ' ')
      // Template syntax ({{#if veld}}).
      .replace(/\{\{[^}\n]*\}\}/g, ' ')
      // The values an option takes, as they must be typed ("Toegestaan: error, warning", "Gebruik breaking, approval of any").
      .replace(/\b(?:Toegestaan:|Allowed choices are|Gebruik een van:|Use one of:|Gebruik|Use)((?:\s+[a-z0-9-]+,)*\s+[a-z0-9-]+(?:\s+(?:of|or)\s+[a-z0-9-]+)?)\.?/g, ' ')
      .replace(/<\/?[a-z]+[^>]*>/g, ' ')
      .replace(/--?[a-z][a-z-]*/g, ' ')
      .replace(/\S*[/.\\_[\]]\S*/g, ' ')
      .replace(/\b[a-z]+[A-Z]\w*\b/g, ' ')
      .replace(/[│┃|]/g, ' ')
  );
}

function wordsIn(text: string, words: readonly string[], messages: readonly string[], label: string): string[] {
  const found: string[] = [];
  for (const message of messages) if (text.includes(message)) found.push(`message: ${message}`);
  const own = ownWords(text);
  for (const word of words) {
    const match = new RegExp(`(?:^|[^\\p{L}])(${word.replace(/ /g, '\\s+')})(?![\\p{L}])`, 'iu').exec(own);
    if (match) found.push(`${label} "${word}" in …${own.slice(Math.max(0, match.index - 40), match.index + 40).replace(/\s+/g, ' ')}…`);
  }
  return found;
}

/** The English a piece of output holds, as a list of findings (empty when it holds none). */
export function englishIn(text: string, messages: readonly string[] = messagesOnlyIn('en')): string[] {
  return wordsIn(text, ENGLISH_WORDS, messages, 'word');
}

/** The Dutch of agendum's own that a piece of output holds (the documents' own Dutch aside). */
export function dutchIn(text: string, messages: readonly string[] = messagesOnlyIn('nl')): string[] {
  return wordsIn(text, DUTCH_WORDS, messages, 'Dutch word');
}

/** What a JSON report says in words: the messages and hints of its findings. */
function jsonWords(stdout: string): string {
  const report = JSON.parse(stdout) as { diagnostics: { message: string; hint?: string; related?: { message: string }[] }[] };
  return report.diagnostics.flatMap((d) => [d.message, d.hint ?? '', ...(d.related ?? []).map((r) => r.message)]).join('\n');
}

/** What a SARIF log says in words: its rules' descriptions and its results' messages. */
function sarifWords(stdout: string): string {
  const log = JSON.parse(stdout) as { runs: { tool: { driver: { rules: { fullDescription: { text: string } }[] } }; results: { message: { text: string } }[] }[] };
  const [run] = log.runs;
  return [...run!.tool.driver.rules.map((r) => r.fullDescription.text), ...run!.results.map((r) => r.message.text)].join('\n');
}

/** What a completion script says in words (the rest is shell): its comments, the commands' summaries, the name of a file argument. */
const completionWords = (stdout: string) =>
  [...stdout.matchAll(/^# (.*)$/gm), ...stdout.matchAll(/^ {4}'[a-z]+:(.*)'$/gm), ...stdout.matchAll(/'\*:([^:']+):_files'/g)].map((m) => m[1]!.replace(/\\:/g, ':')).join('\n');

/** What a calendar says in words: its lines unfolded, without its property names, with its line breaks. */
const calendarWords = (stdout: string) => stdout.replace(/\r?\n[ \t]/g, '').replace(/^[A-Z][A-Z0-9-]*(?:;[^:\r\n]*)?:/gm, ' ').replace(/\\n/g, '\n');

interface Case {
  readonly name: string;
  readonly args: readonly string[];
  /**
   * How the language is chosen: `--lang` (the default), the configuration of the folder the
   * command runs in (`language: nl`; English with `--lang en`), or the locale (`LANG`).
   */
  readonly by?: 'flag' | 'config' | 'locale';
  /** The folder to run in (the repository by default). */
  readonly cwd?: () => string;
  readonly env?: () => Record<string, string>;
  /** What the output says in words, where it is not all words (JSON). */
  readonly words?: (stdout: string) => string;
  /** Takes out what the output quotes from another program. */
  readonly quoted?: (text: string) => string;
  /** What the output must say, in each language: proof that the case reaches the words it is about. */
  readonly says?: { readonly nl: readonly (string | RegExp)[]; readonly en: readonly (string | RegExp)[] };
  /** Runs that print nothing in one language print nothing in the other either (a help's exit, a version). */
  readonly silent?: boolean;
  /** Runs as a process of its own, where the words come from the program's start (its error handler, commander's usage). */
  readonly binary?: boolean;
}

/** Folders made once for the cases: a repository of its own, and files to point AGENDUM_CHROMIUM at. */
const place = {
  /** A git repository with `language: nl`, a kind of its own whose templates fail, and two versions of a plan. */
  repository: '',
  /** Folders whose configurations are broken, each in one way. */
  configs: {} as Record<string, string>,
  /** A folder without configuration, for the locale. */
  empty: '',
  /** Scratch room for output. */
  scratch: '',
  /** An output folder with a link in it that leads out of it, and a copy of the plan under the same name elsewhere. */
  linked: '',
  samePlan: '',
  /** A file that is not a program, a program that exits at once, a folder, and an empty PATH. */
  notExecutable: '',
  quits: '',
  folder: '',
  emptyPath: '',
  /** Templates that fail, each in its own way. */
  templates: {} as Record<string, string>,
};

const COMMON_SCHEMA = path.join(ROOT, 'schemas', 'common.schema.json');

function setUp(): void {
  const base = mkdtempSync(path.join(tmpdir(), 'agendum-dutch-'));
  place.scratch = path.join(base, 'uit');
  mkdirSync(place.scratch);
  place.linked = path.join(base, 'met-koppeling');
  mkdirSync(place.linked);
  symlinkSync(path.join(base, 'elders.html'), path.join(place.linked, 'projectplan-huiselijk-geweld-zhz-2020-2021.html'));
  mkdirSync(path.join(base, 'kopie'));
  place.samePlan = path.join(base, 'kopie', path.basename(PLAN));
  copyFileSync(path.join(ROOT, PLAN), place.samePlan);
  place.empty = path.join(base, 'leeg');
  mkdirSync(place.empty);
  // Two versions of an agenda away from the examples, whose configuration says nl.
  copyFileSync(path.join(ROOT, OLD), path.join(place.empty, 'oud.agenda.yaml'));
  copyFileSync(path.join(ROOT, NEW), path.join(place.empty, 'nieuw.agenda.yaml'));
  place.emptyPath = path.join(base, 'geen-programma');
  mkdirSync(place.emptyPath);
  place.folder = path.join(base, 'een-map');
  mkdirSync(place.folder);
  place.notExecutable = path.join(base, 'chromium.txt');
  writeFileSync(place.notExecutable, 'geen browser\n');
  place.quits = path.join(base, 'stopt-meteen');
  writeFileSync(place.quits, '#!/bin/sh\nexit 1\n');
  chmodSync(place.quits, 0o755);

  const templates = path.join(base, 'sjablonen');
  mkdirSync(path.join(templates, 'leeg'), { recursive: true });
  writeFileSync(path.join(templates, 'leeg', 'LEESMIJ.txt'), 'geen sjablonen\n');
  const template = (name: string, text: string) => {
    writeFileSync(path.join(templates, name), text);
    place.templates[name] = path.join(templates, name);
  };
  template('syntaxis.hbs', '# {{title}}\n{{#if subtitle}\n');
  template('open-blok.hbs', '# {{title}}\n{{#if subtitle}}x\n');
  template('helper.hbs', '# {{title}}\n\n{{roep title}}\n');
  template('deelsjabloon.hbs', '# {{title}}\n{{> voettekst}}\n');
  template('veld.hbs', '# {{title}}\n{{#each projects}}{{ondertitel}}{{/each}}\n');
  template('door-tekst.hbs', '# {{title}}\n{{title.length}}\n');
  template('zonder-waarde.hbs', '# {{title}}\n{{prose nergens.hier}}\n');
  template('blokken.hbs', '# {{title}}\n{{#if subtitle}}x{{/unless}}\n');
  template('label.hbs', '# {{title}}\n{{fieldLabel "zork"}}\n');
  place.templates.leeg = path.join(templates, 'leeg');

  // The repository: Dutch by its configuration, with a kind of its own whose document template is broken.
  const { dir, git } = newRepository('agendum-dutch-repo-');
  place.repository = dir;
  mkdirSync(path.join(dir, 'agendas'));
  mkdirSync(path.join(dir, 'schemas'));
  mkdirSync(path.join(dir, 'sjablonen', 'startnotitie'), { recursive: true });
  const common = path.relative(path.join(dir, 'schemas'), COMMON_SCHEMA).split(path.sep).join('/');
  writeFileSync(
    path.join(dir, 'schemas', 'startnotitie.schema.json'),
    JSON.stringify({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'Startnotitie',
      type: 'object',
      additionalProperties: false,
      required: ['aanleiding'],
      properties: { aanleiding: { title: 'Aanleiding', $ref: `${common}#/$defs/paragraphs` } },
    }),
  );
  writeFileSync(path.join(dir, 'sjablonen', 'startnotitie', 'document.hbs'), '# {{title}}\n{{#each aanleiding}}{{this}\n{{/each}}\n');
  writeFileSync(
    path.join(dir, 'agendum.config.yaml'),
    'language: nl\nkinds:\n  - kind: Startnotitie\n    schema: schemas/startnotitie.schema.json\n    templates: sjablonen/startnotitie\n    label: { nl: Startnotitie, en: Project start note }\n',
  );
  writeFileSync(
    path.join(dir, 'agendas', 'startnotitie.agenda.yaml'),
    'schemaVersion: 3\nkind: Startnotitie\nid: startnotitie-fietsroute\ntitle: Startnotitie snelfietsroute\naanleiding:\n  - De provincie wil het fietsen tussen de steden stimuleren.\n',
  );
  const plan = readFileSync(path.join(ROOT, PLAN), 'utf8');
  writeFileSync(path.join(dir, 'agendas', 'plan.agenda.yaml'), plan);
  git('add', '-A');
  git('commit', '-qm', 'Eerste versie van het plan');
  writeFileSync(path.join(dir, 'agendas', 'plan.agenda.yaml'), plan.replace('period: 2020 – 2021', 'period: 2020 – 2020'));
  git('commit', '-qam', 'Het plan een jaar korter');

  // Configurations that are broken, each in one way.
  const config = (name: string, text: string, files: Record<string, string> = {}) => {
    const folder = path.join(base, 'configuraties', name);
    mkdirSync(path.join(folder, 'agendas'), { recursive: true });
    copyFileSync(path.join(ROOT, PLAN), path.join(folder, 'agendas', 'plan.agenda.yaml'));
    writeFileSync(path.join(folder, 'agendum.config.yaml'), text);
    for (const [file, content] of Object.entries(files)) writeFileSync(path.join(folder, file), content);
    place.configs[name] = folder;
  };
  config('onbekende-regel', 'language: nl\nrules:\n  ref/bestaat-niet: warning\n');
  config('eigen-soort-bestaat', 'language: nl\nkinds:\n  - kind: ProjectPlan\n    schema: plan.schema.json\n', { 'plan.schema.json': '{"type": "object"}' });
  config('soort-twee-keer', 'language: nl\nkinds:\n  - kind: Notitie\n    schema: notitie.schema.json\n  - kind: Notitie\n    schema: notitie.schema.json\n', { 'notitie.schema.json': '{"type": "object"}' });
  config('schema-ontbreekt', 'language: nl\nkinds:\n  - kind: Notitie\n    schema: bestaat-niet.schema.json\n');
  config('schema-geen-json', 'language: nl\nkinds:\n  - kind: Notitie\n    schema: notitie.schema.json\n', { 'notitie.schema.json': '{ kapot' });
  config('schema-onbruikbaar', 'language: nl\nkinds:\n  - kind: Notitie\n    schema: notitie.schema.json\n', { 'notitie.schema.json': '{"$ref": "#/$defs/nergens"}' });
  config('geen-yaml', 'language: nl\nrules: [kapot\n');
}

const inRepository = () => place.repository;
const chromium = (file: () => string) => () => ({ AGENDUM_CHROMIUM: file() });
const output = (name: string) => path.join(place.scratch, name);

const CASES: Case[] = [
  // The seeds, the examples and the broken fixtures, in every format.
  ...['pretty', 'markdown', 'junit', 'github'].map((format) => ({ name: `check --format ${format}`, args: ['check', ...DOCUMENTS, '--format', format, ...TODAY, '--no-cache'] })),
  { name: 'check --format json', args: ['check', ...DOCUMENTS, '--format', 'json', ...TODAY, '--no-cache'], words: jsonWords },
  {
    name: 'check --format sarif',
    args: ['check', ...DOCUMENTS, '--format', 'sarif', ...TODAY, '--no-cache'],
    words: sarifWords,
    says: { nl: ['Elke `id` is uniek binnen zijn document.'], en: ['Every `id` is unique within its document.'] },
  },
  { name: 'validate', args: ['validate', ...DOCUMENTS, '--no-cache', '--verbose'] },
  {
    name: 'timeline, with its chart',
    args: ['timeline', 'agendas', 'examples', ...TODAY, '--no-cache'],
    says: { nl: ['█ gunstigste geval  ░ ongunstigste geval', 'MDA++: beoogde resultaten', '  in delen'], en: ['█ best case  ░ worst case', 'MDA++: target outcomes', '  in parts'] },
  },
  { name: 'diff pretty', args: ['diff', OLD, NEW] },
  { name: 'diff markdown', args: ['diff', OLD, NEW, '--format', 'markdown'] },
  {
    name: 'diff --format github',
    args: ['diff', OLD, NEW, '--format', 'github'],
    says: { nl: [/title=diff\/[a-z-]+ \(ingrijpend\)::/, /title=diff\/[a-z-]+ \(ter informatie\)::/], en: [/title=diff\/[a-z-]+ \(breaking\)::/, /title=diff\/[a-z-]+ \(info\)::/] },
  },
  { name: 'diff of a broken file', args: ['diff', 'test/fixtures/invalid/syntax-error.yaml', NEW] },
  { name: 'render of a broken file', binary: true, args: ['render', 'test/fixtures/invalid/missing-title.yaml', '--format', 'md'] },
  { name: 'render of a document of an unknown kind', args: ['render', 'test/fixtures/invalid/unknown-kind.yaml', '--format', 'md'] },
  { name: 'fmt --check', args: ['fmt', '--check', 'test/fixtures/invalid', 'test/fixtures/migrate'] },
  { name: 'migrate --check', args: ['migrate', '--check', 'test/fixtures/migrate'] },
  { name: 'new', args: ['new', 'ProjectPlan', '--stdout'] },
  { name: 'new with an unknown kind', args: ['new', 'Projectplan'] },
  { name: 'new over an existing file', args: ['new', 'ProjectPlan', '-o', PLAN] },
  { name: 'new with an id that is not kebab-case', args: ['new', 'ProjectPlan', '--id', 'Geen Kebab', '--stdout'] },
  { name: 'schema with an unknown kind', args: ['schema', 'Projectplan'] },
  { name: 'completion of an unknown shell', args: ['completion', 'fish'] },
  ...['bash', 'zsh'].map((shell) => ({ name: `completion ${shell}`, args: ['completion', shell], words: completionWords, says: { nl: [`aanvulling van agendum voor ${shell}`], en: [`agendum completion for ${shell}`] } })),
  { name: 'preview of a missing file', args: ['preview', 'agendas/nergens.yaml'] },
  { name: 'preview with a port that is not a number', args: ['preview', PLAN, '--port', 'x'] },
  { name: 'validate of a missing path', args: ['validate', 'nergens'] },
  { name: 'an unknown command', binary: true, args: ['chek'] },
  { name: 'an unknown command without a suggestion', args: ['frobnicate'] },
  { name: 'too many arguments', args: ['log', OLD, NEW] },
  ...COMMANDS.map((command) => ({ name: `${command} with an unknown option`, args: [command, '--frobnicate'] })),
  ...['render', 'log', 'new', 'preview', 'completion'].map((command) => ({ name: `${command} without its argument`, args: [command] })),
  { name: 'an unknown format', args: ['check', '--format', 'xml'] },
  { name: 'an unknown --fail-on', args: ['check', 'agendas', '--fail-on', 'x'] },
  { name: 'an unknown --color', args: ['check', 'agendas', '--color', 'x'] },
  { name: 'a --today that is no date', args: ['check', 'agendas', '--today', 'morgen'] },
  { name: 'a --max-warnings that is no number', args: ['check', 'agendas', '--max-warnings', 'veel'] },
  { name: 'a configuration file that is not there', args: ['check', 'agendas', '-c', 'nergens.yaml'] },
  { name: 'diff without files', args: ['diff'] },
  { name: 'diff of one file', args: ['diff', OLD] },
  { name: 'diff against an unknown revision', args: ['diff', OLD, '--from', 'nergens'] },
  { name: 'diff --base with files', args: ['diff', OLD, '--base', 'HEAD'] },
  { name: 'diff with an unknown --fail-on', args: ['diff', OLD, NEW, '--fail-on', 'x'] },
  { name: 'diff -o without a redline', args: ['diff', OLD, NEW, '-o', 'uit.md'] },
  { name: 'log with an unknown format', args: ['log', OLD, '--format', 'xml'] },
  { name: 'log with a count that is no number', args: ['log', OLD, '-n', 'veel'] },
  { name: 'render with an unknown format', args: ['render', PLAN, '--format', 'docx'] },
  { name: 'render over its own input', args: ['render', PLAN, '-o', PLAN] },
  { name: 'render of several files without a folder', args: ['render', PLAN, OLD] },
  { name: 'render of two files to the same name', args: ['render', PLAN, 'SAME', '-o', 'OUT:twee/'], says: { nl: [' zouden allebei naar '], en: [' would both be written to '] } },
  { name: 'render through a link out of the folder', args: ['render', PLAN, '-o', 'LINKED'], says: { nl: [' is een symbolische koppeling die buiten de uitvoermap leidt'], en: [' is a symbolic link that leads out of the output folder'] } },
  { name: 'progress', args: ['progress', MONITOR, '--today', '2026-05-20'] },
  { name: 'progress --format md', args: ['progress', MONITOR, '--today', '2026-05-20', '--format', 'md'] },
  { name: 'progress --format html', args: ['progress', MONITOR, '--today', '2026-05-20', '--format', 'html'] },
  { name: 'progress --format csv', args: ['progress', MONITOR, '--today', '2026-05-20', '--format', 'csv'] },
  { name: 'progress with a window it cannot read', args: ['progress', MONITOR, '--within', 'soon'] },
  { name: 'progress with an --as-of that is no date', args: ['progress', MONITOR, '--as-of', 'gisteren'] },
  { name: 'progress with an unknown format', args: ['progress', MONITOR, '--format', 'xls'] },
  { name: 'export --format ics', args: ['export', MONITOR, '--format', 'ics', '--today', '2026-05-20'], words: calendarWords, says: { nl: ['Wanneer: '], en: ['When: '] } },
  ...['csv', 'mermaid'].map((format) => ({ name: `export --format ${format}`, args: ['export', MONITOR, '--format', format, '--today', '2026-05-20'] })),
  { name: 'export with an unknown format', args: ['export', MONITOR, '--format', 'xls'] },
  { name: 'site', args: ['site', MONITOR, '-o', 'SITE', '--no-pdf', '--today', '2026-05-20'] },
  { name: 'site with a --today that is no date', args: ['site', MONITOR, '-o', 'SITE', '--today', 'x'] },
  { name: 'init', args: ['init', 'INIT'] },
  { name: 'init where everything is there already', args: ['init', 'INIT'] },
  { name: 'help', binary: true, args: ['--help'] },
  ...COMMANDS.map((command) => ({ name: `${command} --help`, args: [command, '--help'] })),

  // Templates that fail (a user's, and those of a kind the repository registers), in the repository whose configuration says nl.
  {
    name: "a custom kind's broken template",
    by: 'config',
    args: ['render', 'agendas/startnotitie.agenda.yaml', '--format', 'md'],
    says: { nl: [/^agendum: fout in sjabloon .*document\.hbs:2: syntaxfout bij ".*": verwacht /m], en: [/^agendum: template error in .*document\.hbs:2: syntax error near ".*": expected /m] },
  },
  ...(
    [
      ['syntaxis.hbs', /syntaxfout bij ".*": verwacht .*, maar gevonden 'INVALID'/, /syntax error near ".*": expected .*, got 'INVALID'/],
      ['open-blok.hbs', /syntaxfout bij ".*": het sjabloon houdt te vroeg op; verwacht /, /syntax error near ".*": the template ends too early; expected /],
      ['helper.hbs', 'onbekende helper "roep"', 'unknown helper "roep"'],
      ['deelsjabloon.hbs', 'onbekend deelsjabloon "voettekst"', 'unknown partial "voettekst"'],
      ['veld.hbs', '"ondertitel" bestaat hier niet', '"ondertitel" is not defined'],
      ['door-tekst.hbs', '"title.length": "length" is geen veld van de tekst', '"title.length": "length" is not a field of the text'],
      ['zonder-waarde.hbs', '"nergens.hier": "hier" wordt gelezen uit een veld dat er niet is', '"nergens.hier": "hier" is read from a field that is not there'],
      ['blokken.hbs', 'syntaxfout: blok "if" wordt gesloten als "unless"', "syntax error: if doesn't match unless"],
      ['label.hbs', 'fieldLabel: ProjectPlan heeft geen label voor "zork"', 'fieldLabel: ProjectPlan has no label for "zork"'],
    ] as const
  ).map(([template, nl, en]) => ({
    name: `a template that fails: ${template}`,
    by: 'config' as const,
    args: ['render', 'agendas/plan.agenda.yaml', '--format', 'md', '-t', `TEMPLATE:${template}`],
    says: { nl: ['agendum: fout in sjabloon ', nl], en: ['agendum: template error in ', en] },
  })),
  {
    name: 'a template that is not there',
    by: 'config',
    args: ['render', 'agendas/plan.agenda.yaml', '--format', 'md', '-t', 'nergens.hbs'],
    says: { nl: [/^agendum: sjabloon niet gevonden: .*nergens\.hbs\ntip: wijs met --template/m], en: [/^agendum: template not found: .*nergens\.hbs\nhint: point --template/m] },
  },
  {
    name: 'a template folder without templates',
    by: 'config',
    args: ['render', 'agendas/plan.agenda.yaml', '--format', 'md', '-t', 'TEMPLATE:leeg'],
    says: { nl: ['de map heeft geen sjablonen voor md'], en: ['the folder has no templates for md'] },
  },

  // PDF without a usable Chromium.
  {
    name: 'PDF with AGENDUM_CHROMIUM at a file that is not a program',
    by: 'config',
    args: ['render', 'agendas/plan.agenda.yaml', '--format', 'pdf', '-o', 'OUT:plan.pdf'],
    env: chromium(() => place.notExecutable),
    says: { nl: [/^agendum: kan geen PDF maken: Chromium niet gevonden op .*chromium\.txt \(niet uitvoerbaar\)\ntip: installeer Chrome/m], en: [/^agendum: cannot print PDF: Chromium not found at .*chromium\.txt \(not executable\)\nhint: install Chrome/m] },
  },
  {
    name: 'PDF with AGENDUM_CHROMIUM at a program that exits at once',
    args: ['render', PLAN, '--format', 'pdf', '-o', 'OUT:plan.pdf'],
    env: chromium(() => place.quits),
    says: { nl: [/^agendum: kan geen PDF maken: Chromium niet gevonden op .*stopt-meteen \(de browser startte niet: ".+"\)\n/m], en: [/^agendum: cannot print PDF: Chromium not found at .*stopt-meteen \(it did not start: ".+"\)\n/m] },
  },
  {
    name: 'PDF with AGENDUM_CHROMIUM at a folder',
    args: ['render', PLAN, '--format', 'pdf', '-o', 'OUT:plan.pdf'],
    env: chromium(() => place.folder),
    says: { nl: ['(geen bestand)'], en: ['(not a file)'] },
  },
  {
    name: 'PDF with AGENDUM_CHROMIUM at nothing',
    args: ['render', PLAN, '--format', 'pdf', '-o', 'OUT:plan.pdf'],
    env: chromium(() => path.join(place.empty, 'chromium')),
    says: { nl: ['kan geen PDF maken: Chromium niet gevonden op '], en: ['cannot print PDF: Chromium not found at '] },
  },
  {
    name: 'PDF with no browser anywhere', binary: true,
    args: ['render', PLAN, '--format', 'pdf', '-o', 'OUT:plan.pdf'],
    env: () => ({ AGENDUM_CHROMIUM: '', CHROMIUM_PATH: '', PATH: place.emptyPath }),
    says: { nl: ['kan geen PDF maken: geen Chrome, Chromium of Edge gevonden; gezocht naar:'], en: ['cannot print PDF: no Chrome, Chromium or Edge found; looked for:'] },
  },
  {
    name: 'a redline PDF with AGENDUM_CHROMIUM at a file that is not a program',
    args: ['diff', OLD, NEW, '--format', 'pdf', '-o', 'OUT:wijzigingen.pdf'],
    env: chromium(() => place.notExecutable),
    says: { nl: ['(niet uitvoerbaar)'], en: ['(not executable)'] },
  },
  { name: 'a redline written to a file', args: ['diff', OLD, NEW, '--format', 'html', '-o', 'OUT:wijzigingen.html'], says: { nl: [/^geschreven: .*wijzigingen\.html$/m], en: [/^wrote .*wijzigingen\.html$/m] } },

  // The repository's history, and its Dutch by configuration.
  { name: 'check by the configuration', binary: true, by: 'config', args: ['check', '--no-cache', ...TODAY] },
  { name: 'timeline by the configuration', by: 'config', args: ['timeline', '--no-cache', ...TODAY] },
  { name: 'log', by: 'config', args: ['log', 'agendas/plan.agenda.yaml'] },
  {
    name: 'diff --from in GitHub annotations',
    by: 'config',
    args: ['diff', 'agendas/plan.agenda.yaml', '--from', 'HEAD~1', '--format', 'github'],
    says: { nl: [/::error file=agendas\/plan\.agenda\.yaml,line=\d+,title=diff\/period-shortened \(ingrijpend\)::/], en: [/::error file=agendas\/plan\.agenda\.yaml,line=\d+,title=diff\/period-shortened \(breaking\)::/] },
  },
  { name: 'diff --base', by: 'config', args: ['diff', '--base', 'HEAD~1'] },
  // "Handle with Care" is the name of a project in the plan, as its writer named it.
  { name: 'progress --since', by: 'config', args: ['progress', '--since', 'HEAD~1', ...TODAY], quoted: (text) => text.replaceAll('Handle with Care', '…') },
  { name: 'progress --since an unknown revision', by: 'config', args: ['progress', '--since', 'nergens'] },

  // Configurations that are broken.
  ...['onbekende-regel', 'eigen-soort-bestaat', 'soort-twee-keer', 'schema-ontbreekt', 'schema-geen-json', 'schema-onbruikbaar'].map((name) => ({
    name: `a configuration: ${name}`,
    by: 'config' as const,
    cwd: () => place.configs[name]!,
    args: ['check', '--no-cache'],
  })),
  { name: 'a configuration that is not YAML', cwd: () => place.configs['geen-yaml']!, args: ['check', '--no-cache'] },

  // The locale.
  { name: 'a Dutch locale: a missing path', by: 'locale', args: ['validate', 'nergens'] },
  { name: 'a Dutch locale: check', binary: true, by: 'locale', args: ['check', path.join(ROOT, 'agendas'), '--no-cache', ...TODAY] },
  { name: 'a Dutch locale: diff in GitHub annotations', by: 'locale', args: ['diff', 'oud.agenda.yaml', 'nieuw.agenda.yaml', '--format', 'github'], says: { nl: ['(ter informatie)::'], en: ['(info)::'] } },
  {
    name: 'a Dutch locale: a template that fails',
    by: 'locale',
    args: ['render', path.join(ROOT, PLAN), '--format', 'md', '-t', 'TEMPLATE:helper.hbs'],
    says: { nl: ['fout in sjabloon '], en: ['template error in '] },
  },
  {
    name: 'a Dutch locale: PDF with a program that exits at once', binary: true,
    by: 'locale',
    args: ['render', path.join(ROOT, PLAN), '--format', 'pdf', '-o', 'OUT:plan.pdf'],
    env: chromium(() => place.quits),
    says: { nl: ['(de browser startte niet: "'], en: ['(it did not start: "'] },
  },
];

/** A case's arguments with its placeholders filled in: TEMPLATE:, OUT:, SITE, INIT, SAME and LINKED name files of the set-up, per language. */
function argumentsOf(c: Case, lang: 'en' | 'nl'): string[] {
  return c.args.map((arg) => {
    if (arg.startsWith('TEMPLATE:')) return place.templates[arg.slice('TEMPLATE:'.length)]!;
    if (arg.startsWith('OUT:')) return output(`${lang}-${arg.slice('OUT:'.length)}`);
    if (arg === 'SITE') return output(`${lang}-site`);
    if (arg === 'INIT') return output(`${lang}-init`);
    if (arg === 'SAME') return place.samePlan;
    if (arg === 'LINKED') return `${place.linked}/`;
    return arg;
  });
}

/** Runs a case in a language, as the case chooses it, and returns what it printed in words. */
async function run(c: Case, lang: 'en' | 'nl'): Promise<string> {
  const by = c.by ?? 'flag';
  const args = argumentsOf(c, lang);
  const locale: Record<string, string> = by === 'locale' ? { LANG: lang === 'nl' ? 'nl_NL.UTF-8' : 'C', LC_ALL: '', LC_MESSAGES: '' } : {};
  const language = by === 'flag' || (by === 'config' && lang === 'en') ? ['--lang', lang] : [];
  const cwd = c.cwd?.() ?? (by === 'locale' ? place.empty : by === 'config' ? place.repository : ROOT);
  // In this process, as the command line runs (much faster than a process per case); the cases
  // whose words come from the program's start (its own error handler, commander) run the binary.
  const result = c.binary ? await runBinary([...args, ...language], { cwd, env: { ...locale, ...c.env?.() } }) : await runInProcess([...args, ...language], { cwd, env: { ...process.env, ...locale, ...c.env?.() } as Record<string, string> });
  const printed = `${c.words ? c.words(result.stdout) : result.stdout}\n${result.stderr}`;
  return c.quoted ? c.quoted(printed) : printed;
}

describe('Dutch output, and English output', () => {
  const english = messagesOnlyIn('en');
  const dutch = messagesOnlyIn('nl');
  beforeAll(setUp);

  it('the check finds English: a sentence of the catalogue and English words', () => {
    expect(english.length).toBeGreaterThan(100);
    expect(englishIn('a.yaml:1:1 fout schema/required missing required property "title"', english).length).toBeGreaterThan(0);
    expect(englishIn('2 errors, 1 warning in 3 files', english).length).toBeGreaterThan(0);
    expect(englishIn('Usage: agendum fmt [opties]', english)).not.toEqual([]);
    expect(englishIn('::notice file=a.yaml,line=3,title=diff/text-changed (info)::Tekst gewijzigd', english)).not.toEqual([]);
    expect(englishIn('█ best case  ░ worst case  ▶ open-ended  ┈ ongoing', english)).not.toEqual([]);
    expect(englishIn('agendum: kan geen PDF maken: Chromium niet gevonden op /x (it did not start: y)', english)).not.toEqual([]);
    expect(englishIn('a.yaml:1:1 fout schema/required verplicht veld "title" ontbreekt', english)).toEqual([]);
    expect(englishIn('2 fouten, 1 waarschuwing in 3 bestanden', english)).toEqual([]);
    expect(englishIn("fout: waarde 'x' van optie '--fail-on <ernst>' is ongeldig. Toegestaan: error, warning.", english)).toEqual([]);
    expect(englishIn('::notice file=a.yaml,line=3,title=diff/text-changed (ter informatie)::Tekst gewijzigd', english)).toEqual([]);
  });

  it('the check finds Dutch in English: a sentence of the catalogue and agendum\'s own Dutch words', () => {
    expect(dutch.length).toBeGreaterThan(100);
    expect(dutchIn('a.yaml:1:1 error schema/required verplicht veld "title" ontbreekt', dutch)).not.toEqual([]);
    expect(dutchIn('agendum: fout in sjabloon a.hbs:1: onbekende helper "x"', dutch)).not.toEqual([]);
    expect(dutchIn('a.yaml:1:1 error schema/required missing required property "title"', dutch)).toEqual([]);
  });

  for (const c of CASES) {
    it(`${c.name}: Dutch in Dutch, English in English`, async () => {
      const [nl, en] = await Promise.all([run(c, 'nl'), run(c, 'en')]);
      if (!c.silent) {
        expect(nl.trim().length, 'prints something in Dutch').toBeGreaterThan(0);
        expect(en.trim().length, 'prints something in English').toBeGreaterThan(0);
      }
      for (const said of c.says?.nl ?? []) expect(nl).toMatch(said);
      for (const said of c.says?.en ?? []) expect(en).toMatch(said);
      expect(englishIn(nl, english).join('\n'), 'English in the Dutch output').toBe('');
      expect(dutchIn(en, dutch).join('\n'), 'Dutch in the English output').toBe('');
    }, 120_000);
  }

  it('preview shows a template that fails, a page it does not have, and its own page in the chosen language', async () => {
    const io = { argv: [], cwd: place.repository, env: {}, stdout: { write: () => {} }, stderr: { write: () => {} } };
    for (const lang of ['nl', 'en'] as const) {
      const preview = await startPreview('agendas/startnotitie.agenda.yaml', { lang }, io);
      try {
        const page = await (await fetch(`${preview.url}document`)).text();
        const shell = await (await fetch(preview.url)).text();
        const missing = await (await fetch(`${preview.url}bestaat-niet`)).text();
        if (lang === 'nl') {
          expect(page).toMatch(/fout in sjabloon .*document\.hbs:2: syntaxfout bij /);
          expect(shell).toContain('wacht op wijzigingen');
          expect(missing).toBe('niet gevonden\n');
          expect(englishIn(`${page}\n${shell}\n${missing}`, english)).toEqual([]);
        } else {
          expect(page).toMatch(/template error in .*document\.hbs:2: syntax error near /);
          expect(shell).toContain('watching for changes');
          expect(missing).toBe('not found\n');
          expect(dutchIn(`${page}\n${shell}\n${missing}`, dutch)).toEqual([]);
        }
      } finally {
        await preview.close();
      }
    }
  });
});
