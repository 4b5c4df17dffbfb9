import { describe, expect, it } from 'vitest';
import { anchorId, markdownSlug } from '../../src/render/text/anchors.js';
import { formatDate, isoDateOf } from '../../src/render/text/dates.js';
import { formatDuration, isoDurationInWords } from '../../src/render/text/duration.js';
import { emphasisToHtml, stripEmphasis } from '../../src/render/text/emphasis.js';
import { cssString, escapeHtml, escapeMarkdown, unescapeMarkdown } from '../../src/render/text/escape.js';
import { formatList } from '../../src/render/text/lists.js';
import { formatMoney } from '../../src/render/text/money.js';
import { formatOrdinal, generatedNumber } from '../../src/render/text/numbering.js';
import { formatPeriod } from '../../src/render/text/period.js';
import { safeUrl } from '../../src/render/text/url.js';

describe('formatDate', () => {
  it.each([
    ['2021-05-20', 'nl', '20 mei 2021'],
    ['2021-05-20', 'en', '20 May 2021'],
    ['2019-01-01', 'nl', '1 januari 2019'],
    ['2021-05', 'nl', 'mei 2021'],
    ['20-5-2021', 'nl', '20 mei 2021'],
    ['01-12-2020', 'nl', '1 december 2020'],
    ['2024-02-29', 'nl', '29 februari 2024'],
  ] as const)('%s (%s) → %s', (input, lang, expected) => {
    expect(formatDate(input, lang)).toBe(expected);
  });

  it.each(['20 mei 2021', 'Mei 2020', 'medio 2019', '2021', '2021-02-30', '2023-02-29', '2021-13-01', '32-1-2020'])(
    'keeps %s as written',
    (input) => {
      expect(formatDate(input, 'nl')).toBe(input);
    },
  );

  it('accepts a bare year written as a number', () => {
    expect(formatDate(2021, 'nl')).toBe('2021');
  });
});

describe('formatMoney', () => {
  it.each([
    [{ value: 45000, currency: 'EUR' }, 'nl', '€ 45.000'],
    [{ value: 88087 }, 'nl', '€ 88.087'],
    [{ value: 1234.5 }, 'nl', '€ 1.234,50'],
    [{ value: 65.5 }, 'nl', '€ 65,50'],
    [{ value: 999 }, 'nl', '€ 999'],
    [{ value: 1000000 }, 'nl', '€ 1.000.000'],
    [{ value: 0.005 }, 'nl', '€ 0,01'],
    [{ value: 12.999 }, 'nl', '€ 13'],
    [45000, 'nl', '€ 45.000'],
    [{ value: 45000 }, 'en', '€45,000'],
    [{ value: 1234.5 }, 'en', '€1,234.50'],
    [{ value: 10, currency: 'USD' }, 'nl', 'USD 10'],
  ] as const)('%j (%s) → %s', (input, lang, expected) => {
    expect(formatMoney(input, lang)).toBe(expected);
  });

  it('shows a value that is not a number as it is', () => {
    expect(formatMoney({ value: 'veel' }, 'nl')).toBe('veel');
  });
});

describe('formatPeriod', () => {
  it('keeps a time expression as written', () => {
    expect(formatPeriod('2020 t/m 2023')).toBe('2020 t/m 2023');
    expect(formatPeriod(2022)).toBe('2022');
  });

  it('joins labelled segments in the writer’s wording', () => {
    expect(
      formatPeriod([
        { label: 'Pilots in', expression: '2020' },
        { label: 'Regionale uitrol', expression: '2021 en verder' },
      ]),
    ).toBe('Pilots in 2020; Regionale uitrol 2021 en verder');
  });

  it('follows the order of the segment’s keys', () => {
    expect(formatPeriod({ expression: '2020', label: 'bekendheid CSG' })).toBe('2020 bekendheid CSG');
    expect(formatPeriod({ label: 'Projectduur', expression: '2019 t/m 2020' })).toBe('Projectduur 2019 t/m 2020');
  });

  it('puts a note in parentheses and skips unlabelled parts cleanly', () => {
    expect(formatPeriod([{ expression: '2019 t/m 2021' }, { label: 'Structurele borging', expression: '2021 e.v.', note: 'onder voorbehoud' }])).toBe(
      '2019 t/m 2021; Structurele borging 2021 e.v. (onder voorbehoud)',
    );
  });

  it('is empty for nothing', () => {
    expect(formatPeriod(undefined)).toBe('');
    expect(formatPeriod([])).toBe('');
  });
});

describe('formatDuration', () => {
  it('keeps a duration as written', () => {
    expect(formatDuration('Zes maanden tot een jaar', 'nl')).toBe('Zes maanden tot een jaar');
    expect(formatDuration('binnen 1 week', 'nl')).toBe('binnen 1 week');
  });

  it('joins named parts with commas', () => {
    expect(
      formatDuration(
        [
          { label: 'Randvoorwaarden', duration: 'twee maanden' },
          { label: 'trainingen', duration: 'zes maanden' },
        ],
        'nl',
      ),
    ).toBe('Randvoorwaarden twee maanden, trainingen zes maanden');
    expect(formatDuration([{ duration: 'drie jaar' }], 'nl')).toBe('drie jaar');
  });

  it('writes ISO 8601 durations in words', () => {
    expect(formatDuration('P2M', 'nl')).toBe('2 maanden');
    expect(formatDuration('P1M', 'nl')).toBe('1 maand');
    expect(isoDurationInWords('P1Y6M', 'nl')).toBe('1 jaar en 6 maanden');
    expect(isoDurationInWords('P2Y', 'nl')).toBe('2 jaar');
    expect(isoDurationInWords('PT24H', 'nl')).toBe('24 uur');
    expect(isoDurationInWords('P1W2D', 'en')).toBe('1 week and 2 days');
    expect(isoDurationInWords('P1Y2M3D', 'en')).toBe('1 year, 2 months and 3 days');
  });

  it('does not mistake other text for ISO 8601', () => {
    expect(isoDurationInWords('P', 'nl')).toBeUndefined();
    expect(isoDurationInWords('PT', 'nl')).toBeUndefined();
    expect(isoDurationInWords('Plan', 'nl')).toBeUndefined();
  });
});

describe('formatList', () => {
  it.each([
    [[], 'nl', ''],
    [['A'], 'nl', 'A'],
    [['A', 'B'], 'nl', 'A en B'],
    [['A', 'B', 'C'], 'nl', 'A, B en C'],
    [['A', 'B', 'C'], 'en', 'A, B and C'],
    [['A', '', undefined, 'B'], 'nl', 'A en B'],
  ] as const)('%j (%s) → %s', (items, lang, expected) => {
    expect(formatList(items, lang)).toBe(expected);
  });
});

describe('numbering', () => {
  it('writes ordinals', () => {
    expect(formatOrdinal(1, 'nl')).toBe('1e');
    expect(formatOrdinal(3, 'nl')).toBe('3e');
    expect(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '102nd'].join()).toBe(
      [1, 2, 3, 4, 11, 12, 13, 21, 102].map((n) => formatOrdinal(n, 'en')).join(),
    );
  });

  it('counts unnumbered items 1, a, i by depth', () => {
    expect([0, 1, 2].map((i) => generatedNumber(i, 0))).toEqual(['1', '2', '3']);
    expect([0, 1, 25, 26, 27].map((i) => generatedNumber(i, 1))).toEqual(['a', 'b', 'z', 'aa', 'ab']);
    expect([0, 3, 8, 13].map((i) => generatedNumber(i, 2))).toEqual(['i', 'iv', 'ix', 'xiv']);
    expect(generatedNumber(0, 3)).toBe('1');
  });
});

describe('emphasisToHtml', () => {
  it.each([
    ['*cursief*', '<em>cursief</em>'],
    ['**vet**', '<strong>vet</strong>'],
    ['***beide***', '<strong><em>beide</em></strong>'],
    ['de visie *Gefaseerde ketenzorg* (2016)', 'de visie <em>Gefaseerde ketenzorg</em> (2016)'],
    ['*Handle with Care*-pilots', '<em>Handle with Care</em>-pilots'],
    ["het project *'Sneller thuis'*", 'het project <em>&#x27;Sneller thuis&#x27;</em>'],
    ['**a *b* c**', '<strong>a <em>b</em> c</strong>'],
  ])('%s → %s', (input, expected) => {
    expect(emphasisToHtml(input)).toBe(expected);
  });

  it('leaves lone and unbalanced asterisks alone and never crosses tags', () => {
    expect(emphasisToHtml('5 * 3 = 15')).toBe('5 * 3 &#x3D; 15');
    expect(emphasisToHtml('**open')).toBe('**open');
    expect(emphasisToHtml('*a **b* c**')).toBe('*a <strong>b* c</strong>');
    expect(emphasisToHtml('****')).toBe('****');
  });

  it('escapes before it converts, so markup in the text stays text', () => {
    expect(emphasisToHtml('*<script>alert(1)</script>*')).toBe('<em>&lt;script&gt;alert(1)&lt;/script&gt;</em>');
    expect(emphasisToHtml('<img src=x onerror="alert(1)">')).toBe('&lt;img src&#x3D;x onerror&#x3D;&quot;alert(1)&quot;&gt;');
  });
});

describe('stripEmphasis', () => {
  it('drops the writer’s emphasis markers and nothing else', () => {
    expect(stripEmphasis('Project *Sneller thuis* en **vet** 5 * 3')).toBe('Project Sneller thuis en vet 5 * 3');
    expect(stripEmphasis('<b>*x*</b>')).toBe('<b>x</b>');
  });
});

describe('escapeHtml', () => {
  it('escapes what could open markup or leave an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\`=`)).toBe('&lt;a href&#x3D;&quot;x&quot; title&#x3D;&#x27;y&#x27;&gt;&amp;&#x60;&#x3D;');
  });
});

describe('escapeMarkdown', () => {
  it('keeps the writer’s emphasis and ordinary punctuation', () => {
    expect(escapeMarkdown('We werken volgens *Informatie delen* en **vet**.')).toBe('We werken volgens *Informatie delen* en **vet**.');
    expect(escapeMarkdown('Vogtländer & Van Arum, 2016 (zie ook MDA++) - 24/7')).toBe('Vogtländer & Van Arum, 2016 (zie ook MDA++) - 24/7');
  });

  it('cannot break a table, open a link, code span or HTML', () => {
    expect(escapeMarkdown('a | b')).toBe('a \\| b');
    expect(escapeMarkdown('[klik](javascript:alert(1))')).toBe('\\[klik\\](javascript:alert(1))');
    expect(escapeMarkdown('<script>x</script>')).toBe('\\<script>x\\</script>');
    expect(escapeMarkdown('`code`')).toBe('\\`code\\`');
    expect(escapeMarkdown('a \\ b')).toBe('a \\\\ b');
    expect(escapeMarkdown('&copy; & &#169;')).toBe('\\&copy; & \\&#169;');
  });

  it('escapes what would start a block at the beginning', () => {
    expect(escapeMarkdown('# Kop')).toBe('\\# Kop');
    expect(escapeMarkdown('> citaat')).toBe('\\> citaat');
    expect(escapeMarkdown('- lijst')).toBe('\\- lijst');
    expect(escapeMarkdown('+ lijst')).toBe('\\+ lijst');
    expect(escapeMarkdown('* lijst')).toBe('\\* lijst');
    expect(escapeMarkdown('1. lijst')).toBe('1\\. lijst');
    expect(escapeMarkdown('2020) lijst')).toBe('2020\\) lijst');
    expect(escapeMarkdown('===')).toBe('\\===');
    expect(escapeMarkdown('***')).toBe('\\*\\*\\*');
    expect(escapeMarkdown('_ _ _')).toBe('\\_ \\_ \\_');
    expect(escapeMarkdown('Kop #')).toBe('Kop \\#');
    expect(escapeMarkdown('*cursief* begin')).toBe('*cursief* begin');
    expect(escapeMarkdown('2020 t/m 2023')).toBe('2020 t/m 2023');
  });

  it('makes one line of a value with line breaks, so it cannot leave its list item or cell', () => {
    expect(escapeMarkdown('eerste regel\n\n# tweede\n- derde')).toBe('eerste regel # tweede - derde');
    expect(escapeMarkdown('  ingesprongen\tcode  ')).toBe('ingesprongen code');
  });

  it('is undone exactly by unescapeMarkdown', () => {
    for (const text of ['a | b [c] <d> `e` \\ f', '# x', '1. y', 'https://example.org/a_b?c=[1]|2']) {
      expect(unescapeMarkdown(escapeMarkdown(text))).toBe(text.trim());
    }
  });
});

describe('cssString', () => {
  it('quotes text so it cannot end the string or the <style> element', () => {
    expect(cssString('Samen "tegen" \\ geweld')).toBe('"Samen \\"tegen\\" \\\\ geweld"');
    expect(cssString('</style><script>alert(1)</script>')).not.toMatch(/[<>]/);
    expect(cssString('a\nb')).toBe('"a b"');
  });
});

describe('safeUrl', () => {
  it.each(['https://www.verwey-jonker.nl/publicatie/x/', 'http://example.org', 'mailto:info@example.org'])('links %s', (url) => {
    expect(safeUrl(url)).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'www.isnv.nl',
    '/relative',
    'https://example.org/"onmouseover="x',
    'https://exa mple.org',
    'https://<script>',
    42,
    undefined,
  ])('does not link %j', (url) => {
    expect(safeUrl(url)).toBeUndefined();
  });
});

describe('anchors', () => {
  it('makes ids of letters, digits and hyphens only', () => {
    expect(anchorId('theme', 'plegeraanpak')).toBe('theme-plegeraanpak');
    expect(anchorId('theme', '"><script>')).toBe('theme-script');
    expect(anchorId('section', 'Hoe ziet de Uitvoeringsagenda eruit?')).toBe('section-hoe-ziet-de-uitvoeringsagenda-eruit');
    expect(anchorId('footnote', 0)).toBe('footnote-0');
    expect(anchorId('x', undefined)).toBe('x');
  });

  it('gives headings the anchor Markdown viewers give them', () => {
    expect(markdownSlug('Actielijn 1: Eerder en beter in beeld')).toBe('actielijn-1-eerder-en-beter-in-beeld');
    expect(markdownSlug('Duidelijke rol- en taakverdeling')).toBe('duidelijke-rol--en-taakverdeling');
    expect(markdownSlug('MDA++')).toBe('mda');
    expect(markdownSlug('Centrum Seksueel Geweld \\(CSG\\) *x*')).toBe('centrum-seksueel-geweld-csg-x');
    expect(markdownSlug('Geïmplementeerd')).toBe('geïmplementeerd');
  });
});

describe('isoDateOf (the date in a printed document’s metadata)', () => {
  it.each([
    ['2021-05-20', '2021-05-20'],
    ['2021-05', '2021-05-01'],
    ['2020', '2020-01-01'],
    ['20-5-2021', '2021-05-20'],
    ['20 mei 2021', '2021-05-20'],
    ['Mei 2020', '2020-05-01'],
    ['March 2022', '2022-03-01'],
  ])('%s → %s', (written, iso) => expect(isoDateOf(written)).toBe(iso));

  it.each(['medio 2019', '2021-02-30', '31 juni 2020', 'Q2 2021', '', 'mei'])('leaves "%s" without a date', (written) => expect(isoDateOf(written)).toBeUndefined());
});
