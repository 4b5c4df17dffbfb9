import type { Lang } from '../core/i18n.js';
import type { CliIO } from './io.js';
import { packageVersion } from './version.js';

/**
 * Prints HTML to PDF with the Chrome, Chromium or Edge that AGENDUM_CHROMIUM names or that is
 * found at the platform's usual places, with agendum as the PDF's creator.
 */
export async function printPdf(html: string, io: CliIO, lang: Lang): Promise<Uint8Array> {
  const [{ renderPdf }, { findChromium }] = await Promise.all([import('../render/pdf.js'), import('../render/chromium.js')]);
  return renderPdf(html, { executablePath: findChromium(process.platform, io.env, lang), creator: `agendum ${packageVersion()}` });
}
