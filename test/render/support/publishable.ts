import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

/**
 * What a published PDF must show, read with poppler (pdfinfo, pdftohtml) and pdf-lib: its
 * information dictionary, whether it is tagged, its language, its outline, and the structure
 * elements with their alternative text.
 */
export interface PdfFacts {
  readonly info: Readonly<Record<string, string>>;
  readonly language: string | undefined;
  /** Bookmark titles in order, flattened, with the page each leads to. */
  readonly outline: readonly { readonly title: string; readonly page: number }[];
  /** Structure types (H1, P, Table, TH, Figure, …) and how often each occurs. */
  readonly structure: ReadonlyMap<string, number>;
  /** The alternative text of every Figure element ('' when it has none). */
  readonly figureAlts: readonly string[];
}

export async function pdfFacts(file: string): Promise<PdfFacts> {
  const info: Record<string, string> = {};
  for (const line of execFileSync('pdfinfo', [file], { encoding: 'utf8' }).split('\n')) {
    const match = /^([A-Za-z ]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!] = match[2]!;
  }
  const xml = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const outline = [...xml.matchAll(/<item page="(\d+)">([\s\S]*?)<\/item>/g)].map((m) => ({ page: Number(m[1]), title: decodeXml(m[2]!) }));
  const document = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const lang = document.catalog.get(PDFName.of('Lang'));
  const structure = new Map<string, number>();
  const figureAlts: string[] = [];
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type'))?.toString() === '/Page') continue;
    const role = object.get(PDFName.of('S'));
    if (!(role instanceof PDFName) || object.get(PDFName.of('P')) === undefined) continue;
    const name = role.decodeText();
    structure.set(name, (structure.get(name) ?? 0) + 1);
    if (name === 'Figure') figureAlts.push(textOf(object.get(PDFName.of('Alt'))));
  }
  return { info, language: lang ? textOf(lang) : undefined, outline, structure, figureAlts };
}

function textOf(value: unknown): string {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  if (value instanceof PDFArray) return value.asArray().map(textOf).join(' ');
  return '';
}

function decodeXml(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
