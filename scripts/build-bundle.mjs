// Bundles the command line into CommonJS files in dist/bundle/, so that a run resolves, reads
// and compiles two files instead of some 200 modules:
//   agendum.cjs       the program (src/cli/main.ts with commander): all --version and --help need;
//   checks.cjs        validate, timeline and check, loaded when one of them runs, with the
//                     precompiled validators: the commands run most, without the code of the
//                     others (PDF, templates, search), which would double what they read;
//   commands.cjs      every other command, loaded when one runs, with the precompiled validators;
//   errors.cjs        the error classes, one copy for both (the program tells errors by class);
//   check-worker.cjs  the worker threads of check (src/cli/check-pool.ts).
// Node 22.1 and later compile these with Node's own compile cache, filled on the user's machine
// (bin/bundle.cjs). Node 20 has none: built on Node 20, the build records V8's code cache of the
// first two files after warm-up runs of the checking commands, in files whose names carry V8's
// version (agendum.v8-VERSION-ARCH.cache), so that a run does not compile again what those runs
// compiled and no other V8 ever reads them. Built on a later Node, no such cache is written.
// Runs after `tsc` and build-validators.mjs (the bundle requires dist/schema/validators.cjs).
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outdir,
  outExtension: { '.js': '.cjs' },
  // Loaded only for PDFs, and it finds its own files beside its modules.
  external: ['playwright-core'],
  // The sources find the schemas, templates and package.json from their own URL; the bundles sit
  // two folders deep like dist/schema/registry.js, so the same relative URLs hold.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  sourcemap: 'linked',
  logLevel: 'warning',
};

rmSync(outdir, { recursive: true, force: true });

// The error classes are one module for all: the program tells a usage error a command threw
// by its class, so the two files must not each have a copy.
const sharedErrors = {
  name: 'shared-errors',
  setup(builder) {
    const errors = path.join(root, 'src', 'core', 'errors.js');
    builder.onResolve({ filter: /(^|\/)errors\.js$/ }, (args) =>
      path.resolve(args.resolveDir, args.path) === errors ? { path: './errors.cjs', external: true } : undefined,
    );
  },
};
await build({ ...common, entryPoints: { errors: `${root}src/core/errors.ts` } });

// The validators the build precompiled go into the bundles, and so into their code cache: the
// registry's require of dist/schema/validators.cjs becomes an import of that file.
const validatorsInside = {
  name: 'validators-inside',
  setup(builder) {
    const registry = path.join(root, 'src', 'schema', 'registry.ts');
    const required = "require('../schema/validators.cjs')";
    builder.onLoad({ filter: /registry\.ts$/ }, async (args) => {
      if (args.path !== registry) return undefined;
      const source = readFileSync(registry, 'utf8');
      if (!source.includes(required)) throw new Error(`${registry} no longer has ${required}`);
      return { contents: `${source.replace(required, '__precompiledValidators')}\nimport __precompiledValidators from 'agendum:validators';\n`, loader: 'ts' };
    });
    builder.onResolve({ filter: /^agendum:validators$/ }, () => ({ path: path.join(root, 'dist', 'schema', 'validators.cjs') }));
  },
};

// The program: main.ts's `import('./commands/NAME.js')` each become `require('./checks.cjs')`
// for the checking commands and `require('./commands.cjs')` for the others.
const CHECKS = ['timeline', 'validate'];
const commandsOutside = {
  name: 'commands-outside',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/commands\/[a-z-]+\.js$/ }, (args) => ({
      path: CHECKS.includes(path.basename(args.path, '.js')) ? 'checks' : 'commands',
      namespace: 'agendum-commands',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'agendum-commands' }, (args) => ({ contents: `module.exports = require('./${args.path}.cjs');`, loader: 'js' }));
  },
};
await build({ ...common, entryPoints: { agendum: `${root}src/cli/main.ts` }, external: [...common.external, './checks.cjs', './commands.cjs'], plugins: [commandsOutside, sharedErrors] });

// The commands in two files: their names do not clash, so one module can export them all.
// Every file in src/cli/commands/ is a command main.ts may load.
const commands = readdirSync(`${root}src/cli/commands`).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
const exportsOf = (names) => names.map((c) => `export * from './src/cli/commands/${c}.js';`).join('\n');
await build({
  ...common,
  stdin: { contents: exportsOf(CHECKS), resolveDir: root, sourcefile: 'checks.ts', loader: 'ts' },
  entryNames: 'checks',
  plugins: [sharedErrors, validatorsInside],
});
await build({
  ...common,
  stdin: { contents: exportsOf(commands.filter((c) => !CHECKS.includes(c))), resolveDir: root, sourcefile: 'commands.ts', loader: 'ts' },
  entryNames: 'commands',
  plugins: [sharedErrors, validatorsInside],
});

await build({ ...common, entryPoints: { 'check-worker': `${root}src/cli/check-worker.ts` }, plugins: [validatorsInside] });

// Node 22.1 and later keep their own compile cache; a code cache of this V8 would never be read.
if (typeof module.enableCompileCache === 'function') {
  console.error('bundled dist/bundle/ (Node keeps the compile cache on each machine)');
} else {
  // Warm-up: the checking commands, and a diff for the other commands' file, run once in this
  // process, then V8's code cache of each file, holding everything they compiled, is written
  // beside it. render is left out: its code would make the cache half as big again, and every
  // run of a command of that file reads all of it.
  const { loadBundle } = createRequire(import.meta.url)('../bin/bundle.cjs');
  const loaded = loadBundle({ useCache: false });
  const discard = { write: () => true, isTTY: false };
  const seeds = readdirSync(`${root}agendas`).filter((f) => f.endsWith('.yaml')).sort().map((f) => `agendas/${f}`);
  const warmUps = [
    ['--version'],
    ['--help'],
    ['validate'],
    ['validate', '--format', 'json'],
    ['check', '--today', '2024-01-01'],
    ['timeline', '--today', '2024-01-01'],
    ['diff', seeds[0], seeds[0]],
  ];
  for (const argv of warmUps) await loaded.main({ argv, cwd: root, env: { AGENDUM_WORKERS: '0' }, stdout: discard, stderr: discard });
  for (const { script, cacheFile } of loaded.scripts()) writeFileSync(cacheFile, script.createCachedData());
  console.error(`bundled dist/bundle/ with the code cache of V8 ${process.versions.v8}`);
}
