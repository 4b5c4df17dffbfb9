/**
 * The redline: the new version of a document rendered through its own templates, with the words
 * that went in marked `<ins>`, the words that went out `<del>` in their old place, each change
 * marked in the margin, and a summary of the changes by level at the top linking to each.
 *
 * The changes are marked in the data before rendering: a changed string becomes a marker pair
 * around its new text, a removed item goes back into its old place with its strings marked as
 * deleted. After rendering, each marker pair in the body is replaced by the marked words; in
 * attributes, the title and the table of contents only the new text stays.
 */
import type { Lang, Message } from '../core/i18n.js';
import { fromPointer } from '../core/pointer.js';
import { indexItems } from '../diff/index-items.js';
import type { Change, Level, TextSegment } from '../diff/types.js';
import { isRecord, wordDiff } from '../diff/values.js';
import type { KindRegistry } from '../model/registry.js';
import { renderDocument, type RenderLang } from '../render/index.js';
import { emphasisToHtml } from '../render/text/emphasis.js';
import { escapeHtml } from '../render/text/escape.js';
import { REDLINE_CSS } from './style.js';
import { renderLang } from '../render/labels.js';
import { formatMoney } from '../render/text/money.js';
import { formatPeriod } from '../render/text/period.js';
import { asMoney } from '../diff/values.js';

export interface RedlineOptions {
  /** The language of the summary's words (and of the changes' messages, which come formatted). */
  readonly lang: Lang;
  /** Language of the document's labels; defaults to the document's own. */
  readonly renderLang?: RenderLang;
  readonly kinds?: KindRegistry;
  /** Names of the two versions, for the summary ("oud.yaml", "plan.yaml@v1.0"). */
  readonly oldName?: string;
  readonly newName?: string;
}

const OPEN = '\uE000';
const MIDDLE = '\uE001';
const CLOSE = '\uE002';
const MARKERS = /[\uE000-\uE002]/g;

/**
 * Keys whose strings are ids, references or words of a vocabulary that the templates look up or
 * compare: marking them would change what the template prints, so they are left as they are.
 */
const UNMARKED_KEYS: ReadonlySet<string> = new Set([
  'id', 'kind', 'schemaVersion', 'ref', 'partner', 'party', 'parties', 'after', 'implements', 'affects', 'approvedBy',
  'organisations', 'currency', 'mark', 'type', 'status', 'setting', 'language', 'durationPlacement', 'separator', 'scope',
  'role', 'date', 'startDate', 'endDate', 'url', 'href', 'email', 'phone', 'requiresConsentOf', 'corePartners',
]);

/** Whether a string of the document may carry marks: text a reader reads as written. */
function markable(key: string | number | undefined, text: string): boolean {
  if (typeof key === 'string' && UNMARKED_KEYS.has(key)) return false;
  if (text.trim() === '') return false;
  // A code-like word (a key of a vocabulary) or a date in figures is looked up or reformatted.
  return !/^[a-z][A-Za-z0-9-]*$/.test(text) && !/^\d{4}-\d{2}-\d{2}/.test(text);
}

type Mark =
  | { readonly kind: 'words'; readonly segments: readonly TextSegment[]; readonly change?: number }
  | { readonly kind: 'anchor'; readonly change: number; readonly shown?: { readonly before: string; readonly after: string } };

export const REDLINE_WORDS: Readonly<Record<string, Message>> = {
  heading: { en: 'Changes', nl: 'Wijzigingen' },
  between: { en: 'Compared with {old}.', nl: 'Vergeleken met {old}.' },
  none: { en: 'No changes.', nl: 'Geen wijzigingen.' },
  breaking: { en: 'Breaking', nl: 'Ingrijpend' },
  approval: { en: 'Needs the consent of the parties', nl: 'Vraagt instemming van de partijen' },
  info: { en: 'For information', nl: 'Ter informatie' },
  approved: { en: 'approved by amendment', nl: 'goedgekeurd door wijziging' },
  legend: { en: 'Inserted words are underlined, deleted words struck through; a bar in the margin marks each change.', nl: 'Toegevoegde woorden zijn onderstreept, geschrapte doorgestreept; een streep in de marge markeert elke wijziging.' },
  inserted: { en: 'inserted', nl: 'toegevoegd' },
  deleted: { en: 'deleted', nl: 'geschrapt' },
};

/** The redline of two versions of a document as a printable HTML page. */
export function redlineHtml(oldData: unknown, newData: unknown, changes: readonly Change<string>[], options: RedlineOptions): string {
  if (!isRecord(newData)) throw new TypeError('the redline needs the new version of the document');
  const lang = renderLang(options.renderLang, newData.language);
  const marked = structuredClone(newData) as Record<string, unknown>;
  const marks: Mark[] = [];
  const placed = new Set<number>();
  const wrap = (text: string, mark: Mark) => {
    marks.push(mark);
    if (mark.kind === 'anchor' || mark.change !== undefined) placed.add(mark.change!);
    return `${OPEN}${marks.length - 1}${MIDDLE}${text}${CLOSE}`;
  };
  const all = (op: 'insert' | 'delete', value: unknown, change: number, key?: string | number) =>
    markStrings(value, (text, first) => wrap(text, { kind: 'words', segments: [{ op, text }], ...(first ? { change } : {}) }), key);

  // In place first, by the new pointers; then the removed items go back, by reference.
  const removals: Array<() => void> = [];
  changes.forEach((change, index) => {
    const pointer = change.newPointer;
    if (change.type === 'removed' && change.oldPointer !== undefined && change.oldPointer !== '') {
      const restore = restorer(oldData, marked, change.oldPointer, () => {
        const copy = structuredClone(change.before);
        return all('delete', copy, index, fromPointer(change.oldPointer!).pop());
      });
      if (restore) removals.push(restore);
      return;
    }
    if (pointer === undefined || pointer === '') return;
    const at = locate(marked, pointer);
    if (!at) return;
    const current = at.holder[at.key as never] as unknown;
    if (change.type === 'added') {
      at.holder[at.key as never] = all('insert', current, index, at.key) as never;
      return;
    }
    if ((change.type === 'changed' || change.type === 'renamed') && typeof change.before === 'string' && typeof current === 'string' && markable(at.key, current) && markable(at.key, change.before)) {
      const segments = change.detail?.kind === 'text' ? change.detail.segments : wordDiff(change.before, current).segments;
      at.holder[at.key as never] = wrap(current, { kind: 'words', segments, change: index }) as never;
      return;
    }
    // Amounts, periods, statuses, moves: a mark in the margin beside the first words of the item,
    // and the old value struck through beside the new one where the page prints it.
    const shown = change.type === 'changed' ? shownValues(change.before, current, lang) : undefined;
    const target = change.type === 'moved' ? current : at.holder;
    markStrings(target, (text, first) => (first && !placed.has(index) ? wrap('', { kind: 'anchor', change: index, ...(shown ? { shown } : {}) }) + text : text));
  });
  for (const restore of removals) restore();

  const html = renderDocument(marked, String(marked.kind ?? ''), {
    format: 'html',
    ...(options.renderLang ? { lang: options.renderLang } : {}),
    ...(options.kinds ? { kinds: options.kinds } : {}),
  });
  const anchored = new Set<number>();
  const body = showValues(replaceMarks(html, marks, changes, anchored, options.lang), marks, options.lang);
  return addSummary(body, changes, anchored, options);
}

/** Replaces each string in a value (in place where it can) by what `mark` makes of it; returns the value. */
function markStrings(value: unknown, mark: (text: string, first: boolean) => string, ownKey?: string | number): unknown {
  let first = true;
  const visit = (node: unknown, key: string | number | undefined): unknown => {
    if (typeof node === 'string') {
      if (!markable(key, node)) return node;
      const result = mark(node, first);
      first = false;
      return result;
    }
    if (Array.isArray(node)) {
      // The elements of a list of references (parties: [vng, fier]) are references too.
      node.forEach((element, i) => (node[i] = visit(element, typeof key === 'string' && UNMARKED_KEYS.has(key) ? key : i)));
      return node;
    }
    if (isRecord(node)) {
      const object = node as Record<string, unknown>;
      for (const child of Object.keys(object)) object[child] = visit(object[child], child);
      return object;
    }
    return node;
  };
  return visit(value, ownKey);
}

/** The container and key a pointer ends in, or undefined when it does not resolve. */
function locate(data: unknown, pointer: string): { holder: Record<string, unknown> | unknown[]; key: string | number } | undefined {
  const segments = fromPointer(pointer);
  let node: unknown = data;
  for (let i = 0; i < segments.length - 1; i++) {
    const segment = segments[i]!;
    node = Array.isArray(node) ? node[Number(segment)] : isRecord(node) ? node[segment] : undefined;
    if (node === undefined) return undefined;
  }
  const last = segments[segments.length - 1]!;
  if (Array.isArray(node)) return { holder: node, key: Number(last) };
  if (isRecord(node)) return { holder: node as Record<string, unknown>, key: last };
  return undefined;
}

/**
 * Puts a removed value back where it stood, in the new version: in the same list of the same
 * item (found by id), at its old position. Resolved now, applied later, so that the new
 * pointers of other changes still hold while they are marked.
 */
function restorer(oldData: unknown, marked: Record<string, unknown>, oldPointer: string, value: () => unknown): (() => void) | undefined {
  const segments = fromPointer(oldPointer);
  const last = segments[segments.length - 1]!;
  // The innermost keyed item above the removed value, and the way down from it.
  let anchorDepth = 0;
  let node: unknown = oldData;
  let anchorId: string | undefined;
  for (let i = 0; i < segments.length - 1; i++) {
    node = Array.isArray(node) ? node[Number(segments[i])] : isRecord(node) ? node[segments[i]!] : undefined;
    if (isRecord(node) && typeof node.id === 'string' && Array.isArray(parentOf(oldData, segments.slice(0, i + 1)))) {
      anchorDepth = i + 1;
      anchorId = node.id;
    }
  }
  let start: unknown = marked;
  if (anchorId !== undefined) {
    const item = indexItems(marked).get(anchorId);
    if (!item) return undefined;
    start = item.value;
  }
  let holder: unknown = start;
  for (const segment of segments.slice(anchorDepth, -1)) {
    holder = Array.isArray(holder) ? holder[Number(segment)] : isRecord(holder) ? holder[segment] : undefined;
  }
  if (Array.isArray(holder)) {
    const list = holder;
    const position = Math.min(Number(last), list.length);
    const restored = value();
    return () => void list.splice(Math.min(position, list.length), 0, restored);
  }
  if (isRecord(holder) && !(last in holder)) {
    const object = holder as Record<string, unknown>;
    const restored = value();
    return () => void (object[last] = restored);
  }
  return undefined;
}

function parentOf(data: unknown, segments: readonly string[]): unknown {
  let node: unknown = data;
  for (const segment of segments.slice(0, -1)) node = Array.isArray(node) ? node[Number(segment)] : isRecord(node) ? node[segment] : undefined;
  return node;
}

/** The marked words as HTML: the writer's emphasis kept, insertions and deletions marked. */
function wordsHtml(segments: readonly TextSegment[], lang: Lang): string {
  return segments
    .map((segment) => {
      const text = emphasisToHtml(segment.text);
      if (segment.op === 'equal') return text;
      const tag = segment.op === 'insert' ? 'ins' : 'del';
      // The word for screen readers and for copied text, which lose the styling.
      const said = REDLINE_WORDS[segment.op === 'insert' ? 'inserted' : 'deleted']![lang];
      return `<${tag} title="${said}">${text}</${tag}>`;
    })
    .join('');
}

function marginMark(index: number, change: Change<string>, lang: Lang): string {
  return `<span class="redline-mark redline-${change.level}" id="change-${index + 1}" role="note" aria-label="${escapeHtml(`${REDLINE_WORDS[change.level]![lang]}: ${change.message}`)}"></span>`;
}

/**
 * The rendered page with its markers replaced: marked words in the body; in tags, the title
 * and the table of contents just the new text (or nothing for what was deleted).
 */
function replaceMarks(html: string, marks: readonly Mark[], changes: readonly Change<string>[], anchored: Set<number>, lang: Lang): string {
  const plain = (text: string) =>
    text.replace(new RegExp(`${OPEN}(\\d+)${MIDDLE}([^${OPEN}${CLOSE}]*?)${CLOSE}`, 'g'), (_whole, n: string, inner: string) => {
      const mark = marks[Number(n)];
      return mark?.kind === 'words' && mark.segments.every((s) => s.op === 'delete') ? '' : inner;
    });
  // Attributes and places that take no markup.
  let out = html.replace(/<[^>]*>/g, (tag) => plain(tag).replace(MARKERS, ''));
  out = out.replace(/<title>[\s\S]*?<\/title>|<nav\b[\s\S]*?<\/nav>|<svg\b[\s\S]*?<\/svg>/g, (part) => plain(part).replace(MARKERS, ''));
  out = out.replace(new RegExp(`${OPEN}(\\d+)${MIDDLE}([^${OPEN}${CLOSE}]*?)${CLOSE}`, 'g'), (_whole, n: string, inner: string) => {
    const mark = marks[Number(n)];
    if (!mark) return inner;
    const change = mark.change;
    let prefix = '';
    if (change !== undefined && !anchored.has(change)) {
      anchored.add(change);
      prefix = marginMark(change, changes[change]!, lang);
    }
    if (mark.kind === 'anchor') return `${prefix}${mark.shown ? `${VALUE}${n}${VALUE}` : ''}`;
    return `${prefix}${wordsHtml(mark.segments, lang)}`;
  });
  return out.replace(MARKERS, '');
}

const VALUE = '\uE003';

/** How the page prints an amount or a period, before and after, when both can be said. */
function shownValues(before: unknown, after: unknown, lang: RenderLang): { before: string; after: string } | undefined {
  if (asMoney(before) && asMoney(after)) return { before: formatMoney(before, lang), after: formatMoney(after, lang) };
  const period = (value: unknown) => (isRecord(value) || Array.isArray(value) ? formatPeriod(value, lang) : '');
  const [old, now] = [period(before), period(after)];
  return old !== '' && now !== '' && old !== now ? { before: old, after: now } : undefined;
}

/**
 * Beside each mark of a changed amount or period: the printed new value nearest to the mark (in
 * the same line, before or after it) becomes the old value struck through and the new one marked.
 */
function showValues(html: string, marks: readonly Mark[], lang: Lang): string {
  let out = html;
  for (let at = out.indexOf(VALUE); at >= 0; at = out.indexOf(VALUE)) {
    const end = out.indexOf(VALUE, at + 1);
    const mark = marks[Number(out.slice(at + 1, end))];
    out = out.slice(0, at) + out.slice(end + 1);
    if (mark?.kind !== 'anchor' || !mark.shown) continue;
    const printed = escapeHtml(mark.shown.after);
    // Only in the page's text, never inside a tag (a mark's own label says the value too).
    const inTag = (i: number) => out.lastIndexOf('<', i) > out.lastIndexOf('>', i);
    let back = out.lastIndexOf(printed, at);
    while (back >= 0 && inTag(back)) back = back === 0 ? -1 : out.lastIndexOf(printed, back - 1);
    let ahead = out.indexOf(printed, at);
    while (ahead >= 0 && inTag(ahead)) ahead = out.indexOf(printed, ahead + 1);
    const candidates = [back >= 0 && at - back < 400 ? back : -1, ahead >= 0 && ahead - at < 2000 ? ahead : -1].filter((i) => i >= 0);
    if (candidates.length === 0) continue;
    const found = candidates.sort((a, b) => Math.abs(a - at) - Math.abs(b - at))[0]!;
    const said = (key: 'inserted' | 'deleted') => REDLINE_WORDS[key]![lang];
    const replacement = `<del title="${said('deleted')}">${escapeHtml(mark.shown.before)}</del> <ins title="${said('inserted')}">${printed}</ins>`;
    out = out.slice(0, found) + replacement + out.slice(found + printed.length);
  }
  return out;
}

const LEVEL_ORDER: readonly Level[] = ['breaking', 'approval', 'info'];

/** The summary of the changes by level, each linking to its place, at the top of the page; the marking style in the head. */
function addSummary(html: string, changes: readonly Change<string>[], anchored: ReadonlySet<number>, options: RedlineOptions): string {
  const { lang } = options;
  const say = (key: string) => REDLINE_WORDS[key]![lang];
  const groups = LEVEL_ORDER.map((level) => {
    const items = changes.map((change, index) => ({ change, index })).filter(({ change }) => change.level === level);
    if (items.length === 0) return '';
    const rows = items
      .map(({ change, index }) => {
        // A whole item's message names it; its place is the items around it.
        const whole = change.id !== undefined && (change.type === 'added' || change.type === 'removed' || change.type === 'moved');
        const place = whole ? change.section : change.where;
        const where = place && !change.message.includes(place) ? `<span class="redline-where">${escapeHtml(place)}</span>: ` : '';
        const text = `${where}${escapeHtml(change.message)}${change.satisfied ? ` <span class="redline-approved">(${say('approved')} ${escapeHtml(change.amendment ?? '')})</span>` : ''}`;
        return `<li>${anchored.has(index) ? `<a href="#change-${index + 1}">${text}</a>` : text}</li>`;
      })
      .join('\n');
    return `<section class="redline-level redline-${level}" aria-labelledby="redline-${level}">\n<h3 id="redline-${level}">${say(level)} (${items.length})</h3>\n<ol>\n${rows}\n</ol>\n</section>`;
  }).join('\n');
  const compared = options.oldName ? `<p>${escapeHtml(say('between').replace('{old}', options.oldName))}</p>\n` : '';
  const summary = `<section class="redline-summary" aria-labelledby="redline-summary">\n<h2 id="redline-summary">${say('heading')}</h2>\n${compared}<p class="redline-legend">${say('legend')}</p>\n${changes.length === 0 ? `<p>${say('none')}</p>` : groups}\n</section>\n`;
  const styled = html.replace(/<\/head>/, `<style>${REDLINE_CSS}</style>\n</head>`);
  // After the cover, so that the page opens as the document does.
  if (/<\/header>/.test(styled)) return styled.replace(/<\/header>/, `</header>\n${summary}`);
  return styled.replace(/<body([^>]*)>/, `<body$1>\n${summary}`);
}
