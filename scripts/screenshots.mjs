// Pictures of the first printed pages of every bundled and example document, for review:
//   npm run screenshots                      (all documents, into screenshots/)
//   node scripts/screenshots.mjs [--out DIR] [--pages N] [FILE.agenda.yaml ...]
// Each document is printed to PDF by the built agendum with a fixed `--today`, and its first
// pages (the cover, the contents, the first chapter: 3 by default) are drawn as PNG files by
// poppler's pdftoppm, with a page that shows them side by side (index.html). The PDFs are the
// same bytes on every run, and so are the pictures: a review compares two folders file by file.
// Needs Chromium (as `agendum render --format pdf` does) and poppler-utils.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const TODAY = '2024-01-01';
const RESOLUTION = 60;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: path.join(root, 'screenshots') }, pages: { type: 'string', default: '3' } },
});
const pages = Number(values.pages);
if (!Number.isInteger(pages) || pages < 1) fail(`--pages wants a whole number of pages, not ${values.pages}`);
const out = path.resolve(values.out);
if (!existsSync(path.join(root, 'dist', 'bundle', 'agendum.cjs'))) fail('agendum is not built: run npm run build first');
if (spawnSync('pdftoppm', ['-v']).error) fail('pdftoppm is not installed: apt-get install poppler-utils');

/** The documents of a folder and its subfolders, by name. */
function documentsIn(folder) {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.agenda.yaml'))
    .sort()
    .map((file) => path.join(folder, file));
}

// Documents render from the folder of their configuration (the examples register custom kinds).
const examples = path.join(root, 'examples');
const chosen = positionals.length > 0 ? positionals.map((file) => path.resolve(file)) : [...documentsIn(path.join(root, 'agendas')), ...documentsIn(examples)];
const groups = new Map();
for (const file of chosen) {
  const cwd = file.startsWith(examples + path.sep) ? examples : root;
  groups.set(cwd, [...(groups.get(cwd) ?? []), file]);
}

const pdfs = mkdtempSync(path.join(tmpdir(), 'agendum-screenshots-'));
try {
  for (const [cwd, files] of groups) {
    const result = spawnSync(process.execPath, [path.join(root, 'bin', 'agendum.js'), 'render', ...files, '--format', 'pdf', '--today', TODAY, '-o', `${pdfs}${path.sep}`], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    if (result.status !== 0) fail(`agendum render failed:\n${result.stderr}${result.stdout}`);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const shown = [];
  for (const file of chosen) {
    const name = path.basename(file).replace(/(\.agenda)?\.ya?ml$/, '');
    execFileSync('pdftoppm', ['-png', '-r', String(RESOLUTION), '-f', '1', '-l', String(pages), path.join(pdfs, `${name}.pdf`), path.join(out, name)]);
    const pictures = readdirSync(out).filter((picture) => picture.startsWith(`${name}-`) && picture.endsWith('.png')).sort();
    shown.push({ name, pictures });
  }
  writeFileSync(path.join(out, 'index.html'), contactSheet(shown));
  console.log(`${shown.reduce((sum, document) => sum + document.pictures.length, 0)} pages of ${shown.length} documents in ${path.relative(process.cwd(), out) || '.'}`);
} finally {
  rmSync(pdfs, { recursive: true, force: true });
}

/** A page that shows each document's pictures in a row. */
function contactSheet(documents) {
  const escape = (text) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);
  const rows = documents.map(
    ({ name, pictures }) =>
      `<section><h2>${escape(name)}</h2><div>${pictures.map((picture, index) => `<img src="${escape(picture)}" alt="${escape(name)}, page ${index + 1}">`).join('')}</div></section>`,
  );
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>First pages</title>
<style>body{font-family:sans-serif;margin:2em}section{margin-bottom:2em}div{display:flex;gap:1em;flex-wrap:wrap}img{border:1px solid #ccc;box-shadow:0 1px 4px #0002}</style>
</head>
<body>
<h1>First pages</h1>
${rows.join('\n')}
</body>
</html>
`;
}

function fail(message) {
  console.error(`screenshots: ${message}`);
  process.exit(1);
}
