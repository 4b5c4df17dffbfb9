'use strict';
// Loads the bundled command line (dist/bundle/, see scripts/build-bundle.mjs) so that a run
// compiles as little as it can, and never pays for a cache it cannot use:
// - From Node 22.1 on, Node's own compile cache (module.enableCompileCache): the first run on a
//   machine fills it, in the user's cache folder (see compileCacheFolder), and Node keys every
//   entry to its own version and to the file's contents, so another Node or a new build of
//   agendum never reads a stale one. Nothing is written beside the installed files, which may be
//   read-only; where the cache folder cannot be written either, the files compile as usual.
// - On Node 20, which has no compile cache, the code cache that the build wrote with that V8
//   (its name carries V8's version and the architecture): read only when this V8 made it. The
//   program is loaded at once, the commands when the program first asks for them.
const { existsSync, readFileSync } = require('node:fs');
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');

const DIR = path.join(__dirname, '..', 'dist', 'bundle');

/** The build's code cache of a bundled file, for the V8 and architecture of this process only. */
function codeCacheFile(name, versions = process.versions, arch = process.arch) {
  return path.join(DIR, `${name}.v8-${versions.v8}-${arch}.cache`);
}

/**
 * Where Node keeps the compile cache of agendum's files: the user's cache folder
 * (`$XDG_CACHE_HOME` or ~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows),
 * which only this user can write to, rather than the temporary folder all users share.
 * Undefined when NODE_COMPILE_CACHE names one (Node's own setting wins) or there is no home
 * folder (then Node's default, below the temporary folder).
 */
function compileCacheFolder(env = process.env, platform = process.platform, home = safeHome()) {
  if (env.NODE_COMPILE_CACHE) return undefined;
  let base;
  if (platform === 'win32') base = env.LOCALAPPDATA ? path.win32.join(env.LOCALAPPDATA, 'agendum', 'Cache') : undefined;
  else if (!home) base = undefined;
  else if (platform === 'darwin') base = path.posix.join(home, 'Library', 'Caches', 'agendum');
  else base = path.posix.join(env.XDG_CACHE_HOME && path.posix.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.posix.join(home, '.cache'), 'agendum');
  return base === undefined ? undefined : path[platform === 'win32' ? 'win32' : 'posix'].join(base, 'node-compile-cache');
}

function safeHome() {
  try {
    return os.homedir();
  } catch {
    return '';
  }
}

/** Runs one bundled file as a CommonJS module with the build's code cache, when this V8 made one. */
function load(name, useCache, loaded, requireFor) {
  const file = path.join(DIR, `${name}.cjs`);
  const cacheFile = codeCacheFile(name);
  let cachedData;
  if (useCache) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, requireFor(file), module, file, DIR);
  loaded.push({ script, cacheFile });
  return module.exports;
}

/**
 * The program's `main`, and the scripts compiled through `load` (whose code cache the build
 * writes on Node 20). `useCache: false` is the build's warm-up: no cache is read, and the
 * scripts are compiled here so that their cache can be written.
 */
function loadBundle({ useCache = true } = {}) {
  if (useCache && typeof Module.enableCompileCache === 'function') {
    const program = path.join(DIR, 'agendum.cjs');
    // A copy that was never built fails as on Node 20, where the file is read: with ENOENT and its path.
    if (!existsSync(program)) throw Object.assign(new Error(`ENOENT: no such file: ${program}`), { code: 'ENOENT', path: program });
    Module.enableCompileCache(compileCacheFolder());
    return { main: require(program).main, scripts: () => [] };
  }
  const loaded = [];
  const commands = new Map();
  // The program's require, except that its commands (checks.cjs, commands.cjs) come through `load` too.
  const requireFor = (file) => {
    const base = Module.createRequire(file);
    const custom = (id) => {
      const name = /^\.\/(checks|commands)\.cjs$/.exec(id)?.[1];
      if (!name) return base(id);
      if (!commands.has(name)) commands.set(name, load(name, useCache, loaded, Module.createRequire));
      return commands.get(name);
    };
    return Object.assign(custom, base);
  };
  const { main } = load('agendum', useCache, loaded, requireFor);
  return { main, scripts: () => loaded };
}

module.exports = { loadBundle, codeCacheFile, compileCacheFolder };
