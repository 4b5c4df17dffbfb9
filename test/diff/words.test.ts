import { describe, expect, it } from 'vitest';
import { diffDocuments, wordDiff } from '../../src/diff/index.js';
import { inlineWords, PLAIN_MARKS } from '../../src/formatters/words.js';
import { seed } from './support.js';

const plain = (before: string, after: string) => inlineWords(wordDiff(before, after).segments, PLAIN_MARKS);

describe('changed words inline', () => {
  it('marks deleted and inserted words in a short sentence, keeping it whole', () => {
    expect(plain('Investeer in voorlichting over de meldcode.', 'Investeer in training over de meldcode.')).toBe(
      'Investeer in [-voorlichting-]{+training+} over de meldcode.',
    );
  });

  it('keeps the changed sentence and elides the unchanged ones around it', () => {
    const first = 'De regio werkt samen met alle partners in het veld aan een sluitende aanpak.';
    const last = 'Zo weten inwoners waar zij terecht kunnen en worden signalen eerder opgepakt door professionals.';
    const line = plain(`${first} Wij bieden hulp binnen twee weken. ${last}`, `${first} Wij bieden hulp binnen een week. ${last}`);
    expect(line).toBe('… Wij bieden hulp binnen [-twee weken.-]{+een week.+} …');
  });

  it('shortens a long unchanged stretch between two changes to the words around each', () => {
    const middle = Array.from({ length: 60 }, (_, i) => `woord${i}`).join(' ');
    const line = plain(`Eerst ${middle} laatst`, `Voorheen ${middle} uiteindelijk`);
    expect(line).toMatch(/^\[-Eerst-\]\{\+Voorheen\+\} woord0 woord1 .* … .* woord59 \[-laatst-\]\{\+uiteindelijk\+\}$/);
    expect(line.split(' ').length).toBeLessThan(30);
  });

  it('the unchanged and inserted words together give the new text, the unchanged and deleted the old', () => {
    const before = 'Organiseer trainingen voor professionals en vrijwilligers.';
    const after = 'Organiseer jaarlijks trainingen voor vrijwilligers.';
    const line = plain(before, after);
    expect(line.replace(/\[-[^\]]*-\]/g, '').replace(/\{\+([^}]*)\+\}/g, '$1')).toBe(after);
    expect(line.replace(/\{\+[^}]*\+\}/g, '').replace(/\[-([^\]]*)-\]/g, '$1')).toBe(before);
  });

  it('a changed binding agreement needs consent and says which words changed', () => {
    const before = seed('ontwikkelagenda');
    const after = structuredClone(before);
    after.generalAgreements[0].text = after.generalAgreements[0].text.replace('met allerlei', 'uiterlijk in 2020, met allerlei');
    const [change] = diffDocuments(before, after, { lang: 'nl' }).changes;
    expect(change).toMatchObject({ code: 'diff/agreement-changed', level: 'approval' });
    expect(change!.message).toBe('Afspraak Onder regie van gemeente georganiseerde toegang partner bij complexe casussen (bindend) gewijzigd: vraagt instemming van alle partijen');
    expect(change!.detail?.kind).toBe('text');
    const segments = change!.detail?.kind === 'text' ? change!.detail.segments : [];
    expect(inlineWords(segments, PLAIN_MARKS)).toBe('In gemeenten wordt, {+uiterlijk in 2020, +}met allerlei variatiemogelijkheden, toegang en eerstelijns zorg ingericht. …');
  });
});
