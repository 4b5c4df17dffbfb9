/** The languages agendum speaks. Documents are Dutch; messages follow `--lang` or `LANG`. */
export type Lang = 'en' | 'nl';

export const LANGS: readonly Lang[] = ['en', 'nl'];

/** A message in every language, with `{name}` placeholders. */
export interface Message {
  readonly en: string;
  readonly nl: string;
}

/** Values for placeholders; a value may itself be a message, filled in the same language. */
export type MessageData = Readonly<Record<string, string | number | Message>>;

/** Fills in a message's placeholders in the chosen language; unknown placeholders stay visible. */
export function formatMessage(message: Message, lang: Lang, data: MessageData = {}): string {
  return message[lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in data)) return whole;
    const value = data[name]!;
    return typeof value === 'object' ? value[lang] : String(value);
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
