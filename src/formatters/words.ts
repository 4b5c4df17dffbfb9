/**
 * Changed words shown inline, as each format marks them: `[-weg-]{+erbij+}` in plain text,
 * colour on a terminal, `~~weg~~ **erbij**` in Markdown, `<del>`/`<ins>` in HTML. Unchanged text
 * keeps the sentence around a change readable; long unchanged stretches are elided.
 */
import type { TextSegment } from '../diff/types.js';

export interface WordMarks {
  readonly equal: (text: string) => string;
  readonly insert: (text: string) => string;
  readonly delete: (text: string) => string;
  /** What stands for elided words. */
  readonly elision: string;
  /** What stands between deleted words and the words inserted in their place (Markdown: a space). */
  readonly between?: string;
}

/** Words kept on each side of a change when the sentence around it is long. */
const CONTEXT_WORDS = 8;
/** A sentence up to this many words is kept whole beside a change. */
const SENTENCE_WORDS = 30;

export const PLAIN_MARKS: WordMarks = {
  equal: (text) => text,
  insert: (text) => `{+${text}+}`,
  delete: (text) => `[-${text}-]`,
  elision: '…',
};

/** Marks that keep the edge spaces of a run outside the marker, where Markdown needs them. */
export function outsideSpaces(mark: (inner: string) => string): (text: string) => string {
  return (text) => {
    const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
    return match[2] === '' ? text : `${match[1]}${mark(match[2]!)}${match[3]}`;
  };
}

/** The words of a run, with the spaces between them kept on the words. */
function words(text: string): string[] {
  return text.match(/\s*\S+\s*/g) ?? (text === '' ? [] : [text]);
}

/** The end of an unchanged run before a change: back to its sentence's start, or the last words. */
function tail(text: string): { text: string; elided: boolean } {
  const all = words(text);
  let start = all.length;
  while (start > 0 && all.length - start < SENTENCE_WORDS && !/[.!?:;]\s*$/.test(all[start - 1]!)) start--;
  if (start > 0 && all.length - start >= SENTENCE_WORDS) start = all.length - CONTEXT_WORDS;
  return { text: all.slice(start).join(''), elided: start > 0 };
}

/** The start of an unchanged run after a change: on to its sentence's end, or the first words. */
function head(text: string): { text: string; elided: boolean } {
  const all = words(text);
  let end = 0;
  while (end < all.length && end < SENTENCE_WORDS && !/[.!?:;]\s*$/.test(all[end]!)) end++;
  if (end < all.length && end >= SENTENCE_WORDS) end = CONTEXT_WORDS;
  else end = Math.min(all.length, end + 1);
  return { text: all.slice(0, end).join(''), elided: end < all.length };
}

/**
 * Changes separated only by spaces read as one: "[-twee weken-]{+een week+}" rather than
 * "[-twee-]{+een+} [-weken-]{+week+}".
 */
function grouped(segments: readonly TextSegment[]): TextSegment[] {
  const out: TextSegment[] = [];
  let i = 0;
  while (i < segments.length) {
    if (segments[i]!.op === 'equal') {
      out.push(segments[i++]!);
      continue;
    }
    let removed = '';
    let inserted = '';
    let end = i;
    for (let j = i; j < segments.length; j++) {
      const segment = segments[j]!;
      if (segment.op === 'equal') {
        const next = segments[j + 1];
        if (!/^\s+$/.test(segment.text) || !next || next.op === 'equal') break;
        removed += segment.text;
        inserted += segment.text;
      } else if (segment.op === 'delete') removed += segment.text;
      else inserted += segment.text;
      end = j + 1;
    }
    if (removed.trim() !== '') out.push({ op: 'delete', text: removed });
    if (inserted.trim() !== '') out.push({ op: 'insert', text: inserted });
    i = end;
  }
  return out;
}

/** The segments as one line of marked text, unchanged stretches shortened to the sentences around the changes. */
export function inlineWords(all: readonly TextSegment[], marks: WordMarks): string {
  const segments = grouped(all);
  const parts: string[] = [];
  const last = segments.length - 1;
  segments.forEach((segment, index) => {
    if (segment.op === 'insert') return parts.push(`${index > 0 && segments[index - 1]!.op === 'delete' ? (marks.between ?? '') : ''}${marks.insert(segment.text)}`);
    if (segment.op === 'delete') return parts.push(marks.delete(segment.text));
    const before = index > 0;
    const after = index < last;
    if (before && after) {
      const opening = head(segment.text);
      if (!opening.elided) return parts.push(marks.equal(segment.text));
      const closing = tail(segment.text.slice(opening.text.length));
      if (!closing.elided) return parts.push(marks.equal(segment.text));
      return parts.push(marks.equal(opening.text.trimEnd()), ` ${marks.elision} `, marks.equal(closing.text.trimStart()));
    }
    if (after) {
      const kept = tail(segment.text);
      return parts.push(`${kept.elided ? `${marks.elision} ` : ''}${marks.equal(kept.elided ? kept.text.trimStart() : kept.text)}`);
    }
    if (before) {
      // A change that ends its sentence needs none of the next one.
      if (/[.!?]\s*$/.test(segments[index - 1]!.text) && /^\s/.test(segment.text)) return parts.push(segment.text.trim() === '' ? segment.text : ` ${marks.elision}`);
      const kept = head(segment.text);
      return parts.push(`${marks.equal(kept.elided ? kept.text.trimEnd() : kept.text)}${kept.elided ? ` ${marks.elision}` : ''}`);
    }
    return parts.push(marks.equal(segment.text));
  });
  return parts.join('');
}

/** Whether the segments change anything (a text detail of an unchanged text has none). */
export function hasWordChanges(segments: readonly TextSegment[]): boolean {
  return segments.some((segment) => segment.op !== 'equal');
}
