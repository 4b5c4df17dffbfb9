import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { breaksToRunOn, printedLayout, runningHeaders, runningHeaderStyle, type ContentsEntry, type Printed } from '../../src/render/paged.js';

const entry = (target: string, title: string, chapter = true): ContentsEntry => ({ target, title, chapter });

describe('the running header of each page', () => {
  const entries = [entry('intro', 'Inleiding'), entry('a', 'Actielijn 1'), entry('a-1', 'Thema 1.1', false), entry('b', 'Actielijn 2'), entry('c', 'Bijlage')];

  it('names the last chapter begun on the page or before, and the document before the first', () => {
    expect(runningHeaders(entries, [3, 4, 5, 4, 6], 7, 'Samen tegen geweld')).toEqual([
      'Samen tegen geweld',
      'Samen tegen geweld',
      'Inleiding',
      // Two chapters start on page 4: the later one names it.
      'Actielijn 2',
      'Actielijn 2',
      'Bijlage',
      'Bijlage',
    ]);
  });

  it('passes over entries under a chapter and entries without a page', () => {
    expect(runningHeaders([entry('a', 'A'), entry('a-1', 'A.1', false), entry('gone', 'Weg')], [2, 3, undefined], 4, 'Doc')).toEqual(['Doc', 'A', 'A', 'A']);
  });

  it('writes the headers as a counter style with one symbol per page, quoted for CSS', () => {
    const style = runningHeaderStyle(['Doc', 'Het "plan" \\ de aanpak', '']);
    expect(style).toBe('@counter-style agendum-running { system: fixed; symbols: "Doc" "Het \\"plan\\" \\\\ de aanpak" " "; }');
    expect(runningHeaderStyle([])).toBe('');
  });
});

describe('page breaks that would leave a page mostly blank', () => {
  const printed = (landings: Record<string, { page: number; top: number }>): Printed => ({ destinations: new Map(Object.entries(landings)), pageCount: 9, pageHeight: 842 });
  const breaks = [{ mark: 'agendum-break-1' }, { mark: 'agendum-break-2' }, { mark: 'agendum-break-3' }, { mark: 'agendum-break-4' }];

  it('runs on after a page filled less than the least, never after the cover', () => {
    // A text area of 842 - 125 = 717 points: less than 0.3 of it is under 215 points.
    const landed = printed({ 'agendum-break-1': { page: 2, top: 150 }, 'agendum-break-2': { page: 4, top: 600 }, 'agendum-break-3': { page: 6, top: 214 }, 'agendum-break-4': { page: 1, top: 10 } });
    expect(breaksToRunOn(breaks, landed, 125)).toEqual([0, 2]);
  });

  it('leaves a break whose mark did not land where it was', () => {
    expect(breaksToRunOn(breaks, printed({}), 125)).toEqual([]);
    expect(breaksToRunOn(breaks, printed({ 'agendum-break-1': { page: 3, top: 5 } }), 900)).toEqual([]);
  });
});

describe('where a printed document’s named destinations landed', () => {
  async function pdfWith(destinations: (document: PDFDocument) => void): Promise<Uint8Array> {
    const document = await PDFDocument.create();
    for (let page = 0; page < 3; page++) document.addPage([595, 842]);
    destinations(document);
    return document.save();
  }
  const destination = (document: PDFDocument, page: number, top: number) => document.context.obj([document.getPage(page).ref, PDFName.of('XYZ'), 0, top, 0]);

  it('reads the catalog’s Dests, as Chromium writes them: the page, and the distance from the top', async () => {
    const pdf = await pdfWith((document) => {
      document.catalog.set(PDFName.of('Dests'), document.context.obj({ intro: destination(document, 0, 842), 'project-a': destination(document, 2, 542) }));
    });
    const layout = await printedLayout(pdf);
    expect(layout.pageCount).toBe(3);
    expect(layout.pageHeight).toBe(842);
    expect([...layout.destinations]).toEqual([
      ['intro', { page: 1, top: 0 }],
      ['project-a', { page: 3, top: 300 }],
    ]);
  });

  it('reads a name tree of destinations too, with kids, and a destination held in a dictionary', async () => {
    const pdf = await pdfWith((document) => {
      const kid = document.context.obj({ Names: [PDFString.of('b'), document.context.obj({ D: destination(document, 1, 800) })] });
      const tree = document.context.obj({ Names: [PDFString.of('a'), destination(document, 0, 842)], Kids: [document.context.register(kid)] });
      document.catalog.set(PDFName.of('Names'), document.context.obj({ Dests: tree }));
    });
    expect([...(await printedLayout(pdf)).destinations]).toEqual([
      ['a', { page: 1, top: 0 }],
      ['b', { page: 2, top: 42 }],
    ]);
  });

  it('finds none in a PDF without destinations', async () => {
    expect((await printedLayout(await pdfWith(() => undefined))).destinations.size).toBe(0);
  });
});
