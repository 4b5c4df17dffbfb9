import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runBinary } from '../support/cli.js';
import { decodeEntities } from './support/html-text.js';
import { printedLayout } from '../../src/render/paged.js';
import { contentsEntries, missing, sentences, withoutRunningHeads } from '../support/sentences.js';
import { contentsLinks, pdfFacts, printedPages, type PdfFacts, type PrintedPage } from './support/publishable.js';
import { SEEDS } from './support/seeds.js';

/**
 * The bundled documents and the examples printed as a public body publishes them: tagged, with an
 * outline of every chapter, metadata (title, author, creator, language, the document's own date),
 * contents with the page of each entry, the chapter in the running header, no page mostly blank,
 * and the same bytes on every run. Needs Chromium, like the other PDF tests.
 */
const TODAY = '2024-01-01';
const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const flat = (text: string) => text.replace(/\s+/g, '').toLowerCase();
const name = (file: string) => path.basename(file).replace(/(\.agenda)?\.ya?ml$/, '');
/** The page's margins at top and bottom (templates/shared/html/style.css), in points. */
const MARGIN = (22 * 72) / 25.4;

/** The chapter headings (h2) of a rendered HTML document, as text. */
function chapters(html: string): string[] {
  return [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => decodeEntities(m[1]!.replace(/<[^>]+>/g, '')).trim());
}

const EXAMPLES = path.join(ROOT, 'examples');
function documentsIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.agenda.yaml'))
    .sort()
    .map((file) => path.join(folder, file));
}
const bundled = SEEDS.map((seed) => path.join(ROOT, 'agendas', seed.agenda));
const examples = documentsIn(EXAMPLES);
/**
 * Printed a second time to compare the bytes: a document of every built-in kind, and the examples
 * of the custom kinds with their own templates. The others go through the same printing.
 */
const printedTwice = new Set([...bundled, ...examples.filter((file) => file.includes(`${path.sep}eigen-soorten${path.sep}`))]);

describe('printed documents a public body may publish', () => {
  let out: string;
  const facts = new Map<string, PdfFacts>();
  beforeAll(async () => {
    expect(printedTwice.size, 'the documents printed twice').toBeGreaterThanOrEqual(8);
    out = mkdtempSync(path.join(tmpdir(), 'agendum-publishable-'));
    for (const [format, folder] of [['pdf', 'first'], ['pdf', 'second'], ['html', 'html']] as const) {
      const chosen = (files: string[]) => (folder === 'second' ? files.filter((file) => printedTwice.has(file)) : files);
      const seeds = await runBinary(['render', ...chosen(bundled), '--format', format, '--today', TODAY, '-o', `${path.join(out, folder)}/`]);
      expect(seeds.code, seeds.stderr).toBe(0);
      // The examples render with their own configuration, which registers their custom kinds.
      const custom = await runBinary(['render', ...chosen(examples).map((file) => path.relative(EXAMPLES, file)), '--format', format, '--today', TODAY, '-o', `${path.join(out, folder)}/`], { cwd: EXAMPLES });
      expect(custom.code, custom.stderr).toBe(0);
    }
    for (const file of [...bundled, ...examples]) facts.set(file, await pdfFacts(path.join(out, 'first', `${name(file)}.pdf`)));
  }, 900_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  for (const file of [...bundled, ...examples]) {
    describe(path.relative(ROOT, file), () => {
      const pdfFile = () => path.join(out, 'first', `${name(file)}.pdf`);
      const htmlOf = () => readFileSync(path.join(out, 'html', `${name(file)}.html`), 'utf8');
      // Read once for the tests of this document that look at its pages (poppler twice over the whole PDF).
      let pages: PrintedPage[] | undefined;
      const pagesOf = () => (pages ??= printedPages(pdfFile(), MARGIN));
      it('is tagged, with title, author, subject, creator, language and the document’s own dates', () => {
        const pdf = facts.get(file)!;
        const document = parse(readFileSync(file, 'utf8')) as { title: string; language?: string };
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
        const pdf = facts.get(file)!;
        const html = htmlOf();
        expect(pdf.structure.get('H1')).toBe(1);
        expect(pdf.structure.get('H2')).toBeGreaterThanOrEqual(chapters(html).length);
        expect(pdf.structure.get('P')).toBeGreaterThan(5);
        // Every table on paper; the timeline's table is for screen readers of the HTML and is not
        // printed, and the chart's rows are laid out in a table that is no table to a reader.
        const printed = html.match(/<table(?![^>]*(tl-data|role="presentation"))[\s>][\s\S]*?<\/table>/g) ?? [];
        expect(pdf.structure.get('Table') ?? 0).toBe(printed.length);
        if (printed.some((table) => /<th[\s>]/.test(table))) expect(pdf.structure.get('TH')).toBeGreaterThan(0);
        const figures = (html.match(/<figure[\s>]/g) ?? []).length;
        expect(pdf.figureAlts.filter((alt) => alt.trim().length > 0).length).toBeGreaterThanOrEqual(figures);
      });

      it('has an outline that lists every chapter, on the page where it starts', () => {
        const pdf = facts.get(file)!;
        const html = htmlOf();
        const titles = pdf.outline.map((entry) => flat(entry.title));
        const wanted = chapters(html);
        expect(wanted.length).toBeGreaterThan(1);
        for (const chapter of wanted) expect(titles, chapter).toContain(flat(chapter));
        // Each title as the heading is written, once (Chromium's own titles may repeat the text).
        expect(titles.filter((title) => /^(.+)\1$/.test(title))).toEqual([]);
        expect(pdf.outline.every((entry) => entry.page >= 1 && entry.page <= Number(pdf.info.Pages))).toBe(true);
      });

      it('embeds the document typeface (Source Sans 3) and no font of the machine', () => {
        const fonts = execFileSync('pdffonts', [pdfFile()], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '');
        expect(fonts.length).toBeGreaterThan(1);
        for (const line of fonts) {
          const [font, ...rest] = line.split(/\s+/);
          expect(font, line).toMatch(/^[A-Z]{6}\+SourceSans3/);
          // emb, sub, uni: embedded, as a subset, with a Unicode map (so the text can be copied and read aloud).
          expect(rest.slice(-5, -2), line).toEqual(['yes', 'yes', 'yes']);
        }
      });

      it('says "pagina X van Y" at the foot of every page after the cover', () => {
        const pages = Number(facts.get(file)!.info.Pages);
        const text = execFileSync('pdftotext', ['-layout', pdfFile(), '-'], { encoding: 'utf8' }).split('\f');
        expect(text[0]).not.toMatch(/pagina \d+ van/);
        for (let page = 2; page <= pages; page++) expect(text[page - 1], `page ${page}`).toContain(`pagina ${page} van ${pages}`);
      });

      it('shows in its contents the page each entry starts on, and the chapter in the running header', () => {
        const html = htmlOf();
        const links = contentsLinks(html, decodeEntities);
        expect(links.length).toBeGreaterThan(1);
        const pages = pagesOf();
        // The contents' lines end in page numbers, in the order of its entries (the first line of a
        // page is its running header, the last its footer).
        const start = pages.findIndex((page) => page.lines.includes('Inhoud') || page.lines.includes('Contents'));
        expect(start, 'a page with the contents').toBeGreaterThan(0);
        const numbers: number[] = [];
        for (const page of pages.slice(start)) {
          for (const line of page.lines.slice(1, -1)) {
            const number = /\S\s+(\d+)$/.exec(line);
            if (number && numbers.length < links.length) numbers.push(Number(number[1]));
          }
          if (numbers.length >= links.length) break;
        }
        expect(numbers.length, 'a page number for each entry').toBe(links.length);
        // Each number is the page where the entry's heading is, as the outline (Chromium's own) says.
        // Both are in the order of the document, and a title may come back ("Results" under each part).
        const outline = facts.get(file)!.outline;
        let next = 0;
        for (const [index, link] of links.entries()) {
          // The heading as the entry says it, else one that says more ("3.1 Pleegzorg" for "Pleegzorg");
          // of headings that say the same, the highest (a chapter "Results" after parts with "Results").
          const highest = (same: (title: string) => boolean) =>
            outline.reduce((best, entry, at) => (at >= next && same(flat(entry.title)) && (best < 0 || entry.depth < outline[best]!.depth) ? at : best), -1);
          const exact = highest((title) => title === flat(link.text));
          const found = exact >= 0 ? exact : highest((title) => title.endsWith(flat(link.text)));
          expect(found, `an outline entry for "${link.text}"`).toBeGreaterThanOrEqual(0);
          expect(numbers[index], `the page of "${link.text}"`).toBe(outline[found]!.page);
          next = found + 1;
        }
        // Every page after the cover names in its header the last chapter begun on it or before (or the document).
        const title = (parse(readFileSync(file, 'utf8')) as { title: string }).title;
        const starts = links.flatMap((link, index) => (link.chapter ? [{ text: link.text, page: numbers[index]! }] : []));
        expect(pages[0]!.lines[0], 'no running header on the cover').not.toBe(title);
        for (let page = 2; page <= pages.length; page++) {
          const chapter = starts.filter((start) => start.page <= page).at(-1)?.text ?? title;
          const header = flat(pages[page - 1]!.lines[0] ?? '');
          expect(header.length, `the running header of page ${page}`).toBeGreaterThan(0);
          expect(flat(chapter).startsWith(header), `the running header of page ${page}: "${pages[page - 1]!.lines[0]}" for "${chapter}"`).toBe(true);
        }
      });

      if (examples.includes(file)) {
        it('prints every sentence the document holds (as its Markdown and HTML hold them, test/examples.test.ts)', () => {
          const document = parse(readFileSync(file, 'utf8')) as { title: string };
          const text = execFileSync('pdftotext', ['-raw', pdfFile(), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
          expect(sentences(document).length).toBeGreaterThan(5);
          expect(missing(document, withoutRunningHeads(text, [document.title, ...contentsEntries(htmlOf())]))).toEqual([]);
        });
      }

      it('leads only to places of the document: the marks that laid it out are gone', async () => {
        const { destinations } = await printedLayout(new Uint8Array(readFileSync(pdfFile())));
        expect(destinations.size).toBeGreaterThan(0);
        expect([...destinations.keys()].filter((name) => name.startsWith('agendum-mark-'))).toEqual([]);
      });

      it('lists its timeline chart in the contents, with a legend', () => {
        const html = htmlOf();
        if (!html.includes('id="timeline"')) return;
        expect(contentsLinks(html, decodeEntities).map((link) => link.target)).toContain('timeline');
        const text = pagesOf().map((page) => page.lines.join(' ')).join(' ');
        expect(text).toMatch(/periode|period/i);
      });

      it('has no page under a quarter full except the cover and the last, and prints its text at full size', () => {
        const pages = pagesOf();
        expect(pages.length).toBeGreaterThan(2);
        const empty = pages.flatMap((page, index) => (index > 0 && index < pages.length - 1 && page.fill < 0.25 ? [`page ${index + 1}: ${Math.round(page.fill * 100)}% full`] : []));
        expect(empty).toEqual([]);
        // A page wider than the paper is printed smaller: the body text (10.5 pt) would shrink.
        const heights = pages.flatMap((page) => page.wordHeights).sort((a, b) => a - b);
        expect(heights[Math.floor(heights.length / 2)]!, 'the median height of a word, in points').toBeGreaterThan(12);
      });

      if (printedTwice.has(file)) {
        it('prints to the same bytes every time', () => {
          const first = readFileSync(pdfFile());
          const second = readFileSync(path.join(out, 'second', `${name(file)}.pdf`));
          expect(first.length).toBeGreaterThan(10_000);
          // Where they differ, the bytes around the first difference say what changed (a font, a page, a date).
          let at = 0;
          while (at < first.length && first[at] === second[at]) at += 1;
          const around = (bytes: Buffer) => bytes.subarray(Math.max(0, at - 120), at + 120).toString('latin1');
          expect(first.equals(second), `${first.length} and ${second.length} bytes, first difference at ${at}:\n${around(first)}\n---\n${around(second)}`).toBe(true);
        });
      }
    });
  }
});
