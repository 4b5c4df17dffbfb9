/** The languages agendum speaks. Documents are Dutch; messages follow `--lang` or `LANG`. */
export type Lang = 'en' | 'nl';

export const LANGS: readonly Lang[] = ['en', 'nl'];

/** A message in every language, with `{name}` placeholders. */
export interface Message {
  readonly en: string;
  readonly nl: string;
}

/** Values for placeholders; a value may itself be a message, filled in the same language. */
export type MessageData = Readonly<Record<string, string | number | Message | Text>>;

/**
 * A message not yet worded: the id of a catalogue entry and the values of its placeholders.
 * The core reports these; formatters word them in the reader's language when they print
 * (as ESLint's rules report a `messageId` and `data`). Plain data, so it survives the result
 * cache and worker threads.
 */
export interface Text {
  readonly id: string;
  readonly data?: MessageData;
}

/** A module's messages, under a namespace that makes their ids unique in the catalogue. */
export interface MessageGroup<M extends Readonly<Record<string, Message>>> {
  readonly namespace: string;
  readonly messages: M;
  /** A finding's words: this group's message `key`, with its data. */
  text(key: keyof M & string, data?: MessageData): Text;
}

export function messageGroup<const M extends Readonly<Record<string, Message>>>(namespace: string, messages: M): MessageGroup<M> {
  return {
    namespace,
    messages,
    text: (key, data) => (data === undefined ? { id: `${namespace}.${key}` } : { id: `${namespace}.${key}`, data }),
  };
}

/** Messages that put other words together: a message already in both languages, two texts side by side. */
export const CORE_MESSAGES = messageGroup('core', {
  verbatim: { en: '{text}', nl: '{text}' },
  pair: { en: '{a}{b}', nl: '{a}{b}' },
});

/** A message already in both languages (a reader's failure, a schema's description), as a text. */
export function verbatim(message: Message): Text {
  return CORE_MESSAGES.text('verbatim', { text: message });
}

/** Words one after the other, with a separator between them ("a" or "b" or "c"). */
export function joinTexts(parts: readonly (string | Text)[], separator: string | Text | Message): string | Text {
  if (parts.length === 0) return '';
  let joined: string | Text = parts[0]!;
  for (const part of parts.slice(1)) joined = CORE_MESSAGES.text('pair', { a: CORE_MESSAGES.text('pair', { a: joined, b: separator }), b: part });
  return joined;
}

/** Fills in a message's placeholders in the chosen language; unknown placeholders stay visible. */
export function formatMessage(message: Message, lang: Lang, data: MessageData = {}, word?: (text: Text, lang: Lang) => string): string {
  return message[lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in data)) return whole;
    const value = data[name]!;
    if (typeof value !== 'object') return String(value);
    if ('id' in value) return word ? word(value, lang) : value.id;
    return value[lang];
  });
}

/**
 * The language to speak: an explicit choice wins, then the locale of the environment
 * (`LC_ALL`, `LC_MESSAGES`, `LANG`); English when nothing says Dutch.
 */
export function chooseLang(explicit: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  if (explicit === 'nl' || explicit === 'en') return explicit;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^nl(?:[_.-]|$)/i.test(locale) ? 'nl' : 'en';
}
