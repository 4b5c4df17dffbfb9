import { messageGroup } from '../core/i18n.js';

/** The command line's own words: its errors, and what its commands say they did. */
export const CLI_MESSAGES = messageGroup('cli', {
  hint: { en: 'hint:', nl: 'tip:' },
  internalError: { en: 'internal error: {reason}', nl: 'interne fout: {reason}' },
  runVerbose: { en: 'Run again with --verbose for details.', nl: 'Voer de opdracht opnieuw uit met --verbose voor details.' },
  // checks
  unknownFormat: { en: 'unknown format "{format}"', nl: 'onbekende uitvoervorm "{format}"' },
  unknownDiffFormat: { en: 'unknown format "{format}" for diff', nl: 'onbekende uitvoervorm "{format}" voor diff' },
  useOneOf: { en: 'Use one of: {list}.', nl: 'Gebruik een van: {list}.' },
  unknownFailOn: { en: 'unknown value for --fail-on: "{value}"', nl: 'onbekende waarde voor --fail-on: "{value}"' },
  useErrorOrWarning: { en: 'Use error or warning.', nl: 'Gebruik error of warning.' },
  useDiffLevels: { en: 'Use breaking, approval or any.', nl: 'Gebruik breaking, approval of any.' },
  maxWarningsNumber: { en: '--max-warnings needs a whole number of 0 or more, not "{value}"', nl: '--max-warnings vraagt een geheel getal van 0 of meer, niet "{value}"' },
  tooManyWarnings: { en: '{count} warnings, more than the {max} allowed by --max-warnings', nl: '{count} waarschuwingen, meer dan de {max} die --max-warnings toestaat' },
  cacheNotWritten: {
    en: 'the result cache could not be written to {file} ({reason}); the findings are complete',
    nl: 'de resultatencache kon niet worden geschreven naar {file} ({reason}); de meldingen zijn volledig',
  },
  todayDate: { en: '--today needs a date as YYYY-MM-DD, not "{value}"', nl: '--today vraagt een datum als JJJJ-MM-DD, niet "{value}"' },
  // diff's redline
  redlineOneDocument: { en: '--format {format} prints one document with its changes marked', nl: '--format {format} drukt één document af met de wijzigingen gemarkeerd' },
  compareOneDocument: { en: 'Compare one document: agendum diff OLD NEW, or agendum diff FILE --from REV.', nl: 'Vergelijk één document: agendum diff OUD NIEUW, of agendum diff BESTAND --from REV.' },
  outputIsRedline: { en: '-o writes the redline of --format html or pdf', nl: '-o schrijft de gemarkeerde versie van --format html of pdf' },
  redirectOthers: { en: 'Redirect the other formats to a file.', nl: 'Leid de andere uitvoervormen om naar een bestand.' },
  redlineNeedsNew: { en: 'the redline shows the new version of a document, and there is none', nl: 'de gemarkeerde versie toont de nieuwe versie van een document, en die is er niet' },
  compareExisting: { en: 'Compare a document that exists in the newer version.', nl: 'Vergelijk een document dat in de nieuwere versie bestaat.' },
  unmergedPath: { en: '* Unmerged path {file}', nl: '* Niet samengevoegd pad {file}' },
  diffOutputIsInput: { en: '{file} is one of the documents; diff does not overwrite its input', nl: '{file} is een van de documenten; diff overschrijft zijn invoer niet' },
  previewNotFound: { en: 'not found', nl: 'niet gevonden' },
  previewLoopbackOnly: { en: 'agendum preview answers only on 127.0.0.1 and localhost', nl: 'agendum preview antwoordt alleen op 127.0.0.1 en localhost' },
  previewWatching: { en: 'watching for changes', nl: 'wacht op wijzigingen' },
  // files
  noSuchFile: { en: 'no such file: {file}', nl: 'bestand bestaat niet: {file}' },
  cannotWrite: { en: 'cannot write {file}', nl: '{file} is niet te schrijven' },
  cannotWriteCode: { en: 'cannot write {file} ({code})', nl: '{file} is niet te schrijven ({code})' },
  checkFolderWritable: {
    en: 'Check that the folder exists and can be written to, and that the path is not a folder.',
    nl: 'Controleer dat de map bestaat en beschreven kan worden, en dat het pad geen map is.',
  },
  checkDiskFull: { en: 'Check that the folder can be written to and that the disk is not full.', nl: 'Controleer dat de map beschreven kan worden en dat de schijf niet vol is.' },
  leftAsItIs: { en: '{file}: {why}; left as it is', nl: '{file}: {why}; ongewijzigd gelaten' },
  // fmt
  fmtUnreadable: { en: '{file}: {why}', nl: '{file}: {why}' },
  fmtNotYaml: { en: '{file}: not valid YAML; left as it is (run agendum validate for details)', nl: '{file}: geen geldige YAML; ongewijzigd gelaten (agendum validate zegt waarom)' },
  fmtWould: { en: '{file}: would be reformatted', nl: '{file}: zou anders worden opgemaakt' },
  fmtDone: { en: 'formatted {file}', nl: 'opgemaakt: {file}' },
  // migrate
  migrateWould: { en: '{file}: would be migrated ({change})', nl: '{file}: zou worden gemigreerd ({change})' },
  migrateDone: { en: 'migrated {file} ({change})', nl: 'gemigreerd: {file} ({change})' },
  migrateNothing: { en: 'nothing to migrate: the documents are at schemaVersion {version}', nl: 'niets te migreren: de documenten staan op schemaVersion {version}' },
  // new and schema
  unknownKind: { en: 'unknown kind "{kind}"', nl: 'onbekende soort "{kind}"' },
  unknownKindSuggestion: { en: 'unknown kind "{kind}"; did you mean "{suggestion}"?', nl: 'onbekende soort "{kind}"; bedoelt u "{suggestion}"?' },
  knownKinds: { en: 'Known kinds: {kinds}.', nl: 'Bekende soorten: {kinds}.' },
  idKebab: {
    en: '--id must be kebab-case (lowercase letters, digits and single hyphens), not "{id}"',
    nl: '--id moet kebab-case zijn (kleine letters, cijfers en enkele streepjes), niet "{id}"',
  },
  newExists: { en: '{file} already exists; agendum new never overwrites a file', nl: '{file} bestaat al; agendum new overschrijft nooit een bestand' },
  newChooseAnother: { en: 'Choose another --id or -o FILE.', nl: 'Kies een andere --id of -o BESTAND.' },
  newCreated: { en: 'created {file}', nl: 'aangemaakt: {file}' },
  // render
  renderNeedsFile: { en: 'render needs at least one file', nl: 'render vraagt minstens één bestand' },
  renderNeedsFileHint: {
    en: 'e.g. agendum render agendas/plan.agenda.yaml --format html -o plan.html',
    nl: 'bijv. agendum render agendas/plan.agenda.yaml --format html -o plan.html',
  },
  useRenderFormats: { en: 'Use md, html or pdf.', nl: 'Gebruik md, html of pdf.' },
  renderSeveral: { en: 'several files need an output folder', nl: 'meerdere bestanden vragen een uitvoermap' },
  renderSeveralHint: { en: 'Add -o FOLDER/.', nl: 'Voeg -o MAP/ toe.' },
  renderPdfTerminal: { en: 'a PDF is not for the terminal', nl: 'een PDF hoort niet in de terminal' },
  renderPdfTerminalHint: { en: 'Add -o FILE.pdf.', nl: 'Voeg -o BESTAND.pdf toe.' },
  renderWrote: { en: 'wrote {file}', nl: 'geschreven: {file}' },
  renderOwnInput: { en: '{file} is one of the documents; render does not overwrite its input', nl: '{file} is een van de documenten; render overschrijft zijn invoer niet' },
  renderSameOutput: { en: '{first} and {second} would both be written to {file}', nl: '{first} en {second} zouden allebei naar {file} worden geschreven' },
  renderSameOutputHint: { en: 'Render documents with the same file name into different folders.', nl: 'Maak documenten met dezelfde bestandsnaam op in verschillende mappen.' },
  renderLinkOut: {
    en: '{file} is a symbolic link that leads out of the output folder; render writes only inside it',
    nl: '{file} is een symbolische koppeling die buiten de uitvoermap leidt; render schrijft alleen daarbinnen',
  },
  renderLinkOutHint: { en: 'Remove the link, or render into another folder.', nl: 'Verwijder de koppeling, of maak op in een andere map.' },
  // preview
  previewPort: { en: '--port needs a port number, not "{value}"', nl: '--port vraagt een poortnummer, niet "{value}"' },
  previewListen: { en: 'cannot listen on port {port}: {reason}', nl: 'kan niet luisteren op poort {port}: {reason}' },
  previewServing: { en: 'agendum preview: {url} (Ctrl-C stops)', nl: 'agendum preview: {url} (Ctrl-C stopt)' },
  // diff and git
  gitDriverArgs: { en: '--git-driver expects the arguments git gives an external diff (1, 7 or 9)', nl: '--git-driver verwacht de argumenten die git aan een externe diff geeft (1, 7 of 9)' },
  baseNoFiles: { en: '--base compares every agenda that changed; give no files with it', nl: '--base vergelijkt elke agenda die veranderde; noem er geen bestanden bij' },
  fromOneFile: { en: '--from compares one file at two revisions: agendum diff FILE --from REV [--to REV]', nl: '--from vergelijkt één bestand bij twee revisies: agendum diff BESTAND --from REV [--to REV]' },
  neither: { en: '{file} exists neither at {from} nor {to}', nl: '{file} bestaat niet bij {from} en niet bij {to}' },
  neitherWorkingTree: { en: '{file} exists neither at {from} nor in the working tree', nl: '{file} bestaat niet bij {from} en niet in de werkmap' },
  diffNeeds: { en: 'diff needs two files, or FILE --from REV, or --base REV', nl: 'diff vraagt twee bestanden, of BESTAND --from REV, of --base REV' },
  diffNeedsHint: { en: 'agendum diff old.yaml new.yaml', nl: 'agendum diff oud.yaml nieuw.yaml' },
  noGit: { en: 'git is not installed or not on the PATH', nl: 'git is niet geïnstalleerd of staat niet in het PATH' },
  notRevision: { en: '"{revision}" is not a git revision', nl: '"{revision}" is geen git-revisie' },
  unknownRevision: { en: 'unknown git revision "{revision}"', nl: 'onbekende git-revisie "{revision}"' },
  shallowClone: {
    en: 'This is a shallow clone: the revision may be in the history it left out. Fetch more history (git fetch --unshallow; in GitHub Actions, actions/checkout with fetch-depth: 0).',
    nl: 'Dit is een ondiepe kloon: de revisie zit misschien in de weggelaten geschiedenis. Haal meer geschiedenis op (git fetch --unshallow; in GitHub Actions: actions/checkout met fetch-depth: 0).',
  },
  checkRevisionName: { en: 'Check the name (git log --oneline, git branch -a).', nl: 'Controleer de naam (git log --oneline, git branch -a).' },
  notRepository: { en: 'this folder is not in a git repository', nl: 'deze map zit niet in een git-repository' },
  notRepositoryHint: {
    en: 'Run agendum diff with --from/--base inside a git working tree, or compare two files.',
    nl: 'Gebruik agendum diff met --from/--base binnen een git-werkmap, of vergelijk twee bestanden.',
  },
  outsideRepository: { en: '{file} is outside the repository', nl: '{file} ligt buiten de repository' },
  // completion
  completionHeading: { en: 'agendum completion for {shell}: source <(agendum completion {shell})', nl: 'aanvulling van agendum voor {shell}: source <(agendum completion {shell})' },
  completionFile: { en: 'file', nl: 'bestand' },
  noCompletion: { en: 'no completion for "{shell}"', nl: 'geen aanvulling voor "{shell}"' },
  useShells: { en: 'Use bash or zsh.', nl: 'Gebruik bash of zsh.' },
});

/** "cannot write FILE", with the system's code when there is one. */
export function cannotWrite(file: string, code: string | undefined) {
  return code ? CLI_MESSAGES.text('cannotWriteCode', { file, code }) : CLI_MESSAGES.text('cannotWrite', { file });
}
