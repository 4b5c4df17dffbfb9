'use strict';
// Loads the bundled command line (dist/bundle/, see scripts/build-bundle.mjs) with V8's code
// cache written at build time, so that a run compiles only what the build's warm-up did not.
// The program is loaded at once; the commands when the program first asks for them. A cache
// from another Node or V8 version is rejected by V8 (then the file is compiled as usual).
const { readFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const DIR = path.join(__dirname, '..', 'dist', 'bundle');

/** Runs one bundled file as a CommonJS module, with its code cache when there is one. */
function load(name, useCache, loaded, requireFor) {
  const file = path.join(DIR, `${name}.cjs`);
  const cacheFile = path.join(DIR, `${name}.cache`);
  let cachedData;
  if (useCache) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, requireFor(file), module, file, DIR);
  loaded.push({ script, cacheFile });
  return module.exports;
}

/** The program's `main`, and the compiled scripts (whose caches the build writes). */
function loadBundle({ useCache = true } = {}) {
  const loaded = [];
  let commands;
  // The program's require, except that its commands come through `load` too.
  const requireFor = (file) => {
    const base = createRequire(file);
    const custom = (id) => {
      if (id !== './commands.cjs') return base(id);
      commands ??= load('commands', useCache, loaded, createRequire);
      return commands;
    };
    return Object.assign(custom, base);
  };
  const { main } = load('agendum', useCache, loaded, requireFor);
  return { main, scripts: () => loaded };
}

module.exports = { loadBundle };
