import type { Diagnostic, RelatedLocation } from '../core/diagnostic.js';
import type { Lang, Message, MessageGroup, Text } from '../core/i18n.js';
import { CORE_MESSAGES, formatMessage } from '../core/i18n.js';
import { CLI_MESSAGES } from '../cli/messages.js';
import { HELP_MESSAGES } from '../cli/help.js';
import { MONITOR_MESSAGES } from '../cli/monitor-messages.js';
import { CONFIG_MESSAGES } from '../core/config.js';
import { setEnglishWording } from '../core/errors.js';
import { FILE_MESSAGES } from '../core/files.js';
import { DIFF_REPORT_MESSAGES } from '../formatters/diff.js';
import { REPORT_MESSAGES } from '../formatters/report-words.js';
import { YAML_MESSAGES } from '../core/source.js';
import { MIGRATE_MESSAGES } from '../migrate/index.js';
import { RENDER_MESSAGES } from '../render/errors.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/index.js';
import { CODE_MESSAGES } from '../formatters/code-descriptions.js';
import { SCHEMA_MESSAGES } from '../schema/diagnostics.js';
import { CHART_MESSAGES } from '../timeline/chart.js';
import { TIMELINE_RULES } from '../timeline/index.js';
import { ENGINE_MESSAGES } from '../validate/engine.js';
import { STREAM_MESSAGES } from '../validate/stream.js';
import { SUPPRESSION_MESSAGES } from '../validate/suppressions.js';

/**
 * The message catalogue: every message agendum prints, by id, in every language. The modules
 * keep their messages beside the code that reports them (a rule's in its `meta`, a module's in
 * a `messageGroup`); the catalogue gathers them, and a finding's `Text` is worded from it where
 * it is printed. Gathered when first asked for, as some of these modules import the catalogue too.
 */
const groups = (): MessageGroup<Readonly<Record<string, Message>>>[] => [
  CORE_MESSAGES,
  YAML_MESSAGES,
  CONFIG_MESSAGES,
  ENGINE_MESSAGES,
  SCHEMA_MESSAGES,
  MIGRATE_MESSAGES,
  SUPPRESSION_MESSAGES,
  STREAM_MESSAGES,
  REPORT_MESSAGES,
  CLI_MESSAGES,
  FILE_MESSAGES,
  HELP_MESSAGES,
  DIFF_REPORT_MESSAGES,
  MONITOR_MESSAGES,
  RENDER_MESSAGES,
  CHART_MESSAGES,
  CODE_MESSAGES,
];

const LATER: MessageGroup<Readonly<Record<string, Message>>>[] = [];

/** Adds the messages of a module that the catalogue cannot import without a cycle (the command line's own). */
export function registerMessages(group: MessageGroup<Readonly<Record<string, Message>>>): void {
  LATER.push(group);
  built = undefined;
}

let built: Map<string, Message> | undefined;

/** Every message by its id; an id given twice is a mistake of agendum's and throws. */
export function catalogue(): ReadonlyMap<string, Message> {
  if (built) return built;
  const entries = new Map<string, Message>();
  const add = (id: string, message: Message) => {
    if (entries.has(id)) throw new Error(`message id ${id} is used twice`);
    entries.set(id, message);
  };
  for (const group of [...groups(), ...LATER]) for (const [key, message] of Object.entries(group.messages)) add(`${group.namespace}.${key}`, message);
  const rules = new Map<string, Rule>();
  for (const rule of [...RULES, ...TIMELINE_RULES]) rules.set(rule.meta.id, rule);
  for (const rule of rules.values()) {
    add(`${rule.meta.id}.description`, rule.meta.description);
    for (const [key, message] of Object.entries(rule.meta.messages)) add(`${rule.meta.id}.${key}`, message);
  }
  built = entries;
  return entries;
}

/** The catalogue of one language: each id with its words, placeholders unfilled. */
export function catalogueIn(lang: Lang): ReadonlyMap<string, string> {
  return new Map([...catalogue()].map(([id, message]) => [id, message[lang]]));
}

/** Words a text in a language: its message from the catalogue with the data filled in (an unknown id is printed as it is). */
export function word(text: string | Text, lang: Lang): string {
  if (typeof text === 'string') return text;
  const message = catalogue().get(text.id);
  return message ? formatMessage(message, lang, text.data, word) : text.id;
}

setEnglishWording((text) => word(text, 'en'));

/** A finding with its words in one language, as formatters print it. */
export interface WordedDiagnostic extends Omit<Diagnostic, 'message' | 'hint' | 'related' | 'alternatives'> {
  readonly message: string;
  readonly hint?: string;
  readonly related?: readonly (Omit<RelatedLocation, 'message'> & { readonly message: string })[];
  readonly alternatives?: readonly string[];
  /** The finding as it was reported: its message id and data. */
  readonly text: Text;
}

export function wordDiagnostic(diagnostic: Diagnostic, lang: Lang): WordedDiagnostic {
  const { message, hint, related, alternatives, ...rest } = diagnostic;
  return {
    ...rest,
    message: word(message, lang),
    text: message,
    ...(hint ? { hint: word(hint, lang) } : {}),
    ...(related ? { related: related.map((r) => ({ ...r, message: word(r.message, lang) })) } : {}),
    ...(alternatives ? { alternatives: alternatives.map((a) => word(a, lang)) } : {}),
  };
}

/** The values of a text's placeholders, each worded in a language (for JSON and SARIF output). */
export function wordedData(text: Text, lang: Lang): Record<string, string | number> | undefined {
  if (!text.data) return undefined;
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.data)) out[name] = typeof value === 'object' ? ('id' in value ? word(value, lang) : value[lang]) : value;
  return out;
}
