/**
 * Just enough of a PDF reader to check Chromium's output: the number of pages and their size.
 * Chromium writes page objects (`/Type /Page`) and their `/MediaBox` uncompressed.
 */
export function pdfPages(pdf: Uint8Array): Array<{ width: number; height: number }> {
  const text = Buffer.from(pdf).toString('latin1');
  if (!text.startsWith('%PDF-')) throw new Error('not a PDF');
  const pages: Array<{ width: number; height: number }> = [];
  const pageObject = /\/Type\s*\/Page(?![A-Za-z])[\s\S]*?endobj/g;
  for (const match of text.matchAll(pageObject)) {
    const box = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(match[0]);
    pages.push(box ? { width: Number(box[3]) - Number(box[1]), height: Number(box[4]) - Number(box[2]) } : { width: NaN, height: NaN });
  }
  return pages;
}

/** A4 in PostScript points (210 × 297 mm), with a point of slack for rounding. */
export function isA4(page: { width: number; height: number }): boolean {
  return Math.abs(page.width - 595.28) < 1.5 && Math.abs(page.height - 841.89) < 1.5;
}
