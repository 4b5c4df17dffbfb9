import { Chalk } from 'chalk';
import { UsageError } from '../../core/errors.js';
import { decodeText, displayPath } from '../../core/files.js';
import type { Lang, Message } from '../../core/i18n.js';
import { chooseLang, formatMessage } from '../../core/i18n.js';
import { parseSource } from '../../core/source.js';
import { diffDocuments } from '../../diff/index.js';
import type { Change, Level } from '../../diff/types.js';
import { printable } from '../../formatters/printable.js';
import { word } from '../../i18n/catalogue.js';
import { upgradeSource } from '../../migrate/index.js';
import { blobsAt, revisionsOf, type Revision } from '../git.js';
import { MONITOR_MESSAGES } from '../monitor-messages.js';
import type { CliIO } from '../io.js';
import { wantsColor } from '../io.js';
import { loadRunConfig } from '../run-config.js';

export interface LogOptions {
  readonly format?: string;
  readonly maxCount?: string;
  readonly lang?: string;
  readonly color?: string;
  readonly config?: string;
}

/** One revision of the document with what it changed in meaning. */
interface Entry {
  readonly revision: Revision;
  readonly changes: readonly Change<string>[];
  /** Why the revision could not be compared (not valid YAML, not readable). */
  readonly unreadable?: string;
}

export const LOG_WORDS: Readonly<Record<string, Message>> = {
  none: { en: 'no change of meaning', nl: 'geen inhoudelijke wijziging' },
  changes: { en: '{count} change(s)', nl: '{count} wijziging(en)' },
  breaking: { en: '{count} breaking', nl: '{count} ingrijpend' },
  approval: { en: '{count} needing consent', nl: '{count} vraagt instemming' },
  info: { en: '{count} info', nl: '{count} ter informatie' },
  more: { en: '… and {count} more', nl: '… en nog {count}' },
  unreadable: { en: 'cannot be compared: {why}', nl: 'niet te vergelijken: {why}' },
  renamed: { en: 'renamed from {from}', nl: 'hernoemd van {from}' },
  empty: { en: 'no revisions of {file} in git', nl: 'geen versies van {file} in git' },
};

/** Items named per revision before the rest are counted. */
const NAMED_ITEMS = 4;

/**
 * `agendum log FILE`: the revisions of a document in git, newest first, each with the summary of
 * what it changed in meaning (changes per level, the items changed). Every revision is read and
 * parsed once, from one git process, and compared with the one before it.
 */
export async function runLog(file: string, options: LogOptions, io: CliIO): Promise<number> {
  const format = options.format ?? 'pretty';
  if (format !== 'pretty' && format !== 'json') throw new UsageError(MONITOR_MESSAGES.text('logFormat', { format }), MONITOR_MESSAGES.text('useFormats', { list: 'pretty, json' }));
  const maxCount = options.maxCount === undefined ? undefined : Number(options.maxCount);
  if (maxCount !== undefined && (!Number.isInteger(maxCount) || maxCount < 1)) throw new UsageError(MONITOR_MESSAGES.text('maxCount', { value: String(options.maxCount) }));
  const config = await loadRunConfig(io.cwd, options.config, [file]);
  const lang = chooseLang(options.lang ?? config.language, io.env);
  // One more than shown, so that the oldest shown revision is compared with the one before it.
  const revisions = await revisionsOf(file, io.cwd, maxCount === undefined ? undefined : maxCount + 1);
  if (revisions.length === 0) throw new UsageError(formatMessage(LOG_WORDS.empty!, lang, { file }), MONITOR_MESSAGES.text('commitFirst'));
  const blobs = await blobsAt(revisions.map((r) => `${r.commit}:${r.path}`), io.cwd);

  const parsed = blobs.map((blob, index) => {
    if (blob === undefined) return { data: null };
    const read = decodeText(blob);
    if (!read.ok) return { error: read.message[lang] };
    const upgraded = upgradeSource(parseSource(read.text, revisions[index]!.path));
    const error = [...upgraded.source.diagnostics, ...upgraded.diagnostics].find((d) => d.severity === 'error');
    return error ? { error: `${error.range.start.line}:${error.range.start.column} ${word(error.message, lang)}` } : { data: upgraded.source.data };
  });

  const shown = maxCount === undefined ? revisions.length : Math.min(maxCount, revisions.length);
  const entries: Entry[] = [];
  for (let i = 0; i < shown; i++) {
    const now = parsed[i]!;
    const before = i + 1 < revisions.length ? parsed[i + 1]! : { data: null };
    const broken = 'error' in now ? now.error : 'error' in before ? before.error : undefined;
    if (broken !== undefined) {
      entries.push({ revision: revisions[i]!, changes: [], unreadable: broken });
      continue;
    }
    const result = diffDocuments('data' in before ? before.data : null, 'data' in now ? now.data : null, { lang, kinds: config.kinds, ...(config.diffLevels ? { levels: config.diffLevels as Record<string, Level> } : {}) });
    entries.push({ revision: revisions[i]!, changes: result.changes });
  }

  if (format === 'json') {
    io.stdout.write(`${JSON.stringify({ file: displayPath(file, io.cwd), revisions: entries.map((entry, index) => entryJson(entry, revisions[index + 1])) }, null, 2)}\n`);
    return 0;
  }
  const c = new Chalk({ level: wantsColor(io, options.color) ? 1 : 0 });
  const lines: string[] = [];
  entries.forEach((entry, index) => {
    const { revision } = entry;
    lines.push(`${c.yellow(revision.commit.slice(0, 7))} ${revision.date} ${printable(revision.author)}  ${c.bold(printable(revision.subject))}`);
    const previous = revisions[index + 1];
    if (previous && previous.path !== revision.path) lines.push(`    ${c.dim(printable(formatMessage(LOG_WORDS.renamed!, lang, { from: previous.path })))}`);
    if (entry.unreadable !== undefined) {
      lines.push(`    ${c.red(printable(formatMessage(LOG_WORDS.unreadable!, lang, { why: entry.unreadable })))}`);
      return;
    }
    lines.push(`    ${summaryOf(entry.changes, lang, c)}`);
    for (const name of namesOf(entry.changes).slice(0, NAMED_ITEMS)) lines.push(`      ${printable(name)}`);
    const more = namesOf(entry.changes).length - NAMED_ITEMS;
    if (more > 0) lines.push(`      ${c.dim(formatMessage(LOG_WORDS.more!, lang, { count: more }))}`);
  });
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/** "3 wijziging(en): 1 ingrijpend, 2 ter informatie", or that nothing changed in meaning. */
function summaryOf(changes: readonly Change<string>[], lang: Lang, c: InstanceType<typeof Chalk>): string {
  if (changes.length === 0) return c.dim(LOG_WORDS.none![lang]);
  const count = (level: Level) => changes.filter((change) => change.level === level).length;
  const paint: Record<Level, (s: string) => string> = { breaking: c.red, approval: c.yellow, info: (s) => s };
  const parts = (['breaking', 'approval', 'info'] as const).filter((level) => count(level) > 0).map((level) => paint[level](formatMessage(LOG_WORDS[level]!, lang, { count: count(level) })));
  return `${formatMessage(LOG_WORDS.changes!, lang, { count: changes.length })}: ${parts.join(', ')}`;
}

/** The items a revision changed, each once, as the rendered document names them; a whole document by its message. */
function namesOf(changes: readonly Change<string>[]): string[] {
  const names: string[] = [];
  for (const change of changes) {
    const whole = change.id !== undefined && (change.type === 'added' || change.type === 'removed' || change.type === 'moved');
    const wholeDocument = change.path === '' && (change.type === 'added' || change.type === 'removed');
    const name = wholeDocument || whole ? change.message : change.section || change.where || change.message;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

function entryJson(entry: Entry, previous: Revision | undefined): Record<string, unknown> {
  const { revision } = entry;
  const count = (level: Level) => entry.changes.filter((change) => change.level === level).length;
  return {
    commit: revision.commit,
    date: revision.date,
    author: revision.author,
    subject: revision.subject,
    path: revision.path,
    ...(previous && previous.path !== revision.path ? { renamedFrom: previous.path } : {}),
    ...(entry.unreadable !== undefined ? { unreadable: entry.unreadable } : {}),
    summary: { changes: entry.changes.length, breaking: count('breaking'), approval: count('approval'), info: count('info') },
    changes: entry.changes.map((change) => ({ type: change.type, level: change.level, code: change.code, message: change.message, where: change.where, path: change.newPointer ?? change.oldPointer ?? '' })),
  };
}
