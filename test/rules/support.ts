import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/core/diagnostic.js';
import type { WordedDiagnostic } from '../../src/i18n/catalogue.js';
import { wordDiagnostic } from '../../src/i18n/catalogue.js';
import type { Lang } from '../../src/core/i18n.js';
import { RULES } from '../../src/rules/index.js';
import type { TextInput } from '../../src/validate/engine.js';
import { validateTexts } from '../../src/validate/engine.js';

/**
 * A YAML snippet written indented inside a test: the common indentation and the first line
 * break go, so that line 1 is the line after the opening backtick.
 */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  // A value over several lines keeps the indentation of the line it is put in.
  let text = strings.raw[0]!;
  values.forEach((value, i) => {
    const indent = /(?:^|\n)([ ]*)[^\n]*$/.exec(text)?.[1] ?? '';
    text += String(value).replace(/\n/g, `\n${indent}`) + strings.raw[i + 1]!;
  });
  text = text.replace(/^\n/, '');
  const indent = Math.min(...text.split('\n').filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return `${text
    .split('\n')
    .map((l) => l.slice(indent))
    .join('\n')
    .trimEnd()}\n`;
}

/** What a case expects of one finding: `at` is "line:column"; the message need only contain `message`. */
export interface Expected {
  readonly at: string;
  readonly message: string;
  readonly file?: string;
  readonly severity?: Severity;
  readonly hint?: string;
  /** "line:column" of each related place, in order; "file:line:column" for a place in another file. */
  readonly related?: readonly string[];
}

export interface Case {
  readonly name: string;
  /** One document, or several for rules that look across files. */
  readonly yaml: string | readonly TextInput[];
  readonly expect: readonly Expected[];
  readonly lang?: Lang;
  /** The snippet breaks the schema on purpose: rules must not throw on it. */
  readonly schemaInvalid?: boolean;
}

export function inputsOf(c: Case): readonly TextInput[] {
  return typeof c.yaml === 'string' ? [{ file: 'test.agenda.yaml', text: c.yaml }] : c.yaml;
}

/** The findings of a case, worded in its language (English unless it says). */
export function run(c: Case): WordedDiagnostic[] {
  return validateTexts(inputsOf(c)).map((d) => wordDiagnostic(d, c.lang ?? 'en'));
}

const at = (d: { range: { start: { line: number; column: number } } }) => `${d.range.start.line}:${d.range.start.column}`;

/** A table of valid and invalid cases for one rule, each run through the whole engine. */
export function ruleTable(code: string, cases: { valid: readonly Case[]; invalid: readonly Case[] }): void {
  const rule = RULES.find((r) => r.meta.id === code);

  describe(code, () => {
    it('is registered', () => {
      expect(rule).toBeDefined();
    });

    for (const [group, list] of Object.entries(cases)) {
      describe(group, () => {
        for (const c of list) {
          it(c.name, () => {
            const all = run(c);
            // DUMP=1 prints each snippet with line numbers and what it gave, to read positions off.
            if (process.env.DUMP) for (const input of inputsOf(c)) console.log(`--- ${c.name} ${input.file}\n` + input.text.split('\n').map((l, i) => `${String(i + 1).padStart(3)}| ${l}`).join('\n') + '\n' + all.map((d) => `${d.code} ${at(d)} ${d.message}`).join('\n'));
            if (!c.schemaInvalid) {
              expect(all.filter((d) => /^(?:schema|yaml|document)\//.test(d.code)).map((d) => `${d.code} ${at(d)} ${d.message}`), 'the snippet should be schema-valid').toEqual([]);
            }
            const got = all.filter((d) => d.code === code);
            expect(got.map((d) => `${d.file === 'test.agenda.yaml' ? '' : `${d.file}:`}${at(d)} ${d.message}`)).toHaveLength(c.expect.length);
            c.expect.forEach((want, i) => {
              const d = got[i]!;
              expect(d.code).toBe(code);
              expect(at(d), d.message).toBe(want.at);
              if (want.file) expect(d.file).toBe(want.file);
              expect(d.severity).toBe(want.severity ?? rule!.meta.severity);
              expect(d.message).toContain(want.message);
              if (want.hint !== undefined) expect(d.hint).toContain(want.hint);
              if (want.related !== undefined) expect((d.related ?? []).map((r) => (r.file === d.file ? at(r) : `${r.file}:${at(r)}`))).toEqual(want.related);
            });
          });
        }
      });
    }
  });
}
