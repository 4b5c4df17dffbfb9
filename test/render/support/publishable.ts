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
  /** Bookmark titles in order, flattened, with the page each leads to and how deep it is (from 1). */
  readonly outline: readonly { readonly title: string; readonly page: number; readonly depth: number }[];
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
  const outline: { title: string; page: number; depth: number }[] = [];
  let depth = 0;
  for (const token of xml.matchAll(/<outline>|<\/outline>|<item page="(\d+)">([\s\S]*?)<\/item>/g)) {
    if (token[0] === '<outline>') depth++;
    else if (token[0] === '</outline>') depth--;
    else outline.push({ page: Number(token[1]), title: decodeXml(token[2]!), depth });
  }
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

/** A printed page as poppler reads it: its text by lines, and how far down its text area the text goes. */
export interface PrintedPage {
  /** The page's text lines (pdftotext -layout), trimmed, without empty lines. */
  readonly lines: readonly string[];
  /** How far the text reaches down the text area between the page's margins (0 to 1). */
  readonly fill: number;
  /** The heights of the page's words in points, as poppler places them. */
  readonly wordHeights: readonly number[];
}

/**
 * Each page of a PDF: its text lines, and how full it is. The running header and the footer sit
 * in the page's margins (`margin` points at top and bottom) and do not count towards its fill.
 */
export function printedPages(file: string, margin: number): PrintedPage[] {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f');
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...xml.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page, index) => {
    const height = Number(page[1]);
    const bottom = height - margin;
    let reach = margin;
    for (const block of page[2]!.matchAll(/<block xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)) {
      const [top, end] = [Number(block[1]), Number(block[2])];
      if (top >= margin - 1 && end <= bottom + 1) reach = Math.max(reach, end);
    }
    const wordHeights = [...page[2]!.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)].map((word) => Number(word[2]) - Number(word[1]));
    const lines = (text[index] ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    return { lines, fill: (reach - margin) / (bottom - margin), wordHeights };
  });
}

/** An entry of a rendered document's contents: its text, the id it leads to, and whether it is a chapter. */
export interface ContentsLink {
  readonly text: string;
  readonly target: string;
  readonly chapter: boolean;
}

/**
 * The links of the contents (`<nav class="toc">`) of rendered HTML, in order. A chapter is a link
 * not under another link's entry (an entry under a heading without a link is a chapter too).
 */
export function contentsLinks(html: string, decode: (text: string) => string): ContentsLink[] {
  const nav = /<nav class="toc"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
  const links: ContentsLink[] = [];
  // For each open entry (<li>), whether it has a link of its own.
  const open: boolean[] = [];
  for (const token of nav.matchAll(/<li>|<\/li>|<a href="#([^"]*)">([\s\S]*?)<\/a>/g)) {
    if (token[0] === '<li>') open.push(false);
    else if (token[0] === '</li>') open.pop();
    else {
      links.push({ target: decodeURIComponent(token[1]!), text: decode(token[2]!.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim(), chapter: !open.slice(0, -1).some(Boolean) });
      if (open.length > 0) open[open.length - 1] = true;
    }
  }
  return links;
}
