#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
// `agendum --version` alone, as scripts and package managers ask it, is answered from the
// package's manifest without loading the program.
const versionOnly = argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V');
const main = versionOnly ? undefined : loadMain();

/** The program's `main`, from the bundled file and its code cache (see scripts/build-bundle.mjs). */
function loadMain() {
  const { loadBundle } = createRequire(import.meta.url)('./bundle.cjs');
  try {
    return loadBundle().main;
  } catch (error) {
    // A copy of the sources that was never built (a `git archive` tarball): one line, not a trace.
    if (error?.code !== 'ENOENT') throw error;
    const dutch = /^nl(?:[_.-]|$)/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '');
    const root = fileURLToPath(new URL('..', import.meta.url));
    process.stderr.write(dutch
      ? `agendum: deze kopie is niet gebouwd (${error.path} ontbreekt); voer \`npm run build\` uit in ${root}, of installeer een pakket (npm pack) of de git-URL\n`
      : `agendum: this copy is not built (${error.path} is missing); run \`npm run build\` in ${root}, or install a packed package (npm pack) or the git URL\n`);
    process.exit(2);
  }
}

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

if (versionOnly) {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  output(process.stdout, 'output').write(`${version}\n`);
} else {
  process.exitCode = await main({
    argv,
    cwd: process.cwd(),
    env: process.env,
    stdout: output(process.stdout, 'output'),
    stderr: output(process.stderr, 'error'),
  });
}
