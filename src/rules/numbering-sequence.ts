import type { PathSegment } from '../core/pointer.js';
import { toPointer } from '../core/pointer.js';
import { isRecord } from './select.js';
import type { DocumentContext, Rule } from './types.js';
import { visits } from './visits.js';

type Style = 'digits' | 'lower' | 'upper' | 'roman-lower' | 'roman-upper';

interface Numbered {
  /** The number as written ("3", "b", "4.5.1.2"). */
  readonly written: string;
  /** Everything before the last component ("4.5.1" for "4.5.1.2"); siblings share it. */
  readonly prefix: string;
  readonly last: string;
  readonly path: readonly PathSegment[];
}

/**
 * Lists whose items carry their number as written (`number`) are checked for gaps, duplicates
 * and numbers that go back. Each list is checked on its own, so nested lists (4.a, 4.b) are a
 * level of their own; dotted numbers are compared by their last part among siblings with the
 * same prefix. A list may start anywhere, since some documents continue the numbering of an
 * earlier list.
 */
export const numberingSequence: Rule = {
  meta: {
    id: 'numbering/sequence',
    description: {
      en: 'Explicitly numbered lists (items with `number`: 1, 2, 3 or a, b, c or 4.5.1.1) have no gaps, no duplicates and do not go back, per list and at every nesting level; a nested item numbered with dots continues the number of the item it stands in (4.5.1 under 4.5).',
      nl: 'Expliciet genummerde lijsten (onderdelen met `number`: 1, 2, 3 of a, b, c of 4.5.1.1) hebben geen gaten, geen dubbele nummers en gaan niet terug, per lijst en op elk niveau; een genest onderdeel met punten in zijn nummer zet het nummer voort van het onderdeel waarin het staat (4.5.1 onder 4.5).',
    },
    severity: 'warning',
    messages: {
      gap: {
        en: 'numbering skips {missing}: "{number}" follows "{previous}"',
        nl: 'nummering slaat {missing} over: "{number}" volgt op "{previous}"',
      },
      duplicate: {
        en: 'number "{number}" is used twice in this list',
        nl: 'nummer "{number}" komt twee keer voor in deze lijst',
      },
      first: { en: '"{number}" is first used here', nl: '"{number}" staat hier voor het eerst' },
      outside: {
        en: 'number "{number}" does not continue the number of the item it stands in ("{parent}")',
        nl: 'nummer "{number}" sluit niet aan op het nummer van het onderdeel waarin het staat ("{parent}")',
      },
      fixOutside: {
        en: 'Number the nested items {parent}.1, {parent}.2, … or move the item to the list it belongs to.',
        nl: 'Nummer de onderliggende onderdelen {parent}.1, {parent}.2, … of verplaats het onderdeel naar de lijst waar het bij hoort.',
      },
      back: {
        en: 'numbering goes back: "{number}" comes after "{previous}"',
        nl: 'nummering gaat terug: "{number}" komt na "{previous}"',
      },
      fixGap: {
        en: 'Renumber the list, or add the missing item; if the numbers follow an outside catalogue on purpose, suppress this finding with a reason.',
        nl: 'Nummer de lijst opnieuw, of voeg het ontbrekende onderdeel toe; volgen de nummers bewust een externe indeling, onderdruk deze melding dan met een reden.',
      },
      fixOrder: {
        en: 'Give every item its own number, in order.',
        nl: 'Geef elk onderdeel een eigen nummer, op volgorde.',
      },
    },
  },
  check(context) {
    // The numbers of the items that hold a list, by the list's path, for the nested items' prefixes.
    const holders = new Map<string, string>();
    for (const visit of visits(context.data)) {
      const value = visit.value;
      if (!Array.isArray(value)) continue;
      const path = visit.path;
      checkList(value, path, context.report, holders.get(toPointer(path.slice(0, -1))));
      value.forEach((item, i) => {
        const written = numberOf(item);
        if (written === undefined || !isRecord(item)) return;
        if (Object.values(item).some((child) => Array.isArray(child))) holders.set(toPointer([...path, i]), written);
      });
    }
  },
};

/** An item's number as written, when it has one of the checked form. */
function numberOf(item: unknown): string | undefined {
  if (!isRecord(item)) return undefined;
  const raw = item.number;
  const written = typeof raw === 'number' && Number.isInteger(raw) ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  return /^[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*$/.test(written) ? written : undefined;
}

function checkList(list: readonly unknown[], path: readonly PathSegment[], report: DocumentContext['report'], parent: string | undefined): void {
  const numbered: Numbered[] = [];
  list.forEach((item, i) => {
    const written = numberOf(item);
    if (written === undefined) return;
    const dot = written.lastIndexOf('.');
    const entry = { written, prefix: dot < 0 ? '' : written.slice(0, dot), last: dot < 0 ? written : written.slice(dot + 1), path: [...path, i, 'number'] };
    numbered.push(entry);
    // "4.5.1" under "4.5" continues it; "4.6.1" under "4.5" does not. Letters under a number (4.a) are a level of their own.
    if (parent !== undefined && dot >= 0 && entry.prefix !== parent) {
      report({ path: toPointer(entry.path), messageId: 'outside', data: { number: written, parent }, hintId: 'fixOutside' });
    }
  });
  if (numbered.length < 2) return;

  const groups = new Map<string, Numbered[]>();
  for (const entry of numbered) {
    const group = groups.get(entry.prefix);
    if (group) group.push(entry);
    else groups.set(entry.prefix, [entry]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const style = styleOf(group.map((e) => e.last));
    if (!style) continue;
    const values = group.map((e) => ordinal(e.last, style));
    const first = new Map<number, Numbered>();
    let highest = -Infinity;
    let previous: Numbered | undefined;
    group.forEach((entry, i) => {
      const value = values[i]!;
      const earlier = first.get(value);
      if (earlier) {
        report({
          path: toPointer(entry.path),
          messageId: 'duplicate',
          data: { number: entry.written },
          hintId: 'fixOrder',
          related: [{ path: toPointer(earlier.path), messageId: 'first', data: { number: earlier.written } }],
        });
      } else {
        first.set(value, entry);
        if (value < highest && previous) {
          report({ path: toPointer(entry.path), messageId: 'back', data: { number: entry.written, previous: previous.written }, hintId: 'fixOrder' });
        }
      }
      highest = Math.max(highest, value);
      previous = entry;
    });
    // Gaps are numbers missing between the lowest and the highest, wherever the items stand.
    const sorted = [...first.keys()].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) {
      const [low, high] = [sorted[i - 1]!, sorted[i]!];
      if (high === low + 1) continue;
      const entry = first.get(high)!;
      const missing = describeMissing(low + 1, high - 1, style, entry.prefix);
      report({ path: toPointer(entry.path), messageId: 'gap', data: { number: entry.written, previous: first.get(low)!.written, missing }, hintId: 'fixGap' });
    }
  }
}

const ROMAN = /^(?:m{0,3})(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/i;

/** How a group is numbered; undefined when the numbers mix styles (say "2a"), which is not checked. */
function styleOf(parts: readonly string[]): Style | undefined {
  if (parts.every((p) => /^\d+$/.test(p))) return 'digits';
  // i, ii, iii is roman; a lone i or v among a, b, c is a letter.
  if (parts.every((p) => ROMAN.test(p)) && parts.some((p) => p.length > 1)) {
    if (parts.every((p) => p === p.toLowerCase())) return 'roman-lower';
    if (parts.every((p) => p === p.toUpperCase())) return 'roman-upper';
    return undefined;
  }
  if (parts.every((p) => /^[a-z]$/.test(p))) return 'lower';
  if (parts.every((p) => /^[A-Z]$/.test(p))) return 'upper';
  return undefined;
}

function ordinal(part: string, style: Style): number {
  switch (style) {
    case 'digits':
      return Number.parseInt(part, 10);
    case 'lower':
    case 'upper':
      return part.toLowerCase().charCodeAt(0) - 96;
    default:
      return fromRoman(part);
  }
}

function fromRoman(part: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  const letters = part.toLowerCase();
  let total = 0;
  for (let i = 0; i < letters.length; i++) {
    const value = values[letters[i]!] ?? 0;
    const next = values[letters[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

function toRoman(value: number): string {
  const table: [number, string][] = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let rest = value;
  let out = '';
  for (const [n, letters] of table) {
    while (rest >= n) {
      out += letters;
      rest -= n;
    }
  }
  return out;
}

function format(value: number, style: Style): string {
  switch (style) {
    case 'digits':
      return String(value);
    case 'lower':
      return String.fromCharCode(96 + value);
    case 'upper':
      return String.fromCharCode(64 + value);
    case 'roman-lower':
      return toRoman(value);
    case 'roman-upper':
      return toRoman(value).toUpperCase();
  }
}

/** "2", "2, 3", or "2–9" for a longer run, with the siblings' prefix ("4.2"). */
function describeMissing(from: number, to: number, style: Style, prefix: string): string {
  const show = (n: number) => `"${prefix ? `${prefix}.` : ''}${format(n, style)}"`;
  if (from === to) return show(from);
  if (to - from === 1) return `${show(from)}, ${show(to)}`;
  return `${show(from)}–${show(to)}`;
}
