// Bundles the command line into one CommonJS file, dist/bundle/agendum.cjs, so that a run
// resolves, reads and compiles one file instead of some 200 modules, and records V8's code
// cache for it after warm-up runs of the common commands (dist/bundle/agendum.cache), so that a
// run does not compile again what those runs compiled. bin/agendum.js loads the two; a cache
// that another Node or V8 made is rejected by V8 and the bundle is compiled as usual.
// Runs after `tsc` and build-validators.mjs (the bundle requires dist/schema/validators.cjs).
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const cacheFile = `${root}dist/bundle/agendum.cache`;

rmSync(`${root}dist/bundle`, { recursive: true, force: true });
await build({
  // The command line, and the worker threads of `check` (src/cli/check-pool.ts) beside it.
  entryPoints: { agendum: `${root}src/cli/main.ts`, 'check-worker': `${root}src/cli/check-worker.ts` },
  outdir: `${root}dist/bundle`,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Loaded only for PDFs, and it finds its own files beside its modules.
  external: ['playwright-core'],
  // The sources find the schemas, templates and package.json from their own URL; the bundle sits
  // two folders deep like dist/schema/registry.js, so the same relative URLs hold.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  sourcemap: 'linked',
  logLevel: 'warning',
});

// Warm-up: the checking commands run once in this process, then V8's code cache of the bundle,
// holding everything they compiled, is written beside it. diff and render are left out: their
// code would make the cache half as big again, and every run reads all of it.
rmSync(cacheFile, { force: true });
const { loadBundle } = createRequire(import.meta.url)('../bin/bundle.cjs');
const { main, script } = loadBundle({ useCache: false });
const discard = { write: () => true, isTTY: false };
const warmUps = [
  ['--version'],
  ['--help'],
  ['validate'],
  ['validate', '--format', 'json'],
  ['check', '--today', '2024-01-01'],
  ['timeline', '--today', '2024-01-01'],
];
for (const argv of warmUps) await main({ argv, cwd: root, env: {}, stdout: discard, stderr: discard });
writeFileSync(cacheFile, script.createCachedData());
console.error('bundled dist/bundle/agendum.cjs with its code cache');
