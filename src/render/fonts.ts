import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The typeface of every HTML and PDF document: Source Sans 3 (SIL Open Font License 1.1), from
 * the @fontsource/source-sans-3 package. Its files are written into the page as data URLs, so
 * that a standalone HTML file and its PDF look the same on every machine, whatever fonts the
 * machine has, and the page still requests nothing. The Latin subset carries Dutch text, the
 * euro sign and typographic punctuation; the extended Latin subset names with other accents.
 */
const FAMILY = 'Source Sans 3';
const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT = 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF';

const FACES: readonly { subset: 'latin' | 'latin-ext'; weight: number; style: 'normal' | 'italic' }[] = [
  { subset: 'latin', weight: 400, style: 'normal' },
  { subset: 'latin', weight: 400, style: 'italic' },
  { subset: 'latin', weight: 600, style: 'normal' },
  { subset: 'latin', weight: 700, style: 'normal' },
  { subset: 'latin', weight: 700, style: 'italic' },
  { subset: 'latin-ext', weight: 400, style: 'normal' },
  { subset: 'latin-ext', weight: 700, style: 'normal' },
];

let cached: string | undefined;

/** The @font-face rules of the document typeface, with the fonts inline. */
export function fontFaceCss(): string {
  if (cached !== undefined) return cached;
  const require = createRequire(import.meta.url);
  cached = FACES.map(({ subset, weight, style }) => {
    const file = require.resolve(`@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-${style}.woff2`);
    const data = readFileSync(file).toString('base64');
    return `@font-face { font-family: "${FAMILY}"; font-style: ${style}; font-weight: ${weight}; font-display: block; src: url(data:font/woff2;base64,${data}) format("woff2"); unicode-range: ${subset === 'latin' ? LATIN : LATIN_EXT}; }`;
  }).join('\n');
  return cached;
}
