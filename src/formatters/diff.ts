import { Chalk } from 'chalk';
import type { Diagnostic } from '../core/diagnostic.js';
import { summarise } from '../core/diagnostic.js';
import type { Lang } from '../core/i18n.js';
import { messageGroup } from '../core/i18n.js';
import type { Change, Level, TextSegment } from '../diff/types.js';
import { word, wordDiagnostic } from '../i18n/catalogue.js';
import { hasWordChanges, inlineWords, outsideSpaces, PLAIN_MARKS, type WordMarks } from './words.js';
import { diagnosticJson } from './json.js';
import { escapeData, escapeProperty } from './github.js';
import { escapeMarkdown, markdown } from './markdown.js';
import { pretty } from './pretty.js';
import { printable } from './printable.js';

/** One compared document: where each change is in the new (or, when removed, the old) file. */
export interface FileDiff {
  readonly oldFile?: string;
  readonly newFile?: string;
  /** The file was renamed or moved in the revision range (git followed it). */
  readonly renamed?: boolean;
  readonly changes: readonly LocatedChange[];
}

export interface LocatedChange extends Change<string> {
  /** 1-based position in the new file, or in the old one for a removal. */
  readonly line?: number;
  readonly column?: number;
  readonly file?: string;
}

export interface DiffSummary {
  readonly files: number;
  readonly changes: number;
  readonly breaking: number;
  readonly approval: number;
  readonly approved: number;
  readonly info: number;
}

export interface DiffFormatContext {
  readonly color: boolean;
  readonly lang: Lang;
  /** Files that could not be compared (not readable, not valid YAML), as findings. */
  readonly findings?: readonly Diagnostic[];
  /** Their text, for code frames. */
  readonly sources?: ReadonlyMap<string, string>;
}

/** The findings of files that could not be compared, as the checks print them; nothing when there are none. */
function findingsAs(format: 'pretty' | 'markdown', context: DiffFormatContext): string {
  const findings = context.findings ?? [];
  if (findings.length === 0) return '';
  const result = { diagnostics: findings, summary: summarise(findings, new Set(findings.map((d) => d.file)).size) };
  return (format === 'pretty' ? pretty : markdown)(result, { color: context.color, lang: context.lang, ...(context.sources ? { sources: context.sources } : {}) });
}

/** The summary line is left out when nothing could be compared. */
const nothingCompared = (diffs: readonly FileDiff[], context: DiffFormatContext) => diffs.length === 0 && (context.findings?.length ?? 0) > 0;

export type DiffFormatter = (diffs: readonly FileDiff[], summary: DiffSummary, context: DiffFormatContext) => string;

export const DIFF_WORDS = {
  en: { none: 'no changes', changes: ['change', 'changes'], in: 'in', files: ['file', 'files'], approved: 'approved by amendment', new: 'new file', removed: 'removed file', renamed: 'renamed, no change of meaning' },
  nl: { none: 'geen wijzigingen', changes: ['wijziging', 'wijzigingen'], in: 'in', files: ['bestand', 'bestanden'], approved: 'goedgekeurd door wijziging', new: 'nieuw bestand', removed: 'verwijderd bestand', renamed: 'hernoemd, inhoudelijk ongewijzigd' },
} as const;

/** The levels of changes and the diff table's headings, in every language. */
export const DIFF_REPORT_MESSAGES = messageGroup('diffReport', {
  breaking: { en: 'breaking', nl: 'ingrijpend' },
  approval: { en: 'approval', nl: 'instemming nodig' },
  info: { en: 'info', nl: 'ter informatie' },
  level: { en: 'level', nl: 'niveau' },
  change: { en: 'change', nl: 'wijziging' },
  where: { en: 'where', nl: 'waar' },
  what: { en: 'what', nl: 'wat' },
  document: { en: '(document)', nl: '(document)' },
});

const said = (lang: Lang, key: keyof typeof DIFF_REPORT_MESSAGES.messages) => DIFF_REPORT_MESSAGES.messages[key][lang];

export function summariseDiffs(diffs: readonly FileDiff[]): DiffSummary {
  const all = diffs.flatMap((d) => d.changes);
  return {
    files: diffs.length,
    changes: all.length,
    breaking: all.filter((c) => c.level === 'breaking').length,
    approval: all.filter((c) => c.level === 'approval').length,
    approved: all.filter((c) => c.level === 'approval' && c.satisfied).length,
    info: all.filter((c) => c.level === 'info').length,
  };
}

function header(diff: FileDiff, lang: Lang): string {
  const w = DIFF_WORDS[lang];
  if (!diff.oldFile) return `${diff.newFile} (${w.new})`;
  if (!diff.newFile) return `${diff.oldFile} (${w.removed})`;
  return diff.oldFile === diff.newFile ? diff.newFile : `${diff.oldFile} → ${diff.newFile}`;
}

function summaryLine(summary: DiffSummary, lang: Lang): string {
  const w = DIFF_WORDS[lang];
  if (summary.changes === 0) return w.none;
  const n = (count: number, word: readonly [string, string]) => `${count} ${word[count === 1 ? 0 : 1]}`;
  const approval = summary.approval ? `${summary.approval} ${said(lang, 'approval')}${summary.approved ? ` (${summary.approved} ${w.approved})` : ''}` : '';
  const parts = [summary.breaking ? `${summary.breaking} ${said(lang, 'breaking')}` : '', approval, summary.info ? `${summary.info} ${said(lang, 'info')}` : ''].filter(Boolean);
  return `${n(summary.changes, w.changes)} ${w.in} ${n(summary.files, w.files)}: ${parts.join(', ')}`;
}

const SYMBOLS: Record<Change['type'], string> = { added: '+', removed: '−', changed: '~', moved: '→', renamed: '✎' };

/** What a change names below its section: the field ("Financiering 2 › Bedrag"), or nothing when it is about a whole item. */
function fieldOf(change: LocatedChange): string {
  if (change.where === change.section) return '';
  if (change.section === '') return change.where;
  return change.where.startsWith(`${change.section} › `) ? change.where.slice(change.section.length + 3) : '';
}

/** Whether a change is about a whole item, which its message names. */
function wholeItem(change: LocatedChange): boolean {
  return wholeDocument(change) || (change.id !== undefined && (change.type === 'added' || change.type === 'removed' || change.type === 'moved'));
}

/** Whether a change adds or removes a whole document. */
function wholeDocument(change: LocatedChange): boolean {
  return change.path === '' && ((change.type === 'added' && change.newPointer === '') || (change.type === 'removed' && change.oldPointer === ''));
}

/** The changed words of a text change, when there are any. */
function wordSegments(change: LocatedChange): readonly TextSegment[] | undefined {
  return change.detail?.kind === 'text' && hasWordChanges(change.detail.segments) ? change.detail.segments : undefined;
}


/**
 * Changes grouped by section, each with +/−/~/→ by type, its level, code, place and message;
 * a summary line with counts per level last.
 */
export const prettyDiff: DiffFormatter = (diffs, summary, context) => {
  const c = new Chalk({ level: context.color ? 1 : 0 });
  const paint: Record<Level, (s: string) => string> = { breaking: c.red, approval: c.yellow, info: (s) => s };
  const symbolPaint: Record<Change['type'], (s: string) => string> = { added: c.green, removed: c.red, changed: c.yellow, moved: c.cyan, renamed: c.cyan };
  const lines: string[] = [];
  for (const diff of diffs) {
    if (diff.changes.length === 0) {
      if (diff.renamed) lines.push(`${c.bold(printable(header(diff, context.lang)))} ${c.dim(`(${DIFF_WORDS[context.lang].renamed})`)}`);
      continue;
    }
    const [only] = diff.changes;
    if (diff.changes.length === 1 && only && wholeDocument(only)) {
      // A document added or removed as a whole is one line: the file, then what it was.
      const where = only.line ? ` ${c.dim(`${only.line}:${only.column ?? 1}`)}` : '';
      lines.push(`${symbolPaint[only.type](SYMBOLS[only.type])} ${paint[only.level](said(context.lang, only.level))} ${c.dim(only.code)} ${c.bold(printable(header(diff, context.lang)))}: ${printable(only.message)}${where}`);
      continue;
    }
    lines.push(c.bold(printable(header(diff, context.lang))));
    let section: string | undefined;
    const marks: WordMarks = context.color
      ? { equal: (text) => text, insert: (text) => c.green.underline(text), delete: (text) => c.red.strikethrough(text), elision: c.dim('…') }
      : PLAIN_MARKS;
    for (const change of diff.changes) {
      const here = change.section;
      if (here !== section) {
        section = here;
        lines.push(`  ${c.bold(printable(here) || said(context.lang, 'document'))}`);
      }
      const field = wholeItem(change) ? '' : fieldOf(change);
      const where = change.line ? c.dim(`${change.line}:${change.column ?? 1}`) : '';
      const approved = change.satisfied ? c.green(printable(` ✓ ${DIFF_WORDS[context.lang].approved} ${change.amendment ?? ''}`.trimEnd())) : '';
      lines.push(`    ${symbolPaint[change.type](SYMBOLS[change.type])} ${paint[change.level](said(context.lang, change.level))} ${c.dim(change.code)} ${printable(`${field && !startsWithWord(change.message, field) ? `${field}: ` : ''}${change.message}`)}${approved} ${where}`.trimEnd());
      const segments = wordSegments(change);
      if (segments) lines.push(`        ${inlineWords(segments.map((s) => ({ op: s.op, text: printable(s.text) })), marks)}`);
    }
  }
  if (nothingCompared(diffs, context)) return findingsAs('pretty', context);
  lines.push(summaryLine(summary, context.lang));
  return `${findingsAs('pretty', context)}${lines.join('\n')}\n`;
};

/**
 * One object: every change with its file, `path` as a JSON pointer (in the new document, or the
 * old one for a removal; `fromPath` for where a moved item was), the readable path, and the summary.
 */
export const jsonDiff: DiffFormatter = (diffs, summary, context) =>
  `${JSON.stringify(
    {
      diagnostics: (context.findings ?? []).map((d) => diagnosticJson(wordDiagnostic(d, context.lang), context.lang)),
      changes: diffs.flatMap((d) =>
        d.changes.map((c) => ({
          type: c.type,
          ...(c.id ? { id: c.id } : {}),
          path: c.newPointer ?? c.oldPointer ?? '',
          ...(c.type === 'moved' && c.oldPointer !== undefined ? { fromPath: c.oldPointer } : {}),
          ...(c.before !== undefined ? { before: c.before } : {}),
          ...(c.after !== undefined ? { after: c.after } : {}),
          level: c.level,
          code: c.code,
          message: c.message,
          location: c.path,
          where: c.where,
          ...(c.fromWhere !== undefined ? { fromWhere: c.fromWhere } : {}),
          ...(d.oldFile ? { oldFile: d.oldFile } : {}),
          ...(d.newFile ? { newFile: d.newFile } : {}),
          ...(c.file ? { file: c.file, line: c.line, column: c.column } : {}),
          ...(c.detail ? { detail: c.detail } : {}),
          ...(c.satisfied ? { satisfied: true, amendment: c.amendment } : {}),
        })),
      ),
      files: diffs.map((d) => ({ ...(d.oldFile ? { old: d.oldFile } : {}), ...(d.newFile ? { new: d.newFile } : {}), ...(d.renamed ? { renamed: true } : {}), changes: d.changes.length })),
      summary,
    },
    null,
    2,
  )}\n`;

/** A Markdown report for a pull request or a job summary: a table of changes per file. */
export const markdownDiff: DiffFormatter = (diffs, summary, context) => {
  if (nothingCompared(diffs, context)) return findingsAs('markdown', context);
  const lines = [`### agendum diff`, '', escapeMarkdown(summaryLine(summary, context.lang)), ''];
  for (const diff of diffs) {
    if (diff.changes.length === 0) {
      if (diff.renamed) lines.push(`#### ${escapeMarkdown(header(diff, context.lang))}`, '', escapeMarkdown(DIFF_WORDS[context.lang].renamed), '');
      continue;
    }
    const heads = (['level', 'change', 'where', 'what'] as const).map((key) => said(context.lang, key));
    lines.push(`#### ${escapeMarkdown(header(diff, context.lang))}`, '', `| ${heads.join(' | ')} |`, '|---|---|---|---|');
    const rank = (change: LocatedChange) => (change.level === 'breaking' ? 0 : change.level === 'approval' ? (change.satisfied ? 2 : 1) : 3);
    const ordered = diff.changes.map((change, index) => ({ change, index })).sort((a, b) => rank(a.change) - rank(b.change) || a.index - b.index);
    for (const { change } of ordered) {
      const word = said(context.lang, change.level);
      const level = change.level === 'breaking' ? `**${word}**` : change.level === 'approval' ? (change.satisfied ? `${word} ✓` : `**${word}**`) : word;
      const where = `${cell(escapeMarkdown(change.where || said(context.lang, 'document')))}${change.line ? ` (${change.line})` : ''}`;
      const segments = wordSegments(change);
      const words = segments ? `<br>${cell(inlineWords(segments, MARKDOWN_MARKS))}` : '';
      lines.push(`| ${level} | ${escapeMarkdown(change.code)} | ${where} | ${cell(escapeMarkdown(change.message))}${words} |`);
    }
    lines.push('');
  }
  return `${findingsAs('markdown', context)}${lines.join('\n')}\n`;
};

/** Inserted words in bold, deleted ones struck through, each escaped. */
const MARKDOWN_MARKS: WordMarks = {
  equal: (text) => escapeMarkdown(text),
  insert: outsideSpaces((text) => `**${escapeMarkdown(text)}**`),
  delete: outsideSpaces((text) => `~~${escapeMarkdown(text)}~~`),
  elision: '…',
  between: ' ',
};

/** Escaped Markdown that stays in one table cell. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ');
}

/**
 * GitHub Actions workflow commands, one annotation per change on the line it is at: breaking
 * changes as errors, changes that still need consent as warnings, the rest as notices; each
 * names its place as the rendered document does and shows the changed words.
 */
export const githubDiff: DiffFormatter = (diffs, _summary, context) => {
  const lines: string[] = [];
  for (const finding of context.findings ?? []) {
    lines.push(`::error file=${printable(escapeProperty(finding.file))},line=${finding.range.start.line},title=${escapeProperty(finding.code)}::${printable(escapeData(word(finding.message, context.lang)))}`);
  }
  for (const diff of diffs) {
    for (const change of diff.changes) {
      const command = change.level === 'breaking' ? 'error' : change.level === 'approval' && !change.satisfied ? 'warning' : 'notice';
      const file = change.file ?? diff.newFile ?? diff.oldFile ?? '';
      const place = [`file=${printable(escapeProperty(file))}`, ...(change.line ? [`line=${change.line}`] : []), `title=${escapeProperty(`${change.code} (${said(context.lang, change.level)})`)}`];
      const segments = wordSegments(change);
      const text = [wholeItem(change) || !change.where ? change.message : `${change.where}: ${change.message}`, ...(segments ? [inlineWords(segments, PLAIN_MARKS)] : [])].join('\n');
      lines.push(`::${command} ${place.join(',')}::${printable(escapeData(text))}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};

export const DIFF_FORMATTERS: Readonly<Record<string, DiffFormatter>> = { pretty: prettyDiff, json: jsonDiff, markdown: markdownDiff, github: githubDiff };

/** Whether a message opens with the field's own name ("duration longer" for `duration`), which would then be said twice. */
function startsWithWord(message: string, field: string): boolean {
  const last = field.split(/[.[\]]/).filter(Boolean).pop() ?? field;
  return message.toLowerCase().startsWith(`${last.toLowerCase()} `);
}
