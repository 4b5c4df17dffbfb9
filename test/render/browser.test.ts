import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocument } from '../../src/render/index.js';
import { kindInfo } from '../../src/model/kinds.js';
import { timelineChartData } from '../../src/timeline/chart-data.js';
import { isA4, pdfPages } from './support/pdf.js';
import { SEEDS, agendaData, missingFrom } from './support/seeds.js';

/**
 * The renders in a real browser: Debian's Chromium driven by playwright-core. Without Chromium
 * these tests fail (they are never skipped): install it with `apt-get install chromium` or
 * point CHROMIUM_PATH at a Chromium or Chrome executable.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/*
 * The functions given to page.evaluate run in the browser. This project is type-checked without
 * the DOM library, so the little of the DOM they use is declared here, for this file only.
 */
interface BrowserElement {
  readonly attributes: Iterable<{ readonly name: string }>;
  getAttribute(name: string): string | null;
}
declare const document: {
  readonly documentElement: { readonly lang: string };
  readonly title: string;
  readonly body: { readonly innerText: string };
  querySelectorAll(selector: string): Iterable<BrowserElement> & { readonly length: number };
  getElementById(id: string): unknown;
};
declare const window: Readonly<Record<string, unknown>>;

/** Where the screenshots of the first page of each render go, for people to look at. */
export const SCREENSHOTS = join(tmpdir(), 'agendum-render-screenshots');

const work = mkdtempSync(join(tmpdir(), 'agendum-browser-'));
let context: BrowserContext | undefined;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH. The browser tests do not skip.`);
  }
  context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    viewport: { width: 900, height: 1270 },
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await context?.close();
  rmSync(work, { recursive: true, force: true });
});

interface Opened {
  readonly page: Page;
  readonly url: string;
  readonly requests: string[];
  readonly consoleErrors: string[];
}

/** Writes the HTML to a file and opens it, recording every request and console error. */
async function open(name: string, html: string): Promise<Opened> {
  if (!context) throw new Error('Chromium did not start');
  const file = join(work, `${name}.html`);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(url, { waitUntil: 'load' });
  return { page, url, requests, consoleErrors };
}

describe('rendered HTML in headless Chromium', () => {
  for (const seed of SEEDS) {
    it(`${seed.kind}: loads offline, shows every seed line, prints to A4`, async () => {
      const html = renderDocument(agendaData(seed), seed.kind, { format: 'html' });
      const { page, url, requests, consoleErrors } = await open(seed.kind, html);
      try {
        expect(requests.filter((request) => request !== url && !request.startsWith('data:'))).toEqual([]);
        expect(consoleErrors).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
        expect(await page.evaluate(() => document.title)).not.toBe('');

        const text = await page.evaluate(() => document.body.innerText);
        expect(missingFrom(seed, text)).toEqual([]);

        const brokenLinks = await page.evaluate(() =>
          [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1)).filter((id) => !document.getElementById(id)),
        );
        expect(brokenLinks).toEqual([]);

        await page.screenshot({ path: join(SCREENSHOTS, `${seed.kind}.png`) });
        const pages = pdfPages(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
        expect(pages.length).toBeGreaterThan(1);
        expect(pages.every(isA4)).toBe(true);
      } finally {
        await page.close();
      }
    }, 90_000);
  }

  it('runs nothing from the document: no script, no event handler, no javascript: link', async () => {
    const hostile = {
      schemaVersion: 3,
      kind: 'ExecutionAgenda',
      id: 'kwaadaardig',
      title: '<script>window.__pwned=1</script>',
      subtitle: '<img src="x" onerror="window.__pwned=2">',
      period: '2020"><svg onload="window.__pwned=3">',
      introduction: [
        '<a href="javascript:window.__pwned=4">klik</a> *<iframe src="javascript:window.__pwned=5"></iframe>*',
        '[klik](javascript:window.__pwned=6)',
      ],
      links: { related: [{ title: 'Regiovisie', url: 'javascript:window.__pwned=7' }, { title: 'Rapport', url: 'https://example.org/rapport' }] },
      actionLines: [
        {
          id: 'lijn',
          title: '</h2><script>window.__pwned=8</script>',
          themes: [
            {
              id: 'thema',
              title: '<style>body{display:none}</style>Plegeraanpak',
              regionalActions: [{ id: 'actie', text: '<b onmouseover="window.__pwned=9">Actie</b>', period: '</td><script>window.__pwned=10</script>' }],
            },
          ],
        },
      ],
      partners: [{ id: 'p', name: '<script>window.__pwned=11</script>', website: { url: 'javascript:window.__pwned=12' } }],
    };
    const html = renderDocument(hostile, 'ExecutionAgenda', { format: 'html' });
    const { page, url, requests, consoleErrors } = await open('hostile', html);
    try {
      expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
      const dom = await page.evaluate(() => ({
        scripts: document.querySelectorAll('script').length,
        embeds: document.querySelectorAll('img, iframe, svg, object, embed, body style').length,
        handlers: [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((attribute) => attribute.name)).filter((name) => name.startsWith('on')),
        hrefs: [...document.querySelectorAll('[href]')].map((element) => element.getAttribute('href') ?? ''),
        text: document.body.innerText,
      }));
      expect(dom.scripts).toBe(0);
      expect(dom.embeds).toBe(0);
      expect(dom.handlers).toEqual([]);
      expect(dom.hrefs.filter((href) => !/^(#|https?:|mailto:)/i.test(href))).toEqual([]);
      expect(dom.hrefs).toContain('https://example.org/rapport');
      expect(dom.text).toContain('<script>window.__pwned=1</script>');
      expect(dom.text).toContain('<img src="x" onerror="window.__pwned=2">');
      expect(requests.filter((request) => request !== url && !request.startsWith('data:'))).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);
  it('runs nothing from the document even without the Content-Security-Policy: escaping alone holds, in the timeline, ids, headings and links too', async () => {
    const attack = (n: number) => `<script>window.__pwned=${n}</script><img src=x onerror="window.__pwned=${n}"><svg onload="window.__pwned=${n}">`;
    const urls = [
      'javascript:window.__pwned=30',
      'JaVaScRiPt:window.__pwned=31',
      ' javascript:window.__pwned=32',
      'java\tscript:window.__pwned=33',
      '&#106;avascript:window.__pwned=34',
      'data:text/html,<script>window.__pwned=35</script>',
      'vbscript:window.__pwned=36',
      'https://example.org/" onmouseover="window.__pwned=37',
      '//example.org/relatief',
    ];
    const hostile = {
      schemaVersion: 3,
      kind: 'ExecutionAgenda',
      id: `"><script>window.__pwned=20</script>`,
      title: attack(21),
      period: '2020 t/m 2023',
      links: { related: urls.map((url, i) => ({ title: `Document ${i} ${attack(40 + i)}`, url })) },
      actionLines: [
        {
          id: `lijn" onclick="window.__pwned=22`,
          title: attack(23),
          themes: [
            {
              id: `<img src=x onerror=window.__pwned=24>`,
              title: attack(25),
              regionalActions: [
                { id: 'a', text: attack(26), period: '2021' },
                { id: 'b', text: `Actie ${attack(27)}`, period: { label: attack(28), expression: '2022' } },
              ],
            },
          ],
        },
      ],
    };
    const timeline = timelineChartData(hostile, { year: 2022, month: 6, day: 1 }, kindInfo(String(hostile.kind))!);
    expect(timeline?.rows.length, 'the chart has rows with the hostile labels').toBeGreaterThan(1);
    const withPolicy = renderDocument(hostile, 'ExecutionAgenda', { format: 'html', timeline: timeline as unknown as Record<string, unknown> });
    const html = withPolicy.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    expect(html).not.toContain('Content-Security-Policy');
    const { page, url, requests, consoleErrors } = await open('hostile-no-csp', html);
    try {
      expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
      const dom = await page.evaluate(() => ({
        scripts: document.querySelectorAll('script').length,
        images: document.querySelectorAll('img, iframe, object, embed').length,
        svgs: document.querySelectorAll('svg').length,
        chartSvgs: document.querySelectorAll('figure.timeline .tl-chart svg').length,
        handlers: [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((attribute) => attribute.name)).filter((name) => name.startsWith('on')),
        hrefs: [...document.querySelectorAll('[href]')].map((element) => element.getAttribute('href') ?? ''),
        ids: [...document.querySelectorAll('[id]')].map((element) => element.getAttribute('id') ?? ''),
        text: document.body.innerText,
      }));
      expect(dom.scripts).toBe(0);
      expect(dom.images).toBe(0);
      // The chart draws its years and then each row on its own; nothing else draws.
      expect(dom.chartSvgs, 'the years and each row of the chart').toBe(timeline!.rows.length + 1);
      expect(dom.svgs, 'only the timeline chart').toBe(dom.chartSvgs);
      expect(dom.handlers).toEqual([]);
      expect(dom.hrefs.filter((href) => !/^(#[a-z0-9-]+|https?:\/\/[^\s"'<>]+|mailto:\S+)$/.test(href))).toEqual([]);
      expect(dom.ids.filter((id) => !/^[a-z0-9-]+$/.test(id))).toEqual([]);
      expect(dom.text).toContain('<script>window.__pwned=21</script>');
      expect(requests.filter((request) => request !== url && !request.startsWith('data:'))).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);
});
