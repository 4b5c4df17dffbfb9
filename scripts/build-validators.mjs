// Precompiles each kind's JSON Schema (and the configuration's) into standalone validator code
// at build time, so a run does not spend most of its start-up compiling schemas.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js');
const addFormats = require('ajv-formats');
const standaloneCode = require('ajv/dist/standalone').default;
// Runs after tsc: the keywords the schemas carry for editors only (their Dutch markdownDescription).
const { ANNOTATION_KEYWORDS } = await import('../dist/schema/descriptions.js');

const schemaDir = new URL('../schemas/', import.meta.url);
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, verbose: true, allowUnionTypes: true, keywords: [...ANNOTATION_KEYWORDS], code: { source: true } });
addFormats(ajv, ['uri', 'date', 'email']);
const files = readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).sort();
for (const file of files) ajv.addSchema(JSON.parse(readFileSync(new URL(file, schemaDir), 'utf8')), file);
const exported = Object.fromEntries(files.filter((f) => f !== 'common.schema.json').map((f) => [f.replace(/\.schema\.json$/, '').replace(/-(\w)/g, (_, c) => c.toUpperCase()), f]));
const code = standaloneCode(ajv, exported);
mkdirSync(new URL('../dist/schema/', import.meta.url), { recursive: true });
writeFileSync(new URL('../dist/schema/validators.cjs', import.meta.url), code);
console.error(`precompiled ${Object.keys(exported).length} schemas`);
