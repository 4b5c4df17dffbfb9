/**
 * The versions of a document in git, newest first, each with the semantic summary of what it
 * changed against the version before (renames followed).
 */
import path from 'node:path';
import type { Lang } from '../core/i18n.js';
import { decodeText } from '../core/files.js';
import { parseSource } from '../core/source.js';
import { diffDocuments, summariseChanges } from '../diff/index.js';
import type { Change, Level } from '../diff/types.js';
import { upgradeSource } from '../migrate/index.js';
import type { KindRegistry } from '../model/registry.js';
import { gitBytes, repositoryRoot } from './git.js';

export interface Version {
  readonly commit: string;
  /** The committer's day, YYYY-MM-DD. */
  readonly date: string;
  readonly subject: string;
  /** The file's path in that commit, relative to the repository's root. */
  readonly path: string;
  /** Changes against the version before; undefined for the first version, or one that does not parse. */
  readonly levels?: Readonly<Record<Level, number>>;
  readonly changes?: readonly Change<string>[];
  /** The document's text in that commit (for a redline between versions). */
  readonly text?: string;
}

/** The versions of `file`, newest first (at most `limit`); none outside a repository. */
export async function documentHistory(file: string, cwd: string, options: { lang: Lang; kinds?: KindRegistry; limit?: number }): Promise<Version[]> {
  let root: string;
  try {
    root = await repositoryRoot(cwd);
  } catch {
    return [];
  }
  const relative = path.relative(root, path.resolve(cwd, file)).split(path.sep).join('/');
  if (relative.startsWith('..')) return [];
  const limit = options.limit ?? 50;
  const log = await gitBytes(['log', '--follow', '-z', `-n${limit + 1}`, '--format=%x01%H%x00%cI%x00%s', '--name-only', '--', relative], root, 64 * 1024 * 1024).catch(() => Buffer.from(''));
  const entries = log
    .toString('utf8')
    .split('\u0001')
    .filter((entry) => entry.trim() !== '')
    .map((entry) => {
      const [commit = '', when = '', subject = '', ...rest] = entry.split('\u0000').map((part) => part.replace(/^\n+|\n+$/g, ''));
      return { commit, date: when.slice(0, 10), subject, path: rest.find((p) => p !== '') ?? relative };
    });
  const texts = await Promise.all(
    entries.map(async (entry) => {
      const bytes = await gitBytes(['cat-file', 'blob', `${entry.commit}:${entry.path}`], root, 16 * 1024 * 1024).catch(() => undefined);
      const read = bytes ? decodeText(bytes) : undefined;
      return read?.ok ? read.text : undefined;
    }),
  );
  const dataOf = (text: string | undefined, name: string) => (text === undefined ? undefined : upgradeSource(parseSource(text, name, options.lang), options.lang).source.data);
  const versions: Version[] = [];
  for (let i = 0; i < Math.min(entries.length, limit); i++) {
    const entry = entries[i]!;
    const newData = dataOf(texts[i], entry.path);
    const older = entries[i + 1];
    const oldData = older ? dataOf(texts[i + 1], older.path) : undefined;
    let summary: Pick<Version, 'levels' | 'changes'> = {};
    if (older && oldData !== undefined && newData !== undefined) {
      const { changes } = diffDocuments(oldData, newData, { lang: options.lang, ...(options.kinds ? { kinds: options.kinds } : {}) });
      summary = { levels: summariseChanges(changes).levels, changes };
    }
    versions.push({ ...entry, ...summary, ...(texts[i] !== undefined ? { text: texts[i]! } : {}) });
  }
  return versions;
}
