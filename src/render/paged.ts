import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';

/**
 * What Chromium cannot do alone in paged media, done around its printing: page numbers in the
 * table of contents, and a running header that names the chapter a page belongs to.
 *
 * Chromium prints CSS page-margin boxes but has neither `target-counter()` nor running strings
 * (`string-set`). So the document is printed more than once: a print says on which page each
 * link target of the contents (`nav.toc a[href^="#"]`) landed, from the PDF's named
 * destinations; those numbers are written into the entries, and the chapters' titles into a
 * counter style with one symbol per page, which the page's margin box shows as
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

/**
 * The counter style `agendum-running` with one symbol per page: its running header. The page
 * shows it where its own style says, as `counter(page, agendum-running)` in a margin box, and
 * leaves it out where it says so (on the cover); this definition comes last, so it is the one.
 */
export function runningHeaderStyle(headers: readonly string[]): string {
  if (headers.length === 0) return '';
  return `@counter-style agendum-running { system: fixed; symbols: ${headers.map((header) => cssString(header || ' ')).join(' ')}; }`;
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

/** Where a named destination of a printed document is: its page (from 1) and how far down it. */
export interface Landing {
  readonly page: number;
  /** Points from the top of the page's text area (Chromium's destinations leave out the margins). */
  readonly top: number;
}

/** The named destinations of a printed document, its number of pages and their height in points. */
export interface Printed {
  readonly destinations: ReadonlyMap<string, Landing>;
  readonly pageCount: number;
  readonly pageHeight: number;
}

/**
 * Where each named destination of a PDF that Chromium printed landed: Chromium writes one for
 * every element a link in the document leads to (also a link that is not shown), named by its id,
 * in the catalog's `Dests` dictionary (or, in other writers, the `Dests` name tree of `Names`), as
 * `[page /XYZ left top zoom]` with `top` measured up from the bottom of the text area.
 */
export async function printedLayout(pdf: Uint8Array): Promise<Printed> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const pages = document.getPages();
  const pageOf = new Map(pages.map((page, index) => [page.ref.toString(), index + 1]));
  const pageHeight = pages[0]?.getHeight() ?? 0;
  const destinations = new Map<string, Landing>();
  const add = (name: string, destination: PDFObject | undefined) => {
    const resolved = destination instanceof PDFRef ? document.context.lookup(destination) : destination;
    const array = resolved instanceof PDFDict ? resolved.lookup(PDFName.of('D')) : resolved;
    if (!(array instanceof PDFArray) || destinations.has(name)) return;
    const target = array.get(0);
    const page = target instanceof PDFRef ? pageOf.get(target.toString()) : undefined;
    const y = array.lookup(3);
    if (page !== undefined) destinations.set(name, { page, top: y instanceof PDFNumber ? Math.max(0, pageHeight - y.asNumber()) : 0 });
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
  return { destinations, pageCount: pages.length, pageHeight };
}

/*
 * Pages mostly blank. The contents and each chapter end with a page break, which leaves the rest
 * of that page blank: a page that holds only the last lines of a chapter, or a short chapter, or
 * a short contents. Where a print shows such a page filled less than a quarter, the next
 * chapter runs on below it instead (its break is taken away), and the document is printed
 * again. A mark before each break (an empty element, and a link to it that is not shown, so that
 * Chromium names its place) says how far down its page the text before the break ended.
 */

/** How the ids of the marks begin (`agendum-mark-break-1`, `agendum-mark-cover-end`). */
export const LAYOUT_MARK = 'agendum-mark-';

/**
 * How full a page must be, at least, before a chapter may start on a new page after it: a
 * quarter of its text area, and some more for the space below its last line.
 */
export const LEAST_FILL = 0.3;

/** A page break the layout may take away, and the mark where the text before it ends. */
export interface PageBreak {
  readonly mark: string;
}

/**
 * Puts a mark before every page break of the contents and the chapters, and at the end of the
 * cover, and returns the breaks, the cover's mark, and the height of the page's margins in points
 * (from the page's CSS).
 */
export const PAGE_BREAKS_SCRIPT = `(() => {
  const links = document.createElement('div');
  links.id = 'agendum-marks';
  links.hidden = true;
  // An empty element named id, put where place puts it, and a link to it that is not shown.
  const mark = (id, className, place) => {
    const element = document.createElement('div');
    element.id = id;
    element.className = className;
    element.style.height = '0';
    place(element);
    const link = document.createElement('a');
    link.href = '#' + id;
    links.append(link);
  };
  const breaks = [];
  const pageBreak = (place) => {
    const id = 'agendum-mark-break-' + (breaks.length + 1);
    mark(id, 'agendum-mark', place);
    breaks.push({ mark: id });
  };
  const cover = document.querySelector('.cover');
  if (cover) mark('agendum-mark-cover-end', 'agendum-cover-mark', (element) => cover.append(element));
  const contents = document.querySelector('nav.toc');
  if (contents) pageBreak((element) => contents.append(element));
  for (const chapter of document.querySelectorAll('.chapter')) pageBreak((element) => chapter.before(element));
  document.body.append(links);
  const points = (value) => {
    const match = /^([0-9.]+)(mm|cm|in|pt|px)$/.exec(value.trim());
    if (!match) return 0;
    return Number(match[1]) * { mm: 72 / 25.4, cm: 72 / 2.54, in: 72, pt: 1, px: 0.75 }[match[2]];
  };
  let margins = 0;
  for (const sheet of document.styleSheets) {
    // A style sheet from elsewhere keeps its rules to itself.
    let rules = [];
    try { rules = [...sheet.cssRules]; } catch {}
    for (const rule of rules) {
      if (rule instanceof CSSPageRule && rule.selectorText === '') {
        const sum = points(rule.style.marginTop) + points(rule.style.marginBottom);
        if (sum > 0) margins = sum;
      }
    }
  }
  return { breaks, margins, cover: cover ? 'agendum-mark-cover-end' : undefined };
})()`;

/** Whether the cover ran over onto a second page. */
export function coverRunsOver(printed: Printed, cover: string | undefined): boolean {
  const landing = cover ? printed.destinations.get(cover) : undefined;
  return landing !== undefined && landing.page > 1;
}

/** Sets the cover closer, so that it fits on its page: a cover with many facts runs over. */
export const COMPACT_COVER_SCRIPT = `document.querySelector('.cover')?.classList.add('compact')`;

/**
 * The breaks to take away after a print: those whose mark ends a page (not the first) filled
 * less than LEAST_FILL of its text area.
 */
export function breaksToRunOn(breaks: readonly PageBreak[], printed: Printed, margins: number): number[] {
  const area = printed.pageHeight - margins;
  if (area <= 0) return [];
  return breaks.flatMap((pageBreak, index) => {
    const landing = printed.destinations.get(pageBreak.mark);
    return landing && landing.page > 1 && landing.top < LEAST_FILL * area ? [index] : [];
  });
}

/** Takes away the page breaks at these marks: after the contents, or before a chapter. */
export function runOnScript(indexes: readonly number[]): string {
  return `((indexes) => {
  const marks = [...document.querySelectorAll('.agendum-mark')];
  for (const index of indexes) {
    const mark = marks[index];
    if (!mark) continue;
    const chapter = mark.nextElementSibling;
    if (mark.parentElement?.matches('nav.toc')) {
      mark.parentElement.style.breakAfter = 'auto';
      mark.parentElement.classList.add('runs-on');
    } else if (chapter?.classList.contains('chapter')) {
      chapter.style.breakBefore = 'auto';
      chapter.classList.add('runs-on');
    }
  }
  return indexes.length;
})(${JSON.stringify(indexes)})`;
}

/** How often a document is printed at most to lay it out. */
export const MAX_PRINTS = 5;
