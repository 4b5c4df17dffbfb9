import { accessSync, constants, statSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ChromiumNotFoundError, PdfError } from './errors.js';
import { withMetadata, type PdfMetadata } from './pdf-metadata.js';

export { ChromiumNotFoundError, PdfError } from './errors.js';

/** Where Debian and Ubuntu install Chromium (`apt-get install chromium`). */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

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

/**
 * Prints a rendered HTML document to an A4 PDF with headless Chromium (through playwright-core).
 * The page runs without JavaScript and every network request is refused, so the PDF shows only
 * what the self-contained HTML holds. Throws ChromiumNotFoundError when there is no Chromium at
 * the path, PdfError when printing fails.
 */
export async function renderPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const executablePath = options.executablePath ?? DEFAULT_CHROMIUM_PATH;
  const timeout = options.timeoutMs ?? 60_000;
  assertExecutable(executablePath);
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], headless: true, timeout });
  } catch (error) {
    throw ChromiumNotFoundError.didNotStart(executablePath, firstLine(error));
  }
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    await page.setContent(html, { waitUntil: 'load' });
    // Tagged: a structure tree (headings, lists, tables, figures with their text) and the
    // outline (bookmarks) from the headings, for screen readers and navigation.
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
    const metadata = await pageMetadata(page, options.creator ?? 'agendum');
    return await withMetadata(new Uint8Array(pdf), metadata);
  } catch (error) {
    throw new PdfError(firstLine(error));
  } finally {
    await browser.close().catch(() => undefined);
  }
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
