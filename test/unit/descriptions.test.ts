import { describe, expect, it } from 'vitest';
import { composeCustomSchema } from '../../src/model/registry.js';
import { bilingualDescription, descriptionIn, dutchDescription } from '../../src/schema/descriptions.js';
import { descriptionProblems } from '../support/descriptions.js';

const phase = { description: 'How far the phase has got.', markdownDescription: bilingualDescription('Hoe ver de fase is.', 'How far the phase has got.') };

describe('schema descriptions in two languages', () => {
  it('reads the Dutch part of a markdownDescription in agendum’s form', () => {
    expect(phase.markdownDescription).toBe('Hoe ver de fase is.\n\n*English:* How far the phase has got.');
    expect(dutchDescription(phase)).toBe('Hoe ver de fase is.');
    expect(descriptionIn(phase, 'nl')).toBe('Hoe ver de fase is.');
    expect(descriptionIn(phase, 'en')).toBe('How far the phase has got.');
  });

  it('falls back to the English description where there is no Dutch one', () => {
    // A repository's own schema may carry a markdownDescription of its editor's in any form.
    const foreign = { description: 'Agenda item.', markdownDescription: 'An **agenda** item.' };
    expect(dutchDescription(foreign)).toBeUndefined();
    expect(descriptionIn(foreign, 'nl')).toBe('Agenda item.');
    expect(descriptionIn({ description: 'Agenda item.', markdownDescription: '\n\n*English:* Agenda item.' }, 'nl')).toBe('Agenda item.');
    expect(descriptionIn({ description: 'Agenda item.' }, 'nl')).toBe('Agenda item.');
    expect(descriptionIn({}, 'nl')).toBeUndefined();
    expect(descriptionIn(undefined, 'en')).toBeUndefined();
  });

  it('the schema check finds a missing, misplaced, untranslated or stale markdownDescription', () => {
    expect(descriptionProblems({ properties: { status: phase } }, 's')).toEqual([]);
    expect(
      descriptionProblems(
        {
          properties: {
            a: { description: 'Text.' },
            b: { description: 'Text.', type: 'string', markdownDescription: 'Tekst.\n\n*English:* Text.' },
            c: { description: 'Text.', markdownDescription: 'Text.\n\n*English:* Text.' },
            d: { description: 'New text.', markdownDescription: 'Tekst.\n\n*English:* Text.' },
            e: { markdownDescription: 'Tekst.' },
          },
          examples: [{ description: 'An example document’s own field.' }],
        },
        's',
      ),
    ).toEqual([
      's/properties/a: no markdownDescription',
      's/properties/b: markdownDescription does not follow description',
      's/properties/c: the Dutch text is the English one',
      's/properties/d: markdownDescription does not end in "*English:* " and the description',
      's/properties/e: markdownDescription without a description',
    ]);
  });

  it('a custom kind gets both descriptions of the fields every document has, kind among them', () => {
    const own = { agendaItems: { type: 'array' } };
    const schema = composeCustomSchema({ kind: 'Vergaderagenda', schemaFile: '/repo/vergaderagenda.schema.json', schema: { type: 'object', properties: own } });
    const { agendaItems, ...common } = schema.properties as Record<string, unknown>;
    expect(agendaItems).toEqual(own.agendaItems);
    expect(Object.keys(common)).toEqual(expect.arrayContaining(['kind', 'id', 'title', 'period', 'roles']));
    expect(descriptionProblems(common, 'properties')).toEqual([]);
    expect(dutchDescription(common.kind)).toBe('De documentsoort: Vergaderagenda.');
  });
});
