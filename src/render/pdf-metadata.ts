import { createHash } from 'node:crypto';
import { PDFDocument, PDFHexString, PDFName, PDFDict, type PDFContext } from 'pdf-lib';
import { LAYOUT_MARK } from './paged.js';

/** What a printed document says about itself, taken from its HTML page. */
export interface PdfMetadata {
  readonly title: string;
  readonly author?: string;
  readonly subject?: string;
  readonly keywords?: string;
  /** BCP 47 language of the text (`nl`, `nl-NL`, `en`). */
  readonly language: string;
  /** The program that made the document: "agendum 1.2.0". */
  readonly creator: string;
  /** The document's own date (ISO 8601, `2021-05-20`), used as its creation and modification date. */
  readonly date?: string;
  /** The text of the page's visible headings in document order: the outline's titles. */
  readonly headings?: readonly string[];
}

/**
 * Writes a document's metadata into a PDF that Chromium printed: the information dictionary
 * (title, author, subject, keywords, creator, dates) and the same in an XMP metadata stream,
 * the language of the catalog, and a request to viewers to show the title rather than the file
 * name; and leaves out the named places of the marks that laid it out. Chromium writes its user
 * agent as creator, the moment of printing as dates and a random file identifier; those are
 * replaced, so that the same document prints to the same bytes: the dates are the document's
 * own (or absent), the identifier a digest of the file's content.
 */
export async function withMetadata(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const info = infoDictionary(document);
  for (const key of ['CreationDate', 'ModDate', 'Author', 'Subject', 'Keywords']) info.delete(PDFName.of(key));
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.author) document.setAuthor(metadata.author);
  if (metadata.subject) document.setSubject(metadata.subject);
  if (metadata.keywords) document.setKeywords([metadata.keywords]);
  document.setCreator(metadata.creator);
  const date = metadata.date ? new Date(`${metadata.date}T00:00:00Z`) : undefined;
  if (date) {
    document.setCreationDate(date);
    document.setModificationDate(date);
  }
  document.setLanguage(metadata.language);
  if (metadata.headings) retitleOutline(document, metadata.headings);
  dropLayoutMarks(document);
  const producer = document.getProducer() ?? 'Chromium';
  document.catalog.set(PDFName.of('Metadata'), xmpStream(document.context, metadata, producer));

  // The identifier is a digest of the file without one, so that it changes when the content does.
  document.context.trailerInfo.ID = undefined;
  const draft = await document.save({ useObjectStreams: true, updateFieldAppearances: false });
  const digest = PDFHexString.of(createHash('md5').update(draft).digest('hex'));
  document.context.trailerInfo.ID = document.context.obj([digest, digest]);
  return document.save({ useObjectStreams: true, updateFieldAppearances: false });
}

/**
 * Chromium takes a bookmark's title from the heading as laid out: text in capitals where CSS
 * capitalises it, words run together at a line break, and at times the text twice. When the
 * outline has one entry for each visible heading, each entry gets its heading's text as written.
 */
function retitleOutline(document: PDFDocument, headings: readonly string[]): void {
  const entries: PDFDict[] = [];
  const visit = (first: unknown, depth: number): void => {
    let entry = first instanceof PDFDict ? first : undefined;
    // A bound on the depth and the count, in case a malformed outline links back into itself.
    while (entry && depth < 16 && entries.length <= headings.length) {
      entries.push(entry);
      visit(entry.lookup(PDFName.of('First')), depth + 1);
      const next = entry.lookup(PDFName.of('Next'));
      entry = next instanceof PDFDict ? next : undefined;
    }
  };
  const outlines = document.catalog.lookup(PDFName.of('Outlines'));
  if (outlines instanceof PDFDict) visit(outlines.lookup(PDFName.of('First')), 0);
  if (entries.length !== headings.length) return;
  entries.forEach((entry, index) => entry.set(PDFName.of('Title'), PDFHexString.fromText(headings[index]!)));
}

/**
 * The named destinations of the marks that laid the pages out (`agendum-mark-break-1`,
 * `agendum-mark-cover-end`; see paged.ts): nothing in the document leads to them, so they go.
 */
function dropLayoutMarks(document: PDFDocument): void {
  const dests = document.catalog.lookup(PDFName.of('Dests'));
  if (!(dests instanceof PDFDict)) return;
  for (const key of dests.keys()) if (key.decodeText().startsWith(LAYOUT_MARK)) dests.delete(key);
}

function infoDictionary(document: PDFDocument): PDFDict {
  const existing = document.context.lookup(document.context.trailerInfo.Info);
  if (existing instanceof PDFDict) return existing;
  const info = document.context.obj({});
  document.context.trailerInfo.Info = document.context.register(info);
  return info;
}

function xmpStream(context: PDFContext, metadata: PdfMetadata, producer: string) {
  const date = metadata.date ? `${metadata.date}T00:00:00Z` : undefined;
  const text = (value: string) => escapeXml(value);
  const alt = (value: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${text(value)}</rdf:li></rdf:Alt>`;
  const lines = [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title>${alt(metadata.title)}</dc:title>`,
    ...(metadata.author ? [`<dc:creator><rdf:Seq><rdf:li>${text(metadata.author)}</rdf:li></rdf:Seq></dc:creator>`] : []),
    ...(metadata.subject ? [`<dc:description>${alt(metadata.subject)}</dc:description>`] : []),
    `<dc:language><rdf:Bag><rdf:li>${text(metadata.language)}</rdf:li></rdf:Bag></dc:language>`,
    ...(metadata.keywords ? [`<pdf:Keywords>${text(metadata.keywords)}</pdf:Keywords>`] : []),
    `<pdf:Producer>${text(producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${text(metadata.creator)}</xmp:CreatorTool>`,
    ...(date ? [`<xmp:CreateDate>${date}</xmp:CreateDate>`, `<xmp:ModifyDate>${date}</xmp:ModifyDate>`, `<xmp:MetadataDate>${date}</xmp:MetadataDate>`] : []),
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ];
  const stream = context.stream(new TextEncoder().encode(lines.join('\n')), { Type: 'Metadata', Subtype: 'XML' });
  return context.register(stream);
}

function escapeXml(value: string): string {
  return value.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
}
