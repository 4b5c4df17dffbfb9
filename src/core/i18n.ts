/** The languages agendum speaks. Documents are Dutch; messages follow `--lang` or `LANG`. */
export type Lang = 'en' | 'nl';

export const LANGS: readonly Lang[] = ['en', 'nl'];

/** A message in every language, with `{name}` placeholders. */
export interface Message {
  readonly en: string;
  readonly nl: string;
}

export type MessageData = Readonly<Record<string, string | number>>;

/** Fills in a message's placeholders in the chosen language; unknown placeholders stay visible. */
export function formatMessage(message: Message, lang: Lang, data: MessageData = {}): string {
  return message[lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
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
