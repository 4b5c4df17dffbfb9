import type { Severity, Summary } from '../core/diagnostic.js';
import type { Lang } from '../core/i18n.js';
import { formatMessage, messageGroup } from '../core/i18n.js';
import type { WordedDiagnostic } from '../i18n/catalogue.js';
import { wordDiagnostic } from '../i18n/catalogue.js';
import type { CheckResult, FormatContext } from './types.js';

/** The formatters' own words: severities, counts, headings. */
export const REPORT_MESSAGES = messageGroup('report', {
  error: { en: 'error', nl: 'fout' },
  warning: { en: 'warning', nl: 'waarschuwing' },
  info: { en: 'info', nl: 'melding' },
  fileOne: { en: '{n} file', nl: '{n} bestand' },
  fileMany: { en: '{n} files', nl: '{n} bestanden' },
  errorOne: { en: '{n} error', nl: '{n} fout' },
  errorMany: { en: '{n} errors', nl: '{n} fouten' },
  warningOne: { en: '{n} warning', nl: '{n} waarschuwing' },
  warningMany: { en: '{n} warnings', nl: '{n} waarschuwingen' },
  infoOne: { en: '{n} info', nl: '{n} melding' },
  infoMany: { en: '{n} infos', nl: '{n} meldingen' },
  clean: { en: '{files} checked: no problems', nl: '{files} gecontroleerd: geen problemen' },
  counts: { en: '{counts} in {files}', nl: '{counts} in {files}' },
  hint: { en: 'hint:', nl: 'tip:' },
  hintCapital: { en: 'Hint:', nl: 'Tip:' },
  or: { en: 'or:', nl: 'of:' },
  more: { en: '({n} more explanation(s) with --verbose)', nl: '({n} andere verklaring(en) met --verbose)' },
  location: { en: 'Location', nl: 'Plaats' },
  severity: { en: 'Severity', nl: 'Ernst' },
  code: { en: 'Code', nl: 'Code' },
  message: { en: 'Message', nl: 'Melding' },
  noProblems: { en: 'no problems', nl: 'geen problemen' },
});

type Key = keyof typeof REPORT_MESSAGES.messages;

/** A formatter's own word in a language. */
export function say(lang: Lang, key: Key, data?: Record<string, string | number>): string {
  return formatMessage(REPORT_MESSAGES.messages[key], lang, data);
}

export function severityWord(severity: Severity, lang: Lang): string {
  return say(lang, severity);
}

/** "3 files", "1 fout". */
export function count(lang: Lang, n: number, what: 'file' | 'error' | 'warning' | 'info'): string {
  return say(lang, `${what}${n === 1 ? 'One' : 'Many'}` as Key, { n });
}

/** The summary line: "2 errors, 1 warning in 3 files", or "3 files checked: no problems". */
export function summaryLine(summary: Summary, lang: Lang, emphasise: (counts: string) => string = (counts) => counts): { clean: boolean; text: string } {
  const { errors, warnings, infos, files } = summary;
  if (errors + warnings + infos === 0) return { clean: true, text: say(lang, 'clean', { files: count(lang, files, 'file') }) };
  const counts = [count(lang, errors, 'error'), count(lang, warnings, 'warning'), ...(infos ? [count(lang, infos, 'info')] : [])];
  return { clean: false, text: say(lang, 'counts', { counts: emphasise(counts.join(', ')), files: count(lang, files, 'file') }) };
}

/** The findings of a result worded in the context's language (English when none is given). */
export function wordedFindings(result: CheckResult, context: Pick<FormatContext, 'lang'>): { lang: Lang; diagnostics: WordedDiagnostic[] } {
  const lang = context.lang ?? 'en';
  return { lang, diagnostics: result.diagnostics.map((d) => wordDiagnostic(d, lang)) };
}
