import type { Text } from './i18n.js';

/**
 * An expected failure of the command line itself (a missing path, a bad option): the CLI
 * prints the message and hint (worded in the reader's language) and exits with code 2,
 * without a stack trace.
 */
/** How a text reads in English, for an error's own message (set by the message catalogue when it loads). */
let inEnglish: ((text: Text) => string) | undefined;

export function setEnglishWording(word: (text: Text) => string): void {
  inEnglish = word;
}

export class UsageError extends Error {
  readonly text: string | Text;
  readonly hint: string | Text | undefined;
  constructor(message: string | Text, hint?: string | Text) {
    super(typeof message === 'string' ? message : (inEnglish?.(message) ?? message.id));
    this.name = 'UsageError';
    this.text = message;
    this.hint = hint;
  }
}
