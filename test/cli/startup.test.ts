import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS_APPLY, ROOT, runBinary } from '../support/cli.js';

interface BundleLoader {
  codeCacheFile(name: string, versions?: { v8: string }, arch?: string): string;
  compileCacheFolder(env: Record<string, string | undefined>, platform: NodeJS.Platform, home: string): string | undefined;
}
const loader = createRequire(import.meta.url)('../../bin/bundle.cjs') as BundleLoader;
const BUNDLE = path.join(ROOT, 'dist', 'bundle');
const SEED = 'agendas/ontwikkelagenda-eergerelateerd-geweld-mensenhandel.agenda.yaml';
/** Node 22.1 and later have a compile cache of their own; Node 20 has not. */
const nodeCaches = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

describe('the compile cache of the command line', () => {
  it(nodeCaches ? 'is Node\'s own, kept in the user\'s cache folder' : 'is the build\'s code cache of this V8 on Node 20', async () => {
    const cacheHome = mkdtempSync(path.join(tmpdir(), 'agendum-startup-'));
    const result = await runBinary(['validate', SEED], { env: { XDG_CACHE_HOME: cacheHome, NODE_COMPILE_CACHE: '' } });
    expect(result.code, result.stderr).toBe(0);
    const folder = path.join(cacheHome, 'agendum', 'node-compile-cache');
    const caches = readdirSync(BUNDLE).filter((file) => file.endsWith('.cache'));
    if (nodeCaches) {
      // One folder for this Node (Node names it by its version), holding the compiled files.
      const [versionFolder, ...more] = readdirSync(folder);
      expect(more).toEqual([]);
      expect(versionFolder).toMatch(new RegExp(`^${process.version.replace(/\./g, '\\.')}-`));
      expect(readdirSync(path.join(folder, versionFolder!)).length).toBeGreaterThanOrEqual(2);
    } else {
      expect(existsSync(folder)).toBe(false);
      expect(caches.sort()).toEqual(['agendum', 'checks', 'commands'].map((name) => path.basename(loader.codeCacheFile(name))).sort());
    }
    // Whatever Node built the package, the only code caches beside it are of the V8 that built it,
    // and they are read only by that V8.
    for (const file of caches) expect(file).toMatch(/^(agendum|checks|commands)\.v8-.+-(x64|arm64|ia32|arm|ppc64|s390x|riscv64|loong64)\.cache$/);
  });

  it('writes nothing beside the installed files, and runs where the cache folder cannot be written', async () => {
    const before = readdirSync(BUNDLE).sort();
    const cacheHome = mkdtempSync(path.join(tmpdir(), 'agendum-startup-'));
    const readOnly = path.join(cacheHome, 'read-only');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o555);
    const result = await runBinary(['validate', SEED], { env: { XDG_CACHE_HOME: readOnly, NODE_COMPILE_CACHE: '' }, wrapper: PERMISSIONS_APPLY });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('1 file checked: no problems\n');
    expect(readdirSync(readOnly)).toEqual([]);
    expect(readdirSync(BUNDLE).sort()).toEqual(before);
  });

  it('names the code cache of a file by the V8 and architecture that made it', () => {
    expect(path.basename(loader.codeCacheFile('commands', { v8: '11.3.244.8-node.38' }, 'arm64'))).toBe('commands.v8-11.3.244.8-node.38-arm64.cache');
    expect(loader.codeCacheFile('agendum')).not.toBe(loader.codeCacheFile('agendum', { v8: '0.0.0-another' }));
  });

  it('keeps Node\'s compile cache in the user\'s cache folder of each platform, unless NODE_COMPILE_CACHE names one', () => {
    expect(loader.compileCacheFolder({}, 'linux', '/home/anna')).toBe('/home/anna/.cache/agendum/node-compile-cache');
    expect(loader.compileCacheFolder({ XDG_CACHE_HOME: '/var/cache/anna' }, 'linux', '/home/anna')).toBe('/var/cache/anna/agendum/node-compile-cache');
    // A relative XDG_CACHE_HOME is to be ignored, as the XDG specification says.
    expect(loader.compileCacheFolder({ XDG_CACHE_HOME: 'cache' }, 'linux', '/home/anna')).toBe('/home/anna/.cache/agendum/node-compile-cache');
    expect(loader.compileCacheFolder({}, 'darwin', '/Users/anna')).toBe('/Users/anna/Library/Caches/agendum/node-compile-cache');
    expect(loader.compileCacheFolder({ LOCALAPPDATA: 'C:\\Users\\anna\\AppData\\Local' }, 'win32', 'C:\\Users\\anna')).toBe('C:\\Users\\anna\\AppData\\Local\\agendum\\Cache\\node-compile-cache');
    // Node's own setting wins, and without a home folder Node's default (below the temporary folder) is used.
    expect(loader.compileCacheFolder({ NODE_COMPILE_CACHE: '/tmp/cc' }, 'linux', '/home/anna')).toBeUndefined();
    expect(loader.compileCacheFolder({}, 'linux', '')).toBeUndefined();
  });
});

describe('a copy of the sources that was never built', () => {
  const copy = mkdtempSync(path.join(tmpdir(), 'agendum-unbuilt-'));
  mkdirSync(path.join(copy, 'bin'));
  for (const file of ['bin/agendum.js', 'bin/bundle.cjs', 'package.json']) copyFileSync(path.join(ROOT, file), path.join(copy, file));
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [path.join(copy, 'bin', 'agendum.js'), ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C', ...env } });

  it('answers --version and -V from the manifest, without the program', () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) expect(run([flag])).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('says in one line that it is not built, for any other command', () => {
    const english = run(['validate']);
    expect(english.status).toBe(2);
    expect(english.stdout).toBe('');
    expect(english.stderr).toMatch(/^agendum: this copy is not built \(.*agendum\.cjs is missing\); run `npm run build` in .*\n$/);
    expect(run(['--version', '--lang', 'nl'], { LANG: 'nl_NL.UTF-8' }).stderr).toMatch(/^agendum: deze kopie is niet gebouwd \(.*\)/);
  });
});
