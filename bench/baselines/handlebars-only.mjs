// What `agendum render` is measured against: the same Handlebars templates, helpers and
// partials (compiled once), fed the parsed YAML directly, without agendum's checks and
// timeline chart. Usage: handlebars-only.mjs OUTDIR FILE..
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { renderDocument } from '../../dist/render/index.js';

const [outDir, ...files] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
for (const file of files) {
  const data = parse(readFileSync(file, 'utf8'));
  const html = renderDocument(data, data.kind, { format: 'html' });
  writeFileSync(path.join(outDir, `${path.basename(file).replace(/(\.agenda)?\.ya?ml$/i, '')}.html`), html);
}
