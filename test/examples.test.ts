import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILTIN_KINDS } from '../src/model/kinds.js';
import { htmlToText } from './render/support/html-text.js';
import { missing, sentences } from './support/sentences.js';
import { ROOT, runBinary } from './support/cli.js';

/**
 * examples/ is the second test bed beside agendas/: documents of every kind, written from the
 * structure of public Dutch policy documents, and of the kinds its agendum.config.yaml registers.
 * Each must pass `agendum check` and render to Markdown, HTML and PDF with every sentence it holds
 * (the PDFs are read in test/render/publishable.test.ts, which prints them).
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
      // Their PDFs are read for the same sentences where they are printed (test/render/publishable.test.ts).
      for (const format of ['md', 'html']) {
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
      });
    }
  });
});
