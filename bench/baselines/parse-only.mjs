// The floor for `agendum check`: read every *.yaml under the folders given and parse it,
// checking nothing. With `--js-yaml`: js-yaml 4's load (core schema), the reader agendum's fast
// loader is built on, without positions; without: yaml's parseDocument with positions, the
// reader agendum used before (and still uses for what the fast loader leaves to it).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import jsyaml from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';

const args = process.argv.slice(2);
const fast = args[0] === '--js-yaml';

let documents = 0;
let problems = 0;
for (const dir of fast ? args.slice(1) : args) {
  for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    documents += 1;
    if (fast) {
      try {
        jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
      } catch {
        problems += 1;
      }
      continue;
    }
    const document = parseDocument(text, { lineCounter: new LineCounter(), version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false, strict: true });
    if (document.errors.length === 0) document.toJS({ maxAliasCount: 100 });
    else problems += 1;
  }
}
process.stdout.write(`${documents} documents parsed, ${problems} not YAML\n`);
