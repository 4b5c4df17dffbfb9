import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from './support/html-text.js';

describe('htmlToText (the words a reader sees, for the faithfulness check)', () => {
  it('drops the head, styles, scripts and comments', () => {
    expect(htmlToText('<html><head><title>T</title><style>p{}</style></head><body><!-- x --><script>alert(1)</script><p>Tekst</p></body></html>')).toBe('Tekst');
  });

  it('breaks lines at blocks and joins inline elements', () => {
    expect(htmlToText('<h2>Kop</h2><p>Een <em>cursief</em> woord en <strong>vet</strong>s.</p><ul><li>a</li><li>b</li></ul>')).toBe('Kop\nEen cursief woord en vets.\na\nb');
    expect(htmlToText('<table><tr><td>Actie</td><td>2020</td></tr></table>')).toBe('Actie\n2020');
  });

  it('decodes character references', () => {
    expect(decodeEntities('&lt;script&gt; &amp; &#x27;a&#x27; &#169; &euro; &quot;q&quot; &#x3D; &unknown;')).toBe(`<script> & 'a' © € "q" = &unknown;`);
    expect(htmlToText('<p>&lt;b&gt;geen tag&lt;/b&gt;</p>')).toBe('<b>geen tag</b>');
  });
});
