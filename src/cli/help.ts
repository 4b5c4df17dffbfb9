import type { Command, Help, Option } from 'commander';
import type { Lang } from '../core/i18n.js';
import { formatMessage, messageGroup } from '../core/i18n.js';

/** The seed and example documents the help's examples name; a test checks that each exists. */
const EXECUTION = 'agendas/uitvoeringsagenda-samen-tegen-huiselijk-geweld-2020-2023.agenda.yaml';
const PLAN = 'agendas/projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml';
const DEVELOPMENT = 'agendas/ontwikkelagenda-eergerelateerd-geweld-mensenhandel.agenda.yaml';
const OLD = 'examples/agendas-regio/meerjarenagenda-steunpunt-wijkteams-2017-2020.agenda.yaml';
const NEW = 'examples/agendas-regio/meerjarenagenda-steunpunt-wijkteams-2021-2024.agenda.yaml';
const EXAMPLE_PLAN = 'examples/plannen/projectplan-vroegsignalering-schulden-deventer-2025-2027.agenda.yaml';

/** Every word of the help: descriptions of commands, arguments and options, examples, commander's own headings. */
export const HELP_MESSAGES = messageGroup('help', {
  // commander's own words
  usage: { en: 'Usage:', nl: 'Gebruik:' },
  options: { en: 'Options:', nl: 'Opties:' },
  commands: { en: 'Commands:', nl: 'Opdrachten:' },
  arguments: { en: 'Arguments:', nl: 'Argumenten:' },
  globalOptions: { en: 'Global Options:', nl: 'Algemene opties:' },
  examples: { en: 'Examples:', nl: 'Voorbeelden:' },
  helpOption: { en: 'display help for command', nl: 'toon de hulp bij een opdracht' },
  helpCommand: { en: 'display help for command', nl: 'toon de hulp bij een opdracht' },
  version: { en: 'print the version', nl: 'toon het versienummer' },
  choices: { en: 'choices: {list}', nl: 'keuzes: {list}' },
  defaultValue: { en: 'default: {value}', nl: 'standaard: {value}' },
  optionsWord: { en: '[options]', nl: '[opties]' },
  commandWord: { en: '[command]', nl: '[opdracht]' },
  // The names of options' values, as help and errors show them (`--today <date>`).
  valueDate: { en: 'date', nl: 'datum' },
  valueDir: { en: 'dir', nl: 'map' },
  valueFile: { en: 'file', nl: 'bestand' },
  valueFormat: { en: 'format', nl: 'vorm' },
  valueId: { en: 'id', nl: 'id' },
  valueLang: { en: 'lang', nl: 'taal' },
  valueLength: { en: 'length', nl: 'duur' },
  valueLevel: { en: 'level', nl: 'niveau' },
  valueN: { en: 'n', nl: 'n' },
  valuePath: { en: 'path', nl: 'pad' },
  valuePort: { en: 'port', nl: 'poort' },
  valueRev: { en: 'rev', nl: 'revisie' },
  valueSeverity: { en: 'severity', nl: 'ernst' },
  valueTitle: { en: 'title', nl: 'titel' },
  valueWhen: { en: 'when', nl: 'wanneer' },
  // the names of arguments
  argPaths: { en: '[paths...]', nl: '[paden...]' },
  argFiles: { en: '[files...]', nl: '[bestanden...]' },
  argSomeFiles: { en: '<files...>', nl: '<bestanden...>' },
  argDir: { en: '[dir]', nl: '[map]' },
  argKind: { en: '<kind>', nl: '<soort>' },
  argMaybeKind: { en: '[kind]', nl: '[soort]' },
  argFile: { en: '<file>', nl: '<bestand>' },
  argShell: { en: '<shell>', nl: '<shell>' },
  // the program
  program: { en: 'Validate, diff, check and render policy agendas kept as YAML.', nl: 'Controleer, vergelijk en zet beleidsagenda\'s in YAML om naar leesbare documenten.' },
  verbose: { en: 'show stack traces of internal failures', nl: 'toon de stacktrace bij een interne fout' },
  programExamples: {
    en: `  agendum check                          # every document under agendas/: schema, rules, timeline
  agendum diff ${OLD} ${NEW}
  agendum render ${PLAN} --format pdf -o plan.pdf
  agendum init && agendum new ExecutionAgenda --title "Samen tegen huiselijk geweld"`,
    nl: `  agendum check                          # elk document in agendas/: schema, regels, tijdlijn
  agendum diff ${OLD} ${NEW}
  agendum render ${PLAN} --format pdf -o plan.pdf
  agendum init && agendum new ExecutionAgenda --title "Samen tegen huiselijk geweld"`,
  },
  // shared options
  paths: { en: 'files or folders (folders are searched for *.yaml and *.yml; default: agendas/)', nl: 'bestanden of mappen (in mappen worden *.yaml en *.yml gezocht; standaard: agendas/)' },
  format: {
    en: 'output format: {formats} (default: pretty; github inside GitHub Actions)',
    nl: 'uitvoervorm: {formats} (standaard: pretty; github binnen GitHub Actions)',
  },
  langMessages: { en: 'language of the messages (default: from agendum.config.yaml or LANG)', nl: 'taal van de meldingen (standaard: uit agendum.config.yaml of LANG)' },
  quiet: { en: 'show errors only', nl: 'toon alleen fouten' },
  maxWarnings: { en: 'exit 1 when there are more than n warnings', nl: 'eindig met code 1 bij meer dan n waarschuwingen' },
  failOn: { en: 'lowest severity that makes the exit code 1', nl: 'laagste ernst die de eindcode 1 maakt' },
  config: { en: 'configuration file (default: agendum.config.yaml here or in a parent folder)', nl: 'configuratiebestand (standaard: agendum.config.yaml hier of in een bovenliggende map)' },
  color: { en: 'colour output', nl: 'uitvoer in kleur' },
  cache: { en: 'keep the results of unchanged files between runs (default for check in a git repository)', nl: 'bewaar de resultaten van ongewijzigde bestanden tussen runs (standaard voor check in een git-repository)' },
  noCache: { en: 'check every file afresh, and keep nothing', nl: 'controleer elk bestand opnieuw en bewaar niets' },
  cacheLocation: { en: 'where the cache is kept (default: node_modules/.cache/agendum/ in the repository)', nl: 'waar de cache staat (standaard: node_modules/.cache/agendum/ in de repository)' },
  today: { en: 'judge deadlines as of this day, YYYY-MM-DD (default: today in Europe/Amsterdam)', nl: 'beoordeel termijnen op deze dag, JJJJ-MM-DD (standaard: vandaag in Europe/Amsterdam)' },
  // validate
  validateSummary: { en: 'check documents against their schema and the semantic rules', nl: 'controleer documenten op hun schema en de inhoudelijke regels' },
  validateDescription: {
    en: 'Check agenda documents against the JSON Schema of their kind and the semantic rules.',
    nl: 'Controleer agenda-documenten op het JSON Schema van hun soort en op de inhoudelijke regels.',
  },
  validateExamples: {
    en: `  agendum validate\n  agendum validate ${EXECUTION}\n  agendum validate examples --format json\n  agendum validate --lang nl --quiet\n  agendum validate --format sarif > agendum.sarif`,
    nl: `  agendum validate\n  agendum validate ${EXECUTION}\n  agendum validate examples --format json\n  agendum validate --lang en --quiet\n  agendum validate --format sarif > agendum.sarif`,
  },
  // timeline
  timelineSummary: { en: "check periods, phases and deadlines, and draw each document's timeline", nl: 'controleer perioden, fasen en termijnen, en teken de tijdlijn van elk document' },
  timelineDescription: {
    en: "Check the time of the documents: periods outside the document's period, phase dependencies and cycles, phase plans that do not fit, deadlines passed and open work overdue.",
    nl: 'Controleer de tijd in de documenten: perioden buiten de looptijd van het document, afhankelijkheden en kringen tussen fasen, faseringen die niet passen, verstreken termijnen en open werk dat te laat is.',
  },
  timelineExamples: {
    en: `  agendum timeline\n  agendum timeline ${PLAN} --today 2021-06-01\n  agendum timeline --format json`,
    nl: `  agendum timeline\n  agendum timeline ${PLAN} --today 2021-06-01\n  agendum timeline --format json`,
  },
  // check
  checkSummary: { en: 'everything: schema, semantic rules and timeline checks (the command for CI)', nl: 'alles: schema, inhoudelijke regels en tijdlijncontroles (de opdracht voor CI)' },
  checkDescription: {
    en: 'Run every check agendum has: the schema, the semantic rules and the timeline checks.',
    nl: 'Voer elke controle van agendum uit: het schema, de inhoudelijke regels en de tijdlijncontroles.',
  },
  checkExamples: {
    en: '  agendum check\n  agendum check --format github\n  agendum check agendas examples --max-warnings 0',
    nl: '  agendum check\n  agendum check --format github\n  agendum check agendas examples --max-warnings 0',
  },
  // diff
  diffSummary: { en: 'what changed in meaning between two versions, and what needs approval', nl: 'wat er inhoudelijk veranderde tussen twee versies, en wat instemming nodig heeft' },
  diffDescription: {
    en: 'Compare two versions of a document by the ids of its items: two files, one file at two git revisions, or every agenda that changed since a revision.',
    nl: 'Vergelijk twee versies van een document aan de hand van de ids van de onderdelen: twee bestanden, één bestand bij twee git-revisies, of elke agenda die sinds een revisie veranderde.',
  },
  diffFiles: { en: 'OLD NEW, or FILE with --from', nl: 'OUD NIEUW, of BESTAND met --from' },
  diffFrom: { en: 'compare FILE at this git revision ...', nl: 'vergelijk BESTAND bij deze git-revisie ...' },
  diffTo: { en: '... with this revision (default: the working tree)', nl: '... met deze revisie (standaard: de werkmap)' },
  diffBase: { en: 'compare every agenda that changed since this revision (the pull-request view)', nl: 'vergelijk elke agenda die sinds deze revisie veranderde (de blik van een pull request)' },
  diffHead: { en: '... up to this revision (default: the working tree)', nl: '... tot en met deze revisie (standaard: de werkmap)' },
  diffFormat: {
    en: 'output format: pretty, json, markdown, github; html or pdf for the new version with its changes marked (the redline)',
    nl: 'uitvoervorm: pretty, json, markdown, github; html of pdf voor de nieuwe versie met de wijzigingen gemarkeerd',
  },
  diffOutput: { en: 'write the redline (--format html or pdf) to this file', nl: 'schrijf de gemarkeerde versie (--format html of pdf) naar dit bestand' },
  diffExitCode: { en: 'exit 1 when there are differences', nl: 'eindig met code 1 als er verschillen zijn' },
  diffFailOn: {
    en: 'exit 1 on breaking changes; on those and unapproved approval changes; or on any change',
    nl: 'eindig met code 1 bij ingrijpende wijzigingen; bij die en wijzigingen die nog instemming nodig hebben; of bij elke wijziging',
  },
  diffGitDriver: { en: "act as git's external diff driver (see README)", nl: 'werk als externe diff-driver van git (zie README)' },
  diffExamples: {
    en: `  agendum diff ${OLD} ${NEW}\n  agendum diff ${EXECUTION} --from HEAD~1\n  agendum diff ${OLD} ${NEW} --format pdf -o wijzigingen.pdf\n  agendum diff --base origin/main --format markdown >> "$GITHUB_STEP_SUMMARY"`,
    nl: `  agendum diff ${OLD} ${NEW}\n  agendum diff ${EXECUTION} --from HEAD~1\n  agendum diff ${OLD} ${NEW} --format pdf -o wijzigingen.pdf\n  agendum diff --base origin/main --format markdown >> "$GITHUB_STEP_SUMMARY"`,
  },
  // log
  logSummary: { en: 'the history of a document in git, each revision with what it changed in meaning', nl: 'de geschiedenis van een document in git, elke versie met wat die inhoudelijk veranderde' },
  logDescription: {
    en: 'List the revisions of a document in git, newest first and following renames, each with the number of its changes per level and the items it changed.',
    nl: 'Toon de versies van een document in git, de nieuwste eerst en over hernoemingen heen, elk met het aantal wijzigingen per niveau en de onderdelen die veranderden.',
  },
  logFile: { en: 'the document', nl: 'het document' },
  logFormat: { en: 'output format', nl: 'uitvoervorm' },
  logMaxCount: { en: 'show only the newest N revisions', nl: 'toon alleen de nieuwste N versies' },
  logExamples: { en: `  agendum log ${EXECUTION}\n  agendum log ${DEVELOPMENT} -n 10 --format json`, nl: `  agendum log ${EXECUTION}\n  agendum log ${DEVELOPMENT} -n 10 --format json` },
  // progress
  progressSummary: { en: 'the monitoring report: where every action, project and phase stands, what is late or due soon', nl: 'de voortgangsrapportage: hoe elke actie, elk project en elke fase ervoor staat, wat te laat is of binnenkort moet' },
  progressDescription: {
    en: 'Report where every piece of work of the documents stands (done, in progress, not started, dropped, no status), which are late (their end or deadline passed and not done) and which are due soon, counted per document, per part (theme, action line, project) and per owner. With --as-of, the documents as committed on that day; with --since, what moved since a revision.',
    nl: 'Toon hoe elk onderdeel van de documenten ervoor staat (afgerond, loopt, nog niet gestart, vervallen, zonder status), welke te laat zijn (einde of termijn verstreken en niet afgerond) en welke binnenkort moeten, geteld per document, per onderdeel (thema, actielijn, project) en per eigenaar. Met --as-of de documenten zoals ze op die dag waren vastgelegd; met --since wat er sinds een revisie bewoog.',
  },
  progressFormat: { en: 'output format', nl: 'uitvoervorm' },
  progressOutput: { en: 'the file to write (default: standard output)', nl: 'het bestand om te schrijven (standaard: standaarduitvoer)' },
  progressToday: { en: 'the day to judge by, YYYY-MM-DD (default: today in Europe/Amsterdam)', nl: 'de dag waarop beoordeeld wordt, JJJJ-MM-DD (standaard: vandaag in Europe/Amsterdam)' },
  progressWithin: { en: 'what counts as due soon: 8w, 30d, 2m', nl: 'wat telt als binnenkort: 8w, 30d, 2m' },
  progressAsOf: { en: 'the documents as committed in git on or before this day, judged as of that day', nl: 'de documenten zoals ze op of voor deze dag in git waren vastgelegd, beoordeeld op die dag' },
  progressSince: { en: 'also list what moved since this git revision: finished, started, newly late', nl: 'toon ook wat er sinds deze git-revisie bewoog: afgerond, gestart, nu te laat' },
  langReport: { en: 'language of the report (default: from agendum.config.yaml or LANG)', nl: 'taal van de rapportage (standaard: uit agendum.config.yaml of LANG)' },
  progressExamples: {
    en: '  agendum progress examples/agendas-regio --today 2024-06-30\n  agendum progress --within 4w --format md >> "$GITHUB_STEP_SUMMARY"\n  agendum progress --as-of 2025-01-01 --since HEAD~5 --format pdf -o voortgang.pdf\n  agendum progress --format csv -o voortgang.csv',
    nl: '  agendum progress examples/agendas-regio --today 2024-06-30\n  agendum progress --within 4w --format md >> "$GITHUB_STEP_SUMMARY"\n  agendum progress --as-of 2025-01-01 --since HEAD~5 --format pdf -o voortgang.pdf\n  agendum progress --format csv -o voortgang.csv',
  },
  // export
  exportSummary: { en: 'deadlines, milestones and phases for a calendar (ics), all work for a spreadsheet (csv), a gantt chart (mermaid)', nl: 'termijnen, mijlpalen en fasen voor een agenda (ics), al het werk voor een spreadsheet (csv), een gantt-diagram (mermaid)' },
  exportDescription: {
    en: "Export the documents: --format ics gives every deadline, milestone and phase as an all-day calendar event with a stable UID (a calendar that subscribes updates its events); csv gives one row per piece of work (document, number, title, owner, period, status) for a Dutch spreadsheet; mermaid gives each document's timeline as a Mermaid gantt chart.",
    nl: 'Exporteer de documenten: --format ics geeft elke termijn, mijlpaal en fase als afspraak voor de hele dag met een vaste UID (een agenda die zich abonneert werkt de afspraken bij); csv geeft een regel per onderdeel (document, nummer, titel, eigenaar, periode, status) voor een Nederlandse spreadsheet; mermaid geeft de tijdlijn van elk document als Mermaid-gantt-diagram.',
  },
  exportFormat: { en: 'output format', nl: 'uitvoervorm' },
  exportToday: { en: 'the day the calendar is stamped with and the chart marks, YYYY-MM-DD (default: today in Europe/Amsterdam)', nl: 'de dag waarmee de agenda wordt gestempeld en die het diagram markeert, JJJJ-MM-DD (standaard: vandaag in Europe/Amsterdam)' },
  langExport: { en: 'language of the export (default: from agendum.config.yaml or LANG)', nl: 'taal van de export (standaard: uit agendum.config.yaml of LANG)' },
  exportExamples: {
    en: `  agendum export examples/plannen --format ics -o termijnen.ics\n  agendum export --format csv -o werkzaamheden.csv\n  agendum export ${PLAN} --format mermaid`,
    nl: `  agendum export examples/plannen --format ics -o termijnen.ics\n  agendum export --format csv -o werkzaamheden.csv\n  agendum export ${PLAN} --format mermaid`,
  },
  // site
  siteSummary: { en: 'a static website of all documents: index, each document in HTML and PDF, history, progress, organisations, funders, search', nl: 'een statische website van alle documenten: overzicht, elk document in HTML en PDF, geschiedenis, voortgang, organisaties, financiers, zoeken' },
  siteDescription: {
    en: 'Build a static website of the documents: an index by kind, status and period; a page per document with its text in HTML and PDF, its links to other documents both ways and its history in git with a redline per version; the progress report; a page per organisation and per funder; and a search over all text that works offline. Links are relative, so the site works from disk and from any static host. A second build renders again only the documents that changed.',
    nl: 'Bouw een statische website van de documenten: een overzicht naar soort, status en periode; een pagina per document met de tekst in HTML en PDF, de verbanden met andere documenten in beide richtingen en de geschiedenis in git met de wijzigingen per versie; de voortgangsrapportage; een pagina per organisatie en per financier; en zoeken in alle tekst dat ook offline werkt. Links zijn relatief, dus de site werkt vanaf schijf en op elke statische host. Een tweede keer bouwen maakt alleen gewijzigde documenten opnieuw op.',
  },
  siteOutput: { en: 'the folder to build the site in', nl: 'de map waarin de site wordt gebouwd' },
  siteNoPdf: { en: 'leave out the PDF of each document (faster; no Chromium needed)', nl: 'laat de PDF van elk document weg (sneller; geen Chromium nodig)' },
  siteNoHistory: { en: 'leave out the history of each document in git', nl: 'laat de geschiedenis van elk document in git weg' },
  siteToday: { en: 'the day the progress report and the charts are for, YYYY-MM-DD (default: today in Europe/Amsterdam)', nl: 'de dag waarvoor de voortgang en de tijdlijnen gelden, JJJJ-MM-DD (standaard: vandaag in Europe/Amsterdam)' },
  siteWithin: { en: 'what the progress report counts as due soon: 8w, 30d, 2m', nl: 'wat de voortgangsrapportage als binnenkort telt: 8w, 30d, 2m' },
  langSite: { en: 'language of the site (default: from agendum.config.yaml or LANG)', nl: 'taal van de site (standaard: uit agendum.config.yaml of LANG)' },
  siteExamples: { en: '  agendum site -o site/\n  agendum site agendas examples --no-pdf -o voorbeeld-site/', nl: '  agendum site -o site/\n  agendum site agendas examples --no-pdf -o voorbeeld-site/' },
  // render
  renderSummary: { en: 'render documents as Markdown, printable HTML or PDF', nl: 'zet documenten om naar Markdown, afdrukbare HTML of PDF' },
  renderDescription: {
    en: "Render documents through their kind's templates as Markdown, printable HTML or PDF. Documents with errors are reported and not rendered.",
    nl: 'Zet documenten via de sjablonen van hun soort om naar Markdown, afdrukbare HTML of PDF. Documenten met fouten worden gemeld en niet omgezet.',
  },
  renderFiles: { en: 'the documents to render', nl: 'de documenten om om te zetten' },
  renderFormat: { en: 'output format', nl: 'uitvoervorm' },
  renderTemplate: { en: 'your own template file, or a folder whose partials override the built-in ones by name', nl: 'een eigen sjabloonbestand, of een map waarvan de partials de ingebouwde met dezelfde naam vervangen' },
  renderOutput: { en: 'the file to write (or a folder, for several documents); default: standard output', nl: 'het bestand om te schrijven (of een map, voor meerdere documenten); standaard: standaarduitvoer' },
  renderLang: { en: "language of the headings (default: the document's language)", nl: 'taal van de kopjes (standaard: de taal van het document)' },
  renderToday: { en: 'the day marked on the timeline chart, YYYY-MM-DD (default: today in Europe/Amsterdam)', nl: 'de dag die de tijdlijn markeert, JJJJ-MM-DD (standaard: vandaag in Europe/Amsterdam)' },
  renderExamples: {
    en: `  agendum render ${EXECUTION} --format html -o uitvoeringsagenda.html\n  agendum render agendas/*.yaml --format pdf -o afdrukken/\n  agendum render ${EXAMPLE_PLAN} --format md`,
    nl: `  agendum render ${EXECUTION} --format html -o uitvoeringsagenda.html\n  agendum render agendas/*.yaml --format pdf -o afdrukken/\n  agendum render ${EXAMPLE_PLAN} --format md`,
  },
  // init
  initSummary: { en: 'set up a repository for agendas: examples, configuration, CI workflow, diff driver, editor settings', nl: 'richt een repository in voor agenda\'s: voorbeelden, configuratie, CI-workflow, diff-driver, editorinstellingen' },
  initDescription: {
    en: 'Set up a repository for agendas: example documents, agendum.config.yaml, a CI workflow, the git diff driver and editor settings.',
    nl: 'Richt een repository in voor agenda\'s: voorbeelddocumenten, agendum.config.yaml, een CI-workflow, de diff-driver voor git en editorinstellingen.',
  },
  initDir: { en: 'the repository folder (default: here)', nl: 'de map van de repository (standaard: hier)' },
  initForce: { en: 'overwrite files that exist', nl: 'overschrijf bestaande bestanden' },
  langInit: { en: 'language of the messages and of the comments in the files (default: LANG)', nl: 'taal van de meldingen en van het commentaar in de bestanden (standaard: LANG)' },
  initExamples: { en: '  agendum init\n  agendum init beleid --force', nl: '  agendum init\n  agendum init beleid --force' },
  // new
  newSummary: { en: 'start a new document of a kind, valid from the first line', nl: 'begin een nieuw document van een soort, geldig vanaf de eerste regel' },
  newDescription: {
    en: 'Start a new document of a kind: the fields its schema requires, with comments that say what to fill in. Never overwrites a file.',
    nl: 'Begin een nieuw document van een soort: de velden die het schema vereist, met commentaar over wat er in moet. Overschrijft nooit een bestand.',
  },
  newKind: { en: 'one of {kinds}, or a kind registered in agendum.config.yaml', nl: 'een van {kinds}, of een soort die in agendum.config.yaml is vastgelegd' },
  newId: { en: 'the document id (kebab-case; default: from the title)', nl: 'de id van het document (kebab-case; standaard: uit de titel)' },
  newTitle: { en: 'the document title', nl: 'de titel van het document' },
  newOutput: { en: 'where to write it (default: agendas/ID.agenda.yaml)', nl: 'waar het komt (standaard: agendas/ID.agenda.yaml)' },
  newStdout: { en: 'print it instead of writing a file', nl: 'toon het in plaats van een bestand te schrijven' },
  newExamples: {
    en: '  agendum new ExecutionAgenda --title "Samen tegen huiselijk geweld 2025 t/m 2028"\n  agendum new ProjectPlan --id projecten-2025 --stdout',
    nl: '  agendum new ExecutionAgenda --title "Samen tegen huiselijk geweld 2025 t/m 2028"\n  agendum new ProjectPlan --id projecten-2025 --stdout',
  },
  // fmt
  fmtSummary: { en: 'rewrite documents in their canonical form, keeping comments', nl: 'herschrijf documenten in hun vaste vorm, met behoud van commentaar' },
  fmtDescription: {
    en: "Rewrite documents in their canonical form: keys in the order of the kind's schema (except where the writer's order is part of the text, as in a funding statement), two-space indentation, quotes only where YAML needs them. Comments stay; files are written atomically; a second run changes nothing.",
    nl: 'Herschrijf documenten in hun vaste vorm: sleutels in de volgorde van het schema van hun soort (behalve waar de volgorde van de schrijver bij de tekst hoort, zoals bij een financiering), inspringen met twee spaties, aanhalingstekens alleen waar YAML ze nodig heeft. Commentaar blijft staan; bestanden worden in één keer geschreven; een tweede run verandert niets.',
  },
  fmtPaths: { en: 'files or folders (default: agendas/)', nl: 'bestanden of mappen (standaard: agendas/)' },
  fmtCheck: { en: 'change nothing; exit 1 and list the files that would change', nl: 'verander niets; eindig met code 1 en noem de bestanden die zouden veranderen' },
  fmtExamples: { en: `  agendum fmt\n  agendum fmt --check\n  agendum fmt ${PLAN}`, nl: `  agendum fmt\n  agendum fmt --check\n  agendum fmt ${PLAN}` },
  // migrate
  migrateSummary: { en: 'rewrite documents of an older schemaVersion for the current one, keeping comments', nl: 'herschrijf documenten van een oudere schemaVersion naar de huidige, met behoud van commentaar' },
  migrateDescription: {
    en: 'Rewrite documents that declare an older schemaVersion for the current one. Only the lines a migration touches change; comments and layout stay. Older versions are still read (with a warning) until they are migrated.',
    nl: 'Herschrijf documenten met een oudere schemaVersion naar de huidige. Alleen de regels die een migratie raakt, veranderen; commentaar en opmaak blijven. Oudere versies worden (met een waarschuwing) gelezen tot ze gemigreerd zijn.',
  },
  migrateCheck: { en: 'change nothing; exit 1 and list the files that would be migrated', nl: 'verander niets; eindig met code 1 en noem de bestanden die gemigreerd zouden worden' },
  migrateExamples: { en: `  agendum migrate\n  agendum migrate --check\n  agendum migrate ${PLAN}`, nl: `  agendum migrate\n  agendum migrate --check\n  agendum migrate ${PLAN}` },
  migrations: { en: 'Migrations:', nl: 'Migraties:' },
  // schema
  schemaSummary: { en: "print a kind's JSON Schema (or all kinds), self-contained, for editors and other tools", nl: 'toon het JSON Schema van een soort (of van alle soorten), op zichzelf staand, voor editors en andere hulpmiddelen' },
  schemaDescription: {
    en: "Print a kind's JSON Schema with every definition it uses, for editors and other tools; every kind's when none is named.",
    nl: 'Toon het JSON Schema van een soort met alle definities die het gebruikt, voor editors en andere hulpmiddelen; dat van alle soorten als er geen genoemd wordt.',
  },
  schemaKind: { en: 'one of {kinds}, or a kind registered in agendum.config.yaml; all kinds when left out', nl: 'een van {kinds}, of een soort die in agendum.config.yaml is vastgelegd; alle soorten als die ontbreekt' },
  schemaExamples: { en: '  agendum schema ExecutionAgenda > execution-agenda.schema.json\n  agendum schema > agendum.schema.json', nl: '  agendum schema ExecutionAgenda > execution-agenda.schema.json\n  agendum schema > agendum.schema.json' },
  // preview
  previewSummary: { en: "serve a document's HTML on localhost and reload it when the file changes", nl: 'toon de HTML van een document op localhost en laad die opnieuw als het bestand verandert' },
  previewDescription: {
    en: "Serve a document's HTML on 127.0.0.1 and reload the page whenever the file is saved; errors are shown in the page.",
    nl: 'Toon de HTML van een document op 127.0.0.1 en laad de pagina opnieuw telkens als het bestand wordt opgeslagen; fouten staan in de pagina.',
  },
  previewFile: { en: 'the document to preview', nl: 'het document om te tonen' },
  previewPort: { en: 'port on 127.0.0.1 (default: a free one)', nl: 'poort op 127.0.0.1 (standaard: een vrije)' },
  previewExamples: {
    en: `  agendum preview ${EXECUTION}\n  agendum preview ${DEVELOPMENT} --port 8080`,
    nl: `  agendum preview ${EXECUTION}\n  agendum preview ${DEVELOPMENT} --port 8080`,
  },
  // completion
  completionSummary: { en: 'print a shell completion script', nl: 'toon een aanvulscript voor de shell' },
  completionDescription: {
    en: "Print a completion script for bash or zsh, made from agendum's own commands and options.",
    nl: 'Toon een aanvulscript voor bash of zsh, gemaakt uit de opdrachten en opties van agendum zelf.',
  },
  completionShell: { en: 'bash or zsh', nl: 'bash of zsh' },
  completionExamples: { en: '  source <(agendum completion bash)\n  agendum completion zsh > ~/.zsh/completions/_agendum', nl: '  source <(agendum completion bash)\n  agendum completion zsh > ~/.zsh/completions/_agendum' },
});

export type HelpKey = keyof typeof HELP_MESSAGES.messages;

/** A word of the help in a language. */
export function helpText(lang: Lang, key: HelpKey, data?: Record<string, string>): string {
  return formatMessage(HELP_MESSAGES.messages[key], lang, data);
}

/** The names of option values as the options are declared (`<date>`), with their words. */
const VALUE_NAMES: Readonly<Record<string, HelpKey>> = {
  date: 'valueDate',
  dir: 'valueDir',
  file: 'valueFile',
  format: 'valueFormat',
  id: 'valueId',
  lang: 'valueLang',
  length: 'valueLength',
  level: 'valueLevel',
  n: 'valueN',
  path: 'valuePath',
  port: 'valuePort',
  rev: 'valueRev',
  severity: 'valueSeverity',
  title: 'valueTitle',
  when: 'valueWhen',
};

/** An option's flags with the names of its values in a language (`--today <datum>`). */
export function optionFlags(flags: string, lang: Lang): string {
  return flags.replace(/<(\w+)>/g, (whole, name: string) => (Object.hasOwn(VALUE_NAMES, name) ? `<${helpText(lang, VALUE_NAMES[name]!)}>` : whole));
}

/** The words commander prints in its errors, in Dutch (matched on its English). */
const COMMANDER_ERRORS: readonly [RegExp, string][] = [
  [/^error: unknown option '(.*)'/, "fout: onbekende optie '$1'"],
  [/^error: unknown command '(.*)'/, "fout: onbekende opdracht '$1'"],
  [/^error: missing required argument '(.*)'/, "fout: verplicht argument '$1' ontbreekt"],
  [/^error: option '(.*)' argument missing/, "fout: optie '$1' mist haar waarde"],
  [/^error: required option '(.*)' not specified/, "fout: verplichte optie '$1' ontbreekt"],
  [/^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\./, "fout: waarde '$2' van optie '$1' is ongeldig. Toegestaan: $3."],
  [/^error: option '(.*)' argument '(.*)' is invalid\./, "fout: waarde '$2' van optie '$1' is ongeldig."],
  [/^error: too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\./, "fout: te veel argumenten voor '$1': verwacht $2, gekregen $3."],
  [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./, 'fout: te veel argumenten: verwacht $1, gekregen $2.'],
  [/^error: (.*) cannot be used with (.*)/, 'fout: $1 gaat niet samen met $2'],
  [/\(Did you mean one of (.*)\?\)/, '(Bedoelt u een van $1?)'],
  [/\(Did you mean (.*)\?\)/, '(Bedoelt u $1?)'],
  [/^error: /, 'fout: '],
];

/** Commander's error text in a language: as it is in English, translated line by line in Dutch. */
export function commanderError(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text
    .split('\n')
    .map((line) => {
      for (const [pattern, dutch] of COMMANDER_ERRORS) if (pattern.test(line)) return optionFlags(line.replace(pattern, dutch), lang);
      return line;
    })
    .join('\n');
}

/**
 * Gives a command (and every command under it) the help in a language: commander's headings and
 * the extras it adds to option descriptions, its help option and help command.
 */
export function localiseHelp(command: Command, lang: Lang): void {
  command.configureHelp({
    styleTitle: (title: string) => TITLES[title] ? helpText(lang, TITLES[title]!) : title,
    optionTerm: (option: Option) => optionFlags(option.flags, lang),
    optionDescription(this: Help, option: Option) {
      const extras: string[] = [];
      if (option.argChoices) extras.push(helpText(lang, 'choices', { list: option.argChoices.map((c) => JSON.stringify(c)).join(', ') }));
      if (option.defaultValue !== undefined && (option.required || option.optional)) {
        extras.push(helpText(lang, 'defaultValue', { value: option.defaultValueDescription ?? JSON.stringify(option.defaultValue) }));
      }
      return extras.length > 0 ? `${option.description} (${extras.join(', ')})` : option.description;
    },
    ...(lang === 'nl'
      ? {
          commandUsage: (cmd: Command) => {
            const names: string[] = [];
            for (let parent = cmd.parent; parent; parent = parent.parent) names.unshift(parent.name());
            return [...names, cmd.name(), dutchUsage(cmd.usage())].join(' ');
          },
          subcommandTerm: (cmd: Command) => `${cmd.name()}${cmd.aliases()[0] ? `|${cmd.aliases()[0]}` : ''} ${dutchUsage(cmd.usage())}`.trimEnd(),
        }
      : {}),
  });
  command.helpOption('-h, --help', helpText(lang, 'helpOption'));
  if (command.commands.length > 0) command.helpCommand('help [command]', helpText(lang, 'helpCommand'));
  for (const sub of command.commands) localiseHelp(sub, lang);
}

function dutchUsage(usage: string): string {
  return usage.replace('[options]', helpText('nl', 'optionsWord')).replace('[command]', helpText('nl', 'commandWord'));
}

const TITLES: Readonly<Record<string, HelpKey>> = {
  'Usage:': 'usage',
  'Options:': 'options',
  'Commands:': 'commands',
  'Arguments:': 'arguments',
  'Global Options:': 'globalOptions',
};
