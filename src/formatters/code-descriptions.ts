import type { Severity } from '../core/diagnostic.js';
import type { Lang, Message } from '../core/i18n.js';
import { formatMessage, messageGroup } from '../core/i18n.js';
import { RULES } from '../rules/index.js';
import { TIMELINE_RULES } from '../timeline/index.js';

/** What a report that lists rules (SARIF) says about a finding's code. */
export interface CodeDescription {
  readonly description: string;
  /** The default severity, known for rules only. */
  readonly severity?: Severity;
}

const BY_RULE: ReadonlyMap<string, { readonly description: Message; readonly severity: Severity }> = new Map(
  [...RULES, ...TIMELINE_RULES].map((rule) => [rule.meta.id, { description: rule.meta.description, severity: rule.meta.severity }]),
);

/**
 * The loader, the schema check and suppressions have no rule metadata. Their codes are described
 * here as docs/rules.md describes them, one by one where it does, else by family (`family/*`,
 * the part before the slash), so that a new code is never undescribed.
 */
export const CODE_MESSAGES = messageGroup('codes', {
  'file/unreadable': { en: 'The file cannot be read.', nl: 'Het bestand is niet te lezen.' },
  'file/encoding': { en: 'The file is not UTF-8.', nl: 'Het bestand is geen UTF-8.' },
  'file/binary': { en: 'The file is not text.', nl: 'Het bestand is geen tekst.' },
  'document/empty': { en: 'The file holds no document.', nl: 'Het bestand bevat geen document.' },
  'document/not-a-mapping': { en: 'The document is not a mapping of fields.', nl: 'Het document is geen verzameling velden.' },
  'document/missing-kind': { en: 'The document has no `kind`.', nl: 'Het document heeft geen `kind`.' },
  'document/unknown-kind': { en: '`kind` names no known document kind.', nl: '`kind` noemt geen bekende documentsoort.' },
  'document/schema-mismatch': {
    en: 'A `$schema` key or yaml-language-server modeline names the schema of another kind.',
    nl: 'Een sleutel `$schema` of een regel yaml-language-server noemt het schema van een andere soort.',
  },
  'schema/unknown-property': { en: "A key that the kind's schema does not allow here.", nl: 'Een sleutel die het schema van de soort hier niet toestaat.' },
  'schema/required': { en: 'A required property is missing.', nl: 'Een verplicht veld ontbreekt.' },
  'suppression/missing-codes': {
    en: 'An `agendum-disable-next-line` comment names no code to silence.',
    nl: 'Een opmerking `agendum-disable-next-line` noemt geen code om te onderdrukken.',
  },
  'suppression/missing-reason': {
    en: 'An `agendum-disable-next-line` comment gives no reason after `--`.',
    nl: 'Een opmerking `agendum-disable-next-line` geeft geen reden na `--`.',
  },
  'suppression/unused': { en: 'An `agendum-disable-next-line` comment silences nothing.', nl: 'Een opmerking `agendum-disable-next-line` onderdrukt niets.' },
  'yaml/*': {
    en: 'The file is not valid YAML; the part of the code after the slash names the problem.',
    nl: 'Het bestand is geen geldige YAML; het deel van de code na de schuine streep noemt het probleem.',
  },
  'file/*': { en: 'The file cannot be read, is not UTF-8, or is not text.', nl: 'Het bestand is niet te lezen, is geen UTF-8 of is geen tekst.' },
  'document/*': {
    en: 'The file does not hold one document of a known kind, or says something about its kind that disagrees.',
    nl: 'Het bestand bevat niet één document van een bekende soort, of zegt iets over zijn soort dat niet klopt.',
  },
  'schema/*': {
    en: "A value does not have the type or form that the document kind's schema requires.",
    nl: 'Een waarde heeft niet het type of de vorm die het schema van de documentsoort vraagt.',
  },
  'suppression/*': {
    en: 'An `agendum-disable-next-line` comment is incomplete or silences nothing.',
    nl: 'Een opmerking `agendum-disable-next-line` is onvolledig of onderdrukt niets.',
  },
  other: { en: 'Findings reported as {code}.', nl: 'Meldingen met de code {code}.' },
});

type CodeMessage = keyof typeof CODE_MESSAGES.messages;

const described = (key: string): key is CodeMessage => Object.hasOwn(CODE_MESSAGES.messages, key);

/** What `code` is about, in a language, and its default severity where a rule declares one. */
export function describeCode(code: string, lang: Lang = 'en'): CodeDescription {
  const rule = BY_RULE.get(code);
  if (rule) return { description: rule.description[lang], severity: rule.severity };
  const family = `${code.split('/')[0] ?? ''}/*`;
  const key = described(code) ? code : described(family) ? family : undefined;
  return { description: key ? CODE_MESSAGES.messages[key][lang] : formatMessage(CODE_MESSAGES.messages.other, lang, { code }) };
}
