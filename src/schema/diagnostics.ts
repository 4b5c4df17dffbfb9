import type { Diagnostic, Range } from '../core/diagnostic.js';
import { fromPointer, toPointer } from '../core/pointer.js';
import type { SourceDocument } from '../core/source.js';
import { rangeOf } from '../core/source.js';
import { closest } from '../core/suggest.js';
import type { SchemaError } from './registry.js';

/**
 * Turns ajv's errors into diagnostics that point at the exact node: an unknown key at the key,
 * a missing property at its parent, a wrong value at the value. The branches of a failed
 * `oneOf`/`anyOf` are collapsed into the explanation that fits the value best.
 */
export function schemaDiagnostics(source: SourceDocument, errors: readonly SchemaError[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const error of collapseAlternatives(errors)) {
    const diagnostic = toDiagnostic(source, error);
    const key = `${diagnostic.path}\u0000${diagnostic.code}\u0000${diagnostic.message}`;
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
    }
  }
  return out;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping (key: value pairs)',
  array: 'a list',
  null: 'nothing (null)',
};

function describeType(type: string): string {
  return type
    .split(',')
    .map((t) => TYPE_NAMES[t] ?? t)
    .join(' or ');
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number';
  return String(value);
}

function schemaDescription(error: SchemaError): string | undefined {
  const parent = error.parentSchema as { description?: unknown } | undefined;
  return typeof parent?.description === 'string' ? parent.description : undefined;
}

function propertyNames(error: SchemaError): string[] {
  const parent = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
  return Object.keys(parent?.properties ?? {});
}

function toDiagnostic(source: SourceDocument, error: SchemaError): Diagnostic {
  const at = error.instancePath;
  const field = fieldName(at);
  const base = { severity: 'error' as const, file: source.file };
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const path = toPointer([...fromPointer(at), key]);
      const suggestion = closest(key, propertyNames(error));
      const allowed = propertyNames(error);
      return {
        ...base,
        code: 'schema/unknown-property',
        message: `unknown property "${key}"${field ? ` in ${field}` : ''}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        path,
        range: rangeOf(source, path, 'key'),
        hint: allowed.length > 0 ? `Allowed here: ${allowed.join(', ')}.` : 'No properties are allowed here.',
      };
    }
    case 'required': {
      const names = String(params.missingProperty).split('|');
      const path = names.length === 1 ? toPointer([...fromPointer(at), names[0]!]) : at;
      const list = names.map((n) => `"${n}"`).join(' or ');
      return {
        ...base,
        code: 'schema/required',
        message: `missing required property ${list}${field ? ` in ${field}` : ''}`,
        path,
        range: parentRange(source, at),
        hint: requiredHint(error, names),
      };
    }
    case 'type':
      return {
        ...base,
        code: 'schema/type',
        message: `${field ? `${field} ` : ''}must be ${describeType(String(params.type))}, not ${describeValue(error.data)}`,
        path: at,
        range: rangeOf(source, at),
        ...hint(schemaDescription(error)),
      };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
      return {
        ...base,
        code: 'schema/enum',
        message: `${field ? `${field} ` : ''}must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, not ${describeValue(error.data)}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        path: at,
        range: rangeOf(source, at),
      };
    }
    case 'const':
      return {
        ...base,
        code: 'schema/const',
        message: `${field ? `${field} ` : ''}must be ${JSON.stringify(params.allowedValue)}, not ${describeValue(error.data)}`,
        path: at,
        range: rangeOf(source, at),
      };
    case 'pattern':
    case 'format':
      return {
        ...base,
        code: `schema/${error.keyword}`,
        message: `${field ? `${field}: ` : ''}${describeValue(error.data)} is not ${expectedForm(error)}`,
        path: at,
        range: rangeOf(source, at),
        ...hint(schemaDescription(error)),
      };
    case 'minLength':
      return {
        ...base,
        code: params.limit === 1 ? 'schema/empty' : 'schema/too-short',
        message: params.limit === 1 ? `${field || 'value'} must not be empty` : `${field || 'value'} must be at least ${String(params.limit)} characters long`,
        path: at,
        range: rangeOf(source, at),
      };
    case 'maxLength':
      return {
        ...base,
        code: 'schema/too-long',
        message: `${field || 'value'} must be at most ${String(params.limit)} characters long`,
        path: at,
        range: rangeOf(source, at),
      };
    case 'minItems':
      return {
        ...base,
        code: 'schema/too-few-items',
        message: `${field || 'list'} must have at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`,
        path: at,
        range: rangeOf(source, at),
      };
    case 'uniqueItems':
      return {
        ...base,
        code: 'schema/duplicate-item',
        message: `${field || 'list'} has the same item twice (items ${Number(params.j) + 1} and ${Number(params.i) + 1})`,
        path: toPointer([...fromPointer(at), Number(params.i)]),
        range: rangeOf(source, toPointer([...fromPointer(at), Number(params.i)])),
      };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        ...base,
        code: 'schema/range',
        message: `${field || 'value'} ${error.message ?? 'is out of range'}`,
        path: at,
        range: rangeOf(source, at),
      };
    default:
      return {
        ...base,
        code: `schema/${error.keyword.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
        message: `${field || 'value'} ${error.message ?? 'is not valid'}`,
        path: at,
        range: rangeOf(source, at),
      };
  }
}

function hint(text: string | undefined): { hint?: string } {
  return text ? { hint: text } : {};
}

function requiredHint(error: SchemaError, names: string[]): string | undefined {
  const properties = (error.parentSchema as { properties?: Record<string, { description?: string }> } | undefined)?.properties;
  const descriptions = names.map((n) => properties?.[n]?.description).filter((d): d is string => typeof d === 'string');
  return descriptions.length === 1 ? `${names[0]}: ${descriptions[0]}` : undefined;
}

function expectedForm(error: SchemaError): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'format') return `a valid ${String(params.format)}`;
  const description = schemaDescription(error) ?? '';
  if (/kebab-case/i.test(description)) return 'a kebab-case id (lowercase letters, digits and single hyphens)';
  if (/time expression|point or period in time/i.test(description)) return 'a time expression agendum understands';
  if (/length of time|duration/i.test(description)) return 'a duration agendum understands';
  if (/web address|http/i.test(description)) return 'an http(s) address';
  if (/date/i.test(description)) return 'a date (2021-05-20, 20 mei 2021, mei 2021)';
  return 'in the expected form';
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
