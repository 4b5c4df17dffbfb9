// The floor for `agendum check`: read every *.yaml under the folders given and parse it with
// the same parser and options agendum uses (positions kept), checking nothing.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

let documents = 0;
let problems = 0;
for (const dir of process.argv.slice(2)) {
  for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    const document = parseDocument(text, { lineCounter: new LineCounter(), version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false, strict: true });
    if (document.errors.length === 0) document.toJS({ maxAliasCount: 100 });
    else problems += 1;
    documents += 1;
  }
}
process.stdout.write(`${documents} documents parsed, ${problems} not YAML\n`);
