// What `agendum diff` is measured against, the baseline a user would write: js-yaml 4's load
// (the fastest YAML reader) of both files, jsondiffpatch with list items matched by their id
// (an object hash), its JSON delta printed.
import { readFileSync } from 'node:fs';
import jsyaml from 'js-yaml';
import { create } from 'jsondiffpatch';

const parse = (text) => jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });

const [oldFile, newFile] = process.argv.slice(2);
const differ = create({
  objectHash: (item, index) => (item && typeof item === 'object' && 'id' in item ? String(item.id) : `$$index:${index}`),
  arrays: { detectMove: true },
});
const delta = differ.diff(parse(readFileSync(oldFile, 'utf8')), parse(readFileSync(newFile, 'utf8')));
process.stdout.write(`${JSON.stringify(delta ?? {})}\n`);
