#!/usr/bin/env node
import { createRequire } from 'node:module';

// The command line as one bundled file, with its code cache (see scripts/build-bundle.mjs).
const { loadBundle } = createRequire(import.meta.url)('./bundle.cjs');
const { main } = loadBundle();

// A reader that goes away (`agendum timeline | head`) is not an error of agendum's.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
