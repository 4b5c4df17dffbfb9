import { accessSync, constants, statSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ChromiumNotFoundError, PdfError } from './errors.js';
import { withMetadata, type PdfMetadata } from './pdf-metadata.js';
import {
  CONTENTS_ENTRIES_SCRIPT,
  MAX_PRINTS,
  COMPACT_COVER_SCRIPT,
  PAGE_BREAKS_SCRIPT,
  breaksToRunOn,
  contentsPagesScript,
  coverRunsOver,
  printedLayout,
  runOnScript,
  runningHeaderStyle,
  runningHeaders,
  type ContentsEntry,
  type PageBreak,
} from './paged.js';

export { ChromiumNotFoundError, PdfError } from './errors.js';

/** Where Debian and Ubuntu install Chromium (`apt-get install chromium`). */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Loads every font face of the page and waits until the page's fonts are ready. */
const FONTS_LOADED_SCRIPT = `Promise.all([...document.fonts].map((font) => font.load().catch(() => undefined))).then(() => document.fonts.ready).then(() => document.fonts.size)`;

/** Where Chromium's own services are sent: the loopback address, where nothing answers. */
const NOWHERE = 'http://127.0.0.1:9/';

/**
 * Flags for a headless Chromium that prints and does nothing else: no sandbox (it runs as root
 * in containers and CI; the page has no JavaScript and no network), no GPU, no background
 * services, no first-run work, a fresh profile (Playwright makes one for each launch).
 *
 * Chromium still starts some services that no flag turns off (the component updater, the
 * account list of its sign-in), and Debian's launcher turns on remote extensions. Those are sent
 * to the loopback address instead of Google's hosts, and nothing may reach the network anyway:
 * every host name resolves to nothing here, without a DNS lookup, and every connection goes to a
 * proxy on the loopback address where nothing answers.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--no-pings',
  '--disable-breakpad',
  '--metrics-recording-only',
  '--no-default-browser-check',
  '--disable-extensions',
  `--component-updater=url-source=${NOWHERE}`,
  `--gaia-url=${NOWHERE}`,
  `--google-apis-url=${NOWHERE}`,
  `--lso-url=${NOWHERE}`,
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
];

export interface PdfOptions {
  /** The Chromium or Chrome executable; the caller passes `CHROMIUM_PATH` when it is set. */
  readonly executablePath?: string;
  /** Milliseconds to wait for Chromium to start and for the page to print (default 60 s). */
  readonly timeoutMs?: number;
  /** The program named as the PDF's creator (default "agendum"); the CLI adds its version. */
  readonly creator?: string;
}

/** The language when the page names none. */
const DEFAULT_LANGUAGE = 'nl-NL';

function assertExecutable(path: string): void {
  try {
    if (!statSync(path).isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOTFILE' });
    accessSync(path, constants.X_OK);
  } catch (error) {
    throw ChromiumNotFoundError.unusable(path, (error as NodeJS.ErrnoException).code);
  }
}

/** A headless Chromium that prints one document after another; `close` ends it. */
export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * A printer of rendered HTML documents to A4 PDFs with headless Chromium (through
 * playwright-core). Chromium starts at the first document and serves every later one, each in
 * a fresh context. The page runs without JavaScript and every network request is refused, so
 * the PDF shows only what the self-contained HTML holds. `print` throws ChromiumNotFoundError
 * when there is no Chromium at the path, PdfError when printing fails.
 */
export function pdfPrinter(options: PdfOptions = {}): PdfPrinter {
  const executablePath = options.executablePath ?? DEFAULT_CHROMIUM_PATH;
  const timeout = options.timeoutMs ?? 60_000;
  let browser: Promise<Browser> | undefined;
  const start = async (): Promise<Browser> => {
    assertExecutable(executablePath);
    try {
      return await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], headless: true, timeout });
    } catch (error) {
      throw ChromiumNotFoundError.didNotStart(executablePath, firstLine(error));
    }
  };
  return {
    async print(html) {
      browser ??= start();
      const context = await (await browser).newContext({ javaScriptEnabled: false, offline: true });
      try {
        await context.route('**/*', (route) => route.abort());
        const page = await context.newPage();
        page.setDefaultTimeout(timeout);
        await page.setContent(html, { waitUntil: 'load' });
        // Every typeface the page declares, loaded before the first print: a print while one is
        // still loading lays the page out in another font, and the prints after it would follow.
        await page.evaluate(FONTS_LOADED_SCRIPT);
        const pdf = await printPaged(page);
        const metadata = await pageMetadata(page, options.creator ?? 'agendum');
        return await withMetadata(pdf, metadata);
      } catch (error) {
        throw new PdfError(firstLine(error));
      } finally {
        await context.close().catch(() => undefined);
      }
    },
    async close() {
      const started = browser;
      browser = undefined;
      if (started) await (await started.catch(() => undefined))?.close().catch(() => undefined);
    },
  };
}

/** Prints one rendered HTML document to an A4 PDF, with a Chromium of its own (see pdfPrinter). */
export async function renderPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const printer = pdfPrinter(options);
  try {
    return await printer.print(html);
  } finally {
    await printer.close();
  }
}

/**
 * Prints the page, tagged (a structure tree of headings, lists, tables and figures with their
 * text) and with the outline (bookmarks) from the headings, laid out in prints (see paged.ts):
 * after a print, a cover that ran over is set closer, a chapter runs on below a page that would
 * stay mostly blank, the pages of the
 * contents' entries and the chapters' titles in the running header are written in, and the page
 * is printed again, until a print shows everything where it landed.
 */
async function printPaged(page: Page): Promise<Uint8Array> {
  const print = async () => new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true }));
  const entries = (await page.evaluate(CONTENTS_ENTRIES_SCRIPT)) as ContentsEntry[];
  const { breaks, margins, cover } = (await page.evaluate(PAGE_BREAKS_SCRIPT)) as { breaks: PageBreak[]; margins: number; cover?: string };
  let pdf = await print();
  if (entries.length === 0 && breaks.length === 0) return pdf;
  const title = (await page.title()).trim();
  const runningOn = new Set<number>();
  let compact = false;
  let shown = '';
  for (let prints = 1; prints < MAX_PRINTS; prints++) {
    const printed = await printedLayout(pdf);
    const runOn = breaksToRunOn(breaks, printed, margins).filter((index) => !runningOn.has(index));
    const pages = entries.map((entry) => printed.destinations.get(entry.target)?.page);
    const style = runningHeaderStyle(runningHeaders(entries, pages, printed.pageCount, title));
    const layout = JSON.stringify([pages, style]);
    const compactCover: boolean = !compact && coverRunsOver(printed, cover);
    if (runOn.length === 0 && !compactCover && layout === shown) break;
    if (compactCover) await page.evaluate(COMPACT_COVER_SCRIPT);
    compact ||= compactCover;
    for (const index of runOn) runningOn.add(index);
    if (runOn.length > 0) await page.evaluate(runOnScript(runOn));
    if (entries.length > 0) await page.evaluate(contentsPagesScript(pages, style));
    shown = layout;
    pdf = await print();
  }
  return pdf;
}

/** The page's title, language and meta tags (author, description, keywords, dcterms.date). */
async function pageMetadata(page: Page, creator: string): Promise<PdfMetadata> {
  const attribute = async (selector: string, name: string) => (await (await page.$(selector))?.getAttribute(name))?.trim() || undefined;
  const meta = (name: string) => attribute(`meta[name="${name}"]`, 'content');
  const found = {
    title: (await page.title()).trim(),
    language: await attribute('html', 'lang'),
    author: await meta('author'),
    subject: await meta('description'),
    keywords: await meta('keywords'),
    date: await meta('dcterms.date'),
  };
  // The headings a reader sees, in document order, as written (not as CSS capitalises them).
  const headings = (await page.evaluate(
    `[...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => h.getClientRects().length > 0).map((h) => h.textContent.replace(/\\s+/g, ' ').trim())`,
  )) as string[];
  const date = found.date && /^\d{4}-\d{2}-\d{2}$/.test(found.date) ? found.date : undefined;
  return {
    title: found.title,
    language: found.language || DEFAULT_LANGUAGE,
    creator,
    headings,
    ...(found.author ? { author: found.author } : {}),
    ...(found.subject ? { subject: found.subject } : {}),
    ...(found.keywords ? { keywords: found.keywords } : {}),
    ...(date ? { date } : {}),
  };
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
