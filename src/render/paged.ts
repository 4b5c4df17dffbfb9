import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString, type PDFObject } from 'pdf-lib';

/**
 * What Chromium cannot do alone in paged media, done around its printing: page numbers in the
 * table of contents, and a running header that names the chapter a page belongs to.
 *
 * Chromium prints CSS page-margin boxes but has neither `target-counter()` nor running strings
 * (`string-set`). So the document is printed more than once: a print says on which page each
 * link target of the contents (`nav.toc a[href^="#"]`) landed, from the PDF's named
 * destinations; those numbers are written into the entries, and the chapters' titles into a
 * counter style with one symbol per page, which the top-right margin box shows as
 * `counter(page, agendum-running)`. Then the document is printed again, until the numbers hold
 * (a number can push a long entry onto a second line and so move a page).
 *
 * A chapter is an entry of the contents that is not under another linked entry (an entry under a
 * heading without a link, such as "Projects", is a chapter too). A page's header names the last
 * chapter that starts on it or before it, and the document's title before the first chapter.
 *
 * The scripts run in the page as expressions (the page itself runs no JavaScript).
 */

/** An entry of the contents: the id it leads to, its text, and whether it is a chapter. */
export interface ContentsEntry {
  readonly target: string;
  readonly title: string;
  readonly chapter: boolean;
}

/** The contents' links in order, as ContentsEntry. */
export const CONTENTS_ENTRIES_SCRIPT = `[...document.querySelectorAll('nav.toc a[href^="#"]')].map((link) => {
  let target = '';
  try { target = decodeURIComponent(link.getAttribute('href').slice(1)); } catch {}
  let chapter = true;
  for (let up = link.closest('li')?.parentElement?.closest('li'); up; up = up.parentElement?.closest('li')) {
    if (up.querySelector(':scope > a')) { chapter = false; break; }
  }
  const text = link.querySelector(':scope > .toc-text') ?? link;
  return { target, chapter, title: text.textContent.replace(/\\s+/g, ' ').trim() };
})`;

/**
 * The running header of each page (from 1): the last chapter that starts on the page or before,
 * else the document's title.
 */
export function runningHeaders(entries: readonly ContentsEntry[], pages: readonly (number | undefined)[], pageCount: number, title: string): string[] {
  const starts = entries
    .map((entry, index) => ({ entry, page: pages[index] }))
    .filter((start): start is { entry: ContentsEntry; page: number } => start.entry.chapter && start.page !== undefined)
    .sort((a, b) => a.page - b.page);
  const headers: string[] = [];
  let current = title;
  for (let page = 1, next = 0; page <= pageCount; page++) {
    while (next < starts.length && starts[next]!.page <= page) current = starts[next++]!.entry.title || current;
    headers.push(current);
  }
  return headers;
}

/** A CSS string of a text. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (char) => `\\${char}`).replace(/[\n\r\f]/g, ' ')}"`;
}

/** The style that puts each page's header in the top-right margin box (an empty one for none). */
export function runningHeaderStyle(headers: readonly string[]): string {
  if (headers.length === 0) return '';
  return `@counter-style agendum-running { system: fixed; symbols: ${headers.map((header) => cssString(header || ' ')).join(' ')}; }
@page { @top-right { content: counter(page, agendum-running); } }`;
}

/**
 * Writes page numbers into the contents' links (the link's text, a dotted leader and the number,
 * in that order; an entry whose target has no page gets no number) and sets the running
 * header's style.
 */
export function contentsPagesScript(pages: readonly (number | undefined)[], style: string): string {
  return `((pages, css) => {
  let style = document.getElementById('agendum-running');
  if (!style) {
    style = document.createElement('style');
    style.id = 'agendum-running';
    document.head.append(style);
  }
  style.textContent = css;
  const links = [...document.querySelectorAll('nav.toc a[href^="#"]')];
  links.forEach((link, index) => {
    let number = link.querySelector(':scope > .toc-page');
    if (!number) {
      const text = document.createElement('span');
      text.className = 'toc-text';
      text.append(...link.childNodes);
      const leader = document.createElement('span');
      leader.className = 'toc-leader';
      leader.setAttribute('aria-hidden', 'true');
      number = document.createElement('span');
      number.className = 'toc-page';
      link.classList.add('toc-entry');
      link.append(text, leader, number);
    }
    const page = pages[index];
    number.textContent = page == null ? '' : String(page);
  });
  return links.length;
})(${JSON.stringify(pages.map((page) => page ?? null))}, ${JSON.stringify(style)})`;
}

/**
 * The page (from 1) of each named destination of a PDF that Chromium printed, and its number of pages: Chromium writes
 * one for every element a link in the document leads to, named by its id, in the catalog's
 * `Dests` dictionary (or, in other writers, the `Dests` name tree of `Names`).
 */
export async function destinationPages(pdf: Uint8Array): Promise<{ readonly pages: ReadonlyMap<string, number>; readonly pageCount: number }> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageOf = new Map(document.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const pages = new Map<string, number>();
  const add = (name: string, destination: PDFObject | undefined) => {
    const resolved = destination instanceof PDFRef ? document.context.lookup(destination) : destination;
    const array = resolved instanceof PDFDict ? resolved.lookup(PDFName.of('D')) : resolved;
    const target = array instanceof PDFArray ? array.get(0) : undefined;
    const page = target instanceof PDFRef ? pageOf.get(target.toString()) : undefined;
    if (page !== undefined && !pages.has(name)) pages.set(name, page);
  };
  const dests = document.catalog.lookup(PDFName.of('Dests'));
  if (dests instanceof PDFDict) for (const [key, value] of dests.entries()) add(key.decodeText(), value);
  const names = document.catalog.lookup(PDFName.of('Names'));
  const tree = names instanceof PDFDict ? names.lookup(PDFName.of('Dests')) : undefined;
  // A name tree, walked with a bound on its depth in case a malformed one links back into itself.
  const walk = (node: unknown, depth: number): void => {
    if (!(node instanceof PDFDict) || depth > 32) return;
    const leaves = node.lookup(PDFName.of('Names'));
    if (leaves instanceof PDFArray) {
      for (let index = 0; index + 1 < leaves.size(); index += 2) {
        const key = leaves.lookup(index);
        if (key instanceof PDFString || key instanceof PDFHexString) add(key.decodeText(), leaves.get(index + 1));
      }
    }
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) for (let index = 0; index < kids.size(); index++) walk(kids.lookup(index), depth + 1);
  };
  walk(tree, 0);
  return { pages, pageCount: document.getPageCount() };
}

/** How often a document is printed at most to make its contents' page numbers hold. */
export const MAX_PRINTS = 4;
