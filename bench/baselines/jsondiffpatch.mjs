// What `agendum diff` is measured against: jsondiffpatch on the two parsed documents, list
// items matched by their id (an object hash), its JSON delta printed.
import { readFileSync } from 'node:fs';
import { create } from 'jsondiffpatch';
import { parse } from 'yaml';

const [oldFile, newFile] = process.argv.slice(2);
const differ = create({
  objectHash: (item, index) => (item && typeof item === 'object' && 'id' in item ? String(item.id) : `$$index:${index}`),
  arrays: { detectMove: true },
});
const delta = differ.diff(parse(readFileSync(oldFile, 'utf8')), parse(readFileSync(newFile, 'utf8')));
process.stdout.write(`${JSON.stringify(delta ?? {})}\n`);
