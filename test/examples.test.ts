import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILTIN_KINDS } from '../src/model/kinds.js';
import { htmlToText } from './render/support/html-text.js';
import { ROOT, runBinary } from './support/cli.js';

/**
 * examples/ is the second test bed beside agendas/: documents of every kind, written from the
 * structure of public Dutch policy documents, and of the kinds its agendum.config.yaml registers.
 * Each must pass `agendum check` and render to Markdown, HTML and PDF with every sentence it holds.
 */
const EXAMPLES = path.join(ROOT, 'examples');
const TODAY = '2026-12-01';

function documentsIn(folder: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) found.push(...documentsIn(file));
    else if (/\.ya?ml$/.test(name) && name !== 'agendum.config.yaml') found.push(file);
  }
  return found;
}

const documents = documentsIn(EXAMPLES);
const relative = (file: string) => path.relative(ROOT, file);

/** Keys whose text is an id, a code or a reference, not a sentence of the document. */
const CODES = new Set(['id', 'kind', 'schemaVersion', 'language', '$schema', 'ref', 'partner', 'party', 'after', 'implements', 'affects', 'approvedBy', 'requiresConsentOf', 'currency', 'type', 'setting', 'durationPlacement', 'partsSchedule', 'status', 'term', 'change']);
/** Keys that hold ids when their value is text or a list of texts (elsewhere the same keys hold items). */
const ID_LISTS = new Set(['parties', 'organisations', 'partners']);
const DATE = /^\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4})\s*$/;

/** Every sentence of a document's text: its strings, split at full stops, without ids, codes and dates. */
function sentences(value: unknown, key = ''): string[] {
  if (key.startsWith('x-') || CODES.has(key)) return [];
  if (typeof value === 'string') {
    if (ID_LISTS.has(key) || DATE.test(value)) return [];
    return value
      .split(/(?<=[.!?])\s+/)
      .map((s) => s.trim())
      .filter((s) => /\p{L}{2,}/u.test(s));
  }
  if (Array.isArray(value)) {
    if (ID_LISTS.has(key) && value.every((item) => typeof item === 'string')) return [];
    return value.flatMap((item) => sentences(item, key));
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([child, item]) => sentences(item, child));
  return [];
}

/** Text compared without layout: emphasis, Markdown escapes, line breaks, hyphenation at line ends and case. */
function flat(text: string): string {
  return text
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
    .replace(/[*_]/g, '')
    .replace(/\u00ad/g, '')
    // A word broken at a line end in print carries a hyphen the text does not have (and a hyphen may fall there).
    .replace(/[-‐‑]/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/**
 * A PDF's text without what every page repeats, which would interrupt a sentence across a page
 * break: the running head (the title, or the chapter the page is in: an entry of the contents)
 * and the page footer ("pagina 3 van 12") beside it, wherever the reader puts them.
 */
function withoutRunningHeads(text: string, heads: readonly string[]): string {
  const known = new Set(heads.map(flat));
  const lines = text.split(/\n|\f/);
  // The footer: "pagina 3 van 12" ("page 3 of 12" in English).
  const isNumber = (i: number) => /^\s*(?:(?:pagina|page)\s+)?\d+(?:\s+(?:van|of)\s+\d+)?\s*$/.test(lines[i] ?? '');
  const isHead = (i: number) => known.has(flat(lines[i] ?? ''));
  return lines.filter((_, i) => !((isHead(i) && (isNumber(i - 1) || isNumber(i + 1))) || (isNumber(i) && (isHead(i - 1) || isHead(i + 1))))).join('\n');
}

/** The texts of the entries of a rendered document's contents. */
function contentsEntries(html: string): string[] {
  const nav = /<nav class="toc"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
  return [...nav.matchAll(/<a href="#[^"]*">([\s\S]*?)<\/a>/g)].map((m) => htmlToText(m[1]!));
}

function missing(document: unknown, output: string): string[] {
  const haystack = flat(output);
  return sentences(document).filter((sentence) => !haystack.includes(flat(sentence)));
}

describe('examples/', () => {
  it('holds at least 12 documents, of every built-in kind and of two kinds the example configuration registers', () => {
    expect(documents.length).toBeGreaterThanOrEqual(12);
    const config = parse(readFileSync(path.join(EXAMPLES, 'agendum.config.yaml'), 'utf8')) as { kinds?: { kind: string }[] };
    const custom = (config.kinds ?? []).map((k) => k.kind);
    expect(custom.length).toBeGreaterThanOrEqual(2);
    const kinds = new Set(documents.map((file) => (parse(readFileSync(file, 'utf8')) as { kind: string }).kind));
    for (const kind of [...BUILTIN_KINDS.map((k) => k.kind), ...custom]) expect(kinds, kind).toContain(kind);
  });

  it('pass agendum check, and are in agendum fmt’s layout', async () => {
    const check = await runBinary(['check', 'examples', '--today', TODAY, '--format', 'json']);
    const errors = (JSON.parse(check.stdout) as { diagnostics: { severity: string; file: string; line: number; message: string }[] }).diagnostics.filter((d) => d.severity === 'error');
    expect(errors, check.stderr).toEqual([]);
    expect(check.code).toBe(0);
    const fmt = await runBinary(['fmt', '--check', 'examples']);
    expect(fmt.stdout).toBe('');
    expect(fmt.code).toBe(0);
  });

  describe('render with every sentence they hold', () => {
    let out: string;
    beforeAll(async () => {
      out = mkdtempSync(path.join(tmpdir(), 'agendum-examples-'));
      for (const format of ['md', 'html', 'pdf']) {
        const result = await runBinary(['render', ...documents.map(relative), '--format', format, '--today', TODAY, '-o', `${path.join(out, format)}/`]);
        expect(result.code, result.stdout + result.stderr).toBe(0);
      }
    }, 600_000);
    afterAll(() => rmSync(out, { recursive: true, force: true }));

    for (const file of documents) {
      const name = path.basename(file).replace(/(\.agenda)?\.ya?ml$/, '');
      it(relative(file), () => {
        const document = parse(readFileSync(file, 'utf8')) as unknown;
        expect(sentences(document).length).toBeGreaterThan(5);
        expect(missing(document, readFileSync(path.join(out, 'md', `${name}.md`), 'utf8')), 'Markdown').toEqual([]);
        const html = readFileSync(path.join(out, 'html', `${name}.html`), 'utf8');
        expect(missing(document, htmlToText(html)), 'HTML').toEqual([]);
        const pdfText = execFileSync('pdftotext', ['-raw', path.join(out, 'pdf', `${name}.pdf`), '-'], { encoding: 'utf8' });
        expect(missing(document, withoutRunningHeads(pdfText, [(document as { title: string }).title, ...contentsEntries(html)])), 'PDF').toEqual([]);
      });
    }
  });
});
