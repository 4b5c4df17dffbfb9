import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../src/render/index.js';
import { htmlToText } from './support/html-text.js';
import { SEEDS, agendaData, contentLines, missingFrom } from './support/seeds.js';

describe('renders are faithful: every content line of each seed appears in the render', () => {
  for (const seed of SEEDS) {
    const data = agendaData(seed);

    it(`${seed.agenda} as Markdown holds every line of ${seed.seed}`, () => {
      expect(contentLines(seed).length).toBeGreaterThan(20);
      expect(missingFrom(seed, renderDocument(data, seed.kind, { format: 'md' }))).toEqual([]);
    });

    it(`${seed.agenda} as HTML holds every line of ${seed.seed} in its text`, () => {
      expect(missingFrom(seed, htmlToText(renderDocument(data, seed.kind, { format: 'html' })))).toEqual([]);
    });
  }

  it('the check notices a line that is missing', () => {
    const seed = SEEDS[1];
    const markdown = renderDocument(agendaData(seed), seed.kind, { format: 'md' });
    expect(missingFrom(seed, markdown.replace('Samen leren!', ''))).toEqual(['Dit is wat we willen: een lerend netwerk voor alle betrokken professionals. Samen leren!']);
  });
});
