import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runBinary } from '../support/cli.js';
import { decodeEntities } from './support/html-text.js';
import { pdfFacts, type PdfFacts } from './support/publishable.js';
import { SEEDS } from './support/seeds.js';

/**
 * The four bundled documents printed as a public body publishes them: tagged, with an outline
 * of every chapter, metadata (title, author, creator, language, the document's own date) and
 * the same bytes on every run. Needs Chromium, like the other PDF tests.
 */
const TODAY = '2024-01-01';
const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const flat = (text: string) => text.replace(/\s+/g, '').toLowerCase();
const name = (agenda: string) => agenda.replace(/\.agenda\.yaml$/, '');

/** The chapter headings (h2) of a rendered HTML document, as text. */
function chapters(html: string): string[] {
  return [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => decodeEntities(m[1]!.replace(/<[^>]+>/g, '')).trim());
}

describe('printed documents a public body may publish', () => {
  let out: string;
  const facts = new Map<string, PdfFacts>();
  beforeAll(async () => {
    out = mkdtempSync(path.join(tmpdir(), 'agendum-publishable-'));
    const files = SEEDS.map((seed) => path.join('agendas', seed.agenda));
    for (const [format, folder] of [['pdf', 'first'], ['pdf', 'second'], ['html', 'html']] as const) {
      const result = await runBinary(['render', ...files, '--format', format, '--today', TODAY, '-o', `${path.join(out, folder)}/`]);
      expect(result.code, result.stderr).toBe(0);
    }
    for (const seed of SEEDS) facts.set(seed.agenda, await pdfFacts(path.join(out, 'first', `${name(seed.agenda)}.pdf`)));
  }, 400_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  for (const seed of SEEDS) {
    describe(seed.agenda, () => {
      it('is tagged, with title, author, subject, creator, language and the document’s own dates', () => {
        const pdf = facts.get(seed.agenda)!;
        const document = parse(readFileSync(path.join(ROOT, 'agendas', seed.agenda), 'utf8')) as { title: string; language?: string };
        expect(pdf.info.Tagged).toBe('yes');
        expect(pdf.info.Title).toBe(document.title);
        expect(pdf.info.Author).toMatch(/\p{L}{2}/u);
        expect(pdf.info.Subject).toMatch(/\p{L}{2}/u);
        expect(pdf.info.Creator).toBe(`agendum ${version}`);
        expect(pdf.info['Metadata Stream']).toBe('yes');
        expect(pdf.language).toBe(document.language ?? 'nl');
        // No moment of printing: the dates are the document's own, or there are none.
        for (const key of ['CreationDate', 'ModDate']) if (pdf.info[key]) expect(pdf.info[key]).toMatch(/00:00:00 \d{4} UTC/);
      });

      it('has a structure of headings, paragraphs and tables with header cells, and figures with a text', () => {
        const pdf = facts.get(seed.agenda)!;
        const html = readFileSync(path.join(out, 'html', `${name(seed.agenda)}.html`), 'utf8');
        expect(pdf.structure.get('H1')).toBe(1);
        expect(pdf.structure.get('H2')).toBeGreaterThanOrEqual(chapters(html).length);
        expect(pdf.structure.get('P')).toBeGreaterThan(5);
        // Every table on paper; the timeline's table is for screen readers of the HTML and is not
        // printed, and the chart's rows are laid out in a table that is no table to a reader.
        const printed = html.match(/<table(?![^>]*(visually-hidden|role="presentation"))[\s>][\s\S]*?<\/table>/g) ?? [];
        expect(pdf.structure.get('Table') ?? 0).toBe(printed.length);
        if (printed.some((table) => /<th[\s>]/.test(table))) expect(pdf.structure.get('TH')).toBeGreaterThan(0);
        const figures = (html.match(/<figure[\s>]/g) ?? []).length;
        expect(pdf.figureAlts.filter((alt) => alt.trim().length > 0).length).toBeGreaterThanOrEqual(figures);
      });

      it('has an outline that lists every chapter, on the page where it starts', () => {
        const pdf = facts.get(seed.agenda)!;
        const html = readFileSync(path.join(out, 'html', `${name(seed.agenda)}.html`), 'utf8');
        const titles = pdf.outline.map((entry) => flat(entry.title));
        const wanted = chapters(html);
        expect(wanted.length).toBeGreaterThan(1);
        for (const chapter of wanted) expect(titles, chapter).toContain(flat(chapter));
        // Each title as the heading is written, once (Chromium's own titles may repeat the text).
        expect(titles.filter((title) => /^(.+)\1$/.test(title))).toEqual([]);
        expect(pdf.outline.every((entry) => entry.page >= 1 && entry.page <= Number(pdf.info.Pages))).toBe(true);
      });

      it('embeds the document typeface (Source Sans 3) and no font of the machine', () => {
        const fonts = execFileSync('pdffonts', [path.join(out, 'first', `${name(seed.agenda)}.pdf`)], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '');
        expect(fonts.length).toBeGreaterThan(1);
        for (const line of fonts) {
          const [font, ...rest] = line.split(/\s+/);
          expect(font, line).toMatch(/^[A-Z]{6}\+SourceSans3/);
          // emb, sub, uni: embedded, as a subset, with a Unicode map (so the text can be copied and read aloud).
          expect(rest.slice(-5, -2), line).toEqual(['yes', 'yes', 'yes']);
        }
      });

      it('says "pagina X van Y" at the foot of every page after the cover', () => {
        const file = path.join(out, 'first', `${name(seed.agenda)}.pdf`);
        const pages = Number(facts.get(seed.agenda)!.info.Pages);
        const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
        expect(text[0]).not.toMatch(/pagina \d+ van/);
        for (let page = 2; page <= pages; page++) expect(text[page - 1], `page ${page}`).toContain(`pagina ${page} van ${pages}`);
      });

      it('prints to the same bytes every time', () => {
        const first = readFileSync(path.join(out, 'first', `${name(seed.agenda)}.pdf`));
        const second = readFileSync(path.join(out, 'second', `${name(seed.agenda)}.pdf`));
        expect(first.length).toBeGreaterThan(10_000);
        expect(first.equals(second)).toBe(true);
      });
    });
  }
});
