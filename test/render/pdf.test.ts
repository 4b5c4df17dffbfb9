import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { word } from '../../src/i18n/catalogue.js';
import { renderDocument } from '../../src/render/index.js';
import { ChromiumNotFoundError, DEFAULT_CHROMIUM_PATH, PdfError, renderPdf } from '../../src/render/pdf.js';
import { isA4, pdfPages } from './support/pdf.js';
import { SEEDS, agendaData } from './support/seeds.js';

/** Like the browser tests, these need Chromium and fail (never skip) without it. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
const work = mkdtempSync(join(tmpdir(), 'agendum-pdf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('renderPdf', () => {
  it('prints a rendered agenda to an A4 PDF of several pages', async () => {
    expect(existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`).toBe(true);
    const seed = SEEDS[3];
    const pdf = await renderPdf(renderDocument(agendaData(seed), seed.kind, { format: 'html' }), { executablePath: CHROMIUM });
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.every(isA4)).toBe(true);
  }, 90_000);

  it('lets the page fetch nothing', async () => {
    let hits = 0;
    const server = createServer((_request, response) => {
      hits += 1;
      response.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const html = `<!DOCTYPE html><html><head><link rel="stylesheet" href="http://127.0.0.1:${port}/s.css"></head><body><p>Tekst</p><img src="http://127.0.0.1:${port}/i.png"><script src="http://127.0.0.1:${port}/a.js"></script></body></html>`;
      const pages = pdfPages(await renderPdf(html, { executablePath: CHROMIUM }));
      expect(pages).toHaveLength(1);
      expect(hits).toBe(0);
    } finally {
      server.close();
    }
  }, 90_000);

  it('says clearly when there is no Chromium, as an error the CLI maps to exit 2', async () => {
    const missing = join(work, 'no-chromium');
    const error = await renderPdf('<p>x</p>', { executablePath: missing }).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(ChromiumNotFoundError);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(`cannot print PDF: Chromium not found at ${missing}`);
    expect(word((error as UsageError).hint!, 'en')).toMatch(/apt-get install chromium.*AGENDUM_CHROMIUM/);
  });

  it('says so too when the path is not an executable Chromium', async () => {
    const notExecutable = join(work, 'chromium.txt');
    writeFileSync(notExecutable, 'not a browser');
    await expect(renderPdf('<p>x</p>', { executablePath: notExecutable })).rejects.toThrow(ChromiumNotFoundError);
    await expect(renderPdf('<p>x</p>', { executablePath: work })).rejects.toThrow(ChromiumNotFoundError);
    // Why the path cannot be used, in English and in Dutch.
    const reasons = async (executablePath: string) => {
      const error = (await renderPdf('<p>x</p>', { executablePath, timeoutMs: 10_000 }).catch((failure: unknown) => failure)) as ChromiumNotFoundError;
      return [error.message, word(error.text, 'en'), word(error.text, 'nl')];
    };
    const [message, english, dutch] = await reasons(notExecutable);
    expect(message).toBe(`cannot print PDF: Chromium not found at ${notExecutable} (not executable)`);
    expect(english).toBe(message);
    expect(dutch).toBe(`kan geen PDF maken: Chromium niet gevonden op ${notExecutable} (niet uitvoerbaar)`);
    expect((await reasons(work))[2]).toBe(`kan geen PDF maken: Chromium niet gevonden op ${work} (geen bestand)`);
    const notChromium = join(work, 'fake-chromium');
    writeFileSync(notChromium, '#!/bin/sh\nexit 1\n');
    chmodSync(notChromium, 0o755);
    await expect(renderPdf('<p>x</p>', { executablePath: notChromium, timeoutMs: 10_000 })).rejects.toThrow(/did not start/);
    const [, startEnglish, startDutch] = await reasons(notChromium);
    expect(startEnglish).toMatch(new RegExp(`^cannot print PDF: Chromium not found at ${notChromium} \\(it did not start: ".+"\\)$`));
    expect(startDutch).toMatch(new RegExp(`^kan geen PDF maken: Chromium niet gevonden op ${notChromium} \\(de browser startte niet: ".+"\\)$`));
  }, 30_000);

  it('words a failure to print in the reader\'s language, with what Chromium said kept as it said it', () => {
    const error = new PdfError('Protocol error (Page.printToPDF): Printing failed');
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe('cannot print PDF: "Protocol error (Page.printToPDF): Printing failed"');
    expect(word(error.text, 'nl')).toBe('kan geen PDF maken: "Protocol error (Page.printToPDF): Printing failed"');
  });
});
