import type { DiffRule } from '../types.js';
import { actionRemoved } from './action-removed.js';
import { agreementAdded } from './agreement-added.js';
import { agreementChanged } from './agreement-changed.js';
import { agreementRemoved } from './agreement-removed.js';
import { amountChanged } from './amount-changed.js';
import { amountDecreased } from './amount-decreased.js';
import { deadlineEarlier } from './deadline-earlier.js';
import { documentAdded } from './document-added.js';
import { documentDropped } from './document-dropped.js';
import { documentRemoved } from './document-removed.js';
import { itemAdded } from './item-added.js';
import { itemMoved } from './item-moved.js';
import { itemRemoved } from './item-removed.js';
import { itemRenamed } from './item-renamed.js';
import { durationChanged } from './duration-changed.js';
import { periodChanged } from './period-changed.js';
import { periodShortened } from './period-shortened.js';
import { statusChanged } from './status-changed.js';
import { textChanged } from './text-changed.js';
import { themeRemoved } from './theme-removed.js';
import { valueChanged } from './value-changed.js';

/**
 * Every diff rule, most specific first: the first rule that recognises a change classifies it.
 * Binding agreements come first, so any change to one is an approval matter (which an amendment
 * can satisfy) rather than, say, a breaking period change. `diff/value-changed` takes the rest.
 */
export const DIFF_RULES: readonly DiffRule[] = [
  documentAdded,
  documentRemoved,
  documentDropped,
  agreementAdded,
  agreementRemoved,
  agreementChanged,
  themeRemoved,
  actionRemoved,
  deadlineEarlier,
  periodShortened,
  amountDecreased,
  amountChanged,
  periodChanged,
  durationChanged,
  statusChanged,
  itemMoved,
  itemRenamed,
  textChanged,
  itemAdded,
  itemRemoved,
  valueChanged,
];

export {
  documentAdded,
  documentDropped,
  documentRemoved,
  actionRemoved,
  agreementAdded,
  agreementChanged,
  agreementRemoved,
  amountChanged,
  amountDecreased,
  deadlineEarlier,
  itemAdded,
  itemMoved,
  itemRemoved,
  itemRenamed,
  periodChanged,
  periodShortened,
  statusChanged,
  textChanged,
  themeRemoved,
  valueChanged,
};
