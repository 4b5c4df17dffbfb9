import { describe, expect, it } from 'vitest';
import { FILE_COMMENTS, INIT_MESSAGES } from '../../src/cli/init/messages.js';
import { LOG_WORDS } from '../../src/cli/commands/log.js';
import { LANGS, type Message } from '../../src/core/i18n.js';
import { DIFF_RULES } from '../../src/diff/rules/index.js';
import { ITEM_WORDS } from '../../src/diff/names.js';
import { DIFF_WORDS } from '../../src/formatters/diff.js';
import { catalogue, catalogueIn, word } from '../../src/i18n/catalogue.js';
import { SCHEMA_CHANGES } from '../../src/migrate/versions.js';
import { BUILTIN_KINDS } from '../../src/model/kinds.js';
import { STATUS_COMMENT } from '../../src/model/skeletons.js';
import { STATE_HEADINGS, STATE_WORDS, WORDS as MONITOR_WORDS } from '../../src/monitor/words.js';
import { REDLINE_WORDS } from '../../src/redline/index.js';
import { UI_LABELS } from '../../src/render/labels.js';
import { RULES } from '../../src/rules/index.js';
import { RELATION_WORDS } from '../../src/site/documents.js';
import { SITE_WORDS } from '../../src/site/pages.js';
import { TIMELINE_RULES } from '../../src/timeline/index.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('the message catalogue', () => {
  it('has every message in both languages, with the same placeholders', () => {
    const en = catalogueIn('en');
    const nl = catalogueIn('nl');
    expect([...nl.keys()]).toEqual([...en.keys()]);
    const problems: string[] = [];
    for (const [id, english] of en) {
      const dutch = nl.get(id);
      if (!english.trim() && id !== 'core.verbatim') problems.push(`${id}: no English`);
      if (dutch === undefined || (!dutch.trim() && english.trim())) problems.push(`${id}: no Dutch`);
      else if (placeholders(english).join() !== placeholders(dutch).join()) problems.push(`${id}: placeholders ${placeholders(english).join()} ≠ ${placeholders(dutch).join()}`);
    }
    expect(problems).toEqual([]);
  });

  it('holds the messages of rendering, the timeline chart and SARIF\'s rule descriptions', () => {
    for (const id of ['render.templateError', 'render.chromiumNotAt', 'render.pdfFailed', 'chart.legend', 'codes.schema/required', 'ref/duplicate-id.description', 'timeline/overdue.description']) {
      expect(catalogue().has(id), id).toBe(true);
    }
  });

  it('the word tables kept beside the code that prints them (not loaded with the catalogue) hold both languages too', () => {
    const tables: Record<string, Readonly<Record<string, Message>>> = {
      init: INIT_MESSAGES,
      initFiles: FILE_COMMENTS,
      log: LOG_WORDS,
      redline: REDLINE_WORDS,
      diffItems: ITEM_WORDS,
      monitorStates: STATE_WORDS,
      monitorHeadings: STATE_HEADINGS,
      monitor: MONITOR_WORDS,
      site: SITE_WORDS,
      renderLabels: UI_LABELS,
      skeleton: { status: STATUS_COMMENT, ...Object.fromEntries(BUILTIN_KINDS.flatMap((kind) => Object.entries(kind.skeleton.comments).map(([field, comment]) => [`${kind.kind}.${field}`, comment]))) },
      migrations: Object.fromEntries(SCHEMA_CHANGES.map((change) => [`${change.from}-${change.to}`, change.summary])),
      relations: Object.fromEntries(Object.entries(RELATION_WORDS).flatMap(([relation, words]) => [[`${relation}.forward`, words.forward], [`${relation}.backward`, words.backward]])),
      ...Object.fromEntries(DIFF_RULES.map((rule) => [rule.meta.id, rule.meta.messages])),
    };
    const problems: string[] = [];
    for (const [table, messages] of Object.entries(tables)) {
      expect(Object.keys(messages).length, table).toBeGreaterThan(0);
      for (const [key, message] of Object.entries(messages)) {
        if (!message.en.trim()) problems.push(`${table}.${key}: no English`);
        if (!message.nl.trim()) problems.push(`${table}.${key}: no Dutch`);
        if (placeholders(message.en).join() !== placeholders(message.nl).join()) problems.push(`${table}.${key}: placeholders differ`);
      }
    }
    // The diff report's own words: one table per language, with the same words.
    expect(Object.keys(DIFF_WORDS.nl)).toEqual(Object.keys(DIFF_WORDS.en));
    expect(problems).toEqual([]);
  });

  it('holds the messages of every rule under the rule id', () => {
    for (const rule of [...RULES, ...TIMELINE_RULES]) {
      for (const key of Object.keys(rule.meta.messages)) expect(catalogue().has(`${rule.meta.id}.${key}`), `${rule.meta.id}.${key}`).toBe(true);
    }
  });

  it('words a text in each language, the values of its placeholders too', () => {
    const text = { id: 'schema.required', data: { names: '"title"', where: { id: 'schema.inField', data: { field: 'themes[0]' } } } };
    expect(word(text, 'en')).toBe('missing required property "title" in themes[0]');
    expect(word(text, 'nl')).toBe('verplicht veld "title" ontbreekt in themes[0]');
    expect(LANGS).toEqual(['en', 'nl']);
  });

  it('prints an unknown id as it is rather than failing', () => {
    expect(word({ id: 'no.such.message' }, 'nl')).toBe('no.such.message');
  });
});
