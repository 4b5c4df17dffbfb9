import type { Diagnostic, Range } from '../core/diagnostic.js';
import type { Message, Text } from '../core/i18n.js';
import { joinTexts, messageGroup, verbatim } from '../core/i18n.js';
import { fromPointer, toPointer } from '../core/pointer.js';
import type { SourceDocument } from '../core/source.js';
import { rangeOf } from '../core/source.js';
import { closest } from '../core/suggest.js';
import { descriptionIn } from './descriptions.js';
import type { SchemaError } from './registry.js';

/**
 * Turns ajv's errors into diagnostics that point at the exact node: an unknown key at the key,
 * a missing property at its parent, a wrong value at the value. The branches of a failed
 * `oneOf`/`anyOf` are collapsed into the explanation that fits the value best.
 */
export function schemaDiagnostics(source: SourceDocument, errors: readonly SchemaError[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const t = SCHEMA_MESSAGES.text;
  for (const error of collapseAlternatives(errors)) {
    const dropped = DROPPED.get(error);
    const found = toDiagnostic(source, error, t);
    const diagnostic = dropped?.length ? { ...found, alternatives: dropped.map((e) => toDiagnostic(source, e, t).message) } : found;
    const key = `${diagnostic.path}\u0000${diagnostic.code}\u0000${JSON.stringify(diagnostic.message)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}

/**
 * ajv reports a failed `oneOf` after the errors of all its branches, which sit just before it
 * with paths at or below the `oneOf`'s own. A branch that failed only because the value has
 * another type says little; the errors of the branch whose type did match explain the problem.
 */
/** The branch errors a collapsed error stands for, kept for `--verbose`. */
const DROPPED = new WeakMap<SchemaError, SchemaError[]>();

function collapseAlternatives(errors: readonly SchemaError[]): SchemaError[] {
  const out: SchemaError[] = [];
  for (const error of errors) {
    if (error.keyword !== 'oneOf' && error.keyword !== 'anyOf') {
      out.push(error);
      continue;
    }
    const at = error.instancePath;
    const branch: SchemaError[] = [];
    while (out.length > 0) {
      const previous = out[out.length - 1]!;
      if (previous.instancePath !== at && !previous.instancePath.startsWith(`${at}/`)) break;
      branch.unshift(out.pop()!);
    }
    const typeMismatches = branch.filter((e) => e.keyword === 'type' && e.instancePath === at);
    const informative = branch.filter((e) => !(e.keyword === 'type' && e.instancePath === at));
    if (branch.length === 0 || (error.keyword === 'oneOf' && (error.params as { passingSchemas?: unknown }).passingSchemas)) {
      out.push(error);
    } else if (informative.length === 0) {
      const types = [...new Set(typeMismatches.map((e) => String((e.params as { type: string }).type)))];
      out.push({ ...error, keyword: 'type', params: { type: types.join(',') }, message: `must be ${types.join(' or ')}` });
    } else if (informative.every((e) => e.keyword === 'required' && e.instancePath === at)) {
      const names = informative.map((e) => String((e.params as { missingProperty: string }).missingProperty));
      out.push({ ...error, keyword: 'required', params: { missingProperty: names.join('|') } });
    } else {
      out.push(...informative);
      if (typeMismatches.length > 0 && informative[0]) DROPPED.set(informative[0], typeMismatches);
    }
  }
  return out;
}

/** How many allowed values an enum message lists. */
const ENUM_SHOWN = 8;

type Translate = typeof SCHEMA_MESSAGES.text;

/** Every message of the schema check, in English and Dutch. */
export const SCHEMA_MESSAGES = messageGroup('schema', {
  unknownProperty: { en: 'unknown property "{key}"{where}', nl: 'onbekend veld "{key}"{where}' },
  unknownPropertySuggestion: { en: 'unknown property "{key}"{where}; did you mean "{suggestion}"?', nl: 'onbekend veld "{key}"{where}; bedoelt u "{suggestion}"?' },
  enumSuggestion: {
    en: '{field}must be one of {allowed}, not {actual}; did you mean "{suggestion}"?',
    nl: '{field}moet een van {allowed} zijn, niet {actual}; bedoelt u "{suggestion}"?',
  },
  fieldDescription: { en: '{field}: {description}', nl: '{field}: {description}' },
  inField: { en: ' in {field}', nl: ' in {field}' },
  allowedHere: { en: 'Allowed here: {list}.', nl: 'Hier toegestaan: {list}.' },
  nothingAllowed: { en: 'No properties are allowed here.', nl: 'Hier zijn geen velden toegestaan.' },
  required: { en: 'missing required property {names}{where}', nl: 'verplicht veld {names} ontbreekt{where}' },
  or: { en: ' or ', nl: ' of ' },
  type: { en: '{field}must be {expected}, not {actual}', nl: '{field}moet {expected} zijn, niet {actual}' },
  enum: { en: '{field}must be one of {allowed}, not {actual}', nl: '{field}moet een van {allowed} zijn, niet {actual}' },
  const: { en: '{field}must be {allowed}, not {actual}', nl: '{field}moet {allowed} zijn, niet {actual}' },
  form: { en: '{field}{actual} is not {expected}', nl: '{field}{actual} is geen {expected}' },
  empty: { en: '{field} must not be empty', nl: '{field} mag niet leeg zijn' },
  blank: { en: '{field} must not be empty or only spaces', nl: '{field} mag niet leeg zijn of alleen spaties bevatten' },
  tooShort: { en: '{field} must be at least {limit} characters long', nl: '{field} moet minstens {limit} tekens lang zijn' },
  tooLong: { en: '{field} must be at most {limit} characters long', nl: '{field} mag hoogstens {limit} tekens lang zijn' },
  tooFew: { en: '{field} must have at least {limit} item(s)', nl: '{field} moet minstens {limit} onderdeel/onderdelen hebben' },
  duplicateItem: { en: '{field} has the same item twice (items {a} and {b})', nl: '{field} bevat hetzelfde onderdeel twee keer (onderdeel {a} en {b})' },
  range: { en: '{field} must be {comparison} {limit}, not {actual}', nl: '{field} moet {comparison} {limit} zijn, niet {actual}' },
  ambiguous: { en: '{field} fits more than one of the allowed forms', nl: '{field} past in meer dan één van de toegestane vormen' },
  other: { en: '{field} is not valid ({detail})', nl: '{field} is niet geldig ({detail})' },
  value: { en: 'value', nl: 'waarde' },
  list: { en: 'list', nl: 'lijst' },
  nothing: { en: 'nothing', nl: 'niets' },
  aList: { en: 'a list', nl: 'een lijst' },
  aMapping: { en: 'a mapping', nl: 'een verzameling velden' },
  theText: { en: 'the text {text}', nl: 'de tekst {text}' },
  aNumber: { en: 'a number', nl: 'een getal' },
  aWholeNumber: { en: 'a whole number', nl: 'een geheel getal' },
  tString: { en: 'a text', nl: 'een tekst' },
  tNumber: { en: 'a number', nl: 'een getal' },
  tInteger: { en: 'a whole number', nl: 'een geheel getal' },
  tBoolean: { en: 'true or false', nl: 'true of false' },
  tObject: { en: 'a mapping (key: value pairs)', nl: 'een verzameling velden (sleutel: waarde)' },
  tArray: { en: 'a list', nl: 'een lijst' },
  tNull: { en: 'nothing (null)', nl: 'niets (null)' },
  formKebab: { en: 'a kebab-case id (lowercase letters, digits and single hyphens)', nl: 'een id in kebab-case (kleine letters, cijfers en enkele streepjes)' },
  formTime: { en: 'a time expression agendum understands', nl: 'een tijdsaanduiding die agendum begrijpt' },
  formDuration: { en: 'a duration agendum understands', nl: 'een duur die agendum begrijpt' },
  formUrl: { en: 'an http(s) address', nl: 'een http(s)-adres' },
  formDate: { en: 'a date (2021-05-20, 20 mei 2021, mei 2021)', nl: 'een datum (2021-05-20, 20 mei 2021, mei 2021)' },
  formFormat: { en: 'a valid {format}', nl: 'een geldige {format}' },
  formOther: { en: 'in the expected form', nl: 'in de verwachte vorm' },
  atLeast: { en: 'at least', nl: 'minstens' },
  atMost: { en: 'at most', nl: 'hoogstens' },
  above: { en: 'more than', nl: 'meer dan' },
  below: { en: 'less than', nl: 'minder dan' },
});

const TYPE_MESSAGES: Record<string, keyof typeof SCHEMA_MESSAGES.messages> = {
  string: 'tString',
  number: 'tNumber',
  integer: 'tInteger',
  boolean: 'tBoolean',
  object: 'tObject',
  array: 'tArray',
  null: 'tNull',
};

function describeType(type: string, t: Translate): string | Text {
  return joinTexts(
    type.split(',').map((name) => (TYPE_MESSAGES[name] ? t(TYPE_MESSAGES[name]!) : name)),
    t('or'),
  );
}

function describeValue(value: unknown, t: Translate): string | Text {
  if (value === null || value === undefined) return t('nothing');
  if (Array.isArray(value)) return t('aList');
  if (typeof value === 'object') return t('aMapping');
  if (typeof value === 'string') return t('theText', { text: JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value) });
  if (typeof value === 'number') return String(value);
  return String(value);
}

/** The description of the schema node that failed, in both languages (Dutch from its `markdownDescription`). */
function schemaDescription(error: SchemaError): Message | undefined {
  return describedIn(error.parentSchema);
}

function describedIn(node: unknown): Message | undefined {
  const en = descriptionIn(node, 'en');
  return en === undefined ? undefined : { en, nl: descriptionIn(node, 'nl') ?? en };
}

function propertyNames(error: SchemaError): string[] {
  const parent = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
  return Object.keys(parent?.properties ?? {});
}

function toDiagnostic(source: SourceDocument, error: SchemaError, t: Translate): Diagnostic {
  const at = error.instancePath;
  const field = fieldName(at);
  const fieldPrefix = field ? `${field} ` : '';
  const fieldOrValue = field || t('value');
  const where = field ? t('inField', { field }) : '';
  const base = { severity: 'error' as const, file: source.file };
  const params = error.params as Record<string, unknown>;
  const valueRange = () => rangeOf(source, at);
  switch (error.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const key = String(params.additionalProperty ?? params.unevaluatedProperty);
      const path = toPointer([...fromPointer(at), key]);
      const allowed = propertyNames(error);
      const suggestion = closest(key, allowed);
      return {
        ...base,
        code: 'schema/unknown-property',
        message: suggestion ? t('unknownPropertySuggestion', { key, where, suggestion }) : t('unknownProperty', { key, where }),
        path,
        range: rangeOf(source, path, 'key'),
        hint: allowed.length > 0 ? t('allowedHere', { list: allowed.join(', ') }) : t('nothingAllowed'),
      };
    }
    case 'required': {
      const names = String(params.missingProperty).split('|');
      const path = names.length === 1 ? toPointer([...fromPointer(at), names[0]!]) : at;
      return {
        ...base,
        code: 'schema/required',
        message: t('required', { names: joinTexts(names.map((n) => `"${n}"`), t('or')), where }),
        path,
        range: parentRange(source, at),
        ...hint(requiredHint(error, names, t)),
      };
    }
    case 'type':
      return {
        ...base,
        code: 'schema/type',
        message: t('type', { field: fieldPrefix, expected: describeType(String(params.type), t), actual: describeValue(error.data, t) }),
        path: at,
        range: valueRange(),
        ...hint(schemaDescription(error)),
      };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
      // A vocabulary with many spellings is named by its first words (the Dutch ones), not all of them.
      const shown = allowed.length > ENUM_SHOWN + 2 ? [...allowed.slice(0, ENUM_SHOWN).map((a) => JSON.stringify(a)), '…'] : allowed.map((a) => JSON.stringify(a));
      return {
        ...base,
        code: 'schema/enum',
        message: suggestion
          ? t('enumSuggestion', { field: fieldPrefix, allowed: shown.join(', '), actual: describeValue(error.data, t), suggestion })
          : t('enum', { field: fieldPrefix, allowed: shown.join(', '), actual: describeValue(error.data, t) }),
        path: at,
        range: valueRange(),
      };
    }
    case 'const':
      return {
        ...base,
        code: 'schema/const',
        message: t('const', { field: fieldPrefix, allowed: JSON.stringify(params.allowedValue), actual: describeValue(error.data, t) }),
        path: at,
        range: valueRange(),
      };
    case 'pattern':
    case 'format':
      if (error.keyword === 'pattern' && params.pattern === '\\S') {
        return { ...base, code: 'schema/empty', message: t('blank', { field: fieldOrValue }), path: at, range: valueRange() };
      }
      return {
        ...base,
        code: `schema/${error.keyword}`,
        message: t('form', { field: field ? `${field}: ` : '', actual: describeValue(error.data, t), expected: expectedForm(error, t) }),
        path: at,
        range: valueRange(),
        ...hint(schemaDescription(error)),
      };
    case 'minLength':
      return {
        ...base,
        code: params.limit === 1 ? 'schema/empty' : 'schema/too-short',
        message: params.limit === 1 ? t('empty', { field: fieldOrValue }) : t('tooShort', { field: fieldOrValue, limit: Number(params.limit) }),
        path: at,
        range: valueRange(),
      };
    case 'maxLength':
      return { ...base, code: 'schema/too-long', message: t('tooLong', { field: fieldOrValue, limit: Number(params.limit) }), path: at, range: valueRange() };
    case 'minItems':
      return { ...base, code: 'schema/too-few-items', message: t('tooFew', { field: field || t('list'), limit: Number(params.limit) }), path: at, range: valueRange() };
    case 'uniqueItems': {
      const path = toPointer([...fromPointer(at), Number(params.i)]);
      return {
        ...base,
        code: 'schema/duplicate-item',
        message: t('duplicateItem', { field: field || t('list'), a: Number(params.j) + 1, b: Number(params.i) + 1 }),
        path,
        range: rangeOf(source, path),
      };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const comparison = { minimum: 'atLeast', maximum: 'atMost', exclusiveMinimum: 'above', exclusiveMaximum: 'below' } as const;
      return {
        ...base,
        code: 'schema/range',
        message: t('range', { field: fieldOrValue, comparison: t(comparison[error.keyword]), limit: Number(params.limit), actual: describeValue(error.data, t) }),
        path: at,
        range: valueRange(),
        ...hint(schemaDescription(error)),
      };
    }
    case 'oneOf':
      return { ...base, code: 'schema/ambiguous', message: t('ambiguous', { field: fieldOrValue }), path: at, range: valueRange(), ...hint(schemaDescription(error)) };
    default:
      return {
        ...base,
        code: `schema/${error.keyword.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
        message: t('other', { field: fieldOrValue, detail: error.message ?? error.keyword }),
        path: at,
        range: valueRange(),
      };
  }
}

function hint(text: Message | Text | undefined): { hint?: Text } {
  if (!text) return {};
  return { hint: 'id' in text ? text : verbatim(text) };
}

function requiredHint(error: SchemaError, names: string[], t: Translate): Text | undefined {
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  const descriptions = names.map((n) => describedIn(properties?.[n])).filter((d): d is Message => d !== undefined);
  return descriptions.length === 1 ? t('fieldDescription', { field: names[0]!, description: descriptions[0]! }) : undefined;
}

function expectedForm(error: SchemaError, t: Translate): Text {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'format') return t('formFormat', { format: String(params.format) });
  // The form is recognised from the English description, whatever language the messages speak.
  const description = schemaDescription(error)?.en ?? '';
  if (/kebab-case/i.test(description)) return t('formKebab');
  if (/time expression|point or period in time/i.test(description)) return t('formTime');
  if (/length of time|duration/i.test(description)) return t('formDuration');
  if (/web address|http/i.test(description)) return t('formUrl');
  if (/date/i.test(description)) return t('formDate');
  return t('formOther');
}

/** A readable name for the place a pointer leads to: `themes[2].title`. */
export function fieldName(pointer: string): string {
  return fromPointer(pointer)
    .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`))
    .join('');
}

/**
 * Where to point for something missing inside the node at `pointer`: the key that introduces
 * that node, or for a list item or the root, the first line of the node.
 */
function parentRange(source: SourceDocument, pointer: string): Range {
  const segments = fromPointer(pointer);
  const last = segments[segments.length - 1];
  if (last !== undefined && !/^\d+$/.test(last)) return rangeOf(source, pointer, 'key');
  const range = rangeOf(source, pointer);
  if (range.end.line === range.start.line) return range;
  const lineText = source.text.split(/\r?\n/)[range.start.line - 1] ?? '';
  return { start: range.start, end: { line: range.start.line, column: Math.max(range.start.column, lineText.length + 1) } };
}
