import type { PathSegment } from '../core/pointer.js';
import type { KindDefinition } from '../model/kinds.js';
import { DOCUMENT_STATUSES, WORK_STATUSES } from '../model/vocabulary.js';
import { typedValues } from '../schema/typed.js';
import { fieldLabel, type RenderLang } from './labels.js';
import { anchorId } from './text/anchors.js';
import { formatDate } from './text/dates.js';
import { formatDuration } from './text/duration.js';
import { formatMoney } from './text/money.js';
import { formatPeriod } from './text/period.js';
import { isPresent, isRecord, vocabularyLabel } from './view.js';

/**
 * A document of a kind without templates of its own (a kind a repository registers), prepared
 * for the generic templates: its fields in the writer's order, each as readers should see it.
 * Values the schema types with a common definition are formatted as everywhere else (periods,
 * dates, amounts, statuses) or drawn by the shared partials (roles, progress, indicators,
 * funders, deliverables, steps); other text is printed as written. Extension fields (x-…) are
 * left to templates that want them.
 */
export type GenericNode =
  | { readonly kind: 'paragraphs'; readonly texts: readonly string[] }
  | { readonly kind: 'value'; readonly text: string }
  | { readonly kind: 'bullets'; readonly texts: readonly string[] }
  | { readonly kind: 'fields'; readonly fields: readonly GenericField[] }
  | { readonly kind: 'blocks'; readonly blocks: readonly GenericBlock[] }
  | { readonly kind: 'partial'; readonly partial: string; readonly data: unknown };

export interface GenericField {
  readonly key: string;
  /** The heading; empty for an item's own text, which needs none. */
  readonly label: string;
  /** A short value printed beside its label; otherwise the label heads a block of its own. */
  readonly inline: boolean;
  readonly level: number;
  readonly node: GenericNode;
}

export interface GenericBlock {
  /** "3.1 Titel": the item's number and title, name or label, when it has one. */
  readonly heading: string;
  readonly anchor: string;
  readonly level: number;
  readonly node: GenericNode;
}

export interface GenericSection {
  readonly key: string;
  readonly label: string;
  readonly anchor: string;
  readonly node: GenericNode;
}

/** Fields every document has, printed on the cover, in "Organisatie en samenhang" or in the colophon. */
const DOCUMENT_FIELDS = new Set([
  '$schema',
  'schemaVersion',
  'kind',
  'id',
  'title',
  'subtitle',
  'language',
  'version',
  'date',
  'status',
  'decision',
  'period',
  'authors',
  'contacts',
  'roles',
  'funders',
  'links',
  'review',
  'indicators',
  'colophon',
]);

/** Definitions drawn by a shared partial of their own. */
const PARTIALS: Readonly<Record<string, string>> = {
  roles: 'roles',
  progress: 'progress',
  indicators: 'indicators',
  funders: 'funders',
  links: 'links',
  reviewCycle: 'review',
  deliverables: 'work-items',
  steps: 'work-items',
};

/** Keys that name an item, used for its heading rather than printed as a field. */
const NAME_KEYS = ['title', 'name', 'label', 'titel', 'naam', 'onderwerp'] as const;
const HIDDEN_KEYS = new Set(['id']);
/** An item's own text, printed without a heading of its own. */
const BODY_KEYS = new Set(['text', 'description', 'paragraphs', 'tekst', 'omschrijving', 'beschrijving']);
const SHORT = 80;

export function genericSections(data: unknown, definition: KindDefinition, lang: RenderLang): GenericSection[] {
  if (!isRecord(data)) return [];
  const types = new Map<string, string>();
  for (const typed of typedValues(data, definition)) {
    const key = pathKey(typed.path);
    // The first (outermost) definition found at a path wins: `deliverables` before each deliverable.
    if (!types.has(key)) types.set(key, typed.type);
  }
  const build = new Builder(definition, lang, types);
  return Object.entries(data)
    .filter(([key, value]) => !DOCUMENT_FIELDS.has(key) && !key.startsWith('x-') && isPresent(value))
    .map(([key, value]) => ({ key, label: build.label(key), anchor: anchorId('field', key), node: build.node(value, [key], 3) }));
}

function pathKey(path: readonly PathSegment[]): string {
  return path.join('\u0000');
}

class Builder {
  constructor(
    private readonly definition: KindDefinition,
    private readonly lang: RenderLang,
    private readonly types: ReadonlyMap<string, string>,
  ) {}

  label(key: string): string {
    return fieldLabel(this.definition, key, this.lang) ?? key;
  }

  node(value: unknown, path: PathSegment[], level: number): GenericNode {
    const type = this.types.get(pathKey(path));
    const formatted = type === undefined ? undefined : this.formatted(type, value, path);
    if (formatted) return formatted;
    if (typeof value === 'string') return value.length > SHORT || value.includes('\n') ? { kind: 'paragraphs', texts: [value] } : { kind: 'value', text: value };
    if (typeof value === 'number' || typeof value === 'boolean') return { kind: 'value', text: String(value) };
    if (Array.isArray(value)) {
      if (value.every((item) => typeof item === 'string' || typeof item === 'number')) {
        const texts = value.map(String);
        return texts.some((text) => text.length > SHORT) && texts.length === 1 ? { kind: 'paragraphs', texts } : { kind: 'bullets', texts };
      }
      return {
        kind: 'blocks',
        blocks: value.map((item, index) => this.block(item, [...path, index], level)),
      };
    }
    if (isRecord(value)) return this.fields(value, path, level);
    return { kind: 'value', text: '' };
  }

  private block(item: unknown, path: PathSegment[], level: number): GenericBlock {
    level = Math.min(level, 6);
    const anchor = anchorId('item', isRecord(item) && typeof item.id === 'string' ? item.id : path.join('-'));
    if (!isRecord(item)) return { heading: '', anchor, level, node: this.node(item, path, level + 1) };
    const nameKey = NAME_KEYS.find((key) => typeof item[key] === 'string' && isPresent(item[key]));
    const number = isPresent(item.number) ? String(item.number) : '';
    const name = nameKey ? String(item[nameKey]) : '';
    const heading = [number, name].filter(Boolean).join(' ');
    const rest = Object.fromEntries(Object.entries(item).filter(([key]) => key !== nameKey && (heading === '' || key !== 'number')));
    return { heading, anchor, level, node: this.fields(rest, path, level + 1) };
  }

  private fields(record: Readonly<Record<string, unknown>>, path: PathSegment[], level: number): GenericNode {
    const fields: GenericField[] = [];
    for (const [key, value] of Object.entries(record)) {
      if (HIDDEN_KEYS.has(key) || key.startsWith('x-') || !isPresent(value)) continue;
      const node = this.node(value, [...path, key], level + 1);
      const body = BODY_KEYS.has(key) && (node.kind === 'paragraphs' || node.kind === 'value');
      fields.push({ key, label: body ? '' : this.label(key), inline: !body && node.kind === 'value', level: Math.min(level, 6), node });
    }
    return { kind: 'fields', fields };
  }

  /** A value the schema types with a common definition, as readers see it elsewhere. */
  private formatted(type: string, value: unknown, path: PathSegment[]): GenericNode | undefined {
    const lang = this.lang;
    switch (type) {
      case 'period':
      case 'timeExpression':
      case 'deadline':
        return { kind: 'value', text: formatPeriod(value, lang) };
      case 'calendarDate':
        return typeof value === 'string' || typeof value === 'number' ? { kind: 'value', text: formatDate(value, lang) } : undefined;
      case 'duration':
      case 'durationExpression':
        return { kind: 'value', text: formatDuration(value, lang) };
      case 'money':
        return { kind: 'value', text: formatMoney(value, lang) };
      case 'paragraphs':
        return Array.isArray(value) ? { kind: 'paragraphs', texts: value.map(String) } : undefined;
      case 'bullets':
        return Array.isArray(value) ? { kind: 'bullets', texts: value.map(String) } : undefined;
      case 'workStatus':
        return { kind: 'value', text: vocabularyLabel(WORK_STATUSES, value, lang, true) };
      case 'documentStatus':
        return { kind: 'value', text: vocabularyLabel(DOCUMENT_STATUSES, value, lang, false) };
      default: {
        const partial = PARTIALS[type];
        if (!partial) return undefined;
        const key = path[path.length - 1];
        return { kind: 'partial', partial, data: partial === 'work-items' ? { items: value, kind: key === 'steps' ? 'step' : 'deliverable' } : partial === 'links' || partial === 'review' ? value : { items: value } };
      }
    }
  }
}
