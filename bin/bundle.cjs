'use strict';
// Loads dist/bundle/agendum.cjs (the command line in one file, see scripts/build-bundle.mjs)
// with V8's code cache written at build time, so that a run compiles only what the build's
// warm-up did not. A cache from another Node or V8 version is rejected by V8 (then the file
// is compiled as usual).
const { readFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const BUNDLE = path.join(__dirname, '..', 'dist', 'bundle', 'agendum.cjs');
const CACHE = path.join(__dirname, '..', 'dist', 'bundle', 'agendum.cache');

/** The bundle's exports (`main`) and its compiled script, whose cache the build writes. */
function loadBundle({ useCache = true } = {}) {
  let cachedData;
  if (useCache) {
    try {
      cachedData = readFileSync(CACHE);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(wrap(readFileSync(BUNDLE, 'utf8')), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE));
  return { main: module.exports.main, script, CACHE };
}

module.exports = { loadBundle };
