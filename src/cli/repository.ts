import { existsSync, lstatSync, openSync, readSync, closeSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Repository } from '../rules/index.js';

/** How much of a file is read to find its `id`: documents name it near the top. */
const HEAD_BYTES = 64 * 1024;
const DOCUMENT_FILE = /\.ya?ml$/i;
const TOP_LEVEL_ID = /^id:[ \t]*(["']?)([a-z0-9]+(?:-[a-z0-9]+)*)\1[ \t]*(?:#.*)?\r?$/m;

/**
 * The repository as the rules that look across documents see it, for links between documents:
 * the ids of the documents in the configured folders (read once, and only when a link names an
 * id the run does not hold), and whether a linked path exists. `fileOf` gives the file behind a
 * document's shown name.
 */
export function repositoryOf(roots: readonly string[], cwd: string, fileOf: (shown: string) => string | undefined): Repository {
  let ids: Set<string> | undefined;
  const known = (): Set<string> => {
    ids ??= scanIds(roots);
    return ids;
  };
  return {
    hasDocument: (id) => known().has(id),
    documentIds: () => [...known()],
    fileExists: (from, written) => {
      const base = path.dirname(fileOf(from) ?? path.resolve(cwd, from));
      return existsSync(path.resolve(base, written));
    },
  };
}

/** The top-level ids of the YAML files under the roots; links, unreadable files and node_modules are passed by. */
function scanIds(roots: readonly string[]): Set<string> {
  const ids = new Set<string>();
  const stack = [...roots];
  const buffer = Buffer.alloc(HEAD_BYTES);
  while (stack.length > 0) {
    const entry = stack.pop()!;
    let info;
    try {
      info = lstatSync(entry);
    } catch {
      continue;
    }
    if (info.isDirectory()) {
      if (path.basename(entry) === 'node_modules' || path.basename(entry).startsWith('.')) continue;
      try {
        for (const name of readdirSync(entry)) stack.push(path.join(entry, name));
      } catch {
        // A folder that cannot be listed is reported by the run that reads it, not here.
      }
    } else if (info.isFile() && DOCUMENT_FILE.test(entry)) {
      const id = headId(entry, buffer);
      if (id) ids.add(id);
    }
  }
  return ids;
}

function headId(file: string, buffer: Buffer): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return TOP_LEVEL_ID.exec(buffer.toString('utf8', 0, read))?.[2];
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
