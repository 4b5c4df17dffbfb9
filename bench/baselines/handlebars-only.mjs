// What `agendum render` is measured against: the same Handlebars templates, helpers and
// partials (compiled once), fed the parsed YAML directly, without agendum's checks and
// timeline chart; the YAML read with js-yaml 4 (the fastest reader, as a user's script would).
// Usage: handlebars-only.mjs OUTDIR FILE..
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import jsyaml from 'js-yaml';
import { renderDocument } from '../../dist/render/index.js';

const [outDir, ...files] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
for (const file of files) {
  const data = jsyaml.load(readFileSync(file, 'utf8'), { schema: jsyaml.CORE_SCHEMA });
  const html = renderDocument(data, data.kind, { format: 'html' });
  writeFileSync(path.join(outDir, `${path.basename(file).replace(/(\.agenda)?\.ya?ml$/i, '')}.html`), html);
}
