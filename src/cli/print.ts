import type { Lang } from '../core/i18n.js';
import type { PdfPrinter } from '../render/pdf.js';
import type { CliIO } from './io.js';
import { packageVersion } from './version.js';

/**
 * A printer of HTML to PDF with the Chrome, Chromium or Edge that AGENDUM_CHROMIUM names or that
 * is found at the platform's usual places, with agendum as the PDF's creator. Chromium starts at
 * the first document and serves the others of the same command; `close` ends it.
 */
export function cliPrinter(io: CliIO, lang: Lang): PdfPrinter {
  let printer: Promise<PdfPrinter> | undefined;
  const open = async () => {
    const [{ pdfPrinter }, { findChromium }] = await Promise.all([import('../render/pdf.js'), import('../render/chromium.js')]);
    return pdfPrinter({ executablePath: findChromium(process.platform, io.env, lang), creator: `agendum ${packageVersion()}` });
  };
  return {
    async print(html) {
      printer ??= open();
      return (await printer).print(html);
    },
    async close() {
      const opened = printer;
      printer = undefined;
      if (opened) await (await opened.catch(() => undefined))?.close();
    },
  };
}

/** Prints one HTML document to PDF (see cliPrinter). */
export async function printPdf(html: string, io: CliIO, lang: Lang): Promise<Uint8Array> {
  const printer = cliPrinter(io, lang);
  try {
    return await printer.print(html);
  } finally {
    await printer.close();
  }
}
