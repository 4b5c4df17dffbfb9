import { execFileSync } from 'node:child_process';

/**
 * The pages of a PDF and their size in points, read with poppler's pdfinfo (which reads the
 * page tree however it is stored, also in compressed object streams).
 */
export function pdfPages(pdf: Uint8Array): Array<{ width: number; height: number }> {
  if (!Buffer.from(pdf.subarray(0, 5)).toString('latin1').startsWith('%PDF-')) throw new Error('not a PDF');
  const info = execFileSync('pdfinfo', ['-l', '100000', 'fd://0'], { input: pdf, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** A4 in PostScript points (210 × 297 mm), with a point of slack for rounding. */
export function isA4(page: { width: number; height: number }): boolean {
  return Math.abs(page.width - 595.28) < 1.5 && Math.abs(page.height - 841.89) < 1.5;
}
