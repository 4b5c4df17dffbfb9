#!/usr/bin/env node
import { createRequire } from 'node:module';

// The command line as one bundled file, with its code cache (see scripts/build-bundle.mjs).
const { loadBundle } = createRequire(import.meta.url)('./bundle.cjs');
const { main } = loadBundle();

/**
 * Standard output and error as the command line writes them. A reader that goes away
 * (`agendum fmt --check | head -1`) is not an error of agendum's: what is still written to it is
 * dropped, and the command ends with its own exit code. Any other failure to write (a full disk
 * behind `> /dev/full`) is a failure of the tool: one line on standard error, exit code 2.
 */
function output(stream, name) {
  let closed = false;
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') {
      closed = true;
      return;
    }
    if (stream !== process.stderr) {
      try {
        process.stderr.write(`agendum: cannot write to standard ${name}${error.code ? ` (${error.code})` : ''}\n`);
      } catch {
        // Standard error cannot be written either; the exit code still says it.
      }
    }
    process.exit(2);
  });
  return {
    write: (chunk) => {
      if (closed) return;
      try {
        stream.write(chunk);
      } catch (error) {
        // A file as standard output is written synchronously, so its failure is thrown here.
        stream.emit('error', error);
      }
    },
    get isTTY() {
      return stream.isTTY;
    },
  };
}

process.exitCode = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: output(process.stdout, 'output'),
  stderr: output(process.stderr, 'error'),
});
