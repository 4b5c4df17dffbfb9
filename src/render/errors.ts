import { UsageError } from '../core/errors.js';
import { formatMessage, messageGroup, type Lang, type Text } from '../core/i18n.js';

/**
 * The words of rendering's failures, in every language: the command line words them in the
 * reader's language where it prints them; an error's own `message` holds them in English.
 */
export const RENDER_MESSAGES = messageGroup('render', {
  unknownKind: { en: 'cannot render a document of kind "{kind}"', nl: 'een document van soort "{kind}" is niet op te maken' },
  knownKinds: { en: 'known kinds: {kinds}', nl: 'bekende soorten: {kinds}' },
  unknownFormat: { en: 'cannot render to "{format}"', nl: 'opmaken als "{format}" kan niet' },
  formats: { en: 'formats: {formats}', nl: 'uitvoervormen: {formats}' },
  notMapping: { en: 'cannot render a document that is not a mapping', nl: 'een document dat geen verzameling velden is, is niet op te maken' },
  selfReference: {
    en: 'cannot render a document that refers to itself (a YAML alias inside its own anchor)',
    nl: 'een document dat naar zichzelf verwijst, is niet op te maken (een YAML-alias binnen zijn eigen anker)',
  },
  // templates
  templateNotFound: { en: 'template not found: {path}', nl: 'sjabloon niet gevonden: {path}' },
  templateHint: { en: 'point --template at a .hbs file or a folder of .hbs partials', nl: 'wijs met --template een .hbs-bestand aan, of een map met .hbs-deelsjablonen' },
  folderWithoutTemplates: {
    en: 'the folder has no templates for {format}: add name.hbs, name.{format}.hbs or {format}/name.hbs (e.g. document, cover, theme)',
    nl: 'de map heeft geen sjablonen voor {format}: voeg naam.hbs, naam.{format}.hbs of {format}/naam.hbs toe (bijv. document, cover, theme)',
  },
  noDocumentTemplate: { en: 'no document template for {format}', nl: 'geen documentsjabloon voor {format}' },
  templateError: { en: 'template error in {where}: {reason}', nl: 'fout in sjabloon {where}: {reason}' },
  notRegularFile: { en: 'not a regular file', nl: 'geen gewoon bestand' },
  giveTemplateFile: { en: 'Give a template file (.hbs) or a folder of them.', nl: 'Geef een sjabloonbestand (.hbs) of een map met sjabloonbestanden.' },
  tooLarge: { en: 'the file is larger than the {size} MB a template may be', nl: 'het bestand is groter dan de {size} MB die een sjabloon mag zijn' },
  syntax: { en: 'syntax error: {detail}', nl: 'syntaxfout: {detail}' },
  syntaxNear: { en: 'syntax error near "{near}": {detail}', nl: 'syntaxfout bij "{near}": {detail}' },
  expectedGot: { en: 'expected {expected}, got {got}', nl: 'verwacht {expected}, maar gevonden {got}' },
  endsEarly: { en: 'the template ends too early; expected {expected}', nl: 'het sjabloon houdt te vroeg op; verwacht {expected}' },
  unexpected: { en: 'unexpected {got}', nl: 'onverwacht {got}' },
  endOfTemplate: { en: 'end of template', nl: 'einde van het sjabloon' },
  unrecognised: { en: 'text that is not template syntax', nl: 'tekst die geen sjabloonsyntaxis is' },
  blockMismatch: { en: "{open} doesn't match {close}", nl: 'blok "{open}" wordt gesloten als "{close}"' },
  /** The template reader's rarer complaints: its own words, which are English (quoted in Dutch). */
  parserSays: { en: '{detail}', nl: 'de sjabloonlezer meldt (in het Engels): "{detail}"' },
  /** A failure while filling in a template that agendum does not know better words for: the runtime's own, which are English. */
  runtimeSays: { en: '{detail}', nl: 'het invullen mislukte; de melding (in het Engels): "{detail}"' },
  unknownHelper: { en: 'unknown helper "{name}"', nl: 'onbekende helper "{name}"' },
  helpersListed: { en: 'The helpers are listed in templates/README.md.', nl: 'De helpers staan in templates/README.md.' },
  notDefined: { en: '"{name}" is not defined', nl: '"{name}" bestaat hier niet' },
  guardHint: {
    en: 'a template must guard optional fields with {{#if field}} or {{#with field}}',
    nl: 'een sjabloon moet optionele velden afschermen met {{#if veld}} of {{#with veld}}',
  },
  notAFieldOfText: { en: '"{path}": "{name}" is not a field of the text "{text}"', nl: '"{path}": "{name}" is geen veld van de tekst "{text}"' },
  readOfMissing: { en: '"{path}": "{name}" is read from a field that is not there', nl: '"{path}": "{name}" wordt gelezen uit een veld dat er niet is' },
  unknownPartial: { en: 'unknown partial "{name}"', nl: 'onbekend deelsjabloon "{name}"' },
  partialIs: {
    en: 'A partial is a template file of that name (name.hbs) in the built-in templates or the --template folder.',
    nl: 'Een deelsjabloon is een sjabloonbestand met die naam (naam.hbs) bij de ingebouwde sjablonen of in de map van --template.',
  },
  // helpers
  helperFailed: { en: '{helper}: {reason}', nl: '{helper}: {reason}' },
  missing: { en: '{what} is missing (guard optional fields with {{#if}})', nl: '{what} ontbreekt (scherm optionele velden af met {{#if}})' },
  theText: { en: 'the text', nl: 'de tekst' },
  theDate: { en: 'the date', nl: 'de datum' },
  theAmount: { en: 'the amount', nl: 'het bedrag' },
  thePeriod: { en: 'the period', nl: 'de periode' },
  theDuration: { en: 'the duration', nl: 'de duur' },
  theNumber: { en: 'the number', nl: 'het getal' },
  theUrl: { en: 'the URL', nl: 'de URL' },
  noFieldLabel: { en: '{kind} has no label for "{field}"', nl: '{kind} heeft geen label voor "{field}"' },
  noLabel: { en: 'no label "{key}"', nl: 'geen label "{key}"' },
  // PDF
  chromiumNotAt: { en: 'cannot print PDF: Chromium not found at {path}', nl: 'kan geen PDF maken: Chromium niet gevonden op {path}' },
  chromiumNowhere: {
    en: 'cannot print PDF: no Chrome, Chromium or Edge found; looked for:{paths}',
    nl: 'kan geen PDF maken: geen Chrome, Chromium of Edge gevonden; gezocht naar:{paths}',
  },
  chromiumBecause: { en: '{message} ({cause})', nl: '{message} ({cause})' },
  chromiumHint: {
    en: "install Chrome, Chromium or Edge (Debian/Ubuntu: apt-get install chromium), or set AGENDUM_CHROMIUM to the browser's executable (AGENDUM_CHROMIUM=/path/to/chrome)",
    nl: 'installeer Chrome, Chromium of Edge (Debian/Ubuntu: apt-get install chromium), of zet AGENDUM_CHROMIUM op het programmabestand van de browser (AGENDUM_CHROMIUM=/pad/naar/chrome)',
  },
  chromiumNotFile: { en: 'not a file', nl: 'geen bestand' },
  chromiumNotExecutable: { en: 'not executable', nl: 'niet uitvoerbaar' },
  chromiumUnusable: { en: 'not usable: {code}', nl: 'niet te gebruiken: {code}' },
  /** What Chromium said is quoted as it said it (in English). */
  chromiumDidNotStart: { en: 'it did not start: "{reason}"', nl: 'de browser startte niet: "{reason}"' },
  pdfFailed: { en: 'cannot print PDF: "{reason}"', nl: 'kan geen PDF maken: "{reason}"' },
});

type RenderMessage = keyof typeof RENDER_MESSAGES.messages;

/**
 * A text of rendering's in a language, without the whole message catalogue (which rendering does
 * not load): for an error's own `message`. Texts of other modules are left as their ids.
 */
export function renderWording(text: string | Text, lang: Lang): string {
  if (typeof text === 'string') return text;
  const key = text.id.startsWith(`${RENDER_MESSAGES.namespace}.`) ? text.id.slice(RENDER_MESSAGES.namespace.length + 1) : undefined;
  const message = key !== undefined && Object.hasOwn(RENDER_MESSAGES.messages, key) ? RENDER_MESSAGES.messages[key as RenderMessage] : undefined;
  return message ? formatMessage(message, lang, text.data, renderWording) : text.id;
}

/**
 * An expected failure of rendering. It is a UsageError, so the command line prints its message
 * and hint in the reader's language and exits with code 2; its own `message` is English (or the
 * language asked for).
 */
export class RenderError extends UsageError {
  constructor(message: string | Text, hint?: string | Text, lang: Lang = 'en') {
    super(message, hint);
    this.name = 'RenderError';
    this.message = renderWording(message, lang);
  }
}

/** The document's kind has no templates. */
export class UnknownKindError extends RenderError {
  readonly kind: string;
  constructor(kind: string, known: readonly string[]) {
    super(RENDER_MESSAGES.text('unknownKind', { kind }), RENDER_MESSAGES.text('knownKinds', { kinds: known.join(', ') }));
    this.name = 'UnknownKindError';
    this.kind = kind;
  }
}

/** `--template PATH` names nothing, or a folder without templates for the format. */
export class TemplateNotFoundError extends RenderError {
  readonly path: string;
  constructor(path: string, hint?: string | Text) {
    super(RENDER_MESSAGES.text('templateNotFound', { path }), hint ?? RENDER_MESSAGES.text('templateHint'));
    this.name = 'TemplateNotFoundError';
    this.path = path;
  }
}

/**
 * A template that cannot be parsed or fails while rendering (a field that is not there under
 * strict mode, an unknown partial or helper). Names the template file and, when known, the line
 * and column (1-based).
 */
export class TemplateError extends RenderError {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly reason: string | Text;
  constructor(file: string, reason: string | Text, line?: number, column?: number, hint?: string | Text) {
    const where = line === undefined ? file : column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
    super(RENDER_MESSAGES.text('templateError', { where, reason }), hint);
    this.name = 'TemplateError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}

/**
 * No Chromium to print a PDF with: not at the one path given, or at none of the places
 * searched (each named on a line of its own). The cause, when there is one, says why a path
 * that is there cannot be used (what Chromium said when it did not start is kept as it said it).
 */
export class ChromiumNotFoundError extends RenderError {
  /** The first path tried. */
  readonly executablePath: string;
  readonly tried: readonly string[];
  constructor(tried: string | readonly string[], cause?: string | Text, lang: Lang = 'en') {
    const paths = typeof tried === 'string' ? [tried] : tried;
    const message =
      paths.length === 1
        ? RENDER_MESSAGES.text('chromiumNotAt', { path: paths[0]! })
        : RENDER_MESSAGES.text('chromiumNowhere', { paths: paths.map((file) => `\n  ${file}`).join('') });
    super(cause ? RENDER_MESSAGES.text('chromiumBecause', { message, cause }) : message, RENDER_MESSAGES.text('chromiumHint'), lang);
    this.name = 'ChromiumNotFoundError';
    this.executablePath = paths[0] ?? '';
    this.tried = paths;
  }

  /** Chromium is there but did not start; `reason` is the first line of what it said. */
  static didNotStart(path: string, reason: string): ChromiumNotFoundError {
    return new ChromiumNotFoundError(path, RENDER_MESSAGES.text('chromiumDidNotStart', { reason }));
  }

  /** The path is there but is no program this process may run, by the code of the check that failed. */
  static unusable(path: string, code: string | undefined): ChromiumNotFoundError {
    const cause =
      code === 'EACCES' || code === 'EPERM'
        ? RENDER_MESSAGES.text('chromiumNotExecutable')
        : code === 'ENOTFILE'
          ? RENDER_MESSAGES.text('chromiumNotFile')
          : code === undefined || code === 'ENOENT'
            ? undefined
            : RENDER_MESSAGES.text('chromiumUnusable', { code });
    return new ChromiumNotFoundError(path, cause);
  }
}

/** Chromium started but printing failed; `reason` is the first line of what it said. */
export class PdfError extends RenderError {
  constructor(reason: string) {
    super(RENDER_MESSAGES.text('pdfFailed', { reason }));
    this.name = 'PdfError';
  }
}
