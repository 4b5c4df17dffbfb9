import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the running agendum (the one with its package.json). */
export function packageRoot(): string {
  return fileURLToPath(new URL('../../', import.meta.url));
}

/**
 * What a repository's package.json should name to install the agendum that is running: where npm
 * got it from when that was a tarball or a git repository (npm's record in node_modules/
 * .package-lock.json, as `npx ./agendum-0.1.0.tgz` or a git URL leave it), else its version, as
 * the registry knows it. A tarball is named relative to the repository, as npm writes it.
 */
export function installSpec(repository: string, root: string = packageRoot()): string {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  const resolved = recordedSource(root, manifest.name);
  if (resolved?.startsWith('git+') || resolved?.startsWith('github:')) return resolved;
  if (resolved?.startsWith('file:')) {
    const project = path.dirname(path.dirname(root));
    const tarball = path.resolve(project, resolved.slice('file:'.length));
    const relative = path.relative(repository, tarball).split(path.sep).join('/');
    return `file:${relative.startsWith('.') ? relative : `./${relative}`}`;
  }
  return manifest.version;
}

/** The `resolved` field npm recorded for this package, when it was installed by npm. */
function recordedSource(root: string, name: string): string | undefined {
  const nodeModules = path.dirname(root);
  if (path.basename(nodeModules) !== 'node_modules' || path.basename(root) !== name) return undefined;
  try {
    const lock = JSON.parse(readFileSync(path.join(nodeModules, '.package-lock.json'), 'utf8')) as { packages?: Record<string, { resolved?: string }> };
    return lock.packages?.[`node_modules/${name}`]?.resolved;
  } catch {
    return undefined;
  }
}
