import { duplicateId } from './duplicate-id.js';
import { impossibleDateRule } from './impossible-date.js';
import { nameVariant } from './name-variant.js';
import { numberingSequence } from './numbering-sequence.js';
import { placeholder } from './placeholder.js';
import { sumMismatch } from './sum-mismatch.js';
import type { Rule } from './types.js';
import { unknownDocument } from './unknown-document.js';
import { unknownImplementedItem } from './unknown-implemented-item.js';
import { unknownReference } from './unknown-reference.js';
import { whitespace } from './whitespace.js';

export type * from './types.js';

/** Every semantic rule, in the order they run. */
export const RULES: readonly Rule[] = [
  duplicateId,
  unknownReference,
  unknownImplementedItem,
  unknownDocument,
  nameVariant,
  numberingSequence,
  sumMismatch,
  placeholder,
  whitespace,
  impossibleDateRule,
];

/** The rules of RULES that the timeline checks run too: a date that is no day belongs to both. */
export const TIMELINE_SEMANTIC_RULES: readonly Rule[] = [impossibleDateRule];
