import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText, junit } from '../../src/formatters/junit.js';
import { CONTEXT, RESULT } from './fixture.js';

/** Characters that XML 1.0 does not allow anywhere in a document. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/;

describe('junit', () => {
  const output = junit(RESULT, CONTEXT);

  it('escapes markup in text, and also quotes and whitespace in attributes', () => {
    expect(escapeXmlText('a < b & c > d "e"\n')).toBe('a &lt; b &amp; c &gt; d "e"\n');
    expect(escapeXmlAttribute('"x"\n\ty')).toBe('&quot;x&quot;&#10;&#9;y');
  });

  it('writes controls as visible symbols, as every text format does, and what else XML cannot hold as visible escapes', () => {
    expect(escapeXmlText('bel\u0007 nul\u0000 cr\r esc\u001b[2J rlo\u202e half\uD800 ok\uD83D\uDE00')).toBe('bel␇ nul␀ cr␍ esc␛[2J rlo\ufffd half\\uD800 ok\uD83D\uDE00');
    expect(output).not.toMatch(NOT_XML);
  });

  it('has no stray markup: every `<` starts a tag and every `&` an entity', () => {
    for (const match of output.matchAll(/<[^>]*>?/g)) expect(match[0]).toMatch(/^<(?:\?xml [^>]*\?|\/?[a-z-]+(?: [a-zA-Z-]+="[^"<]*")*\s*\/?)>$/);
    for (const match of output.matchAll(/&[^;\s]*;?/g)) expect(match[0]).toMatch(/^&(?:amp|lt|gt|quot|#\d+);$/);
  });

  it('counts a failure per error, a skipped test per warning, and a test per finding or clean file', () => {
    expect(output).toContain('<testsuites name="agendum" tests="6" failures="2" errors="0" skipped="2" time="0">');
    expect(output.match(/<failure /g)).toHaveLength(RESULT.summary.errors);
    expect(output.match(/<skipped /g)).toHaveLength(RESULT.summary.warnings);
  });
});
